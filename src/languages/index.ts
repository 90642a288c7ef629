import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { iso6393To2B } from 'iso-639-3/iso6393-to-2b.js';
import type { LanguageProfile } from './types.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { nl } from './nl.js';

export type { LanguageProfile } from './types.js';

/**
 * The profiles with one shape: every field any profile has, in one order (undefined where a
 * profile has none), frozen. The checks read `ctx.profile.…` in their inner loops for whatever
 * language a paragraph is in; profiles of five shapes made V8 throw away the optimized code of
 * each such check when the first paragraph in another language came ("wrong map") and compile
 * it again. (Regional copies, `regionalProfile`, keep the shape: a spread copies the fields in
 * their order.)
 */
function sameShape(profiles: readonly LanguageProfile[]): LanguageProfile[] {
  const keys = [...new Set(profiles.flatMap((p) => Object.keys(p)))].sort();
  return profiles.map((p) => {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = (p as unknown as Record<string, unknown>)[k];
    return Object.freeze(out) as unknown as LanguageProfile;
  });
}

/** The languages Lektor has profiles for. A new language is a new file plus one line here. */
export const PROFILES: readonly LanguageProfile[] = sameShape([de, en, fr, es, it, pt, nl]);

// A profile's scripts are checked as it loads: one that `\p{Script=…}` does not know fails here, named.
for (const p of PROFILES) {
  if (p.scripts.length === 0) throw new Error(`Language profile ${p.code}: no scripts (ISO 15924 codes: Latn, Cyrl, Grek…)`);
  for (const s of p.scripts) {
    try {
      new RegExp(`\\p{Script=${s}}`, 'u');
    } catch {
      throw new Error(`Language profile ${p.code}: unknown script "${s}" (an ISO 15924 code: Latn, Cyrl, Grek…)`);
    }
  }
}

// Its idioms and loan phrases too: words in small letters, a space between (three words or more
// for an idiom, two for a loan phrase), as the untranslated-word check matches them.
for (const p of PROFILES) checkPhrases(p);
/** Throws, naming the profile and the phrase, where an idiom or a loan phrase is not as `phraseSpans` matches them. */
export function checkPhrases(p: LanguageProfile): void {
  for (const idiom of p.idioms ?? []) checkPhrase(p, 'idiom', idiom, 3);
  for (const phrase of p.loanPhrases?.keys() ?? []) checkPhrase(p, 'loan phrase', phrase, 2);
}
function checkPhrase(p: LanguageProfile, kind: string, phrase: string, least: number): void {
  if (!/^\p{Ll}+(?: \p{Ll}+)+$/u.test(phrase) || phrase.split(' ').length < least) {
    throw new Error(`Language profile ${p.code}: ${kind} "${phrase}" is no phrase of ${least} words or more in small letters, a space between`);
  }
}

// A language a profile borrows from (`borrowsFrom`) is another profile's, named by its code.
for (const p of PROFILES) {
  for (const code of p.borrowsFrom ?? []) {
    if (code === p.code || !PROFILES.some((q) => q.code === code)) throw new Error(`Language profile ${p.code}: borrowsFrom "${code}" is no other profile's code (${PROFILES.map((q) => q.code).join(', ')})`);
  }
}

const byCode = new Map<string, LanguageProfile>();
for (const p of PROFILES) {
  byCode.set(p.code, p);
  byCode.set(p.franc, p);
}

/** The profile for an ISO 639-1 or 639-3 code or a tag of one ("de", "DE", "deu", "de-DE"), or undefined when Lektor has none. */
export function profileFor(code: string): LanguageProfile | undefined {
  const lower = code.trim().toLowerCase();
  return byCode.get(lower) ?? byCode.get(lower.split(/[-_]/)[0]);
}

export const SUPPORTED_LANGUAGES = PROFILES.map((p) => p.code);

/**
 * The words a list of the profiles holds in any language (`wordsOfAll((p) => p.pronouns)`), for
 * a check that knows every language's words whatever the text's: a sentence run into the next
 * ("fled.It", "grave.Es"), a street abroad ("Piazza 4 Novembre" in French), an old name given
 * in another language. A language adds its words in its profile and such a check reads them.
 */
