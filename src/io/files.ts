/**
 * File I/O at the edge: finding inputs, reading them strictly (empty, binary and
 * non-UTF-8 files are refused with a message naming the file and the place), writing
 * outputs atomically, and keeping output paths inside the chosen output folder.
 */
import { readdir, readFile, readlink, stat, lstat, mkdir, realpath, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import { unlinkSync, openSync, fchown, fchmod, fsync, close as closeFd, write as writeFd } from 'node:fs';
import { onExit } from 'signal-exit';
import { BroadcastChannel, isMainThread } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Extensions checked when a folder is walked. A file named explicitly is checked whatever its extension. */
export const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.xlf', '.xliff', '.html', '.htm', '.docx'];

export class InputError extends Error {
  readonly path: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
    this.path = file;
  }
}

export interface InputFile {
  /** Path as given or found (relative to the working directory when the argument was); for standard input, the name it is checked under. */
  path: string;
  /** Folder that outputs are named relative to. */
  base: string;
  /** The input's bytes, already read (standard input, `lektor check -`): `path` only names it. */
  content?: Uint8Array;
  /** Its real path (`realPathOf`), where the run has it already (`lektor check --cache` names entries by it). */
  realPath?: string;
}

/**
 * Expand arguments into files: folders recursively (hidden folders, node_modules and
 * `exclude` skipped, compared by real path so that a link to an excluded folder is excluded
 * too), files as given. Symbolic links inside folders are followed (a folder reached twice,
 * through a link loop for example, is walked once). A missing path or a broken link is
 * reported through `onError`.
 */
