/**
 * The prose model every input format produces: a document is its original source
 * plus the prose blocks (paragraphs, headings, list items) to be checked. A block's
 * text is what checks see; its segments map offsets in that text back to the source,
 * so findings and fixes always point into the original bytes.
 */

/**
 * A run of block text that is a verbatim copy of the source: `text[textStart, textStart+length)`
 * equals `source[sourceStart, sourceStart+length)`. An `opaque` segment stands for
 * something that is not prose (inline code, an HTML tag): its text is a placeholder,
 * and nothing inside it may be fixed.
 */
export interface Segment {
  textStart: number;
  sourceStart: number;
  length: number;
  /** Length in the source, when it differs from `length` (opaque segments only). */
  sourceLength?: number;
  opaque?: boolean;
  /**
   * An opaque segment that stands for the characters its text holds and for no markup: a
   * character reference (`&amp;`) or a Markdown escape (`\*`). Text written over it loses no tag
   * (see `spansMarkup`); every other opaque segment (a tag, inline code, an image, a line break
   * tag) is markup.
   */
  character?: true;
  /**
   * Text that is read and checked but never changed: a Word document's text inside an earlier
   * tracked change (a change inside someone's change is theirs to make). A fix over it is listed.
   */
  locked?: true;
}

/**
 * What a block is. 'alt-text' and 'title' are a Markdown image's alt text and a link's or an
 * image's title: each a block of its own, after the block whose text holds the image or link
 * (there one placeholder), its source inside that block's (see `flowBlocks`).
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'blockquote' | 'alt-text' | 'title';

export interface Block {
  kind: BlockKind;
  text: string;
  segments: Segment[];
  /** A plain-text block of several lines: how the reader read its line breaks (`readPair` in formats/text.ts). */
  wrap?: LineReading;
  /**
   * A value of Markdown front matter (`title: …`), in the YAML style it is written in: a fix is
   * applied only where the value stays a valid scalar of that style (see `fixable`).
   */
  scalar?: 'plain' | 'single' | 'double';
  /**
   * A Markdown title (`[a](url "title")`): the character that closes it, which a fix may not
   * write (nor "(" in a title in parentheses, nor a line break), lest the title end there.
   */
  delimiter?: '"' | "'" | ')';
  /**
   * HTML: the language the block's element (or an ancestor) is marked with (`lang="en"`), where
   * it is not the document's: the block is read in it, not as a paragraph left untranslated.
   */
  lang?: string;
}

/** Whether a block is an alt text or a title, inside another block's source (see `BlockKind`). */
export function isInner(block: Block): boolean {
  return block.kind === 'alt-text' || block.kind === 'title';
}

/**
 * The blocks of the text's flow, in order: without those whose source lies inside the block
 * before them (an alt text or a title inside its paragraph), so that their sentences are sorted
 * and apart. An image alone in its paragraph, which makes no block, keeps its alt text's.
 */
export function flowBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let reach = -1;
  for (const b of blocks) {
    const start = toSource(b, 0);
    if (start < reach) continue;
    out.push(b);
    reach = toSource(b, b.text.length, true);
  }
  return out;
}

/**
 * How a plain-text reader read a block's lines (see `readPair` in formats/text.ts): the width its
 * paragraph is wrapped at, read from the `lines` that set it (the paragraph's between blank
 * lines, or the whole text's: the width at which most of them are full, else their 90th
 * percentile, which is the width at `rank` among their widths sorted), where `narrower` of them
 * are narrower and `upTo` no wider; and whether the text has blank lines between its paragraphs
 * (else it was read as hard-wrapped). Of more than 200 lines, `full` keeps how many are full at
 * each width (see `widthAfter` in formats/text.ts).
 */
export interface LineReading {
  width: number;
  blankLines: boolean;
  lines: number;
  rank: number;
  narrower: number;
  upTo: number;
  full?: Int32Array;
  /** Between blank lines: the width the whole text's lines are full at, where they tell one (a paragraph whose own lines do not is read at it). */
  documentWidth?: number;
}

