/**
 * XLIFF reader: the targets of an XLIFF 1.2 or 2.x file as prose blocks, and their sources as a
 * second document whose blocks line up with them (block i of `sources` is the source of target
 * block i), so that the source-based checks read each unit's `<source>` as its target's source
 * paragraph.
 *
 * - A target is `<target>` directly in a 1.2 `<trans-unit>`, or in a 2.x `<segment>`: one block
 *   each (a target elsewhere, in `<alt-trans>` or a match, is never read). A 1.2 unit with a
 *   `<seg-source>` whose target is cut into `<mrk mtype="seg">` is a block per segment, with the
 *   `<seg-source>` segment of the same `mid` as its source.
 * - Inline elements whose content is prose (`<g>`, `<pc>`, `<mrk>`) keep their text; their tags
 *   are left out of the block's text, as Markdown's emphasis marks are, so that a fix never
 *   crosses one. The annotation markers `<sm/>` and `<em/>` are left out too. Every other element
 *   (the native codes `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`, `<sc/>`, `<ec/>`,
 *   `<cp/>`, a `<mrk translate="no">`, an element of another namespace) is one opaque placeholder,
 *   with whatever it holds.
 * - A character or entity reference (`&amp;`, `&#x2019;`) is an opaque segment holding its
 *   character: read as that character ("AT&amp;T" is the word AT&T), never fixed inside.
 *   A CDATA section's content is verbatim prose (its own `<![CDATA[` and `]]>` left out), unless
 *   it holds HTML, which is read as HTML, with the sections next to it as one HTML text (see
 *   xliff-html.ts).
 *   Comments and processing instructions are left out.
 * - A unit with `translate="no"` (or in a group or file that has it), an empty target and a
 *   missing one are not read, and counted (`XliffDocument.units`).
 *
 * The parser is saxes, a strict, non-validating XML parser that reads no DTD and knows no entity
 * but XML's five: a DOCTYPE is refused, so that no entity declaration (XXE, "billion laughs")
 * is ever looked at. It checks that the whole file is well-formed and says where it is not; the
 * inline content of a target or source, well-formed then, is read here again character by
 * character, so that every segment maps to the file's text exactly.
 */
import { createRequire } from 'node:module';
import type * as Saxes from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { pointsOf } from '../core/points.js';
import { OPAQUE, SegmentedText, type Block, type ProseDocument, type Segment } from '../core/document.js';
import type { XliffDocument, XliffTarget, XliffUnits } from './xliff-reader.js';
import { readCdataRun } from './xliff-html.js';
import { PlaceError } from '../core/place-error.js';

/**
 * An XLIFF file that cannot be read: not well-formed XML, a DOCTYPE, a version other than 1.2
 * or 2.x, no target language. `line` and `column` (1-based) say where, in the file's text.
 */
export class XliffError extends PlaceError {
  constructor(line: number, column: number, problem: string, path?: string) {
    super(line, column, problem, path);
    this.name = 'XliffError';
  }
}

let saxes: typeof Saxes | undefined;
/**
 * The XML parser, loaded when the first XLIFF file is read (a CommonJS package, required at once:
 * a render of a review page is synchronous, and the process that renders it may never have
 * checked an XLIFF file, LektorPool's caller or one that read a findings file back).
 */
function parserModule(): typeof Saxes {
  saxes ??= createRequire(import.meta.url)('saxes') as typeof Saxes;
  return saxes;
}

/** Whether the XML parser has been loaded. */
export function parserLoaded(): boolean {
  return saxes !== undefined;
}

/** Elements whose content is prose: their tags are left out, their text read. */
const PROSE_CONTAINERS = new Set(['g', 'pc', 'mrk']);
/** Elements that stand for nothing in the text (annotation markers): left out. */
const LEFT_OUT = new Set(['sm', 'em']);
/** A language tag as XLIFF writes one (BCP 47: "de", "de-CH", "pt-PT", "sr-Latn-RS"; "de_DE" too). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** 1-based line and column of an offset of the text (as git numbers lines, as the pipeline's points). */
function pointAt(xml: string, offset: number): { line: number; column: number } {
  const p = pointsOf(xml).toPoint(offset);
  return p ? { line: p.line, column: p.column } : { line: 1, column: 1 };
}

/** The index after the `>` of the tag that starts at `i` (quoted attribute values may hold `>`). */
function tagEnd(xml: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return xml.length;
}

