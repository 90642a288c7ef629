/**
 * `lektor check --cache`: a file unchanged since an earlier run with the same settings is not
 * checked again; its result (findings, corrected text, scores) is read back from the cache and
 * its reports are written from it as from a fresh check. A batch job over a folder of articles
 * where a few changed since the last run then checks only those (as ESLint's and Prettier's
 * `--cache` do).
 *
 * An entry is one file per input, named by a hash of the input's real path: a line of JSON
 * with the key it was made under and the SHA-256 hash of the rest, then the document's result
 * as JSON. The key is a SHA-256 hash of everything a
 * result depends on:
 *
 * - the build: Lektor's version, Node's (and its ICU's and Unicode's), the bytes of its compiled code, word lists and quality
 *   weights (`dist/`, `src/` in a checkout, `wordlists/`, `quality/`), and the versions of its dependencies as
 *   installed (the dictionaries among them);
 * - the run's settings: the rules run and their severities, the locales, the suggestion
 *   budget, directives, a forced language, the source language, the model (its file's
 *   fingerprint, threshold and the bytes of its calibration file), and the bytes of the
 *   glossary files and of the configuration file;
 * - the input: its path as given, its bytes, its source text (`--source`) and where that was
 *   read from or looked for in vain (both are said in the result).
 *
 * So any change to any of them checks the file again. An entry that cannot be read (deleted,
 * truncated, damaged, another version's) is a miss, and a cache folder that cannot be written is told
 * once and the run goes on: the cache is an optimisation, never a failure. Entries are written
 * atomically. The folder may be deleted at any time.
 */
import { existsSync, readFileSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult, QualityResult } from '../core/types.js';
import { writeAtomic } from '../io/files.js';
import { resultKey } from '../model/cache.js';

/** What every file of a run needs to use the cache (plain data: it goes to the pool's threads). */
export interface CacheSettings {
  /** The folder of entries. */
  dir: string;
  /** The hash of the build and the run's settings (see `settingsKey`). */
  key: string;
  /** Why the folder cannot be made, when it cannot: no entry is written (the run says so once). */
  unwritable?: string;
}

/** Bumped when an entry's layout changes: older entries are then misses. */
const ENTRY_VERSION = 2;

/** The installed package's root (dist/cli/cache.js → the folder above dist). */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folders of the package whose bytes make a result: the compiled code (and its sources, where they are: a checkout), and its data. */
const BUILD_FOLDERS = ['dist', 'src', 'wordlists', 'quality'];

/** (The model's result keys are hashed the same way.) */
const hashOf = resultKey;

/**
 * Every file below `dir`, as paths relative to it, sorted. A link to a file counts as the file
 * it links to (the glossary's loader reads it: a glossary kept as links to a shared checkout's
 * files); a linked folder is not followed (nor by the loader: a link back up would loop).
 */
function filesBelow(dir: string, rel = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) files.push(...filesBelow(dir, name));
    else if (e.isFile() || (e.isSymbolicLink() && isFileBehind(path.join(dir, name)))) files.push(name);
  }
  return files;
}

/** Whether a link leads to a file (not a folder, nor nowhere). */
function isFileBehind(link: string): boolean {
  try {
    return statSync(link).isFile();
  } catch {
    return false;
  }
}

/**
 * The bytes of a file or of every file below a folder, with their names, as hash parts. (Read
 * synchronously, once a run before anything is checked: some 600 files, 12 MB, in about 45 ms,
 * where reading them one await at a time took four times as long.)
 */
function contentsOf(where: string): Array<string | Uint8Array> {
  let info: Stats;
  try {
    info = statSync(where);
  } catch {
    return [`missing:${where}`];
  }
  if (info.isFile()) return [path.basename(where), readFileSync(where)];
  return filesBelow(where).flatMap((name) => [name, readFileSync(path.join(where, name))]);
}

let buildKey: Promise<string> | undefined;

/** The hash of this build: its version, compiled code and data, and its dependencies' installed versions. */
export function buildFingerprint(root = PACKAGE_ROOT): Promise<string> {
  if (root !== PACKAGE_ROOT) return computeBuild(root);
  buildKey ??= computeBuild(root);
  return buildKey;
}

