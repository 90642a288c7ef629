/**
 * The source text a document was translated from (`--source`), as the rules see it: its
 * paragraphs, lined up with the translation's when both have the same number of
 * paragraphs, and the set of its words (names and terms carried over verbatim).
 * Computed once per document and kept in the document's state.
 */
import { readText } from '../formats/text.js';
import { readHtml } from '../formats/html-reader.js';
import { readMarkdown } from '../formats/markdown-reader.js';
import type { Block } from './document.js';
import { blockIndex, type DocContext, type RuleContext } from './rule.js';

export interface SourceView {
  /** The source's paragraphs (read as plain text). */
  blocks: Block[];
  /** Whether paragraph i of the source is paragraph i of the translation. */
  aligned: boolean;
  /** Every word of the source, as written. */
  words: ReadonlySet<string>;
}

const KEY = 'core/source';
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

export function sourceView(doc: DocContext): SourceView | undefined {
  if (!doc.original) return undefined;
  let view = doc.state.get(KEY) as SourceView | undefined;
  if (!view) {
    // Read as the translation is (a Markdown source's lists, tables and code as the translation's).
    const { blocks } = doc.original.document ?? (doc.original.format === 'markdown' ? readMarkdown(doc.original.text) : doc.original.format === 'html' ? readHtml(doc.original.text).document : readText(doc.original.text));
    const words = new Set<string>();
    for (const b of blocks) for (const w of wordsOf(b.text)) words.add(w);
    view = { blocks, aligned: blocks.length === doc.blocks.length, words };
    doc.state.set(KEY, view);
  }
  return view;
}

/** The words of a text as `SourceView.words` counts them ("U.S.", "well-known", "don't" one each). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The source paragraph of the rule context's block, when the paragraphs line up. */
export function sourceParagraph(ctx: RuleContext): string | undefined {
  return sourceBlock(ctx)?.text;
}

/** `sourceParagraph` as a block of the source (its text and where it is). */
export function sourceBlock(ctx: RuleContext): Block | undefined {
  const view = sourceView(ctx.doc);
  if (!view?.aligned) return undefined;
  const k = blockIndex(ctx);
  return k >= 0 ? view.blocks[k] : undefined;
}

/**
 * Whether the words `i`…`j` of the rule context's block, with the word before and the word
 * after them, stand verbatim in the aligned source paragraph, one of those neighbours
 * capitalized, in a stretch of four words or more the source has: a title carried over
 * ("From Here to Eternity", "Welcome to the Dollhouse"), whose English words are no slip of
 * the translation.
 */
export function carriedOver(ctx: RuleContext, i: number, j: number): boolean {
  const { words, text } = ctx;
  const before = words[i - 1];
  const after = words[j + 1];
  if (!before || !after || before.sentence !== words[i].sentence || after.sentence !== words[j].sentence) return false;
  if (!/^\p{Lu}/u.test(before.value) && !/^\p{Lu}/u.test(after.value)) return false;
  const paragraph = sourceParagraph(ctx);
  if (paragraph === undefined) return false;
  let lo = i - 1;
  let hi = j + 1;
  const has = (a: number, b: number) => paragraph.includes(text.slice(words[a].start, words[b].end));
  if (!has(lo, hi)) return false;
  // A title is four words or more as the source has them ("From Here to Eternity"); three,
  // "Merkel and Macron", are as often words the translation left as they were.
  while (hi - lo + 1 < 4) {
    if (lo > 0 && words[lo - 1].sentence === words[lo].sentence && has(lo - 1, hi)) lo--;
    else if (hi + 1 < words.length && words[hi + 1].sentence === words[hi].sentence && has(lo, hi + 1)) hi++;
    else return false;
  }
  return true;
}