/** The index after what starts at `i` when it is a comment, a CDATA section or a processing instruction; else -1. */
function skipSpecial(xml: string, i: number): number {
  if (xml.startsWith('<!--', i)) return xml.indexOf('-->', i + 4) + 3;
  if (xml.startsWith('<![CDATA[', i)) return xml.indexOf(']]>', i + 9) + 3;
  if (xml.startsWith('<?', i)) return xml.indexOf('?>', i + 2) + 2;
  return -1;
}

/** The index after the element whose (not self-closing) start tag begins at `i`. */
function elementEnd(xml: string, i: number): number {
  let depth = 1;
  let j = tagEnd(xml, i);
  while (depth > 0) {
    j = xml.indexOf('<', j);
    if (j < 0) return xml.length;
    const special = skipSpecial(xml, j);
    if (special >= 0) {
      j = special;
      continue;
    }
    const end = tagEnd(xml, j);
    if (xml[j + 1] === '/') depth--;
    else if (xml[end - 2] !== '/') depth++;
    j = end;
  }
  return j;
}

/** A tag's local name (without its prefix) and attributes (raw values), read from its text. */
function readTag(tag: string): { local: string; prefixed: boolean; attrs: Map<string, string> } {
  const name = /^<\/?([^\s/>]+)/.exec(tag)![1];
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=</>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(m[1], m[2] ?? m[3]);
  return { local: name.slice(name.indexOf(':') + 1), prefixed: name.includes(':'), attrs };
}

/** A block being read: its text and the segments that map it to the file's text. */
class BlockBuilder extends SegmentedText {
  constructor(
    xml: string,
    private readonly at: number,
  ) {
    super(xml);
  }

  block(): Block {
    // (A block without text still maps somewhere: where its content would be.)
    const segments = this.segments.length > 0 ? this.segments : [{ textStart: 0, sourceStart: this.at, length: 0 }];
    return { kind: 'paragraph', text: this.text, segments };
  }
}

/**
 * The inline content `[start, end)` of a target or source as blocks: one, or with `bySegment`
 * one per `<mrk mtype="seg">` at its top level (with its `mid`), the text between them unread.
 * CDATA sections' content ranges are added to `cdata`, those read as HTML to `html`.
 */
function readInline(xml: string, start: number, end: number, bySegment: boolean, cdata: number[], html: number[] = []): Array<{ mid?: string; block: Block; range: Range }> {
  const out: Array<{ mid?: string; block: Block; range: Range }> = [];
  let current: BlockBuilder | undefined = bySegment ? undefined : new BlockBuilder(xml, start);
  let currentMid: string | undefined;
  let currentStart = start;
  // The prose containers open, and whether each is a segment's `<mrk mtype="seg">`.
  const open: boolean[] = [];
  let i = start;
  while (i < end) {
    const c = xml[i];
    if (c === '<') {
      if (xml.startsWith('<![CDATA[', i)) {
        // (HTML in it, as CMS exports write it, is read as HTML, with the sections that follow it
        // as one text: see xliff-html.ts.)
        i = current ? readCdataRun(xml, i, end, current, cdata, html) : xml.indexOf(']]>', i + 9) + 3;
        continue;
      }
      const special = skipSpecial(xml, i);
      if (special >= 0) {
        i = special;
        continue;
      }
      const after = tagEnd(xml, i);
      if (xml[i + 1] === '/') {
        // (Only a prose container's end tag is met here: every other element is skipped whole.)
        if (open.pop() === true && current) {
          out.push({ ...(currentMid !== undefined ? { mid: currentMid } : {}), block: current.block(), range: { start: currentStart, end: i } });
          current = undefined;
        }
        i = after;
        continue;
      }
      const selfClosing = xml[after - 2] === '/';
      const { local, prefixed, attrs } = readTag(xml.slice(i, after));
      // (An element of another namespace, `<its:span>`, is no XLIFF container: opaque.)
      const prose = PROSE_CONTAINERS.has(local) && !prefixed && attrs.get('translate') !== 'no';
      if (prose && !selfClosing) {
        const segment = bySegment && open.length === 0 && local === 'mrk' && attrs.get('mtype') === 'seg';
        if (segment) {
          current = new BlockBuilder(xml, after);
          currentMid = attrs.get('mid');
          currentStart = after;
        }
        open.push(segment);
        i = after;
        continue;
      }
      const whole = selfClosing ? after : elementEnd(xml, i);
      if (!(LEFT_OUT.has(local) && !prefixed) && !(prose && selfClosing)) current?.opaque(i, whole - i, OPAQUE);
      i = whole;
      continue;
    }
    if (c === '&') {
      const semi = xml.indexOf(';', i);
      const name = xml.slice(i + 1, semi);
      const value = name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : ENTITIES[name];
      current?.opaque(i, semi + 1 - i, value, true);
      i = semi + 1;
      continue;
    }
    let j = i + 1;
    while (j < end && xml[j] !== '<' && xml[j] !== '&') j++;
    current?.verbatim(i, j - i);
    i = j;
  }
  if (current) out.push({ block: current.block(), range: { start, end } });
  return out;
}

