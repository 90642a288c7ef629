/**
 * Which region's spelling a document is written in, when no locale was chosen: a Swiss
 * article writes "Strasse" and "heisst" and never "ß", a British one "colour" and
 * "organise", an Austrian one "Jänner". Without this, each of those words was a spelling
 * warning under the national dictionary.
 *
 * Read from the first `SAMPLE_CHARS` characters, in two steps, so that a document in the
 * national spelling costs a few look-ups:
 *
 *  1. With the national dictionary only: the words that may be a region's spelling (its
 *     `regionHints`) and that the national dictionary rejects (for Swiss German: and knows
 *     with ß, "Strasse" but not "Odyssey"). A region is a candidate with
 *     two such words or more, more than twice as many as the words it never writes (Swiss
 *     German: any with ß).
 *  2. Each candidate's dictionary is loaded. Evidence is any word of the sample it accepts
 *     and the national one rejects ("Velo" for Swiss German, "bushfires" for Australian
 *     English, besides the hinted words). Counted against it are the words it never writes
 *     and the words the national dictionary accepts and it rejects (British "organize"
 *     rules out en-GB for a Canadian text). The region with the most evidence net of that
 *     wins, when it has two words of evidence or more and more than twice its count against
 *     (the region's typography counts too, one each: Swiss «Zitat» and 20’000, see `typography`);
 *     a tie goes to the region listed first (en-GB before en-AU, which spell nearly alike).
 *     A sample whose lower-case words are mostly unknown to both is not in the language at
 *     all (an English source before its German translation, read with `--lang de`).
 *
 * What a word says is weighed by where it stands. A misspelling is rejected by every
 * dictionary, so it tells nothing. Names tell nothing either: in a language that
 * capitalizes only names (English), capitalized words are not read ("Labour Party",
 * "Ministry of Defence", "Labor" in an American text); in one that capitalizes nouns
 * (German), a capitalized word is not read when it follows a name or noun ("Anna Weiss",
 * "Investor Michael Kloss"), when the region also knows it in lower case (an adjective as a
 * surname: "Weiss", "Gross"), or when it is a glossary term; and capitalized words with ss
 * alone must be three, not two (Swiss place names: "das Grossmünster und das Weisshorn"). Nor are
 * words inside web or e-mail addresses ("…/heisse-tage.html").
 */
import type { Resources } from '../core/resources.js';
import type { Speller } from '../spell/hunspell.js';
import { profileFor, type LanguageProfile } from '../languages/index.js';
import type { RegionHint } from '../languages/types.js';

/** How much of a document is read: regional spellings are everywhere in a text written so. */
export const SAMPLE_CHARS = 30_000;
/** Evidence words a region needs. */
const MIN_EVIDENCE = 2;
/** Share of the sample's lower-case words unknown to both dictionaries above which it is no text of the language. */
const MAX_FOREIGN = 0.3;
/** Words of evidence reported (the result's `localeEvidence`). */
const SHOWN = 5;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;
/** A run of text without spaces that is an address, not prose ("https://x.de/heisse-tage", "a@b.ch"). */
const ADDRESS = /[/@_\\]|www\.|\.(?:html?|php|aspx?)\b/i;

export interface DetectedRegion {
  /** A region of the language's profile ("CH"). */
  region: string;
  /** Words the region's dictionary accepts and the national one rejects, as written, first ones first. */
  evidence: string[];
}

/** One word of the sample where it stands. */
interface Occurrence {
  word: string;
  start: number;
  end: number;
}

/** The occurrences a hint names: the matches of a global regular expression, or the words around each occurrence of a string. */
function hinted(text: string, spec: RegionHint['words']): Occurrence[] {
  const out: Occurrence[] = [];
  if (spec instanceof RegExp) {
    for (const m of text.matchAll(spec)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  for (const literal of typeof spec === 'string' ? [spec] : spec) {
    for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
      let start = i;
      while (start > 0 && LETTER.test(text[start - 1])) start--;
      let end = i + literal.length;
      while (end < text.length && LETTER.test(text[end])) end++;
      out.push({ word: text.slice(start, end), start, end });
      i = end - 1;
    }
  }
  return out;
}

/**
 * Whether the run of non-space text around `[start, end)` is a web or e-mail address (looked
 * at up to 200 characters each side: a run of 30,000 without a space would otherwise be read
 * once per word in it).
 */
function inAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 200 && !/\s/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !/\s/.test(text[b])) b++;
  return ADDRESS.test(text.slice(a, b));
}

/** The word before `start` on its line, when only spaces stand between ("Anna" before "Weiss"). */
function previousWord(text: string, start: number): string | undefined {
  let e = start;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0')) e--;
  if (e === start) return undefined;
  let s = e;
  while (s > 0 && LETTER.test(text[s - 1])) s--;
  return s < e ? text.slice(s, e) : undefined;
}

/**
 * The sample's words that can tell a region, distinct, in order: what a name or an address
 * holds is left out (see the module's comment). `lower` asks the region's verdict on a
 * capitalized word in lower case (undefined: the national dictionary's).
 */
function telling(
  profile: LanguageProfile,
  national: Speller,
  terms: ReadonlySet<string>,
  text: string,
  occurrences: Iterable<Occurrence>,
  nouns?: Set<string>,
): string[] {
  const out = new Set<string>();
  const names = profile.capitalizesNouns;
  for (const { word, start, end } of occurrences) {
    if (terms.has(word) || inAddress(text, start, end)) continue;
    if (UPPER.test(word)) {
      if (!names) continue;
      const before = previousWord(text, start);
      if (before !== undefined && UPPER.test(before) && !national.correct(before.toLowerCase())) continue;
      // After an article it is a noun ("das Mass", "die Grüsse"), whatever else it could be.
      if (nouns && before !== undefined && profile.articles?.has(before.toLowerCase())) nouns.add(word);
    }
    out.add(word);
  }
  return [...out];
}

