/**
 * Word documents (`.docx`, WordprocessingML in a zip package): the paragraphs of the main
 * document part (`word/document.xml`, the part `_rels/.rels` names), then those of the parts its
 * relationships name (footnotes, endnotes, headers, footers), as prose; and the
 * corrected document with each applied fix as a tracked change (`w:del` of the old text, `w:ins`
 * of the new) in the part it is in, which the editor accepts or rejects in Word.
 *
 * The text checked is the document's text as read, one line a paragraph (`w:p`, in the body and
 * in table cells), joined by line breaks: the body's paragraphs, each followed by its text boxes'
 * (a drawing's `w:txbxContent`, Word's own and not its fallback copy for older readers, two deep);
 * then the footnotes' (in id order, not Word's separators), the endnotes', the headers' and the
 * footers' (in the order the sections name them). A finding's line is its paragraph's (a
 * `w:br` in a paragraph begins a line too), its column the place in that line, its offset one in
 * that text. Comments are not read: an editor's words about the article are not the article (in
 * another language, they had made a short article's language theirs, and been flagged as an
 * untranslated paragraph).
 * A paragraph's text is its runs' (`w:r`) text, run after run, whatever Word cut them into (a
 * word across two runs is one word): `w:t` as XML reads it (a CDATA section is text, an XML
 * comment none), `w:tab` a tab, `w:br` and `w:cr` a line
 * break, `w:noBreakHyphen` U+2011, `w:softHyphen` nothing. Deleted text (`w:del`, `w:moveFrom`),
 * field instructions (`w:instrText`) and properties are not read. What shows but is no text (a
 * drawing, a footnote's or an endnote's reference, a symbol, an equation, an object) is one
 * placeholder (U+FFFC) in the sentence.
 *
 * A fix never crosses what the document holds around runs or between them that it would break:
 * a field's begin, separator or end (`w:fldChar`), a field or a hyperlink around runs, a content
 * control, an earlier tracked change, a placeholder; each is where the block's text is cut into
 * another segment. Text inside an earlier tracked insertion (`w:ins`, `w:moveTo`) is read and
 * checked, and its fixes only listed (a change inside someone's change is theirs to make); so is
 * a run's that holds a text box (the box's runs are written, not it).
 */
import { createRequire } from 'node:module';
import type * as Saxes from 'saxes';
import { OPAQUE, type Block, type BlockKind, type ProseDocument, type Segment } from '../core/document.js';
import { entryData, MAX_ENTRY_BYTES, readZip, replaceEntries, ZipError, type ZipArchive, type ZipEntry } from './zip.js';

/** A Word document that cannot be read: what is wrong with it (the file is named by the caller). */
export class DocxError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'DocxError';
  }
}

/** What a run holds, in order: text as read, or markup kept as written that stands for one character of the text (a tab) or none. */
type RunItem = { at: number; text: string } | { at: number; xml: string; length: 0 | 1 };

/** A run (`w:r`) of a paragraph: where it is written, its properties, and the paragraph text it holds. */
interface DocxRun {
  /** `[start, end)` of the document part's XML: the whole element. */
  start: number;
  end: number;
  /** Its start tag as written, and its properties (`<w:rPr>…</w:rPr>`, or none). */
  open: string;
  props: string;
  items: RunItem[];
  /** `[textStart, textEnd)` of its paragraph's text. */
  textStart: number;
  textEnd: number;
  /** Inside an earlier tracked change: never edited. */
  locked: boolean;
}

export interface DocxParagraph {
  /** Where its line begins in the document's text. */
  offset: number;
  text: string;
  runs: DocxRun[];
  /** The part it is written in (an index of `DocxDocument.parts`). */
  part: number;
}

/** What a part read holds: the main document's body, the notes, a header or a footer. */
export type DocxPartRole = 'document' | 'footnotes' | 'endnotes' | 'header' | 'footer';

/** A part of the package whose paragraphs are read: its entry's name, what it is, its XML as read. */
export interface DocxPart {
  name: string;
  role: DocxPartRole;
  xml: string;
}

