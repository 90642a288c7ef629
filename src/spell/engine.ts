/**
 * Hunspell engines, each in a WebAssembly instance of its own, built from a dictionary or
 * restored from a snapshot of the instance's memory taken the first time it was built.
 *
 * Building German's engine makes Hunspell read 1.1 MB of .dic into its tables: 100–175 ms,
 * on every start of the program (French: 170 ms, Spanish: 120 ms, English: 65 ms). Those
 * tables are all in the instance's linear memory, with the C library's heap and its state,
 * and nothing of them is on the JavaScript side: a copy of that memory, laid back into a new
 * instance of the same module once it has started, is the same engine. It is restored in a
 * few milliseconds (German: about 5 MB of non-zero pages read and copied).
 *
 * A snapshot is kept in the cache folder (`<cache>/spelling/`, see src/model/paths.ts) under a
 * name made of the language and a hash of what it was built from: the WebAssembly module,
 * the .aff as Lektor gives it, the .dic, and this file's format. Another dictionary or a new
 * build of hunspell-asm gives another name; the other snapshots of the language are then
 * deleted. A snapshot is checked when restored: its header and sizes, a checksum of its
 * content, the stack pointer of the new instance, and a few words of the dictionary it must accept and a made-up one it
 * must reject, as the engine it was taken from did; one that fails is built again and
 * rewritten. A folder that cannot be written only means no snapshot: the engine is built.
 *
 * `engineKit` must be self-contained (nothing from outside its body, what it needs comes
 * through `req`): the spelling worker runs its source (`Function.prototype.toString`), so that both
 * threads build engines the same way, from dist/ and from the sources under vitest alike.
 */

import { createRequire } from 'node:module';
import { cachePaths, defaultCacheRoot, startupCachesOff } from '../model/paths.js';

/** Where engine snapshots are kept: none when `LEKTOR_SNAPSHOTS` is 0 or off. */
export function snapshotDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return startupCachesOff(env) ? undefined : cachePaths(defaultCacheRoot(env)).spelling;
}

/** What builds the engines of a thread (the main thread's and the spelling worker's alike). */
export function kitOptions(): EngineKitOptions {
  return { gluePath: createRequire(import.meta.url).resolve('hunspell-asm/dist/cjs/lib/node/hunspell'), snapshotDir: snapshotDir() };
}

/** A Hunspell engine (the calls Lektor makes of it). */
export interface HunspellEngine {
  spell(word: string): boolean;
  suggest(word: string): string[];
  dispose(): void;
}

export interface EngineKitOptions {
  /** hunspell-asm's Emscripten glue (its `lib/node/hunspell.js`, which holds the module in base64). */
  gluePath: string;
  /** Where snapshots are read and written; none: engines are always built. */
  snapshotDir?: string;
}

export interface EngineKit {
  /**
   * The engine of a dictionary: restored from its snapshot when there is a sound one, else
   * built (and its snapshot written). `language` names the snapshot ("de", "de-CH").
   */
  build(language: string, aff: Uint8Array, dic: Uint8Array): HunspellEngine;
  /** Compile the WebAssembly module in the background (a build compiles it itself if it is not ready). */
  prepare(): Promise<void>;
  /** How engines were made in this thread. */
  readonly stats: { built: number; restored: number; written: number; rejected: number; writeErrors: number };
}

