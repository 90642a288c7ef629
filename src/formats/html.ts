/**
 * HTML reader: the prose of an HTML page (a CMS's article export) as blocks mapped into the
 * file's text, read as a browser reads the file (parse5, the WHATWG parser: malformed markup is
 * recovered from, never refused).
 *
 * - A block is the text of a block element (`<p>`, `<h1>`–`<h6>`, `<li>`, `<blockquote>`,
 *   `<td>`, `<th>`, `<figcaption>`, `<dt>`, `<dd>`, `<caption>`, `<title>`, text directly in a
 *   `<div>`, …): every element that is not inline ends the block before it and starts a new one.
 *   Its kind is the nearest container's (a heading, a list item, a table cell, a quotation), as
 *   Markdown's is.
 * - Inline elements (`<a>`, `<em>`, `<strong>`, `<span>`, `<b>`, `<i>`, `<abbr>`, `<time>`, …, and
 *   every element a browser does not know as a block: a custom element, `<my-term>`, a Word
 *   export's `<o:p>`, a made-up name, which a browser lays out inline) keep their text in the
 *   block; their tags are left out of its text, as XLIFF's `<g>` is, so that a fix never crosses
 *   one (it is listed for review). `<br>` is an opaque space; `<img>`, `<input>` and the elements
 *   never read that stand in a sentence (`<code>`, `<kbd>`, `<samp>`, `<var>`, `<tt>`, `<svg>`,
 *   `<math>`, `<script>`, an inline element marked `translate="no"` or `class="notranslate"`)
 *   are one opaque placeholder each, with all they hold.
 * - Never read, nor changed: `<script>`, `<style>`, `<template>`, `<noscript>`, `<pre>`,
 *   `<textarea>`, `<select>`, `<iframe>`, `<object>`, `<canvas>`, `<audio>`, `<video>`, the
 *   code elements above, comments, attributes, and every element marked `translate="no"` or
 *   with the class `notranslate` (what translation tools and browsers' translators honour).
 * - A character reference (`&amp;`, `&nbsp;`, `&#8222;`, and the legacy ones without a
 *   semicolon, `&amp `) is an opaque segment holding its character(s): read as them, never
 *   fixed inside (as XLIFF's are).
 * - White space at a block's ends, and around a line break inside it (the file's indentation),
 *   is left out of its text: the line break stays, as a Markdown paragraph's soft break does.
 * - An `<img>`'s `alt` text, in quotation marks, is a block of its own ('alt-text', after the
 *   block that holds the image), mapped to the bytes between them (with their references read
 *   as an attribute's are), as a Markdown image's alt text is; a fix there never writes the
 *   quotation mark that closes it (`Block.delimiter`). No other attribute is read.
 * - Comments are left out of the text; `<!-- lektor-disable … -->` comments are directives, as
 *   in Markdown (see core/directives.ts).
 * - `lang`: the document's language is `<html lang>`, else `<body lang>`, else the one every
 *   block is marked with; a block whose element (or an ancestor) has a `lang` of its own keeps it
 *   in `Block.lang` (the pipeline reads it in that language, not as an untranslated paragraph).
 *
 * Every text node's bytes are read again, character by character, against the text the parser
 * decoded: a node whose bytes do not give its text (the parser moved or merged text, as it does
 * in a broken table) is left out rather than mapped wrongly.
 */
import { createRequire } from 'node:module';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { DecodingMode } from 'entities/decode';
import { pointsOf } from '../core/points.js';
import { OPAQUE, SegmentedText, toSource, type Block, type BlockKind, type ProseDocument, type Segment } from '../core/document.js';
import { partitionPoint } from '../core/spans.js';
import { directivesIn, MAX_DIRECTIVES, MAY_HOLD_DIRECTIVE, type Directive } from '../core/directives.js';
import type { HtmlDocument } from './html-reader.js';
import { PlaceError } from '../core/place-error.js';

