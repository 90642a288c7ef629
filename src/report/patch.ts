/**
 * The patch reporter: a unified diff from the original input to the corrected text,
 * with git-style `a/<path>` and `b/<path>` names, ready for `git apply` or `patch -p1`. For a
 * UTF-16 file (an XLIFF file, as translation tools write it), whose bytes a diff of its text
 * written in UTF-8 matches nowhere, git's binary patch of its bytes, which `git apply` applies,
 * under the text's diff in comments, to read.
 *
 * Lektor's fixes change words inside lines and almost never add or remove a line, so the
 * two texts usually have the same lines in the same places: then the changed lines are
 * simply the lines that differ, found in one pass. A general diff (jsdiff, Myers) costs
 * lines × changed lines, 6.7 s for a 7,000-line document with 3,000 changed lines; it is
 * used only when a fix changed the number of lines.
 */

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { createTwoFilesPatch, diffArrays, FILE_HEADERS_ONLY } from 'diff';
import { encodeText, type TextEncoding } from '../io/files.js';

const CONTEXT = 3;

/** The encoding of the file the texts were read from (and the corrected one is written in). */
export type PatchEncoding = TextEncoding;

/**
 * A unified diff with 3 lines of context; the empty string when nothing changed. A UTF-16 file's
 * (`encoding`): the diff of its text as comments (`# `, which `git apply` passes over), then git's
 * binary patch of its bytes (see `gitBinaryPatch`).
 */
export function renderPatch(path: string, original: string, corrected: string, encoding: PatchEncoding = 'utf-8'): string {
  if (original === corrected) return '';
  const [a, b] = [patchName('a', path), patchName('b', path)];
  // (A name with a space ends with a tab, as git writes it: patch reads a name up to a tab.)
  const tab = a.includes(' ') && !a.startsWith('"') ? '' : undefined;
  const text =
    alignedPatch(a, b, tab !== undefined, original, corrected) ??
    createTwoFilesPatch(a, b, original, corrected, tab, tab, {
      context: CONTEXT,
      headerOptions: FILE_HEADERS_ONLY,
    });
  if (encoding === 'utf-8') return text;
  const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
  const readable = linesOf(text)
    .map((line) => `# ${line}`)
    .join('');
  return (
    `# The changes to ${path.replace(/[\r\n]/g, ' ')}, a UTF-16 (${order}) file, as text in UTF-8, to read. Below, the same\n` +
    `# changes to its bytes as git's binary patch, which git apply applies (and git apply -R takes back).\n#\n` +
    `${readable}#\n${gitBinaryPatch(path, original, corrected, encoding)}`
  );
}

/** The id git gives a file's content (a blob's SHA-1), which a binary patch names in full. */
function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * git's binary patch (`git diff --binary`) from the UTF-16 bytes of `original` to those of
 * `corrected`: the header with both contents' full ids (git applies it only to a file with the
 * first, and checks that it made the second), then a forward and a reverse hunk, each a delta of
 * the unchanged lines copied and the changed ones inserted, or the whole content where that is
 * shorter, deflated and in git's base 85.
 */
export function gitBinaryPatch(path: string, original: string, corrected: string, encoding: 'utf-16le' | 'utf-16be'): string {
  // (As the file is written: a byte order mark it holds, U+FEFF, as such.)
  const a = encodeText(original, encoding);
  const b = encodeText(corrected, encoding);
  // (In code units, then bytes: 2 a unit.)
  const same = sameLines(original, corrected).map(([p, q, n]): [number, number, number] => [2 * p, 2 * q, 2 * n]);
  const forward = binaryHunk(delta(a, b, same), b);
  const reverse = binaryHunk(
    delta(
      b,
      a,
      same.map(([p, q, n]): [number, number, number] => [q, p, n]),
    ),
    a,
  );
  return `diff --git ${patchName('a', path)} ${patchName('b', path)}\nindex ${blobId(a)}..${blobId(b)}\nGIT binary patch\n${forward}\n${reverse}\n`;
}

