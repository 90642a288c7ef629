/**
 * What the review page shows of an XLIFF file: its checked targets as a translation tool shows
 * them, each with its unit's id and its source, the inline tags as small chips and references as
 * their characters, instead of the file's XML. Every offset stays the file's: the page's text is
 * cut where the findings are as for a text document (`renderText` in html.ts), and this says how a
 * stretch `[p, q)` of the file is drawn. The review panel's data is still the whole file, so the
 * download is the XLIFF with the editor's choices.
 *
 * The file is read again here, unless its reader's read is given (its XML parser is loaded then, if this process has not read an XLIFF
 * file yet: a result from LektorPool's threads, or one read back from a findings file or the
 * cache); a file that cannot be read gets the page of its XML as before.
 */
import { partitionPoint } from '../core/spans.js';
import { OPAQUE, type Block, type ProseDocument } from '../core/document.js';
import { readXliff, textAsRead, unescapeXml, type XliffDocument, type XliffUnits } from '../formats/xliff-reader.js';
import { esc } from './html.js';

/** A stretch of the file as drawn: verbatim text (`html` undefined) or what stands for it. */
export interface Piece {
  s: number;
  e: number;
  html?: string;
}

/** A checked target: its place in the file, its unit, and its source drawn. */
export interface UnitWindow {
  start: number;
  end: number;
  unit?: string;
  segment?: string;
  sourceHtml: string;
  /** The target's text as read (its prose: no tag's name or attribute), which tells its direction. */
  text: string;
}

export interface XliffView {
  /** The checked targets, in file order. */
  windows: UnitWindow[];
  units: XliffUnits;
  /** Its CDATA sections' content, `[start, end]` pairs in file order (`ProseDocument.cdata`). */
  cdata: readonly number[];
  /** The targets as the check read them (for the review panel's layouts: the file is read once). */
  document: ProseDocument;
  /** The file's `[p, q)` as the page draws it: tags as chips, references as their characters. */
  show(p: number, q: number): string;
  /** A replacement as the page draws it: an XML-escaped one unescaped (not in a CDATA section, where it is written as it is). */
  inserted(text: string, at: number): string;
  /** Text of the file at `at` (a finding's actual text, a suggestion) as read: `inserted`'s, as plain text. */
  read(text: string, at: number): string;
}

export { unescapeXml };

/** Longest raw tag a chip's title repeats. */
const TITLE_MAX = 200;

/** A tag or a native code as a chip: its name (`<g>`, `</g>`, `<x/>`, `<ph/>`), the XML in its title. */
export function chip(raw: string): string {
  const m = /^<(\/?)([^\s/>]+)/.exec(raw);
  if (!m) return '';
  const name = m[2];
  const closing = m[1] === '/';
  const empty = !closing && (raw.endsWith('/>') || !raw.endsWith(`>`) || raw.indexOf('>') < raw.length - 1);
  const label = closing ? `</${name}>` : empty ? `<${name}/>` : `<${name}>`;
  const title = raw.length > TITLE_MAX ? `${raw.slice(0, TITLE_MAX - 1)}…` : raw;
  return `<span class="tag" title="${esc(title)}">${esc(label)}</span>`;
}