export async function findInputs(
  args: string[],
  options: {
    exclude?: string[];
    onError: (file: string, message: string, at: number) => void;
    onSkip?: (arg: string, excluded: string) => void;
    /** A folder the walk left out because it is excluded (the output folder inside a folder checked). */
    onExcluded?: (dir: string) => void;
    /** Whether a folder walk leaves this file or folder out (a configuration's `ignore`); a path named is read all the same. */
    ignore?: (file: string, isDirectory: boolean) => boolean;
    /** A link inside a folder given that leads out of it: not followed (a pull request's link to ~/.npmrc had been copied into the reports). */
    onOutsideLink?: (link: string, target: string) => void;
    /**
     * Given: a walk leaves out the corrected copies of earlier runs' reports (`isReportCopy`),
     * each passed here, so that the caller says so. A file named is read all the same.
     */
    onReportCopy?: (file: string, base: string) => void;
  },
): Promise<InputFile[]> {
  const excluded = options.exclude ?? [];
  const exclude = new Set(await Promise.all(excluded.map(realPathOf)));
  const excludedReal = [...exclude];
  /** The excluded folder a path is, or is inside (as given), if any. */
  const excludedOf = async (file: string): Promise<string | undefined> => {
    const real = await realPathOf(file);
    const k = excludedReal.findIndex((dir) => real === dir || real.startsWith(dir + path.sep));
    return k < 0 ? undefined : excluded[k];
  };
  const found: InputFile[] = [];
  const seen = new Set<string>();
  const walked = new Set<string>();
  // (`at`: how many files were found before the failure, its place in the list.)
  const fail = (file: string, message: string) => options.onError(file, message, found.length);
  const add = async (file: string, base: string) => {
    // (By real path: a file given through a link and as itself is checked once.)
    const real = await realPathOf(file);
    if (seen.has(real)) return;
    seen.add(real);
    found.push({ path: file, base });
  };
  async function walk(dir: string, base: string, root: string): Promise<void> {
    const real = await realPathOf(dir);
    if (walked.has(real)) return;
    walked.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder without read rights: named, and the rest of the batch goes on.
      const code = (error as NodeJS.ErrnoException).code;
      fail(dir, `cannot read this folder${code === 'EACCES' || code === 'EPERM' ? ' (permission denied)' : code ? ` (${code})` : ''}, its files not checked`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let raw: Set<string> | undefined;
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // (Word's lock file beside a document open in it, "~$name.docx": no document.)
      if (e.name.startsWith('~$') && !e.isDirectory()) continue;
      // A name that is not valid UTF-8 comes back with U+FFFD in it, a path no call can open:
      // said as what it is, not as "cannot read: ENOENT". (The folder's raw names read once.)
      if (e.name.includes('\uFFFD') && (e.isDirectory() || CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))) {
        raw ??= await readdir(dir, { encoding: 'buffer' }).then(
          (names) => new Set(names.filter((n) => !Buffer.from(n.toString('utf8'), 'utf8').equals(n)).map((n) => n.toString('utf8'))),
          () => new Set<string>(),
        );
        if (raw.has(e.name)) {
          fail(full, `the ${e.isDirectory() ? 'folder' : 'file'} name is not valid UTF-8, so it cannot be opened by name here: rename it (convmv -f latin1 -t utf8)`);
          continue;
        }
      }
      let isDirectory = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // Named like a text to check: said; anything else (a dangling "logo.png", a loop) is
          // skipped as its target would have been.
          if (CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) fail(full, await linkProblem(full, error));
          continue;
        }
        // (Only inside the folder given: a link out of it is said and not followed; the target
        // named on the command line is checked.)
        if (isDirectory || (isFile && CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))) {
          const target = await realPathOf(full);
          if (target !== root && !target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
            options.onOutsideLink?.(full, target);
            continue;
          }
        }
      }
      if ((isDirectory || isFile) && options.ignore?.(full, isDirectory)) continue;
      // Named like a text to check but no file (a FIFO, a socket, a device, or a link to one,
      // "zero.txt -> /dev/zero"): said, as when it is named, not read (a FIFO would block).
      if (!isDirectory && !isFile && CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
        if (!options.ignore?.(full, false)) fail(full, 'not a regular file (a device, FIFO or socket), not checked');
        continue;
      }
      if (isDirectory) {
        if (!exclude.has(await realPathOf(full))) await walk(full, base, root);
        else options.onExcluded?.(full);
      } else if (isFile && CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
        // Lektor's own pages (an earlier run's review pages and batch page) are no HTML articles.
        if (await isLektorPage(full)) continue;
        // An earlier run's report folder inside the folder checked ("--out in/run1", then
        // "--out rep2"): its corrected copies were checked as articles, run after run.
        if (options.onReportCopy && (await isReportCopy(full))) options.onReportCopy(full, base);
        else await add(full, base);
      }
    }
  }
  // A folder never read (the output folder, the source texts' folder) is not read when it is
  // given either, beside other inputs: a shell's "folder/*" names it too. (Given alone, it is
  // what the user asks for: the run refuses to write over it, and says so. A file named is
  // read, so that the run refuses to replace it: "out/index.html" with `--out out`.)
  const isFolder = async (arg: string) => (await stat(arg).catch(() => undefined))?.isDirectory() === true;
  const skipped = excluded.length > 0 ? await Promise.all(args.map(async (arg) => ((await isFolder(arg)) ? excludedOf(arg) : undefined))) : args.map(() => undefined);
  const alone = skipped.every((k) => k !== undefined);
  for (const [k, arg] of args.entries()) {
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      // A link that loops or leads nowhere is said as such ("no such file or folder" named a file that is there).
      if ((await lstat(arg).catch(() => undefined))?.isSymbolicLink()) {
        fail(arg, await linkProblem(arg, error));
        continue;
      }
      // A name the shell passed in another encoding than UTF-8 arrives with U+FFFD in it.
      fail(arg, arg.includes('\uFFFD') ? 'no such file or folder (its name is not valid UTF-8 as given: rename it, convmv -f latin1 -t utf8)' : 'no such file or folder');
      continue;
    }
    const skip = skipped[k];
    if (skip !== undefined && !alone) {
      options.onSkip?.(arg, skip);
      continue;
    }
    if (info.isDirectory()) await walk(arg, arg, await realPathOf(arg));
    else await add(arg, path.dirname(arg));
  }
  return found;
}

/** What is wrong with a symbolic link that `stat` could not follow (`error`): a loop, or a target that is not there. */
async function linkProblem(link: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symbolic link that loops (too many levels of symbolic links), not checked';
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return `symbolic link that cannot be followed (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message)}), not checked`;
  const target = await readlink(link).catch(() => undefined);
  if (target === undefined) return 'broken symbolic link, not checked';
  const there = await lstat(path.resolve(path.dirname(link), target)).then(() => true, () => false);
  return `broken symbolic link (${there ? `to ${target}, which leads nowhere` : `${target} does not exist`}), not checked`;
}

