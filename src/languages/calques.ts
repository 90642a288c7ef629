/**
 * A language pair's calques, for the source-calque check: words a machine translation rendered
 * word for word, in a sense the source does not have ("interceptions" as "Interzeptionen"). One
 * YAML file per pair, `wordlists/calques-<source>-<target>.yaml` (`calques-en-de.yaml`), a list
 * of entries whose fields its header explains:
 *
 *     - what: American football's interception
 *       source: [interception, interceptions]
 *       forms: { Interzeption: Interception, Interzeptionen: Interceptions }
 *       fix: true
 *
 * A table is read the first time a document of its pair is checked (never at start-up), once
 * per process, and validated then: every problem of the file (a field missing or of the wrong
 * kind, an unknown key, a form in two entries, an expression that does not compile or could
 * backtrack catastrophically) is found and thrown as one `CalqueTableError`, each naming the
 * file and the line. A pair without a file has no table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { WORDLIST_DIR } from '../spell/wordlist.js';
import { backtrackingRisk } from '../core/regexp.js';
import { didYouMean } from '../core/did-you-mean.js';
import { fieldLines } from '../core/yaml-places.js';

export interface Calque {
  /** What the term is, for the message ("cricket's wicket"). */
  what: string;
  /** Source words, in lower case, one of which the source paragraph must have (in any case). */
  source: readonly string[];
  /** The translation's word for word rendering → what the target language writes instead. */
  forms: ReadonlyMap<string, string>;
  /** Whether the replacement is applied (as editors write it). */
  fix: boolean;
  /** Further suggestions, after the form's own. */
  also?: readonly string[];
  /** A source paragraph (in lower case) this matches has the word in its other sense: no finding. */
  unless?: RegExp;
  /** The source paragraph (in lower case) must match this too: the term's sense, where the word has others ("at the crease"). */
  when?: RegExp;
  /**
   * Words that, right before the form, are part of the calque → what they become ("vorbeifahrende
   * Werften" for "passing yards" → "Passing Yards"). With it, the form alone is no finding.
   */
  before?: ReadonlyMap<string, string>;
  /**
   * The nouns' genders (`m`, `f`, `n`) or `pl` for a plural, of forms and replacements: where a
   * fix changes a noun's gender, the article before it is fixed with it, or the fix becomes a
   * suggestion (see src/rules/source-calque.ts).
   */
  genders?: ReadonlyMap<string, NounGender>;
}

/** A noun's gender, or `pl` for a plural form. */
export type NounGender = 'm' | 'f' | 'n' | 'pl';
const NOUN_GENDERS: ReadonlySet<string> = new Set(['m', 'f', 'n', 'pl']);

export interface CalqueTable {
  /** The file it was read from. */
  file: string;
  entries: readonly Calque[];
  /** Every form → its entry (a form belongs to one entry). */
  byForm: ReadonlyMap<string, Calque>;
}

/** The problems a `CalqueTableError`'s message lists (`problems` holds them all). */
const PROBLEMS_SHOWN = 20;

/** A table that failed validation: every problem, `file:line: problem` each, the first one's place on the error. */
export class CalqueTableError extends Error {
  readonly file: string;
  readonly line: number;
  readonly problems: readonly string[];
  constructor(file: string, problems: ReadonlyArray<{ line: number; problem: string }>) {
    const lines = problems.map((p) => `${file}:${p.line}: ${p.problem}`);
    const more = lines.length - PROBLEMS_SHOWN;
    super([...lines.slice(0, PROBLEMS_SHOWN), ...(more > 0 ? [`(and ${more} more problem${more === 1 ? '' : 's'} in ${file})`] : [])].join('\n'));
    this.name = 'CalqueTableError';
    this.file = file;
    this.line = problems[0].line;
    this.problems = lines;
  }
}

