/**
 * source-calque: a term of sport that the machine translation rendered word for word, told by
 * the source paragraph ("interceptions" as "Interzeptionen", "wickets" as "Dochte"). Its examples
 * run in examples.test.ts; here, which fixes are applied, and the source's role.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const run = (source: string | undefined, text: string) =>
  check(text, { language: 'de', only: ['source-calque'], path: 'a.txt', ...(source === undefined ? {} : { sourceText: source, sourceLanguage: 'en' }) });

describe('source-calque', () => {
  it('writes American football’s English term where the translation has a German word for another thing', async () => {
    const r = await run('He threw 28 touchdowns against two interceptions. Only one interception was returned.', 'Er warf 28 Touchdowns gegen zwei Interzeptionen. Nur eine Interzeption wurde zurückgetragen.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.severity, f.fixed])).toEqual([
      ['Interzeptionen', 'Interceptions', 'warning', true],
      ['Interzeption', 'Interception', 'warning', true],
    ]);
    expect(r.corrected).toBe('Er warf 28 Touchdowns gegen zwei Interceptions. Nur eine Interception wurde zurückgetragen.');
  });

  it('suggests cricket’s and baseball’s terms, which editors write in English or in German', async () => {
    const r = await run('Laker took four wickets, and two batsmen were out.\n\nHe was moved to the bullpen.', 'Laker nahm vier Dochte, und zwei Fledermäuse waren aus.\n\nEr wurde in den Stift versetzt.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Dochte', 'Wickets', false],
      ['Fledermäuse', 'Schlagmänner', false],
      ['Stift', 'Bullpen', false],
    ]);
    expect(r.corrected).toBe('Laker nahm vier Dochte, und zwei Fledermäuse waren aus.\n\nEr wurde in den Stift versetzt.');
  });

  it('writes cricket’s overs and innings, and football’s passing yards, as the editors did; one finding a word', async () => {
    const source = 'Essex made 83 in their first innings and capitulated within 37 overs.\n\nManning threw for 176 passing yards.';
    const text = 'Essex erreichte 83 in ihren ersten Gasthöfen und kapitulierte innerhalb von 37 overs.\n\nManning warf 176 vorbeifahrende Werften.';
    const r = await check(text, { language: 'de', path: 'a.txt', sourceText: source, sourceLanguage: 'en', only: ['source-calque', 'untranslated', 'spelling'] });
    // (The untranslated check no longer reports "overs" a second time: the span is claimed.)
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.expected[0], f.fixed])).toEqual([
      ['source-calque', 'Gasthöfen', 'Innings', true],
      ['source-calque', 'overs', 'Overs', true],
      ['source-calque', 'vorbeifahrende Werften', 'Passing Yards', true],
    ]);
    expect(r.corrected).toBe('Essex erreichte 83 in ihren ersten Innings und kapitulierte innerhalb von 37 Overs.\n\nManning warf 176 Passing Yards.');
  });

  it('reads the source paragraph of the word: another paragraph’s term does not count', async () => {
    const r = await run('Two batsmen were out.\n\nThe cave holds 500 bats.', 'Zwei Fledermäuse waren aus.\n\nDie Höhle beherbergt 500 Fledermäuse.');
    expect(r.findings.map((f) => [f.actual, f.start.line])).toEqual([['Fledermäuse', 1]]);
  });

  it('reports nothing without a source', async () => {
    expect((await run(undefined, 'Er warf zwei Interzeptionen. Zwei Fledermäuse waren aus.')).findings).toEqual([]);
  });

  it('takes only its own words before a two-word calque, not a name an object inherits ("constructor")', async () => {
    const r = await run('Manning threw for 176 passing yards.', 'Manning warf 176 constructor Werften.');
    expect(r.findings).toEqual([]);
  });
});
