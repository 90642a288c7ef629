/**
 * HTML in a CDATA section of an XLIFF target or source, as CMS exports put it there
 * (`<target><![CDATA[<p>Text <b>bold</b></p>]]></target>`): read as HTML, not as prose whose tags
 * are words. A section is HTML where it holds a tag of an HTML element (`looksLikeHtml`); else it
 * is plain text, read as it is written (`&amp;` is five characters, "<mehr>" six).
 *
 * - An inline element's tags (`<b>`, `<a href>`, `<span>`) are left out of the text, as the
 *   reader leaves out `<g>`'s: its text is read with the text around it, and a fix never crosses
 *   a tag (the source has a gap there).
 * - `<br>` reads as a space; a paragraph's tags (`<p>`, `</li>`, `<div>`) as a line break: the
 *   block stays the target's one block, its paragraphs apart. Both are opaque: nothing is written
 *   there. A tag HTML does not know is read as an inline one, as a browser reads it.
 * - An element whose content is no prose (`<code>`, `<img>`, `<script>`, `<style>`) is one
 *   placeholder (`OPAQUE`), content and all; so is a comment's place left out.
 * - A character reference (`&amp;`, `&#8222;`, `&auml;`) is its character (`Segment.character`),
 *   named ones as HTML reads them (`namedReference`: the HTML reader's `entities`); a name HTML
 *   does not have is a placeholder, never read as letters.
 *
 * Such a section is not listed in `ProseDocument.cdata`: a replacement there is HTML text, written
 * escaped (`&` → `&amp;`, `<` → `&lt;`) as in XML text, which also keeps `]]>` out of it.
 *
 * A target's value is one HTML text, however its XML writes it: CDATA sections one after the
 * other, with XML text between them or none (`<![CDATA[<b>Hallo]]> und <![CDATA[Welt</b>]]>`,
 * or `]]]]><![CDATA[>`, as an XML writer escapes a `]]>`), are read as one (`readCdataRun`): an
 * element, a tag, a comment or a reference the sections cut is read whole, and a section without
 * a tag of its own is HTML where the run is. Their `]]><![CDATA[` is a gap in the text's mapping,
 * as a tag is: no fix crosses it.
 */
import { OPAQUE } from '../core/document.js';
import { partitionPoint } from '../core/spans.js';
import { namedReference } from './html.js';

/** What the reader reads HTML into: text that is the source's, and what stands for a stretch of it (`SegmentedText`). */
export interface HtmlSink {
  verbatim(start: number, length: number): void;
  opaque(start: number, sourceLength: number, value: string, character?: boolean): void;
}

/**
 * A start or end tag as HTML writes one (a name, then attributes up to its `>`; a quoted value
 * may hold `>`, `title="a>b"`, whose rest had been read as prose; not `<`, so that an unclosed
 * quote is looked for no further than the next tag, and the whole scan stays linear).
 */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>"']|"[^"<]*"|'[^'<]*')*)?\/?>/y;