export interface ProseDocument {
  source: string;
  format: 'text' | 'markdown' | 'xliff' | 'html' | 'docx';
  blocks: Block[];
  /**
   * XLIFF: the content of the CDATA sections in the blocks, as flat start, end pairs of source
   * offsets: a replacement there is written as it is, not XML-escaped. (Not a section of HTML,
   * read as HTML, where a replacement is escaped: see formats/xliff-html.ts.)
   */
  cdata?: number[];
  /**
   * XLIFF: the CDATA sections read as HTML (formats/xliff-html.ts), flat start, end pairs of
   * source offsets (a run of sections read as one, from the first's content to the last's): their
   * text reads as HTML reads it (`&auml;` ä), and a replacement there is XML-escaped.
   */
  htmlCdata?: number[];
  /** `<!-- lektor-disable … -->` comments (Markdown, HTML), in order (see directives.ts). */
  directives?: Directive[];
}

import type { Directive } from './directives.js';

/** The placeholder character that stands for an opaque (non-prose) span in block text. */
export const OPAQUE = '\uFFFC';

/** A block that is a single verbatim slice of the source. */
export function sliceBlock(source: string, start: number, end: number, kind: BlockKind = 'paragraph'): Block {
  return { kind, text: source.slice(start, end), segments: [{ textStart: 0, sourceStart: start, length: end - start }] };
}

function findSegment(block: Block, offset: number, preferEnd: boolean): Segment {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid];
    if (s.textStart < offset || (!preferEnd && s.textStart === offset)) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/** Map a block-text offset to a source offset. `isEnd` maps an exclusive end. */
export function toSource(block: Block, offset: number, isEnd = false): number {
  const seg = findSegment(block, offset, isEnd);
  if (seg.opaque) {
    return isEnd ? seg.sourceStart + (seg.sourceLength ?? seg.length) : seg.sourceStart;
  }
  return seg.sourceStart + Math.min(offset - seg.textStart, seg.length);
}

/**
 * Map a source offset to a block-text offset: inside a verbatim segment, the same place; inside
 * an opaque one, its end (its start where the offset is); between segments (markup the text
 * leaves out), the next segment's start; after the last, the text's end.
 */
export function fromSource(block: Block, offset: number): number {
  const segs = block.segments;
  // The first segment that ends at or after the offset: by halves where the segments' source
  // ends only grow (as a reader makes them), else in order. (A scan for every offset made the
  // score of a target of 100,000 inline tags and 50,000 findings take 9 s.)
  let k = 0;
  if (inSourceOrder(block)) k = firstEndingFrom(segs, offset);
  else while (k < segs.length && sourceEnd(segs[k]) < offset) k++;
  const seg = segs[k];
  if (seg === undefined) return block.text.length;
  if (offset < seg.sourceStart) return seg.textStart;
  return seg.opaque ? (offset === seg.sourceStart ? seg.textStart : seg.textStart + seg.length) : seg.textStart + offset - seg.sourceStart;
}

const sourceEnd = (seg: Segment): number => seg.sourceStart + (seg.opaque ? (seg.sourceLength ?? seg.length) : seg.length);

/** The first of segments in source order that ends at or after `offset` (their length where none does), by halves. */
function firstEndingFrom(segs: readonly Segment[], offset: number): number {
  let k = 0;
  let hi = segs.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (sourceEnd(segs[mid]) < offset) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/** Whether a block's segments' source ends never go down (known once per block). */
const sourceOrdered = new WeakMap<Block, boolean>();
function inSourceOrder(block: Block): boolean {
  let known = sourceOrdered.get(block);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < block.segments.length && known; i++) if (sourceEnd(block.segments[i]) < sourceEnd(block.segments[i - 1])) known = false;
    sourceOrdered.set(block, known);
  }
  return known;
}

/**
 * Whether `[start, end)` of the block text is a verbatim copy of one source range,
 * so that replacing it in the source is safe (no markup or opaque span inside).
 */
export function isVerbatim(block: Block, start: number, end: number): boolean {
  const a = findSegment(block, start, false);
  const b = findSegment(block, end, true);
  if (a !== b || a.opaque || a.locked) return false;
  return start >= a.textStart && end <= a.textStart + a.length;
}

/**
 * Whether `[start, end)` of the block text reads the source as it is written: verbatim text and
 * character references or escapes read as their characters (`Segment.character`: XLIFF's
 * `&#8222;`, HTML's `&bdquo;`, Markdown's `\*`), each piece right after the one before in the
 * source. Not across a tag, other markup the reader left out, or a placeholder. A check may read
 * such a stretch as the text it is ("„Ja“.Die" written `&#8222;Ja&#8220;.Die`); its fix is written
 * only where the range it replaces is verbatim (`fixable`).
 */
