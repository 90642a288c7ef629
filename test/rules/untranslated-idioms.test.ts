/**
 * English idioms left in a translation are found whole, one finding each (the English profile's
 * `idioms`): "out of the blue" had been found as "the blue" or "of the blue", "in spite of" as
 * "spite", and Dutch's "Last but not least", each of whose words its dictionary knows, not at all.
 * Where the language writes the phrase as its own (the profile's `loanPhrases`: German's "Best-of"
 * and "last but not least", the Duden's; Dutch's "last but not least", Van Dale's), the finding is
 * information. Titles, names and quotations in English stay as they were.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';
import { checkPhrases, profileFor } from '../../src/languages/index.js';
import type { LanguageProfile } from '../../src/languages/types.js';

// (A second sentence in the language: a one-sentence text with an idiom in it reads as English.)
const AFTER: Record<string, string> = {
  de: ' Das war für alle eine große Überraschung, sagte der Sprecher am Montag.',
  fr: ' Ce fut une grande surprise pour tout le monde, a déclaré le porte-parole lundi.',
  es: ' Fue una gran sorpresa para todos, dijo el portavoz el lunes.',
  it: ' È stata una grande sorpresa per tutti, ha detto il portavoce lunedì.',
  pt: ' Foi uma grande surpresa para todos, disse o porta-voz na segunda-feira.',
  nl: ' Het was voor iedereen een grote verrassing, zei de woordvoerder maandag.',
};
const findings = async (text: string, language: string) =>
  (await check(text + AFTER[language], { language, path: 'a.txt', only: ['untranslated', 'spelling'] })).findings.map((f) => `${f.ruleId}:${f.severity}:${f.actual}`);

describe('untranslated: English idioms are found whole', () => {
  it('"out of the blue", with a word before it the language knows ("out", "of")', async () => {
    expect(await findings('Het nieuws kwam out of the blue, zei hij.', 'nl')).toEqual(['untranslated:warning:out of the blue']);
    expect(await findings('La nouvelle est arrivée out of the blue, a-t-il dit.', 'fr')).toEqual(['untranslated:warning:out of the blue']);
    expect(await findings('La notizia è arrivata out of the blue, ha detto.', 'it')).toEqual(['untranslated:warning:out of the blue']);
    expect(await findings('A notícia chegou out of the blue, disse ele.', 'pt')).toEqual(['untranslated:warning:out of the blue']);
    expect(await findings('Die Nachricht kam out of the blue, sagte er.', 'de')).toEqual(['untranslated:warning:out of the blue']);
  });

  it('"in spite of", its first word one of the language\'s small words, and no word of the language after it', async () => {
    expect(await findings('In spite of alles won hij.', 'nl')).toEqual(['untranslated:warning:In spite of']);
    expect(await findings('Trotzdem kam er in spite of allem.', 'de')).toEqual(['untranslated:warning:in spite of']);
    expect(await findings('Sie spielten in spite of the rain weiter.', 'de')).toEqual(['untranslated:warning:in spite of the rain']);
    // ("tout" is French, though English knows it: it had been taken in.)
    expect(await findings('In spite of tout, il a gagné.', 'fr')).toEqual(['untranslated:warning:In spite of']);
    expect(await findings('In spite of todo, ganó.', 'es')).toEqual(['untranslated:warning:In spite of']);
  });

  it('"last but not least": a warning where the language has no such loan, information where it writes it as its own', async () => {
    expect(await findings('Le ministre a remercié, last but not least, les bénévoles.', 'fr')).toEqual(['untranslated:info:last but not least']);
    expect(await findings('Last but not least, el ministro agradeció a los voluntarios.', 'es')).toEqual(['untranslated:warning:Last but not least']);
    // (Dutch's dictionary knows each of its words: it had not been found.)
    expect(await findings('Last but not least bedankte de minister de vrijwilligers.', 'nl')).toEqual(['untranslated:info:Last but not least']);
    expect(await findings('Er dankte last but not least den Helfern.', 'de')).toEqual(['untranslated:info:last but not least']);
    expect(await findings('Last but not least dankte er den Helfern.', 'de')).toEqual(['untranslated:info:Last but not least']);
  });

  it('"in no time" in German: English left over, and "no" no misspelling', async () => {
    expect(await findings('Er erledigte das in no time.', 'de')).toEqual(['untranslated:warning:in no time']);
    expect(await findings('Das war in no time erledigt.', 'de')).toEqual(['untranslated:warning:in no time']);
  });

  it('"no" and "not" are English small words where the language\'s dictionary lacks them: German, not Spanish', async () => {
    // ("no" had been a spelling warning beside the English "problem".)
    expect(await findings('Er sagte, das sei no problem für ihn.', 'de')).toEqual(['untranslated:warning:no problem']);
    expect(await findings('Der Minister sagte, das sei not fair für die Bürger.', 'de')).toEqual(['untranslated:warning:not fair']);
    expect(await findings('No hay ningún problema, dijo el ministro.', 'es')).toEqual([]);
    expect(await findings('Il ministro ha detto che no, non è un problema.', 'it')).toEqual([]);
  });

  it('"Best of" in German: the Duden\'s loan "Best-of", information with its spelling, and "of" no misspelling', async () => {
    const r = await check('Das Album ist ein Best of der Hits.' + AFTER.de, { language: 'de', path: 'a.txt', only: ['untranslated', 'spelling'] });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.actual, f.expected])).toEqual([['untranslated', 'info', 'Best of', ['Best-of']]]);
  });

  it('French and Italian loans: information, with the dictionary\'s hyphen where French writes one; other English still a warning', async () => {
    const fr = await check('Le gouvernement dénonce les fake news. La Chine mise sur le soft power. Il a passé le week end à Paris.' + AFTER.fr, { language: 'fr', path: 'a.txt', only: ['untranslated', 'spelling'] });
    expect(fr.findings.map((f) => [f.ruleId, f.severity, f.actual, f.expected])).toEqual([
      ['untranslated', 'info', 'fake news', []],
      ['untranslated', 'info', 'soft power', []],
      ['untranslated', 'info', 'week end', ['week-end']],
    ]);
    expect(await findings('Le film se termine par un happy end.', 'fr')).toEqual(['untranslated:info:happy end']);
    expect(await findings('Le gouvernement dénonce les fake news and false claims.', 'fr')).toEqual(['untranslated:warning:fake news and false claims']);
    expect(await findings('Lo smart working cresce, dice il think tank.', 'it')).toEqual(['untranslated:info:smart working', 'untranslated:info:think tank']);
    // (Spanish writes none of them as its own: left over.)
    expect(await findings('El gobierno denuncia las fake news.', 'es')).toEqual(['untranslated:warning:fake news']);
  });

  it('leaves titles, names and quotations as they were', async () => {
    // (Capitals inside the phrase: a title or a band's name, which spelling may ask about.)
    expect((await findings('Die Band Out of the Blue spielte am Freitag.', 'de')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('Sein Album Best of Blue erschien 2005.', 'de')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('De film Out of the Blue draait in de bioscoop.', 'nl')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('Het album Last but not Least kwam in 2005 uit.', 'nl')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('Su disco Best of Blue salió en 2005.', 'es')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    expect((await findings('Der Film In Spite of Everything lief im Kino.', 'de')).filter((f) => f.startsWith('untranslated'))).toEqual([]);
    // (A quotation in English: one finding, the quotation's, as before.)
    expect(await findings('Der Film „Out of the Blue“ lief im Kino.', 'de')).toEqual(['untranslated:info:„Out of the Blue“']);
    // (Spanish "no".)
    expect(await findings('No, no lo sé, dijo el ministro.', 'es')).toEqual([]);
  });
});

describe('idioms and loan phrases are checked when the profiles load', () => {
  const en = profileFor('en')!;
  it('an idiom of fewer than three words, or with a capital, fails naming the profile and the phrase', () => {
    expect(() => checkPhrases({ ...en, idioms: new Set(['by chance']) } as LanguageProfile)).toThrow('Language profile en: idiom "by chance" is no phrase of 3 words or more');
    expect(() => checkPhrases({ ...en, idioms: new Set(['out of the Blue']) } as LanguageProfile)).toThrow('idiom "out of the Blue"');
    expect(() => checkPhrases({ ...profileFor('de')!, loanPhrases: new Map([['Best of', 'Best-of']]) } as LanguageProfile)).toThrow('Language profile de: loan phrase "Best of"');
  });
  it('the profiles\' own pass', () => {
    for (const code of ['en', 'de', 'nl']) expect(() => checkPhrases(profileFor(code)!)).not.toThrow();
    expect(en.idioms?.has('out of the blue')).toBe(true);
  });
});
