/**
 * Quotation marks: double quotes that are not the language's style (straight "…", or
 * another language's curly quotes such as “…” in German or „…“ in English) become the
 * profile's primary pair, or its secondary pair inside another quotation. In French the
 * guillemets also get their inner no-break space (`innerSpace`). A region may write its own
 * (`regionalQuotes`: Swiss German «…» for a document spelled de-CH).
 *
 * A document keeps one style: where the language accepts other pairs as they are
 * (`alternatives`: German »…«, Italian and Spanish “…”) and most of the document's correctly
 * written quotations take one of them, the quotations to fix take that one instead, and the
 * quotations nested in them its nested marks (German »…« and ›…‹, Italian “…” and ‘…’); see
 * `documentStyle` for the count. Quotations already in an accepted pair stay as they are.
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
 * `quotePairs` is shared with the quote-period rule, so that both agree on the pairs.
 *
 * @example
 *   in:  'Er nannte es "das größte Unternehmen".'
 *   out: 'Er nannte es „das größte Unternehmen“.'
 */
import { partitionPoint } from '../core/spans.js';
import { blockIndex, defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim, type Block } from '../core/document.js';
import { oneSidedQuoteMarks, type LanguageProfile } from '../languages/index.js';

/** Double quotation marks this rule pairs and may replace. */
const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»']);
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
   * language opens a quotation.
   */
  continued?: QuoteMark;
  /**
   * Quotations written with a typewriter's stand-ins for the low opening mark: two commas
   * (",,Die Zeit''"), closed by two apostrophes, a straight or a curly double mark.
   */
  typewriter: QuotePair[];
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

function analyse(ctx: RuleContext, profile: LanguageProfile): Analysis | undefined {
  const { text } = ctx;
  // Most blocks have no double quotation mark at all (and a character-by-character scan
  // of two-byte text makes a string per character).
  let any = false;
  for (const d of DOUBLE) if (text.includes(d)) any = true;
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

  const { primary, secondary, tertiary, innerSpace } = profile.quotes;
  const alternatives = profile.quotes.alternatives ?? [];
  // The pair a quotation not written in an accepted one takes: the document's (see `documentStyle`).
  const style = documentStyle(ctx, profile);
  let continued: QuoteMark | undefined;
  if (goesOn) {
    const open = stack[0];
    // (Its own style when the language accepts it: »… in German stays.)
    const o = [primary, ...alternatives].some(([a]) => a === open.char) ? open.char : style[0];
    const mark = innerSpace !== undefined && o === primary[0] ? openWithSpace(text, open.index, o, innerSpace) : HSPACE.test(text[open.index + 1] ?? '') ? openWithSpace(text, open.index, o, '', true) : { ...open, start: open.index, end: open.index + 1, expected: o };
    if (isVerbatim(ctx.block, mark.start, mark.end)) continued = mark;
  }
  // The marks each outer quotation ends up with (by its opening offset): a nested quotation
  // must not use the same ones ("«El plan «Vivienda joven» es…»" is no nesting).
  const outerMarks = new Map<number, string>();
  // Quotations to fix whose marks, in a document quoting in an alternative style, would be read
  // the other way round where they stand (German »…« after a period before a word, `„Ja.”Dann`:
  // a « there reads as opening): they take the primary pair, as without the count.
  const unsure = new Set<number>();
  for (const { depth, open, close } of raw) {
    if (depth !== 0) continue;
    const ok = [primary, ...alternatives].some(([o, c]) => o === open.char && c === close.char);
    if (!ok && style !== primary && !(roleOf(text, open.index, profile, { char: style[0], inside: 'after' }) === 'open' && roleOf(text, close.index, profile, { char: style[1], inside: 'before' }) === 'close')) unsure.add(open.index);
    outerMarks.set(open.index, ok ? open.char : unsure.has(open.index) ? primary[0] : style[0]);
  }
  const pairs = raw.map(({ depth, open, close, outer, outerIndex }) => {
    const outerNow = outerIndex === undefined ? outer : (outerMarks.get(outerIndex) ?? outer);
    // Inside a quotation written with the secondary marks (Spanish “…”), the next level's marks.
    // Inside a quotation written with an alternative pair, that pair's own (German »…« takes ›…‹).
    const alternative = depth > 0 && outerNow !== undefined ? profile.quotes.alternativeSecondary?.[outerNow] : undefined;
    const nested = depth > 0 && tertiary !== undefined && outerNow === secondary[0] ? tertiary : ((alternative as [string, string] | undefined) ?? secondary);
    const accepted = depth === 0 ? [primary, ...alternatives] : nested === secondary ? [secondary, primary, ...alternatives] : [nested, primary];
    const ok = accepted.some(([o, c]) => o === open.char && c === close.char) && !(depth > 0 && open.char === outerNow && !profile.quotes.nestSame);
    const [o, c] = ok ? [open.char, close.char] : depth === 0 ? (unsure.has(open.index) ? primary : style) : nested;
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
    return pair;
  });
  // A typewriter quotation inside another takes the marks of the level below it (German „…‚…‘…“,
  // English “…‘…’…”, Spanish «…“…”…»), as a nested quotation in straight marks does: written
  // with the outer ones, a second run had changed them again.
  for (const tw of typewriter) {
    let outer: QuotePair | undefined;
    for (const p of pairs) if (p.open.index < tw.open.index && tw.close.index < p.close.index && (!outer || p.open.index > outer.open.index)) outer = p;
    if (!outer) continue;
    const { quotes } = profile;
    const o = outer.open.expected.trim();
    const inner = quotes.alternativeSecondary?.[o] ?? (quotes.tertiary !== undefined && o === quotes.secondary[0] ? quotes.tertiary : quotes.secondary);
    tw.depth = outer.depth + 1;
    tw.open.expected = inner[0];
    tw.close.expected = inner[1];
  }
  return { pairs, strays, continued, typewriter };
}

