/**
 * english-genitive writes a name's genitive as German does ("Brady's" → "Bradys"): on MLQE-PE
 * train the post-editors made that edit for 55 of the rule's 85 findings, so the fix is applied,
 * not left for review. Names of places, churches and titles keep their English possessive.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const fixed = async (text: string) => (await check(text, { language: 'de', only: ['english-genitive'], path: 'a.txt' })).corrected;

describe('english-genitive', () => {
  it('writes the German genitive in the corrected text', async () => {
    expect(await fixed("Brady's drei Touchdowns entschieden das Spiel.")).toBe('Bradys drei Touchdowns entschieden das Spiel.');
    expect(await fixed("Für seine Galanterie empfahlen Roosevelt's Kommandeure ihn für die Ehrenmedaille.")).toBe('Für seine Galanterie empfahlen Roosevelts Kommandeure ihn für die Ehrenmedaille.');
    // After s, x, z or ß the apostrophe alone.
    expect(await fixed("Dennis's neue Kleidung bestand aus einem blauen Trainingsanzug.")).toBe("Dennis' neue Kleidung bestand aus einem blauen Trainingsanzug.");
  });

  it('leaves the possessive of a place, a church or an English title', async () => {
    for (const text of [
      "Die Sakristei von St. John's schrieb ihm einen dankbaren Abschied.",
      "Tornados in Charles, Prince George's und Anne Arundel County.",
      'Er schrieb The Innovator’s Rezept im Jahr 2009.',
    ]) {
      const result = await check(text, { language: 'de', only: ['english-genitive'], path: 'a.txt' });
      expect(result.findings.map((f) => f.actual)).toEqual([]);
      expect(result.corrected).toBe(text);
    }
  });

  it('suggests, and does not write, the genitive of an abbreviation ("Jr.\'s": German usage is divided)', async () => {
    const text = "Martin Luther King Jr.'s Rede wurde oft zitiert.";
    const result = await check(text, { language: 'de', only: ['english-genitive'], path: 'a.txt' });
    expect(result.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([["Jr.'s", ['Jr.s'], false]]);
    expect(result.corrected).toBe(text);
  });
});
