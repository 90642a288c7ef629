/**
 * A zip archive as Office Open XML packages are (a Word document, `.docx`): read its entries,
 * and write it again with one entry's content replaced and every other entry copied byte for
 * byte (its local header, its compressed data and its data descriptor as they were; only the
 * offsets of the central directory follow). Stored and deflated entries; not ZIP64, archives
 * split over disks, nor encrypted entries (Word writes none of these), each refused with the
 * problem said. Node's own zlib: no package.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** An archive that cannot be read: what is wrong with it. */
export class ZipError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header begins. */
  localOffset: number;
  /** Its record in the central directory: `[centralStart, centralEnd)` of the archive. */
  centralStart: number;
  centralEnd: number;
}

export interface ZipArchive {
  bytes: Buffer;
  entries: ZipEntry[];
  /** Where the central directory begins, and where its end record does. */
  centralOffset: number;
  endOffset: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The archive's entries, from its central directory; a ZipError where it is no zip archive Lektor reads. */
export function readZip(bytes: Buffer): ZipArchive {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL) throw new ZipError('not a zip archive (a .docx file is one): it does not begin as one');
  // The end record: the last one whose comment ends the file, within the 64 KB a comment may
  // take (a comment may hold the signature itself); else the last signature there.
  let end = -1;
  let found = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) !== END) continue;
    if (found < 0) found = i;
    if (i + 22 + bytes.readUInt16LE(i + 20) === bytes.length) {
      end = i;
      break;
    }
  }
  if (end < 0) end = found;
  if (end < 0) throw new ZipError('a damaged zip archive: its end record (the central directory) is missing; the file is cut short or not a zip archive');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0) throw new ZipError('a zip archive split over several disks, which Lektor does not read');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipError('a ZIP64 archive, which Lektor does not read');
  if (offset + size > end) throw new ZipError('a damaged zip archive: its central directory lies outside the file');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError(`a damaged zip archive: entry ${k + 1} of its central directory is not where it should be`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const recordEnd = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (recordEnd > offset + size) throw new ZipError(`a damaged zip archive: entry ${k + 1} of its central directory runs past it`);
    const entry: ZipEntry = {
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      centralStart: at,
      centralEnd: recordEnd,
    };
    if (entry.localOffset + 30 > offset || bytes.readUInt32LE(entry.localOffset) !== LOCAL) throw new ZipError(`a damaged zip archive: the entry ${entry.name} is not where its directory says`);
    // (Two of one name: readers differ on which is the file.)
    if (names.has(entry.name)) throw new ZipError(`a damaged zip archive: two entries named ${entry.name}`);
    names.add(entry.name);
    entries.push(entry);
    at = recordEnd;
  }
  // (Records left over: an entry the count leaves out would be lost when the archive is written.)
  if (at !== offset + size) throw new ZipError(`a damaged zip archive: its central directory holds more than the ${count} entries it counts`);
  return { bytes, entries, centralOffset: offset, endOffset: end };
}

/** Where an entry's compressed data begins (after its local header). */
function dataStart(bytes: Buffer, entry: ZipEntry): number {
  return entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
}

/** The most an entry may inflate to (a zip bomb's few kilobytes inflate to gigabytes). */
export const MAX_ENTRY_BYTES = 128 * 1024 * 1024;

/**
 * An entry's content, inflated and its checksum checked; a ZipError where it cannot be. Never more
 * than `limit` bytes, nor more than its directory says (a size that lies is a damaged entry).
 */
export function entryData(zip: ZipArchive, entry: ZipEntry, limit = MAX_ENTRY_BYTES): Buffer {
  if (entry.flags & 1) throw new ZipError(`its entry ${entry.name} is encrypted`);
  if (entry.size > limit) throw new ZipError(`its entry ${entry.name} is too large (${entry.size} bytes inflated; the limit is ${limit})`);
  const start = dataStart(zip.bytes, entry);
  const raw = zip.bytes.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw new ZipError(`its entry ${entry.name} cannot be inflated (${(error as Error).message}): the archive is damaged`);
    }
  } else throw new ZipError(`its entry ${entry.name} is compressed by a method Lektor does not read (${entry.method})`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError(`its entry ${entry.name} is damaged (its checksum or size does not match)`);
  return data;
}

/**
 * The archive with the content of entry `name` replaced by `data` (deflated, its local header
 * written again without a data descriptor), every other entry's bytes copied as they are, and
 * the central directory's records as they were but for the offsets (and, for that entry, its
 * method, sizes and checksum).
 */
export function replaceEntry(zip: ZipArchive, name: string, data: Buffer): Buffer {
  return replaceEntries(zip, new Map([[name, data]]));
}

/** The archive with the content of each entry named in `data` replaced (see `replaceEntry`), every other entry's bytes copied as they are. */
export function replaceEntries(zip: ZipArchive, data: ReadonlyMap<string, Buffer>): Buffer {
  const { bytes } = zip;
  const written = new Map<ZipEntry, { data: Buffer; compressed: Buffer; crc: number }>();
  // (By name through a map: a find per replaced entry had been quadratic in a package of thousands.)
  const byName = new Map<string, ZipEntry>();
  for (const e of zip.entries) if (!byName.has(e.name)) byName.set(e.name, e);
  for (const [name, content] of data) {
    const target = byName.get(name);
    if (!target) throw new ZipError(`no entry ${name}`);
    written.set(target, { data: content, compressed: deflateRawSync(content), crc: crc32(content) });
  }
  const byOffset = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  const parts: Buffer[] = [];
  const moved = new Map<ZipEntry, number>();
  let length = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  // (What precedes the first entry, if anything, stays.)
  if (byOffset.length > 0 && byOffset[0].localOffset > 0) push(bytes.subarray(0, byOffset[0].localOffset));
  byOffset.forEach((entry, k) => {
    moved.set(entry, length);
    const next = k + 1 < byOffset.length ? byOffset[k + 1].localOffset : zip.centralOffset;
    const replaced = written.get(entry);
    if (!replaced) {
      push(bytes.subarray(entry.localOffset, next));
      return;
    }
    const { data, compressed, crc } = replaced;
    const headerEnd = dataStart(bytes, entry);
    const header = Buffer.from(bytes.subarray(entry.localOffset, headerEnd));
    header.writeUInt16LE(bytes.readUInt16LE(entry.localOffset + 6) & ~0x8, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    push(header);
    push(compressed);
  });
  const centralOffset = length;
  for (const entry of zip.entries) {
    const record = Buffer.from(bytes.subarray(entry.centralStart, entry.centralEnd));
    record.writeUInt32LE(moved.get(entry)!, 42);
    const replaced = written.get(entry);
    if (replaced) {
      const { data, compressed, crc } = replaced;
      record.writeUInt16LE(entry.flags & ~0x8, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt32LE(crc, 16);
      record.writeUInt32LE(compressed.length, 20);
      record.writeUInt32LE(data.length, 24);
    }
    push(record);
  }
  const endRecord = Buffer.from(bytes.subarray(zip.endOffset));
  endRecord.writeUInt32LE(length - centralOffset, 12);
  endRecord.writeUInt32LE(centralOffset, 16);
  push(endRecord);
  return Buffer.concat(parts, length);
}

/** A zip archive of the given entries, deflated (for tests and fixtures: the order given, no extra fields). */
export function writeZip(files: ReadonlyArray<readonly [name: string, content: string | Buffer]>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc32(data), 16);
    record.writeUInt32LE(compressed.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, compressed);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
