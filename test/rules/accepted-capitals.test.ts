/**
 * Accepted words (wordlists/accept-<code>.txt, a glossary folder's accept-<code>.txt) listed in
 * small letters: in German, where a capital says noun, such a word written with a capital after a
 * small word of its sentence ("ist Viral gegangen") is misspelt; at a sentence start, after a
 * colon or a quotation mark, in a heading, as a nominalization after an article or preposition
 * ("das Teleportieren") or with an ending ("nichts Virales") it is not. Languages that capitalize
 * names only (English "the Eurozone") accept the capital anywhere, as Hunspell does.
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';

const lektor = await Lektor.create({ only: ['spelling'], quality: false, suggestions: 0 });
const spelling = async (text: string, language = 'de', path = 'a.txt') =>
  (await lektor.check(text, { path, language })).findings.map((f) => [f.actual, f.severity, f.expected]);

describe('accepted words written with a capital', () => {
  it('German: a word listed in small letters, capitalized after a small word of the sentence, is misspelt', async () => {
    expect(await spelling('Das Video ist Viral gegangen, und die Zellen sind Fermentiert.')).toEqual([
      ['Viral', 'warning', ['viral']],
      ['Fermentiert', 'warning', ['fermentiert']],
    ]);
  });

  it('German: at a sentence start, after a colon or a quotation mark, or after a capitalized word it is accepted', async () => {
    expect(await spelling('Viral ist das Video nicht. Er sagte: Viral. Das Wort „Viral“ stand da. Der Film Viral lief gestern.')).toEqual([]);
  });

  it('German: a nominalization after an article or preposition, or with an ending, is accepted', async () => {
    expect(await spelling('Das Teleportieren ist schwer, beim Teleportieren und durch Koexistieren, es gibt nichts Virales.')).toEqual([]);
  });

  it('German: in a heading it is accepted', async () => {
    expect(await spelling('# Wie ein Video Viral ging\n\nDer Text folgt hier.\n', 'de', 'a.md')).toEqual([]);
  });

  it('English capitalizes names only: a capitalized accepted word is accepted anywhere', async () => {
    expect(await spelling('The crisis in the Eurozone went on after the Lockdown ended.', 'en')).toEqual([]);
  });
});
