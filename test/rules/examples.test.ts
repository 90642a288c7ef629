/**
 * Every rule's examples, run as tests: each `flag` example must produce a finding of
 * that rule, and its `output` must equal the text after the rule's safe fixes (or,
 * for review-only rules and findings left for review, after applying the first suggestion
 * of its first finding);
 * each `pass` example must produce no finding of that rule.
 */
import { describe, it, expect } from 'vitest';
import { defaultRules } from '../../src/rules/index.js';
import { check, applyFirstSuggestion } from '../helpers.js';
import type { RuleExample } from '../../src/core/rule.js';

/** A rule that compares the text with its source (`needsSource`) gets the example's, read as English. */
function withSource(ex: RuleExample): { sourceText?: string; sourceLanguage?: string } {
  return ex.source === undefined ? {} : { sourceText: ex.source, sourceLanguage: 'en' };
}

for (const rule of defaultRules) {
  const { id, examples, fix } = rule.meta;
  describe(`rule ${id}`, () => {
    it('has examples of both kinds, or is exercised elsewhere', () => {
      // (A rule that compares with the source has one in each example, and only such a rule does.)
      expect([...examples.flag, ...examples.pass].every((ex) => (ex.source !== undefined) === (rule.meta.needsSource === true))).toBe(true);
      // Rules that need more than one text are tested elsewhere: test/rules/document.test.ts, test/rules/source-numbers.test.ts.
      expect(examples.flag.length + examples.pass.length >= 2 || ['paragraph-language', 'glossary-source', 'source-numbers'].includes(id)).toBe(true);
    });
    for (const ex of examples.flag) {
      it(`flags [${ex.lang}] ${JSON.stringify(ex.text)}`, async () => {
        const result = await check(ex.text, { language: ex.lang, only: [id], path: 'example.txt', ...withSource(ex) });
        const mine = result.findings.filter((f) => f.ruleId === id || f.ruleId.startsWith(`${id}/`));
        expect(mine.length, `no ${id} finding in ${JSON.stringify(ex.text)}`).toBeGreaterThan(0);
        if (ex.severity !== undefined) expect(mine[0].severity, mine[0].message).toBe(ex.severity);
        if (ex.output !== undefined) {
          // (A safe rule may still list a finding for review, unfixed: then its suggestion counts.)
          const after = fix === 'safe' && mine.some((f) => f.fixed) ? result.corrected : applyFirstSuggestion(ex.text, mine[0]);
          expect(after).toBe(ex.output);
        }
      });
    }
    for (const ex of examples.pass) {
      it(`passes [${ex.lang}] ${JSON.stringify(ex.text)}`, async () => {
        const result = await check(ex.text, { language: ex.lang, only: [id], path: 'example.txt', ...withSource(ex) });
        const mine = result.findings.filter((f) => f.ruleId === id || f.ruleId.startsWith(`${id}/`));
        expect(mine.map((f) => `${f.actual}: ${f.message}`)).toEqual([]);
        expect(result.corrected).toBe(ex.text);
      });
    }
  });
}
