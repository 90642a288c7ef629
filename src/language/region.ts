/**
 * Which region's spelling a document is written in, when no locale was chosen: a Swiss
 * article writes "Strasse" and "heisst" and never "ß", a British one "colour" and
 * "organise", an Austrian one "Jänner". Without this, each of those words was a spelling
 * warning under the national dictionary.
 *
 * Told in two steps, so that a document in the national spelling costs a few look-ups:
 *
 *  1. With the national dictionary only, over a sample of the document: the words that may
 *     be a region's spelling (its `regionHints` pattern) and that the national dictionary
 *     rejects. A region is a candidate with two such words or more, more than twice as many
 *     as the words it never writes (Swiss German: any with ß).
 *  2. Each candidate's dictionary is loaded: evidence is a candidate word it accepts, and
 *     counted against it is every word of the sample the national dictionary accepts and the
 *     region's rejects (British "organize" rules out en-GB for a Canadian text) or that it
 *     never writes. The region with the most evidence net of that wins, when it has two
 *     words of evidence or more and more than twice its count against; a tie goes to the
 *     region listed first (en-GB before en-AU, which spell nearly alike).
 *
 * A misspelling is rejected by every dictionary, so it is evidence for none.
 */
import type { Resources } from '../core/resources.js';
import { profileFor } from '../languages/index.js';

/** How much of a document is read: regional spellings are everywhere in a text written so. */
const SAMPLE_CHARS = 30_000;
/** Distinct words counted against a region at most (step 2). */
const SAMPLE_WORDS = 3_000;
/** Evidence words a region needs. */
const MIN_EVIDENCE = 2;
/** Words of evidence reported (the result's `localeEvidence`). */
const SHOWN = 5;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The distinct words of `text` a hint names: the matches of a global regular expression, or
 * the words (letters and marks) around each occurrence of a string.
 */
function hinted(text: string, spec: RegExp | string): string[] {
  if (typeof spec !== 'string') return [...new Set(text.match(spec) ?? [])];
  const out = new Set<string>();
  for (let i = text.indexOf(spec); i >= 0; i = text.indexOf(spec, i + 1)) {
    let start = i;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    let end = i + spec.length;
    while (end < text.length && LETTER.test(text[end])) end++;
    out.add(text.slice(start, end));
    i = end - 1;
  }
  return [...out];
}

export interface DetectedRegion {
  /** A region of the language's profile ("CH"). */
  region: string;
  /** Words the region's dictionary accepts and the national one rejects, as written, first ones first. */
  evidence: string[];
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

  // Step 1: the national dictionary only.
  const candidates: Array<{ region: string; words: string[]; never: string[] }> = [];
  for (const region of Object.keys(profile.regions ?? {})) {
    const hint = hints[region];
    if (!hint) continue;
    const evidence = hinted(sample, hint.words).filter((w) => !national.correct(w));
    if (evidence.length < MIN_EVIDENCE) continue;
    const never = hint.never ? hinted(sample, hint.never) : [];
    if (evidence.length > 2 * never.length) candidates.push({ region, words: evidence, never });
  }
  if (candidates.length === 0) return undefined;

  // Step 2: each candidate's own dictionary.
  const terms = resources.glossary.matcher(language).termWords;
  const known = [...new Set(sample.match(WORD) ?? [])].slice(0, SAMPLE_WORDS).filter((w) => !terms.has(w) && national.correct(w));
  let best: { region: string; evidence: string[]; score: number } | undefined;
  for (const { region, words, never } of candidates) {
    const view = resources.withRegions({ [profile.code]: region });
    await view.ensureLanguages([profile.code]);
    const speller = view.speller(profile.code);
    if (!speller) continue;
    const evidence = words.filter((w) => speller.correct(w));
    // (A glossary term keeps its spelling: "Richard Strauß" says nothing about the region.)
    const against = new Set(never.filter((w) => !terms.has(w)));
    for (const w of known) if (!speller.correct(w)) against.add(w);
    const score = evidence.length - against.size;
    if (evidence.length >= MIN_EVIDENCE && evidence.length > 2 * against.size && (best === undefined || score > best.score)) {
      best = { region, evidence, score };
    }
  }
  return best && { region: best.region, evidence: best.evidence.slice(0, SHOWN) };
}