/** The per-document scratch key of the style each profile's quotations are written in. */
const STYLE = 'quotes/style';

/**
 * The pair a document quotes in, for the quotations not written in a pair the language accepts
 * (straight "…", another language's “…” in German): of the accepted pairs (the profile's
 * primary and its `alternatives`: German „…“ and »…«, Italian and Spanish «…» and “…”), the
 * one that most of the document's correctly written quotations take; a tie, or no such
 * quotation, gives the primary. Counted over all the document's paragraphs are the quotations
 * not nested in another, both of whose marks are one accepted pair's, where the pairing
 * settles them (a stretch of the paragraph that closes all it opens); a region's own marks
 * (Swiss «…» in a German text) are no accepted pair. One »…« against none in „…“ is enough.
 * The count reads each paragraph's source (in Markdown with its markup, passing over a mark
 * it cannot place), so it is the same for every paragraph. The fixes write the winner's marks
 * at that level, which a second run over the corrected text counts again, so it chooses the
 * same; except for a quotation whose marks in that style would be read the other way round
 * where they stand (`unsure` in `analyse`), which takes the primary pair: that run may then
 * count a tie, but it finds nothing left to fix either way, every quotation being accepted.
 */
function documentStyle(ctx: RuleContext, profile: LanguageProfile): readonly [string, string] {
  const { primary } = profile.quotes;
  const alternatives = profile.quotes.alternatives ?? [];
  if (alternatives.length === 0) return primary;
  let styles = ctx.doc.state.get(STYLE) as Map<LanguageProfile, readonly [string, string]> | undefined;
  if (!styles) ctx.doc.state.set(STYLE, (styles = new Map()));
  let style = styles.get(profile);
  if (!style) {
    style = countStyle(ctx, profile);
    styles.set(profile, style);
  }
  return style;
}

const NO_CLOSERS: ReadonlySet<number> = new Set();

