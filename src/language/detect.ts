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

/** The scripts the supported languages are written in: their profiles' `scripts` (ISO 15924 codes). */
export const SUPPORTED_SCRIPTS: readonly string[] = [...new Set(PROFILES.flatMap((p) => p.scripts))];

const scriptStarts = new Map<string, RegExp>();

/** Whether a word (its first letter) is in one of `scripts`, ISO 15924 codes; one expression a set of them, compiled once. */
export function inScripts(word: string, scripts: readonly string[]): boolean {
  const key = scripts.join(' ');
  let re = scriptStarts.get(key);
  if (!re) scriptStarts.set(key, (re = new RegExp(`^[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u')));
  return re.test(word);
}

/**
 * A text's letters (of its first 10,000 characters), and how many of them are in none of
 * `scripts`, each run of letters counted by its first.
 */
export function otherScriptLetters(text: string, scripts: readonly string[]): { letters: number; other: number } {
  let letters = 0;
  let other = 0;
  for (const m of text.slice(0, 10_000).matchAll(/\p{L}+/gu)) {
    letters += m[0].length;
    if (!inScripts(m[0], scripts)) other += m[0].length;
  }
  return { letters, other };
}

/**
 * Whether most of a text's letters are in `scripts`: by default, those some supported language is
 * written in (`SUPPORTED_SCRIPTS`, from the profiles). A text that is not (Arabic, Hebrew, Cyrillic
 * while no profile writes them) is none of theirs whatever its trigrams or a dictionary say: a
 * short Arabic text with a Latin name had been German or Spanish by chance.
 */
export function mostlyInScripts(text: string, scripts: readonly string[] = SUPPORTED_SCRIPTS): boolean {
  const { letters, other } = otherScriptLetters(text, scripts);
  return (letters - other) * 2 > letters;
}

/**
 * The text's language as `languageCode` names it (ISO 639-1 where the language has a code there),
 * or `und`. A text too short for franc over all its languages is ranked among the supported ones,
 * unless most of its letters are in a script none of them is written in: then it is `und` (a
 * script such as Arabic's is written in several languages, and too little of it tells none of them).
 */
export function detectDocumentLanguage(text: string): string {
  const code = franc(text, { minLength: 20 });
  if (code === 'und') {
    if (!mostlyInScripts(text)) return 'und';
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