/**
 * The lines the two texts share, in order, as runs `[start in original, start in corrected,
 * length]` in code units: line i against line i where they have as many lines (Lektor's fixes
 * hardly ever add or remove one), with the start and the end a changed line keeps, else by a
 * line diff. (Code units are copied as their bytes: half of a surrogate pair too.)
 */
function sameLines(original: string, corrected: string): Array<[number, number, number]> {
  const la = splitLines(original);
  const lb = splitLines(corrected);
  const runs: Array<[number, number, number]> = [];
  const add = (p: number, q: number, n: number) => {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[2] === p && last[1] + last[2] === q) last[2] += n;
    else runs.push([p, q, n]);
  };
  let p = 0;
  let q = 0;
  if (la.length === lb.length) {
    for (let i = 0; i < la.length; i++) {
      const x = la[i];
      const y = lb[i];
      if (x === y) add(p, q, x.length);
      else {
        // (What a changed line keeps before and after its change is copied too: a file on one
        // line, as some tools write XLIFF, had been written into the delta whole.)
        const most = Math.min(x.length, y.length);
        let before = 0;
        while (before < most && x.charCodeAt(before) === y.charCodeAt(before)) before++;
        let after = 0;
        while (after < most - before && x.charCodeAt(x.length - 1 - after) === y.charCodeAt(y.length - 1 - after)) after++;
        if (before > 0) add(p, q, before);
        if (after > 0) add(p + x.length - after, q + y.length - after, after);
      }
      p += x.length;
      q += y.length;
    }
    return runs;
  }
  for (const part of diffArrays(la, lb)) {
    const length = part.value.reduce((n, line) => n + line.length, 0);
    if (part.added) q += length;
    else if (part.removed) p += length;
    else {
      add(p, q, length);
      p += length;
      q += length;
    }
  }
  return runs;
}

/** A size as git's delta header writes it: 7 bits a byte, the lowest first. */
function varint(n: number, out: number[]): void {
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
}

/**
 * git's delta from `src` to `dst` (as `patch-delta.c` reads it): the sizes, then copies from
 * `src` (`copies`: `[offset in src, offset in dst, length]`, in order of `dst`) and what lies
 * between them in `dst` inserted.
 */
function delta(src: Uint8Array, dst: Uint8Array, copies: ReadonlyArray<readonly [number, number, number]>): Buffer {
  const out: number[] = [];
  varint(src.length, out);
  varint(dst.length, out);
  const insert = (from: number, to: number) => {
    for (let i = from; i < to; i += 0x7f) {
      const n = Math.min(0x7f, to - i);
      out.push(n);
      for (let k = 0; k < n; k++) out.push(dst[i + k]);
    }
  };
  let at = 0;
  for (const [from, to, length] of copies) {
    if (length === 0) continue;
    insert(at, to);
    for (let done = 0; done < length; ) {
      // (At most 2^24 - 1 bytes a copy: three bytes of size.)
      const size = Math.min(0xffffff, length - done);
      const offset = from + done;
      let cmd = 0x80;
      const args: number[] = [];
      for (let i = 0; i < 4; i++) {
        const byte = Math.floor(offset / 2 ** (8 * i)) & 0xff;
        if (byte !== 0) {
          cmd |= 1 << i;
          args.push(byte);
        }
      }
      for (let i = 0; i < 3; i++) {
        const byte = (size >>> (8 * i)) & 0xff;
        if (byte !== 0) {
          cmd |= 0x10 << i;
          args.push(byte);
        }
      }
      out.push(cmd, ...args);
      done += size;
    }
    at = to + length;
  }
  insert(at, dst.length);
  return Buffer.from(out);
}

/** git's base 85 digits. */
const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/**
 * One hunk of a binary patch: the delta, or the whole content (`literal`) where that deflates
 * shorter, as git chooses; deflated, then lines of at most 52 bytes, each its length (A–Z for
 * 1–26, a–z for 27–52) and its bytes in base 85, and an empty line.
 */
