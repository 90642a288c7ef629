/**
 * False alarms of the spelling and untranslated-word checks on the post-edits of MLQE-PE train
 * that the English source resolves: terms and names the translation carries over from it in
 * another language than English (Latin, French, a name's particle), titles quoted as the source
 * has them, names the source writes capitalized. Each with a case that is still found.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

type Result = Awaited<ReturnType<typeof check>>;
const warnings = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => f.actual);
const withSource = (text: string, sourceText: string, rule: string) => check(text, { language: 'de', only: [rule], sourceText, sourceLanguage: 'en' });

describe('spelling, with the source', () => {
  it('takes a Latin term German capitalizes, which the source writes in small letters, as carried over', async () => {
    const text = 'Der Bulbus arteriosus ist mit der Aorta verbunden, die Medulla oblongata mit dem Rückenmark.';
    const r = await withSource(text, 'The bulbus arteriosus connects to the aorta, the medulla oblongata to the spinal cord.', 'spelling');
    expect(warnings(r, 'spelling')).toEqual([]);
    // Without the source, information still: a Latin name's second word after its first, which
    // no dictionary has either (see the post-edit cases of test/rules/post-edit-false-alarms.test.ts).
    const alone = await check(text, { language: 'de', only: ['spelling'] });
    expect(warnings(alone, 'spelling')).toEqual([]);
    expect(alone.findings.filter((f) => f.ruleId === 'spelling' && f.severity === 'info').map((f) => f.actual)).toEqual(expect.arrayContaining(['arteriosus', 'oblongata']));
  });

  it('takes a species name before a hyphen and a German noun as carried over', async () => {
    const r = await withSource('Die frühesten P. exigua-Futterwespen verlassen das Nest.', 'The earliest P. exigua foragers leave the nest.', 'spelling');
    expect(warnings(r, 'spelling')).toEqual([]);
  });

  it("takes a name's particle before the name, as the source writes it, as part of the name", async () => {
    const r = await withSource('Davidson überholte di Grassi, und sie verrieten ibn Hamir.', 'Davidson overtook di Grassi, and they betrayed ibn Hamir.', 'spelling');
    expect(warnings(r, 'spelling')).toEqual([]);
  });

  it('takes the words of a quoted title the source has as carried over, not English words in quotation marks', async () => {
    const r = await withSource('„Wimmin at War“, The Sunday Times, 13. August 2006.', '"Wimmin at War", The Sunday Times, August 13, 2006.', 'spelling');
    expect(warnings(r, 'spelling')).toEqual([]);
    const scare = await withSource('Sklaven-„patrollers“ gewannen Ansehen.', 'Slave "patrollers" won prestige.', 'spelling');
    expect(warnings(scare, 'spelling')).toEqual(['patrollers']);
  });

  it('keeps a capitalized English verb form before a word the source has in small letters: no Latin term', async () => {
    const r = await withSource('Er nannte es eine Drivelling idiocy.', 'He called it a drivelling idiocy.', 'spelling');
    expect(warnings(r, 'spelling')).toContain('idiocy');
  });
});

describe('untranslated, with the source', () => {
  it('leaves the words of a phrase of a third language the source has', async () => {
    const r = await withSource(
      'Pell diente als Rektor seiner Alma mater. 1665 erschien die Wochenzeitung Le Journal des savants.',
      'Pell served as rector of his alma mater. In 1665, the weekly Le Journal des savants appeared.',
      'untranslated',
    );
    expect(warnings(r, 'untranslated')).toEqual([]);
  });

  it('takes a word the source writes capitalized inside a sentence with or without an s as the name', async () => {
    const r = await withSource('Yago sammelt die Blue Meanies und Rider, dann greifen die Marauder an.', 'Yago gathers the Blue Meanies and Riders, then the Marauders attack.', 'untranslated');
    expect(warnings(r, 'untranslated')).toEqual([]);
    // (Capitalized only as a sentence's first word there: no name.)
    const common = await withSource('Die Lynchings waren häufig.', 'Lynching was common.', 'untranslated');
    expect(warnings(common, 'untranslated')).toEqual(['Lynchings']);
  });

  it('reports a compound joined with hyphens, whose parts the source writes as words, as information', async () => {
    const text = 'In seinem nächsten Spiel traf er einen Punt-Returner.';
    const r = await withSource(text, 'In his next game, he hit a punt returner.', 'untranslated');
    expect(r.findings.filter((f) => f.ruleId === 'untranslated').map((f) => [f.actual, f.severity])).toEqual([['Punt-Returner', 'info']]);
    // Without the source, a warning.
    const alone = await check(text, { language: 'de', only: ['untranslated'] });
    expect(warnings(alone, 'untranslated')).toEqual(['Punt-Returner']);
  });
});
