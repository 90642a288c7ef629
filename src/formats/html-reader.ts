/**
 * The HTML reader. Its parser (parse5, and entities' decoder) is loaded by `loadHtml` before a
 * check reads an HTML document, not for a run over plain text, Markdown or XLIFF, nor by importing
 * the library. The reader itself is not loaded on first use any more (as Markdown's and XLIFF's
 * are not): whatever else reads an HTML page (the review page of a result from LektorPool's
 * threads or read back from a findings file, in a process that never checked one) can read it at
 * once, and the parser is required then (see `parser` in html.ts).
 */
import type { ProseDocument } from '../core/document.js';
import * as reader from './html.js';

export { HtmlError } from './html.js';

export interface HtmlDocument {
  /** The prose blocks, mapped into the file's text. */
  document: ProseDocument;
  /** The document's language: `<html lang>`, else `<body lang>`, else the one every block is marked with; as written. */
  language?: string;
}

type HtmlModule = typeof import('./html.js');

/** Loads the HTML reader's parser (once), before a check reads an HTML page; `readHtml` needs no loading (it requires the parser where none was loaded). */
export async function loadHtml(): Promise<HtmlModule> {
  await reader.loadHtml();
  return reader;
}

/** Read an HTML file (see html.ts). */
export function readHtml(source: string, path?: string): HtmlDocument {
  return reader.readHtml(source, path);
}

/**
 * How text of an HTML page reads (a finding's actual text, a suggestion): its character references
 * as their characters (`T&amp;T` reads T&T, `&nbsp;` a no-break space), its tags as written;
 * `attribute`: an attribute value's (an alt text's), see html.ts.
 */
export function htmlTextAsRead(text: string, attribute = false): string {
  return reader.htmlTextAsRead(text, attribute);
}

/** How text of a page, read as `doc`, reads at an offset: in an alt text as an attribute's (see html.ts). */
export function htmlTextAsReadIn(doc: ProseDocument | undefined): (text: string, at: number) => string {
  return reader.htmlTextAsReadIn(doc);
}

/** Whether the HTML reader's parser has been loaded (by reading an HTML file). */
export function htmlLoaded(): boolean {
  return reader.parserLoaded();
}