export function readsAsWritten(block: Block, start: number, end: number): boolean {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].textStart + segs[mid].length <= start) lo = mid + 1;
    else hi = mid;
  }
  let sourceEnd: number | undefined;
  for (let k = lo; k < segs.length && segs[k].textStart < end; k++) {
    const seg = segs[k];
    if (seg.length === 0) continue;
    if (seg.opaque && !seg.character) return false;
    if (sourceEnd !== undefined && seg.sourceStart !== sourceEnd) return false;
    sourceEnd = seg.sourceStart + (seg.opaque ? (seg.sourceLength ?? seg.length) : seg.length);
  }
  return sourceEnd !== undefined;
}

/**
 * Whether a fix of `[start, end)` with `replacement` may be applied to the source: the range is
 * verbatim (`isVerbatim`), and in a front-matter value the value stays a scalar of its style
 * (no quotation mark of its own, nor a backslash in a double-quoted one; in a plain one, no ": ",
 * " #" or a leading indicator, which YAML reads as structure), and a Markdown title is not closed
 * early (see `Block.delimiter`).
 */
export function fixable(block: Block, start: number, end: number, replacement: string): boolean {
  return isVerbatim(block, start, end) && keepsSyntax(block, start, end, replacement);
}

/**
 * Whether writing `replacement` over `[start, end)` of the block text keeps the block what it is:
 * a front-matter value a scalar of its style, a Markdown title unclosed (`fixable`, without the
 * range's own check).
 */