function binaryHunk(deltaBytes: Buffer, content: Uint8Array): string {
  const deflatedDelta = deflateSync(deltaBytes);
  const deflatedContent = deflateSync(content);
  const useDelta = deflatedDelta.length < deflatedContent.length;
  const data = useDelta ? deflatedDelta : deflatedContent;
  let out = useDelta ? `delta ${deltaBytes.length}\n` : `literal ${content.length}\n`;
  for (let i = 0; i < data.length; i += 52) {
    const n = Math.min(52, data.length - i);
    out += n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(96 + n - 26);
    for (let k = 0; k < n; k += 4) {
      let acc = 0;
      for (let j = 0; j < 4; j++) acc = acc * 256 + (k + j < n ? data[i + k + j] : 0);
      let chars = '';
      for (let j = 0; j < 5; j++) {
        chars = BASE85[acc % 85] + chars;
        acc = Math.floor(acc / 85);
      }
      out += chars;
    }
    out += '\n';
  }
  return out;
}

/**
 * A file's name in a patch header as git writes it: `a/<path>`, quoted in C style when the path
 * has a quote, a backslash or a control character ("a/line\nbreak.txt"), which `git apply` and
 * `patch` read back.
 */
export function patchName(side: 'a' | 'b', path: string): string {
  const name = `${side}/${path}`;
  // eslint-disable-next-line no-control-regex
  if (!/["\\\x00-\x1f\x7f]/.test(name)) return name;
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  // eslint-disable-next-line no-control-regex
  return `"${name.replace(/["\\\x00-\x1f\x7f]/g, (c) => escapes[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/**
 * `text.split(/(?<=\n)/)`, the lines with their line breaks (the last may have none; the empty
 * text one empty line), by a walk from one line break to the next: the look-behind split tried
 * the expression at every character (some 150 ms on 6 MB).
 */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    lines.push(text.slice(from, at + 1));
    from = at + 1;
  }
  if (from < text.length || lines.length === 0) lines.push(text.slice(from));
  return lines;
}

/** Lines with their line break (the last may have none; the empty text none). */
function splitLines(text: string): string[] {
  return text === '' ? [] : linesOf(text);
}

/**
 * The patch of two texts with as many lines, line i against line i; undefined when the
 * line counts differ (or a line break itself changed), for the general diff.
 */
function alignedPatch(nameA: string, nameB: string, tab: boolean, original: string, corrected: string): string | undefined {
  const a = splitLines(original);
  const b = splitLines(corrected);
  if (a.length !== b.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    // A line whose break changed (or the last line, with and without one) is left to the general diff.
    if (a[i].endsWith('\n') !== b[i].endsWith('\n')) return undefined;
    changed.push(i);
  }
  if (changed.length === 0) return undefined;
  const out: string[] = [`--- ${nameA}${tab ? '\t' : ''}\n`, `+++ ${nameB}${tab ? '\t' : ''}\n`];
  const line = (prefix: string, text: string) => {
    out.push(prefix + (text.endsWith('\n') ? text : `${text}\n\\ No newline at end of file\n`));
  };
  let k = 0;
  while (k < changed.length) {
    // One hunk: changes whose contexts touch (at most 2 × CONTEXT unchanged lines apart).
    let last = k;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * CONTEXT + 1) last++;
    const from = Math.max(0, changed[k] - CONTEXT);
    const to = Math.min(a.length, changed[last] + CONTEXT + 1);
    const count = to - from;
    // Unified diff numbering: the first line of the hunk (1-based), and its length.
    out.push(`@@ -${from + 1},${count} +${from + 1},${count} @@\n`);
    let i = from;
    while (i < to) {
      if (a[i] === b[i]) {
        line(' ', a[i]);
        i++;
        continue;
      }
      // A run of changed lines: its removals, then its additions (as a line diff shows them).
      let j = i;
      while (j < to && a[j] !== b[j]) j++;
      for (let r = i; r < j; r++) line('-', a[r]);
      for (let r = i; r < j; r++) line('+', b[r]);
      i = j;
    }
    k = last + 1;
  }
  return out.join('');
}
