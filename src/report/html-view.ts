/**
 * What the review page shows of an HTML page: its text as a reader reads it, block by block (a
 * heading, a paragraph, a list item, a table cell, an image's alt text), its inline tags as small
 * chips and its character references as their characters, instead of the page's source (its head,
 * scripts and the markup between blocks are left out). Every offset stays the file's: the page's
 * text is cut where the findings are as for a text document (`renderText` in html.ts), and this
 * says how a stretch `[p, q)` of the file is drawn. The review panel's data is still the whole
 * file, so the download is the HTML page with the editor's choices.
 *
 * The page is read again here (its parser is loaded then, if this process has not read an HTML
 * page yet: a result from LektorPool's threads, or one read back from a findings file or the
 * cache); a page that cannot be read gets the page of its source as before.
 */
import { isInner, toSource, type BlockKind, type ProseDocument } from '../core/document.js';
import { htmlTextAsRead, htmlTextAsReadIn, readHtml } from '../formats/html-reader.js';
import { partitionPoint } from '../core/spans.js';
import { draw, piecesOf, type Piece } from './xliff-view.js';
import { esc } from './html.js';

/** A block of the page: its place in the file, its kind, its text as read, and how a stretch of it is drawn. */
export interface BlockWindow {
  start: number;
  end: number;
  kind: BlockKind;
  /** An alt text, inside the source of the block before it (where its image is a chip). */
  inner: boolean;
  /** The block's text as read (its prose: no tag), which tells its direction. */
  text: string;
  /** The file's `[p, q)`, inside the block, as the page draws it: tags as chips, references as their characters. */
  show(p: number, q: number): string;
}

export interface HtmlView {
  /** The blocks, in file order (an alt text after the block that holds its image). */
  windows: BlockWindow[];
  /** The page as the check read it (for the review panel: the file is read once). */
  document: ProseDocument;
  /** A replacement as the page draws it: HTML text (a suggestion is written into the file so) read, in an alt text as an attribute's. */
  inserted(text: string, at: number): string;
  /** The file's `[p, q)` as the page draws it, in the innermost block that holds it (a sentence); as it is written where none does. */
  show(p: number, q: number): string;
}

const DRAWING = { decode: (reference: string) => htmlTextAsRead(reference), chipMarkup: true };

/** The view of an HTML page, or undefined where it cannot be read (see the module's comment). */
export function htmlView(html: string): HtmlView | undefined {
  let document: ProseDocument;
  try {
    document = readHtml(html).document;
  } catch {
    return undefined;
  }
  // (The blocks of the flow apart, and their pieces in one list, drawn by halves; an alt text's
  // pieces its own: its source is inside its paragraph's, where the image is one chip.)
  const flow: Piece[] = [];
  const windows: BlockWindow[] = [];
  for (const block of document.blocks) {
    const start = toSource(block, 0);
    const end = toSource(block, block.text.length, true);
    const inner = isInner(block);
    let show: (p: number, q: number) => string;
    if (inner) {
      const own: Piece[] = [];
      piecesOf(html, start, end, block, own, DRAWING);
      own.sort((a, b) => a.s - b.s);
      show = (p, q) => draw(html, own, p, q);
    } else {
      piecesOf(html, start, end, block, flow, DRAWING);
      show = (p, q) => draw(html, flow, p, q);
    }
    windows.push({ start, end, kind: block.kind, inner, text: block.text, show });
  }
  flow.sort((a, b) => a.s - b.s);
  const show = (p: number, q: number) => {
    const k = innermost(windows, p, q);
    return k < 0 ? esc(html.slice(p, q)) : windows[k].show(p, q);
  };
  const read = htmlTextAsReadIn(document);
  return { windows, document, inserted: (text, at) => esc(read(text, at)), show };
}

/** The innermost block (of those in file order) that holds `[p, q)`, by halves; -1 where none does. */
function innermost(windows: readonly BlockWindow[], p: number, q: number): number {
  const k = partitionPoint(windows, (w) => w.start <= p) - 1;
  // (Back over the alt texts before it, to the paragraph that holds them: the flow's blocks are apart.)
  for (let j = k; j >= 0; j--) {
    if (q <= windows[j].end) return j;
    if (!windows[j].inner) break;
  }
  return -1;
}

/**
 * The block each item is drawn in, the items in order of their start: the innermost block that
 * holds its start (an alt text's finding in the alt text, not in its paragraph); those no block
 * holds in `stray`.
 */
export function itemsByWindow<T extends { start: number }>(windows: readonly BlockWindow[], items: readonly T[]): { mine: T[][]; stray: T[] } {
  const mine: T[][] = windows.map(() => []);
  const stray: T[] = [];
  let k = -1;
  for (const it of items) {
    // The last block that begins at or before it (the items come in order).
    while (k + 1 < windows.length && windows[k + 1].start <= it.start) k++;
    let found = -1;
    // (Back over the alt texts before it, to the paragraph that holds them: the flow's blocks are apart.)
    for (let j = k; j >= 0; j--) {
      if (it.start <= windows[j].end) {
        found = j;
        break;
      }
      if (!windows[j].inner) break;
    }
    (found >= 0 ? mine[found] : stray).push(it);
  }
  return { mine, stray };
}
