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

  it('reads Unix paths, long command-line options and manual pages as no prose, and not slashes between words', () => {
    const opaque = (text: string) => segment({ text } as never).words.filter((w) => w.opaque).map((w) => w.value);
    expect(opaque('Die Datei /etc/apt/sources.list und /home/jürgen/Übersicht.txt.')).toEqual(['etc', 'apt', 'sources.list', 'home', 'jürgen', 'Übersicht.txt']);
    expect(opaque('In ~/.config/lektor und ./build liegt es.')).toEqual(['.config', 'lektor', 'build']);
    expect(opaque('Mit ls --all --human-readable oder --format=json, siehe cat(1).')).toEqual(['all', 'human-readable', 'format=json', 'cat', '1']);
    // A slash between words, a unit, a date, a fraction, one part after a space, a dash of two hyphens, a name before a bracket.
    expect(opaque('Er fährt 100 km/h, und/oder die CDU/CSU; am 12/05/2020, 1/2 und /etc. Das -- sagte er -- steht in Artikel(1).')).toEqual([]);
  });

  it('reads an option or a manual page broken at a line\'s end by a hyphen as one, as man pages break them', () => {
    const opaque = (text: string) => segment({ text } as never).words.filter((w) => w.opaque).map((w) => w.value);
    expect(opaque('Mit --no-\nverify oder --mem\u2010\n   limit-decompress, siehe dpkg-\narchitecture(1) und vim\u2010\ndiff(1).')).toEqual(['no-', 'verify', 'mem', 'limit-decompress', 'dpkg-', 'architecture', '1', 'vim', 'diff', '1']);
    // Not over a dash after a space, a line without the hyphen, nor a blank line; nor a word before a manual page's line.
    expect(opaque('Mit --verbose -\nund dann --no\nverify, --all-\n\nsagte er, siehe\ncat(1).')).toEqual(['verbose', 'no', 'all-', 'cat', '1']);
  });

  it('leaves the space before a path from the current folder as it is (no "in./build")', async () => {
    const { Lektor } = await import('../../src/core/pipeline.js');
    const lektor = await Lektor.create({ only: ['space-before-punctuation', 'untranslated', 'spelling'], quality: false });
    const text = 'Der Fehler steckt in ./build/output und in /usr/share/keyrings.\n';
    const result = await lektor.check(text, { language: 'de', path: 'x.txt', format: 'text' });
    expect(result.corrected).toBe(text);
    expect(result.findings.map((f) => f.actual)).toEqual([]);
  });
});
