import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentWords } from '../../src/core/resources.js';
import { sharedDir, ROOT } from '../helpers.js';

/** What documentWords replaced: the regular expression, a suspended hyphen stripped, then the parts. */
function byRegex(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
      const w = m[0].replace(/-+$/, '');
      out.push(w);
      if (w.includes('-')) for (const part of w.split('-')) if (part) out.push(part);
    }
  }
  return out;
}

describe('documentWords (the words handed to the spelling worker)', () => {
  it('gives the regular expression’s words on edge cases', () => {
    const cases = ['a--b', 'x-', '--a', "l'homme", 'Straße- und Gehweg', 'e\u0301te\u0301', '𝒳abc d𝒳', 'a’b-', 'Tick-Tack-Videos', '-', "'a'", '', '123 abc4def', 'Ærø—Øst'];
    for (const text of cases) expect(documentWords([text]), text).toEqual(byRegex([text]));
    expect(documentWords(cases)).toEqual(byRegex(cases));
    expect(documentWords(['Tick-Tack-Videos'])).toEqual(['Tick-Tack-Videos', 'Tick', 'Tack', 'Videos']);
  });

  it('gives the regular expression’s words on every line of the shared data and the corpus', () => {
    const files = ['train/mt.txt', 'train/src.txt', 'train/pe.txt', 'dev/mt.txt'].map((f) => path.join(sharedDir(), 'data/mlqe-pe-en-de', f));
    files.push(...['hikvision-de.txt', 'hikvision-fr.md', 'tiktok-es.txt'].map((f) => path.join(ROOT, 'corpus', f)));
    let lines = 0;
    let words = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        lines++;
        const got = documentWords([line]);
        const want = byRegex([line]);
        words += want.length;
        if (got.join('\u0000') !== want.join('\u0000')) expect(got, line).toEqual(want);
      }
    }
    expect(lines).toBeGreaterThan(20_000);
    expect(words).toBeGreaterThan(300_000);
  });
});
