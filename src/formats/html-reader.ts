/**
 * The HTML reader, loaded on first use (as the Markdown and XLIFF readers are): its parser
 * (parse5) is not loaded for a run over plain text, Markdown or XLIFF. `Lektor.check` loads it
 * before it reads an HTML document; the report and the quality score call `readHtml` after that.
 */
import type { ProseDocument } from '../core/document.js';

/**
 * An HTML file that cannot be read as UTF-8 HTML: a `<meta charset>` (or its `http-equiv`
 * form) names another encoding. `line` and `column` (1-based) say where, in the file's text.
 * (Malformed markup is no error: it is read as a browser reads it.)
 */
export class HtmlError extends Error {
  readonly line: number;
  readonly column: number;
  /** What is wrong, without the place. */
  readonly problem: string;
  constructor(line: number, column: number, problem: string, path?: string) {
    super(`${path !== undefined ? `${path}:` : ''}${line}:${column}: ${problem}`);
    this.name = 'HtmlError';
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}

export interface HtmlDocument {
  /** The prose blocks, mapped into the file's text. */
  document: ProseDocument;
  /** The document's language: `<html lang>`, else `<body lang>`, else the one every block is marked with; as written. */
  language?: string;
}

type HtmlModule = typeof import('./html.js');
let loaded: HtmlModule | undefined;

/** Loads the HTML reader (once). */
export async function loadHtml(): Promise<HtmlModule> {
  loaded ??= await import('./html.js');
  return loaded;
}

/** `readHtml` of ./html.js, once `loadHtml` has run. */
export function readHtml(source: string, path?: string): HtmlDocument {
  if (!loaded) throw new Error('readHtml before loadHtml(): the HTML reader is loaded on first use');
  return loaded.readHtml(source, path);
}

/** Whether the HTML reader has been loaded. */
export function htmlLoaded(): boolean {
  return loaded !== undefined;
}
