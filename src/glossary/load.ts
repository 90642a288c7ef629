/**
 * Loading glossary files. A file is YAML:
 *
 *     languages: [de]            # default for the entries below
 *     entries:
 *       - term: TikTok
 *         type: brand
 *         wrong: [Tick Tack]
 *         examples:
 *           flag: [{ text: "Huawei oder Tick Tack", fixed: "Huawei oder TikTok" }]
 *           pass: ["Tick"]
 *
 * Every field is validated here, and a malformed entry is an error naming the file,
 * the line and the entry. Conflicts between entries and the entries' own examples are
 * checked when the glossary is compiled (`compileGlossary`).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { GlossaryError, TERM_TYPES, type GlossaryEntry, type GlossaryExample, type TermType } from './types.js';

const ENTRY_KEYS = new Set([
  'term', 'languages', 'lang', 'type', 'wrong', 'caseSensitive', 'firstMention',
  'doNotTranslate', 'note', 'source', 'examples', 'concept',
]);

function lineOf(node: YamlNode | null | undefined, counter: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

function stringList(value: unknown, what: string, fail: (m: string) => never): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (typeof v !== 'string' || v.trim() === '') fail(`${what} must be a non-empty string or a list of them`);
  }
  return (list as string[]).map((v) => v.trim());
}

/** Parse one glossary file's text. `file` is used in error messages. */
export function parseGlossary(text: string, file: string): GlossaryEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new GlossaryError(file, counter.linePos(e.pos[0]).line, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  let defaults: string[] = [];
  let seq: YamlNode | null | undefined = root as YamlNode | null;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (key !== 'languages' && key !== 'entries') {
        throw new GlossaryError(file, lineOf(pair.key as YamlNode, counter), `unknown top-level key "${key}" (expected "languages" and "entries")`);
      }
    }
    const langNode = root.get('languages', true) as YamlNode | undefined;
    defaults = stringList(langNode ? (langNode as { toJSON(): unknown }).toJSON() : undefined, 'languages', (m) => {
      throw new GlossaryError(file, lineOf(langNode, counter), m);
    });
    seq = root.get('entries', true) as YamlNode | undefined;
  }
  if (seq === null || seq === undefined) return [];
  if (!isSeq(seq)) throw new GlossaryError(file, lineOf(seq, counter), '"entries" must be a list of entries');

  const entries: GlossaryEntry[] = [];
  for (const item of seq.items) {
    const line = lineOf(item as YamlNode, counter);
    const raw = (item as { toJSON?(): unknown })?.toJSON?.() ?? item;
    const label = isRecord(raw) && typeof raw.term === 'string' ? `entry "${raw.term}"` : 'entry';
    const fail = (m: string): never => {
      throw new GlossaryError(file, line, `${label}: ${m}`);
    };
    if (!isRecord(raw)) fail('must be a mapping with at least "term"');
    const r = raw as Record<string, unknown>;
    for (const key of Object.keys(r)) if (!ENTRY_KEYS.has(key)) fail(`unknown field "${key}"`);
    if (typeof r.term !== 'string' || r.term.trim() === '') fail('"term" must be a non-empty string');
    const languages = [...stringList(r.languages, 'languages', fail), ...stringList(r.lang, 'lang', fail)];
    const type = (r.type ?? 'term') as TermType;
    if (!TERM_TYPES.includes(type)) fail(`"type" must be one of ${TERM_TYPES.join(', ')}`);
    for (const key of ['caseSensitive', 'doNotTranslate'] as const) {
      if (r[key] !== undefined && typeof r[key] !== 'boolean') fail(`"${key}" must be true or false`);
    }
    for (const key of ['firstMention', 'note', 'source', 'concept'] as const) {
      if (r[key] !== undefined && typeof r[key] !== 'string') fail(`"${key}" must be a string`);
    }
    entries.push({
      term: (r.term as string).trim(),
      languages: languages.length > 0 ? languages : defaults,
      type,
      wrong: stringList(r.wrong, 'wrong', fail),
      caseSensitive: (r.caseSensitive as boolean | undefined) ?? true,
      firstMention: r.firstMention as string | undefined,
      doNotTranslate: (r.doNotTranslate as boolean | undefined) ?? false,
      note: r.note as string | undefined,
      source: r.source as string | undefined,
      examples: parseExamples(r.examples, fail),
      ...(r.concept !== undefined ? { concept: r.concept as string } : {}),
      origin: { file, line },
    });
    if (entries.at(-1)!.languages.length === 0) fail('no language: give "languages" on the entry or at the top of the file');
  }
  return entries;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseExamples(value: unknown, fail: (m: string) => never): GlossaryEntry['examples'] {
  if (value === undefined) return { flag: [], pass: [] };
  if (!isRecord(value)) fail('"examples" must be a mapping with "flag" and/or "pass"');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (key !== 'flag' && key !== 'pass') fail(`unknown field "examples.${key}"`);
  const flag: GlossaryExample[] = [];
  for (const ex of (v.flag as unknown[] | undefined) ?? []) {
    if (typeof ex === 'string') flag.push({ text: ex });
    else if (isRecord(ex) && typeof ex.text === 'string' && (ex.fixed === undefined || typeof ex.fixed === 'string')) {
      flag.push({ text: ex.text, fixed: ex.fixed as string | undefined });
    } else fail('each "examples.flag" item must be a string or { text, fixed }');
  }
  return { flag, pass: stringList(v.pass, 'examples.pass', fail) };
}

/** Load every `*.yaml` / `*.yml` file of a folder (sorted by name), or one file. */
export async function loadGlossaryPath(target: string): Promise<GlossaryEntry[]> {
  let files: string[];
  try {
    const names = await readdir(target);
    files = names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => path.join(target, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    files = [target];
  }
  const all: GlossaryEntry[] = [];
  for (const file of files) all.push(...parseGlossary(await readFile(file, 'utf8'), file));
  return all;
}
