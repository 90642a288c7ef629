/**
 * English left over in British spelling ("rumours", "organisation", "defence", "centre",
 * "travelled"): the untranslated-word check asks the American dictionary, which lacks those
 * forms, and had left them to the spelling check as unknown words of the paragraph's language
 * ("Unknown word `rumours`"), and split a run ("fake news and" + "rumours").
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';
import { profileFor } from '../../src/languages/index.js';

const findings = async (text: string, language: string) =>
  (await check(text, { path: 'a.txt', language, only: ['untranslated', 'spelling'] })).findings.map((f) => `${f.ruleId}:${f.severity}:${f.actual}`);

describe('untranslated: English in British spelling', () => {
  it('is English left untranslated, whole in its run', async () => {
    expect(await findings('Der Minister sprach über die rumours in der Partei.', 'de')).toEqual(['untranslated:warning:rumours']);
    expect(await findings('Die Regierung plant die defence des Landes.', 'de')).toEqual(['untranslated:warning:defence']);
    expect(await findings('Le gouvernement dénonce les fake news and rumours.', 'fr')).toEqual(['untranslated:warning:fake news and rumours']);
    expect(await findings('Der Sprecher sagte, die organisation travelled to the centre.', 'de')).toEqual(['untranslated:warning:organisation travelled to the centre']);
  });

  it('American spellings of the British forms, from the word\'s ending only', () => {
    const american = profileFor('en')!.variantSpellings!;
    expect(american('rumours')).toContain('rumors');
    expect(american('organisations')).toContain('organizations');
    expect(american('analysed')).toContain('analyzed');
    expect(american('centres')).toContain('centers');
    expect(american('travelled')).toContain('traveled');
    expect(american('offences')).toContain('offenses');
    expect(american('catalogue')).toContain('catalog');
    expect(american('programmes')).toContain('programs');
    expect(american('haus')).toEqual([]);
  });

  it('a word of the paragraph\'s language, or one no English spelling makes, is not English', async () => {
    // ("Reise", "Krise": known German words; "Kontour" → "kontor" is no English word.)
    expect(await findings('Die Reise in der Krise war lang.', 'de')).toEqual([]);
    expect(await findings('Die Kontour der Küste war klar.', 'de')).toEqual(['spelling:info:Kontour']);
    // (A French or Italian word whose ending gives an English one: the paragraph's, not British English.)
    expect(await findings('La prise was sent hier, le centre was closed.', 'fr')).toEqual(['untranslated:warning:was sent', 'untranslated:warning:was closed']);
    expect(await findings('La lettre was sent hier.', 'fr')).toEqual(['untranslated:warning:was sent']);
  });
});