/**
 * The region's own typography in the sample, as evidence beside its words: a quotation in its
 * marks written as it writes them (Swiss «Zitat»: no space inside), and a number grouped with
 * its thousands separator where the language's is another (Swiss 20’000). At most one of each.
 */
function typography(profile: LanguageProfile, region: string, sample: string): string[] {
  const out: string[] = [];
  const quotes = profile.regionalQuotes?.[region];
  if (quotes && quotes.primary[0] !== profile.quotes.primary[0]) {
    const [open, close] = quotes.primary;
    const at = sample.indexOf(open);
    if (at >= 0) {
      const end = sample.indexOf(close, at + 1);
      const inner = end > at + 1 ? sample.slice(at + 1, end) : '';
      if (inner !== '' && inner.length <= 1000 && !inner.includes('\n') && !/^\s|\s$/u.test(inner)) out.push(`${open}…${close}`);
    }
  }
  const group = profile.regionalNumbers?.[region]?.group;
  // (The region's own first separator: German numbers may be written with ’ too, Swiss ones are.)
  if (group?.startsWith('’') && !profile.numbers?.group?.startsWith('’')) {
    const m = /(?<![\d’])\d{1,3}(?:’\d{3})+(?![\d’])/u.exec(sample);
    if (m) out.push(m[0]);
  }
  return out;
}

/**
 * The region whose spelling the document's text is written in, or undefined for the
 * national spelling (or when the language has no regions). `resources` must have the
 * national dictionary of `language` loaded; the regions' are loaded as needed.
 */
export async function detectRegion(resources: Resources, language: string, texts: readonly string[]): Promise<DetectedRegion | undefined> {
  const profile = profileFor(language);
  const hints = profile?.regionHints;
  const national = resources.speller(language);
  if (!profile || !hints || !national) return undefined;
  let sample = '';
  for (const t of texts) {
    sample += t + '\n';
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (sample.length > SAMPLE_CHARS) sample = sample.slice(0, SAMPLE_CHARS);
  const terms = resources.glossary.matcher(language).termWords;

  // Step 1: the national dictionary only.
  const candidates: Array<{ region: string; never: string[]; names?: RegExp }> = [];
  for (const region of Object.keys(profile.regions ?? {})) {
    const hint = hints[region];
    if (!hint) continue;
    // (Where the region writes ss for ß, only a word known with ß is one written so: not "Odyssey".)
    const ss = profile.ssForSharpS?.includes(region) ?? false;
    const evidence = [
      ...telling(profile, national, terms, sample, hinted(sample, hint.words)).filter((w) => !hint.names?.test(w) && !national.correct(w) && (!ss || national.sharpSForm(w))),
      ...typography(profile, region, sample),
    ];
    if (evidence.length < MIN_EVIDENCE) continue;
    // (A name with ß says nothing either: "Franz Josef Strauß" in a Swiss text.)
    const never = hint.never ? telling(profile, national, terms, sample, hinted(sample, hint.never)) : [];
    if (evidence.length > 2 * never.length) candidates.push({ region, never, names: hint.names });
  }
  if (candidates.length === 0) return undefined;

  // Step 2: each candidate's own dictionary, over every word of the sample.
  const occurrences: Occurrence[] = [];
  for (const m of sample.matchAll(WORD)) occurrences.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  const nouns = new Set<string>();
  const words = telling(profile, national, terms, sample, occurrences, nouns);
  const nationally = new Map(words.map((w) => [w, national.correct(w)] as const));
  let best: { region: string; evidence: string[]; score: number } | undefined;
  for (const { region, never, names } of candidates) {
    const view = resources.withRegions({ [profile.code]: region });
    await view.ensureLanguages([profile.code]);
    const speller = view.speller(profile.code);
    if (!speller) continue;
    const evidence: string[] = typography(profile, region, sample);
    const against = new Set(never);
    let lower = 0;
    let foreign = 0;
    for (const w of words) {
      const here = nationally.get(w)!;
      const there = speller.correct(w);
      if (!here && there) {
        if (names?.test(w)) continue;
        // An adjective or verb written as a surname ("Weiss", "Gross"): the region knows it in
        // lower case, and it never follows an article ("das Mass" is a noun).
        if (profile.capitalizesNouns && UPPER.test(w) && !nouns.has(w) && speller.correct(w.toLowerCase())) continue;
        evidence.push(w);
      } else if (here && !there) against.add(w);
      if (!UPPER.test(w)) {
        lower++;
        if (!here && !there) foreign++;
      }
    }
    if (lower > 0 && foreign / lower > MAX_FOREIGN) continue;
    const score = evidence.length - against.size;
    // Capitalized words with ss alone may all be Swiss names, which a newsroom anywhere writes
    // as the place does ("das Grossmünster und das Weisshorn" in a German text): one more is
    // needed. (Not so Austrian words: "Jänner" is no name.)
    const ss = profile.ssForSharpS?.includes(region) ?? false;
    const needed = ss && profile.capitalizesNouns && evidence.every((w) => UPPER.test(w)) ? MIN_EVIDENCE + 1 : MIN_EVIDENCE;
    if (evidence.length >= needed && evidence.length > 2 * against.size && (best === undefined || score > best.score)) {
      best = { region, evidence, score };
    }
  }
  return best && { region: best.region, evidence: best.evidence.slice(0, SHOWN) };
}
