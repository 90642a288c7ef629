/**
 * Tables read out of a dictionary are kept between runs (src/spell/tables.ts): a kept table is
 * the table read out of the dictionary (sets, maps and regular expressions included), a file
 * that does not read back or whose bytes changed is read again and rewritten, and another
 * dictionary (by content, not by size and time) makes another file.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dictionaryTable, fileTable, tableStats } from '../../src/spell/tables.js';
import { capitalizedEntries, nounEntries } from '../../src/spell/hunspell.js';
import { readVerbs } from '../../src/spell/verbs.js';

const require = createRequire(import.meta.url);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lektor-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const source = path.dirname(require.resolve('dictionary-de'));
const dicPath = path.join(tmp, 'de.dic');
copyFileSync(path.join(source, 'index.dic'), dicPath);
const files = { language: 'de', aff: readFileSync(path.join(source, 'index.aff')), dicPath };

describe('dictionary tables kept between runs', () => {
  const dir = path.join(tmp, 'kept');
  const readers = {
    verbs: (aff: string, dic: string) => readVerbs(aff, dic, /^[dt]$/),
    names: (_: string, dic: string) => capitalizedEntries(dic),
    nouns: (aff: string, dic: string) => nounEntries(dic, aff, 'NPS'),
  };

  it('gives back what was read out of the dictionary', () => {
    for (const [key, read] of Object.entries(readers)) {
      const before = { ...tableStats() };
      const first = dictionaryTable(files, key, read as (a: string, d: string) => unknown, dir);
      expect(tableStats().read - before.read).toBe(1);
      expect(tableStats().written - before.written).toBe(1);
      const second = dictionaryTable(files, key, () => { throw new Error('read again'); }, dir);
      expect(tableStats().kept - before.kept).toBe(1);
      expect(second).toEqual(first);
      expect(second).toEqual(read(files.aff.toString('utf8'), readFileSync(dicPath, 'utf8')));
    }
    const verbs = dictionaryTable(files, 'verbs', readers.verbs, dir) as Set<string>;
    expect(verbs.size).toBeGreaterThan(5000);
    expect(verbs.has('verwenden') && verbs.has('überwachen')).toBe(true);
    const nouns = dictionaryTable(files, 'nouns', readers.nouns, dir) as ReturnType<typeof nounEntries>;
    expect(nouns.stems.size).toBeGreaterThan(5000);
    expect(nouns.rules[0].condition).toBeInstanceOf(RegExp);
    expect(readdirSync(dir).filter((f) => f.endsWith('.table'))).toHaveLength(3);
  });

  it('reads a table again when its file does not read back', () => {
    const table = readdirSync(dir).find((f) => f.endsWith('.table'))!;
    writeFileSync(path.join(dir, table), Buffer.from([0xff, 0x0f, 0x6f, 0x01]));
    const before = { ...tableStats() };
    for (const [key, read] of Object.entries(readers)) dictionaryTable(files, key, read as (a: string, d: string) => unknown, dir);
    expect(tableStats().rejected - before.rejected).toBe(1);
    expect(tableStats().read - before.read).toBe(1);
    expect(tableStats().kept - before.kept).toBe(2);
  });

  it('reads a table again when a byte of its file changed', () => {
    const table = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.table'))!);
    const good = readFileSync(table);
    const bad = Buffer.from(good);
    bad[Math.floor(good.length / 2)] ^= 0x01;
    writeFileSync(table, bad);
    const before = { ...tableStats() };
    for (const [key, read] of Object.entries(readers)) dictionaryTable(files, key, read as (a: string, d: string) => unknown, dir);
    expect(tableStats().rejected - before.rejected).toBe(1);
    expect(tableStats().read - before.read).toBe(1);
    expect(readFileSync(table).equals(good)).toBe(true);
  });

  it('reads the tables of a changed dictionary anew, also one of the same size and time (cp -p)', async () => {
    // (The .dic's text read by the test before is let go on the event loop's next turn.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { mtime } = statSync(dicPath);
    const original = readFileSync(dicPath);
    const dic = Buffer.from(original);
    // One entry's letter changed: "Hamburg" is no longer a name of this dictionary.
    const at = dic.indexOf('\nHamburg');
    expect(at).toBeGreaterThan(0);
    dic[at + 1] = 'X'.charCodeAt(0);
    writeFileSync(dicPath, dic);
    utimesSync(dicPath, mtime, mtime);
    // (A new object: the dictionary's key is computed once per object.)
    const changed = { ...files };
    const before = { ...tableStats() };
    const names = dictionaryTable(changed, 'names', readers.names, dir) as Set<string>;
    expect(tableStats().read - before.read).toBe(1);
    expect(names.has('Hamburg')).toBe(false);
    expect(names.has('Xamburg')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.table'))).toHaveLength(4);
    // Only its time changed: the same content, the same tables.
    const later = Date.now() / 1000 + 60;
    utimesSync(dicPath, later, later);
    const touched = { ...files };
    dictionaryTable(touched, 'names', () => { throw new Error('read again'); }, dir);
    expect(tableStats().kept - before.kept).toBe(1);
    writeFileSync(dicPath, original);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('keeps a word list\'s index by its content', () => {
    const kept = path.join(tmp, 'lists');
    const a = Buffer.from('# a list\nAal\nBach\n');
    const before = { ...tableStats() };
    expect(fileTable(a, 'index', () => [1, 2], kept)).toEqual([1, 2]);
    expect(fileTable(Buffer.from(a), 'index', () => { throw new Error('read again'); }, kept)).toEqual([1, 2]);
    // Same length, one letter changed.
    expect(fileTable(Buffer.from('# a list\nAal\nBaci\n'), 'index', () => [3], kept)).toEqual([3]);
    expect(tableStats().read - before.read).toBe(2);
    expect(tableStats().kept - before.kept).toBe(1);
  });

  // A kept table is read, never written again: its file's time stayed its first run's, and any
  // table written a month later (another language, another dictionary) deleted it while in use.
  it('keeps a month-old table that is still read when another is written, and deletes one no run reads', () => {
    const aged = path.join(tmp, 'aged');
    const read = (_: string, dic: string) => dic.length;
    dictionaryTable(files, 'used', read, aged);
    const month = Date.now() / 1000 - 31 * 24 * 3600;
    writeFileSync(path.join(aged, 'xx-0123456789abcdef01234567.table'), 'x');
    for (const f of readdirSync(aged)) utimesSync(path.join(aged, f), month, month);
    const before = { ...tableStats() };
    expect(dictionaryTable(files, 'used', () => { throw new Error('read again'); }, aged)).toBe(read('', readFileSync(dicPath, 'utf8')));
    // (Another table written: the old files are looked over.)
    dictionaryTable(files, 'other', () => 1, aged);
    expect(tableStats().written - before.written).toBe(1);
    expect(readdirSync(aged).some((f) => f.startsWith('xx-'))).toBe(false);
    dictionaryTable(files, 'used', () => { throw new Error('read again'); }, aged);
    expect(tableStats().kept - before.kept).toBe(2);
  });

  it('reads without keeping when there is no folder, or one that cannot be written', () => {
    const before = { ...tableStats() };
    // (No folder: the caches are off. An argument left undefined is the user's cache folder.)
    const was = process.env.LEKTOR_SNAPSHOTS;
    process.env.LEKTOR_SNAPSHOTS = 'off';
    try {
      dictionaryTable(files, 'names', readers.names);
    } finally {
      if (was === undefined) delete process.env.LEKTOR_SNAPSHOTS;
      else process.env.LEKTOR_SNAPSHOTS = was;
    }
    const blocked = path.join(tmp, 'a-file');
    writeFileSync(blocked, 'x');
    expect((dictionaryTable(files, 'names', readers.names, path.join(blocked, 'spelling')) as Set<string>).has('Hamburg')).toBe(true);
    expect(tableStats().read - before.read).toBe(2);
    expect(tableStats().writeErrors - before.writeErrors).toBe(1);
  });
});
