/**
 * The zip reader on archives whose directory lies (review): an entry count below the records, a
 * record running past the directory, a comment holding the end record's signature, two entries of
 * one name. Each had been read as a sound archive (the written document then dropped or damaged an
 * entry), or a sound one refused.
 */
import { describe, it, expect } from 'vitest';
import { readZip, writeZip, entryData, ZipError } from '../../src/formats/zip.js';

const FILES: Array<[string, string]> = [
  ['a.xml', '<a/>'],
  ['b.bin', 'bbbb'],
  ['c.txt', 'cccc'],
];

/** The offset of the end record of an archive `writeZip` made (no comment). */
const endOf = (zip: Buffer) => zip.length - 22;

describe('readZip, an archive whose directory lies', () => {
  it('reads a sound archive whose comment holds the end record\'s signature', () => {
    const zip = writeZip(FILES);
    const comment = Buffer.concat([Buffer.from('see '), Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(20, 0x41)]);
    const withComment = Buffer.concat([zip, comment]);
    withComment.writeUInt16LE(comment.length, endOf(zip) + 20);
    const read = readZip(withComment);
    expect(read.entries.map((e) => e.name)).toEqual(['a.xml', 'b.bin', 'c.txt']);
    expect(entryData(read, read.entries[2]).toString()).toBe('cccc');
  });

  it('refuses an entry count below the directory\'s records', () => {
    const zip = writeZip(FILES);
    zip.writeUInt16LE(2, endOf(zip) + 8);
    zip.writeUInt16LE(2, endOf(zip) + 10);
    expect(() => readZip(zip)).toThrow(ZipError);
    expect(() => readZip(zip)).toThrow(/central directory/);
  });

  it('refuses a record that runs past the directory', () => {
    const zip = writeZip(FILES);
    const last = readZip(zip).entries[2];
    zip.writeUInt16LE(60000, last.centralStart + 28);
    expect(() => readZip(zip)).toThrow(/central directory/);
  });

  it('refuses two entries of one name (readers disagree on which is the file)', () => {
    const zip = writeZip([['a.xml', '<a/>'], ['a.xml', '<b/>']]);
    expect(() => readZip(zip)).toThrow(/two entries named a\.xml/);
  });
});
