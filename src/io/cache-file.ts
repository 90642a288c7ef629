/**
 * Files of Lektor's cache folder that make a start faster (src/spell/tables.ts, src/cli/code-cache.ts;
 * src/spell/engine.ts does the same in its own, self-contained code): read with their time,
 * written whole or not at all, kept while runs use them, deleted once none has for a while.
 * None of these throws for a folder that cannot be written, except `readCacheFile` (a missing
 * or unreadable file is the caller's to tell).
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** A cache file's bytes and modification time (throws as `openSync` does when there is none). */
export function readCacheFile(file: string): { data: Buffer; mtimeMs: number } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    const data = Buffer.allocUnsafe(st.size);
    if (readSync(fd, data, 0, st.size, 0) !== st.size) throw new Error(`${file}: short read`);
    return { data, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
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

/** Write a cache file whole, through a temporary file beside it renamed over it (throws when it cannot). */
export function writeCacheFile(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
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