/**
 * An HTML file that cannot be read as UTF-8 HTML: a `<meta charset>` (or its `http-equiv`
 * form) names another encoding. `line` and `column` (1-based) say where, in the file's text.
 * (Malformed markup is no error: it is read as a browser reads it.)
 */
export class HtmlError extends PlaceError {
  constructor(line: number, column: number, problem: string, path?: string) {
    super(line, column, problem, path);
    this.name = 'HtmlError';
  }
}

type Packages = typeof import('./html-parser.js').packages;
let packages: Packages | undefined;

/**
 * Loads the parser (once): a check does before it reads an HTML document (see html-parser.ts).
 * A run over plain text, Markdown or XLIFF never loads it.
 */
export async function loadHtml(): Promise<void> {
  if (packages) return;
  const loaded = (await import('./html-parser.js')).packages;
  packages ??= loaded;
}

/**
 * The parser's packages. Where no check loaded them, they are required here, at once (ES
 * modules, which Node 20.19 and later require as it imports them): the render of a review page is
 * synchronous, and the process that renders it may never have checked an HTML file (LektorPool's
 * caller, or one that read a findings file back).
 */
function parser(): Packages {
  if (!packages) {
    const require = createRequire(import.meta.url);
    const decode = require('entities/decode') as typeof import('entities/decode');
    packages = { parse: (require('parse5') as typeof import('parse5')).parse, decodeHTML: decode.decodeHTML, DecodingMode: decode.DecodingMode, HtmlEntityDecoder: decode.HtmlEntityDecoder };
  }
  return packages;
}

let decoder: typeof import('entities/decode') | undefined;

/**
 * A named character reference's characters as HTML reads it (`auml` → ä, `hearts` → ♥), or
 * undefined where HTML has no such name: the `entities` package the reader decodes with (its
 * decoder alone is required when first needed; not the parser).
 */
export function namedReference(name: string): string | undefined {
  const decode = packages ?? (decoder ??= createRequire(import.meta.url)('entities/decode') as typeof import('entities/decode'));
  const written = `&${name};`;
  const value = decode.decodeHTML(written, decode.DecodingMode.Strict);
  return value === written ? undefined : value;
}

/** Whether the HTML parser has been loaded. */
export function parserLoaded(): boolean {
  return packages !== undefined;
}

/** A tag, a comment or a declaration in a stretch of an HTML page's source. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[!/?]?[A-Za-z][^>]*>?/g;

/**
 * How text of an HTML page reads (a finding's actual text, a suggestion, which are the file's text
 * and what is written into it): its character references as their characters, as the reader reads
 * them (`T&amp;T` reads T&T, `&nbsp;` a no-break space, `&eacute;` é); its tags and comments as
 * they are written. `attribute`: text of an attribute value (an alt text), whose references the
 * reader reads as an attribute's (the parser's decoder in its attribute mode: a legacy reference
 * without a semicolon before a letter, a digit or `=` is no reference, `a&copy=b` is as written),
 * and which holds no tag.
 */
export function htmlTextAsRead(text: string, attribute = false): string {
  if (!text.includes('&')) return text;
  const { decodeHTML, DecodingMode } = parser();
  if (attribute) return decodeHTML(text, DecodingMode.Attribute);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(MARKUP)) {
    out += decodeHTML(text.slice(at, m.index), DecodingMode.Legacy) + m[0];
    at = m.index + m[0].length;
  }
  return out + decodeHTML(text.slice(at), DecodingMode.Legacy);
}

/**
 * How text of a page, read as `doc`, reads at an offset (`htmlTextAsRead`): in an alt text, as
 * an attribute's; elsewhere as text between tags.
 */
