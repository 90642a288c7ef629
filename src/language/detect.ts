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

const scriptLetters = new Map<string, RegExp>();

/** Whether a word has a letter in one of `scripts` (ISO 15924 codes) anywhere in it. */
export function hasScriptLetter(word: string, scripts: readonly string[]): boolean {
  const key = scripts.join(' ');
  let re = scriptLetters.get(key);
  if (!re) scriptLetters.set(key, (re = new RegExp(`[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u')));
  return re.test(word);
}

/**
 * A text's letters (of its first 10,000 characters), and how many of them are in none of
 * `scripts`, each run of letters counted by its first; `words`, the runs those make, a run in a
 * script written without spaces (Chinese, Japanese, Thai…) counted as a word every two letters.
 */
export function otherScriptLetters(text: string, scripts: readonly string[]): { letters: number; other: number; words: number } {
  let letters = 0;
  let other = 0;
  let words = 0;
  for (const m of text.slice(0, 10_000).matchAll(/\p{L}+/gu)) {
    letters += m[0].length;
    if (inScripts(m[0], scripts)) continue;
    other += m[0].length;
    words += wordsIn(m[0]);
  }
  return { letters, other, words };
}

/** How many words a run of letters counts for: one, or in a script written without spaces (Chinese, Japanese, Thai…) one every two letters. */
export function wordsIn(run: string): number {
  return UNSPACED.test(run) ? run.length / 2 : 1;
}
const UNSPACED = /^[\p{Script=Hani}\p{Script=Hira}\p{Script=Kana}\p{Script=Thai}\p{Script=Laoo}\p{Script=Khmr}\p{Script=Mymr}\p{Script=Tibt}]/u;

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

/** Scripts a paragraph is named by where franc cannot tell its language (ISO 15924), most written first. */
const NAMED_SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Hani', 'Deva', 'Hang', 'Hira', 'Kana', 'Grek', 'Hebr', 'Thai', 'Beng', 'Taml', 'Telu', 'Knda', 'Mlym', 'Gujr', 'Guru', 'Orya', 'Sinh', 'Geor', 'Armn', 'Ethi', 'Khmr', 'Laoo', 'Mymr', 'Tibt', 'Mong', 'Syrc', 'Thaa'];

/** The script most of a text's letters outside `scripts` are in, of those Lektor names (`und` for another). */
export function mainOtherScript(text: string, scripts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, 10_000).matchAll(/\p{L}+/gu)) {
    if (inScripts(m[0], scripts)) continue;
    const script = NAMED_SCRIPTS.find((s) => !scripts.includes(s) && inScripts(m[0], [s])) ?? 'und';
    counts.set(script, (counts.get(script) ?? 0) + m[0].length);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

/** Fewest words in another script that make a paragraph another language's: not a name ("Пётр Иванов", "تيك توك"). */
const OTHER_SCRIPT_WORDS = 3;
/** How far franc's second language must be below its first (1) for the first to be named: Russian, Bulgarian and Macedonian trigrams come close. */
const CONFIDENT = 0.9;

/**
 * The language of a paragraph most of whose letters are in none of `scripts` (its document
 * language's): as `languageCode` names it where franc, over all its languages, tells it with
 * confidence ("uk", "ar", "zh"), else undetermined in its script (`und-Cyrl`, BCP 47's way; `und`
 * in a script Lektor does not name).
 * Undefined for a paragraph mostly in those scripts, or with fewer than three words outside them
 * (a name left in its script).
 */
export function otherScriptLanguage(text: string, scripts: readonly string[]): string | undefined {
  // (Most paragraphs have no letter beyond Latin Extended-B: told without a look at their words.)
  if (scripts.includes('Latn') && !BEYOND_LATIN.test(text)) return undefined;
  const { letters, other, words } = otherScriptLetters(text, scripts);
  if (other * 2 <= letters || words < OTHER_SCRIPT_WORDS) return undefined;
  const ranked = francAll(text, { minLength: 10 });
  if (ranked.length > 0 && ranked[0][0] !== 'und' && (ranked.length === 1 || ranked[1][1] < CONFIDENT)) return languageCode(ranked[0][0]);
  const script = mainOtherScript(text, scripts);
  return script === 'und' ? 'und' : `und-${script}`;
}
const BEYOND_LATIN = /[^\P{L}\u0000-\u024f]/u;

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