/** The index after the `>` of the tag that starts at `i` (quoted values may hold `>`). */
function tagEnd(xml: string, i: number, limit: number): number {
  let quote = '';
  for (let j = i + 1; j < limit; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return limit;
}

/**
 * How a file's markup is drawn: `decode`, a character reference outside the block's segments read
 * (XML's by default); `chipMarkup`, every opaque segment that is no character reference a chip (an
 * HTML page's `<br>`, whose text is a space), not only the placeholders.
 */
export interface Drawing {
  decode?: (reference: string) => string;
  chipMarkup?: boolean;
}

/** The stretch `[start, end)` of the file outside the block's segments: tags, CDATA markers, comments. */
function gap(xml: string, start: number, end: number, out: Piece[], drawing: Drawing): void {
  let i = start;
  while (i < end) {
    let j: number;
    let html: string | undefined = '';
    if (xml.startsWith('<![CDATA[', i)) j = i + 9;
    else if (xml.startsWith(']]>', i)) j = i + 3;
    else if (xml.startsWith('<!--', i)) j = xml.indexOf('-->', i + 4) + 3;
    else if (xml.startsWith('<?', i)) j = xml.indexOf('?>', i + 2) + 2;
    else if (xml[i] === '<') {
      j = tagEnd(xml, i, end);
      html = chip(xml.slice(i, j));
    } else if (xml[i] === '&') {
      const semi = xml.indexOf(';', i);
      j = semi < 0 || semi >= end ? end : semi + 1;
      html = esc((drawing.decode ?? unescapeXml)(xml.slice(i, j)));
    } else {
      j = i + 1;
      while (j < end && xml[j] !== '<' && xml[j] !== '&' && !xml.startsWith(']]>', j)) j++;
      html = undefined;
    }
    if (j <= i || j > end) j = end;
    out.push({ s: i, e: j, ...(html !== undefined ? { html } : {}) });
    i = j;
  }
}

/** The pieces of `[start, end)` of the file, whose prose the block reads. */
export function piecesOf(xml: string, start: number, end: number, block: Block, out: Piece[], drawing: Drawing = {}): void {
  const segments = block.segments.filter((s) => (s.opaque ? (s.sourceLength ?? s.length) : s.length) > 0 && s.sourceStart >= start).sort((a, b) => a.sourceStart - b.sourceStart);
  let pos = start;
  let k = 0;
  while (pos < end) {
    while (k < segments.length && segments[k].sourceStart < pos) k++;
    const seg = segments[k];
    if (seg && seg.sourceStart === pos) {
      const length = seg.opaque ? (seg.sourceLength ?? seg.length) : seg.length;
      const e = Math.min(end, pos + length);
      if (seg.opaque) {
        const value = block.text.slice(seg.textStart, seg.textStart + seg.length);
        out.push({ s: pos, e, html: value === OPAQUE || (drawing.chipMarkup && !seg.character) ? chip(xml.slice(pos, e)) : esc(value) });
      } else out.push({ s: pos, e });
      pos = e;
      k++;
      continue;
    }
    const next = seg ? Math.min(end, seg.sourceStart) : end;
    gap(xml, pos, next, out, drawing);
    pos = next;
  }
}

/** HTML of `[p, q)` of the file from its pieces (sorted, apart); what no piece covers as it is. */
export function draw(xml: string, pieces: readonly Piece[], p: number, q: number): string {
  let out = '';
  let at = p;
  for (let i = partitionPoint(pieces, (x) => x.e <= p); i < pieces.length && pieces[i].s < q; i++) {
    const x = pieces[i];
    if (x.s > at) out += esc(xml.slice(at, x.s));
    // (A chip or a reference is drawn once, in the stretch it begins in.)
    if (x.html === undefined) out += esc(xml.slice(Math.max(p, x.s), Math.min(q, x.e)));
    else if (x.s >= p) out += x.html;
    at = Math.max(at, Math.min(q, x.e));
  }
  if (at < q) out += esc(xml.slice(at, q));
  return out;
}

/**
 * The view of an XLIFF file, or undefined where it cannot be made (see the module's comment):
 * from `given`, the file as `readXliff` read it, where the caller has read it.
 */
export function xliffView(xml: string, given?: XliffDocument): XliffView | undefined {
  let x: XliffDocument;
  if (given?.document.source === xml) x = given;
  else {
    try {
      x = readXliff(xml);
    } catch {
      return undefined;
    }
  }
  const pieces: Piece[] = [];
  const windows: UnitWindow[] = [];
  x.targets.forEach((t, i) => {
    piecesOf(xml, t.start, t.end, x.document.blocks[i], pieces);
    let sourceHtml = '';
    if (t.source) {
      const own: Piece[] = [];
      piecesOf(xml, t.source.start, t.source.end, x.sources.blocks[i], own);
      sourceHtml = draw(xml, own, t.source.start, t.source.end);
    }
    windows.push({ start: t.start, end: t.end, ...(t.unit !== undefined ? { unit: t.unit } : {}), ...(t.segment !== undefined ? { segment: t.segment } : {}), sourceHtml, text: x.document.blocks[i].text });
  });
  pieces.sort((a, b) => a.s - b.s);
  const cdata = x.document.cdata ?? [];
  // (The sections looked up by halves: every finding's title and table cell asks; a scan of them
  // all made 50,000 units' page 12 s.)
  const read = textAsRead(cdata, x.document.htmlCdata);
  return {
    windows,
    units: x.units,
    cdata,
    document: x.document,
    show: (p, q) => draw(xml, pieces, p, q),
    inserted: (text, at) => esc(read(text, at)),
    read,
  };
}
