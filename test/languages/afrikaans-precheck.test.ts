/**
 * `afrikaans` looks at a text with one regular expression first (`mayHaveTells`) and reads its
 * words only where one could count for Afrikaans: every paragraph of a German or English document
 * is asked (the pipeline's `anyLookalike`), and the word-by-word read had been 2.7 % of the starter
 * checks' time on a German text. The answer must be the word-by-word read's, whatever the text and
 * the dictionary: compared here on real text of every kind the project has.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afrikaans, mayHaveTells, readTells } from '../../src/languages/nl.js';
import { ROOT } from '../helpers.js';

const SHARED = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
const MLQE = path.join(SHARED, 'data/mlqe-pe-en-de/dev');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const paragraphs = (file: string) => readFileSync(file, 'utf8').split(/\n\s*\n/).filter((p) => p.trim() !== '');

const texts: string[] = [
  ...['mt.txt', 'pe.txt', 'src.txt'].flatMap((f) => (existsSync(path.join(MLQE, f)) ? lines(path.join(MLQE, f)) : [])),
  ...readdirSync(path.join(ROOT, 'corpus')).filter((f) => /\.(txt|md)$/.test(f)).flatMap((f) => paragraphs(path.join(ROOT, 'corpus', f))),
  ...['heldout.tsv', 'tuning.tsv'].flatMap((f) => lines(path.join(ROOT, 'test/fixtures/detection', f)).map((l) => l.split('\t').at(-1)!)),
  ...readdirSync(path.join(ROOT, 'test/fixtures/news')).flatMap((f) => paragraphs(path.join(ROOT, 'test/fixtures/news', f))),
  ...readdirSync(path.join(ROOT, 'test/fixtures/nl')).flatMap((f) => paragraphs(path.join(ROOT, 'test/fixtures/nl', f))),
  // (The pairs, across punctuation and in capitals; 'n in its spellings; a text past 3,000 characters.)
  'Die regering het. Die begroting.',
  'MEER AS 300 SKOLE IS GERAAK.',
  "Hy het ’n huis gekoop en 'n motor.",
  "Rock 'n' Roll lebt, sagte er.",
  // (Words against digits and marks, and in capitals with accents: words for both.)
  'Hulle sal 5nie_ kom: sê3 hy.',
  'SÊ HY, MÔRE KOM ONS.',
  'Ein Satz ohne Hinweise. '.repeat(130) + 'Ons kan nie kom nie.',
];

/** Dictionaries: none; one that knows nothing; one that knows about half the words, by their letters. */
const dictionaries: Array<((w: string) => boolean) | undefined> = [undefined, () => false, (w) => [...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 2 === 0];

describe('afrikaans: the first look spares the read and changes no answer', () => {
  it(`gives the word-by-word read's answer on ${texts.length} texts with three dictionaries`, () => {
    expect(texts.length).toBeGreaterThan(2000);
    const differ: string[] = [];
    let yes = 0;
    for (const text of texts) {
      for (const known of dictionaries) {
        const answer = afrikaans(text, known);
        if (answer) yes++;
        if (answer !== readTells(text, known)) differ.push(text.slice(0, 80));
      }
    }
    expect(differ).toEqual([]);
    // (Some texts are Afrikaans: the comparison saw both answers.)
    expect(yes).toBeGreaterThan(20);
  });

  it('looks no further at nearly every German line', () => {
    const german = lines(path.join(MLQE, 'mt.txt'));
    const read = german.filter(mayHaveTells).length;
    expect(read / german.length).toBeLessThan(0.05);
  });

  it('reads the Afrikaans texts', () => {
    for (const text of ['Meer as 300 skole in die Wes-Kaap is deur die storm geraak.', 'Die regering het die begroting goedgekeur.', "Twee mans is Woensdag in Pretoria gearresteer na 'n roof."]) expect(mayHaveTells(text), text).toBe(true);
  });
});
