import { describe, it, expect } from 'vitest';
import { sameLowerCase, segment } from '../../src/core/segment.js';

describe('sameLowerCase', () => {
  it('answers as comparing the two lower cases does', () => {
    const words = ['', 'a', 'A', 'die', 'Die', 'DIE', 'der', 'Über', 'über', 'ÜBER', 'uber', 'İstanbul', 'i̇stanbul', 'istanbul', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'οδός', '@a', '`a', 'ab@', 'ab`', 'Straße', 'STRASSE', 'straße', 'x', 'xİ', 'xi̇'];
    for (const a of words) for (const b of words) expect(sameLowerCase(a, b), `${a} ${b}`).toBe(a.toLowerCase() === b.toLowerCase());
  });
});

describe('segment', () => {
  it('reads a URL, an address, a handle, a hashtag and a Windows path as no prose, and nothing else', () => {
    const opaque = (text: string) => segment({ text } as never).words.filter((w) => w.opaque).map((w) => w.value);
    expect(opaque('Siehe HTTPS://example.org/a und www.example.org heute.').length).toBeGreaterThan(0);
    expect(opaque('Siehe WWW.example.org heute.').length).toBeGreaterThan(0);
    expect(opaque('Schreib an a@b.de oder @handle, #Tag.').length).toBeGreaterThan(0);
    expect(opaque('Die Zeit: 12:30 Uhr, wwie. http ist ein Wort.')).toEqual([]);
  });
});