export function keepsSyntax(block: Block, start: number, end: number, replacement: string): boolean {
  if (block.delimiter !== undefined) return !/[\n\r]/.test(replacement) && !replacement.includes(block.delimiter) && !(block.delimiter === ')' && replacement.includes('('));
  const style = block.scalar;
  if (style === undefined) return true;
  if (/[\n\r]/.test(replacement)) return false;
  if (style === 'double') return !/["\\]/.test(replacement);
  if (style === 'single') return !replacement.includes("'");
  const value = block.text.slice(0, start) + replacement + block.text.slice(end);
  return value.trim() !== '' && !/: |:$| #|^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value);
}

/**
 * Whether `[start, end)` of the block text is a verbatim copy of the source but for what the
 * parser left out at a line break inside it: white space before the line end, and the next
 * line's prefix (a Markdown list item's indentation, a block quote's `>`). A fix over such a
 * range takes the prefixes with it, and writes them again where it keeps a line break (the
 * glossary's, see `Report.acrossLines`).
 */
export function isVerbatimAcrossLines(block: Block, source: string, start: number, end: number): boolean {
  if (isVerbatim(block, start, end)) return true;
  let seg = findSegment(block, start, false);
  if (seg.opaque || seg.locked || start < seg.textStart) return false;
  for (let k = block.segments.indexOf(seg); seg.textStart + seg.length < end; ) {
    const next = block.segments[++k];
    if (next === undefined || next.opaque || next.locked || next.textStart !== seg.textStart + seg.length) return false;
    const gap = source.slice(seg.sourceStart + seg.length, next.sourceStart);
    const after = block.text[next.textStart - 1];
    const before = block.text[next.textStart];
    const prefix = (after === '\n' || after === '\r') && /^[ \t>]*$/.test(gap);
    const trailing = (before === '\n' || before === '\r') && /^[ \t]*$/.test(gap);
    if (next.sourceStart < seg.sourceStart + seg.length || !(prefix || trailing)) return false;
    seg = next;
  }
  return true;
}

/**
 * Whether the source range `[start, end)`, inside the block's source, holds markup that text
 * written over it would write away: anything but the block's verbatim text, its character
 * references and escapes (`Segment.character`), and the white space and line prefixes the reader
 * left out at a line break inside it (as `isVerbatimAcrossLines` takes them). An HTML or XLIFF
 * tag, a Markdown emphasis mark or a link's `](url)`, inline code, an image, a `<br>` are markup:
 * `Tick</b> Tack` holds the end tag and not the start tag, and "TikTok" written over it had left
 * `<b>TikTok`. A point (`start === end`) holds markup where it is inside it. A range the block's
 * segments do not reach, or reach out of order, counts as markup.
 */
export function spansMarkup(block: Block, source: string, start: number, end: number): boolean {
  const segs = block.segments;
  const markup = (seg: Segment) => seg.opaque === true && seg.character !== true;
  // The segments from the first that ends at or after `start` (by halves where they are in
  // source order, as a reader makes them), in the block's order.
  const k = inSourceOrder(block) ? firstEndingFrom(segs, start) : 0;
  if (start === end) {
    for (let j = k; j < segs.length && segs[j].sourceStart <= start; j++) {
      const seg = segs[j];
      const to = sourceEnd(seg);
      if (markup(seg) ? start === seg.sourceStart || start === to : seg.sourceStart <= start && start <= to) return false;
    }
    // (Out of order: each one.)
    return inSourceOrder(block) || !segs.some((seg) => (markup(seg) ? start === seg.sourceStart || start === sourceEnd(seg) : seg.sourceStart <= start && start <= sourceEnd(seg)));
  }
  let at = start;
  let prev: Segment | undefined;
  for (let j = k; j < segs.length; j++) {
    const seg = segs[j];
    const from = seg.sourceStart;
    const to = sourceEnd(seg);
    if (!(from < end && to > start)) {
      if (from >= end && inSourceOrder(block)) break;
      continue;
    }
    if (markup(seg)) return true;
    // (A reference the range begins or ends inside: its characters cut in two.)
    if (seg.opaque && (from < start || to > end)) return true;
    if (prev === undefined) {
      // (The range begins before its first text: in markup.)
      if (from > start) return true;
    } else if (from < at) return true;
    else if (from > at) {
      // Left out of the text between the two: only a line's white space or prefix is no markup.
      const gap = source.slice(at, from);
      const before = block.text[prev.textStart + prev.length - 1];
      const after = block.text[seg.textStart];
      const prefix = (before === '\n' || before === '\r') && /^[ \t>]*$/.test(gap);
      const trailing = (after === '\n' || after === '\r') && /^[ \t]*$/.test(gap);
      if (!(prefix || trailing)) return true;
    }
    at = to;
    prev = seg;
    if (at >= end) return false;
  }
  // (It ends after its last text: in markup, or outside the block.)
  return true;
}

/**
 * Whether a suggestion may be written over a span of the source, as read into `doc`: the span
 * holds no markup its reader left out of the text (`spansMarkup`), and no suggestion would end a
 * Markdown title or break a front-matter value (`keepsSyntax`), as Lektor leaves such a fix
 * unapplied. A span no block holds is not. For the review panel's open changes, and the fixes of
 * a SARIF log's open results: written over markup, a suggestion breaks the file.
 */
export function suggestionsWritable(doc: ProseDocument, source: string): (start: number, end: number, suggestions: readonly string[]) => boolean {
  // The blocks by where their source begins (an alt text or a title after the block that holds it).
  const blocks = doc.blocks.map((block) => ({ block, start: toSource(block, 0), end: toSource(block, block.text.length, true) }));
  blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  return (start, end, suggestions) => {
    // The innermost block that holds the span: the last to begin at or before it that reaches its end.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    let holder: Block | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 1000; k--) {
      if (blocks[k].end >= end) {
        holder = blocks[k].block;
        break;
      }
    }
    if (!holder || spansMarkup(holder, source, start, end)) return false;
    const block = holder;
    const from = fromSource(block, start);
    const to = fromSource(block, end);
    return suggestions.every((x) => keepsSyntax(block, from, to, x));
  };
}

/**
 * A block's text as a reader gathers it, with the segments that map it to the source: text read
 * as written (`verbatim`), and what stands for markup or a character (`opaque`). The XLIFF and
 * HTML readers build their blocks on it, each with its own ends.
 */
export class SegmentedText {
  text = '';
  readonly segments: Segment[] = [];
  constructor(protected readonly source: string) {}

  /** The source's `[start, start + length)` as text, joined to the segment before where they touch. */
  verbatim(start: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments.at(-1);
    if (last && !last.opaque && last.sourceStart + last.length === start && last.textStart + last.length === this.text.length) last.length += length;
    else this.segments.push({ textStart: this.text.length, sourceStart: start, length });
    this.text += this.source.slice(start, start + length);
  }

  /** `value` standing for the source's `[start, start + sourceLength)`; `character`: a character reference, which stands for its text and no markup (`Segment.character`). */
  opaque(start: number, sourceLength: number, value: string, character = false): void {
    this.segments.push({ textStart: this.text.length, sourceStart: start, length: value.length, sourceLength, opaque: true, ...(character ? { character: true as const } : {}) });
    this.text += value;
  }
}
