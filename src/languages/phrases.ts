/**
 * Another language's idioms and this one's loan phrases in a paragraph (the profiles' `idioms` and
 * `loanPhrases`), as word ranges: "out of the blue", "in spite of" left in a Dutch or German
 * translation, German's "Best of". Compiled once per pair of languages into a table by first word;
 * matching reads each word once.
 *
 * @example
 *   in:    "Het nieuws kwam out of the blue, zei hij." (nl, words left over from en)
 *   spans: [{ first: 3, last: 6 }]
 */
import { isCapitalized, spaced, type Segmented } from '../core/segment.js';
import type { LanguageProfile } from './types.js';

/** A phrase of the table: its words in small letters, and where it is a loan, the language's spelling of it. */
interface Phrase {
  words: readonly string[];
  loan?: string;
}
/** Where a phrase stands: its first and last words, and the language's spelling of a loan phrase. */
export interface PhraseSpan {
  first: number;
  last: number;
  loan?: string;
}

const TABLES = new Map<string, ReadonlyMap<string, readonly Phrase[]>>();

/**
 * The table of `from`'s idioms and, where the words are left over from English, `own`'s loan
 * phrases, by first word; undefined where there is none.
 */
function table(from: LanguageProfile, own: LanguageProfile): ReadonlyMap<string, readonly Phrase[]> | undefined {
  const key = `${from.code}>${own.code}`;
  let t = TABLES.get(key);
  if (t === undefined && !TABLES.has(key)) {
    const byFirst = new Map<string, Phrase[]>();
    const add = (phrase: string, loan?: string) => {
      const words = phrase.split(' ');
      const list = byFirst.get(words[0]) ?? [];
      // (A loan phrase replaces the idiom of the same words: "last but not least".)
      const at = list.findIndex((p) => p.words.join(' ') === phrase);
      if (at >= 0) list.splice(at, 1);
      list.push({ words, loan });
      byFirst.set(words[0], list);
    };
    for (const idiom of from.idioms ?? []) add(idiom);
    if (from.code === 'en') for (const [phrase, spelling] of own.loanPhrases ?? []) add(phrase, spelling);
    t = byFirst.size > 0 ? byFirst : undefined;
    TABLES.set(key, t as ReadonlyMap<string, readonly Phrase[]>);
  }
  return t;
}

/**
 * The idioms of `from` and the loan phrases of `own` in a paragraph, longest first where two begin
 * on one word. A phrase's words follow each other in one sentence with spaces between, each in
 * small letters as listed but the first, which may open the sentence with a capital (or take the
 * capital the loan's spelling has: "ein Best of der Hits"). Not where only names are capitalized
 * and a capitalized word inside the sentence stands before it (a title's: "From Here to …"); nor,
 * where the phrase's other words are only `from`'s small words ("best of"), before a capitalized
 * word of a name or a title ("Best of Blue").
 */
export function phraseSpans(seg: Segmented, text: string, from: LanguageProfile | undefined, own: LanguageProfile | undefined): PhraseSpan[] {
  if (from === undefined || own === undefined || from.code === own.code) return [];
  const t = table(from, own);
  if (t === undefined) return [];
  const { words, sentences } = seg;
  const opens = (k: number) => sentences[words[k].sentence]?.firstWord === k;
  const out: PhraseSpan[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.opaque || !w.alpha) continue;
    const candidates = t.get(w.value.toLowerCase());
    if (candidates === undefined) continue;
    let best: PhraseSpan | undefined;
    for (const p of candidates) {
      const last = k + p.words.length - 1;
      if (last >= words.length || (best !== undefined && best.last >= last)) continue;
      let m = 1;
      while (m < p.words.length && !words[k + m].opaque && words[k + m].value === p.words[m] && spaced(seg, text, k + m - 1, k + m)) m++;
      if (m < p.words.length) continue;
      const capital = p.loan !== undefined && isCapitalized(p.loan) && w.value === p.loan.split(/[\s-]/u)[0];
      if (w.value !== p.words[0] && !opens(k) && !capital) continue;
      if (own.capitalizesNouns === false && k > 0 && spaced(seg, text, k - 1, k) && isCapitalized(words[k - 1].value) && !opens(k - 1)) continue;
      const small = p.words.slice(1).every((x) => from.functionWords.has(x) || from.articles?.has(x) === true);
      if (small && last + 1 < words.length && spaced(seg, text, last, last + 1) && isCapitalized(words[last + 1].value)) continue;
      best = { first: k, last, loan: p.loan };
    }
    if (best !== undefined) {
      out.push(best);
      k = best.last;
    }
  }
  return out;
}