export function htmlTextAsReadIn(doc: ProseDocument | undefined): (text: string, at: number) => string {
  // (The alt texts' source ranges, in file order, as flat start, end pairs, looked up by halves.)
  const pairs: Array<[number, number]> = [];
  for (const b of doc?.blocks ?? []) if (b.kind === 'alt-text') pairs.push([toSource(b, 0), toSource(b, b.text.length, true)]);
  const alts = pairs.sort((p, q) => p[0] - q[0]).flat();
  return (text, at) => htmlTextAsRead(text, partitionPoint(alts, (x) => x <= at) % 2 === 1);
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * Elements laid out as blocks (a browser's default style gives them `display: block`, a list
 * item's or a table's): each ends the block before it and starts a new one. Every other element
 * is inline, as a browser lays it out (the phrasing elements, `<a>`, `<em>`, `<span>`, `<abbr>`,
 * `<time>`, `<mark>`, …; a custom element, `<my-term>`; a Word export's `<o:p>`; a name it does
 * not know): its text is part of the block around it, its tags left out.
 */
const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dialog', 'details', 'summary', 'dir', 'div', 'dl', 'dt', 'dd', 'fieldset', 'legend', 'figure', 'figcaption', 'footer', 'form', 'frameset', 'frame', 'noframes', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'search', 'section', 'ul', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'title',
]);
/** Elements never read that may stand in a sentence: one opaque placeholder each. */
const OPAQUE_INLINE = new Set(['code', 'kbd', 'samp', 'var', 'tt', 'svg', 'math', 'script', 'img', 'input', 'picture', 'embed', 'map', 'area']);
/** Elements never read that stand apart: they end the block before them. */
const SKIPPED = new Set(['style', 'template', 'noscript', 'pre', 'listing', 'xmp', 'plaintext', 'textarea', 'select', 'datalist', 'iframe', 'object', 'canvas', 'audio', 'video', 'head', 'base', 'link', 'meta']);
/** Elements that stand for nothing in the text. */
const LEFT_OUT = new Set(['wbr']);
/** The kind of the text in a container, the nearest one winning (as in Markdown). */
const KINDS: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', title: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  td: 'table-cell', th: 'table-cell',
  blockquote: 'blockquote',
  p: 'paragraph', figcaption: 'paragraph', caption: 'paragraph',
};
/** A language tag (BCP 47: "de", "de-CH", "sr-Latn-RS"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
/** The names UTF-8 goes by in a `<meta charset>` (WHATWG Encoding's labels). */
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** Whether an element says its content is not to be translated. */
function notTranslated(el: Element): boolean {
  if (attr(el, 'translate')?.trim().toLowerCase() === 'no') return true;
  const cls = attr(el, 'class');
  return cls !== undefined && /(?:^|\s)notranslate(?:\s|$)/.test(cls);
}

/** Where an element's source ends, its children's included (an element closed by the parser has no end tag of its own). */
function endOf(node: Node): number {
  let end = -1;
  // (Without recursion: a page may nest elements tens of thousands deep.)
  const todo: Node[] = [node];
  for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
    end = Math.max(end, (n as { sourceCodeLocation?: { endOffset: number } | null }).sourceCodeLocation?.endOffset ?? -1);
    for (const c of (n as { childNodes?: Node[] }).childNodes ?? []) todo.push(c);
  }
  return end;
}

/** A block being read: its text and the segments that map it to the file's text. */
class BlockBuilder extends SegmentedText {
  constructor(
    source: string,
    readonly kind: BlockKind,
    readonly lang: string | undefined,
  ) {
    super(source);
  }

