/**
 * The Markdown reader. Its parser (remark, micromark and their extensions, about 100 ms to load)
 * is loaded by `loadMarkdown` before a check reads a Markdown document, not for a run over plain
 * text (the cold start of one article). The reader itself is not loaded on first use any more:
 * whatever else reads a Markdown text (the review page of a result from LektorPool's threads or
 * read back from a findings file, in a process that never checked one) can read it at once, and
 * the parser is required then (see `processor` in markdown.ts).
 */
import type { ProseDocument } from '../core/document.js';
import * as reader from './markdown.js';

export { loadMarkdown } from './markdown.js';

/** Read a Markdown text (see markdown.ts). */
export function readMarkdown(source: string): ProseDocument {
  return reader.readMarkdown(source);
}

/** Whether the Markdown reader's parser has been loaded (by reading a Markdown text). */
export function markdownLoaded(): boolean {
  return reader.parserLoaded();
}
