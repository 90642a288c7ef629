/**
 * The disk cache of model results, so that re-checking an unchanged corpus does no
 * inference (and does not even load the model).
 *
 * Keys are SHA-256 hashes of (model fingerprint, scorer version and settings, language,
 * sentence text). Entries live in `<cache>/results/<model>/<shard>.jsonl` (64 shards by the
 * key's first hex digits), one JSON line per entry, appended when a batch is done. A shard
 * is read the first time one of its keys is asked for. Each shard keeps at most
 * `maxEntries / 64` entries: when its file holds twice that, it is rewritten with the most
 * recently used half (least recently used first out). Memory and disk are bounded by the
 * same number. Concurrent writers only append whole lines. Each line starts with the CRC-32 of
 * its JSON (`sealedLine`): a line torn by an interrupted write, or changed since (a disk's or a
 * copy's damage inside a value, which would still parse), is skipped, and its sentence is
 * judged afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

const SHARDS = 64;

/** The SHA-256 (hex) of the parts, each ended by a NUL (the model's result keys; `lektor check --cache`'s keys). */
export function resultKey(parts: Iterable<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

/** A cache line: the CRC-32 of the JSON (8 hex digits), a space, the JSON. */
export function sealedLine(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}`;
}

/** The JSON of a cache line whose checksum matches, else undefined. */
function unsealed(line: string): string | undefined {
  if (line.length < 10 || line.charCodeAt(8) !== 0x20) return undefined;
  const json = line.slice(9);
  return parseInt(line.slice(0, 8), 16) === crc32(json) ? json : undefined;
}

interface Shard {
  entries: Map<string, unknown>;
  /** Lines in the file (for compaction). */
  lines: number;
  pending: Array<[string, unknown]>;
}

export class ResultCache {
  private readonly shards = new Map<number, Promise<Shard>>();
  private readonly perShard: number;
  hits = 0;
  misses = 0;

  /** Why writing stopped (the first failure), once the folder could not be written. */
  private writeError?: Error;

  constructor(
    readonly dir: string,
    maxEntries = 200_000,
    /** Told once when the cache cannot be read or written: it is an optimisation, never a failure. */
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.perShard = Math.max(16, Math.ceil(maxEntries / SHARDS));
  }

  private shardOf(key: string): number {
    return parseInt(key.slice(0, 4), 16) % SHARDS;
  }

  private file(shard: number): string {
    return path.join(this.dir, `${shard.toString(16).padStart(2, '0')}.jsonl`);
  }

  private load(shard: number): Promise<Shard> {
    let p = this.shards.get(shard);
    if (!p) {
      p = (async () => {
        const entries = new Map<string, unknown>();
        let lines = 0;
        const file = this.file(shard);
        let text = '';
        if (existsSync(file)) {
          try {
            text = await readFile(file, 'utf8');
          } catch (error) {
            // (A shard that cannot be read, a folder in its place, say: the model answers afresh.)
            this.failed(error as Error);
          }
        }
        for (const line of text.split('\n')) {
          if (!line) continue;
          lines++;
          const json = unsealed(line);
          if (json === undefined) continue;
          try {
            const { k, v } = JSON.parse(json) as { k: string; v: unknown };
            if (typeof k === 'string') {
              entries.delete(k);
              entries.set(k, v);
            }
          } catch {
            // (A checksum that matches JSON that does not parse: a writer's bug, skipped all the same.)
          }
        }
        return { entries, lines, pending: [] };
      })();
      this.shards.set(shard, p);
    }
    return p;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const shard = await this.load(this.shardOf(key));
    if (!shard.entries.has(key)) {
      this.misses++;
      return undefined;
    }
    const v = shard.entries.get(key) as T;
    // Most recently used last.
    shard.entries.delete(key);
    shard.entries.set(key, v);
    this.hits++;
    return v;
  }

  /** Whether the key is cached, without counting a hit or a miss or refreshing its use. */
  async has(key: string): Promise<boolean> {
    return (await this.load(this.shardOf(key))).entries.has(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    const shard = await this.load(this.shardOf(key));
    shard.entries.delete(key);
    shard.entries.set(key, value);
    shard.pending.push([key, value]);
  }

  private failed(error: Error): void {
    if (this.writeError) return;
    this.writeError = error;
    this.warn(`the model's result cache in ${this.dir} cannot be used (${(error as NodeJS.ErrnoException).code ?? error.message}); results are not kept for the next run`);
  }

  /** Write what was added since the last flush; compact shards that grew too large. A failure is said once, then writing stops. */
  async flush(): Promise<void> {
    if (this.writeError) {
      for (const [, p] of this.shards) (await p).pending = [];
      return;
    }
    try {
      await this.write();
    } catch (error) {
      this.failed(error as Error);
    }
  }

  private async write(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const [index, p] of this.shards) {
      const shard = await p;
      if (shard.pending.length === 0) continue;
      const lines = shard.pending.map(([k, v]) => sealedLine(JSON.stringify({ k, v })) + '\n').join('');
      shard.pending = [];
      shard.lines += lines.split('\n').length - 1;
      await appendFile(this.file(index), lines);
      while (shard.entries.size > this.perShard) shard.entries.delete(shard.entries.keys().next().value as string);
      if (shard.lines > 2 * this.perShard) {
        const keep = [...shard.entries].slice(-Math.ceil(this.perShard / 2));
        shard.entries = new Map(keep);
        const file = this.file(index);
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, keep.map(([k, v]) => sealedLine(JSON.stringify({ k, v })) + '\n').join(''));
        await rename(tmp, file);
        shard.lines = keep.length;
      }
    }
  }
}