function countStyle(ctx: RuleContext, profile: LanguageProfile): readonly [string, string] {
  const { primary } = profile.quotes;
  const accepted = [primary, ...(profile.quotes.alternatives ?? [])];
  const { source } = ctx.doc;
  // (Most documents have no mark of an alternative at all.)
  if (!accepted.slice(1).some(([o]) => source.includes(o))) return primary;
  const counts = accepted.map(() => 0);
  const ranges = ctx.doc.blocks.length > 0 ? ctx.doc.blocks : [{ start: 0, end: source.length }];
  for (const { start, end } of ranges) {
    const text = source.slice(start, end);
    if (!accepted.some(([o]) => text.includes(o))) continue;
    const pairing = pairMarks(text, profile, [], NO_CLOSERS, true);
    if (!pairing) continue;
    for (let k = 0; k < pairing.settled; k++) {
      const { depth, open, close } = pairing.raw[k];
      if (depth !== 0) continue;
      const n = accepted.findIndex(([o, c]) => o === open.char && c === close.char);
      if (n >= 0) counts[n]++;
    }
  }
  let best = 0;
  for (let n = 1; n < accepted.length; n++) if (counts[n] > counts[best]) best = n;
  return best === 0 ? primary : (accepted[best] as [string, string]);
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

/**
 * Quotations opened with two commas, as typewriters and plain-text writers stand in for „
 * (",,Die Zeit''", ",,Wir kommen.""), on one line: closed by the first two apostrophes, or
 * straight or curly closing double mark, after a word or punctuation and before a space,
 * punctuation or the end. Without such a closer, or with another double mark between, the
 * commas are left as they are. Both marks become the pair the document quotes in (see
 * `documentStyle`): the language's primary, or the alternative most of its quotations take.
 */
function typewriterPairs(ctx: RuleContext, profile: LanguageProfile, opaque: readonly { start: number; end: number }[]): QuotePair[] {
  const { text } = ctx;
  const style = documentStyle(ctx, profile);
  const innerSpace = style === profile.quotes.primary ? profile.quotes.innerSpace : undefined;
  const pairs: QuotePair[] = [];
  let from = 0;
  for (const m of text.matchAll(TYPEWRITER_OPEN)) {
    const i = m.index;
    if (i < from || opaque.some((w) => w.start <= i && i < w.end)) continue;
    const limit = Math.min(text.length, i + 1002);
    let close: { index: number; length: number } | undefined;
    for (let k = i + 2; k < limit; k++) {
      const c = text[k];
      if (c === '\n' || c === '\r' || (c === ',' && text[k + 1] === ',')) break;
      const length = c === "'" && text[k + 1] === "'" ? 2 : c === '"' || c === '“' ? 1 : DOUBLE.has(c) ? -1 : 0;
      if (length < 0) break;
      if (length === 0) continue;
      const after = text[k + length] ?? '';
      if (!/\s/u.test(text[k - 1]) && (after === '' || AFTER_CLOSE.test(after))) close = { index: k, length };
      break;
    }
    if (!close) continue;
    from = close.index + close.length;
    const open: QuoteMark = { index: i, char: ',,', start: i, end: i + 2, expected: style[0] + (innerSpace ?? '') };
    const closing: QuoteMark = { index: close.index, char: text.slice(close.index, from), start: close.index, end: from, expected: (innerSpace ?? '') + style[1] };
    pairs.push({ depth: 0, open, close: closing, fixable: isVerbatim(ctx.block, open.start, open.end) && isVerbatim(ctx.block, closing.start, closing.end) });
  }
  return pairs;
}

/** Whether the paragraph after the rule context's block opens with a quotation mark. */
function nextParagraphOpens(ctx: RuleContext, profile: LanguageProfile): boolean {
  const k = blockIndex(ctx);
  const next = k >= 0 ? ctx.doc.blocks[k + 1] : undefined;
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
function roleOf(text: string, i: number, profile: LanguageProfile, options: { char?: string; inside?: 'before' | 'after'; markup?: boolean } = {}): 'open' | 'close' | undefined {
  const { char = text[i], inside, markup = false } = options;
  let a = i - 1;
  while (a >= 0 && (QUOTE_LIKE.test(text[a]) || (inside === 'before' && HSPACE.test(text[a])) || (markup && MARKUP.test(text[a])))) a--;
  let b = i + 1;
  while (b < text.length && (QUOTE_LIKE.test(text[b]) || (inside === 'after' && HSPACE.test(text[b])) || (markup && MARKUP.test(text[b])))) b++;
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
        { lang: 'de', text: '»Ja«, sagte er.\n\n„Nein“, sagte sie, und dann "vielleicht".', output: '»Ja«, sagte er.\n\n„Nein“, sagte sie, und dann „vielleicht“.' },
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
        // Both accepted pairs in one document: each quotation stays as it is written.
        { lang: 'de', text: '»Ja«, sagte er.\n\n„Nein“, sagte sie. Der »Spiegel« berichtete.' },
        { lang: 'it', text: 'Ha detto “no”.\n\nPoi ha detto «sì».' },
      ],
    },
  },
  (ctx) => {
    const analysis = analysisOf(ctx);
    if (!analysis) return;
    const { text } = ctx;
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
      for (const mark of [pair.open, pair.close]) {
        if (text.slice(mark.start, mark.end) === mark.expected) continue;
        ctx.report({ start: mark.start, end: mark.end, message: `Unexpected \`${mark.char}\` (a typewriter's quotation mark), expected \`${mark.expected.trim()}\``, fix: mark.expected });
      }
    }
    const { continued } = analysis;
    if (continued && text.slice(continued.start, continued.end) !== continued.expected) {
      ctx.report({
        start: continued.start,
        end: continued.end,
        message: `${markMessage(continued, text.slice(continued.start, continued.end))} (a quotation that goes on in the next paragraph)`,
        fix: continued.expected,
      });
    }
    // The quotations nested in others, by where they open (each quotation's are found by
    // bisection: filtering them all for each quotation was quadratic, 5 s for 30,000).
    const nestedPairs = analysis.pairs.filter((p) => p.depth === 1).sort((a, b) => a.open.index - b.open.index);
    // Quotations in a region's own marks, written as that region writes them (Swiss «Zitat» in
    // a German text whose region was not told): right there, so suggestions, not fixes. So are,
    // in such a paragraph, the quotations nested in them and the others in those marks
    // («Nein » with a space too): the paragraph keeps one style, whichever the editor chooses.
    // (Every quotation of such a paragraph: by where it opens, one look-up each.)
    const regional = new Map<number, string>();
    for (const p of analysis.pairs) {
      const region = p.fixable ? regionWriting(ctx, p) : undefined;
      if (region !== undefined) regional.set(p.open.index, region);
    }
    const paragraphRegion = regional.size > 0 ? regional.values().next().value : undefined;
    const regionOf = (pair: QuotePair): string | undefined => regional.get(pair.open.index) ?? paragraphRegion;
    for (const pair of analysis.pairs) {
      if (!pair.fixable) continue;
      const region = regionOf(pair);
      if (region !== undefined) {
        const theirs = ctx.profile?.regionalQuotes?.[region];
        const own = regional.has(pair.open.index);
        for (const [k, mark] of [pair.open, pair.close].entries()) {
          const bare = mark.expected.replace(/\s/g, '');
          if (!own && text.slice(mark.start, mark.end) === mark.expected) continue;
          const there = theirs ? (pair.depth > 0 ? theirs.secondary : theirs.primary)[k] : undefined;
          ctx.report({
            start: mark.start,
            end: mark.end,
            message: own
              ? `\`${mark.char}\` is how ${ctx.language}-${region} quotes; expected \`${bare}\` unless the text is written for there (--locale ${ctx.language}-${region})`
              : `\`${mark.char}\` in a paragraph quoting as ${ctx.language}-${region} does: expected \`${bare}\`${there && there !== bare ? `, or \`${there}\` there` : ''} (--locale ${ctx.language}-${region})`,
            expected: [mark.expected],
            severity: 'info',
          });
        }
        continue;
      }
      for (const mark of [pair.open, pair.close]) {
        const actual = text.slice(mark.start, mark.end);
        if (actual === mark.expected) continue;
        ctx.report({ start: mark.start, end: mark.end, message: markMessage(mark, actual), fix: mark.expected });
      }
      if (pair.depth === 0) innerSingles(ctx, pair, nestedPairs);
    }
  },
);

/** What is wrong with a mark written as `actual` (the mark and its inner space): its style or its space. */
function markMessage(mark: QuoteMark, actual: string): string {
  const bare = mark.expected.replace(/\s/g, '');
  return mark.char !== bare
    ? `Unexpected \`${mark.char}\`, expected \`${bare}\`${bare === mark.expected ? '' : ' with a no-break space inside'}`
    : bare === mark.expected
      ? `Unexpected space inside \`${mark.char}\` (\`${show(actual)}\` → \`${show(mark.expected)}\`)`
      : `Expected a no-break space inside \`${mark.char}\` (\`${show(actual)}\` → \`${show(mark.expected)}\`)`;
}

/**
 * The region whose own quotation marks (`regionalQuotes`) a quotation is written in, as that
 * region writes them (Swiss «Zitat»: outward, no space inside), when the document is not
 * read as that region; undefined otherwise.
 */
function regionWriting(ctx: RuleContext, pair: QuotePair): string | undefined {
  const profile = ctx.profile;
  if (!profile?.regionalQuotes || pair.depth !== 0) return undefined;
  const { text } = ctx;
  for (const [region, quotes] of Object.entries(profile.regionalQuotes)) {
    if (quotes.primary[0] === profile.quotes.primary[0] && quotes.primary[1] === profile.quotes.primary[1]) continue; // the document's region
    if (pair.open.char !== quotes.primary[0] || pair.close.char !== quotes.primary[1]) continue;
    const spaced = quotes.innerSpace === undefined && (/\s/u.test(text[pair.open.index + 1] ?? '') || /\s/u.test(text[pair.close.index - 1] ?? ''));
    if (!spaced) return region;
  }
  return undefined;
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
 * Single marks of another style directly inside a quotation (not inside one nested in it):
 * German ‚…‘, straight '…' (curled or not, the quotation's double marks: „Er las 'Der
 * Prozess'“ is half straight), or ›…‹ where the quotation is not written »…«, become the marks a quotation at
 * that level takes ("«Er sagte ‚nein‘.»" in Swiss German: ‹nein›; German »…« takes ›…‹, and
 * keeps a ‚…‘ as it keeps a „…“ inside). Only when every such mark
 * of the quotation pairs up that way, each opening one after a space or an opening
 * bracket and each closing one before a space or punctuation ("geht‘s" is an apostrophe),
 * and no straight one may be an apostrophe (see `apostrophe`):
 * otherwise, and when the quotation has other single marks, nothing is touched.
 */
function innerSingles(ctx: RuleContext, pair: QuotePair, depthOne: readonly QuotePair[]): void {
  const quotes = ctx.profile?.quotes;
  if (!quotes || !pair.fixable) return;
  // What a quotation inside this one takes: the secondary marks, or (Spanish “…”) the tertiary,
  // or (German »…«) the alternative pair's own.
  const outer = pair.open.expected.trim();
  const target = quotes.alternativeSecondary?.[outer] ?? (quotes.tertiary !== undefined && outer === quotes.secondary[0] ? quotes.tertiary : quotes.secondary);
  const { text } = ctx;
  const lo = partitionPoint(depthOne, (p) => p.open.index <= pair.open.index);
  const nested: QuotePair[] = [];
  for (let k = lo; k < depthOne.length && depthOne[k].open.index < pair.close.index; k++) if (depthOne[k].close.index < pair.close.index) nested.push(depthOne[k]);
  const marks: number[] = [];
  for (let i = pair.open.end; i < pair.close.start; i++) {
    // (A straight ' between two letters or digits is an apostrophe: "don't", "geht's".)
    const single = SINGLES.has(text[i]) || (text[i] === "'" && !(ALNUM.test(text[i - 1] ?? '') && ALNUM.test(text[i + 1] ?? '')));
    if (single && !nested.some((p) => p.open.index <= i && i <= p.close.index)) marks.push(i);
  }
  if (marks.length === 0 || marks.length % 2 !== 0) return;
  // (Inside an alternative pair, German »…«, whose nested marks are its own.)
  const inAlternative = target !== quotes.secondary && target !== quotes.tertiary;
  const found: Array<[number, number, string, string]> = [];
  for (let k = 0; k < marks.length; k += 2) {
    const i = marks[k];
    const j = marks[k + 1];
    const [open, close] = [text[i], text[j]];
    const style = (open === '‚' && close === '‘') || (open === '›' && close === '‹') || (open === "'" && close === "'");
    if (!style) return;
    const before = text[i - 1] ?? '';
    const after = text[j + 1] ?? '';
    if (!(i === pair.open.end || BEFORE_OPEN.test(before) || QUOTE_LIKE.test(before)) || !(after === '' || AFTER_CLOSE.test(after) || QUOTE_LIKE.test(after))) return;
    // Straight marks are apostrophes as often: any that may be one leaves them all.
    if (open === "'" && apostrophe(ctx, i, j)) return;
    if (!isVerbatim(ctx.block, i, i + 1) || !isVerbatim(ctx.block, j, j + 1)) return;
    found.push([i, j, open, close]);
  }
  for (const [i, j, open, close] of found) {
    if (open === target[0] && close === target[1]) continue;
    // (German ‚…‘ inside »…«: the language's own nested marks, kept as a „…“ there is.)
    if (inAlternative && open === quotes.secondary[0] && close === quotes.secondary[1]) continue;
    ctx.report({ start: i, end: i + 1, message: `Unexpected \`${open}\` inside a quotation, expected \`${target[0]}\``, fix: target[0] });
    ctx.report({ start: j, end: j + 1, message: `Unexpected \`${close}\` inside a quotation, expected \`${target[1]}\``, fix: target[1] });
  }
}