  /**
   * The block, without the white space at its ends and around its line breaks (the file's
   * indentation); none where no character is left but white space and placeholders.
   */
  block(): Block | undefined {
    if (!/[^\s\uFFFC]/.test(this.text)) return undefined;
    const text = this.text;
    const drop = new Uint8Array(text.length);
    const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
    let first = 0;
    while (space(text[first])) drop[first++] = 1;
    let last = text.length - 1;
    while (space(text[last])) drop[last--] = 1;
    for (let k = first; k <= last; k++) {
      if (text[k] !== '\n' && text[k] !== '\r') continue;
      for (let b = k - 1; b >= first && (text[b] === ' ' || text[b] === '\t'); b--) drop[b] = 1;
      for (let a = k + 1; a <= last && (text[a] === ' ' || text[a] === '\t'); a++) drop[a] = 1;
    }
    let out = '';
    const segments: Segment[] = [];
    for (const seg of this.segments) {
      if (seg.opaque) {
        segments.push({ ...seg, textStart: out.length });
        out += text.slice(seg.textStart, seg.textStart + seg.length);
        continue;
      }
      let k = seg.textStart;
      const end = seg.textStart + seg.length;
      while (k < end) {
        while (k < end && drop[k]) k++;
        let e = k;
        while (e < end && !drop[e]) e++;
        if (e > k) {
          segments.push({ textStart: out.length, sourceStart: seg.sourceStart + (k - seg.textStart), length: e - k });
          out += text.slice(k, e);
        }
        k = e;
      }
    }
    return { kind: this.kind, text: out, segments, ...(this.lang !== undefined ? { lang: this.lang } : {}) };
  }
}

/**
 * Reads `source[start, end)`, which the parser decoded to `decoded`, into `into`: verbatim runs,
 * and each character reference as an opaque segment of its character(s). False where the bytes
 * do not give that text (nothing is added then).
 */
function readChars(source: string, start: number, end: number, decoded: string, mode: DecodingMode, into: BlockBuilder): boolean {
  const parts: Array<[number, number, string | undefined]> = [];
  let j = 0;
  let i = start;
  let run = start;
  const flush = (to: number) => {
    if (to > run) parts.push([run, to - run, undefined]);
  };
  let cps: number[] = [];
  const decoder = new (parser().HtmlEntityDecoder)((cp) => cps.push(cp));
  while (i < end) {
    const c = source[i];
    if (c === '&') {
      cps = [];
      decoder.startEntity(mode);
      // (A window of the text: a reference's name is at most 32 characters; a numeric one with
      // more zeros than that is read again with the rest. The whole rest for each had made a
      // text of 100,000 references quadratic.)
      const window = Math.min(end, i + 64);
      let n = decoder.write(source.slice(i, window), 1);
      if (n < 0 && window < end) {
        cps = [];
        decoder.startEntity(mode);
        n = decoder.write(source.slice(i, end), 1);
      }
      if (n < 0) n = decoder.end();
      if (n > 0) {
        const value = String.fromCodePoint(...cps);
        if (!decoded.startsWith(value, j)) return false;
        flush(i);
        parts.push([i, n, value]);
        i += n;
        run = i;
        j += value.length;
        continue;
      }
    }
    if (c === '\r') {
      if (decoded[j] !== '\n') return false;
      i += source[i + 1] === '\n' ? 2 : 1;
      j++;
      continue;
    }
    if (decoded[j] !== c) return false;
    i++;
    j++;
  }
  if (j !== decoded.length) return false;
  flush(end);
  for (const [at, length, value] of parts) {
    if (value === undefined) into.verbatim(at, length);
    else into.opaque(at, length, value, true);
  }
  return true;
}

