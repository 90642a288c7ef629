/**
 * The XLIFF reader, loaded on first use (as the Markdown reader is, see markdown-reader.ts): its
 * XML parser is not loaded for a run over plain text or Markdown. `Lektor.check` loads it before
 * it reads an XLIFF document; the review page's layouts call `readXliff` after that.
 */
import type { ProseDocument } from '../core/document.js';

/**
 * An XLIFF file that cannot be read: not well-formed XML, a DOCTYPE, a version other than 1.2
 * or 2.x, no target language. `line` and `column` (1-based) say where, in the file's text.
 */
export class XliffError extends Error {
  readonly line: number;
  readonly column: number;
  /** What is wrong, without the place. */
  readonly problem: string;
  constructor(line: number, column: number, problem: string, path?: string) {
    super(`${path !== undefined ? `${path}:` : ''}${line}:${column}: ${problem}`);
    this.name = 'XliffError';
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}

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
let loaded: XliffModule | undefined;

/** Loads the XLIFF reader (once). */
export async function loadXliff(): Promise<XliffModule> {
  loaded ??= await import('./xliff.js');
  return loaded;
}

/** `readXliff` of ./xliff.js, once `loadXliff` has run. */
export function readXliff(source: string, path?: string): XliffDocument {
  if (!loaded) throw new Error('readXliff before loadXliff(): the XLIFF reader is loaded on first use');
  return loaded.readXliff(source, path);
}

/** Whether the XLIFF reader has been loaded. */
export function xliffLoaded(): boolean {
  return loaded !== undefined;
}