/** An entry's keys, in the order its header explains them. */
const KEYS = ['what', 'source', 'forms', 'fix', 'also', 'unless', 'when', 'before', 'genders'] as const;
const KEY_SET: ReadonlySet<string> = new Set(KEYS);
/** A word as `wordsOf` (src/core/source.ts) reads the source: a source word must be one to be found. */
const SOURCE_WORD = /^[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*$/u;
/** A word of the translation as written: no white space. */
const WORD = /^\S+$/u;
/** Escapes and group names, whose letters are no letters of the text (`\B`, `\P{Lu}`, `(?<Name>`). */
const NOT_TEXT = /\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[\s\S])|\(\?<(?![=!])[^>]*>/gu;
const FILE_NAME = /^calques-([a-z]{2,3})-([a-z]{2,3})\.yaml$/;
const CODE = /^[a-z]{2,3}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Where in an entry a problem is: a key, then a key or index inside its value. */
type At = ReadonlyArray<string | number>;

/**
 * The line of a field of entry `index` (`at`: its key, then a key or an index inside it): of the
 * deepest part found (`fieldLines`, which reads the `yaml` package's nodes only when a file has
 * an error), else of the entry, else the file's first.
 */
function lineFinder(text: string): (index: number, at: At) => number {
  const place = fieldLines(text, true);
  return (index, at) => place(index, at)?.line ?? place(index, [])?.line ?? 1;
}

/** A regular expression of an entry's field, or a problem. */
function expression(pattern: unknown): RegExp | string {
  if (typeof pattern !== 'string' || pattern === '') return 'must be a regular expression, in single quotes';
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch (e) {
    return `is no regular expression: ${(e as Error).message}`;
  }
  const risk = backtrackingRisk(pattern);
  if (risk !== undefined) return `could take exponential time: ${risk}`;
  const capital = /\p{Lu}/u.exec(pattern.replace(NOT_TEXT, ''));
  if (capital) return `has a capital letter ("${capital[0]}"): it is matched against the source paragraph in lower case`;
  return re;
}

/**
 * A mapping of words to non-empty strings as a Map, or a problem: `what` says what it must be, and
 * a key that is no word (`WORD`) is named.
 */
function wordMap(value: unknown, what: string): Map<string, string> | string {
  if (!isRecord(value) || Object.keys(value).length === 0) return what;
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(value)) {
    if (!WORD.test(k)) return `${what} ("${k}" is not one word)`;
    if (!isText(v)) return `${what} ("${k}" has none)`;
    map.set(k, v);
  }
  return map;
}

/**
 * Parse and validate one table's text; `file` names it in errors. Throws a `CalqueTableError`
 * holding every problem of the file.
 */