export function wordsOfAll(list: (profile: LanguageProfile) => Iterable<string> | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of PROFILES) for (const w of list(p) ?? []) out.add(w);
  return out;
}

/**
 * Words that name a street or a square, in every language (the profiles' `streetWords`): a
 * street abroad keeps its own language's name ("via Principe Amedeo" in a German text).
 */
export const STREET_WORDS: ReadonlySet<string> = wordsOfAll((p) => p.streetWords);

/** The quotation pairs of a profile's styles: its primary and secondary marks and the alternatives it accepts. */
export function quotePairs(profile: LanguageProfile): ReadonlyArray<readonly [string, string]> {
  return [profile.quotes.primary, profile.quotes.secondary, ...(profile.quotes.alternatives ?? [])];
}

const oneSidedMarks = new WeakMap<LanguageProfile, { opening: ReadonlySet<string>; closing: ReadonlySet<string> }>();

/**
 * The marks that only open, and those that only close, a quotation in the profile's styles
 * (German „ and », French « ; German “ and «, French »), never the straight " or ': a mark that
 * opens one pair and closes another (Swiss German's », which Germany opens with) is in neither.
 */
export function oneSidedQuoteMarks(profile: LanguageProfile): { opening: ReadonlySet<string>; closing: ReadonlySet<string> } {
  let marks = oneSidedMarks.get(profile);
  if (!marks) {
    const pairs = quotePairs(profile);
    const openers = new Set(pairs.map((p) => p[0]));
    const closers = new Set(pairs.map((p) => p[1]));
    const plain = (m: string) => m !== '"' && m !== "'";
    marks = {
      opening: new Set([...openers].filter((o) => !closers.has(o) && plain(o))),
      closing: new Set([...closers].filter((c) => !openers.has(c) && plain(c))),
    };
    oneSidedMarks.set(profile, marks);
  }
  return marks;
}

/** A language with the region whose dictionary to use (none: the profile's own `dictionary`). */
export interface Locale {
  /** The profile's code ("de"). */
  language: string;
  /** A region of the profile's `regions` ("CH"), or undefined. */
  region?: string;
}

/**
 * A locale tag as Lektor reads it: "de-CH", "de_ch" or "en-GB" name a regional dictionary;
 * "de", "DE", "deu", "de-DE" or "en-US" the language's own. Throws a RangeError (naming the
 * choices) for a language without a profile, and, when `strict`, for a region it has no
 * dictionary for ("de-LI", "fr-CA"); otherwise such a region gets the language's own.
 */
export function parseLocale(tag: string, strict = true): Locale {
  const profile = profileFor(tag);
  if (!profile) throw new RangeError(`"${tag}" is no language Lektor has rules for (${SUPPORTED_LANGUAGES.join(', ')})`);
  const region = otherRegion(tag, profile);
  if (region !== undefined && profile.regions?.[region] !== undefined) return { language: profile.code, region };
  if (strict && region !== undefined) {
    const choices = Object.keys(profile.regions ?? {}).map((r) => `${profile.code}-${r}`);
    throw new RangeError(`Lektor has no dictionary for "${tag}" (it has ${[profile.code, ...choices].join(', ')})`);
  }
  return { language: profile.code };
}

/**
 * The region a tag names ("CH" of "de-CH", "LI" of "de_li") other than the language's own
 * (DE for German; the profile's `region`, US, for English), or undefined.
 */
export function otherRegion(tag: string, profile: LanguageProfile): string | undefined {
  const parts = tag.trim().split(/[-_]/);
  const region = parts.length > 1 ? parts[parts.length - 1].toUpperCase() : undefined;
  return region === (profile.region ?? profile.code.toUpperCase()) ? undefined : region;
}

/** The tag of a locale ("de-CH", or "de" for the language's own dictionary). */
export function localeTag(locale: Locale): string {
  return locale.region ? `${locale.language}-${locale.region}` : locale.language;
}

