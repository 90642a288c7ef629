/**
 * Quotations written in English in a paragraph of another language («We are fighting for our
 * parents», quoted as said in a French article): their words are English, not misspellings of
 * the paragraph's language nor words left untranslated one by one.
 */
import type { RuleContext } from './rule.js';

export interface ForeignQuotation {
  /** Block-text offsets of the quotation, its marks included. */
  start: number;
  end: number;
  /** The language whose dictionary knows its words. */
  language: string;
}

/**
 * A quotation on one line, up to 400 characters: in double marks (an apostrophe inside, "it’s",
 * is no mark), or in single ones, which an apostrophe after it does not close ("‘okay’, but
 * … that’" is the quotation "‘okay’" only), or in Japanese corner brackets, 「…」 and 『…』 (Chinese
 * as Taiwan and Hong Kong writes it), each closed by its own.
 */
const QUOTATION = /[„“”"«»][^„“”"«»\n]{0,400}[“”"»«]|[‹›‚‘][^„“”"«»‹›‚‘’\n]{0,400}[›‹‘’]|「[^」\n]{0,400}」|『[^』\n]{0,400}』/gu;
/** The language a quotation may be told to be in: English, the commonest quoted as said. */
const QUOTED_LANGUAGE = 'en';
/** Fewest words for a quotation's language to be told by its words. */
const MIN_WORDS = 3;

/** A mark that opens a quotation (most blocks have none: no expression is run for them). */
const QUOTATION_MARK = /[„“”"«‹»›‚‘「『]/u;

const cache = new WeakMap<RuleContext['block'], { language: string; quotations: ForeignQuotation[]; others: Array<readonly [number, number]> }>();

/**
 * The block's quotations in English, in a paragraph of another language: three words or more,
 * at most half of them known to the paragraph's dictionary, three in four or more to English's.
 */
export function foreignQuotations(ctx: RuleContext): readonly ForeignQuotation[] {
  return quotationsOf(ctx).quotations;
}

/** The block's quotations read once: those in English (`foreignQuotations`), and all those not in the paragraph's language (`inOtherLanguageQuotation`). */
function quotationsOf(ctx: RuleContext): { quotations: readonly ForeignQuotation[]; others: ReadonlyArray<readonly [number, number]> } {
  const hit = cache.get(ctx.block);
  if (hit && hit.language === ctx.language) return hit;
  const quotations: ForeignQuotation[] = [];
  const notOwn: Array<readonly [number, number]> = [];
  const own = ctx.doc.resources.speller(ctx.language);
  if (own && QUOTATION_MARK.test(ctx.text)) {
    // English only: it is loaded with every other language (`ensureLanguages`), so the same
    // text gives the same findings whatever else a batch loaded before it.
    const others = [QUOTED_LANGUAGE]
      .filter((code) => code !== ctx.language && code !== ctx.language.split('-')[0])
      .flatMap((code) => {
        const speller = ctx.doc.resources.speller(code);
        return speller ? [{ code, speller }] : [];
      });
    let k = 0;
    for (const m of ctx.text.matchAll(QUOTATION)) {
      const start = m.index;
      const end = start + m[0].length;
      while (k < ctx.words.length && ctx.words[k].start < start) k++;
      const words: string[] = [];
      for (let j = k; j < ctx.words.length && ctx.words[j].end <= end; j++) if (ctx.words[j].alpha && !ctx.words[j].opaque) words.push(ctx.words[j].value);
      if (words.length < MIN_WORDS) continue;
      const share = (speller: { correct(w: string): boolean }) => words.filter((w) => speller.correct(w) || speller.correct(w.toLowerCase())).length / words.length;
      if (share(own) > 0.5) continue;
      notOwn.push([start, end]);
      let best: { code: string; share: number } | undefined;
      for (const { code, speller } of others) {
        const s = share(speller);
        if (s >= 0.75 && (!best || s > best.share)) best = { code, share: s };
      }
      if (best) quotations.push({ start, end, language: best.code });
    }
  }
  const entry = { language: ctx.language, quotations, others: notOwn };
  cache.set(ctx.block, entry);
  return entry;
}

/**
 * Whether `[start, end)` is inside a quotation of three words or more, at most half of them
 * known to the paragraph's dictionary: in another language, whichever ("„En 2005 mi padre me
 * llevó a Madrid“" in a German article, whose "2005 mi" is no distance).
 */
export function inOtherLanguageQuotation(ctx: RuleContext, start: number, end: number): boolean {
  for (const [s, e] of quotationsOf(ctx).others) if (start >= s && end <= e) return true;
  return false;
}

/** The foreign quotation that holds `[start, end)`, if any. */
export function inForeignQuotation(ctx: RuleContext, start: number, end: number): ForeignQuotation | undefined {
  for (const q of foreignQuotations(ctx)) if (start >= q.start && end <= q.end) return q;
  return undefined;
}

/** A short quotation on one line: a title's marks ("Live in 1969", „March 5“). */
const SHORT_QUOTATION = /[„“”"«‹»›‚‘][^„“”"«»‹›\n]{0,80}[“”"»«›‹‘’]|「[^」\n]{0,80}」|『[^』\n]{0,80}』/gu;
/** Most words of a quotation taken for a title. */
const TITLE_WORDS = 6;

const titleCache = new WeakMap<RuleContext['block'], ReadonlyArray<readonly [number, number]>>();

/**
 * The block's short quotations of six words at most, titles ("Live in 1969"), as block offsets
 * of their marks (the opening mark's, and the closing mark's end), in order. Found once per
 * block, not once per question (a long paragraph of dates asked for each).
 */
export function shortQuotations(ctx: RuleContext): ReadonlyArray<readonly [number, number]> {
  let titles = titleCache.get(ctx.block);
  if (!titles) {
    const found: Array<readonly [number, number]> = [];
    // (Most blocks have no quotation mark: no expression is run for them.)
    if (QUOTATION_MARK.test(ctx.text)) for (const m of ctx.text.matchAll(SHORT_QUOTATION)) if (m[0].split(/\s+/).length <= TITLE_WORDS) found.push([m.index, m.index + m[0].length]);
    titleCache.set(ctx.block, (titles = found));
  }
  return titles;
}

/** Whether `[start, end)` is inside a short quotation of six words at most, a title ("Live in 1969"; see `shortQuotations`). */
export function inTitle(ctx: RuleContext, start: number, end: number): boolean {
  for (const [s, e] of shortQuotations(ctx)) if (s <= start && e >= end) return true;
  return false;
}
