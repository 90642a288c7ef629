import { describe, it, expect } from 'vitest';
import { readText } from '../../src/formats/text.js';
import { check } from '../helpers.js';

describe('plain text: line ends', () => {
  it('reads LF, CRLF and CR alone (old Mac files) alike: one paragraph per line, or per blank line', () => {
    const blocks = (source: string) => readText(source).blocks.map((b) => b.text);
    expect(blocks('a\nb\nc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\r\nb\r\nc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\rb\rc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\r\n\r\nb c\r\nd')).toEqual(['a', 'b c\r\nd']);
    expect(blocks('a\r\rb\rc')).toEqual(['a', 'b\rc']);
  });

  it('does not join two lines of a CR-only file in a fix ("ist\\rist" is two lines)', async () => {
    const source = 'Erste Zeile hier.\rZweite ist\rist da.\r';
    const r = await check(source, { language: 'de', only: ['repeated-word'], path: 'x.txt' });
    expect(r.findings).toEqual([]);
    expect(r.corrected).toBe(source);
  });
});