/** The content of an element, `[start, end)` of the file's text. */
interface Range {
  start: number;
  end: number;
}

interface Unit {
  translate: boolean;
  /** The unit's id (1.2 `<trans-unit>`, 2.x `<unit>`), and a 2.x segment's. */
  id?: string;
  segment?: string;
  source?: Range;
  segSource?: Range;
  target?: Range;
}

interface Open {
  local: string;
  /** Whether the element is XLIFF's (its namespace, or none). */
  xliff: boolean;
  translate: boolean;
  /** Where its start tag begins, and where its content does. */
  start: number;
  contentStart: number;
}

const NAMESPACES = new Set(['', 'urn:oasis:names:tc:xliff:document:1.2', 'urn:oasis:names:tc:xliff:document:2.0']);

/** Read an XLIFF 1.2 or 2.x file (see the module's comment). Throws an `XliffError` saying where and what is wrong. */
export function readXliff(xml: string, path?: string): XliffDocument {
  const parser = new (parserModule().SaxesParser)({ xmlns: true, position: true });
  const stack: Open[] = [];
  const targets: Block[] = [];
  const sources: Block[] = [];
  const places: XliffTarget[] = [];
  // (The id of the 2.x <unit> a segment is in.)
  let unitId: string | undefined;
  const cdata: number[] = [];
  const htmlCdata: number[] = [];
  const units: XliffUnits = { checked: 0, notTranslatable: 0, empty: 0, missing: 0 };
  let version = '';
  let targetLanguage: string | undefined;
  let sourceLanguage: string | undefined;
  let targetLanguageAt = { line: 1, column: 1 };
  let languageSet = false;
  let unit: Unit | undefined;
  const failAt = (offset: number, problem: string): never => {
    const p = pointAt(xml, offset);
    throw new XliffError(p.line, p.column, problem, path);
  };
  const language = (value: string | undefined, attribute: string, offset: number): string | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    if (!LANGUAGE_TAG.test(value.trim())) failAt(offset, `${attribute}="${value}" is no language tag (such as "de" or "de-CH")`);
    return value.trim();
  };
  // (The content of a unit's target or source, once the unit is done.)
  const finishUnit = () => {
    const u = unit!;
    unit = undefined;
    if (!u.translate) {
      units.notTranslatable++;
      return;
    }
    if (!u.target) {
      units.missing++;
      return;
    }
    const bySegment = version === '1.2' && u.segSource !== undefined && /\bmtype\s*=\s*["']seg["']/.test(xml.slice(u.target.start, u.target.end));
    const parts = readInline(xml, u.target.start, u.target.end, bySegment, cdata, htmlCdata);
    const whole = u.source ? readInline(xml, u.source.start, u.source.end, false, [])[0].block : new BlockBuilder(xml, u.target.start).block();
    const bySourceMid = new Map<string, { block: Block; range: Range }>();
    if (bySegment) for (const p of readInline(xml, u.segSource!.start, u.segSource!.end, true, [])) if (p.mid !== undefined) bySourceMid.set(p.mid, p);
    for (const part of parts) {
      if (part.block.text.trim() === '') {
        units.empty++;
        continue;
      }
      units.checked++;
      targets.push(part.block);
      const own = bySegment && part.mid !== undefined ? bySourceMid.get(part.mid) : undefined;
      sources.push(bySegment ? (own?.block ?? new BlockBuilder(xml, u.target.start).block()) : whole);
      const sourceRange = bySegment ? own?.range : u.source;
      const segmentId = bySegment ? part.mid : u.segment;
      places.push({
        ...(u.id !== undefined ? { unit: u.id } : {}),
        ...(segmentId !== undefined ? { segment: segmentId } : {}),
        start: part.range.start,
        end: part.range.end,
        ...(sourceRange ? { source: { start: sourceRange.start, end: sourceRange.end } } : {}),
      });
    }
    if (parts.length === 0) units.empty++;
  };
  parser.on('doctype', () => {
    // (Where it begins, as git numbers lines.)
    const start = xml.lastIndexOf('<!DOCTYPE', parser.position);
    const at = pointAt(xml, start >= 0 ? start : Math.max(0, parser.position - 1));
    throw new XliffError(at.line, at.column, 'a DOCTYPE is not accepted in XLIFF (it could declare entities, which are never expanded here); remove it', path);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const contentStart = parser.position;
    const start = xml.lastIndexOf('<', contentStart - 1);
    const parent = stack.at(-1);
    const attr = (name: string) => tag.attributes[name]?.value;
    const xliff = NAMESPACES.has(tag.uri);
    const own = xliff ? attr('translate') : undefined;
    const open: Open = { local: tag.local, xliff, translate: (parent?.translate ?? true) && own !== 'no', start, contentStart };
    stack.push(open);
    if (!parent) {
      if (tag.local !== 'xliff') failAt(start, `not an XLIFF file: its root element is <${tag.name}>, not <xliff>`);
      const v = attr('version');
      if (v === undefined) failAt(start, 'the <xliff> element has no version (Lektor reads XLIFF 1.2 and 2.x)');
      if (v !== '1.2' && !/^2\.\d+$/.test(v!)) failAt(start, `XLIFF version "${v}" is not read (Lektor reads XLIFF 1.2 and 2.x)`);
      version = v!;
      if (version !== '1.2') {
        targetLanguageAt = pointAt(xml, start);
        targetLanguage = language(attr('trgLang'), 'trgLang', start);
        sourceLanguage = language(attr('srcLang'), 'srcLang', start);
      }
      return;
    }
    if (!xliff || !parent.xliff) return;
    if (version === '1.2' && tag.local === 'file') {
      const target = language(attr('target-language'), 'target-language', start);
      if (!languageSet) {
        languageSet = true;
        targetLanguageAt = pointAt(xml, start);
        targetLanguage = target;
        sourceLanguage = language(attr('source-language'), 'source-language', start);
      } else if (target !== undefined && targetLanguage !== undefined && target.toLowerCase() !== targetLanguage.toLowerCase()) {
        failAt(start, `this <file> has target-language="${target}", an earlier one "${targetLanguage}": check files of one target language each`);
      }
    }
    if (version !== '1.2' && tag.local === 'unit') unitId = attr('id');
    if (version === '1.2' && tag.local === 'trans-unit') unit = { translate: open.translate, ...(attr('id') !== undefined ? { id: attr('id') } : {}) };
    else if (version !== '1.2' && tag.local === 'segment') {
      const segment = attr('id');
      unit = { translate: open.translate, ...(unitId !== undefined ? { id: unitId } : {}), ...(segment !== undefined ? { segment } : {}) };
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    const open = stack.pop()!;
    const parent = stack.at(-1);
    if (!open.xliff || !parent?.xliff || unit === undefined) return;
    const holder = version === '1.2' ? 'trans-unit' : 'segment';
    const range = { start: open.contentStart, end: tag.isSelfClosing ? open.contentStart : xml.lastIndexOf('</', parser.position - 1) };
    if (parent.local === holder) {
      if (open.local === 'target') unit.target = range;
      else if (open.local === 'source') unit.source = range;
      else if (open.local === 'seg-source') unit.segSource = range;
    }
    if (open.local === holder) finishUnit();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XliffError) throw error;
    const m = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec((error as Error).message);
    const problem = `not well-formed XML: ${(m ? m[3] : (error as Error).message).replace(/\.$/, '')}`;
    // (The place of the character the parser stopped at, as git numbers lines and in UTF-16
    // code units, as the findings' are: saxes counts a lone CR as a line break, and code points.)
    const at = pointAt(xml, Math.max(0, Math.min(xml.length, parser.position - 1)));
    throw new XliffError(at.line, at.column, problem, path);
  }
  if (version === '') throw new XliffError(1, 1, 'not an XLIFF file: no <xliff> element', path);
  return {
    document: { source: xml, format: 'xliff', blocks: targets, ...(cdata.length > 0 ? { cdata } : {}), ...(htmlCdata.length > 0 ? { htmlCdata } : {}) },
    sources: { source: xml, format: 'xliff', blocks: sources },
    targets: places,
    version,
    ...(targetLanguage !== undefined ? { targetLanguage } : {}),
    targetLanguageAt,
    ...(sourceLanguage !== undefined ? { sourceLanguage } : {}),
    units,
  };
}
