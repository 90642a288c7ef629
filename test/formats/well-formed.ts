/**
 * The segment invariants every reader's blocks keep (test/formats: Markdown, XLIFF).
 */
import { expect } from 'vitest';
import type { ProseDocument } from '../../src/core/document.js';

/** Asserts the segment invariants of every block, written out without any helper from the library. */
export function expectWellFormed(doc: ProseDocument) {
  const { source } = doc;
  for (const block of doc.blocks) {
    expect(block.segments.length).toBeGreaterThan(0);
    let textPos = 0;
    let sourcePos = 0;
    for (const seg of block.segments) {
      // Sorted and contiguous in the text, no empty segments.
      expect(seg.textStart).toBe(textPos);
      expect(seg.length).toBeGreaterThan(0);
      textPos = seg.textStart + seg.length;
      // Increasing and non-overlapping in the source, inside the source.
      const sourceLength = seg.opaque ? (seg.sourceLength ?? seg.length) : seg.length;
      expect(seg.sourceStart).toBeGreaterThanOrEqual(sourcePos);
      expect(seg.sourceStart + sourceLength).toBeLessThanOrEqual(source.length);
      sourcePos = seg.sourceStart + sourceLength;
      if (!seg.opaque) {
        expect(seg.sourceLength).toBeUndefined();
        expect(source.slice(seg.sourceStart, seg.sourceStart + seg.length)).toBe(
          block.text.slice(seg.textStart, seg.textStart + seg.length),
        );
      } else {
        expect(seg.sourceLength).toBeGreaterThan(0);
      }
    }
    expect(textPos).toBe(block.text.length);
  }
}
