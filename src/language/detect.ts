/**
 * Language detection with franc (trigram profiles). Documents are detected over all
 * of franc's languages so an unsupported language is named as such; paragraphs are
 * ranked among the languages Lektor has profiles for, and a paragraph counts as
 * another language only when franc and the dictionaries agree (short paragraphs and
 * names fool trigrams alone).
 */
import { franc, francAll } from 'franc';
import { PROFILES, languageCode, profileFor } from '../languages/index.js';

const SUPPORTED_FRANC = PROFILES.map((p) => p.franc);

/**
 * Whether most of a text's letters are Latin, the script every supported language is written in.
 * A text that is not (Arabic, Hebrew, Cyrillic…) is none of theirs whatever its trigrams or a
 * dictionary say: a short Arabic text with a Latin name had been German or Spanish by chance.
 */
export function mostlyLatin(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (const m of text.slice(0, 10_000).matchAll(/\p{L}+/gu)) {
    letters += m[0].length;
    if (LATIN.test(m[0])) latin += m[0].length;
  }
  return latin * 2 > letters;
}
const LATIN = /^\p{Script=Latin}/u;

/**
 * The text's language as `languageCode` names it (ISO 639-1 where the language has a code there),
 * or `und`. A text too short for franc over all its languages is ranked among the supported ones,
 * unless most of its letters are of another script: then it is `und` (a script such as Arabic's
 * is written in several languages, and too little of it tells none of them).
 */
export function detectDocumentLanguage(text: string): string {
  const code = franc(text, { minLength: 20 });
  if (code === 'und') {
    if (!mostlyLatin(text)) return 'und';
    // Too short or ambiguous for all languages: rank among the supported ones.
    const best = franc(text, { only: SUPPORTED_FRANC, minLength: 10 });
    return best === 'und' ? 'und' : languageCode(best);
  }
  return languageCode(code);
}

export interface LanguageRanking {
  /** ISO 639-1 code of the best-scoring supported language. */
  best: string;
  /** Franc's score (0–1, 1 for the best) for each supported language. */
  scores: Map<string, number>;
}

/** Rank the supported languages for a paragraph (without the languages of `without`, franc's codes). */
export function rankLanguages(text: string, without: readonly string[] = []): LanguageRanking | undefined {
  const all = francAll(text, { only: without.length === 0 ? SUPPORTED_FRANC : SUPPORTED_FRANC.filter((c) => !without.includes(c)), minLength: 10 });
  if (all.length === 0 || all[0][0] === 'und') return undefined;
  const scores = new Map<string, number>();
  for (const [code, score] of all) {
    const p = profileFor(code);
    if (p) scores.set(p.code, score);
  }
  return { best: profileFor(all[0][0])!.code, scores };
}
