/**
 * Plain text: paragraphs are separated by blank lines. A text without any blank
 * line (one paragraph per line, as machine translation output usually comes) has
 * one paragraph per line. The block text is the verbatim source slice.
 */
import { sliceBlock, type Block, type ProseDocument } from '../core/document.js';

export function readText(source: string): ProseDocument {
  const blocks: Block[] = [];
  // Lines end in LF, CRLF or CR alone (old Mac files: each line is a paragraph there too).
  // (A CR before LF is no line end of its own: "\r\n" is one line break, never a blank line.)
  const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/;
  const separator = blankLine.test(source) ? /(?:(?:\r\n|\r(?!\n)|\n)[ \t]*){2,}/g : /\r\n|\r(?!\n)|\n/g;
  let start = 0;
  const push = (end: number) => {
    // Trim surrounding whitespace but keep offsets into the source.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(source[s])) s++;
    while (e > s && /\s/.test(source[e - 1])) e--;
    if (e > s) blocks.push(sliceBlock(source, s, e));
  };
  for (const m of source.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(source.length);
  return { source, format: 'text', blocks };
}
