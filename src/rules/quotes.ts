/**
 * Quotation marks: double quotes that are not the language's style (straight "…", or
 * another language's curly quotes such as “…” in German or „…“ in English) become the
 * profile's primary pair, or its secondary pair inside another quotation. In French the
 * guillemets also get their inner no-break space (`innerSpace`): an ordinary space there is
 * information (fixed), only the space's kind differs. A region may write its own
 * (`regionalQuotes`: Swiss German «…» for a document spelled de-CH).
 *
 * A document keeps one style: where the language accepts other pairs as they are
 * (`alternatives`: German »…«, Italian and Spanish “…”) and most of the document's correctly
 * written quotations take one of them, the quotations to fix take that one instead, and the
 * quotations nested in them its nested marks (German »…« and ›…‹, Italian “…” and ‘…’); see
 * `documentStyle` for the count. Where the language keeps to one pair (`oneStyle`: German),
 * the quotations in the pairs that lost the count take the winner's too, with the marks nested
 * in them („…‚…‘…“ → »…›…‹…«), and so do those in a region's own marks (Swiss «…» in a text not
 * read as Swiss): as fixes where the paragraph's marks all pair up, otherwise listed for review.
 * Where a region's marks win the count, the document may be written for there: no quotation's
 * style is changed, and each one to fix is listed for review (`review` in `QuotePair`).
 *
 * Marks are paired within a block by what surrounds them (a mark after a space that
 * precedes a word opens, one after a word that precedes a space or punctuation closes),
 * at most two levels deep. Only unambiguous quotations are fixed: those of a stretch of the
 * block that opens and closes every quotation it starts. A stray mark ends nothing before
 * it: a closing mark without an opening one is reported (as information) and the
 * quotations after it are fixed; an opening mark still open at the end of the block (a
 * quotation that goes on in the next paragraph, or a closing mark the translation lost)
 * is reported as information too, and the quotations from it to the block's end are left
 * as they are, since their depth is unknown; but when it is the stretch's only mark and
 * the next paragraph opens with a quotation mark, it is a quotation over paragraphs as news
 * writes them (each paragraph opens with a mark, the last closes): it is written as the
 * language opens one, and nothing is said. A mark whose role its surroundings do not tell
 * (`Das " steht allein`) stops the pairing there. Apostrophes are never touched, nor single
 * quotes outside a quotation (see `innerSingles`), nor a straight quote after a digit (an
 * inch mark, `5"`) or between two letters.
 * German „…“ is right as it is: “ (U+201C) is the German closing quote.
 *
 * `quotePairs` is shared with the quote-period rule, so that both agree on the pairs (and
 * `closingAfterFixes` on the closing mark it writes).
 *
 * @example
 *   in:  'Er nannte es "das größte Unternehmen".'
 *   out: 'Er nannte es „das größte Unternehmen“.'
 */
import { partitionPoint } from '../core/spans.js';
import { blockIndex, defineRule, type RuleContext } from '../core/rule.js';
import { isInner, isVerbatim, type Block } from '../core/document.js';
import { oneSidedQuoteMarks, quotePairs as quotePairsOf, type LanguageProfile } from '../languages/index.js';

