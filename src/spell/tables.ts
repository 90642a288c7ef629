/**
 * Tables read out of a Hunspell dictionary's .aff and .dic (the verbs, the nouns and their
 * suffix rules, the names: src/spell/verbs.ts, `Speller.isName`, `Speller.isCommonNoun`) and the
 * index of a word list (src/spell/wordlist.ts: its sort order checked once, not each run), kept
 * between runs beside the engine snapshots (`<cache>/spelling/*.table`, V8's serialization of the
 * value). Reading them out of German's 1.1 MB .dic took a cold start of one article 60–120 ms of
 * regular expressions over its 75,000 lines, on the main thread; a kept table is read in a
 * millisecond or two.
 *
 * A table's file is named by a hash of the dictionary (the .aff as Lektor gives it and the .dic's
 * content: 1–2 ms for German's, where its size and time would miss a dictionary replaced by
 * `cp -p`, `rsync -t` or a package of the same size), of the code that reads tables out of it (the files of
 * the modules named in `READERS`, as this process runs them: the bundle's by their content, tsc's
 * by path, size and time; an edited reader makes new tables) and of the table's key. A file that cannot be read back
 * (damaged: src/io/cache-file.ts checks each file's checksum) is read out of the dictionary again
 * and rewritten; a folder that cannot be written costs only the time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { snapshotDir } from './engine.js';
import { keepCacheFile, pruneCacheFiles, readCacheFile, sourceHash, writeCacheFile } from '../io/cache-file.js';

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

/**
 * The files of the modules that read tables, as this process runs them: by the hash of their
 * content when the code cache compiled them (the bundle: src/cli/code-cache.ts hashes each file
 * it compiles, so it costs nothing here), else by path, size and modification time (tsc's
 * modules; a build or an edit gives new ones), not hashed here: the bundle's file is 1.3 MB.
 */
function readersKey(): string {
  if (codeKey === undefined) {
    const self = fileURLToPath(import.meta.url);
    const ext = path.extname(self);
    const files = new Set([self, ...READERS.map((name) => path.join(path.dirname(self), name + ext))].filter((f) => existsSync(f)));
    codeKey = [...files]
      .sort()
      .map((f) => {
        // (In the bundle, the hash of its content the code cache computed as it compiled it: the
        // same for the same code wherever it is and whenever it was written, where a reinstall or
        // a CI job's fresh clone gave the same code a new time, and so new tables, each time.)
        const hash = sourceHash(f);
        if (hash !== undefined) return `#${hash}`;
        const st = statSync(f);
        return `${f}\0${st.size}\0${st.mtimeMs}`;
      })
      .join('\0');
  }
  return codeKey;
}

const dictionaryKeys = new WeakMap<DictionaryFiles, string>();

function dictionaryKey(files: DictionaryFiles): string {
  let key = dictionaryKeys.get(files);
  if (key === undefined) {
    key = createHash('sha256').update(files.aff).update('\0').update(readFileSync(files.dicPath)).digest('hex');
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
 * What `read` makes of a file's content (a word list's): kept as `dictionaryTable` keeps a
 * table, named by a hash of the content and by `key`.
 */
export function fileTable<T>(content: Uint8Array, key: string, read: () => T, dir = snapshotDir()): T {
  return keptTable('file', () => `${createHash('sha256').update(content).digest('hex')}\0${key}`, read, dir);
}

function keptTable<T>(prefix: string, identity: () => string, read: () => T, dir: string | undefined): T {
  let file: string | undefined;
  if (dir !== undefined) {
    try {
      const name = createHash('sha1').update(`${identity()}\0${readersKey()}`).digest('hex').slice(0, 24);
      file = path.join(dir, `${prefix.replace(/[^A-Za-z0-9_-]/g, '_')}-${name}.table`);
      const { data, mtimeMs } = readCacheFile(file);
      const kept = v8.deserialize(data) as T;
      stats.kept++;
      keepCacheFile(file, mtimeMs, STALE_MS);
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
    writeCacheFile(file, v8.serialize(value));
    stats.written++;
    pruneCacheFiles(path.dirname(file), '.table', STALE_MS);
  } catch {
    stats.writeErrors++;
  }
}
