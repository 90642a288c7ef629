/**
 * The Markdown reader, loaded on first use: remark, micromark and their extensions take about
 * 100 ms to load, which a run over plain text does not need (the cold start of one article).
 * `Lektor.check` loads it before it reads a Markdown document; what reads Markdown inside a
 * check (the source view, the quality score) calls `readMarkdown` after that.
 */
import type { ProseDocument } from '../core/document.js';

type MarkdownModule = typeof import('./markdown.js');
let loaded: MarkdownModule | undefined;

/** Loads the Markdown reader (once). */
export async function loadMarkdown(): Promise<MarkdownModule> {
  loaded ??= await import('./markdown.js');
  return loaded;
}

/** `readMarkdown` of ./markdown.js, once `loadMarkdown` has run. */
export function readMarkdown(source: string): ProseDocument {
  if (!loaded) throw new Error('readMarkdown before loadMarkdown(): the Markdown reader is loaded on first use');
  return loaded.readMarkdown(source);
}

/** Whether the Markdown reader has been loaded (for the tests of the cold start's path). */
export function markdownLoaded(): boolean {
  return loaded !== undefined;
}