/** Read an HTML file (see the module's comment). Throws an `HtmlError` where a `<meta>` (or an XML declaration) names an encoding other than UTF-8. */
export function readHtml(source: string, path?: string): HtmlDocument {
  const { parse, DecodingMode } = parser();
  const tree = parse(source, { sourceCodeLocationInfo: true });
  const blocks: Block[] = [];
  // (Alt texts wait for the block that holds their image: they come after it, see `flowBlocks`.)
  let inner: Block[] = [];
  let current: BlockBuilder | undefined;
  const marks = new Set<string>();
  // Directive comments (`<!-- lektor-disable -->`), looked for only where the text names one.
  const directives: Directive[] = [];
  const mayDirect = MAY_HOLD_DIRECTIVE.test(source);
  let unmarked = false;
  const flush = () => {
    const b = current?.block();
    if (b) {
      if (b.lang === undefined) unmarked = true;
      else marks.add(b.lang.toLowerCase());
    }
    current = undefined;
    if (b) blocks.push(b);
    blocks.push(...inner);
    inner = [];
  };
  const open = (kind: BlockKind, lang: string | undefined) => (current ??= new BlockBuilder(source, kind, lang));
  const pointAt = (offset: number) => {
    const p = pointsOf(source).toPoint(offset);
    return p ? { line: p.line, column: p.column } : { line: 1, column: 1 };
  };
  /** An encoding named at `offset` by `what`: an error unless it is UTF-8. */
  const refuse = (named: string, what: string, offset: number) => {
    if (UTF8.has(named.trim().toLowerCase())) return;
    const at = pointAt(offset);
    throw new HtmlError(at.line, at.column, `${what} names the encoding "${named.trim()}": Lektor reads HTML as UTF-8 only; convert the file to UTF-8 (and ${what === '<meta>' ? 'its <meta charset>' : 'its declaration'} with it)`, path);
  };
  const charset = (el: Element) => {
    let named = attr(el, 'charset');
    if (named === undefined && attr(el, 'http-equiv')?.trim().toLowerCase() === 'content-type') named = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attr(el, 'content') ?? '')?.[1];
    if (named !== undefined) refuse(named, '<meta>', el.sourceCodeLocation?.startOffset ?? 0);
  };
  const altText = (el: Element, lang: string | undefined) => {
    const loc = el.sourceCodeLocation?.attrs?.alt;
    const value = attr(el, 'alt');
    if (!loc || value === undefined) return;
    const raw = source.slice(loc.startOffset, loc.endOffset);
    const m = /^alt\s*=\s*(["'])/i.exec(raw);
    if (!m || raw.at(-1) !== m[1]) return;
    const builder = new BlockBuilder(source, 'alt-text', lang);
    if (!readChars(source, loc.startOffset + m[0].length, loc.endOffset - 1, value, DecodingMode.Attribute, builder)) return;
    const b = builder.block();
    if (b) inner.push({ ...b, delimiter: m[1] as '"' | "'" });
  };
  /**
   * The nodes still to read, last first, each with its nearest block container's kind and
   * `lang`; `null` ends a block element (the block before it is done). Without recursion: a page
   * may nest elements tens of thousands deep.
   */
  const todo: Array<{ node: Node; kind: BlockKind; lang: string | undefined; scope: string | undefined } | null> = [];
  const children = (nodes: readonly Node[], kind: BlockKind, lang: string | undefined, scope = lang) => {
    for (let k = nodes.length - 1; k >= 0; k--) todo.push({ node: nodes[k], kind, lang, scope });
  };
  /** `lang`: the language of the block the node's text is in; `scope`: of the innermost element marked with one (an inline one's is no block's, but the blocks inside it are in it). */
  const walk = (node: Node, kind: BlockKind, lang: string | undefined, scope: string | undefined) => {
    if (node.nodeName === '#text') {
      const text = node as TextNode;
      const loc = text.sourceCodeLocation;
      if (!loc) return;
      const b = open(kind, lang);
      const before = { text: b.text.length, segments: b.segments.length };
      if (!readChars(source, loc.startOffset, loc.endOffset, text.value, DecodingMode.Legacy, b)) {
        b.text = b.text.slice(0, before.text);
        b.segments.length = before.segments;
      }
      return;
    }
    if (node.nodeName === '#comment') {
      // (An XHTML page's XML declaration, which the parser reads as a comment, names an encoding too.)
      const declared = /^\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']/i.exec((node as DefaultTreeAdapterMap['commentNode']).data)?.[1];
      if (declared !== undefined) refuse(declared, 'the XML declaration', (node as DefaultTreeAdapterMap['commentNode']).sourceCodeLocation?.startOffset ?? 0);
      // (One past the most a document's comments are read, so that the rest can be said, as in Markdown.)
      const loc = (node as DefaultTreeAdapterMap['commentNode']).sourceCodeLocation;
      if (mayDirect && loc && directives.length <= MAX_DIRECTIVES) directives.push(...directivesIn(source.slice(loc.startOffset, loc.endOffset), loc.startOffset));
      return;
    }
    if (node.nodeName === '#documentType') return;
    if (!('tagName' in node)) {
      children((node as { childNodes?: Node[] }).childNodes ?? [], kind, lang, scope);
      return;
    }
    const el = node as Element;
    const name = el.tagName.toLowerCase();
    if (name === 'meta') charset(el);
    const own = attr(el, 'lang') ?? attr(el, 'xml:lang');
    const elLang = own !== undefined && LANGUAGE_TAG.test(own.trim()) ? own.trim() : own !== undefined && own.trim() === '' ? undefined : scope;
    const inline = !BLOCK.has(name);
    const start = el.sourceCodeLocation?.startOffset;
    if (LEFT_OUT.has(name)) return;
    if (name === 'br') {
      if (start !== undefined) open(kind, lang).opaque(start, el.sourceCodeLocation!.endOffset - start, ' ');
      return;
    }
    if (OPAQUE_INLINE.has(name) || (inline && notTranslated(el))) {
      if (start !== undefined) open(kind, lang).opaque(start, Math.max(endOf(el), start) - start, OPAQUE);
      if (name === 'img' && !notTranslated(el)) altText(el, elLang);
      return;
    }
    if (name === 'head') {
      // (Read for its <title> and its <meta charset>, nothing else.)
      flush();
      todo.push(null);
      const titles: Node[] = [];
      for (const c of el.childNodes) {
        if (!('tagName' in c)) continue;
        if (c.tagName === 'meta') charset(c);
        else if (c.tagName === 'title' && !notTranslated(c)) titles.push(c);
      }
      children(titles, 'heading', elLang);
      return;
    }
    if (SKIPPED.has(name) || notTranslated(el)) {
      flush();
      for (const c of el.childNodes) if ('tagName' in c && c.tagName === 'meta') charset(c);
      return;
    }
    if (inline) {
      // (An inline element's `lang` is no block's: its text stays in the paragraph's language, and
      // a block inside it, as inside a custom element around paragraphs, is in the element's.)
      children(el.childNodes, kind, lang, elLang);
      return;
    }
    flush();
    // (The nearest container's kind: a <p> in a list item is the item's text, as in Markdown.)
    const ownKind = KINDS[name];
    const containerKind = ownKind === undefined || ownKind === 'paragraph' ? kind : ownKind;
    todo.push(null);
    children(el.childNodes, containerKind, elLang);
  };
  todo.push({ node: tree as Node, kind: 'paragraph', lang: undefined, scope: undefined });
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (next === null) flush();
    else walk(next.node, next.kind, next.lang, next.scope);
  }
  flush();
  // The document's language: the root's, the body's, else the one every block is marked with.
  const html = tree.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'html');
  const body = html?.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'body');
  const tag = (el: Element | undefined) => {
    const v = el && (attr(el, 'lang') ?? attr(el, 'xml:lang'))?.trim();
    return v !== undefined && LANGUAGE_TAG.test(v) ? v : undefined;
  };
  let language = tag(html) ?? tag(body);
  if (language === undefined && !unmarked && marks.size === 1) language = blocks.find((b) => b.lang !== undefined)?.lang;
  // A block's own language is kept only where it is not the document's.
  const primary = (t: string) => t.toLowerCase().split(/[-_]/)[0];
  for (const b of blocks) if (b.lang !== undefined && language !== undefined && primary(b.lang) === primary(language)) delete b.lang;
  directives.sort((a, b) => a.start - b.start);
  return { document: { source, format: 'html', blocks, ...(directives.length > 0 ? { directives } : {}) }, ...(language !== undefined ? { language } : {}) };
}