export function parseCalques(text: string, file: string): CalqueTable {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string; message: string };
    throw new CalqueTableError(file, [{ line: (e.mark?.line ?? 0) + 1, problem: `invalid YAML: ${e.reason ?? e.message.split('\n')[0]}` }]);
  }
  if (!Array.isArray(data)) throw new CalqueTableError(file, [{ line: 1, problem: 'the file must be a list of entries' }]);
  const lineOf = lineFinder(text);
  const problems: Array<{ line: number; problem: string }> = [];
  const fail = (index: number, at: At, problem: string) => problems.push({ line: lineOf(index, at), problem });
  const entries: Calque[] = [];
  const byForm = new Map<string, Calque>();
  /** The entry each form was first given in, by its index. */
  const formEntry = new Map<string, number>();
  data.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return fail(index, [], 'an entry must be a mapping (what, source, forms, …)');
    const before = problems.length;
    for (const key of Object.keys(raw)) {
      if (!KEY_SET.has(key)) fail(index, [key], `unknown key "${key}"${didYouMean(key, KEYS)}; an entry has ${KEYS.join(', ')}`);
    }
    for (const key of ['what', 'source', 'forms'] as const) if (raw[key] === undefined || raw[key] === null) fail(index, [], `"${key}" is missing`);
    if (raw.what != null && !isText(raw.what)) fail(index, ['what'], '"what" must say what the term is');
    const SOURCE = '"source" must be a list of words in lower case';
    if (raw.source != null) {
      if (!Array.isArray(raw.source) || raw.source.length === 0 || !raw.source.every(isText)) fail(index, ['source'], SOURCE);
      else {
        const word = (raw.source as string[]).find((s) => !SOURCE_WORD.test(s));
        const upper = (raw.source as string[]).find((s) => s !== s.toLowerCase());
        if (word !== undefined) fail(index, ['source'], `${SOURCE} ("${word}" is not one word)`);
        else if (upper !== undefined) fail(index, ['source'], `${SOURCE} ("${upper}": write "${upper.toLowerCase()}")`);
      }
    }
    let forms: Map<string, string> | undefined;
    if (raw.forms != null) {
      const m = wordMap(raw.forms, '"forms" must map each form (a word) to its replacement');
      if (typeof m === 'string') fail(index, ['forms'], m);
      else {
        forms = m;
        for (const form of m.keys()) {
          const first = formEntry.get(form);
          if (first === undefined) formEntry.set(form, index);
          else fail(index, ['forms', form], `the form "${form}" is in the entry of line ${lineOf(first, [])} too (a form belongs to one entry)`);
        }
      }
    }
    if (raw.fix !== undefined && typeof raw.fix !== 'boolean') fail(index, ['fix'], '"fix" must be true or false');
    if (raw.also !== undefined && (!Array.isArray(raw.also) || !raw.also.every(isText))) fail(index, ['also'], '"also" must be a list of suggestions');
    const patterns: { unless?: RegExp; when?: RegExp } = {};
    for (const key of ['unless', 'when'] as const) {
      if (raw[key] === undefined) continue;
      const re = expression(raw[key]);
      if (typeof re === 'string') fail(index, [key], `"${key}" ${re}`);
      else patterns[key] = re;
    }
    let words: Map<string, string> | undefined;
    if (raw.before !== undefined) {
      const m = wordMap(raw.before, '"before" must map each word before the form to what it becomes');
      if (typeof m === 'string') fail(index, ['before'], m);
      else words = m;
    }
    let genders: Map<string, NounGender> | undefined;
    if (raw.genders !== undefined) {
      const m = wordMap(raw.genders, '"genders" must map each noun (a form or a replacement) to m, f, n or pl');
      if (typeof m === 'string') fail(index, ['genders'], m);
      else {
        const words = new Set([...(forms?.keys() ?? []), ...(forms?.values() ?? [])]);
        for (const [word, gender] of m) {
          if (!NOUN_GENDERS.has(gender)) fail(index, ['genders', word], `"genders": "${word}" is ${JSON.stringify(gender)}; write m, f, n or pl`);
          else if (forms && !words.has(word)) fail(index, ['genders', word], `"genders": "${word}" is no form or replacement of this entry`);
        }
        genders = m as Map<string, NounGender>;
      }
    }
    if (problems.length > before || !forms) return;
    const calque: Calque = {
      what: raw.what as string,
      source: raw.source as string[],
      forms,
      fix: raw.fix === true,
      ...(raw.also !== undefined ? { also: raw.also as string[] } : {}),
      ...patterns,
      ...(words ? { before: words } : {}),
      ...(genders ? { genders } : {}),
    };
    entries.push(calque);
    for (const form of forms.keys()) byForm.set(form, calque);
  });
  if (problems.length > 0) {
    // (In the file's order: an entry's problems were found field by field.)
    problems.sort((a, b) => a.line - b.line);
    throw new CalqueTableError(file, problems);
  }
  return { file, entries, byForm };
}

/** The tables read, by folder and pair ("<dir>\0en-de"); null for a pair without one, the error for a broken one. */
const tables = new Map<string, CalqueTable | CalqueTableError | null>();

/**
 * The table of calques from language `from` into `to` (codes: "en", "de"), read from `dir`
 * (default: the package's `wordlists/`) the first time it is asked for; undefined where the pair
 * has no file. A broken file throws its `CalqueTableError`, each time it is asked for.
 */
export function calqueTable(from: string, to: string, dir: string = WORDLIST_DIR): CalqueTable | undefined {
  // (Asked for every paragraph: a look-up by a key, the file's path made once.)
  const key = `${dir}\0${from}-${to}`;
  let table = tables.get(key);
  if (table === undefined) {
    if (!CODE.test(from) || !CODE.test(to)) return undefined;
    const file = path.join(dir, `calques-${from}-${to}.yaml`);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      table = text === undefined ? null : parseCalques(text, file);
    } catch (e) {
      if (!(e instanceof CalqueTableError)) throw e;
      table = e;
    }
    tables.set(key, table);
  }
  if (table instanceof CalqueTableError) throw table;
  return table ?? undefined;
}

/** The target languages of the tables in `dir` (a listing of the folder; no file is read), sorted. */
export function calqueTargets(dir: string = WORDLIST_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return [...new Set(names.flatMap((f) => FILE_NAME.exec(f)?.[2] ?? []))].sort();
}
