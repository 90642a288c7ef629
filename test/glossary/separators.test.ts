/**
 * A forbidden variant of several words written with another separator between its words: a
 * hyphen, an en or em dash, a no-break, narrow no-break or thin space, a soft hyphen, or a line
 * break inside a paragraph (machine translation and editors write them all). The fix replaces
 * the whole span. A word of the variant alone, and the term followed by a hyphenated compound
 * part ("Hikvision-Geräte"), are not findings (gloss32).
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { parseGlossary, compileGlossary } from '../../src/glossary/index.js';

const YAML = `languages: [de, en, fr]
entries:
  - term: TikTok
    type: brand
    wrong: [Tick Tack]
  - term: Hikvision
    type: brand
    wrong: [Hik Vision]
  - term: Olaf Scholz
    type: person
    wrong: [Olaf Schulz]
`;

async function run(text: string, language: string, path = 'a.txt') {
  const glossary = compileGlossary(parseGlossary(YAML, 'g.yaml'));
  const lektor = await Lektor.create({ glossary, only: ['glossary'] });
  const result = await lektor.check(text, { path, language });
  return { result, again: await lektor.check(result.corrected, { path, language }) };
}

const SEPARATORS: Array<[string, string]> = [
  ['en dash', '\u2013'],
  ['em dash', '\u2014'],
  ['no-break space', '\u00a0'],
  ['narrow no-break space', '\u202f'],
  ['thin space', '\u2009'],
  ['soft hyphen and space', '\u00ad '],
  ['soft hyphen and en dash', '\u00ad\u2013'],
];

describe('a forbidden variant of several words with another separator between its words', () => {
  const flagged: Array<[string, string, string]> = [
    ['de', 'Er nutzt Tick_Tack jeden Tag.', 'Er nutzt TikTok jeden Tag.'],
    ['de', 'Der Erfolg von Tick_Tacks Videos.', 'Der Erfolg von TikToks Videos.'],
    ['de', 'Die Tick_Tack-Videos sind kurz.', 'Die TikTok-Videos sind kurz.'],
    ['de', 'Das sagte Olaf_Schulz gestern.', 'Das sagte Olaf Scholz gestern.'],
    ['en', 'She posted on Tick_Tack yesterday.', 'She posted on TikTok yesterday.'],
    ['en', "The Tick_Tack's users left.", "The TikTok's users left."],
    ['fr', 'Elle publie sur Tick_Tack chaque jour.', 'Elle publie sur TikTok chaque jour.'],
    ['fr', 'Les caméras Hik_Vision sont partout.', 'Les caméras Hikvision sont partout.'],
  ];
  for (const [name, sep] of SEPARATORS) {
    it(`is fixed across a ${name}, the whole span replaced`, async () => {
      for (const [language, text, fixed] of flagged) {
        const input = text.replace('_', sep);
        const { result, again } = await run(input, language);
        expect(result.corrected, JSON.stringify(input)).toBe(fixed);
        expect(result.findings.map((f) => [f.ruleId.split('/')[0], f.fixed, f.severity]), JSON.stringify(input)).toEqual([['glossary', true, 'error']]);
        expect(again.findings, JSON.stringify(input)).toEqual([]);
      }
    });
  }

  it('is fixed across a line break inside a Markdown paragraph, with the break kept', async () => {
    const { result } = await run('Er nutzt Tick\nTack jeden Tag.\n', 'de', 'a.md');
    expect(result.corrected).toBe('Er nutzt\nTikTok jeden Tag.\n');
    const soft = await run('Er nutzt Tick\u00ad\nTack jeden Tag.\n', 'de', 'a.md');
    expect(soft.result.findings.map((f) => f.ruleId.split('/')[0])).toEqual(['glossary']);
    expect(soft.result.corrected).not.toContain('Tack');
  });

  it('is not matched where a dash with spaces around it parts two clauses, or a word of it stands alone', async () => {
    const pass: Array<[string, string]> = [
      ['de', 'Er sagte Tick – Tack sagte die Uhr.'],
      ['de', 'Das Tick der Uhr war laut.'],
      ['en', 'The clock went tick and then stopped.'],
      ['fr', 'Le tick de l’horloge.'],
      ['de', 'Tick—und dann Stille.'],
    ];
    for (const [language, text] of pass) {
      const { result } = await run(text, language);
      expect(result.findings, text).toEqual([]);
    }
  });

  it('leaves the term before a hyphenated compound part alone ("Hikvision-Geräte", "Olaf-Scholz-Rede")', async () => {
    const pass: Array<[string, string]> = [
      ['de', 'Die Hikvision-Geräte sind verboten.'],
      ['de', 'Die Olaf-Scholz-Rede war kurz.'],
      ['de', 'Die TikTok-Videos sind kurz.'],
      ['en', 'Hikvision-made cameras are banned.'],
      ['fr', 'Les caméras Hikvision sont partout.'],
    ];
    for (const [language, text] of pass) {
      const { result } = await run(text, language);
      expect(result.findings, text).toEqual([]);
    }
  });

  it('corrects the term of several words written with a dash or hyphen where the glossary has a space', async () => {
    for (const sep of ['\u2013', '-']) {
      const { result } = await run(`Das sagte Olaf${sep}Scholz gestern.`, 'de');
      expect(result.corrected).toBe('Das sagte Olaf Scholz gestern.');
      expect(result.findings.map((f) => f.ruleId.split('/')[0])).toEqual(['glossary']);
    }
  });
});