/**
 * Texts in a folder (recursively, as a walk finds them) that are not the corrected copies of
 * an earlier run's reports (`isReportCopy`). At most `limit` are returned.
 */
export async function textsNotReports(dir: string, limit: number): Promise<string[]> {
  const found = await findInputs([dir], { onError: () => {} });
  const foreign: string[] = [];
  for (const f of found) {
    if (foreign.length >= limit) break;
    if (!(await isReportCopy(f.path)) && !(await isLektorPage(f.path))) foreign.push(f.path);
  }
  return foreign;
}

/**
 * Whether a text is the corrected copy of a document in Lektor's reports: `<name>.findings.json`
 * beside it is Lektor's JSON for a document named `<name>` (it begins `{ "path": "…/<name>",
 * "format": …`). A stray `.findings.json`, or one of another document, does not make a text a
 * report. Only the file's first 8 KB are read (a long document's is tens of MB).
 */
export async function isReportCopy(file: string): Promise<boolean> {
  let head: string;
  try {
    const handle = await open(`${file}.findings.json`, 'r');
    try {
      if (!(await handle.stat()).isFile()) return false;
      const buf = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
  const m = /^\{\s*"path":\s*("(?:[^"\\\n]|\\.)*")\s*,\s*"format":\s*"[a-z]+"\s*,/.exec(head);
  if (!m) return false;
  let named: unknown;
  try {
    named = JSON.parse(m[1]);
  } catch {
    return false;
  }
  return typeof named === 'string' && path.basename(named) === path.basename(file);
}

/**
 * The folder an earlier run's report copy belongs to, as a message names it: the outermost folder
 * above it (up to `root`) that holds Lektor's batch page, index.html (reports of reports, which
 * earlier versions wrote, "run2/run1/a.txt", are run2's); else its own folder.
 */
export async function reportFolderOf(file: string, root: string): Promise<string> {
  const top = path.resolve(root);
  let dir = path.dirname(file);
  let found: string | undefined;
  for (;;) {
    const head = await readHead(path.join(dir, 'index.html'), 2048);
    if (head !== undefined && head.includes(LEKTOR_PAGE_TITLE)) found = dir;
    const resolved = path.resolve(dir);
    if (resolved === top || !resolved.startsWith(top + path.sep)) return found ?? path.dirname(file);
    dir = path.dirname(dir);
  }
}

/** Whether `file` is a page that is not Lektor's batch page (a site's own index.html): absent, empty or Lektor's, it is not. */
export async function isForeignPage(file: string): Promise<boolean> {
  const head = await readHead(file, 2048);
  return head !== undefined && head.trim() !== '' && !head.includes(LEKTOR_PAGE_TITLE);
}

/**
 * Whether a file is one of Lektor's own pages: a review page (`<name>.html`) or a batch page
 * (`index.html`) of an earlier run, told by how `pageHead` (report/html.ts) begins them: its
 * content security policy and a title that begins "Lektor". Since HTML files are checked, a walk
 * had read them as articles, and an output folder inside the folder checked held "texts that are
 * not Lektor's reports" once a run had written its pages there.
 */
export async function isLektorPage(file: string): Promise<boolean> {
  if (!/\.html?$/i.test(file)) return false;
  const head = await readHead(file, 2048);
  return head !== undefined && head.includes('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'') && /<title>Lektor(?: report|: )/.test(head);
}

/** The title of Lektor's batch page (see report/index-html.ts), by which an earlier run's is told from another page. */
const LEKTOR_PAGE_TITLE = '<title>Lektor report</title>';

async function readHead(file: string, bytes: number): Promise<string | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * The real path of a file or folder (symbolic links resolved), also of one that does not
 * exist yet: its deepest existing folder's real path, plus the rest of the path.
 */
export async function realPathOf(file: string): Promise<string> {
  const rest: string[] = [];
  let dir = path.resolve(file);
  for (;;) {
    try {
      return path.join(await realpath(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(file);
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}

/**
 * Whether the bytes are UTF-16 text, and which order: a byte order mark, or (without one)
 * a zero byte in every other place of the first kilobyte, where ASCII letters stand.
 */
export function utf16(buf: Buffer): { name: string; order: string; iconv: string } | undefined {
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) return { name: 'UTF-32', order: 'little-endian, with a byte order mark', iconv: 'UTF-32' };
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) return { name: 'UTF-32', order: 'big-endian, with a byte order mark', iconv: 'UTF-32' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { name: 'UTF-16', order: 'little-endian, with a byte order mark', iconv: 'UTF-16' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { name: 'UTF-16', order: 'big-endian, with a byte order mark', iconv: 'UTF-16' };
  const n = Math.min(buf.length, 1024) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // (Without a mark, iconv must be told the order: "UTF-16" alone reads big-endian.)
  if (odd >= pairs * 0.7 && even === 0) return { name: 'UTF-16', order: 'little-endian', iconv: 'UTF-16LE' };
  if (even >= pairs * 0.7 && odd === 0) return { name: 'UTF-16', order: 'big-endian', iconv: 'UTF-16BE' };
  return undefined;
}

/** How a text file is encoded: UTF-8, or (XLIFF only, with a byte order mark) UTF-16. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface ReadResult {
  /** The text; with its byte order mark (U+FEFF) when `keepBom` was asked and the file has one. */
  text: string;
  /** The file began with a byte order mark (UTF-8's; or UTF-16's, where `utf16` allowed it). */
  bom: boolean;
  /** Its encoding: UTF-8, or UTF-16 with a byte order mark where `utf16` allowed it. */
  encoding: TextEncoding;
}

/** The text as bytes of its encoding (UTF-16: a byte order mark it holds, U+FEFF, is written as such). */
export function encodeText(text: string, encoding: TextEncoding = 'utf-8'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

/** The line (1-based) of the code unit at `units` of UTF-16 bytes (`be`: big-endian). */
function utf16LineAt(buf: Buffer, units: number, be: boolean): number {
  let line = 1;
  for (let i = 0; i < units && 2 * i + 1 < buf.length; i++) if ((be ? buf[2 * i] === 0 && buf[2 * i + 1] === 0x0a : buf[2 * i] === 0x0a && buf[2 * i + 1] === 0)) line++;
  return line;
}

/**
 * UTF-16 bytes with a byte order mark as text (the mark kept as U+FEFF with `keepBom`), or an
 * InputError saying what is wrong: an odd number of bytes, a half of a surrogate pair alone.
 */
function decodeUtf16(file: string, buf: Buffer, be: boolean, keepBom: boolean): string {
  const order = be ? 'big-endian' : 'little-endian';
  if (buf.length % 2 === 1) throw new InputError(file, `UTF-16 text of an odd number of bytes (${buf.length}): its last byte, at line ${utf16LineAt(buf, (buf.length - 1) / 2, be)}, is half a character; not checked (the file is cut short or not UTF-16)`);
  try {
    const text = new TextDecoder(be ? 'utf-16be' : 'utf-16le', { fatal: true, ignoreBOM: true }).decode(buf);
    return keepBom ? text : text.slice(1);
  } catch {
    // (A lone half of a surrogate pair: where.)
    const units = be ? Buffer.from(buf).swap16() : buf;
    const text = units.toString('utf16le');
    const bad = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
    const at = bad?.index ?? 0;
    throw new InputError(file, `not valid UTF-16 (${order}): half a surrogate pair at line ${utf16LineAt(buf, at, be)}, byte offset ${2 * at} in the file; not checked`);
  }
}

/** The largest input read, a file or standard input (50 MB). */
export const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Read a file as strict UTF-8 text, or throw an InputError that says what is wrong and where.
 * With `content`, those bytes are the input (standard input), checked the same way; `file` names it.
 */
export async function readInput(file: string, options: { keepBom?: boolean; content?: Uint8Array; utf16?: boolean } = {}): Promise<ReadResult> {
  const buf = await readInputBytes(file, options.content);
  return decodeInput(file, buf, options);
}

/**
 * A file's bytes, or an InputError that says why it cannot be read (a folder, a device, too
 * large, no rights). With `content`, those bytes are the input (standard input). A Word
 * document is read so: its bytes are a zip package, not text.
 */
export async function readInputBytes(file: string, content?: Uint8Array): Promise<Buffer> {
  let buf: Buffer;
  if (content !== undefined) {
    if (content.length > MAX_BYTES) throw new InputError(file, `input is too large (more than ${MAX_BYTES} bytes), not checked`);
    buf = Buffer.from(content.buffer, content.byteOffset, content.length);
  } else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new InputError(file, 'a folder, not a file, not checked');
      // A FIFO or a device has no end to read to (or never sends one): refused, not waited on.
      if (!info.isFile()) throw new InputError(file, 'not a regular file (a device, FIFO or socket), not checked');
      if (info.size > MAX_BYTES) throw new InputError(file, `file is too large (${info.size} bytes; the limit is ${MAX_BYTES})`);
      buf = await readFile(file);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      // (Worded as a folder's are: "cannot read: EACCES" told a newcomer little.)
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? (error as Error).message);
      throw new InputError(file, `cannot read this file (${why}), not checked`);
    }
  }
  if (buf.length === 0) throw new InputError(file, 'empty file, nothing to check');
  return buf;
}

/** `readInput`'s text of bytes read. */
function decodeInput(file: string, buf: Buffer, options: { keepBom?: boolean; utf16?: boolean }): ReadResult {
  // UTF-16 with a byte order mark, where the format allows it (XLIFF: translation tools write it).
  const wideMark = options.utf16 === true && buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe && !(buf.length >= 4 && buf[2] === 0 && buf[3] === 0)) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (wideMark) {
    const be = buf[0] === 0xfe;
    const text = decodeUtf16(file, buf, be, options.keepBom === true);
    if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError(file, 'empty file, nothing to check');
    return { text, bom: true, encoding: be ? 'utf-16be' : 'utf-16le' };
  }
  const nul = buf.indexOf(0);
  const wide = nul >= 0 ? utf16(buf) : undefined;
  if (wide && options.utf16 === true && wide.name === 'UTF-16') throw new InputError(file, `UTF-16 text (${wide.order}) without a byte order mark, not checked: save it with one (as translation tools do) or as UTF-8 (iconv -f ${wide.iconv} -t UTF-8)`);
  if (wide) throw new InputError(file, `${wide.name} text (${wide.order}), not checked: save it as UTF-8 (iconv -f ${wide.iconv} -t UTF-8)`);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at line ${lineAt(buf, nul)}, byte offset ${nul} in the file), not checked`);
  // (A checked document keeps its byte order mark: offsets count from the file's first
  // character, and the corrected file and the patch keep it.)
  const decoded = decodeUtf8(buf, options.keepBom === true);
  if (typeof decoded !== 'string') throw new InputError(file, `not valid UTF-8 (line ${decoded.line}, byte offset ${decoded.byte} in the file); convert it to UTF-8 first`);
  const text = decoded;
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (text.trim() === '') throw new InputError(file, 'empty file, nothing to check');
  return { text, bom, encoding: 'utf-8' };
}

/** Bytes as strict UTF-8 text, or where the first invalid byte is (its offset and line). */
export function decodeUtf8(buf: Buffer, keepBom = false): string | { byte: number; line: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(buf);
  } catch {
    const byte = firstInvalidUtf8(buf);
    return { byte, line: lineAt(buf, byte) };
  }
}

function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range after E0 (no overlong forms), ED (no surrogates, as CESU-8
    // writes them), F0 (no overlong forms) and F4 (nothing past U+10FFFF); 80–BF otherwise.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (n > 0 && (i + 1 >= buf.length || buf[i + 1] < low || buf[i + 1] > high)) return i;
    for (let k = 2; k <= n; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/** Resolve `relative` inside `outDir`, refusing a name that would land outside it (`..`, an absolute path). */
export function outputPath(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  const rel = path.relative(root, target);
  // ("..notes.txt" is a name inside the folder; ".." and "../x" are not.)
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new Error(`refusing to write outside the output folder: ${relative}`);
  }
  return target;
}

/**
 * `outputPath`, also refusing a symbolic link on the way inside the output folder (a
 * sub-folder or the file itself): writing through it would land outside the folder. The
 * output folder itself may be a link; the user chose it.
 */
export async function safeOutputPath(outDir: string, relative: string): Promise<string> {
  const target = outputPath(outDir, relative);
  let current = path.resolve(outDir);
  for (const part of path.relative(current, target).split(path.sep)) {
    current = path.join(current, part);
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
      throw error;
    }
    if (info.isSymbolicLink()) throw new Error(`refusing to write through a symbolic link inside the output folder: ${current}`);
  }
  return target;
}

/** Write an output file inside `outDir` atomically (see `safeOutputPath`); resolves to its path. */
export async function writeOutput(outDir: string, relative: string, content: string | Uint8Array, encoding: TextEncoding = 'utf-8'): Promise<string> {
  const file = await safeOutputPath(outDir, relative);
  await writeAtomic(file, content, encoding);
  return file;
}

/** Remove a report of an earlier run from the output folder, if there is one (a patch of a document that now has no change). */
export async function removeOutput(outDir: string, relative: string): Promise<void> {
  const file = await safeOutputPath(outDir, relative);
  await rm(file, { force: true });
}

/**
 * `writeOutput` for content made in parts (a long document's report): each part is written
 * as it comes (see `writeFileParts`), so that the whole is never held at once.
 */
export async function writeOutputParts(outDir: string, relative: string, parts: Iterable<string>): Promise<string> {
  const file = await safeOutputPath(outDir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileParts(file, parts);
  return file;
}

/**
 * Write a file atomically, creating its folder: a link is written through to its target (an
 * input given as a link stays one with `--write`), and the file keeps its mode (and its
 * owner, when run as root).
 */
export async function writeAtomic(file: string, content: string | Uint8Array, encoding: TextEncoding = 'utf-8'): Promise<void> {
  await writeFileParts(await writeTarget(file), [content], encoding);
}

/**
 * `--write`'s replacement of an input: `content` in `encoding` written atomically over `file` (a
 * link written through to its target), only if the file still holds exactly the bytes `read`,
 * those the check read its text and its encoding from. Compared by bytes, not by the text read
 * again: a file saved meanwhile with the same text in another encoding (an XLIFF file's UTF-16 LE
 * as BE, or as UTF-8) would have been written over in the encoding of the first read. The
 * comparison is made once the new content is written to its temporary file, just before the
 * rename, so that a change while a long file is written is seen too. Throws `FileChangedError`
 * where it changed (the file left as it is now).
 */
export async function replaceUnchanged(file: string, read: Uint8Array, content: string | Uint8Array, encoding: TextEncoding = 'utf-8'): Promise<void> {
  const prepared = await prepareFileParts(await writeTarget(file), [content], encoding);
  try {
    if (!(await holds(file, read))) throw new FileChangedError();
  } catch (error) {
    await prepared.abort();
    throw error;
  }
  await prepared.commit();
}

/** An input that changed on disk since it was read (see `replaceUnchanged`). */
export class FileChangedError extends Error {
  constructor() {
    super('it changed while it was checked (left as it is now; check it again)');
    this.name = 'FileChangedError';
  }
}

/** Whether `file` holds exactly these bytes (its size first: most changes change it). */
async function holds(file: string, bytes: Uint8Array): Promise<boolean> {
  const info = await stat(file);
  if (!info.isFile() || info.size !== bytes.length) return false;
  return (await readFile(file)).equals(bytes);
}

/** Where an atomic write of `file` goes: its folder created, a link followed to its target. */
async function writeTarget(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return file;
  }
}

/**
 * Temporary files being written, removed should the process end first (Ctrl-C, SIGTERM, an
 * exit). The handler is installed only while one is being written: installed, it delays a
 * signal until the event loop is free (up to a second in a long check), so Ctrl-C during a
 * check stays immediate. A signal reaches only the main thread: the threads of the check pool
 * (`--threads`) announce theirs on a broadcast channel, which the main thread listens to
 * while a pool runs (`removeThreadsTemporariesOnExit`).
 */
const temporaries = new Set<string>();
let removeHandler: (() => void) | undefined;
const TEMPORARIES_CHANNEL = 'lektor:temporary-files';
let announcer: BroadcastChannel | undefined;
function announce(kind: 'add' | 'delete', file: string): void {
  if (isMainThread) return;
  if (!announcer) {
    announcer = new BroadcastChannel(TEMPORARIES_CHANNEL);
    announcer.unref();
  }
  announcer.postMessage({ kind, file });
}

/**
 * In the main thread, while a pool of check threads runs: take the temporary files the
 * threads announce into this thread's list, so that a signal removes them too. Returns the
 * function that stops listening.
 */
export function removeThreadsTemporariesOnExit(): () => void {
  const listener = new BroadcastChannel(TEMPORARIES_CHANNEL);
  listener.unref();
  listener.onmessage = (event) => {
    const { kind, file } = ((event as { data?: unknown }).data ?? {}) as { kind?: string; file?: unknown };
    if (typeof file !== 'string') return;
    if (kind === 'add') track(file);
    else if (kind === 'delete') untrack(file);
  };
  return () => listener.close();
}

/** The temporary files this thread would remove on a signal (for tests). */
export function pendingTemporaries(): string[] {
  return [...temporaries];
}

function track(temporary: string): void {
  announce('add', temporary);
  temporaries.add(temporary);
  removeHandler ??= onExit(() => {
    for (const t of temporaries) {
      try {
        unlinkSync(t);
      } catch {
        // gone already
      }
    }
  });
}
function untrack(temporary: string): void {
  announce('delete', temporary);
  temporaries.delete(temporary);
  if (temporaries.size === 0 && removeHandler) {
    removeHandler();
    removeHandler = undefined;
  }
}

/**
 * Write `parts` to `file` atomically: into a temporary file beside it, flushed to disk, then
 * renamed over it. Until the rename the file is as it was; on any failure (a part that throws,
 * a full disk, the process ending) the temporary file is removed. A file that exists keeps its
 * mode (setuid and setgid bits included), its owner when run as root, and its group where the
 * writer may give it (as write-file-atomic did).
 */
async function writeFileParts(file: string, parts: Iterable<string | Uint8Array>, encoding: TextEncoding = 'utf-8'): Promise<void> {
  await (await prepareFileParts(file, parts, encoding)).commit();
}

/** A file written to its temporary file, not yet renamed over its target (see `prepareFileParts`). */
interface PreparedFile {
  /** Rename the temporary file over the target. */
  commit(): Promise<void>;
  /** Remove the temporary file: the target stays as it was. */
  abort(): Promise<void>;
}

/** `writeFileParts` up to the rename: the temporary file complete and flushed to disk. */
async function prepareFileParts(file: string, parts: Iterable<string | Uint8Array>, encoding: TextEncoding = 'utf-8'): Promise<PreparedFile> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  // (A short name: the file's may be near the system's limit of 255 bytes.)
  const temporary = path.join(dir, `.${base.length > 48 ? base.slice(0, 48) : base}.${randomBytes(6).toString('hex')}.tmp`);
  let existing: { mode: number; uid: number; gid: number } | undefined;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(`${file} is a folder, not a file`), { code: 'EISDIR' });
    existing = info;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  track(temporary);
  try {
    // 'wx': never through a file (or a link) that appeared there meanwhile. (Made at once, as
    // it is tracked: a signal's handler, which removes what is tracked, runs between two tasks,
    // never between the two; an open left in the thread pool had made the file after it.)
    const handle = createExclusive(temporary);
    try {
      if (existing) {
        // Owner and group first (as write-file-atomic did, for every user: one may keep a group
        // of its own; where it may not, the file is the writer's), then the mode: a change of
        // owner clears the setuid and setgid bits.
        // (As root the owner too; otherwise the group only, which a member of it may give.)
        try {
          await handle.chown(process.getuid?.() === 0 ? existing.uid : -1, existing.gid);
        } catch (error) {
          // Not allowed, or not supported by the file system: the file is the writer's.
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'EPERM' && code !== 'EINVAL' && code !== 'ENOSYS' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
        }
        await handle.chmod(existing.mode & 0o7777);
      }
      let pending = '';
      for (const part of parts) {
        // (Bytes, a Word document's: written as they are, after the text before them.)
        if (typeof part !== 'string') {
          if (pending !== '') await writeFully(handle, pending, encoding);
          pending = '';
          await writeFully(handle, part);
          continue;
        }
        pending += part;
        // Written in pieces of about 32,000 characters: a write per small part would be
        // thousands of calls, and larger pieces are made in the old generation, which only a
        // full collection frees (with 1 MB pieces a 27 MB report grew the heap by 60 MB).
        if (pending.length >= 1 << 15) {
          // (A part may end inside a surrogate pair: its first half waits for the second.)
          const keep = isHighSurrogate(pending.charCodeAt(pending.length - 1)) ? 1 : 0;
          await writeFully(handle, pending.slice(0, pending.length - keep), encoding);
          pending = pending.slice(pending.length - keep);
        }
      }
      if (pending !== '') await writeFully(handle, pending, encoding);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    untrack(temporary);
    throw named(error, temporary, file);
  }
  return {
    async commit() {
      try {
        await rename(temporary, file);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw named(error, temporary, file);
      } finally {
        untrack(temporary);
      }
    },
    async abort() {
      await unlink(temporary).catch(() => undefined);
      untrack(temporary);
    },
  };
}

/** What `prepareFileParts` does with the temporary file it made (a FileHandle's calls, on its descriptor). */
interface MadeFile {
  chown(uid: number, gid: number): Promise<void>;
  chmod(mode: number): Promise<void>;
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A new file, made synchronously (`'wx'`: it must not exist), and its calls, asynchronous. */
function createExclusive(file: string): MadeFile {
  const fd = openSync(file, 'wx', 0o666);
  const settle = (resolve: () => void, reject: (e: Error) => void) => (error: Error | null) => (error ? reject(error) : resolve());
  return {
    chown: (uid, gid) => new Promise((resolve, reject) => fchown(fd, uid, gid, settle(resolve, reject))),
    chmod: (mode) => new Promise((resolve, reject) => fchmod(fd, mode, settle(resolve, reject))),
    write: (buffer, offset, length) => new Promise((resolve, reject) => writeFd(fd, buffer, offset, length, null, (error, bytesWritten) => (error ? reject(error) : resolve({ bytesWritten })))),
    sync: () => new Promise((resolve, reject) => fsync(fd, settle(resolve, reject))),
    close: () => new Promise((resolve, reject) => closeFd(fd, settle(resolve, reject))),
  };
}

/** An error named by the file being written, not by its temporary file. */
function named(error: unknown, temporary: string, file: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.message === 'string' && e.message.includes(temporary)) {
    return Object.assign(new Error(`cannot write ${file}: ${e.message.split(temporary).join(file)}`), { code: e.code, path: file });
  }
  // A write error names no file ("ENOSPC: no space left on device, write"): this one.
  if (typeof e?.message === 'string' && typeof e.code === 'string' && !e.message.includes(file)) {
    return Object.assign(new Error(`cannot write ${file}: ${e.message}`), { code: e.code, path: file });
  }
  return error;
}

/**
 * Write several files, all or none as far as a file system allows: each to its temporary file
 * first (complete and flushed); only when all are written are they renamed over their targets.
 * A failure while writing (a full disk, a folder without rights) leaves every target as it was.
 * A rename that fails after others succeeded (which a file system hardly ever does within one
 * folder) is reported with the files already replaced (`error.written`).
 */
export async function writeAtomicAll(files: ReadonlyArray<readonly [file: string, content: string]>): Promise<void> {
  const prepared: PreparedFile[] = [];
  try {
    for (const [file, content] of files) prepared.push(await prepareFileParts(await writeTarget(file), [content]));
  } catch (error) {
    for (const p of prepared) await p.abort();
    throw error;
  }
  const written: string[] = [];
  for (let i = 0; i < prepared.length; i++) {
    try {
      await prepared[i].commit();
    } catch (error) {
      for (const p of prepared.slice(i + 1)) await p.abort();
      throw Object.assign(error as object, { written });
    }
    written.push(files[i][0]);
  }
}

/** Whether a UTF-16 code unit is the first half of a surrogate pair (a piece of text must not end on one: it is encoded on its own). */
export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Write all of `text`: a write may take fewer bytes than given (a disk nearly full), and the rest is written again (or fails). */
export async function writeFully(handle: Pick<MadeFile, 'write'> | Pick<FileHandle, 'write'>, text: string | Uint8Array, encoding: TextEncoding = 'utf-8'): Promise<void> {
  const bytes = typeof text === 'string' ? encodeText(text, encoding) : text;
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    if (bytesWritten <= 0) throw Object.assign(new Error(`ENOSPC: no space left on device, write (${bytes.length - at} bytes not written)`), { code: 'ENOSPC' });
    at += bytesWritten;
  }
}

/** The deepest folder containing all the given folders. */
export function commonBase(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  const parts = dirs.map((d) => path.resolve(d).split(path.sep));
  const first = parts[0];
  let n = first.length;
  for (const p of parts) {
    let k = 0;
    while (k < n && k < p.length && p[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/**
 * Read a stream to its end (standard input for `lektor check -`), refusing more than `limit`
 * bytes: an InputError naming `name` once the limit is passed, without holding the rest.
 */
export async function readStream(stream: NodeJS.ReadableStream, name: string, limit = MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > limit) throw new InputError(name, `input is too large (more than ${limit} bytes), not checked`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
