/**
 * Tables read out of a Hunspell dictionary's .aff and .dic (the verbs, the nouns and their
 * suffix rules, the names: src/spell/verbs.ts, `Speller.isName`, `Speller.isCommonNoun`) and the
 * index of a word list (src/spell/wordlist.ts: its sort order checked once, not each run), kept
 * between runs beside the engine snapshots (`<cache>/spelling/*.table`, V8's serialization of the
 * value). Reading them out of German's 1.1 MB .dic took a cold start of one article 60–120 ms of
 * regular expressions over its 75,000 lines, on the main thread; a kept table is read in a
 * millisecond or two.
 *
 * A table's file is named by a hash of the dictionary (the .aff as Lektor gives it, the .dic's
 * path, size and modification time), of the code that reads tables out of it (the modules
 * named in `READERS`, as this process runs them: a changed reader makes new tables) and of the
 * table's key. A file that cannot be read back is read out of the dictionary again and
 * rewritten; a folder that cannot be written costs only the time.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { snapshotDir } from './engine.js';

/** What a table is read out of: the engine's files (see `EngineFiles`). */
export interface DictionaryFiles {
  language: string;
  aff: Uint8Array;
  dicPath: string;
}

/** The modules whose functions read tables out of dictionaries and word lists (beside this one; in the bundle, all are its one file). */
const READERS = ['verbs', 'hunspell', 'wordlist'];

/** Age past which a table file no run has read is deleted when another is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

const stats = { read: 0, kept: 0, written: 0, rejected: 0, writeErrors: 0 };

/** How this process's tables were made (read out of the dictionary, or from kept files): for tests. */
export function tableStats(): Readonly<typeof stats> {
  return stats;
}

let codeKey: string | undefined;

/** A hash of the files of the modules that read tables, as this process runs them. */
function readersKey(): string {
  if (codeKey === undefined) {
    const self = fileURLToPath(import.meta.url);
    const ext = path.extname(self);
    const files = new Set([self, ...READERS.map((name) => path.join(path.dirname(self), name + ext))].filter((f) => existsSync(f)));
    const h = createHash('sha1');
    for (const f of [...files].sort()) h.update(readFileSync(f));
    codeKey = h.digest('hex');
  }
  return codeKey;
}

const dictionaryKeys = new WeakMap<DictionaryFiles, string>();

function dictionaryKey(files: DictionaryFiles): string {
  let key = dictionaryKeys.get(files);
  if (key === undefined) {
    const st = statSync(files.dicPath);
    key = createHash('sha1').update(files.aff).update(`\0${files.dicPath}\0${st.size}\0${st.mtimeMs}`).digest('hex');
    dictionaryKeys.set(files, key);
  }
  return key;
}

/** The .dic's text, read once for all the tables a burst of first uses reads out of it (let go on the next turn of the event loop). */
const texts = new Map<string, string>();
function dicText(dicPath: string): string {
  let text = texts.get(dicPath);
  if (text === undefined) {
    text = readFileSync(dicPath, 'utf8');
    texts.set(dicPath, text);
    setTimeout(() => texts.delete(dicPath), 0).unref();
  }
  return text;
}

/**
 * What `read` makes of the dictionary's .aff and .dic (as text): from the kept file when there
 * is one that reads back, else read out of them now and kept. `key` names what is read (the
 * reader and its arguments); the value must be one V8 can serialize (sets, maps, arrays,
 * strings, regular expressions).
 */
export function dictionaryTable<T>(files: DictionaryFiles, key: string, read: (aff: string, dic: string) => T, dir = snapshotDir()): T {
  return keptTable(files.language, () => `${dictionaryKey(files)}\0${key}`, () => read(Buffer.from(files.aff).toString('utf8'), dicText(files.dicPath)), dir);
}

/**
 * What `read` makes of a file (a word list): kept as `dictionaryTable` keeps a table, named by
 * the file's path, size and modification time and by `key`.
 */
export function fileTable<T>(file: string, key: string, read: () => T, dir = snapshotDir()): T {
  return keptTable(
    'file',
    () => {
      const st = statSync(file);
      return `${file}\0${st.size}\0${st.mtimeMs}\0${key}`;
    },
    read,
    dir,
  );
}

function keptTable<T>(prefix: string, identity: () => string, read: () => T, dir: string | undefined): T {
  let file: string | undefined;
  if (dir !== undefined) {
    try {
      const name = createHash('sha1').update(`${identity()}\0${readersKey()}`).digest('hex').slice(0, 24);
      file = path.join(dir, `${prefix.replace(/[^A-Za-z0-9_-]/g, '_')}-${name}.table`);
      const fd = openSync(file, 'r');
      let kept: T;
      let time: number;
      try {
        const st = fstatSync(fd);
        const data = Buffer.allocUnsafe(st.size);
        if (readSync(fd, data, 0, st.size, 0) !== st.size) throw new Error(`${file}: short read`);
        kept = v8.deserialize(data) as T;
        time = st.mtimeMs;
      } finally {
        closeSync(fd);
      }
      stats.kept++;
      // A kept table is never written again: its time is made the run's every half month, so
      // that only tables no run has read for a month are deleted as stale.
      if (Date.now() - time > STALE_MS / 2) {
        try {
          utimesSync(file, Date.now() / 1000, Date.now() / 1000);
        } catch {
          // (A folder that cannot be written: the table is still read.)
        }
      }
      return kept;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && file !== undefined) stats.rejected++;
    }
  }
  const value = read();
  stats.read++;
  if (file !== undefined) keep(file, value);
  return value;
}

function keep(file: string, value: unknown): void {
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, v8.serialize(value));
    renameSync(tmp, file);
    stats.written++;
    const old = Date.now() - STALE_MS;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.table') || path.join(dir, name) === file) continue;
      try {
        if (statSync(path.join(dir, name)).mtimeMs < old) unlinkSync(path.join(dir, name));
      } catch {
        // (Another process's doing.)
      }
    }
  } catch {
    stats.writeErrors++;
  }
}