async function computeBuild(root: string): Promise<string> {
  const parts: Array<string | Uint8Array> = [];
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
  parts.push(`lektor@${manifest.version ?? '?'}`);
  // The runtime: a new Node brings another V8 and ICU, whose Unicode tables decide what a
  // regular expression's \p{L} or a case mapping is.
  parts.push(`node@${process.versions.node} icu@${process.versions.icu ?? '-'} unicode@${process.versions.unicode ?? '-'}`);
  for (const folder of BUILD_FOLDERS) {
    parts.push(`folder:${folder}`);
    parts.push(...contentsOf(path.join(root, folder)));
  }
  // Each dependency's installed version, found as Node finds it (node_modules here or in a
  // folder above): a new dictionary release changes what is a spelling error.
  for (const dep of Object.keys(manifest.dependencies ?? {}).sort()) parts.push(`${dep}@${installedVersion(root, dep) ?? 'missing'}`);
  return hashOf(parts);
}

/** A dependency's version as installed (read synchronously: a few dozen small files, once a run). */
function installedVersion(root: string, dep: string): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', dep, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** What a run's results depend on besides the build and the input (see the module's comment). */
export interface RunSettings {
  [name: string]: unknown;
  /** The glossary file or folder, whose bytes are hashed. */
  glossary?: string;
  /** The configuration file, whose bytes are hashed. */
  config?: string;
  /** The model's calibration file (`lektor-calibration.json` in its folder), whose bytes are hashed. */
  calibration?: string;
}

/** The key of a run: the build's fingerprint, the settings, and the glossary's and configuration's bytes. */
export async function settingsKey(settings: RunSettings): Promise<string> {
  const { glossary, config, calibration, ...rest } = settings;
  const parts: Array<string | Uint8Array> = [`entry:${ENTRY_VERSION}`, await buildFingerprint(), JSON.stringify(sorted(rest))];
  parts.push('glossary');
  if (glossary !== undefined) parts.push(...contentsOf(path.resolve(glossary)));
  parts.push('config');
  if (config !== undefined) parts.push(...contentsOf(path.resolve(config)));
  parts.push('calibration');
  if (calibration !== undefined) parts.push(...contentsOf(path.resolve(calibration)));
  return hashOf(parts);
}

/** A value with its objects' keys sorted, so that the same settings always hash the same. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === Infinity) return 'Infinity';
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sorted(v)]),
  );
}

/** The entry file of an input (by its real path: one entry a file, replaced when it changes). */
function entryFile(cache: CacheSettings, realPath: string): string {
  return path.join(cache.dir, `${hashOf([realPath]).slice(0, 40)}.json`);
}

/**
 * An input's source as its check is given it: the source text, and where it was read from or
 * looked for in vain (`--source DIR` without this file): both are said in the result, so a
 * result checked without a source is not the result of one whose source is missing.
 */
export interface InputSource {
  text?: string;
  /** A Word document: a hash of its bytes, whose text (the key's) is not all a result depends on (its runs, fields and tracked changes are). */
  bytes?: string;
  sourcePath?: string;
  sourceMissing?: string;
}

/** The key of one input: the run's key, the path as given, the text and its source (text and where). */
function inputKey(cache: CacheSettings, given: string, text: string, source: InputSource): string {
  const where = JSON.stringify([source.sourcePath ?? null, source.sourceMissing ?? null]);
  return hashOf([cache.key, given, text, source.text === undefined ? '\u0001none' : `source:${source.text}`, where, ...(source.bytes !== undefined ? [`bytes:${source.bytes}`] : [])]);
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isPoint(p: unknown): boolean {
  const point = p as { line?: unknown; column?: unknown; offset?: unknown } | null;
  return typeof point === 'object' && point !== null && Number.isInteger(point.line) && Number.isInteger(point.column) && Number.isInteger(point.offset);
}

/** Whether a quality estimate has the numbers the reports and the terminal read (its score, its share to edit, its MQM counts, its sentences). */
function isQuality(q: unknown): boolean {
  const quality = q as QualityResult | null;
  if (typeof quality !== 'object' || quality === null || typeof quality.score !== 'number' || typeof quality.predictedHter !== 'number' || !Array.isArray(quality.sentences)) return false;
  const mqm = quality.mqm as { score?: unknown; words?: unknown } | null;
  return typeof mqm === 'object' && mqm !== null && typeof mqm.score === 'number' && typeof mqm.words === 'number';
}

/**
 * Whether an entry's result has the shape the reports read, its findings' spans in the text
 * and each finding's `actual` the text there: an entry damaged or edited by hand is a miss,
 * checked again, not a report that cannot be written.
 */
function isResult(value: unknown, given: string, text: string): value is DocumentResult {
  const r = value as DocumentResult | null;
  if (typeof r !== 'object' || r === null || r.path !== given || typeof r.corrected !== 'string' || typeof r.language !== 'string' || !Array.isArray(r.findings) || !Array.isArray(r.checks)) return false;
  if (r.quality !== undefined && !isQuality(r.quality)) return false;
  return r.findings.every((f) => {
    if (typeof f !== 'object' || f === null) return false;
    if (typeof f.ruleId !== 'string' || typeof f.category !== 'string' || !SEVERITIES.has(f.severity) || typeof f.message !== 'string' || typeof f.fixed !== 'boolean') return false;
    if (!Array.isArray(f.expected) || !f.expected.every((e) => typeof e === 'string') || !isPoint(f.start) || !isPoint(f.end)) return false;
    return f.start.offset <= f.end.offset && f.end.offset <= text.length && text.slice(f.start.offset, f.end.offset) === f.actual;
  });
}

/**
 * The report files a result was written to, as they were left: where (the output folder and
 * the input's name below it) and each file's size and modification time (null: none was
 * written, as the patch of a document without a change). A cached result whose reports are
 * still so is not written again (rendering them is most of a cached run's time).
 */
export interface ReportStamps {
  at: string;
  files: Record<string, { size: number; mtimeMs: number } | null>;
}

export interface CachedResult {
  result: DocumentResult;
  reports?: ReportStamps;
}

/**
 * The cached result of an input, when its entry was made under the same key and its body is
 * whole; else undefined. (An entry is a line of JSON, its version, key and the hash of its
 * body, then the body, the JSON of the result: a byte damaged inside the result, a corrected
 * text still valid JSON, had been read back as the result and, with --write, written into the
 * input.)
 */
export async function readCached(cache: CacheSettings, realPath: string, given: string, text: string, source: InputSource): Promise<CachedResult | undefined> {
  let entry: { result?: unknown; reports?: ReportStamps };
  try {
    const bytes = await readFile(entryFile(cache, realPath), 'utf8');
    const end = bytes.indexOf('\n');
    if (end < 0) return undefined;
    const head = JSON.parse(bytes.slice(0, end)) as { version?: unknown; key?: unknown; sum?: unknown } | null;
    if (head?.version !== ENTRY_VERSION || head.key !== inputKey(cache, given, text, source)) return undefined;
    const body = bytes.slice(end + 1);
    if (head.sum !== hashOf([body])) return undefined;
    entry = JSON.parse(body) as typeof entry;
  } catch {
    return undefined;
  }
  if (typeof entry !== 'object' || entry === null) return undefined;
  if (!isResult(entry.result, given, text)) return undefined;
  const reports = entry.reports;
  return { result: entry.result, ...(typeof reports?.at === 'string' && typeof reports.files === 'object' && reports.files !== null ? { reports } : {}) };
}

/** Keeps an input's result (and how its reports were left) for the next run, atomically: a run stopped halfway leaves the old entry or none. */
export async function writeCached(cache: CacheSettings, realPath: string, given: string, text: string, source: InputSource, result: DocumentResult, reports?: ReportStamps): Promise<void> {
  const body = JSON.stringify({ path: realPath, result, ...(reports ? { reports } : {}) });
  const head = JSON.stringify({ version: ENTRY_VERSION, key: inputKey(cache, given, text, source), sum: hashOf([body]) });
  // (JSON.stringify writes no line break: the first one ends the head.)
  await writeAtomic(entryFile(cache, realPath), `${head}\n${body}`);
}

/** How the report files `files` (full paths by name) are now. */
export async function stampReports(at: string, files: Record<string, string>): Promise<ReportStamps> {
  const stamps: ReportStamps = { at, files: {} };
  for (const [name, file] of Object.entries(files)) {
    const info = await stat(file).catch(() => undefined);
    stamps.files[name] = info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
  }
  return stamps;
}

/** Whether the reports are still as `stamps` says they were left (same place, each file the same size and time, or still absent). */
export async function reportsUnchanged(stamps: ReportStamps | undefined, at: string, files: Record<string, string>): Promise<boolean> {
  if (stamps === undefined || stamps.at !== at) return false;
  const now = await stampReports(at, files);
  const names = Object.keys(files);
  if (names.length !== Object.keys(stamps.files).length) return false;
  return names.every((name) => {
    const was = stamps.files[name];
    const is = now.files[name];
    return was === null || is === null ? was === is : was !== undefined && was.size === is.size && was.mtimeMs === is.mtimeMs;
  });
}