export function engineKit(req: (id: string) => any, options: EngineKitOptions): EngineKit {
  const fs = req('node:fs');
  const path = req('node:path');
  const crypto = req('node:crypto');
  const { crc32 } = req('node:zlib');
  const { threadId } = req('node:worker_threads');
  /** Bump when the snapshot's layout or what it holds changes. */
  const FORMAT = 3;
  const MAGIC = 0x53484b4c; // "LKHS"
  const PAGE = 4096;
  const WASM_PAGE = 65536;
  /** Bytes of the buffer a word is written into for a verdict (longer words get one of their own). */
  const WORD_BYTES = 1024;
  /** Age past which a snapshot of another dictionary of the language that nobody restored is deleted when a new one is written. */
  const STALE_MS = 7 * 24 * 3600 * 1000;
  // (Not in the TypeScript libraries this project compiles with.)
  const WA: any = (globalThis as any).WebAssembly;
  type WasmModule = object;
  const stats = { built: 0, restored: 0, written: 0, rejected: 0, writeErrors: 0 };

  let glue: ((overrides: object) => any) | undefined;
  let wasmBytes: Uint8Array | undefined;
  let wasmModule: WasmModule | undefined;
  let compiling: Promise<void> | undefined;
  let moduleHash: string | undefined;
  /** The glue's memory layout, when its source names it (see `bytes`). */
  let layout: { sbrkPtr: number; stackBase: number; stackMax: number } | undefined;

  /**
   * The parts of an instance's memory that can hold anything but zeros, as page-aligned
   * [from, to) ranges: the static data, the live stack (from the stack pointer `sp` up) and
   * the heap up to the break. The rest (the stack below `sp`, the memory above the break) is
   * not looked at: reading a page that was never written costs nothing on most kernels (the
   * system's zero page), but on some (seen on a 6.18 kernel) it brings a page of its own into
   * memory, which made every 16 MB instance wholly resident: 7 engines, 80 MB more at the
   * bench's peak. Without a layout, or one the memory does not fit, the whole memory.
   */
  function liveRanges(memory: Uint8Array, sp: number): Array<[number, number]> {
    const size = memory.byteLength;
    const all: Array<[number, number]> = [[0, size]];
    if (!layout) return all;
    const brk = new DataView(memory.buffer, memory.byteOffset, memory.byteLength).getUint32(layout.sbrkPtr, true);
    if (!(layout.stackMax < sp && sp <= layout.stackBase && layout.stackBase <= brk && brk <= size)) return all;
    const up = (n: number) => Math.ceil(n / PAGE) * PAGE;
    const dataEnd = up(layout.stackMax);
    const live = Math.max(dataEnd, Math.floor(sp / PAGE) * PAGE);
    return live <= dataEnd ? [[0, up(brk)]] : [[0, dataEnd], [live, up(brk)]];
  }

  /** The module's bytes: the glue carries them as a data URI. */
  function bytes(): Uint8Array {
    if (wasmBytes) return wasmBytes;
    const source: string = fs.readFileSync(options.gluePath, 'latin1');
    const m = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(source);
    if (!m) throw new Error(`no WebAssembly module in ${options.gluePath}`);
    wasmBytes = new Uint8Array(Buffer.from(m[1], 'base64'));
    // Where the glue lays out the C memory: static data below STACK_MAX, the stack growing
    // down from STACK_BASE, the heap from there up to the break kept at DYNAMICTOP_PTR.
    const top = /DYNAMICTOP_PTR=(\d+)/.exec(source);
    const stack = /STACK_BASE=(\d+),STACK_MAX=(\d+)/.exec(source);
    if (top && stack) {
      const [sbrkPtr, stackBase, stackMax] = [Number(top[1]), Number(stack[1]), Number(stack[2])];
      if (sbrkPtr % 4 === 0 && stackMax < stackBase) layout = { sbrkPtr, stackBase, stackMax };
    }
    moduleHash = crypto.createHash('sha1').update(wasmBytes).update(String(FORMAT)).digest('hex');
    return wasmBytes;
  }

  function compiled(): WasmModule {
    return (wasmModule ??= new WA.Module(bytes()) as WasmModule);
  }

  function prepare(): Promise<void> {
    compiling ??= (async () => {
      if (wasmModule) return;
      const m = await WA.compile(bytes());
      wasmModule ??= m;
    })();
    return compiling;
  }

  /**
   * A started instance of the module on `memory`: the glue's module object (its file system)
   * and the instance's exports (the raw functions). The glue adds a process-wide
   * `uncaughtException` listener that rethrows every error of the process from inside its
   * one-line, 750 KB source (Node then prints it whole): it is taken off again.
   */
  function instantiate(memory: any): { glued: any; x: any } {
    glue ??= req(options.gluePath);
    const mod = compiled();
    let x: any;
    let ready = false;
    const before = new Set(process.listeners('uncaughtException'));
    let glued: any;
    try {
      glued = glue!({
        wasmMemory: memory,
        instantiateWasm(imports: any, receive: (instance: unknown, module: unknown) => void) {
          const instance = new WA.Instance(mod, imports);
          x = instance.exports;
          receive(instance, mod);
          return instance.exports;
        },
        onRuntimeInitialized() {
          ready = true;
        },
        print() {},
        printErr() {},
      });
    } finally {
      for (const l of process.listeners('uncaughtException')) if (!before.has(l) && String(l).includes('ExitStatus')) process.removeListener('uncaughtException', l);
    }
    if (!ready || !x) throw new Error("Hunspell's WebAssembly module did not start");
    return { glued, x };
  }

  /** The engine at `handle` in an instance. */
  function engineOf(x: any, memory: any, handle: number): HunspellEngine {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    let word = 0;
    let heap = new Uint8Array(memory.buffer);
    const view = () => (heap.byteLength === memory.buffer.byteLength && heap.buffer === memory.buffer ? heap : (heap = new Uint8Array(memory.buffer)));
    /** Run `f` on the word written as a C string (the same normalization as hunspell-asm's). */
    const withWord = <T>(w: string, f: (ptr: number) => T): T => {
      const s = w.normalize();
      if (word === 0) word = x.malloc(WORD_BYTES);
      const done = encoder.encodeInto(s, view().subarray(word, word + WORD_BYTES - 1));
      if (done.read === s.length) {
        heap[word + done.written] = 0;
        return f(word);
      }
      const b = encoder.encode(s);
      const ptr = x.malloc(b.length + 1);
      try {
        const h = view();
        h.set(b, ptr);
        h[ptr + b.length] = 0;
        return f(ptr);
      } finally {
        x.free(ptr);
      }
    };
    const cString = (ptr: number): string => {
      const h = view();
      let end = ptr;
      while (h[end] !== 0) end++;
      return decoder.decode(h.subarray(ptr, end));
    };
    let disposed = false;
    const gone = () => new Error('this Hunspell engine was disposed');
    return {
      spell: (w) => {
        if (disposed) throw gone();
        return withWord(w, (p) => x.Hunspell_spell(handle, p)) !== 0;
      },
      suggest: (w) => {
        if (disposed) throw gone();
        const list = x.malloc(4);
        try {
          const n: number = withWord(w, (p) => x.Hunspell_suggest(handle, list, p));
          const out: string[] = [];
          if (n > 0) {
            const items = new DataView(memory.buffer).getUint32(list, true);
            for (let i = 0; i < n; i++) out.push(cString(new DataView(memory.buffer).getUint32(items + 4 * i, true)));
          }
          x.Hunspell_free_list(handle, list, n);
          return out;
        } finally {
          x.free(list);
        }
      },
      dispose: () => {
        // (Once: Hunspell freeing its tables twice would trap.)
        if (disposed) return;
        disposed = true;
        x.Hunspell_destroy(handle);
        if (word !== 0) x.free(word);
        word = 0;
      },
    };
  }

  /** Words the engine must accept once restored: stems spread over the .dic that it accepted when built. */
  function probes(dic: Uint8Array, engine: HunspellEngine): string[] {
    const lines = Buffer.from(dic.buffer, dic.byteOffset, dic.byteLength).toString('utf8').split('\n');
    const out: string[] = [];
    for (let k = 1; k <= 8; k++) {
      const line = lines[Math.floor((k * (lines.length - 1)) / 9)] ?? '';
      const stem = line.split('/')[0].trim();
      if (stem !== '' && !/\s|^\d+$/.test(stem) && stem.length <= 50 && engine.spell(stem)) out.push(stem);
    }
    return out;
  }
  const NONSENSE = 'qxzqjvkwq';
  /** Bytes of the header's fixed words. */
  const TOP = 32;

  function snapshotFile(language: string, aff: Uint8Array, dic: Uint8Array): string | undefined {
    if (options.snapshotDir === undefined) return undefined;
    bytes();
    const key = crypto.createHash('sha1').update(moduleHash!).update(aff).update('\0').update(dic).digest('hex').slice(0, 24);
    return path.join(options.snapshotDir, `${language.replace(/[^A-Za-z0-9_-]/g, '_')}-${key}.snap`);
  }

  /** The non-zero pages of a memory, copied, as runs of (offset, length). */
  function capture(memory: Uint8Array, sp: number): { size: number; runs: Array<[number, number]>; data: Buffer } {
    const zero = Buffer.alloc(PAGE);
    const runs: Array<[number, number]> = [];
    for (const [from, to] of liveRanges(memory, sp)) {
      for (let at = from; at < to; at += PAGE) {
        if (Buffer.from(memory.buffer, memory.byteOffset + at, PAGE).equals(zero)) continue;
        const last = runs[runs.length - 1];
        if (last && last[0] + last[1] === at) last[1] += PAGE;
        else runs.push([at, PAGE]);
      }
    }
    const data = Buffer.allocUnsafe(runs.reduce((n, r) => n + r[1], 0));
    let at = 0;
    for (const [o, l] of runs) {
      data.set(memory.subarray(o, o + l), at);
      at += l;
    }
    return { size: memory.byteLength, runs, data };
  }

  /**
   * Layout (little-endian 32-bit words): magic, format, the memory's size, the engine's
   * handle, the stack pointer, the number of runs, the probes' byte length, the CRC-32 of all
   * the rest; the probes (UTF-8, NUL-separated, padded to 4 bytes); each run's offset and
   * length; the runs' bytes.
   */
  function encode(image: ReturnType<typeof capture>, handle: number, stack: number, probeWords: string[]): Buffer {
    const probeBytes = Buffer.from(probeWords.join('\0'), 'utf8');
    const probeLen = Math.ceil(probeBytes.length / 4) * 4;
    const head = Buffer.alloc(TOP + probeLen + image.runs.length * 8);
    [MAGIC, FORMAT, image.size, handle, stack, image.runs.length, probeBytes.length].forEach((v, i) => head.writeUInt32LE(v, i * 4));
    probeBytes.copy(head, TOP);
    let at = TOP + probeLen;
    for (const [o, l] of image.runs) {
      head.writeUInt32LE(o, at);
      head.writeUInt32LE(l, at + 4);
      at += 8;
    }
    head.writeUInt32LE(crc32(image.data, crc32(head.subarray(TOP), crc32(head.subarray(0, 28)))), 28);
    return Buffer.concat([head, image.data]);
  }

  function restore(file: string): HunspellEngine | undefined {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const st = fs.fstatSync(fd);
      const fileSize: number = st.size;
      const read = (length: number, position: number): Buffer | undefined => {
        if (position + length > fileSize) return undefined;
        const b = Buffer.alloc(length);
        return fs.readSync(fd, b, 0, length, position) === length ? b : undefined;
      };
      const top = read(TOP, 0);
      if (top === undefined || top.readUInt32LE(0) !== MAGIC || top.readUInt32LE(4) !== FORMAT) return undefined;
      const [size, handle, stack, count, probeLen, checksum] = [8, 12, 16, 20, 24, 28].map((i) => top.readUInt32LE(i));
      const runsAt = TOP + Math.ceil(probeLen / 4) * 4;
      if (size % WASM_PAGE !== 0 || size === 0 || size > 2 ** 31 || handle === 0 || handle >= size) return undefined;
      const padded = read(runsAt - TOP, TOP);
      const table = read(count * 8, runsAt);
      if (padded === undefined || table === undefined) return undefined;
      const probeBytes = padded.subarray(0, probeLen);
      let crc: number = crc32(table, crc32(padded, crc32(top.subarray(0, 28))));
      const runs: Array<[number, number]> = [];
      let end = 0;
      let data = runsAt + count * 8;
      for (let i = 0; i < count; i++) {
        const o = table.readUInt32LE(8 * i);
        const l = table.readUInt32LE(8 * i + 4);
        if (o < end || o + l > size || l === 0 || o % PAGE !== 0 || l % PAGE !== 0) return undefined;
        runs.push([o, l]);
        end = o + l;
        data += l;
      }
      if (data !== fileSize) return undefined;
      const memory = new WA.Memory({ initial: size / WASM_PAGE });
      const { x } = instantiate(memory);
      if (x.stackSave() !== stack) return undefined;
      const heap = new Uint8Array(memory.buffer);
      // The new instance's start wrote its own state (static data, the stack, the C library's
      // first allocations): every byte becomes the snapshot's, zeros included. Only where the new instance can have written is looked at (see `liveRanges`): its
      // static data, its heap, its live stack and what its start left below the stack pointer
      // (read down to 16 zero pages in a row).
      const zero = Buffer.alloc(PAGE);
      const isZero = (p: number) => Buffer.from(memory.buffer, p, PAGE).equals(zero);
      const written = liveRanges(heap, stack);
      if (layout && written.length === 2) {
        let low = written[1][0];
        for (let p = low - PAGE, clear = 0; p >= written[0][1] && clear < 16; p -= PAGE) {
          if (isZero(p)) clear++;
          else {
            clear = 0;
            low = p;
          }
        }
        written[1][0] = low;
      }
      const zeroes = (a: number, b: number) => {
        for (const [from, to] of written) {
          for (let p = Math.max(a, from); p < Math.min(b, to); p += PAGE) if (!isZero(p)) heap.fill(0, p, p + PAGE);
        }
      };
      let at = runsAt + count * 8;
      let from = 0;
      for (const [o, l] of runs) {
        zeroes(from, o);
        // (Read straight into the instance's memory.)
        if (fs.readSync(fd, heap, o, l, at) !== l) return undefined;
        crc = crc32(heap.subarray(o, o + l), crc);
        at += l;
        from = o + l;
      }
      zeroes(from, size);
      // (Damage the checks above cannot see: a page's bytes changed on disk.)
      if (crc !== checksum) return undefined;
      const engine = engineOf(x, memory, handle);
      const expected = probeLen === 0 ? [] : probeBytes.toString('utf8').split('\0');
      if (!expected.every((w) => engine.spell(w)) || engine.spell(NONSENSE)) return undefined;
      // A snapshot in use is never written again: its time is made the start's every half week,
      // so that another installation's pruning (see `write`) takes only snapshots nobody restores.
      if (Date.now() - st.mtimeMs > STALE_MS / 2) {
        try {
          fs.utimesSync(file, Date.now() / 1000, Date.now() / 1000);
        } catch {
          // (A folder that cannot be written: the snapshot is still read.)
        }
      }
      return engine;
    } catch {
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  }

  function write(file: string, content: Buffer): void {
    try {
      const dir = path.dirname(file);
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}-${threadId}.tmp`;
      try {
        fs.writeFileSync(tmp, content);
        fs.renameSync(tmp, file);
      } catch (error) {
        // (A full disk: nothing half-written is left behind.)
        try {
          fs.unlinkSync(tmp);
        } catch {
          // (Never made.)
        }
        throw error;
      }
      stats.written++;
      // The language's snapshots of other dictionaries or builds, unless written lately (two
      // installations of Lektor may share the folder): no longer read.
      const prefix = `${path.basename(file).slice(0, path.basename(file).lastIndexOf('-'))}-`;
      const old = Date.now() - STALE_MS;
      for (const name of fs.readdirSync(dir) as string[]) {
        if (name === path.basename(file) || !name.startsWith(prefix) || !/^[0-9a-f]{24}\.snap$/.test(name.slice(prefix.length))) continue;
        try {
          if (fs.statSync(path.join(dir, name)).mtimeMs < old) fs.unlinkSync(path.join(dir, name));
        } catch {
          // (Another process's doing.)
        }
      }
    } catch {
      stats.writeErrors++;
    }
  }

  function build(language: string, aff: Uint8Array, dic: Uint8Array): HunspellEngine {
    const file = snapshotFile(language, aff, dic);
    if (file !== undefined) {
      const restored = restore(file);
      if (restored) {
        stats.restored++;
        return restored;
      }
      if (fs.existsSync(file)) stats.rejected++;
    }
    const memory = new WA.Memory({ initial: 256 });
    const { glued, x } = instantiate(memory);
    const stack = x.stackSave();
    const cString = (s: string) => {
      const b = Buffer.from(s + '\0', 'utf8');
      const p = x.malloc(b.length);
      new Uint8Array(memory.buffer).set(b, p);
      return p;
    };
    // Into the glue's file system (on JavaScript's side), from which Hunspell reads both files
    // into its own tables; then they go. (The paths stay allocated, as hunspell-asm leaves them.)
    const affName = `/lektor-${threadId}.aff`;
    const dicName = `/lektor-${threadId}.dic`;
    glued.FS.writeFile(affName, aff);
    glued.FS.writeFile(dicName, dic);
    let handle: number;
    try {
      handle = x.Hunspell_create(cString(affName), cString(dicName));
    } finally {
      glued.FS.unlink(affName);
      glued.FS.unlink(dicName);
    }
    if (!handle) throw new Error(`Hunspell could not load the ${language} dictionary`);
    stats.built++;
    if (file === undefined) return engineOf(x, memory, handle);
    // (Taken before the engine's first call, which allocates the buffer words are written into.)
    const image = capture(new Uint8Array(memory.buffer), x.stackSave());
    const engine = engineOf(x, memory, handle);
    write(file, encode(image, handle, stack, probes(dic, engine)));
    return engine;
  }

  return { build, prepare, stats };
}
