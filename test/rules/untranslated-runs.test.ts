/**
 * English left over is one finding per run: a word both languages know, in small letters,
 * joins the English words beside it ("game changer", "and create new jobs", "next week").
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const leftovers = async (text: string, language: string) =>
  (await check(text, { language, path: 'a.txt', only: ['untranslated'] })).findings.filter((f) => f.ruleId === 'untranslated').map((f) => f.actual);

describe('untranslated: runs of English', () => {
  it('joins a word both languages know to the English words around it', async () => {
    expect(
      await leftovers('Il direttore ha detto che è stato un vero game changer. La società vuole migliorare il prossimo anno and create new jobs. I negoziati riprenderanno next week a Roma.', 'it'),
    ).toEqual(['game changer', 'and create new jobs', 'next week']);
    expect(await leftovers('Le directeur a parlé d’un véritable game changer. Les négociations reprendront next week à Paris.', 'fr')).toEqual(['game changer', 'next week']);
  });

  it('takes in an English small word a few words from the word left over, over words both languages know ("As a matter of fact")', async () => {
    // (German knows "matter" and "As" opening a sentence; "fact" had been found alone, then "of fact".)
    expect(await leftovers('As a matter of fact ist der Haushalt fertig. Der Minister sagte, das sei a piece of cake.', 'de')).toEqual(['As a matter of fact', 'a piece of cake']);
    expect(await leftovers('La ministra dijo que, as a matter of fact, el presupuesto ya está listo.', 'es')).toEqual(['as a matter of fact']);
    // (Not from a title's capitalized word to the small word after it.)
    expect(await leftovers('Er spielte in From Here to Eternity und in Welcome to the Dollhouse.', 'de')).not.toContain('From Here to');
  });

  it('joins no small word of the language, and makes no finding of its own', async () => {
    // ("di", "il" are Italian's own small words; "performance" is no English left over alone.)
    expect(await leftovers('La sua performance è migliorata di il 10 per cento.', 'it')).toEqual([]);
    expect(await leftovers('Il ministro ha firmato il deal con la società.', 'it')).toEqual(['deal']);
  });
});

const findings = async (text: string, language: string, options: { sourceLanguage?: string } = {}) =>
  (await check(text, { language, path: 'a.txt', only: ['untranslated', 'spelling'], ...options })).findings.map((f) => `${f.ruleId}:${f.severity}:${f.actual}`);

describe('untranslated: an English sentence or clause is one finding (audit 18, item 16)', () => {
  it('takes in the words both languages know, and the short English words, up to the clause end', async () => {
    // Italian knows "are" and "talk"; "to" is too short to be English left over alone, and was a
    // spelling warning ("ti").
    expect(await findings('Il governo ha convocato i sindacati. The unions said they are ready to talk, ma le posizioni restano distanti.', 'it')).toEqual([
      'untranslated:warning:The unions said they are ready to talk',
    ]);
    // Spanish knows "real", "estate", "sector" and "has": four words between two left over.
    expect(await findings('Nadie lo sabe todavía, pero el debate está servido. The real estate sector has announced legal steps against the law.', 'es')).toEqual([
      'untranslated:warning:The real estate sector has announced legal steps against the law',
    ]);
    // As in German, which knew fewer of the words.
    expect(await findings('Die Regierung hat die Gewerkschaften eingeladen. The unions said they are ready to talk, aber die Positionen bleiben weit auseinander.', 'de')).toEqual([
      'untranslated:warning:The unions said they are ready to talk',
    ]);
  });

  it('is one finding where the sentence begins in title case ("Expands to the")', async () => {
    // (Its first three words alone read as a title: the run had stopped at "Expands", and the
    // rest, reaching back over it, was lost.)
    expect(await findings('Il valore viene dalla shell stessa (come l’opzione -i). Expands to the process ID of the current shell. Si espande al processo.', 'it')).toEqual([
      // ("shell" alone: a computing term Italian writes in English, information.)
      'untranslated:info:shell',
      'untranslated:warning:Expands to the process ID of the current shell',
    ]);
  });

  it('joins no title or name across its small words', async () => {
    // (A title kept in English, in a German post-edit of MLQE-PE: the joined run had become a warning.)
    const text = 'Er las die World Encyclopedia of Police Forces and Penal Systems am Montag. Das Department of Justice ermittelt.';
    expect((await findings(text, 'de')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
  });

  it('takes in none of the language’s own words at a clause end, nor its small words between', async () => {
    // "con", "la", "del" are Italian's own small words ("in", "per" English's too, but "Italia", "la" Italian).
    expect(await findings('Il ministro ha firmato il deal con la società del business plan.', 'it')).toEqual(['untranslated:warning:deal', 'untranslated:warning:business plan']);
    expect(await findings('Il deal in Italia e il report per la stampa.', 'it')).toEqual(['untranslated:warning:deal', 'untranslated:warning:report']);
    // "sector" takes the Spanish plural ("sectores"): a Spanish word, not part of the English.
    // ("online" alone: a computing term Spanish writes in English, information.)
    expect(await findings('La empresa es una de las mayores del sector online del país.', 'es')).toEqual(['untranslated:info:online']);
  });
});

describe('untranslated: loanwords and titles (audit 18, item 15)', () => {
  it('leaves the loanwords of Italian news that the starter glossary accepts', async () => {
    expect(await findings('La governance del welfare e la privacy sono temi caldi per le authority. Il governo ha varato il decreto sul green pass.', 'it')).toEqual([]);
  });

  it('leaves "the" in a title after a noun naming a work, and finds it without one', async () => {
    expect((await findings('Il brano We Are the Champions è stato cantato allo stadio.', 'it')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('Allo stadio hanno cantato We Are the Champions.', 'it')).filter((f) => f.startsWith('untranslated'))).toEqual(['untranslated:warning:the']);
  });

  it('offers no other word for a form of a verb made on a noun in -ión, and goes on correcting misspellings', async () => {
    const r = await check('La ley limita los alquileres en las zonas tensionadas.', { language: 'es', path: 'a.txt', only: ['spelling'] });
    expect(r.findings.map((f) => [f.actual, f.severity, f.expected])).toEqual([['tensionadas', 'info', []]]);
    // b for v in a known participle: a misspelling, with its suggestion.
    const slip = await check('Las leyes fueron aprovadas ayer.', { language: 'es', path: 'a.txt', only: ['spelling'] });
    expect(slip.findings.map((f) => [f.actual, f.severity, f.expected.includes('aprobadas')])).toEqual([['aprovadas', 'warning', true]]);
  });
});

describe('untranslated: German nouns left in an English translation from German (audit 18, item 12)', () => {
  it('finds a noun the German dictionary lists as one, in its forms, and leaves names', async () => {
    const text = 'Many Wähler are worried. The Gefängnisse were full, and the Häuser old. Thomas Müller scored twice. Later Müller said it again. Merkel met Scholz in Hamburg.';
    expect((await findings(text, 'en', { sourceLanguage: 'de' })).filter((f) => f.startsWith('untranslated'))).toEqual([
      'untranslated:warning:Wähler',
      'untranslated:warning:Gefängnisse',
      'untranslated:warning:Häuser',
    ]);
    // A name after a first name that opens the line, or after an initial ("Drucker", "Kegler"
    // are German nouns: printer, bowler), as quotations are signed.
    expect((await findings('I grow up.\n\t\t-- Peter Drucker\n\nThey conspire.\n\t\t-- J. Kegler\n', 'en', { sourceLanguage: 'de' })).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    // (Without the source language, English is the one left over: these are names, information.)
    expect((await findings(text, 'en')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
  });
});
