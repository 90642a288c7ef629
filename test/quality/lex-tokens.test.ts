import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { forEachLexToken } from '../../src/quality/lex-tokens.js';
import { LEX_TOKEN } from '../../src/quality/lexicon.js';
import { sharedDir } from '../helpers.js';

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/u;

function viaRegex(text: string): Array<[number, number, boolean]> {
  return [...text.matchAll(new RegExp(LEX_TOKEN.source, 'gu'))].map((m) => [m.index, m.index + m[0].length, new RegExp(`^(?:${WORD.source})$`, 'u').test(m[0])]);
}

/** The sentence features' words: every match of WORD alone. */
function wordsViaRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(new RegExp(WORD.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
}

function viaScan(text: string): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  forEachLexToken(text, (s, e, w) => out.push([s, e, w]));
  return out;
}

describe('forEachLexToken', () => {
  it('gives the tokens of LEX_TOKEN on edge cases', () => {
    const cases = [
      '',
      '   ',
      'Tick Tack',
      "Hikvision-Kameras, d'Artagnan’s 24.000,5 Euro.",
      'a-b- -c --d e--f g.-h',
      'Ende.Anfang ,x, x,,y',
      '„Zitat“ – «guillemets» (Klammer) [x] {y} …',
      'emoji 😀 and 𝐁𝐨𝐥𝐝 letters 𝟏𝟐 mixed𝐁x',
      'lone \ud800 surrogate \udc00 here',
      'tab\tnew\nline\u00a0nbsp\u2028sep',
      'ﬁ ligature, Ǆ digraph, ǅ titlecase, ³ superscript, ½ fraction, Ⅻ numeral',
      "x' y’ ’z 'w",
      '١٢٣ عربى 中文字 한국어',
    ];
    for (const text of cases) {
      expect(viaScan(text), JSON.stringify(text)).toEqual(viaRegex(text));
      expect(viaScan(text).filter((t) => t[2]).map(([s, e]) => [s, e]), JSON.stringify(text)).toEqual(wordsViaRegex(text));
    }
  });

  it('gives the tokens of LEX_TOKEN on every line of the shared data', () => {
    const dir = path.join(sharedDir(), 'data/mlqe-pe-en-de');
    let lines = 0;
    for (const split of ['dev', 'train']) {
      for (const file of ['mt.txt', 'pe.txt', 'src.txt']) {
        for (const line of readFileSync(path.join(dir, split, file), 'utf8').split('\n')) {
          const a = viaScan(line);
          const b = viaRegex(line);
          if (a.length !== b.length || a.some((t, i) => t[0] !== b[i][0] || t[1] !== b[i][1] || t[2] !== b[i][2])) expect(a, line).toEqual(b);
          const w = wordsViaRegex(line);
          const aw = a.filter((t) => t[2]);
          if (aw.length !== w.length || aw.some((t, i) => t[0] !== w[i][0] || t[1] !== w[i][1])) expect(aw.map(([s, e]) => [s, e]), line).toEqual(w);
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(24_000); // 8,000 lines of mt, pe and src
  });
});
