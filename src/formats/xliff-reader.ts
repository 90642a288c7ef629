/**
 * The XLIFF reader's types, and the reader. Its XML parser (saxes) is loaded when the first XLIFF
 * file is read (see xliff.ts), not for a run over plain text or Markdown; the reader itself is no
 * longer loaded on first use: whatever reads an XLIFF file (a check, the review page of a result
 * from LektorPool's threads or read back from a findings file, in a process that never checked
 * one) can read it at once. `loadXliff` is kept for the library's users.
 */
import type { ProseDocument } from '../core/document.js';
import * as reader from './xliff.js';
import { htmlCdataAsRead } from './xliff-html.js';

export { htmlCdataAsRead };

export { XliffError } from './xliff.js';

/** What the units of an XLIFF file held: the targets checked, and those left out and why. */
export interface XliffUnits {
  /** Targets read as prose (a unit's, or a segment's in XLIFF 2 and in 1.2's `<seg-source>`). */
  checked: number;
  /** Left out: the unit (or its group or file) has `translate="no"`. */
  notTranslatable: number;
  /** Left out: the target is empty or white space only. */
  empty: number;
  /** Left out: the unit or segment has no target. */
  missing: number;
}

/** Where a target block is in the file: its unit, and its target's and source's content. */
export interface XliffTarget {
  /** The unit's id (1.2 `<trans-unit id>`, 2.x `<unit id>`), where it has one. */
  unit?: string;
  /** The segment's: a 2.x `<segment id>`, or the `mid` of a 1.2 `<mrk mtype="seg">`. */
  segment?: string;
  /** The target's content (or its segment's `<mrk>`'s), `[start, end)` of the file's text, inline tags included. */
  start: number;
  end: number;
  /** Its source's content, where it has one. */
  source?: { start: number; end: number };
}

export interface XliffDocument {
  /** The targets, one block each, mapped into the file's text. */
  document: ProseDocument;
  /** The sources, one block each, lined up with the targets' blocks (block i is the source of target block i). */
  sources: ProseDocument;
  /** Lined up with the targets' blocks: where each is, and its unit. */
  targets: XliffTarget[];
  version: string;
  /** The file's target language (`target-language`, `trgLang`), as written. */
  targetLanguage?: string;
  /** Where the target language was looked for (the element that should have it), 1-based. */
  targetLanguageAt: { line: number; column: number };
  sourceLanguage?: string;
  units: XliffUnits;
}

type XliffModule = typeof import('./xliff.js');

/** The XLIFF reader (kept for the library's users: `readXliff` needs no loading any more). */
export async function loadXliff(): Promise<XliffModule> {
  return reader;
}

/** Read an XLIFF 1.2 or 2.x file (see xliff.ts). Throws an `XliffError` saying where and what is wrong. */
export function readXliff(source: string, path?: string): XliffDocument {
  return reader.readXliff(source, path);
}

/**
 * Whether `at` is in one of a document's CDATA sections (`ProseDocument.cdata`: content ranges in
 * file order, pairs of start and end, the end counted in: an insertion where a section ends is
 * written into it), by halves: every finding asks, and a file may have 100,000 sections.
 */
export function inCdata(cdata: readonly number[] | undefined, at: number): boolean {
  if (!cdata || cdata.length === 0) return false;
  let lo = 0;
  let hi = cdata.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdata[2 * mid + 1] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < cdata.length / 2 && cdata[2 * lo] <= at;
}

const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** XML text with its references read as their characters. */
export function unescapeXml(text: string): string {
  return text.replace(REFERENCE, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name];
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * How text of an XLIFF file at an offset reads (a finding's actual text, a suggestion, which are
 * the file's text and what is written into it): its references as their characters (`AT&amp;T`
 * reads AT&T), but in a CDATA section as it is written. The file is read for its sections (one
 * that cannot be read has none).
 */
export function xliffTextAsRead(xml: string): (text: string, at: number) => string {
  let doc: ProseDocument | undefined;
  if (xml.includes('<![CDATA[')) {
    try {
      doc = readXliff(xml).document;
    } catch {
      // (None known: its text is read as XML text.)
    }
  }
  return textAsRead(doc?.cdata, doc?.htmlCdata);
}

/**
 * `xliffTextAsRead` of a file whose CDATA sections (`ProseDocument.cdata`) are known, and those
 * read as HTML (`htmlCdata`), where text reads as HTML reads it (`M&auml;rz` März).
 */
export function textAsRead(cdata: readonly number[] | undefined, html?: readonly number[]): (text: string, at: number) => string {
  return (text, at) => (inCdata(cdata, at) ? text : inCdata(html, at) ? htmlCdataAsRead(text) : unescapeXml(text));
}

/** Whether the XLIFF reader's XML parser has been loaded (by reading an XLIFF file). */
export function xliffLoaded(): boolean {
  return reader.parserLoaded();
}