/** Double quotation marks this rule pairs and may replace. */
const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»']);
/** Any mark of `DOUBLE`. */
const DOUBLE_MARK = /["“”„‟«»]/;
/** Quote-like characters skipped when reading a mark's surroundings (`‚nein‘“`). */
const QUOTE_LIKE = /["“”„‟«»'‘’‚‛‹›]/u;
/** What may stand before an opening mark. */
// (The placeholder of an inline tag, `<span>"Zitat"</span>`, is a boundary as a space is.)
const BEFORE_OPEN = /[\s([{<\/:–—\uFFFC-]/u;
/** What may follow a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}>\/…–—\uFFFC-]/u;
/** Markdown's emphasis and code marks, passed over where a paragraph's source is read (see `roleOf`). */
const MARKUP = /[*_~`]/u;
/** Horizontal whitespace, including the no-break spaces. */
const HSPACE = /[ \t\u00A0\u202F\u2009]/u;
const NO_BREAK = new Set(['\u00A0', '\u202F']);
const GUILLEMETS = new Set(['«', '»']);
const ALNUM = /[\p{L}\p{N}]/u;

export interface QuoteMark {
  /** Block-text offset of the mark itself. */
  index: number;
  char: string;
  /** The range that `expected` replaces: the mark, plus its inner space where the language wants one. */
  start: number;
  end: number;
  /** What `[start, end)` should read in this language. */
  expected: string;
}

export interface QuotePair {
  /** 0 for a quotation, 1 for one nested inside it. */
  depth: number;
  open: QuoteMark;
  close: QuoteMark;
  /** Whether both marks can be replaced in the source (no markup or escape inside their ranges). */
  fixable: boolean;
  /**
   * Set where the marks `expected` names are only suggested, and the quotation keeps its marks
   * this run: `unpaired`, a quotation in another style than the document's in a paragraph whose
   * marks do not all pair up; `region`, any quotation of a document that quotes as a region does
   * that it is not read as (Swiss «…» in a text not read as de-CH). See `analyse`.
   */
  review?: 'unpaired' | 'region';
  /** Whether the quotation is written in another pair than the document's that the language (or a region) accepts: `expected` changes its style. */
  restyle?: boolean;
}

/** A typewriter quotation, with the quotation written inside it, if any (",,Er las „Die Welt“.''"). */
interface TypewriterPair extends QuotePair {
  inner?: { open: number; close: number };
}

/** A mark that pairs with none: a closing mark without an opening one, or an opening mark never closed. */
export interface StrayMark {
  index: number;
  char: string;
  role: 'open' | 'close';
}

interface Analysis {
  pairs: QuotePair[];
  strays: StrayMark[];
  /**
   * An opening mark left open at the block's end, alone in its stretch, when the next
   * paragraph opens with a quotation mark too: a quotation that goes on over paragraphs, as
   * news writes it (each paragraph opens with a mark, only the last closes). Written as the
   * document opens a quotation (suggested only, `review`, where the document quotes as a region does).
   */
  continued?: QuoteMark & { review?: 'region' };
  /**
   * Quotations written with a typewriter's stand-ins for the low opening mark: two commas
   * (",,Die Zeit''"), closed by two apostrophes, a straight or a curly double mark.
   */
  typewriter: TypewriterPair[];
}

const cache = new WeakMap<Block, { language: string; analysis: Analysis | undefined }>();

function analysisOf(ctx: RuleContext): Analysis | undefined {
  const cached = cache.get(ctx.block);
  if (cached && cached.language === ctx.language) return cached.analysis;
  const analysis = ctx.profile ? analyse(ctx, ctx.profile) : undefined;
  cache.set(ctx.block, { language: ctx.language, analysis });
  return analysis;
}

/**
 * The block's unambiguous double-quote pairs (see above) with the marks the language
 * expects, or undefined when the block's marks are markup (`name = "value"`).
 */
export function quotePairs(ctx: RuleContext): QuotePair[] | undefined {
  return analysisOf(ctx)?.pairs;
}

const edges = new WeakMap<Analysis, { opens: Set<number>; closes: Set<number> }>();

/** The offsets at which the block's quotations open and close, as this rule pairs them (typewriter commas included). */
function edgesOf(ctx: RuleContext): { opens: Set<number>; closes: Set<number> } | undefined {
  const analysis = analysisOf(ctx);
  if (!analysis) return undefined;
  let e = edges.get(analysis);
  if (!e) {
    e = { opens: new Set(), closes: new Set() };
    for (const p of [...analysis.pairs, ...analysis.typewriter]) {
      e.opens.add(p.open.index);
      e.closes.add(p.close.index);
    }
    edges.set(analysis, e);
  }
  return e;
}

/**
 * Whether a quotation opens at `index` of the block as this rule pairs the marks (a mark of
 * another style it rewrites, `:”Flamin` → `:„Flamin`, or typewriter commas, `:,,David`): rules
 * that space punctuation around a quotation read the mark so, as the next run will.
 */
export function opensAt(ctx: RuleContext, index: number): boolean {
  return edgesOf(ctx)?.opens.has(index) ?? false;
}

/** Whether a quotation closes at `index` of the block as this rule pairs the marks (`"Ja",aber`, whose " becomes “). */
export function closesAt(ctx: RuleContext, index: number): boolean {
  return edgesOf(ctx)?.closes.has(index) ?? false;
}

/** What a quotation's closing mark reads after this run's fixes (quote-period writes it so). */
export function closingAfterFixes(text: string, pair: QuotePair): string {
  return pair.review === undefined ? pair.close.expected : text.slice(pair.close.start, pair.close.end);
}

/** The pairs of double marks the language accepts at a quotation's first level: its primary, then its `alternatives`. */
function acceptedPairs(profile: LanguageProfile): ReadonlyArray<readonly [string, string]> {
  return [profile.quotes.primary, ...(profile.quotes.alternatives ?? [])];
}

/** The regions whose own marks differ from the profile's (Swiss «…» for German as Germany writes it), with those marks. */
function regionalPairs(profile: LanguageProfile): Array<readonly [string, readonly [string, string]]> {
  const { primary } = profile.quotes;
  return Object.entries(profile.regionalQuotes ?? {})
    .filter(([, q]) => q.primary[0] !== primary[0] || q.primary[1] !== primary[1])
    .map(([region, q]) => [region, q.primary] as const);
}

/** The marks of a quotation inside one that opens with `outer`: an alternative pair's own (German »…« takes ›…‹), the tertiary inside the secondary (Spanish “…” takes ‘…’), else the secondary. */
function nestedMarks(quotes: LanguageProfile['quotes'], outer: string | undefined): readonly [string, string] {
  const alternative = outer === undefined ? undefined : quotes.alternativeSecondary?.[outer];
  if (alternative) return alternative as readonly [string, string];
  return quotes.tertiary !== undefined && outer === quotes.secondary[0] ? quotes.tertiary : quotes.secondary;
}

/** The region whose own marks (`regionalPairs`) the quotation between `open` and `close` is written in, as the region writes them (Swiss «Zitat»: no space inside). */
function regionWriting(text: string, open: { index: number; char: string }, close: { index: number; char: string }, regions: ReturnType<typeof regionalPairs>): string | undefined {
  for (const [region, [o, c]] of regions) {
    if (open.char !== o || close.char !== c) continue;
    if (!/\s/u.test(text[open.index + 1] ?? '') && !/\s/u.test(text[close.index - 1] ?? '')) return region;
  }
  return undefined;
}

/** Whether the marks of `pair` written at `open` and `close` would be read as opening and closing there (the spaces inside them, which the fix takes out, passed over). */
function readableAs(text: string, open: number, close: number, profile: LanguageProfile, pair: readonly [string, string], markup = false): boolean {
  return roleOf(text, open, profile, { char: pair[0], inside: 'after', markup }) === 'open' && roleOf(text, close, profile, { char: pair[1], inside: 'before', markup }) === 'close';
}

function analyse(ctx: RuleContext, profile: LanguageProfile): Analysis | undefined {
  const { text } = ctx;
  // Most blocks have no double quotation mark at all (and a character-by-character scan
  // of two-byte text makes a string per character).
  // (One character class, not one search per mark: 6 times faster on the benchmark's blocks.)
  const any = DOUBLE_MARK.test(text);
  const opaque = ctx.words.filter((w) => w.opaque);
  const typewriter = text.includes(',,') ? typewriterPairs(ctx, profile, opaque) : [];
  if (!any) return { pairs: [], strays: [], typewriter };
  // (The straight or curly mark that closes a typewriter quotation is no mark of its own.)
  const closers = new Set(typewriter.map((p) => p.close.index));
  const pairing = pairMarks(text, profile, opaque, closers, false);
  if (!pairing) return undefined;
  const { raw, strays, stack, stopped, inchMark } = pairing;
  // A quotation that goes on in the next paragraph: its opening mark alone left open.
  const goesOn = !stopped && stack.length === 1 && raw.length === pairing.settled && inchMark < stack[0].index && nextParagraphOpens(ctx, profile);
  // The stretch still open at the end (or where the pairing stopped): its depths are unknown.
  raw.length = pairing.settled;
  if (!stopped && !goesOn) for (const open of stack.slice(0, 1)) if (inchMark < open.index) strays.push({ index: open.index, char: open.char, role: 'open' });
  // Whether every mark of the block pairs up: only then does a quotation written in another
  // accepted pair than the document's take the document's (elsewhere it is listed for review).
  const clean = !stopped && strays.length === 0 && (stack.length === 0 || goesOn);

  const { quotes } = profile;
  const { primary, innerSpace } = quotes;
  const accepted = acceptedPairs(profile);
  const regions = regionalPairs(profile);
  // The pair a quotation not written in the document's style takes (see `documentStyle`), and
  // the region it quotes as, if it does so more than in any pair the language accepts.
  const documentQuotes = documentStyle(ctx, profile);
  const keptStraight = quotes.straightKept === true && straightHouseStyle(documentQuotes, profile);
  const style = documentQuotes.pair;
  const region = documentQuotes.region;
  const isAccepted = (o: string, c: string) => accepted.some(([a, b]) => a === o && b === c);
  let continued: Analysis['continued'];
  if (goesOn) {
    const open = stack[0];
    // (Where the document quotes as a region does, a mark the language or the region accepts stays.)
    const keep = region !== undefined && (accepted.some(([a]) => a === open.char) || regions.some(([, [a]]) => a === open.char));
    const o = keep ? open.char : style[0];
    const mark = innerSpace !== undefined && o === primary[0] ? openWithSpace(text, open.index, o, innerSpace) : HSPACE.test(text[open.index + 1] ?? '') ? openWithSpace(text, open.index, o, '', true) : { ...open, start: open.index, end: open.index + 1, expected: o };
    if (isVerbatim(ctx.block, mark.start, mark.end)) continued = region === undefined ? mark : { ...mark, review: 'region' };
  }
  // A quotation inside a typewriter one (",,Er las „Die Welt“.''") is nested in it. The typewriter
  // marks are written only where that quotation is one of the block's pairs, and the typewriter
  // quotation is inside no other (a third level, which the pairing does not read).
  // (The quotations of each level by where they open: those of a level never overlap, so the one
  // around a span is the last to open before it. Searched, not scanned: 10,000 typewriter
  // quotations in a paragraph took minutes.)
  const levels = [0, 1].map((d) => raw.filter((r) => r.depth === d).sort((a, b) => a.open.index - b.open.index));
  const around = (start: number, end: number, level: number): RawPair | undefined => {
    const list = levels[level];
    const r = list[partitionPoint(list, (p) => p.open.index < start) - 1];
    return r !== undefined && end < r.close.index ? r : undefined;
  };
  const typewriterOf = new Map<number, TypewriterPair>();
  for (const tw of typewriter) {
    const { inner } = tw;
    if (!inner || !tw.fixable) continue;
    const first = levels[0][partitionPoint(levels[0], (p) => p.open.index < inner.open)];
    const paired = first !== undefined && first.open.index === inner.open && first.close.index === inner.close;
    if (paired && !around(tw.open.index, tw.close.index, 0)) typewriterOf.set(inner.open, tw);
    else tw.fixable = false;
  }
  // What each quotation not nested in another is to be written with (by its opening offset), and
  // the opening mark it has after this run (a quotation listed for review keeps its own): a
  // nested quotation must not use the same ones ("«El plan «Vivienda joven» es…»" is no nesting).
  const targets = new Map<number, readonly [string, string]>();
  const outerMarks = new Map<number, string>();
  const reviewed = new Map<number, 'unpaired' | 'region'>();
  const restyled = new Set<number>();
  let nestedIn: Map<number, RawPair[]> | undefined;
  for (const { depth, open, close } of raw) {
    if (depth !== 0 || typewriterOf.has(open.index)) continue;
    const written = [open.char, close.char] as const;
    const own = isAccepted(open.char, close.char);
    let target: readonly [string, string];
    // (Straight marks that are the document's style where the language writes them so: Dutch.)
    if (keptStraight && open.char === '"' && close.char === '"') target = written;
    else if (own && (open.char === style[0] || region !== undefined || !quotes.oneStyle)) {
      // The document's style; or, where it quotes as a region does or the language keeps two
      // pairs side by side (`oneStyle`), another pair it accepts.
      target = written;
    } else if ((own || regionWriting(text, open, close, regions) !== undefined) && region === undefined) {
      // Another style than the document's (German „…“ in a text that quotes in »…«, Swiss «…» in a
      // German one): the document's, where its marks would be read so where they stand (not
      // `„Ja.“Dann` as »Ja.«Dann, whose « would open) and the paragraph's marks all pair up.
      if (!readableAs(text, open.index, close.index, profile, style)) target = written;
      else {
        target = style;
        restyled.add(open.index);
        const inside = (nestedIn ??= nestedByOuter(raw)).get(open.index) ?? [];
        if (!clean || nestedStay(ctx, open.index, close.index, inside)) reviewed.set(open.index, 'unpaired');
      }
    } else {
      // Marks to fix take the document's style, unless they would be read the other way round
      // where they stand (German »…« after a period before a word, `„Ja.”Dann`: a « there reads
      // as opening): then the primary pair, as without the count.
      target = style === primary || readableAs(text, open.index, close.index, profile, style) ? style : primary;
    }
    if (region !== undefined) reviewed.set(open.index, 'region');
    targets.set(open.index, target);
    outerMarks.set(open.index, reviewed.get(open.index) === 'unpaired' ? open.char : target[0]);
  }
  const pairs = raw.map(({ depth: level, open, close, outer, outerIndex }) => {
    const tw = typewriterOf.get(open.index);
    const depth = tw ? 1 : level;
    const outerNow = tw ? tw.open.expected.trim() : outerIndex === undefined ? outer : (outerMarks.get(outerIndex) ?? outer);
    // Inside a quotation written with the secondary marks (Spanish “…”), the next level's marks.
    // Inside a quotation written with an alternative pair, that pair's own (German »…« takes ›…‹).
    const nested = nestedMarks(quotes, outerNow);
    let o: string;
    let c: string;
    if (depth === 0) [o, c] = targets.get(open.index)!;
    else {
      // (Inside a quotation whose style this run changes, only its new style's nested marks: „…“
      // stays inside »…« as written, not inside a „…“ that becomes »…«.)
      const converted = outerIndex !== undefined && restyled.has(outerIndex) && !reviewed.has(outerIndex);
      const acceptedHere = converted ? [nested] : nested === quotes.secondary ? [quotes.secondary, ...accepted] : [nested, primary];
      const ok = acceptedHere.some(([a, b]) => a === open.char && b === close.char) && !(open.char === outerNow && !quotes.nestSame);
      [o, c] = ok ? [open.char, close.char] : nested;
    }
    const spaced = innerSpace !== undefined && o === primary[0] && c === primary[1];
    // Guillemets written the French way, with spaces inside, that become marks that take none
    // (“ ” in English, „ “ in German): the spaces go with them.
    // (So too marks that become guillemets, Spanish «…»: a second run would take them out.)
    // So do spaces inside marks that take none, as machine translation leaves them ("„ historischen
    // Tag “", "“ historic day ”"), in a quotation with words in it.
    const innerSpaces = HSPACE.test(text[open.index + 1] ?? '') || HSPACE.test(text[close.index - 1] ?? '');
    const words = innerSpaces && /\S/u.test(text.slice(open.index + 1, close.index));
    const unspace = !spaced && innerSpace === undefined && ((GUILLEMETS.has(open.char) && GUILLEMETS.has(close.char)) || (GUILLEMETS.has(o) && GUILLEMETS.has(c)) || words);
    // An empty quotation ("«»", "« »"): one inner space at most, which the opening mark's fix
    // writes (each mark adding its own gave "«⍽⍽»", and the next run took one out again).
    const empty = HSPACE_ONLY.test(text.slice(open.index + 1, close.index));
    const pair: QuotePair = {
      depth,
      open: spaced ? openWithSpace(text, open.index, o, innerSpace) : unspace ? openWithSpace(text, open.index, o, '', true) : { ...open, start: open.index, end: open.index + 1, expected: o },
      close:
        empty && (spaced || unspace)
          ? { ...close, start: close.index, end: close.index + 1, expected: c }
          : spaced
            ? closeWithSpace(text, close.index, c, innerSpace)
            : unspace
              ? closeWithSpace(text, close.index, c, '', true)
              : { ...close, start: close.index, end: close.index + 1, expected: c },
      fixable: false,
    };
    pair.fixable = isVerbatim(ctx.block, pair.open.start, pair.open.end) && isVerbatim(ctx.block, pair.close.start, pair.close.end);
    const review = region !== undefined ? 'region' : depth === 0 ? reviewed.get(open.index) : undefined;
    if (review) pair.review = review;
    if (restyled.has(open.index)) pair.restyle = true;
    return pair;
  });
  let pairOf: Map<RawPair, QuotePair> | undefined;
  for (const tw of typewriter) {
    // A typewriter quotation inside another takes the marks of the level below it (German „…‚…‘…“,
    // English “…‘…’…”, Spanish «…“…”…»), as a nested quotation in straight marks does: written
    // with the outer ones, a second run had changed them again.
    const rawOuter = around(tw.open.index, tw.close.index, 1) ?? around(tw.open.index, tw.close.index, 0);
    const outer = rawOuter && (pairOf ??= new Map(raw.map((r, k) => [r, pairs[k]]))).get(rawOuter);
    if (!outer) continue;
    const inner = nestedMarks(quotes, openingAfterFixes(outer));
    tw.depth = outer.depth + 1;
    tw.open.expected = inner[0];
    tw.close.expected = inner[1];
  }
  return { pairs, strays, continued, typewriter };
}

/** The opening mark a quotation has after this run (its own where it is listed for review as another style). */
function openingAfterFixes(pair: QuotePair): string {
  return pair.review === 'unpaired' ? pair.open.char : pair.open.expected.trim();
}

/** The quotations nested in each, by where the outer one opens. */
function nestedByOuter(raw: readonly RawPair[]): Map<number, RawPair[]> {
  const by = new Map<number, RawPair[]>();
  for (const r of raw) {
    if (r.outerIndex === undefined) continue;
    const list = by.get(r.outerIndex);
    if (list) list.push(r);
    else by.set(r.outerIndex, [r]);
  }
  return by;
}

/**
 * Whether the quotations inside a quotation (its marks at `open` and `close`, the quotations
 * nested in it `nested`) could not follow a change of its style: a nested quotation whose marks
 * are not verbatim (markup inside, `„*Ja*“`), or single marks, curly ones among them (`‚nein‘`,
 * `›ja‹`), that would not take the marks of a quotation inside the document's style (see
 * `singleMarks`). Its style is then not changed, or they would be left in the other.
 */
function nestedStay(ctx: RuleContext, open: number, close: number, nested: readonly RawPair[]): boolean {
  if (nested.some((r) => !isVerbatim(ctx.block, r.open.index, r.open.index + 1) || !isVerbatim(ctx.block, r.close.index, r.close.index + 1))) return true;
  const singles = singleMarks(
    ctx,
    open + 1,
    close,
    nested.map((r) => ({ open: r.open.index, close: r.close.index })),
  );
  return singles.pairs === undefined && singles.curly;
}

/** The per-document scratch key of the style each profile's quotations are written in. */
const STYLE = 'quotes/style';

/** The style a document quotes in (see `documentStyle`). */
interface DocumentStyle {
  /** The pair the quotations to fix take, and those written in another pair the language or a region accepts. */
  pair: readonly [string, string];
  /** How many of the document's counted quotations take it, or the region's marks; and how many another pair. */
  votes: number;
  others: number;
  /** Whether another pair has as many (the primary wins a tie). */
  tied?: boolean;
  /**
   * Where the language keeps straight marks as a house style (`straightAccepted`): how many of
   * the document's quotations (counted as the others are) are written in them.
   */
  straight?: number;
  /** And how many in marks the language does not accept, which the fixes curl into its own (German „…“ in a Dutch text). */
  foreign?: number;
  /**
   * A region whose own marks as many of the document's counted quotations take as any pair the
   * language accepts (Swiss «…» in a German text not read as de-CH): whether the text is written
   * for there cannot be told, so no quotation's marks are changed; each one to fix is listed for
   * review, with the region's marks beside the language's.
   */
  region?: string;
}

/**
 * The style a document quotes in: of the pairs the language accepts at a quotation's first
 * level (the profile's primary and its `alternatives`: German „…“ and »…«, Italian and Spanish
 * «…» and “…”), the one most of the document's correctly written quotations take; a tie, or no
 * such quotation, gives the primary (the language's own: a choice that does not depend on the
 * order of the paragraphs). Its quotations in the other pairs take it too (`restyle`), and so
 * do those in a region's own marks (Swiss «Zitat» in a German text), which are counted too;
 * but where those are as many as the winner's or more, the document is taken to quote as that
 * region does (`region`), and nothing changes style: every quotation to fix or in another style
 * is listed for review.
 *
 * Counted over all the document's paragraphs are the quotations not nested in another (nor in
 * a typewriter quotation), both of whose marks are one such pair's, where the pairing settles
 * them (a stretch of the paragraph that closes all it opens), and where every such pair's marks
 * would be read the same in their place (not `„Ja.“Dann`, whose « in »…« would open): the
 * quotations whose style the fixes may change. A region's marks count as the region writes them,
 * without a space inside. One »…« against none in „…“ is enough. The count reads each paragraph's
 * source (in Markdown with its markup, passing over a mark it cannot place), so it is the same
 * for every paragraph.
 *
 * A second run over the corrected text chooses the same: the fixes write the winner's marks,
 * and only take quotations from the other pairs (those left as they are count as before), so
 * the winner's count can only grow and the others' only shrink. A quotation to fix whose marks
 * in the winner's style would be read the other way round where they stand (`„Ja.”Dann`) takes
 * the primary pair, which that run does not count.
 */
function documentStyle(ctx: RuleContext, profile: LanguageProfile): DocumentStyle {
  let styles = ctx.doc.state.get(STYLE) as Map<LanguageProfile, DocumentStyle> | undefined;
  if (!styles) ctx.doc.state.set(STYLE, (styles = new Map()));
  let style = styles.get(profile);
  if (!style) {
    style = countStyle(ctx, profile);
    styles.set(profile, style);
  }
  return style;
}

/** A Markdown code span on one line (`` `„code“` ``). */
const CODE_SPAN = /(`+)[^`\n]+?\1/gu;

function countStyle(ctx: RuleContext, profile: LanguageProfile): DocumentStyle {
  const accepted = acceptedPairs(profile);
  const regions = regionalPairs(profile);
  const candidates = [...accepted, ...regions.map(([, pair]) => pair)];
  const { source } = ctx.doc;
  // (Straight quotations are counted where the language may keep them as its house style.)
  const straightToo = profile.quotes.straightAccepted === true && source.includes('"');
  // (Most documents have no mark of another pair at all.)
  if (!straightToo && !candidates.slice(1).some(([o]) => source.includes(o))) return { pair: profile.quotes.primary, votes: 0, others: 0 };
  const counts = candidates.map(() => 0);
  let straight = 0;
  let foreign = 0;
  const ranges = ctx.doc.blocks.length > 0 ? ctx.doc.blocks : [{ start: 0, end: source.length }];
  // (A block inside the one before it, an alt text or a title inside its paragraph, is counted there.)
  let reach = -1;
  for (const { start, end } of ranges) {
    if (start < reach) continue;
    reach = end;
    // (Inline code is no prose: its marks read as the placeholder of an opaque span.)
    const text = source.slice(start, end).replace(CODE_SPAN, (code) => '\uFFFC'.repeat(code.length));
    if (!candidates.some(([o]) => text.includes(o)) && !(straightToo && text.includes('"'))) continue;
    const typewriter = text.includes(',,') ? typewriterSpans(text, profile, []) : [];
    const pairing = pairMarks(text, profile, [], new Set(typewriter.map((t) => t.close)), true);
    if (!pairing) continue;
    for (let k = 0; k < pairing.settled; k++) {
      const { depth, open, close } = pairing.raw[k];
      if (depth !== 0) continue;
      const around = typewriter[partitionPoint(typewriter, (t) => t.open < open.index) - 1];
      if (around !== undefined && close.index < around.close) continue;
      if (straightToo && open.char === '"' && close.char === '"') {
        straight++;
        continue;
      }
      const n = candidates.findIndex(([o, c]) => o === open.char && c === close.char);
      if (n < 0 && straightToo) foreign++;
      if (n < 0 || (n >= accepted.length && regionWriting(text, open, close, regions) === undefined)) continue;
      if (candidates.every((pair) => readableAs(text, open.index, close.index, profile, pair, true))) counts[n]++;
    }
  }
  let best = 0;
  for (let n = 1; n < accepted.length; n++) if (counts[n] > counts[best]) best = n;
  let regional: number | undefined;
  for (let n = accepted.length; n < candidates.length; n++) if (counts[n] > 0 && counts[n] >= counts[regional ?? best]) regional = n;
  const winner = regional ?? best;
  const votes = counts[winner];
  const others = counts.reduce((a, b) => a + b, 0) - votes;
  const tied = counts.some((n, k) => k !== winner && n === votes);
  return {
    pair: accepted[best] as readonly [string, string],
    votes,
    others,
    ...(tied ? { tied } : {}),
    ...(regional !== undefined ? { region: regions[regional - accepted.length][0] } : {}),
    ...(straightToo ? { straight, foreign } : {}),
  };
}

/** The fewest straight quotations that make a document's house style where the profile does not say (`straightStyleFrom`): one or two tell nothing. */
const STRAIGHT_STYLE = 3;

/**
 * Whether a document writes its quotations in straight marks as its house style, where the
 * language keeps them so (`straightAccepted`: English, Italian, Spanish, Dutch): at least the
 * profile's `straightStyleFrom` of them (`STRAIGHT_STYLE` where it does not say; one in Spanish
 * and Dutch, whose web news writes them), and more than in all other marks together. Its straight
 * marks are then information (fixed still: the language's own are print's), or left as written
 * where the language writes them as one of its styles (`straightKept`: Dutch); in a document that
 * quotes mostly in other marks, a straight one breaks its style, and stays a warning.
 */
function straightHouseStyle(style: DocumentStyle, profile: LanguageProfile): boolean {
  return style.straight !== undefined && style.straight >= (profile.quotes.straightStyleFrom ?? STRAIGHT_STYLE) && style.straight > style.votes + style.others + (style.foreign ?? 0);
}

/** How a message says that the document quotes in straight marks. */
function straightNote(style: DocumentStyle, profile: LanguageProfile): string {
  const [o, c] = profile.quotes.primary;
  const total = style.straight! + style.votes + style.others + (style.foreign ?? 0);
  const [a, b] = profile.quotes.alternatives?.[0] ?? [];
  const print = a === undefined ? `${o}…${c}` : `${o}…${c} or ${a}…${b}`;
  return `the document quotes in straight marks (${style.straight} of its ${total} quotation${total === 1 ? '' : 's'}), as much ${(profile.quotes.straightStyleFrom ?? STRAIGHT_STYLE) < STRAIGHT_STYLE ? 'web news and ' : ''}technical writing does; print writes ${print}`;
}

interface RawPair {
  depth: number;
  open: { index: number; char: string };
  close: { index: number; char: string };
  /** The mark of the quotation this one is nested in, and where it stands. */
  outer?: string;
  outerIndex?: number;
}

interface Pairing {
  raw: RawPair[];
  /** Pairs before this index of `raw` belong to stretches that closed every quotation they opened. */
  settled: number;
  strays: StrayMark[];
  /** The opening marks still open where the pairing ended. */
  stack: Array<{ index: number; char: string }>;
  /** Whether the pairing stopped at a mark it cannot place (unknown role, nesting too deep). */
  stopped: boolean;
  /**
   * Where a straight mark after a digit was last passed over as an inch mark ("ein 27"-Monitor"):
   * an opening mark before it that is left open may have been closed by it.
   */
  inchMark: number;
}


/**
 * The double marks of a text paired by their surroundings (see above), or undefined when they
 * are markup (`name = "value"`). `lenient` (the document's style, counted on paragraphs'
 * sources) passes over a mark it cannot place instead of stopping there.
 */
function pairMarks(text: string, profile: LanguageProfile, opaque: readonly { start: number; end: number }[], closers: ReadonlySet<number>, lenient: boolean): Pairing | undefined {
  const stack: Array<{ index: number; char: string }> = [];
  const raw: RawPair[] = [];
  const strays: StrayMark[] = [];
  let settled = 0;
  let stopped = false;
  let inchMark = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (!DOUBLE.has(char) || closers.has(i)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // Inside a word ("ab"cd"), an inch mark (5"), or inside a URL: not a quotation mark. (A mark
    // that only closes in the language's styles closes there too, its space missing: French
    // "pacifique»et", which the missing-space rule spaces in the same run.)
    if (ALNUM.test(before) && ALNUM.test(after) && !oneSidedQuoteMarks(profile).closing.has(char)) continue;
    // After a digit: an inch mark ("27"-Monitor"), unless it can close a straight quotation that
    // is open ("Der Film "2012" lief.") and no closing mark follows for it ("a 65" TV for the
    // office," she said).
    // (A closing mark after it makes it an inch mark only inside one quotation: in a nested one,
    // "Der Film "Apollo 13" ist toll.", it closes the inner.)
    if (char === '"' && /\p{N}/u.test(before) && !(stack.at(-1)?.char === '"' && (after === '' || /[\s.,;:!?)\]}…]/u.test(after)) && !(stack.length === 1 && closerFollows(text, i, profile)))) {
      inchMark = i;
      continue;
    }
    if (opaque.some((w) => w.start <= i && i < w.end)) continue;
    // Markup (`name = "value"`): not prose quotation at all.
    if (char === '"' && /=\s*$/u.test(text.slice(Math.max(0, i - 3), i))) return undefined;
    const role = roleOf(text, i, profile, { markup: lenient });
    if (!role || (role === 'open' && stack.length >= 2)) {
      if (lenient) continue;
      stopped = true;
      break;
    }
    if (role === 'open') {
      stack.push({ index: i, char });
    } else {
      const open = stack.pop();
      if (!open) {
        // Nothing open: this mark closes nothing, and what follows it starts afresh.
        strays.push({ index: i, char, role: 'close' });
        continue;
      }
      raw.push({ depth: stack.length, open, close: { index: i, char }, outer: stack.at(-1)?.char, outerIndex: stack.at(-1)?.index });
      if (stack.length === 0) settled = raw.length;
    }
  }
  return { raw, settled, strays, stack, stopped, inchMark };
}

/** Two commas that open a typewriter quotation: at the start or after a space, a bracket or a colon, before a word. */
const TYPEWRITER_OPEN = /(?<=^|[\s([{:–—\uFFFC])(?<!,),,(?=[\p{L}\p{N}])/gu;

/** Where a typewriter quotation's marks stand: the two commas, its closing mark and its length, and the quotation inside it, if any. */
interface TypewriterSpan {
  open: number;
  close: number;
  length: number;
  inner?: { open: number; close: number };
}

/**
 * Quotations opened with two commas, as typewriters and plain-text writers stand in for „
 * (",,Die Zeit''", ",,Wir kommen.""), on one line: closed by the first two apostrophes, or
 * straight or curly closing double mark, after a word or punctuation and before a space,
 * punctuation or the end. One quotation in double marks may stand inside (",,Er las „Die
 * Welt“.''": its marks opening and closing by their surroundings). Without such a closer, or
 * with another double mark between, the commas are left as they are.
 */
function typewriterSpans(text: string, profile: LanguageProfile, opaque: readonly { start: number; end: number }[]): TypewriterSpan[] {
  const spans: TypewriterSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(TYPEWRITER_OPEN)) {
    const i = m.index;
    if (i < from || opaque.some((w) => w.start <= i && i < w.end)) continue;
    const limit = Math.min(text.length, i + 1002);
    let close: { index: number; length: number } | undefined;
    let inner: { open: number; close: number } | undefined;
    let innerOpen = -1;
    for (let k = i + 2; k < limit; k++) {
      const c = text[k];
      if (c === '\n' || c === '\r' || (c === ',' && text[k + 1] === ',')) break;
      let length = 0;
      if (c === "'" && text[k + 1] === "'") {
        if (innerOpen >= 0) break;
        length = 2;
      } else if (DOUBLE.has(c)) {
        const role = roleOf(text, k, profile);
        if (innerOpen >= 0) {
          // The quotation inside closes (a third level is not read).
          if (role !== 'close') break;
          inner = { open: innerOpen, close: k };
          innerOpen = -1;
          continue;
        }
        if (role === 'open' && !inner) {
          innerOpen = k;
          continue;
        }
        if (c !== '"' && c !== '“') break;
        length = 1;
      }
      if (length === 0) continue;
      const after = text[k + length] ?? '';
      if (!/\s/u.test(text[k - 1]) && (after === '' || AFTER_CLOSE.test(after))) close = { index: k, length };
      break;
    }
    if (!close) continue;
    from = close.index + close.length;
    spans.push({ open: i, close: close.index, length: close.length, ...(inner ? { inner } : {}) });
  }
  return spans;
}

/**
 * The block's typewriter quotations (see `typewriterSpans`). Both marks become the pair the
 * document quotes in (see `documentStyle`): the language's primary, or the alternative most of
 * its quotations take; the quotation inside one takes the marks of the level below.
 */
function typewriterPairs(ctx: RuleContext, profile: LanguageProfile, opaque: readonly { start: number; end: number }[]): TypewriterPair[] {
  const { text } = ctx;
  const { pair: style, region } = documentStyle(ctx, profile);
  const innerSpace = style === profile.quotes.primary ? profile.quotes.innerSpace : undefined;
  return typewriterSpans(text, profile, opaque).map(({ open: i, close: k, length, inner }) => {
    const open: QuoteMark = { index: i, char: ',,', start: i, end: i + 2, expected: style[0] + (innerSpace ?? '') };
    const close: QuoteMark = { index: k, char: text.slice(k, k + length), start: k, end: k + length, expected: (innerSpace ?? '') + style[1] };
    const fixable = isVerbatim(ctx.block, open.start, open.end) && isVerbatim(ctx.block, close.start, close.end);
    return { depth: 0, open, close, fixable, ...(region !== undefined ? { review: 'region' as const } : {}), ...(inner ? { inner } : {}) };
  });
}

/** Where each quotation mark stands in a text (see `markPlaces`), for the last text asked about. */
let placesCache: { text: string; places: Map<string, number[]> } | undefined;

/**
 * The offsets of `mark` in `text`, ascending: anywhere; where it closes (after a non-space:
 * "Hause«," closes, " «Nein" opens); where it opens (after a space, a bracket, a dash, a colon,
 * "fragte:«Wohin", or the text's start). Found once per text and mark: a block of many such marks is not scanned once
 * per mark.
 */
function markPlaces(text: string, mark: string, as: 'any' | 'closing' | 'opening'): number[] {
  if (placesCache?.text !== text) placesCache = { text, places: new Map() };
  let list = placesCache.places.get(as + mark);
  if (!list) {
    list = [];
    for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) {
      const before = text[k - 1] ?? '';
      if (as === 'closing' ? k > 0 && !/\s/u.test(before) : as === 'opening' ? /^[\s(\[–—:]?$/u.test(before) : true) list.push(k);
    }
    placesCache.places.set(as + mark, list);
  }
  return list;
}

/**
 * Whether a mark that opens in the language's styles (German » of »…«), glued to the sentence
 * before it and to the word after it ("verloren.»Die Frage … «"), opens a quotation there: only
 * where the quotation closes later in the text, before the same mark opens again (not a closing
 * mark typed as an opening one, with nothing to close after it), and no region's quotation that
 * closes with it is still open (Swiss "«Wie geht es dir?»Die Frage … («Nein»)", whose » closes).
 * The missing-space rule spaces such a mark, and the quotes rule reads it as opening, in the same
 * run: read as closing, the quotation inside it had taken the outer marks, and a second run,
 * reading the spaced mark as opening, the nested ones.
 */
export function opensAfterSentence(text: string, at: number, profile: LanguageProfile): boolean {
  const quote = text[at];
  const closer = quotePairsOf(profile).find((p) => p[0] === quote)?.[1];
  if (closer === undefined) return false;
  const closings = markPlaces(text, closer, 'closing');
  const close = closings[partitionPoint(closings, (k) => k <= at)];
  if (close === undefined) return false;
  const same = markPlaces(text, quote, 'any');
  const again = same[partitionPoint(same, (k) => k <= at)];
  if (again !== undefined && again < close) return false;
  const lastBefore = (list: number[]): number => list[partitionPoint(list, (k) => k < at) - 1] ?? -1;
  for (const q of Object.values(profile.regionalQuotes ?? {})) {
    if (q.primary[1] === quote && lastBefore(markPlaces(text, q.primary[0], 'opening')) > lastBefore(same)) return false;
  }
  return true;
}

/** Whether the paragraph after the rule context's block opens with a quotation mark. */
function nextParagraphOpens(ctx: RuleContext, profile: LanguageProfile): boolean {
  // (An alt text or a title goes on in no paragraph; a paragraph goes on past those inside it.)
  if (isInner(ctx.block)) return false;
  const k = blockIndex(ctx);
  const blocks = ctx.doc.blocks;
  let n = k + 1;
  while (k >= 0 && n < blocks.length && blocks[n].start < blocks[k].end) n++;
  const next = k >= 0 ? blocks[n] : undefined;
  if (!next) return false;
  const head = ctx.doc.source.slice(next.start, Math.min(next.end, next.start + 16));
  const at = head.search(/\S/u);
  return at >= 0 && DOUBLE.has(head[at]) && roleOf(head, at, profile) === 'open';
}

/** Whether the mark at `i` opens or closes a quotation, or undefined when its surroundings do not say. */
/** Whether the next straight double mark after `i` closes a quotation (the one open before `i`, when `i` is an inch mark). */
function closerFollows(text: string, i: number, profile: LanguageProfile): boolean {
  const next = text.indexOf('"', i + 1);
  return next >= 0 && roleOf(text, next, profile) === 'close';
}

/**
 * `char` reads another mark in the place of the one at `i` (the one a fix would write there),
 * `inside` skips the spaces on that side of it (which the fix takes out), and `markup` reads a
 * paragraph's Markdown source as its text would read (emphasis and code marks are passed over,
 * a tag is a boundary: `*»Ja«*`, `<b>»Ja«</b>`).
 */
/** How far `roleOf` reads over marks, spaces and markup on either side of a mark. */
const ROLE_REACH = 64;

function roleOf(text: string, i: number, profile: LanguageProfile, options: { char?: string; inside?: 'before' | 'after'; markup?: boolean } = {}): 'open' | 'close' | undefined {
  const { char = text[i], inside, markup = false } = options;
  // (Each side is read up to ROLE_REACH characters of marks, spaces and markup: a run of thousands
  // of marks, "««««…", would otherwise cost each of its marks the whole run, a quadratic time. A
  // mark that far inside such a run is read by itself, below.)
  let a = i - 1;
  while (a >= 0 && i - a <= ROLE_REACH && (QUOTE_LIKE.test(text[a]) || (inside === 'before' && HSPACE.test(text[a])) || (markup && MARKUP.test(text[a])))) a--;
  let b = i + 1;
  while (b < text.length && b - i <= ROLE_REACH && (QUOTE_LIKE.test(text[b]) || (inside === 'after' && HSPACE.test(text[b])) || (markup && MARKUP.test(text[b])))) b++;
  // Where the language spaces its marks on their inner side (French « … »), the space after the
  // opening one is the mark's: ",« Moyu" opens as ",«Moyu" does (read as closing, the quotation
  // inside it had become an outer one in the run after the one that wrote the space). Not after
  // a word ("la« minorité" closes, a mark the wrong way round), nor after a closing mark glued to
  // one ('"Moyu"«  visait', the outer quotation's end after a nested one's), nor the closing
  // mark's space.
  const { innerSpace, primary } = profile.quotes;
  const afterWord = ALNUM.test(text[i - 1] ?? '') || (/["“”»«]/u.test(text[i - 1] ?? '') && ALNUM.test(text[a] ?? ''));
  if (innerSpace !== undefined && char === primary[0] && !afterWord) while (b < text.length && HSPACE.test(text[b])) b++;
  // (An elided article or preposition before an opening mark: "l’« affaire »", "d’„Ordnung“".)
  const elided = (char === '«' || char === '“' || char === '„') && (text[i - 1] === '’' || text[i - 1] === "'") && /\p{L}/u.test(text[i - 2] ?? '');
  // (After a comma or semicolon before a word too: "sagte ,"Das" has its space moved after the
  // comma in the same run, 'sagte, „Das'.)
  const opens = a < 0 || BEFORE_OPEN.test(text[a]) || elided || ((text[a] === ',' || text[a] === ';') && /\p{L}/u.test(text[b] ?? '')) || (markup && text[a] === '>');
  const closes = b >= text.length || AFTER_CLOSE.test(text[b]) || (markup && text[b] === '<');
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  // Both, by an ellipsis or a dash: the mark is on the side of the space (`"…and then he
  // left,"`, `"We will—" the senator began`).
  if (opens && closes) {
    const before = a < 0 ? '' : text[a];
    const after = b >= text.length ? '' : text[b];
    if ((before === '' || /\s/u.test(before)) && /[…–—]/u.test(after)) return 'open';
    if (/[…–—]/u.test(before) && (after === '' || /[\s.,;:!?)]/u.test(after))) return 'close';
  }
  // A sentence glued to a quotation that opens the next ("verloren.»Die Frage … «"), as the
  // missing-space rule spaces it in the same run.
  if (!opens && !closes && char === text[i] && /[.!?]/u.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '') && oneSidedQuoteMarks(profile).opening.has(char) && opensAfterSentence(text, i, profile)) {
    return 'open';
  }
  // Both or neither ("« Bonjour »", "Ende.“Dann"): only the mark itself can tell.
  switch (char) {
    case '„':
    case '‟':
    case '«':
      return 'open';
    case '»':
    case '”':
      return 'close';
    case '“':
      // German „…“ closes with it, in any region's text (Swiss «…» included).
      return profile.quotes.primary[1] === '“' || text.lastIndexOf('„', i) >= 0 ? 'close' : 'open';
    default:
      return undefined;
  }
}

/** Nothing, or horizontal spaces only. */
const HSPACE_ONLY = /^[ \t\u00a0\u202f\u2009]*$/u;

/** An opening guillemet and the space after it: `«` plus one no-break space. */
function openWithSpace(text: string, index: number, mark: string, space: string, none = false): QuoteMark {
  let end = index + 1;
  while (end < text.length && HSPACE.test(text[end])) end++;
  const present = text.slice(index + 1, end);
  const inner = none ? '' : present.length === 1 && NO_BREAK.has(present) ? present : space;
  return { index, char: text[index], start: index, end, expected: mark + inner };
}

/** A closing guillemet and the space before it: one no-break space plus `»`. */
function closeWithSpace(text: string, index: number, mark: string, space: string, none = false): QuoteMark {
  let start = index;
  while (start > 0 && HSPACE.test(text[start - 1])) start--;
  const present = text.slice(start, index);
  const inner = none ? '' : present.length === 1 && NO_BREAK.has(present) ? present : space;
  return { index, char: text[index], start, end: index + 1, expected: inner + mark };
}

/** How a range and its replacement read in a message (no-break spaces made visible). */
function show(s: string): string {
  return s.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '⍽').replace(/[ \t]/g, '·');
}

export default defineRule(
  {
    id: 'quotes',
    description: 'Quotation marks that are not the language\'s style ("…" or “…” in German) are replaced by its own (German „…“).',
    category: 'punctuation',
    severity: 'warning',
    languages: 'all',
    fix: 'safe',
    languageOf: 'document',
    examples: {
      flag: [
        { lang: 'it', text: 'Il ministro ha detto che "la situazione è grave".', output: 'Il ministro ha detto che «la situazione è grave».' },
        { lang: 'pt', text: 'O ministro disse que "a situação é grave" e que vai agir.', output: 'O ministro disse que “a situação é grave” e que vai agir.' },
        // Dutch straight marks beside a quotation in curly ones: a break in the document's style.
        { lang: 'nl', text: 'De minister zei dat “de situatie ernstig is” en dat het plan "te laat" komt.', output: 'De minister zei dat “de situatie ernstig is” en dat het plan “te laat” komt.' },
        { lang: 'nl', text: 'De minister noemde het «een goede stap» en een „historisch“ besluit.', output: 'De minister noemde het “een goede stap” en een “historisch” besluit.' },
        { lang: 'pt-PT', text: 'O ministro disse que "a situação económica é grave" e que vai agir.', output: 'O ministro disse que «a situação económica é grave» e que vai agir.' },
        // A document that writes its quotations in straight marks (three or more, more than in the
        // language's): its house style, as much technical writing has it (English, Italian, Spanish:
        // `straightAccepted`); information, fixed still. (One or two, or a document quoting mostly
        // in «…», is a warning: see test/rules/quotes-style.test.ts.)
        { lang: 'it', text: 'Il comando "apt" installa i pacchetti, il ramo "stable" è il consigliato e il "kernel" viene da Linux.', output: 'Il comando «apt» installa i pacchetti, il ramo «stable» è il consigliato e il «kernel» viene da Linux.' },
        { lang: 'es', text: 'El programa "apt" instala paquetes, la rama "stable" es la recomendada y el "kernel" viene de Linux.', output: 'El programa «apt» instala paquetes, la rama «stable» es la recomendada y el «kernel» viene de Linux.' },
        // Spanish web news writes straight marks as a style of its own: one quotation in them is
        // enough (`straightStyleFrom`), information, fixed still; beside «…» or “…”, a warning.
        { lang: 'es', text: 'El ministro dijo que "la situación es grave".', output: 'El ministro dijo que «la situación es grave».' },
        { lang: 'it', text: 'Ha detto: « Il cosiddetto «piano B» non esiste ».', output: 'Ha detto: «Il cosiddetto “piano B” non esiste».' },
        // Spaces inside marks that take none, as machine translation leaves them.
        { lang: 'de', text: 'Der Kanzler sprach von einem „ historischen Tag “ für das Land.', output: 'Der Kanzler sprach von einem „historischen Tag“ für das Land.' },
        { lang: 'en', text: 'He called it a “ historic day ” for the country.', output: 'He called it a “historic day” for the country.' },
        // A nested quotation takes other marks than the one around it.
        { lang: 'es', text: 'Dijo: "El plan «Vivienda joven» es un éxito".', output: 'Dijo: «El plan “Vivienda joven” es un éxito».' },
        { lang: 'en', text: 'He said « We will not give in » and left.', output: 'He said “We will not give in” and left.' },
        { lang: 'de', text: 'Er nannte es "das größte Unternehmen".', output: 'Er nannte es „das größte Unternehmen“.' },
        // A typewriter's stand-ins: two commas for „, two apostrophes or a straight mark for “.
        { lang: 'de', text: "Er las ,,Die Zeit'' jeden Morgen.", output: 'Er las „Die Zeit“ jeden Morgen.' },
        { lang: 'de', text: 'Er sagte: ,,Wir kommen." Dann ging er mit "Bild" unter dem Arm.', output: 'Er sagte: „Wir kommen.“ Dann ging er mit „Bild“ unter dem Arm.' },
        { lang: 'de', text: 'Er las ,,Die Zeit“ jeden Morgen.', output: 'Er las „Die Zeit“ jeden Morgen.' },
        // Around a quotation: the typewriter's marks are the outer ones, the quotation the inner.
        { lang: 'de', text: ",,Er las „Die Welt“.''", output: '„Er las ‚Die Welt‘.“' },
        { lang: 'de', text: "Sie sagte: ,,Er las \"Die Welt\" und 'Bild'.''", output: 'Sie sagte: „Er las ‚Die Welt‘ und ‚Bild‘.“' },
        { lang: 'en', text: ",,He read “The Times”.''", output: '“He read ‘The Times’.”' },
        // Inside another quotation: the marks of the level below.
        { lang: 'de', text: "Er sagte: \"Ich lese ,,Die Zeit'' jeden Tag.\"", output: 'Er sagte: „Ich lese ‚Die Zeit‘ jeden Tag.“' },
        { lang: 'en', text: "He said: \"I read ,,The Times'' every day.\"", output: 'He said: “I read ‘The Times’ every day.”' },
        { lang: 'es', text: "Dijo: \"Leo ,,El País'' cada día\".", output: 'Dijo: «Leo “El País” cada día».' },
        { lang: 'fr', text: "Il lisait ,,Le Monde'' chaque matin.", output: 'Il lisait «\u00A0Le Monde\u00A0» chaque matin.' },
        // Spanish « “ ‘ ’ ” »: inside “…” a quotation takes ‘…’, not “…” again.
        { lang: 'es', text: 'Dijo: “El plan "Vivienda joven" es un éxito”.', output: 'Dijo: “El plan ‘Vivienda joven’ es un éxito”.' },
        { lang: 'de', text: 'Der Vertrag heißt “The Moyu Project”.', output: 'Der Vertrag heißt „The Moyu Project“.' },
        { lang: 'de', text: 'Er sagte: ”Nein”, und ging.', output: 'Er sagte: „Nein“, und ging.' },
        { lang: 'de', text: '„Er sagte "nein", dann ging er.“', output: '„Er sagte ‚nein‘, dann ging er.“' },
        { lang: 'de', text: 'Ein „Test”.', output: 'Ein „Test“.' },
        { lang: 'de', text: 'Die Schweizer « Weltwoche » berichtet.', output: 'Die Schweizer „Weltwoche“ berichtet.' },
        // (Swiss «Weltwoche», without spaces, is how Switzerland writes it: a suggestion, see test/rules/punctuation.test.ts.)
        { lang: 'en', text: 'A contract called „The Moyu Project“ identified Uyghurs.', output: 'A contract called “The Moyu Project” identified Uyghurs.' },
        { lang: 'en', text: 'He said: "We are not going to exonerate the company."', output: 'He said: “We are not going to exonerate the company.”' },
        { lang: 'en', text: 'A 15" screen, he said, is "big".', output: 'A 15" screen, he said, is “big”.' },
        { lang: 'fr', text: 'Le projet appelé "Moyu" visait des groupes.', output: 'Le projet appelé «\u00A0Moyu\u00A0» visait des groupes.' },
        { lang: 'fr', text: 'Il a dit «bonjour» hier.', output: 'Il a dit «\u00A0bonjour\u00A0» hier.' },
        { lang: 'fr', text: 'Il a dit « bonjour » hier.', output: 'Il a dit «\u00A0bonjour\u00A0» hier.' },
        { lang: 'es', text: 'Calificó la reforma de "histórica ”.', output: 'Calificó la reforma de «histórica».' },
        // An ellipsis after the opening mark, a dash before the closing one.
        { lang: 'en', text: '"…and then he simply walked away," the witness said.', output: '“…and then he simply walked away,” the witness said.' },
        { lang: 'en', text: '"We will—" the senator began, and stopped.', output: '“We will—” the senator began, and stopped.' },
        // Inside German »…«, a quotation takes ›…‹.
        { lang: 'de', text: 'Sie zitierte: »Er sagte "nein" und ging.«', output: 'Sie zitierte: »Er sagte ›nein‹ und ging.«' },
        { lang: 'de', text: 'Sie zitierte: »Er sagte »nein« und ging.«', output: 'Sie zitierte: »Er sagte ›nein‹ und ging.«' },
        { lang: 'fr', text: 'Il évoque l’« affaire Benalla » devant les juges.', output: 'Il évoque l’«\u00A0affaire Benalla\u00A0» devant les juges.' },
        { lang: 'es', text: 'La aplicación "TikTok" anunció nuevas reglas.', output: 'La aplicación «TikTok» anunció nuevas reglas.' },
        // Swiss German (de-CH): «…», and ‹…› inside.
        { lang: 'de-CH', text: 'Der Bundesrat sagte: „Wir prüfen die Massnahmen.“', output: 'Der Bundesrat sagte: «Wir prüfen die Massnahmen.»' },
        { lang: 'de-CH', text: 'Er sagte: "Das Projekt "Moyu" ist gestoppt."', output: 'Er sagte: «Das Projekt ‹Moyu› ist gestoppt.»' },
        { lang: 'de', text: 'Der Film "2012" lief. Er sagte "ja".', output: 'Der Film „2012“ lief. Er sagte „ja“.' },
        // An inch mark inside a quotation that closes later.
        { lang: 'en', text: '"We bought a 65" TV for the office," she said.', output: '“We bought a 65" TV for the office,” she said.' },
        { lang: 'de', text: 'Er sagte: "Der Film "Apollo 13" ist toll."', output: 'Er sagte: „Der Film ‚Apollo 13‘ ist toll.“' },
        { lang: 'de-CH', text: 'Er sagte: « Wir kommen. »', output: 'Er sagte: «Wir kommen.»' },
        { lang: 'de-CH', text: '„Er sagte ‚nein‘ und ging.“', output: '«Er sagte ‹nein› und ging.»' },
        { lang: 'de-CH', text: 'Er sagte: «Wir nennen es ›Moyu‹.»', output: 'Er sagte: «Wir nennen es ‹Moyu›.»' },
        { lang: 'en', text: 'He said: „We call it ‚Moyu‘.“', output: 'He said: “We call it ‘Moyu’.”' },
        // Straight single quotes inside straight double ones: curled with them, not left half straight.
        { lang: 'en', text: 'He told me, "This is not \'over\', and don\'t forget it."', output: 'He told me, “This is not ‘over’, and don\'t forget it.”' },
        { lang: 'de', text: 'Er sagte: "Das nennt man \'Moyu\'."', output: 'Er sagte: „Das nennt man ‚Moyu‘.“' },
        // Straight single quotes inside curly marks too, whatever the last word ends in (a noun after
        // its article takes no German possessive apostrophe: 'Der Prozess' is a title).
        { lang: 'de', text: '„Er las \'Der Prozess\' gestern“, sagte sie.', output: '„Er las ‚Der Prozess‘ gestern“, sagte sie.' },
        { lang: 'de', text: 'Sie sagte: „Er antwortete \'nein\' und ging.“', output: 'Sie sagte: „Er antwortete ‚nein‘ und ging.“' },
        { lang: 'de', text: 'Sie zitierte: »Er sagte \'ja\' und ging.«', output: 'Sie zitierte: »Er sagte ›ja‹ und ging.«' },
        { lang: 'es', text: 'Dijo: “El plan ‚Vivienda joven‘ es un éxito”.', output: 'Dijo: “El plan ‘Vivienda joven’ es un éxito”.' },
        { lang: 'de-CH', text: '„Er sagte ‚ja‘, sie ‚nein‘ und ‚vielleicht‘.“', output: '«Er sagte ‹ja›, sie ‹nein› und ‹vielleicht›.»' },
        { lang: 'de-CH', text: 'Er sagte: „Ja.“Dann ging er.', output: 'Er sagte: «Ja.»Dann ging er.' },
        // A stray mark: the quotations before it (and, after a stray closing mark, after it) are still fixed.
        { lang: 'de', text: 'Er sagte: "Wir kommen." Sie meinte: "Das ist gut. Und "noch" etwas.', output: 'Er sagte: „Wir kommen.“ Sie meinte: "Das ist gut. Und "noch" etwas.' },
        { lang: 'de', text: 'Er sagte nein" und ging. Dann sagte sie "ja".', output: 'Er sagte nein" und ging. Dann sagte sie „ja“.' },
        { lang: 'de', text: 'Er sagte "nein und ging.' },
        // A quotation over paragraphs: each opens with a mark, the last one closes.
        { lang: 'en', text: '"The situation is serious. We must act.\n\n"That is why we will decide quickly," he added.', output: '“The situation is serious. We must act.\n\n“That is why we will decide quickly,” he added.' },
        { lang: 'fr', text: '« La situation est grave.\n\n« C’est pourquoi nous déciderons vite », a-t-il ajouté.', output: '«\u00A0La situation est grave.\n\n«\u00A0C’est pourquoi nous déciderons vite\u00A0», a-t-il ajouté.' },
        // A document that quotes in an accepted alternative keeps it: the quotations to fix take
        // the pair most of its quotations take (German »…«, and ›…‹ inside), in every paragraph.
        { lang: 'de', text: 'Er sagte: »Wir kommen.« Sie meinte: "Das ist gut."', output: 'Er sagte: »Wir kommen.« Sie meinte: »Das ist gut.«' },
        {
          lang: 'de',
          text: '»Das ist gut«, sagte er.\n\nSie meinte: "Er las "Bild" gestern."\n\nDer »Spiegel« und ,,Die Zeit\'\' berichteten.',
          output: '»Das ist gut«, sagte er.\n\nSie meinte: »Er las ›Bild‹ gestern.«\n\nDer »Spiegel« und »Die Zeit« berichteten.',
        },
        { lang: 'de', text: '"Die Lage ist ernst.\n\n"Deshalb handeln wir", sagte er. Später sagte sie: »Ja«.', output: '»Die Lage ist ernst.\n\n»Deshalb handeln wir«, sagte er. Später sagte sie: »Ja«.' },
        // A mark of the document's style that would be read the other way where it stands (« after a
        // period, before a word, opens): that quotation takes the primary pair.
        { lang: 'de', text: 'Er sagte: »Ja.«\n\nSie sagte: „Ja.”Dann ging sie.', output: 'Er sagte: »Ja.«\n\nSie sagte: „Ja.“Dann ging sie.' },
        // A tie goes to the primary pair.
        { lang: 'de', text: '»Ja«, sagte er.\n\n„Nein“, sagte sie, und dann "vielleicht".', output: '„Ja“, sagte er.\n\n„Nein“, sagte sie, und dann „vielleicht“.' },
        // German keeps one style (`oneStyle`): quotations in the pair fewer take are written in the
        // one most take, the marks nested in them too (›…‹ inside »…«, ‚…‘ inside „…“).
        { lang: 'de', text: '»Ja«, sagte er.\n\n„Nein“, sagte sie. Der »Spiegel« berichtete.', output: '»Ja«, sagte er.\n\n»Nein«, sagte sie. Der »Spiegel« berichtete.' },
        { lang: 'de', text: '„Ja“, sagte er. „Nie“, sagte sie.\n\nSie zitierte: »Er sagte ›nein‹ und ging.«', output: '„Ja“, sagte er. „Nie“, sagte sie.\n\nSie zitierte: „Er sagte ‚nein‘ und ging.“' },
        // So are Swiss «…» where the document is not read as Swiss and quotes more in a German pair.
        { lang: 'de', text: '„Ja“, sagte er. „Nie“, sagte sie.\n\nDie «Weltwoche» berichtete.', output: '„Ja“, sagte er. „Nie“, sagte sie.\n\nDie „Weltwoche“ berichtete.' },
        // Italian and Spanish “…”, as much of the press writes them (and ‘…’ inside).
        { lang: 'it', text: 'Il ministro ha parlato di “situazione grave”.\n\nPoi ha aggiunto: "Il piano "B" non esiste".', output: 'Il ministro ha parlato di “situazione grave”.\n\nPoi ha aggiunto: “Il piano ‘B’ non esiste”.' },
        { lang: 'es', text: 'Dijo que era “un éxito”. Luego añadió: "No vamos a ceder".', output: 'Dijo que era “un éxito”. Luego añadió: “No vamos a ceder”.' },
        { lang: 'es', text: 'Dijo «sí» y luego “no”. Después: "quizá".', output: 'Dijo «sí» y luego “no”. Después: «quizá».' },
      ],
      pass: [
        // Two commas that open no quotation on their line: a typo, not a quotation mark.
        { lang: 'de', text: "Er sagte ,,nein, niemals und ging." },
        { lang: 'de', text: "Die Werte 1,,5 und 2,,5 sind falsch getippt." },
        // “…” as much of the Italian press writes them.
        { lang: 'it', text: 'Il ministro ha detto che “la situazione è grave”.' },
        { lang: 'pt', text: 'O ministro disse que “a situação é grave” e que o ‘plano B’ não existe.' },
        // (Dutch newspapers quote in ‘…’ as often as in “…”; „…” is the Taalunie's too.)
        { lang: 'nl', text: 'De minister zei dat “de situatie ernstig is” en dat het ‘plan B’ niet bestaat.' },
        { lang: 'nl', text: '‘We kunnen niet langer wachten’, zei ze. De minister sprak van „een historisch besluit”.' },
        // Dutch writes straight "…" too (Onze Taal: no error): a document that quotes in them,
        // once or more, keeps them (`straightKept`).
        { lang: 'nl', text: 'De minister zei dat "de situatie ernstig is" en dat ze ingrijpt.' },
        { lang: 'pt-PT', text: 'O ministro disse: «A situação económica é grave e o “plano B” não existe.»' },
        // French may nest guillemets in guillemets.
        { lang: 'fr', text: '«\u00A0Il m’a dit\u00A0: «\u00A0Reviens demain\u00A0», et je suis revenue\u00A0», raconte-t-elle.' },
        { lang: 'es', text: 'Dijo: “El plan «Vivienda joven» es un éxito”.' },
        { lang: 'de', text: 'Einer der Verträge, der als „The Moyu Project“ bezeichnet wird.' },
        { lang: 'de', text: '„Das ist ein Problem“, schrieb er.' },
        { lang: 'de', text: 'Er sagte: „Wir nennen es ‚Moyu‘.“' },
        { lang: 'de', text: 'Er sagte: »Wir nennen es ›Moyu‹.«' },
        { lang: 'de-CH', text: 'Er sagte: «Wähle ‹ja› oder ‹nein›.»' },
        { lang: 'de-CH', text: 'Sie fragte: «Wie geht‘s dir?»' },
        { lang: 'en', text: 'He said: “call it ‘X’ and ‚Y‘ too.”' },
        { lang: 'de', text: 'Der Spiegel schreibt »Überwachung« mit Chevrons.' },
        { lang: 'de-CH', text: 'Der Bundesrat sagte: «Wir prüfen die ‹Massnahmen›.»' },
        { lang: 'de', text: 'Ein 15"-Monitor und ein 27"-Monitor.' },
        { lang: 'de', text: 'Das " steht allein.' },
        // An inch mark after the open quotation: it may have closed it, so nothing is said.
        { lang: 'de', text: 'Er kaufte den "27"-Monitor und ging.' },
        { lang: 'en', text: "Don't say you can't, the editors' desk said." },
        { lang: 'fr', text: "L'homme n'a pas dit qu'il viendrait." },
        { lang: 'en', text: 'She said “no” and ‘maybe’.' },
        { lang: 'en', text: 'A 5" gap and a 7" gap.' },
        { lang: 'en', text: 'Retrieved March 20, 2010 < / ref > < ref name = "pemberton" >' },
        { lang: 'fr', text: 'Il a dit «\u00A0bonjour\u00A0» à l\'homme.' },
        { lang: 'fr', text: 'Il a dit «\u202Fbonjour\u202F» hier.' },
        { lang: 'fr', text: '«\u00A0Il a dit “oui”\u00A0», raconte-t-elle.' },
        { lang: 'es', text: 'Dijo que era «un éxito».' },
        { lang: 'es', text: 'La ministra dijo: “Hay que actuar ya”.' },
        { lang: 'de', text: '„Die Lage ist ernst. Wir müssen handeln.\n\n„Deshalb werden wir schnell entscheiden“, sagte er.' },
        // Straight single marks that may be apostrophes: an elision, a name's possessive.
        { lang: 'de', text: "„Komm 'rein, das ist Klaus' Haus“, rief er." },
        { lang: 'de', text: 'Sie zitierte: »Er sagte ‚nein‘ und ging.«' },
        // Both accepted pairs in one Italian or Spanish document: each quotation stays as it is written.
        { lang: 'it', text: 'Ha detto “no”.\n\nPoi ha detto «sì».' },
        { lang: 'es', text: 'Dijo «sí».\n\nHabló del llamado “plan B”.' },
      ],
    },
  },
  (ctx) => {
    const analysis = analysisOf(ctx);
    if (!analysis || !ctx.profile) return;
    const { text } = ctx;
    const documentQuotes = documentStyle(ctx, ctx.profile);
    for (const stray of analysis.strays) {
      if (!isVerbatim(ctx.block, stray.index, stray.index + 1)) continue;
      // Information, not a warning: a text cut out of its context (a sentence of a longer
      // quotation, a string of a user interface) has such marks rightly; on the MLQE-PE
      // post-edits, 60 sentences of 7,000 end a quotation that began before them.
      ctx.report({
        start: stray.index,
        end: stray.index + 1,
        message:
          stray.role === 'close'
            ? `Closing quotation mark \`${stray.char}\` without an opening one in this paragraph: a mark lost in translation?`
            : `Quotation mark \`${stray.char}\` is not closed in this paragraph (right only if the quotation goes on in the next one); the marks from here on were left as they are`,
        severity: 'info',
      });
    }
    for (const pair of analysis.typewriter) {
      if (!pair.fixable) continue;
      for (const [k, mark] of [pair.open, pair.close].entries()) {
        if (text.slice(mark.start, mark.end) === mark.expected) continue;
        const message = `Unexpected \`${mark.char}\` (a typewriter's quotation mark), expected \`${mark.expected.trim()}\``;
        if (pair.review) reportReview(ctx, pair.review, pair.depth, false, mark, k, message, documentQuotes);
        else ctx.report({ start: mark.start, end: mark.end, message, fix: mark.expected });
      }
    }
    const { continued } = analysis;
    if (continued && text.slice(continued.start, continued.end) !== continued.expected) {
      const actual = text.slice(continued.start, continued.end);
      const message = `${markMessage(continued, actual)} (a quotation that goes on in the next paragraph)`;
      if (continued.review) reportReview(ctx, continued.review, 0, false, continued, 0, message, documentQuotes);
      else ctx.report({ start: continued.start, end: continued.end, message: restyling(ctx, continued.char) ? `${message}: ${styleNote(documentQuotes)}` : message, fix: continued.expected, ...(spaceKindOnly(actual, continued.expected) ? { severity: 'info' as const } : {}) });
    }
    const straightStyle = straightHouseStyle(documentQuotes, ctx.profile);
    for (const pair of analysis.pairs) {
      if (!pair.fixable) continue;
      // (A quotation in straight marks, in a document that quotes in them: its house style.)
      const house = straightStyle && pair.open.char === '"' && pair.close.char === '"';
      for (const [k, mark] of [pair.open, pair.close].entries()) {
        const actual = text.slice(mark.start, mark.end);
        if (actual === mark.expected) continue;
        if (pair.review) reportReview(ctx, pair.review, pair.depth, pair.depth === 0 && ownRegional(ctx, pair), mark, k, markMessage(mark, actual), documentQuotes);
        else if (house) ctx.report({ start: mark.start, end: mark.end, message: `${markMessage(mark, actual)}: ${straightNote(documentQuotes, ctx.profile)}`, fix: mark.expected, severity: 'info' });
        else ctx.report({ start: mark.start, end: mark.end, message: pair.restyle ? `${markMessage(mark, actual)}: ${styleNote(documentQuotes)}` : markMessage(mark, actual), fix: mark.expected, ...(spaceKindOnly(actual, mark.expected) ? { severity: 'info' as const } : {}) });
      }
    }
    for (const { at, actual, expected } of singleFixes(ctx, analysis)) {
      ctx.report({ start: at, end: at + 1, message: `Unexpected \`${actual}\` inside a quotation, expected \`${expected}\``, fix: expected });
    }
  },
);

/** Whether a quotation is written in the marks of a region the document is not read as (Swiss «Zitat»). */
function ownRegional(ctx: RuleContext, pair: QuotePair): boolean {
  return regionWriting(ctx.text, pair.open, pair.close, regionalPairs(ctx.profile!)) !== undefined;
}

/** Whether a mark is one of a pair the language or a region accepts (so that changing it changes a quotation's style). */
function restyling(ctx: RuleContext, char: string): boolean {
  return acceptedPairs(ctx.profile!).some(([o]) => o === char) || regionalPairs(ctx.profile!).some(([, [o]]) => o === char);
}

/** How a message says what the document quotes in. */
function styleNote(style: DocumentStyle): string {
  const [o, c] = style.pair;
  const total = style.votes + style.others;
  if (total === 0) return `the document quotes in ${o}…${c}`;
  return style.tied
    ? `the document quotes in ${o}…${c} as often as in another pair (${style.votes} of its ${total} quotations), and a tie goes to the language's own`
    : `the document quotes in ${o}…${c} (${style.votes} of its ${total} quotations)`;
}

/**
 * A mark (the `k`th of its quotation, at `depth`) whose fix is only suggested (see
 * `QuotePair.review`). Where the document quotes as a region does, a quotation in the region's
 * marks (`own`) is said to be right there, and the suggestions for the others name the region's
 * marks too; a quotation in another style than the document's in a paragraph whose marks do
 * not all pair up is said to be left as written.
 */
function reportReview(ctx: RuleContext, review: 'unpaired' | 'region', depth: number, own: boolean, mark: QuoteMark, k: number, message: string, style: DocumentStyle): void {
  const bare = mark.expected.replace(/\s/g, '');
  if (review === 'unpaired') {
    ctx.report({ start: mark.start, end: mark.end, message: `\`${mark.char}\`: ${styleNote(style)}, expected \`${bare}\` (left as written: not all the paragraph's quotation marks pair up)`, expected: [mark.expected], severity: 'info' });
    return;
  }
  const region = style.region!;
  const theirs = ctx.profile?.regionalQuotes?.[region];
  const there = theirs ? (depth > 0 ? theirs.secondary : theirs.primary)[k] : undefined;
  ctx.report({
    start: mark.start,
    end: mark.end,
    message: own
      ? `\`${mark.char}\` is how ${ctx.language}-${region} quotes; expected \`${bare}\` unless the text is written for there (--locale ${ctx.language}-${region})`
      : `${message}, or \`${there ?? bare}\` as ${ctx.language}-${region} writes it, and the document quotes (${style.votes} of ${style.votes + style.others} quotations; --locale ${ctx.language}-${region})`,
    expected: own || there === undefined || there === bare ? [mark.expected] : [mark.expected, there],
    severity: 'info',
  });
}

/**
 * Whether a mark written as `actual` differs from `expected` only in its inner space's kind
 * (French `« oui »` for `«\u00A0oui\u00A0»`): information, fixed still. The quotation is marked
 * as the language marks it; the ordinary space, which typed text mostly has, shows at a line's
 * end alone. (On the French Debian handbook: 82 warnings in 6,000 words, every one of them this.)
 */
function spaceKindOnly(actual: string, expected: string): boolean {
  const plain = (s: string) => s.replace(/[ \t\u00A0\u202F\u2009]/gu, ' ');
  return actual !== expected && /[ \t]/u.test(actual) && plain(actual) === plain(expected);
}

/** What is wrong with a mark written as `actual` (the mark and its inner space): its style or its space. */
function markMessage(mark: QuoteMark, actual: string): string {
  const bare = mark.expected.replace(/\s/g, '');
  return mark.char !== bare
    ? `Unexpected \`${mark.char}\`, expected \`${bare}\`${bare === mark.expected ? '' : ' with a no-break space inside'}`
    : bare === mark.expected
      ? `Unexpected space inside \`${mark.char}\` (\`${show(actual)}\` → \`${show(mark.expected)}\`)`
      : `Expected a no-break space inside \`${mark.char}\` (\`${show(actual)}\` → \`${show(mark.expected)}\`)`;
}

/** Words an apostrophe begins (English "'em", "'tis", "'cause"; German "'ne", "'n", "'s"): no opening quote. */
const ELISIONS = /^(?:em|tis|twas|cause|cos|til|bout|round|n|ne|nen|nem|ner|s)(?![\p{L}])/iu;

/**
 * Whether either of two straight single marks that pair up by their places (`i` opening, `j`
 * closing) may be an apostrophe instead: an elision before a digit or a word ("'90s", "'ne"); a
 * dropped g ("nothin'", "goin'": the word with a g is one the dictionary knows, which "nein"
 * and "Berlin" with one are not; without a dictionary any word in "in"); a possessive after s,
 * x, z or ß ("players'", "Hans'"), where a word follows the mark (what it owns), and, where the
 * language writes that apostrophe after names only (German, `possessiveApostrophe`), the word
 * is capitalized and no article stands right before it ('Der Prozess' is a noun's).
 */
function apostrophe(ctx: RuleContext, i: number, j: number): boolean {
  const { text } = ctx;
  if (!/\p{L}/u.test(text[i + 1] ?? '') || ELISIONS.test(text.slice(i + 1, i + 6))) return true;
  let k = j;
  while (k > i + 1 && /[\p{L}\p{M}]/u.test(text[k - 1])) k--;
  const word = text.slice(k, j);
  if (word.endsWith('in')) {
    const speller = ctx.doc.resources.speller(ctx.language);
    if (!speller || speller.correct(`${word}g`)) return true;
  }
  if (!/[sxzß]$/iu.test(word)) return false;
  // (What follows a possessive is what it owns: before punctuation or the quotation's end the mark closes.)
  if (!/^[ \t\u00A0]+[\p{L}\p{N}]/u.test(text.slice(j + 1, j + 8))) return false;
  if (ctx.profile?.possessiveApostrophe !== 'names') return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const before = /(\p{L}+)[ \t\u00A0]+$/u.exec(text.slice(Math.max(i + 1, k - 24), k));
  return !(before !== null && ctx.profile.articles?.has(before[1].toLowerCase()));
}


/** Single marks `innerSingles` reads (the apostrophe ’ is not one of them). */
const SINGLES = new Set(['‚', '‘', '‹', '›']);

/**
 * The single marks directly inside `[from, to)` (not inside a nested quotation, `nested`), as
 * pairs of offsets, or no `pairs` when they do not all pair up as quotation marks: German ‚…‘,
 * ›…‹, Swiss ‹…› or straight '…', each opening one after a space or an opening bracket and
 * each closing one before a space or punctuation ("geht‘s" is an apostrophe), and no straight
 * one that may be an apostrophe (see `apostrophe`). `curly`: whether any of them is not straight.
 */
function singleMarks(ctx: RuleContext, from: number, to: number, nested: ReadonlyArray<{ open: number; close: number }>): { pairs?: Array<[number, number]>; curly: boolean } {
  const { text } = ctx;
  const marks: number[] = [];
  for (let i = from; i < to; i++) {
    // (A straight ' between two letters or digits is an apostrophe: "don't", "geht's".)
    const single = SINGLES.has(text[i]) || (text[i] === "'" && !(ALNUM.test(text[i - 1] ?? '') && ALNUM.test(text[i + 1] ?? '')));
    if (single && !nested.some((p) => p.open <= i && i <= p.close)) marks.push(i);
  }
  const curly = marks.some((i) => text[i] !== "'");
  if (marks.length % 2 !== 0) return { curly };
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < marks.length; k += 2) {
    const i = marks[k];
    const j = marks[k + 1];
    const [open, close] = [text[i], text[j]];
    const style = (open === '‚' && close === '‘') || (open === '›' && close === '‹') || (open === '‹' && close === '›') || (open === "'" && close === "'");
    if (!style) return { curly };
    const before = text[i - 1] ?? '';
    const after = text[j + 1] ?? '';
    if (!(i === from || BEFORE_OPEN.test(before) || QUOTE_LIKE.test(before)) || !(after === '' || AFTER_CLOSE.test(after) || QUOTE_LIKE.test(after))) return { curly };
    // Straight marks are apostrophes as often: any that may be one leaves them all.
    if (open === "'" && apostrophe(ctx, i, j)) return { curly };
    if (!isVerbatim(ctx.block, i, i + 1) || !isVerbatim(ctx.block, j, j + 1)) return { curly };
    pairs.push([i, j]);
  }
  return { pairs, curly };
}

/**
 * Single marks of another style directly inside a quotation (see `singleMarks`): German ‚…‘,
 * straight '…' (curled or not, the quotation's double marks: „Er las 'Der Prozess'“ is half
 * straight), ›…‹ or ‹…› where the quotation is not written »…« or «…», become the marks a
 * quotation inside one that opens with `outer` (its opening mark after this run's fixes) takes
 * ("«Er sagte ‚nein‘.»" in Swiss German: ‹nein›; German »…« takes ›…‹). Where `keepSecondary`
 * (the quotation keeps its marks), German »…« keeps a ‚…‘ as it keeps a „…“ inside; a quotation
 * whose style the fixes change takes the nested marks of its new one („…‚…‘…“ → »…›…‹…«). Only
 * when every single mark of the quotation pairs up: otherwise nothing is touched.
 */
function innerSingles(ctx: RuleContext, pair: QuotePair | TypewriterPair, depthOne: readonly QuotePair[], outer: string, keepSecondary: boolean): Array<{ at: number; actual: string; expected: string }> {
  const quotes = ctx.profile?.quotes;
  if (!quotes || !pair.fixable) return [];
  // What a quotation inside this one takes: the secondary marks, or (Spanish “…”) the tertiary,
  // or (German »…«) the alternative pair's own.
  const target = nestedMarks(quotes, outer);
  const { text } = ctx;
  const lo = partitionPoint(depthOne, (p) => p.open.index <= pair.open.index);
  const nested: Array<{ open: number; close: number }> = [];
  for (let k = lo; k < depthOne.length && depthOne[k].open.index < pair.close.index; k++) if (depthOne[k].close.index < pair.close.index) nested.push({ open: depthOne[k].open.index, close: depthOne[k].close.index });
  const found = singleMarks(ctx, pair.open.end, pair.close.start, nested).pairs;
  if (!found) return [];
  // (Inside an alternative pair, German »…«, whose nested marks are its own.)
  const inAlternative = keepSecondary && target !== quotes.secondary && target !== quotes.tertiary;
  const fixes: Array<{ at: number; actual: string; expected: string }> = [];
  for (const [i, j] of found) {
    const [open, close] = [text[i], text[j]];
    if (open === target[0] && close === target[1]) continue;
    // (German ‚…‘ inside »…«: the language's own nested marks, kept as a „…“ there is.)
    if (inAlternative && open === quotes.secondary[0] && close === quotes.secondary[1]) continue;
    fixes.push({ at: i, actual: open, expected: target[0] }, { at: j, actual: close, expected: target[1] });
  }
  return fixes;
}

/** The single marks inside the block's quotations that this run rewrites (see `innerSingles`), each at its offset. */
function singleFixes(ctx: RuleContext, analysis: Analysis): Array<{ at: number; actual: string; expected: string }> {
  // (The quotations nested in others, by where they open: each quotation's are found by
  // bisection; filtering them all for each quotation was quadratic, 5 s for 30,000.)
  const nestedPairs = analysis.pairs.filter((p) => p.depth === 1).sort((a, b) => a.open.index - b.open.index);
  const fixes: Array<{ at: number; actual: string; expected: string }> = [];
  for (const pair of analysis.typewriter) {
    if (pair.fixable && pair.depth === 0 && !pair.review) fixes.push(...innerSingles(ctx, pair, nestedPairs, pair.open.expected.trim(), false));
  }
  for (const pair of analysis.pairs) {
    // (Not inside straight marks that stay, a document's style in Dutch: its straight singles stay with them.)
    if (pair.fixable && pair.depth === 0 && pair.review !== 'region' && openingAfterFixes(pair) !== '"') fixes.push(...innerSingles(ctx, pair, nestedPairs, openingAfterFixes(pair), pair.open.char === openingAfterFixes(pair)));
  }
  return fixes;
}

const singlesCache = new WeakMap<Block, { language: string; singles: Map<number, string> }>();

/**
 * The mark a single quotation mark at `at` of the block is written with after this run: the
 * quotes rule's fix ('oui' inside French guillemets becomes “oui”), or the mark as it stands.
 * Rules that read the marks around punctuation (space-before-punctuation) read them so, as a
 * second run would.
 */
export function singleAfterFixes(ctx: RuleContext, at: number): string {
  let cached = singlesCache.get(ctx.block);
  if (!cached || cached.language !== ctx.language) {
    const analysis = analysisOf(ctx);
    const singles = new Map<number, string>();
    if (analysis && ctx.profile) for (const f of singleFixes(ctx, analysis)) singles.set(f.at, f.expected);
    cached = { language: ctx.language, singles };
    singlesCache.set(ctx.block, cached);
  }
  return cached.singles.get(at) ?? ctx.text[at];
}