export interface DocxDocument {
  /** The document's text as read: a line a paragraph. */
  text: string;
  /** Its blocks (a paragraph with text each), over `text`. */
  document: ProseDocument;
  paragraphs: DocxParagraph[];
  /** The zip package, and the name of its main document part. */
  zip: ZipArchive;
  part: string;
  /** The main document part's XML, as read. */
  xml: string;
  /** The parts read, in the order their paragraphs are in the text: the main document part first. */
  parts: DocxPart[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

let saxes: typeof Saxes | undefined;
function parserModule(): typeof Saxes {
  saxes ??= createRequire(import.meta.url)('saxes') as typeof Saxes;
  return saxes;
}

/** A relationship of a part (or of the package): its id, its type's last name (`footnotes`), the part it names (none for an external target). */
interface Relationship {
  id: string;
  type: string;
  target: string | undefined;
}

/** The package's entry of a part name: as written, else the one whose name differs in case only (part names are case-insensitive). */
/** Each package's entries by name and by name in small letters (built once: a package may have 65,535). */
const ENTRY_INDEX = new WeakMap<ZipArchive, { exact: Map<string, ZipEntry>; lower: Map<string, ZipEntry> }>();

function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  let index = ENTRY_INDEX.get(zip);
  if (!index) {
    index = { exact: new Map(), lower: new Map() };
    for (const e of zip.entries) {
      if (!index.exact.has(e.name)) index.exact.set(e.name, e);
      const lower = e.name.toLowerCase();
      if (!index.lower.has(lower)) index.lower.set(lower, e);
    }
    ENTRY_INDEX.set(zip, index);
  }
  return index.exact.get(name) ?? index.lower.get(name.toLowerCase());
}

/**
 * The part a relationship's target names, as an entry name: a URI relative to the folder of the
 * part the relationships are of (`footnotes.xml` beside `word/document.xml`, `../media/a.png`),
 * or from the package's root (`/word/footnotes.xml`), `.` and `..` resolved, percent-encoding
 * decoded (`mein%20text.xml`). None for an absolute URI (`https://…`, an external target).
 */
export function resolveTarget(source: string, target: string): string | undefined {
  const t = target.trim().replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//') || t === '') return undefined;
  const path = t.startsWith('/') ? t : source.slice(0, source.lastIndexOf('/') + 1) + t;
  const names: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') names.pop();
    else {
      let name = segment;
      try {
        name = decodeURIComponent(segment);
      } catch {
        // (A % that begins no escape: the name as written.)
      }
      names.push(name);
    }
  }
  return names.length > 0 ? names.join('/') : undefined;
}