const regional = new Map<string, LanguageProfile>();

/**
 * A language's profile as a region writes it: the profile itself, or a copy with the
 * region's own typography (`regionalQuotes`: Swiss German «…») and numbers
 * (`regionalNumbers`: Swiss German 1’000 and 81.50).
 */
export function regionalProfile(profile: LanguageProfile, region: string | undefined): LanguageProfile {
  const quotes = region === undefined ? undefined : profile.regionalQuotes?.[region];
  const numbers = region === undefined ? undefined : profile.regionalNumbers?.[region];
  if (!quotes && !numbers) return profile;
  const key = `${profile.code}-${region}`;
  let p = regional.get(key);
  if (!p) {
    p = Object.freeze({
      ...profile,
      ...(quotes ? { quotes } : {}),
      ...(numbers && profile.numbers ? { numbers: Object.freeze({ ...profile.numbers, ...numbers }) } : {}),
    });
    regional.set(key, p);
  }
  return p;
}

/**
 * The code Lektor names a language by: its profile's code when it has one ("deu", "DE-de" →
 * "de"), else the ISO 639-1 code when the language has one (franc's "ita" → "it"), else the
 * code as given in lower case ("sco"). Documents, glossary entries and options all name
 * languages so, whichever code a person or franc wrote: an Italian glossary entry written
 * "it" applies to a document franc reads as "ita".
 */
export function languageCode(code: string): string {
  const profile = profileFor(code);
  if (profile) return profile.code;
  const lower = code.trim().toLowerCase();
  let base = lower.split(/[-_]/)[0];
  // A bibliographic code ("ger", "fre", "chi"): its terminology code first.
  base = bibliographic().get(base) ?? base;
  const to1 = iso6393To1 as Record<string, string | undefined>;
  return to1[base] ?? MACROLANGUAGE_MEMBERS[base] ?? base;
}

/**
 * Languages franc names by a member of a macrolanguage ("ekk", Standard Estonian; "arb",
 * Standard Arabic), whose ISO 639-1 code is the macrolanguage's ("et", "ar"): the code people
 * write. (The iso-639-3 tables have no 639-1 code for the members.)
 */
const MACROLANGUAGE_MEMBERS: Readonly<Record<string, string>> = {
  arb: 'ar', azj: 'az', ayr: 'ay', ckb: 'ku', cmn: 'zh', ekk: 'et', fuf: 'ff', fuv: 'ff', khk: 'mn', kmr: 'ku', knc: 'kr', kng: 'kg',
  lvs: 'lv', npi: 'ne', pbu: 'ps', pes: 'fa', plt: 'mg', prs: 'fa', quy: 'qu', quz: 'qu', qug: 'qu', src: 'sc', als: 'sq', swh: 'sw',
  uzn: 'uz', ydd: 'yi', zlm: 'ms', zsm: 'ms',
};

let bibliographicCodes: Map<string, string> | undefined;
/** ISO 639-2/B codes that differ from the 639-3 ones ("ger" → "deu"). */
function bibliographic(): Map<string, string> {
  if (!bibliographicCodes) {
    bibliographicCodes = new Map();
    for (const [terminology, b] of Object.entries(iso6393To2B as Record<string, string>)) if (b !== terminology) bibliographicCodes.set(b, terminology);
  }
  return bibliographicCodes;
}

/**
 * Whether `written` (a word, or words separated by spaces) is one of the profile's
 * `computingLoanwords`, in small letters as they are listed, or its plural where the language
 * gives them one ("scripts").
 */
export function isComputingLoanword(profile: LanguageProfile | undefined, written: string): boolean {
  const loans = profile?.computingLoanwords;
  if (!loans || written !== written.toLowerCase()) return false;
  const phrase = written.replace(/\s+/gu, ' ');
  return loans.terms.has(phrase) || (loans.plural !== undefined && phrase.endsWith(loans.plural) && loans.terms.has(phrase.slice(0, -loans.plural.length)));
}
