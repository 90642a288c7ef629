/**
 * Pronouns joined onto a verb's form (enclitics), which a dictionary lists for common verbs
 * only: Spanish "dárselo", "decírmelo", "explicárnoslo", "poniéndose", "cuéntamelo",
 * "digámoselo", "sentaos"; Italian "twittarlo", "mandarglielo". Such a word is known when the
 * verb's form without the pronouns is, and (`accents`, Spanish) when it carries the written
 * accent that the form's stress asks for once the pronouns join it: "dar" + "selo" is
 * "dárselo" (stressed on the third syllable from the end), "dar" + "lo" is "darlo",
 * "cuenta" + "me" is "cuéntame"; "dárselp", "darselo" and "procesandolos" are not known.
 *
 * @example
 *   joinedToVerb(es.enclitics, speller, 'explicárnoslo') === true   // "explicar" + "nos" + "lo"
 *   joinedToVerb(es.enclitics, speller, 'explicarnoslo') === false  // the accent is missing
 */
import type { LanguageProfile } from '../languages/types.js';

type Enclitics = NonNullable<LanguageProfile['enclitics']>;

/** A vowel, with its accents and the diaeresis. */
const VOWEL = /[aeiouáéíóúü]/u;
/** A strong vowel: with another strong one it makes two syllables ("le-er"). */
const STRONG = /[aeoáéó]/u;
/** A weak vowel written with an accent: a syllable of its own beside any other ("re-ír", "rí-e"). */
const ACCENTED_WEAK = /[íú]/u;
const ACCENTED = /[áéíóú]/u;
const ACCENT_OF: Readonly<Record<string, string>> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/** The word without its written accents (the diaeresis kept). */
function plain(word: string): string {
  return word.replace(/[áéíóú]/gu, (c) => c.normalize('NFD')[0]);
}

/**
 * The syllables' vowels of a word in small letters (Spanish rules): for each syllable, the
 * indices of its vowel letters. Two strong vowels, or a weak one with an accent beside any,
 * are two syllables; a weak one beside another vowel is one ("cuen-ta", "ac-tua-li-za"). The u
 * of "que", "qui", "gue", "gui" is silent.
 */
function syllables(word: string): number[][] {
  const out: number[][] = [];
  let previous = -2;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (!VOWEL.test(c)) continue;
    if (c === 'u' && i > 0 && /[qg]/u.test(word[i - 1]) && /[eéiíì]/u.test(word[i + 1] ?? '')) continue;
    const before = previous === i - 1 ? word[previous] : undefined;
    const hiatus = before === undefined || (STRONG.test(before) && STRONG.test(c)) || ACCENTED_WEAK.test(before) || ACCENTED_WEAK.test(c);
    if (hiatus) out.push([i]);
    else out[out.length - 1].push(i);
    previous = i;
  }
  return out;
}

/**
 * The index of the stressed vowel of a word in small letters: the one with a written accent,
 * else in the last syllable but one where the word ends in a vowel, n or s, else in the last;
 * in a syllable of two vowels or three, the strong one, or the second weak one ("cui").
 */
function stressed(word: string): number | undefined {
  const accent = ACCENTED.exec(word);
  if (accent) return accent.index;
  const s = syllables(word);
  if (s.length === 0) return undefined;
  const syllable = s[/[aeiouns]$/u.test(word) && s.length > 1 ? s.length - 2 : s.length - 1];
  return syllable.find((i) => STRONG.test(word[i])) ?? syllable[syllable.length - 1];
}

/**
 * The word `letters` (in small letters, no accents) as written with its stress on the vowel at
 * `stress`: with an accent where the stress is not where the word's ending puts it, or where
 * it is on a weak vowel beside a strong one ("reírse", "divertíos").
 */
function written(letters: string, stress: number): string {
  // (Never on a ü: "pingüino" is stressed on its i.)
  if (!(letters[stress] in ACCENT_OF)) return letters;
  const accented = letters.slice(0, stress) + ACCENT_OF[letters[stress]] + letters.slice(stress + 1);
  const c = letters[stress];
  if ((c === 'i' || c === 'u') && (STRONG.test(letters[stress - 1] ?? '') || STRONG.test(letters[stress + 1] ?? ''))) return accented;
  const s = syllables(letters);
  const at = s.findIndex((syllable) => syllable.includes(stress));
  const natural = /[aeiouns]$/u.test(letters) && s.length > 1 ? s.length - 2 : s.length - 1;
  return at === natural ? letters : accented;
}

/**
 * Whether `word` is a verb's form that `speller` knows with pronouns joined onto it, as the
 * profile's `enclitics` describe them. A capital at the start is taken for a sentence's; a word
 * with another capital is none.
 */
export function joinedToVerb(enclitics: Enclitics, speller: { correct(w: string): boolean }, word: string): boolean {
  if (!/^\p{L}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (const pronouns of enclitics.pronouns) {
    if (lower.length - pronouns.length < 2 || !lower.endsWith(pronouns)) continue;
    const rest = lower.slice(0, -pronouns.length);
    // The verb's form as the dictionary writes it: the word's part, or with the letters it
    // drops before the pronouns ("digámo|selo" of "digamos", "senta|os" of "sentad", Italian
    // "dir|lo" of "dire").
    const split = `${rest}|${pronouns}`;
    const restored = enclitics.restore.flatMap(([where, letters]) => (where.test(split) ? [letters] : []));
    for (const dropped of ['', ...restored]) {
      for (const form of enclitics.accents ? [rest + dropped, plain(rest) + dropped] : [rest + dropped]) {
        // (A bare form is one of `hosts`; a restored one is what its pattern names.)
        if ((dropped === '' && !enclitics.hosts.test(form)) || !speller.correct(form)) continue;
        if (!enclitics.accents) {
          if (!ACCENTED.test(rest)) return true;
          continue;
        }
        // The word as the stress of the form asks it to be written.
        const stress = stressed(form);
        if (stress !== undefined && stress < rest.length && written(plain(lower), stress) === lower) return true;
      }
    }
  }
  return false;
}