/** The relationships of a part (`word/_rels/document.xml.rels` of `word/document.xml`), or the package's (`_rels/.rels`, of the source ''); none where it has no relationships part. */
function relationships(zip: ZipArchive, source: string): Relationship[] {
  const name = source === '' ? '_rels/.rels' : source.replace(/([^/]*)$/, '_rels/$1.rels');
  const entry = findEntry(zip, name);
  if (!entry) return [];
  const xml = partText(zip, entry);
  const out: Relationship[] = [];
  parseStrict(xml, entry.name, (tag) => {
    if (!/(?:^|:)Relationship$/.test(tag.name)) return;
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    const target = attr('Target');
    out.push({
      id: attr('Id') ?? '',
      type: (attr('Type') ?? '').replace(/^.*\//, ''),
      target: target === undefined || attr('TargetMode') === 'External' ? undefined : resolveTarget(source, target),
    });
  });
  return out;
}

/** The main document part's name: the package's officeDocument relationship (`_rels/.rels`), else word/document.xml. */
function mainPart(zip: ZipArchive): string {
  const main = relationships(zip, '').find((r) => r.type === 'officeDocument' && r.target !== undefined);
  return main?.target ?? 'word/document.xml';
}

/** An entry's data as text (UTF-8, as Word writes it), or a DocxError. */
function partText(zip: ZipArchive, entry: ZipEntry): string {
  let data: Buffer;
  try {
    data = entryData(zip, entry);
  } catch (error) {
    if (error instanceof ZipError) throw new DocxError(error.message);
    throw error;
  }
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) throw new DocxError(`its ${entry.name} is UTF-16, which Lektor does not read in a Word document (Word writes UTF-8)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new DocxError(`its ${entry.name} is not valid UTF-8`);
  }
}

/** Check that the XML is well-formed (saxes, which reads no DTD); a DocxError saying where it is not. */
function wellFormed(xml: string, part: string): void {
  parseStrict(xml, part);
}

/**
 * Parse a part's XML (saxes, which reads no DTD), each element's start tag to `onOpenTag`; a
 * DocxError naming the part where it is not well-formed or has a DOCTYPE.
 */
function parseStrict(xml: string, part: string, onOpenTag?: (tag: { name: string; attributes: Record<string, unknown> }) => void): void {
  const parser = new (parserModule().SaxesParser)({ xmlns: false });
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('doctype', () => {
    failure ??= 'a DOCTYPE, which a Word document has none of';
  });
  if (onOpenTag) parser.on('opentag', onOpenTag);
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure !== undefined) throw new DocxError(`its ${part} is not well-formed XML: ${failure.replace(/^[^:]*:\d+:\d+: /, '')}`);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** XML text as it reads (`&amp;` is &). */
function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(1), 10)) : (ENTITIES[name] ?? all),
  );
}

/**
 * The text of an element's content `[from, to)` (a `w:t`'s), as XML reads it: references
 * decoded, a CDATA section's content as written (it is text), an XML comment and a processing
 * instruction nothing, a line end (CR LF, CR) a line feed.
 */
function textContent(xml: string, from: number, to: number): string {
  const raw = (a: number, b: number) => decode(xml.slice(a, b).replace(/\r\n?/g, '\n'));
  let out = '';
  let at = from;
  while (at < to) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= to) {
      out += raw(at, to);
      break;
    }
    out += raw(at, lt);
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      out += xml.slice(lt + 9, end).replace(/\r\n?/g, '\n');
      at = end + 3;
    } else if (xml.startsWith('<!--', lt)) at = xml.indexOf('-->', lt) + 3;
    else if (xml.startsWith('<?', lt)) at = xml.indexOf('?>', lt) + 2;
    // (An element inside a w:t, which WordprocessingML has none of: passed over.)
    else at = nextTag(xml, lt)!.end;
  }
  return out;
}

/**
 * How deep text boxes inside text boxes are read: a box in a box is (a caption in a frame), one
 * deeper is not (its drawing is a placeholder), which bounds the work a document of boxes nested
 * a thousandfold could ask (each level's runs are scanned for boxes once more).
 */
const MAX_BOX_DEPTH = 2;

/** Where the text boxes (`w:txbxContent`) inside `[from, to)` have their content, into `boxes`: not inside a markup-compatibility fallback (`mc:Fallback`, the same box again for older readers), nor inside another box (read with it). */
function findBoxes(xml: string, from: number, to: number, boxes: Array<[start: number, end: number, locked?: boolean]>): void {
  let at = from;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t || t.start >= to) return;
    if (t.close) {
      at = t.end;
      continue;
    }
    if (/(?:^|:)Fallback$/.test(t.name)) at = elementEnd(xml, t);
    else if (t.name === 'w:txbxContent') {
      at = elementEnd(xml, t);
      if (!t.empty) boxes.push([t.end, xml.lastIndexOf('</', at - 1)]);
    } else at = t.end;
  }
}

/**
 * Text as XML text: `&`, `<`, `>` escaped, a carriage return as a reference (a parser reads a raw
 * one as a line feed), and the characters XML 1.0 forbids (controls but tab and line feed, lone
 * surrogates, U+FFFE and U+FFFF) left out: one of them makes the document unreadable to Word.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#xD;');
}

interface Tag {
  start: number;
  end: number;
  name: string;
  close: boolean;
  empty: boolean;
}

/** The next tag at or after `i` (comments, CDATA sections and processing instructions passed over). */
function nextTag(xml: string, i: number): Tag | undefined {
  for (;;) {
    const start = xml.indexOf('<', i);
    if (start < 0) return undefined;
    if (xml.startsWith('<!--', start)) {
      i = xml.indexOf('-->', start) + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', start)) {
      i = xml.indexOf(']]>', start) + 3;
      continue;
    }
    if (xml.startsWith('<?', start) || xml.startsWith('<!', start)) {
      i = xml.indexOf('>', start) + 1;
      continue;
    }
    let quote = '';
    let end = start + 1;
    for (; end < xml.length; end++) {
      const c = xml[end];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    end++;
    const close = xml[start + 1] === '/';
    const name = /^<\/?([^\s/>]+)/.exec(xml.slice(start, Math.min(end, start + 200)))![1];
    return { start, end, name, close, empty: !close && xml[end - 2] === '/' };
  }
}

/** The end of the element whose start tag is `tag` (after its end tag). */
function elementEnd(xml: string, tag: Tag): number {
  if (tag.empty) return tag.end;
  let depth = 1;
  let at = tag.end;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) return xml.length;
    at = t.end;
    if (t.close) depth--;
    else if (!t.empty) depth++;
    if (depth === 0) return at;
  }
}

/** Elements around runs inside a paragraph whose content is read, and which no fix crosses. */
const CONTAINERS = new Set(['w:hyperlink', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:dir', 'w:bdo', 'w:sdt', 'w:sdtContent', 'w:ins', 'w:moveTo']);
/** Elements whose content is an earlier tracked change's insertion: read, never edited. */
const TRACKED = new Set(['w:ins', 'w:moveTo']);
/** Elements not read at all (deleted text, properties), which no fix crosses. */
const UNREAD = new Set(['w:del', 'w:moveFrom', 'w:sdtPr', 'w:sdtEndPr']);
/** Marks that take no place in the text and are no boundary (a bookmark, a spelling mark, a comment's range). */
const MARKS = /^w:(?:bookmarkStart|bookmarkEnd|proofErr|commentRangeStart|commentRangeEnd|permStart|permEnd|moveFromRangeStart|moveFromRangeEnd|moveToRangeStart|moveToRangeEnd|customXml\w*RangeStart|customXml\w*RangeEnd)$/;

/** A paragraph's text being read, with its segments over the document's text (starting at `offset`). */
class ParagraphBuilder {
  text = '';
  readonly segments: Segment[] = [];
  readonly runs: DocxRun[] = [];
  /** The text boxes inside it (a drawing's `w:txbxContent`): `[start, end)` of each's content, read after it; none in a box inside `MAX_BOX_DEPTH` boxes. */
  readonly boxes: Array<[start: number, end: number, locked?: boolean]> = [];
  private cut = true;
  constructor(
    readonly offset: number,
    readonly boxDepth = 0,
  ) {}

  add(text: string, locked: boolean): void {
    if (text === '') return;
    const last = this.segments.at(-1);
    if (!this.cut && last && !last.opaque && (last.locked === true) === locked) last.length += text.length;
    else this.segments.push({ textStart: this.text.length, sourceStart: this.offset + this.text.length, length: text.length, ...(locked ? { locked: true as const } : {}) });
    this.cut = false;
    this.text += text;
  }

  placeholder(): void {
    this.segments.push({ textStart: this.text.length, sourceStart: this.offset + this.text.length, length: 1, sourceLength: 1, opaque: true });
    this.text += OPAQUE;
    this.cut = true;
  }

  boundary(): void {
    this.cut = true;
  }
}

/** A paragraph's style as a block kind: a heading (Word's Heading/Überschrift/Title/Titel styles), a list item (numbered), a table cell's paragraph. */
function kindOf(props: string, inCell: boolean): BlockKind {
  const style = /<w:pStyle\b[^>]*\bw:val="([^"]*)"/.exec(props)?.[1] ?? '';
  // (Word writes a German heading's style id "berschrift1": the Ü of Überschrift dropped.)
  if (/^(?:heading|berschrift|Überschrift|title|titel|subtitle|untertitel)/i.test(style)) return 'heading';
  if (/<w:numPr\b/.test(props)) return 'list-item';
  return inCell ? 'table-cell' : 'paragraph';
}

/** Read the runs' content of a paragraph from `at` to its end tag (or a container's); returns where it stopped. */
function readParagraph(xml: string, pTag: Tag, p: ParagraphBuilder, partLocked: boolean): { end: number; props: string } {
  let props = '';
  if (pTag.empty) return { end: pTag.end, props };
  let at = pTag.end;
  let locked = partLocked ? 1 : 0;
  const stack: string[] = [];
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) throw new DocxError(`a paragraph is not closed`);
    if (t.close) {
      at = t.end;
      if (t.name === 'w:p' && stack.length === 0) return { end: t.end, props };
      if (stack.at(-1) === t.name) {
        stack.pop();
        if (TRACKED.has(t.name)) locked--;
        p.boundary();
      }
      continue;
    }
    if (t.name === 'w:pPr') {
      at = elementEnd(xml, t);
      props = xml.slice(t.start, at);
      continue;
    }
    if (t.name === 'w:r') {
      at = readRun(xml, t, p, locked > 0);
      continue;
    }
    if (MARKS.test(t.name)) {
      at = elementEnd(xml, t);
      continue;
    }
    if (UNREAD.has(t.name)) {
      at = elementEnd(xml, t);
      p.boundary();
      continue;
    }
    if (CONTAINERS.has(t.name)) {
      p.boundary();
      at = t.end;
      if (!t.empty) {
        stack.push(t.name);
        if (TRACKED.has(t.name)) locked++;
      }
      continue;
    }
    // Anything else (an equation, an element of another vocabulary): one placeholder.
    at = elementEnd(xml, t);
    const boxes = p.boxes.length;
    if (p.boxDepth < MAX_BOX_DEPTH) findBoxes(xml, t.start, at, p.boxes);
    // (A box inside an earlier tracked insertion is theirs too, here as in a run.)
    if (locked > 0) for (const box of p.boxes.slice(boxes)) box[2] = true;
    p.placeholder();
  }
}

/** Run content that is a character of the text, as markup. */
const CHARACTERS: Readonly<Record<string, string>> = { 'w:tab': '\t', 'w:ptab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '\u2011' };
/** Run content that takes no place in the text (kept where it is). */
const NOTHING = new Set(['w:softHyphen', 'w:lastRenderedPageBreak', 'w:commentReference', 'w:annotationRef', 'w:instrText', 'w:delText', 'w:delInstrText']);

/** Read a run into the paragraph; returns the end of its element. */
function readRun(xml: string, rTag: Tag, p: ParagraphBuilder, locked: boolean): number {
  if (rTag.empty) {
    p.runs.push({ start: rTag.start, end: rTag.end, open: xml.slice(rTag.start, rTag.end), props: '', items: [], textStart: p.text.length, textEnd: p.text.length, locked });
    return rTag.end;
  }
  // (A run that holds a text box is never written again, its text neither: the box's own runs,
  // inside it, are where its fixes go.)
  const boxes = p.boxes.length;
  if (p.boxDepth < MAX_BOX_DEPTH) findBoxes(xml, rTag.end, elementEnd(xml, rTag), p.boxes);
  // (A box inside an earlier tracked insertion is theirs too.)
  for (const box of p.boxes.slice(boxes)) box[2] = locked;
  if (p.boxes.length > boxes) locked = true;
  const run: DocxRun = { start: rTag.start, end: rTag.end, open: xml.slice(rTag.start, rTag.end), props: '', items: [], textStart: p.text.length, textEnd: p.text.length, locked };
  let at = rTag.end;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) throw new DocxError('a run is not closed');
    if (t.close) {
      // (The run's end tag: its content is never a w:r.)
      at = t.end;
      if (t.name === 'w:r') break;
      continue;
    }
    const end = elementEnd(xml, t);
    const here = p.text.length;
    if (t.name === 'w:rPr') run.props = xml.slice(t.start, end);
    else if (t.name === 'w:t') {
      const text = t.empty ? '' : textContent(xml, t.end, xml.lastIndexOf('</', end - 1));
      run.items.push({ at: here, text });
      p.add(text, locked);
    } else if (CHARACTERS[t.name] !== undefined) {
      run.items.push({ at: here, xml: xml.slice(t.start, end), length: 1 });
      p.add(CHARACTERS[t.name], locked);
    } else if (t.name === 'w:fldChar') {
      run.items.push({ at: here, xml: xml.slice(t.start, end), length: 0 });
      p.boundary();
    } else if (NOTHING.has(t.name)) run.items.push({ at: here, xml: xml.slice(t.start, end), length: 0 });
    else {
      // A drawing, a footnote's reference, a symbol, an object: one placeholder.
      run.items.push({ at: here, xml: xml.slice(t.start, end), length: 1 });
      p.placeholder();
    }
    at = end;
  }
  run.end = at;
  run.textEnd = p.text.length;
  p.runs.push(run);
  return at;
}

/** The root element of each part's role, and the elements of notes in it (whose content is read, each in id order). */
const ROOTS: Readonly<Record<DocxPartRole, { root: string; items?: string }>> = {
  document: { root: 'w:document' },
  footnotes: { root: 'w:footnotes', items: 'w:footnote' },
  endnotes: { root: 'w:endnotes', items: 'w:endnote' },
  header: { root: 'w:hdr' },
  footer: { root: 'w:ftr' },
};

/** The document's text being read: its paragraphs, a line each, and its blocks, part after part. */
class TextReader {
  text = '';
  readonly paragraphs: DocxParagraph[] = [];
  readonly blocks: Block[] = [];

  /**
   * Read the paragraphs of `[at, end)` of a part's XML (a body, a note, a header): into tables,
   * rows, cells and content controls; each text box of a paragraph after it (a stack of places
   * to read, not a recursion).
   */
  read(xml: string, at: number, end: number, part: number, locked: boolean): void {
    const stack = [{ at, end, cells: 0, depth: 0, locked }];
    while (stack.length > 0) {
      const place = stack.at(-1)!;
      const t = nextTag(xml, place.at);
      if (!t || t.start >= place.end) {
        stack.pop();
        continue;
      }
      if (t.name === 'w:tc' && !t.empty) place.cells += t.close ? -1 : 1;
      if (t.close || t.name === 'w:tc') {
        place.at = t.end;
        continue;
      }
      if (t.name === 'w:p') {
        if (this.paragraphs.length > 0) this.text += '\n';
        const p = new ParagraphBuilder(this.text.length, place.depth);
        const read = readParagraph(xml, t, p, place.locked);
        this.paragraphs.push({ offset: p.offset, text: p.text, runs: p.runs, part });
        if (p.text.trim() !== '') this.blocks.push({ kind: kindOf(read.props, place.cells > 0), text: p.text, segments: p.segments });
        this.text += p.text;
        place.at = read.end;
        for (const [from, to, inserted] of [...p.boxes].reverse()) stack.push({ at: from, end: to, cells: 0, depth: place.depth + 1, locked: place.locked || inserted === true });
        continue;
      }
      // Between paragraphs: tables, rows and content controls are gone into; section properties,
      // deleted paragraphs and anything else are not read.
      if (/^w:(?:tbl|tr|sdt|sdtContent|customXml|ins|moveTo)$/.test(t.name)) place.at = t.end;
      else place.at = elementEnd(xml, t);
    }
  }
}

/** A part's XML, checked: well-formed, WordprocessingML, its root element the role's; a DocxError naming it where not. */
function partXml(zip: ZipArchive, entry: ZipEntry, role: DocxPartRole): { xml: string; root: Tag } {
  const xml = partText(zip, entry);
  wellFormed(xml, entry.name);
  const root = nextTag(xml, 0);
  const expected = ROOTS[role].root;
  if (!xml.includes(`xmlns:w="${W}"`) || !root || root.name !== expected) throw new DocxError(`its ${entry.name} is not WordprocessingML with the prefix w: (no <${expected}> of ${W})`);
  return { xml, root };
}

/** The `[start, end)` of the content of each note of a part (not Word's separator notes), in id order (as numbers; in the part's order where equal). */
function partItems(xml: string, root: Tag, name: string): Array<[number, number]> {
  const items: Array<{ id: number; k: number; range: [number, number] }> = [];
  if (root.empty) return [];
  let at = root.end;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t || t.close) break;
    at = elementEnd(xml, t);
    if (t.name !== name || t.empty) continue;
    const tag = xml.slice(t.start, t.end);
    if (/\bw:type\s*=\s*["'](?:separator|continuationSeparator|continuationNotice)["']/.test(tag)) continue;
    const id = Number(/\bw:id\s*=\s*["'](-?\d+)["']/.exec(tag)?.[1] ?? NaN);
    items.push({ id: Number.isNaN(id) ? Infinity : id, k: items.length, range: [t.end, at] });
  }
  return items.sort((a, b) => a.id - b.id || a.k - b.k).map((i) => i.range);
}

/**
 * The parts whose paragraphs are read after the main part's, in order: its footnotes, endnotes,
 * headers and footers (each in the order the sections name them, `w:headerReference`);
 * each found through the main part's relationships, each once, and none the package does not hold.
 */
function otherParts(zip: ZipArchive, main: string, xml: string): Array<{ entry: ZipEntry; role: DocxPartRole }> {
  const rels = relationships(zip, main);
  const out: Array<{ entry: ZipEntry; role: DocxPartRole }> = [];
  const seen = new Set<string>([findEntry(zip, main)!.name]);
  const add = (rel: Relationship | undefined, role: DocxPartRole) => {
    if (rel?.target === undefined || rel.type !== role) return;
    const entry = findEntry(zip, rel.target);
    if (!entry || seen.has(entry.name)) return;
    seen.add(entry.name);
    out.push({ entry, role });
  };
  add(rels.find((r) => r.type === 'footnotes'), 'footnotes');
  add(rels.find((r) => r.type === 'endnotes'), 'endnotes');
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const role of ['header', 'footer'] as const) {
    for (const m of xml.matchAll(new RegExp(`<w:${role}Reference\\b[^>]*>`, 'g'))) {
      const id = /\s(?!w:)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
      if (id !== undefined) add(byId.get(id), role);
    }
  }
  return out;
}

/**
 * Read a Word document's bytes: its paragraphs as prose blocks over its text as read (see the
 * module's comment), the main part's, then its notes', headers' and footers'. A
 * DocxError (or a ZipError) says what is wrong: not a zip archive, no main document part, a part
 * that is not well-formed XML or not WordprocessingML (named).
 */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let zip: ZipArchive;
  try {
    zip = readZip(buf);
  } catch (error) {
    if (error instanceof ZipError) throw new DocxError(error.message);
    throw error;
  }
  const main = mainPart(zip);
  const entry = findEntry(zip, main);
  if (!entry) throw new DocxError(`no ${main} in the package: not a Word document (a .docx holds its text there)`);
  const part = entry.name;
  const xml = partText(zip, entry);
  wellFormed(xml, part);
  const body = /<w:body\b[^>]*>/.exec(xml);
  if (!xml.includes(`xmlns:w="${W}"`) || !body) throw new DocxError(`its ${part} is not WordprocessingML with the prefix w: (no <w:body> of ${W})`);
  const reader = new TextReader();
  const bodyTag = nextTag(xml, body.index)!;
  reader.read(xml, bodyTag.end, elementEnd(xml, bodyTag), 0, false);
  const parts: DocxPart[] = [{ name: part, role: 'document', xml }];
  // (Each part is inflated within the zip's limit, and all of them together too: a package of
  // many parts of 100 MB each is refused, not held in memory.)
  let size = entry.size;
  for (const other of otherParts(zip, part, xml)) {
    size += other.entry.size;
    if (size > MAX_ENTRY_BYTES) throw new DocxError(`its ${other.entry.name} is too large: the parts Lektor reads hold more than ${MAX_ENTRY_BYTES} bytes inflated together`);
    const read = partXml(zip, other.entry, other.role);
    const index = parts.push({ name: other.entry.name, role: other.role, xml: read.xml }) - 1;
    const items = ROOTS[other.role].items;
    if (items === undefined) reader.read(read.xml, read.root.end, elementEnd(read.xml, read.root), index, false);
    else for (const [from, to] of partItems(read.xml, read.root, items)) reader.read(read.xml, from, to, index, false);
  }
  const { text, paragraphs, blocks } = reader;
  return { text, document: { source: text, format: 'docx', blocks }, paragraphs, zip, part, xml, parts };
}

/** An applied fix, in offsets of the document's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** How a tracked change is signed: its author, and its date (none where not given: Word shows no date then). */
export interface TrackOptions {
  author?: string;
  /** An ISO 8601 date, `2026-12-03T00:00:00Z`. */
  date?: string;
}

/** The index of the paragraph whose line holds `offset`. */
function paragraphAt(paragraphs: readonly DocxParagraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface RunOp {
  from: number;
  to: number;
  insert?: { text: string; props: string };
}

/**
 * The Word document with each edit as a tracked change: the runs it deletes from cut at its ends,
 * each run's part in a `w:del` of its own (its `w:t` as `w:delText`, its properties kept), and
 * its new text once, in a `w:ins` after them, with the first run's properties. Everything else
 * of the part is as it was written, and every other entry of the package byte for byte. An edit
 * that does not lie in runs of one segment (across a field, into an earlier tracked change)
 * throws: the check never applies one (see `Segment.locked`, and the cuts at fields).
 */
/** The largest id a Word document's annotations may have (a signed 32-bit integer). */
const MAX_ID = 2 ** 31 - 1;

export function trackedChanges(doc: DocxDocument, edits: readonly TextEdit[], options: TrackOptions = {}): Buffer {
  const sign = ` w:author="${escapeXml(options.author ?? 'Lektor').replace(/"/g, '&quot;')}"${options.date !== undefined ? ` w:date="${escapeXml(options.date)}"` : ''}`;
  const ops = new Map<DocxRun, RunOp[]>();
  const partOf = new Map<DocxRun, number>();
  const opsOf = (run: DocxRun, part: number) => {
    let list = ops.get(run);
    if (!list) {
      ops.set(run, (list = []));
      partOf.set(run, part);
    }
    return list;
  };
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const p = doc.paragraphs[paragraphAt(doc.paragraphs, edit.start)];
    const s = edit.start - p.offset;
    const e = edit.end - p.offset;
    if (e > p.text.length) throw new Error(`docx: an edit at ${edit.start} crosses its paragraph's end`);
    const runs = s < e ? p.runs.filter((r) => r.textStart < e && r.textEnd > s) : [p.runs.find((r) => r.textStart < s && s <= r.textEnd) ?? p.runs.find((r) => r.textStart === s && r.textEnd > s)].filter((r) => r !== undefined);
    const covered = runs.reduce((n, r) => n + Math.min(e, r.textEnd) - Math.max(s, r.textStart), 0);
    if (runs.length === 0 || runs.some((r) => r.locked) || (s < e && covered !== e - s)) throw new Error(`docx: an edit at ${edit.start} does not lie in runs it may change`);
    for (const r of runs) if (s < e) opsOf(r, p.part).push({ from: Math.max(s, r.textStart), to: Math.min(e, r.textEnd) });
    if (edit.text !== '') {
      const last = runs.at(-1)!;
      opsOf(last, p.part).push({ from: s < e ? e : s, to: s < e ? e : s, insert: { text: edit.text, props: runs[0].props } });
    }
  }
  // Ids after the largest id of the parts read (annotations' ids are unique in the document, not
  // in a part), as far as Word's 32-bit ids leave room for every id written: a change's, and one
  // for each further piece of a run whose properties hold one (a formatting change's, w:rPrChange).
  // (One past them, "1e+23", had been written, twice.)
  let room = 0;
  for (const [run, list] of ops) room += list.length * 2 + (list.length * 2 + 1) * 3 * (run.props.match(/\bw:id=/g)?.length ?? 0);
  let id = 0;
  const seen = (xml: string) => {
    for (const m of xml.matchAll(/\bw:id=["'](\d+)["']/g)) {
      const n = Number(m[1]);
      if (n <= MAX_ID - room) id = Math.max(id, n);
    }
  };
  for (const part of doc.parts) seen(part.xml);
  // (And the ids of the package's other parts, which are not read: a comment's own tracked
  // change, `<w:ins w:id="2">` in comments.xml, had been given again to one of Lektor's. A part
  // that cannot be inflated has no text to collide with: it is passed over.)
  const read = new Set(doc.parts.map((part) => part.name));
  let budget = 128 * 1024 * 1024;
  for (const entry of doc.zip.entries) {
    if (read.has(entry.name) || !/^word\/.*\.xml$/i.test(entry.name) || entry.size > budget) continue;
    budget -= entry.size;
    try {
      seen(entryData(doc.zip, entry).toString('utf8'));
    } catch {
      // (Damaged: see above.)
    }
  }
  const next = () => ++id;
  const change = (kind: 'ins' | 'del', content: string) => `<w:${kind} w:id="${next()}"${sign}>${content}</w:${kind}>`;
  const written = new Map<string, Buffer>();
  // (The changed runs by part, in one pass: a filter of every run for each part had taken minutes
  // for a hostile package of 40,000 headers.)
  const byPart = new Map<number, DocxRun[]>();
  for (const r of ops.keys()) {
    const index = partOf.get(r)!;
    const list = byPart.get(index);
    if (list) list.push(r);
    else byPart.set(index, [r]);
  }
  doc.parts.forEach((part, index) => {
    const touched = byPart.get(index)?.sort((a, b) => a.start - b.start) ?? [];
    if (touched.length === 0) return;
    let out = '';
    let at = 0;
    for (const run of touched) {
      out += part.xml.slice(at, run.start) + renderRun(run, ops.get(run)!, change, next);
      at = run.end;
    }
    out += part.xml.slice(at);
    written.set(part.name, Buffer.from(out, 'utf8'));
  });
  return replaceEntries(doc.zip, written);
}

/** Run properties without a tracked formatting change (`w:rPrChange`). */
function withoutFormatChange(props: string): string {
  return props.replace(/<w:rPrChange\b[^>]*\/>|<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
}

/** An inserted text as run content: its tabs and line breaks as Word writes them. */
function insertedContent(text: string): string {
  return text
    .split(/(\t|\r?\n)/)
    .map((piece) => (piece === '\t' ? '<w:tab/>' : piece === '\n' || piece === '\r\n' ? '<w:br/>' : piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('');
}

/** A run with its ops: cut into kept runs, deleted runs and insertions, in order. */
function renderRun(run: DocxRun, ops: readonly RunOp[], change: (kind: 'ins' | 'del', content: string) => string, next: () => number): string {
  // (A formatting change of someone else's, w:rPrChange, is of the whole run: each piece keeps
  // it, the first with its id and each other with an id of its own, for two annotations of one
  // id make the document invalid (ECMA-376: an annotation's id is unique in the document). Text Lektor inserts had
  // no formatting before: it is inserted without.)
  let first = true;
  const props = () => {
    if (first || !/\bw:id=/.test(run.props)) {
      first = false;
      return run.props;
    }
    return run.props.replace(/\bw:id="[^"]*"/g, () => `w:id="${next()}"`);
  };
  const cuts = [...new Set([run.textStart, run.textEnd, ...ops.flatMap((o) => [o.from, o.to])])].sort((a, b) => a - b);
  const deleted = (a: number, b: number) => ops.some((o) => o.insert === undefined && o.from <= a && b <= o.to);
  const close = run.open.endsWith('/>') ? '' : '</w:r>';
  const open = close === '' ? run.open.replace(/\s*\/>$/, '>') : run.open;
  let out = '';
  const inserts = (point: number) => {
    for (const o of ops) if (o.insert && o.from === point) out += change('ins', `<w:r>${withoutFormatChange(o.insert.props)}${insertedContent(o.insert.text)}</w:r>`);
  };
  for (let k = 0; k + 1 < cuts.length || (k === 0 && cuts.length === 1); k++) {
    const a = cuts[k];
    const b = cuts[k + 1] ?? a;
    inserts(a);
    const gone = a < b && deleted(a, b);
    const last = k + 2 >= cuts.length;
    let content = '';
    // (What takes no place in the text, a field's character or a comment's reference, is never
    // deleted with the text around it: it stays, in a run of its own before the deletion.)
    let marks = '';
    let after = '';
    for (const item of run.items) {
      if ('text' in item) {
        const from = Math.max(a, item.at);
        const to = Math.min(b, item.at + item.text.length);
        if (to > from) content += gone ? `<w:delText xml:space="preserve">${escapeXml(item.text.slice(from - item.at, to - item.at))}</w:delText>` : `<w:t xml:space="preserve">${escapeXml(item.text.slice(from - item.at, to - item.at))}</w:t>`;
      } else if ((a <= item.at && item.at < b) || (item.length === 0 && last && item.at === b) || (a === b && item.at === a)) {
        if (gone && item.length === 0 && item.at === b && a < b) after += item.xml;
        else if (gone && item.length === 0) marks += item.xml;
        else content += item.xml;
      }
    }
    if (marks !== '') out += `${open}${props()}${marks}</w:r>`;
    if (content !== '') out += gone ? change('del', `${open}${props()}${content}</w:r>`) : `${open}${props()}${content}</w:r>`;
    if (after !== '') out += `${open}${props()}${after}</w:r>`;
  }
  if (cuts.length > 1) inserts(cuts.at(-1)!);
  return out;
}
