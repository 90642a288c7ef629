/**
 * The language of the words a finding's message quotes: a rule that quotes words of another
 * language than the text around the finding says so (`quoteLanguages`, one a quotation, in
 * order): untranslated quotes the words left over in the source's language, the source checks
 * quote the source. The HTML report reads that field, not the rule's id (it had tested
 * `ruleId === 'untranslated'` and left those quotations without a language).
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { messageHtml, renderDocumentHtml } from '../../src/report/html.js';
import type { DocumentResult, Finding, Point } from '../../src/core/types.js';
import { check } from '../helpers.js';

function point(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
}

describe('the language of a message\'s quotations, told by the rule that quotes', () => {
  it('untranslated: the leftover language\'s words, and the document\'s article it names after them', async () => {
    const text = 'Es gab einige Fehler im System, bei denen es einige Flags gibt, die Sie hätten prüfen sollen.';
    const [flags] = (await check(text, { language: 'de', only: ['untranslated'], path: 'a.txt' })).findings;
    expect(flags.message).toBe('`Flags` looks like English left untranslated');
    expect(flags.quoteLanguages).toEqual(['en']);
    const french = (await check('Die Regierung hat die réforme am Montag beschlossen.', { language: 'de', only: ['untranslated'], path: 'a.txt', sourceLanguage: 'fr' })).findings;
    expect(french.map((f) => [f.actual, f.quoteLanguages])).toEqual([['réforme', ['fr']]]);
    // "`Sheriffs` after `die`": the English word, then the German article.
    const after = (await check('Die Aorta, die Meningitis und die Papaya. Die Sheriffs kamen. Er hisste die Flags.', { language: 'de', only: ['untranslated'], path: 'a.txt' })).findings.filter((f) => / after `/.test(f.message));
    for (const f of after) expect([f.message, f.quoteLanguages]).toEqual([f.message, ['en', 'de']]);
  });

  it('the source checks: the source\'s words in the source\'s language, the translation\'s in its own', async () => {
    const lektor = await Lektor.create({ only: ['source-numbers', 'glossary-source'], quality: false });
    const r = await lektor.check('Das Unternehmen beschäftigt 1.500 Menschen.', { path: 'a.txt', language: 'de', sourceText: 'The company employs 15,000 people.', sourceLanguage: 'en' });
    expect(r.findings.map((f) => [f.message, f.quoteLanguages])).toEqual([['`1.500`: the source has `15,000` (15.000)', ['de', 'en']]]);
    const dropped = await lektor.check('Im Jahr 2019 stimmten Millionen Menschen in den meisten Staaten ab.', { path: 'a.txt', language: 'de', sourceText: 'In 2019, 3.5 million people voted in 11 of 13 states.', sourceLanguage: 'en' });
    expect(dropped.findings.map((f) => [f.message, f.quoteLanguages])).toEqual([['The source has `3.5 million`, `11`, `13`; the translation of this paragraph does not', ['en', 'en', 'en']]]);
    // A number in the source's notation quotes the translation's words: nothing to say.
    const notation = await lektor.check('Das Unternehmen beschäftigt 15,000 Menschen.', { path: 'a.txt', language: 'de', sourceText: 'The company employs 15,000 people.', sourceLanguage: 'en' });
    expect(notation.findings.map((f) => f.quoteLanguages)).toEqual([undefined]);
  });

  it('the report marks each quotation up in the language the finding gives it, whatever its rule, and in the text\'s where it gives none', () => {
    const t = 'Sie kaufte 280 Meter Flags und Sheriffs.\n';
    const mk = (actual: string, ruleId: string, message: string, quoteLanguages?: string[]): Finding => {
      const s = t.indexOf(actual);
      return {
        ruleId, source: 'lektor', category: 'untranslated', severity: 'warning', message, start: point(t, s), end: point(t, s + actual.length), actual, expected: [], fixed: false,
        ...(quoteLanguages ? { quoteLanguages } : {}),
      };
    };
    const findings = [
      mk('280 Meter', 'source-numbers', '`280 Meter`: the source has `280 yards`; the unit is converted, the number not', ['de', 'en']),
      mk('Flags', 'untranslated', '`Flags` looks like English left untranslated', ['en']),
      // (An untranslated finding that says nothing of its quotations: the text's language, as any other rule's.)
      mk('Sheriffs', 'untranslated', '`Sheriffs` after `und`: a loanword'),
    ];
    const result: DocumentResult = { path: 'a.txt', format: 'text', language: 'de', findings, corrected: t, checks: [] };
    const html = renderDocumentHtml(result, t);
    expect(html).toContain('<td class="t"><code lang="de">280 Meter</code>: the source has <code lang="en">280 yards</code>; the unit is converted, the number not</td>');
    expect(html).toContain('<td class="t"><code lang="en">Flags</code> looks like English left untranslated</td>');
    expect(html).toContain('<td class="t"><code lang="de">Sheriffs</code> after <code lang="de">und</code>: a loanword</td>');
  });

  it('gives a quotation of right-to-left letters its direction, a malformed language none, and punctuation alone no language', () => {
    expect(messageHtml('The source has `مرحبا`, the translation `Hallo`', ' lang="de"', ['ar', 'de'])).toBe('The source has <code lang="ar" dir="rtl">مرحبا</code>, the translation <code lang="de">Hallo</code>');
    expect(messageHtml('Unexpected `x`, expected `"`', ' lang="de"', ['"><script>', 'en'])).toBe('Unexpected <code lang="de">x</code>, expected <code>&quot;</code>');
  });
});
