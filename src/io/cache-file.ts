/**
 * Files of Lektor's cache folder that make a start faster (src/spell/tables.ts, src/cli/code-cache.ts;
 * src/spell/engine.ts does the same in its own, self-contained code): read with their time,
 * written whole or not at all, sealed with a checksum of their content, kept while runs use
 * them, deleted once none has for a while. None of these throws for a folder that cannot be
 * written, except `readCacheFile` (a missing, unreadable or damaged file is the caller's to tell).
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

/**
 * Where src/cli/code-cache.ts, as it compiles the bundle's files, leaves the hash of each file's
 * content (by its full path), for src/spell/tables.ts to name its tables by: a global, since the
 * bundle holds a copy of this module of its own.
 */
export const SOURCE_HASHES = Symbol.for('lektor.sourceHashes');

/** The hash of a file's content that the code cache computed when it compiled it, if it did. */
export function sourceHash(file: string): string | undefined {
  return (globalThis as { [SOURCE_HASHES]?: Map<string, string> })[SOURCE_HASHES]?.get(file);
}

/** A cache file starts with this word and the CRC-32 of the rest (little-endian). */
const SEAL = 0x46434b4c; // "LKCF"
const HEAD = 8;

/**
 * A cache file's content and modification time. Throws as `openSync` does when there is none,
 * and with `code` EBADCACHE when the file is not one `writeCacheFile` wrote or its content no
 * longer matches its checksum (a disk's or a copy's damage: a table or code cache read back
 * wrong would give wrong verdicts, or code V8 does not check).
 */
export function readCacheFile(file: string): { data: Buffer; mtimeMs: number } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    const all = Buffer.allocUnsafe(st.size);
    if (readSync(fd, all, 0, st.size, 0) !== st.size) throw damaged(file, 'short read');
    if (st.size < HEAD || all.readUInt32LE(0) !== SEAL) throw damaged(file, 'not a Lektor cache file');
    const data = all.subarray(HEAD);
    if (crc32(data) !== all.readUInt32LE(4)) throw damaged(file, 'checksum does not match its content');
    return { data, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function damaged(file: string, why: string): Error {
  return Object.assign(new Error(`${file}: ${why}`), { code: 'EBADCACHE' });
}

/**
 * A file read and used is never written again: its time is made now once it is half `maxAgeMs`
 * old, so that `pruneCacheFiles` deletes only the files no run has used for `maxAgeMs`.
 */
export function keepCacheFile(file: string, mtimeMs: number, maxAgeMs: number): void {
  if (Date.now() - mtimeMs <= maxAgeMs / 2) return;
  try {
    const now = Date.now() / 1000;
    utimesSync(file, now, now);
  } catch {
    // (A folder that cannot be written: the file is still read.)
  }
}

/**
 * Write a cache file whole, sealed with its checksum, through a temporary file beside it renamed
 * over it (throws when it cannot; the temporary file is then removed).
 */
export function writeCacheFile(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(SEAL, 0);
  head.writeUInt32LE(crc32(data), 4);
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([head, data]));
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // (Never made.)
    }
    throw error;
  }
}

/** Delete the files of `dir` ending in `suffix` that no run has used for `maxAgeMs` (another process may be deleting them too). */
export function pruneCacheFiles(dir: string, suffix: string, maxAgeMs: number): void {
  const old = Date.now() - maxAgeMs;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(suffix)) continue;
    const full = path.join(dir, name);
    try {
      if (statSync(full).mtimeMs < old) unlinkSync(full);
    } catch {
      // (Another process's doing.)
    }
  }
}