const TAGS = /<\/?([A-Za-z][A-Za-z0-9]*)(?:\s(?:[^<>"']|"[^"<]*"|'[^'<]*')*)?\/?>/g;
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

const REFERENCES = new RegExp(REFERENCE.source, 'g');

/** A character reference's characters (`REFERENCE`'s groups), or undefined where HTML has none. */
function referenceValue(dec: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return namedReference(name);
  const code = parseInt(dec ?? hex ?? '', dec !== undefined ? 10 : 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/**
 * Text of a section read as HTML (a finding's actual text, a suggestion, as they are written
 * there) as the reader reads it: its character references as their characters (`M&auml;rz`
 * März, `AT&amp;T` AT&T), one HTML does not have and its tags as they are written.
 */
export function htmlCdataAsRead(text: string): string {
  return text.includes('&') ? text.replace(REFERENCES, (all: string, dec?: string, hex?: string, name?: string) => referenceValue(dec, hex, name) ?? all) : text;
}

/** Elements whose text is part of the sentence around them: their tags are left out. */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark', 'nobr', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);
/** Elements whose content is no prose: one placeholder, to their end tag. */
const OPAQUE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'tt', 'pre', 'script', 'style', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'iframe', 'object', 'video', 'audio', 'canvas', 'picture']);
/** Elements without content that stand in a sentence: one placeholder. */
const VOID_OPAQUE = new Set(['img', 'input', 'embed', 'area', 'source', 'track']);
/** Elements that hold or part paragraphs: a line break. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote',
  'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'center', 'br', 'html', 'body',
]);

/**
 * Whether a CDATA section's content `[start, end)` is HTML: it holds a tag of an HTML element
 * (`<p>`, `</b>`, `<br/>`, `<a href="…">`), not only text that looks like one ("<mehr>", "x<3").
 */
export function looksLikeHtml(xml: string, start: number, end: number): boolean {
  const content = xml.slice(start, end);
  if (!content.includes('<')) return false;
  for (const m of content.matchAll(TAGS)) {
    const name = m[1].toLowerCase();
    if (INLINE.has(name) || BLOCKS.has(name) || OPAQUE_ELEMENTS.has(name) || VOID_OPAQUE.has(name)) return true;
  }
  return false;
}

/**
 * The index after the first end tag of the element `name` at or after `from`, within `end`; -1 if
 * none. (`unclosed`: the names already known to have none after a place, each not looked for
 * again: a section of 10,000 unclosed `<code>`s had been scanned to its end for each.)
 */
function closingTag(xml: string, name: string, from: number, end: number, unclosed: Map<string, number>): number {
  if ((unclosed.get(name) ?? Infinity) <= from) return -1;
  const close = new RegExp(`</${name}\\s*>`, 'iy');
  // (Among the section's end tags only: the file after it is not searched.)
  for (let at = xml.indexOf('</', from); at >= 0 && at < end; at = xml.indexOf('</', at + 2)) {
    close.lastIndex = at;
    if (close.test(xml) && close.lastIndex <= end) return close.lastIndex;
  }
  unclosed.set(name, from);
  return -1;
}

/** Reads the HTML of a CDATA section's content `[start, end)` into the block being read (see the module's comment). */
export function readHtmlCdata(xml: string, start: number, end: number, into: HtmlSink): void {
  const unclosed = new Map<string, number>();
  let i = start;
  while (i < end) {
    const c = xml[i];
    if (c === '<') {
      if (xml.startsWith('<!--', i)) {
        const close = xml.indexOf('-->', i + 4);
        i = close < 0 || close + 3 > end ? end : close + 3;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(xml);
      if (tag && TAG.lastIndex <= end) {
        const after = TAG.lastIndex;
        const name = tag[1].toLowerCase();
        const closing = xml[i + 1] === '/';
        if (!BLOCKS.has(name) && !OPAQUE_ELEMENTS.has(name) && !VOID_OPAQUE.has(name)) {
          // (An inline element's, or one HTML does not know, read as inline as a browser does: left
          // out, the text around it read on, nothing written over it.)
        } else if (name === 'br') into.opaque(i, after - i, ' ');
        else if (VOID_OPAQUE.has(name) || (OPAQUE_ELEMENTS.has(name) && (closing || xml[after - 2] === '/'))) into.opaque(i, after - i, OPAQUE);
        else if (OPAQUE_ELEMENTS.has(name)) {
          const whole = closingTag(xml, name, after, end, unclosed);
          const to = whole < 0 ? after : whole;
          into.opaque(i, to - i, OPAQUE);
          i = to;
          continue;
        } else into.opaque(i, after - i, '\n');
        i = after;
        continue;
      }
    } else if (c === '&') {
      REFERENCE.lastIndex = i;
      const ref = REFERENCE.exec(xml);
      if (ref && REFERENCE.lastIndex <= end) {
        const value = referenceValue(ref[1], ref[2], ref[3]);
        if (value === undefined) into.opaque(i, REFERENCE.lastIndex - i, OPAQUE);
        else into.opaque(i, REFERENCE.lastIndex - i, value, true);
        i = REFERENCE.lastIndex;
        continue;
      }
    }
    // Text, to the next tag or reference (a `<` or `&` that begins neither is text).
    let j = i + 1;
    while (j < end && xml[j] !== '<' && xml[j] !== '&') j++;
    into.verbatim(i, j - i);
    i = j;
  }
}

/**
 * A stretch of a run's HTML text: `n` characters at `v`, from the file's `src` on, one for one
 * (a section's content, XML text), or an XML reference there (`ref`, its `srcLength` characters
 * standing for its `n`).
 */
interface Piece {
  v: number;
  src: number;
  n: number;
  ref?: { value: string; srcLength: number };
  /** A section's content. */
  cdata?: true;
}

/** The run's HTML text read into `into`: its offsets mapped back to the file's (see `readCdataRun`). */
class MappedSink implements HtmlSink {
  constructor(
    private readonly pieces: readonly Piece[],
    private readonly into: HtmlSink,
  ) {}

  private at(v: number): number {
    return partitionPoint(this.pieces, (p) => p.v + p.n <= v);
  }

  verbatim(start: number, length: number): void {
    const end = start + length;
    for (let k = this.at(start); k < this.pieces.length && this.pieces[k].v < end; k++) {
      const p = this.pieces[k];
      if (p.ref) {
        // (Read as text by the HTML reader, an XML reference is still one: its character, never fixed inside.)
        if (p.v >= start) this.into.opaque(p.src, p.ref.srcLength, p.ref.value, true);
        continue;
      }
      const from = Math.max(start, p.v);
      this.into.verbatim(p.src + (from - p.v), Math.min(end, p.v + p.n) - from);
    }
  }

  opaque(start: number, sourceLength: number, value: string, character = false): void {
    const first = this.at(start);
    const last = this.at(start + sourceLength - 1);
    const p = this.pieces[first];
    const q = this.pieces[last];
    const from = p.ref ? p.src : p.src + (start - p.v);
    const to = q.ref ? q.src + q.ref.srcLength : q.src + (start + sourceLength - q.v);
    // (A reference the sections cut holds their markers: no character of the text alone.)
    this.into.opaque(from, to - from, value, character && first === last);
  }
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Reads the CDATA sections that begin at `at` (a `<![CDATA[`), and those that follow it with XML
 * text between them or none, within `end`, as one text (see the module's comment): HTML where it
 * holds a tag of an HTML element, else each section's content verbatim (its range added to
 * `cdata`) and the XML text between them as XML text. The ranges read as HTML, from the first
 * section's content to the last's, are added to `html`. Returns the index after the last section.
 */
export function readCdataRun(xml: string, at: number, end: number, into: HtmlSink, cdata: number[], html: number[]): number {
  const pieces: Piece[] = [];
  let v = 0;
  let i = at;
  let after: number;
  let sections = 0;
  for (;;) {
    const close = xml.indexOf(']]>', i + 9);
    pieces.push({ v, src: i + 9, n: close - (i + 9), cdata: true });
    v += close - (i + 9);
    sections++;
    after = close + 3;
    // (XML text to the next `<`: the run goes on where that is another section.)
    let j = after;
    while (j < end && xml[j] !== '<') j++;
    if (j >= end || !xml.startsWith('<![CDATA[', j)) break;
    for (let k = after; k < j; ) {
      if (xml[k] === '&') {
        const semi = xml.indexOf(';', k);
        const name = xml.slice(k + 1, semi);
        const value = name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : XML_ENTITIES[name];
        pieces.push({ v, src: k, n: value.length, ref: { value, srcLength: semi + 1 - k } });
        v += value.length;
        k = semi + 1;
        continue;
      }
      let l = k + 1;
      while (l < j && xml[l] !== '&') l++;
      pieces.push({ v, src: k, n: l - k });
      v += l - k;
      k = l;
    }
    i = j;
  }
  const first = at + 9;
  const last = after - 3;
  if (sections === 1) {
    if (looksLikeHtml(xml, first, last)) {
      readHtmlCdata(xml, first, last, into);
      html.push(first, last);
    } else {
      into.verbatim(first, last - first);
      cdata.push(first, last);
    }
    return after;
  }
  let text = '';
  for (const p of pieces) text += p.ref ? p.ref.value : xml.slice(p.src, p.src + p.n);
  if (looksLikeHtml(text, 0, text.length)) {
    readHtmlCdata(text, 0, text.length, new MappedSink(pieces, into));
    html.push(first, last);
    return after;
  }
  // (Text all of it: each section's content as it is written, the XML text between as XML text.)
  for (const p of pieces) {
    if (p.ref) into.opaque(p.src, p.ref.srcLength, p.ref.value, true);
    else {
      into.verbatim(p.src, p.n);
      if (p.cdata) cdata.push(p.src, p.src + p.n);
    }
  }
  return after;
}
