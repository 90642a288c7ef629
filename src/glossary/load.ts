/**
 * Loading glossary files. A file is YAML:
 *
 *     languages: [de]            # default for the entries below
 *     entries:
 *       - term: TikTok
 *         type: brand
 *         wrong: [Tick Tack]       # replaced automatically
 *         review: [Tic Tac]        # flagged, with TikTok as the suggestion; an editor decides
 *         examples:
 *           flag: [{ text: "Huawei oder Tick Tack", fixed: "Huawei oder TikTok" }]
 *           pass: ["Tick"]
 *
 * Every field is validated here, and a malformed entry is an error naming the file,
 * the line and the entry. Conflicts between entries and the entries' own examples are
 * checked when the glossary is compiled (`compileGlossary`).
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { GlossaryError, REVIEW_NEAR_WORD, TERM_TYPES, type GlossaryEntry, type GlossaryExample, type TermType } from './types.js';
import { decodeUtf8 } from '../io/files.js';
import { foldApostrophes, segment } from '../core/segment.js';
import { sliceBlock } from '../core/document.js';
import { languageCode, profileFor, PROFILES } from '../languages/index.js';
import { escapeRegExp } from '../core/regexp.js';
import { WORDLIST_DIR } from '../spell/wordlist.js';
import { fieldLines, type Place } from '../core/yaml-places.js';

/** An entry's fields written into the corrected text, which must hold no hidden character; its fields of true or false; its fields of text. */
const SHOWN_KEYS = ['term', 'firstMention'] as const;
const BOOLEAN_KEYS = ['caseSensitive', 'doNotTranslate'] as const;
const STRING_KEYS = ['firstMention', 'note', 'source', 'concept'] as const;

const ENTRY_KEYS = new Set([
  'term', 'languages', 'lang', 'type', 'wrong', 'review', 'reviewNear', 'caseSensitive', 'firstMention',
  'doNotTranslate', 'note', 'source', 'examples', 'concept', 'gender', 'plural',
]);

function stringList(value: unknown, what: string, fail: (m: string) => never): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (typeof v !== 'string' || v.trim() === '') fail(`${what} must be a non-empty string or a list of them`);
  }
  return (list as string[]).map((v) => v.trim());
}

/**
 * Language codes as Lektor names them: ISO 639-1/-3 codes, or a tag of a supported language
 * ("de-DE" → "de"). Anything else ("German", "de, en" as one string) could never apply.
 */
function languageList(value: unknown, what: string, fail: (m: string) => never): string[] {
  return stringList(value, what, fail).map((code) => {
    const profile = profileFor(code);
    if (profile) return profile.code;
    // ("ita" and "it" are one language: the code documents are named by, see `languageCode`.)
    if (/^[a-z]{2,3}$/.test(code)) return languageCode(code);
    return fail(`${what}: "${code}" is not a language code (write codes such as de, en, fr, each its own list item)`);
  });
}

/**
 * js-yaml's default schema, with its test for a timestamp ("2024-05-01") made cheap for the
 * scalars that cannot be one (nearly all: they do not begin with four digits and a hyphen), which
 * it otherwise asks two regular expressions of every plain scalar. The same types, in the same
 * order, read alike.
 */
// (`types` is js-yaml's export of its built-in types, which @types/js-yaml does not declare.)
const TIMESTAMP = (yaml as unknown as { types: { timestamp: { tag: string; resolve(data: string): boolean; construct(data: string): unknown; instanceOf: object } } }).types.timestamp;
const GLOSSARY_SCHEMA = yaml.DEFAULT_SCHEMA.extend({
  // (A type of the same tag and kind takes the place of the default one in the list.)
  implicit: [
    new yaml.Type(TIMESTAMP.tag, {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && data.length >= 10 && data.charCodeAt(4) === 45 && /^[0-9]{4}/.test(data) && TIMESTAMP.resolve(data),
      construct: TIMESTAMP.construct,
      instanceOf: TIMESTAMP.instanceOf,
    }),
  ],
});

/**
 * Parse YAML with js-yaml (fast: 10,000 entries in ~0.3 s, where a full document model takes
 * ~2 s; editing, which must keep comments, uses the `yaml` package), recording the line on which
 * each entry starts through its event listener.
 */
function parseYaml(text: string, file: string): { data: unknown; itemLines: WeakMap<object, number[]> } {
  // Per list, the lines its items start on (an empty item, a bare "-", has no line here: js-yaml
  // reports no node for it). Only for the document's list and its mapping's values, which hold
  // the entries (not for the lists of every entry: 30,000 WeakMap entries for 10,000 entries).
  const itemLines = new WeakMap<object, number[]>();
  // The nodes open, innermost last: the line each starts on, and the lines of its children
  // (an array made at the first child: most nodes are scalars, which have none).
  const openLines: number[] = [];
  const openChildren: Array<number[] | undefined> = [];
  try {
    const data = yaml.load(text, {
      filename: file,
      schema: GLOSSARY_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          openLines.push(state.line + 1);
          openChildren.push(undefined);
        } else {
          const line = openLines.pop()!;
          const children = openChildren.pop();
          const depth = openLines.length;
          if (depth > 0) {
            const siblings = openChildren[depth - 1];
            if (siblings) siblings.push(line);
            else openChildren[depth - 1] = [line];
          }
          if (depth <= 1 && Array.isArray(state.result)) itemLines.set(state.result as object, children ?? []);
        }
      },
    });
    return { data, itemLines };
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string; message: string };
    throw new GlossaryError(file, (e.mark?.line ?? 0) + 1, `invalid YAML: ${e.reason ?? e.message.split('\n')[0]}`);
  }
}

/**
 * The line each entry starts on. js-yaml reports every item but an empty one (a bare "-"),
 * so an entry whose value is null is either a reported one ("- ~") or a bare "-": which, the
 * text says, reading the item lines ("-" at the list's indentation) in order.
 */
function entryLines(list: readonly unknown[], reported: readonly number[], text: string, topLevel: boolean): number[] {
  if (reported.length === list.length) return [...reported];
  const textLines = text.split('\n');
  // The list's items start with "-" at one indentation: the first reported item's, else the
  // first "-" line after the list began.
  const begin = topLevel ? 0 : keyLine(text, 'entries');
  const dash = /^(\s*)-(?:\s|$)/;
  const indentOf = (line: number) => dash.exec(textLines[line - 1] ?? '')?.[1].length;
  let indent = reported.length > 0 ? indentOf(reported[0]) : undefined;
  if (indent === undefined) for (let k = begin; k < textLines.length && indent === undefined; k++) indent = dash.exec(textLines[k])?.[1].length;
  const bare = /^\s*-\s*(?:#.*)?\r?$/;
  const out: number[] = [];
  let next = 0;
  let k = begin; // 0-based: where the next item's line is looked for
  for (const raw of list) {
    let line: number | undefined;
    if (raw === null) {
      // The next item line: a bare "-" is this empty entry; any other is a reported null ("- ~").
      while (k < textLines.length && dash.exec(textLines[k])?.[1].length !== indent) k++;
      if (k < textLines.length && bare.test(textLines[k]) && !reported.includes(k + 1)) line = k + 1;
    }
    line ??= reported[next++] ?? (out.at(-1) ?? begin + 1);
    out.push(line);
    k = line; // the line after this item's
  }
  return out;
}

function keyLine(text: string, key: string): number {
  const m = new RegExp(`^${escapeRegExp(key)}\\s*:`, 'm').exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}

/** A validation failure: the message, and where in the entry (a field, an item of a list) it is, for its line. */
type Fail = (m: string, at?: ReadonlyArray<string | number>) => never;

export type { Place } from '../core/yaml-places.js';

/** The text of each YAML glossary file parsed last (by its name), for the places of errors found when it is compiled. */
const PARSED = new Map<string, (index: number | { line: number }, at: ReadonlyArray<string | number>) => Place | undefined>();

/**
 * Where a value of an entry is written in its YAML file: the term (`['term']`), a variant (`'wrong'`
 * or `'review'` and the variant as the entry holds it), an example's text; undefined where the
 * file is not one `parseGlossary` read (an entry of a CSV or TBX import) or the value is not found.
 */
export function entryPlace(entry: GlossaryEntry, key: 'term' | 'wrong' | 'review' | 'flag' | 'pass', value?: string): Place | undefined {
  const locate = PARSED.get(entry.origin.file);
  if (!locate || entry.origin.line <= 0) return undefined;
  if (key === 'term') return locate({ line: entry.origin.line }, ['term']);
  const list: readonly unknown[] = key === 'flag' || key === 'pass' ? entry.examples[key].map((e) => (typeof e === 'string' ? e : e.text)) : (entry[key] ?? []);
  const k = value === undefined ? -1 : list.indexOf(value);
  const path = key === 'flag' || key === 'pass' ? ['examples', key] : [key];
  // (A list's items are the entry's, in order, where every item was valid: a broken one refuses the entry.)
  return locate({ line: entry.origin.line }, k < 0 ? path : [...path, k]) ?? undefined;
}

/**
 * Parse one glossary file's text. `file` is used in error messages. Every problem of the file
 * is found, each at the line of its field (or of its entry), and thrown as one GlossaryError.
 */
export function parseGlossary(text: string, file: string): GlossaryEntry[] {
  const { data, itemLines } = parseYaml(text, file);
  const problems: GlossaryError[] = [];
  let defaults: string[] = [];
  // (Top-level languages that are refused: an entry without its own is not said again.)
  let defaultsRefused = false;
  let list: unknown = data;
  if (isRecord(data)) {
    for (const key of Object.keys(data)) {
      if (key !== 'languages' && key !== 'entries') {
        problems.push(new GlossaryError(file, keyLine(text, key), `unknown top-level key "${key}" (expected "languages" and "entries")`));
      }
    }
    try {
      defaults = languageList(data.languages, 'languages', (m) => {
        throw new GlossaryError(file, keyLine(text, 'languages'), m);
      });
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(error);
      defaultsRefused = true;
    }
    list = data.entries;
  }
  if (list === null || list === undefined || !Array.isArray(list)) {
    if (list !== null && list !== undefined) problems.push(new GlossaryError(file, keyLine(text, 'entries'), '"entries" must be a list of entries'));
    if (problems.length > 0) throw GlossaryError.of(problems);
    return [];
  }
  const lines = entryLines(list as unknown[], itemLines.get(list as object) ?? [], text, Array.isArray(data));
  const fieldLine = fieldLines(text, Array.isArray(data));
  PARSED.set(file, fieldLine);

  const entries: GlossaryEntry[] = [];
  // (The entry being read, for `fail`: one set of helpers for the file, not closures made anew
  // for every entry, most of which have no problem.)
  let index = 0;
  let line = 0;
  let raw: unknown;
  const fail: Fail = (m, at = []) => {
    const label = isRecord(raw) && typeof raw.term === 'string' ? `entry "${shown(raw.term)}"` : 'entry';
    throw GlossaryError.at(file, at.length === 0 ? undefined : fieldLine(index, at), line, `${label}: ${m}`);
  };
  // Each check on its own: a problem is kept and the entry's other fields are checked too.
  const attempt = <T>(check: () => T, otherwise: T): T => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(error);
      return otherwise;
    }
  };
  // A list field read with `stringList` (or `languageList`): its problem kept, an empty list instead.
  const failAt = new Map<string, (m: string) => never>();
  const failOf = (key: string) => {
    let f = failAt.get(key);
    if (!f) failAt.set(key, (f = (m: string) => fail(m, [key])));
    return f;
  };
  const listOf = (read: typeof stringList, value: unknown, key: string): string[] => {
    if (value === undefined || value === null) return [];
    try {
      return read(value, key, failOf(key));
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(error);
      return [];
    }
  };
  for (index = 0; index < (list as unknown[]).length; index++) {
    raw = (list as unknown[])[index];
    line = lines[index];
    const before = problems.length;
    if (!isRecord(raw)) {
      attempt(() => fail('must be a mapping with at least "term"'), undefined);
      continue;
    }
    const r = raw;
    for (const key of Object.keys(r)) if (!ENTRY_KEYS.has(key)) attempt(() => fail(`unknown field "${key}"`, [key]), undefined);
    if (typeof r.term !== 'string' || r.term.trim() === '') attempt(() => fail(`"term" must be a non-empty string${typeof r.term === 'number' || typeof r.term === 'boolean' ? ` (YAML reads ${String(r.term)} as a ${typeof r.term}: quote it, term: "${String(r.term)}")` : ''}`, ['term']), undefined);
    // The term (and its first-mention form) is written into the corrected articles: a control
    // character, a bidirectional override or an invisible character would be published with it.
    for (const key of SHOWN_KEYS) {
      // (Spaces and line breaks at the ends only: "term" is stored trimmed, "firstMention" as written.)
      const hidden = typeof r[key] === 'string' ? HIDDEN.exec(key === 'term' ? (r[key] as string).trim() : (r[key] as string).replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')) : null;
      if (hidden) attempt(() => fail(`"${key}" contains the invisible or control character U+${hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which would be written into the corrected text`, [key]), undefined);
    }
    const own1 = listOf(languageList, r.languages, 'languages');
    const own2 = listOf(languageList, r.lang, 'lang');
    const languages = own2.length === 0 && own1.length <= 1 ? own1 : [...new Set([...own1, ...own2])];
    const type = (r.type ?? 'term') as TermType;
    if (!TERM_TYPES.includes(type)) attempt(() => fail(`"type" must be one of ${TERM_TYPES.join(', ')}`, ['type']), undefined);
    for (const key of BOOLEAN_KEYS) {
      if (r[key] !== undefined && typeof r[key] !== 'boolean') attempt(() => fail(`"${key}" must be true or false`, [key]), undefined);
    }
    for (const key of STRING_KEYS) {
      if (r[key] !== undefined && typeof r[key] !== 'string') attempt(() => fail(`"${key}" must be a string`, [key]), undefined);
    }
    // Variants are matched as words (split at spaces and hyphens): punctuation at an edge
    // ("Yahu!", ".*", "C++") could never match, and would only be a dead entry.
    // (Composed, NFC: "ü" typed as u and a combining diaeresis is the same word; see `subTokens`.)
    const wrongList = nfcList(listOf(stringList, r.wrong, 'wrong'));
    const reviewList = nfcList(listOf(stringList, r.review, 'review'));
    // (The item's own line, in a list written one item a line.)
    const itemOf = (key: 'wrong' | 'review' | 'reviewNear', v: string): Array<string | number> => {
      const items = Array.isArray(r[key]) ? (r[key] as unknown[]) : [];
      const k = items.findIndex((item) => typeof item === 'string' && nfc(item.trim()) === v);
      return k < 0 ? [key] : [key, k];
    };
    for (let k = 0; k < wrongList.length + reviewList.length; k++) {
      const review = k >= wrongList.length;
      const v = review ? reviewList[k - wrongList.length] : wrongList[k];
      const problem = variantProblem(v);
      if (problem) attempt(() => fail(`variant "${v}" ${problem}`, itemOf(review ? 'review' : 'wrong', v)), undefined);
    }
    for (const v of reviewList) if (wrongList.includes(v)) attempt(() => fail(`variant "${v}" is listed under both "wrong" and "review"`, itemOf('review', v)), undefined);
    const nearList = nfcList(listOf(stringList, r.reviewNear, 'reviewNear'));
    for (const w of nearList) if (!REVIEW_NEAR_WORD.test(w)) attempt(() => fail(`reviewNear "${w}" must be one word (letters, digits, hyphens, apostrophes)`, itemOf('reviewNear', w)), undefined);
    // (A word of the term or of its own variants would make every mention a suggestion.)
    const own = nearList.length === 0 ? undefined : new Set([typeof r.term === 'string' ? r.term : '', ...wrongList, ...reviewList].flatMap((p) => p.toLowerCase().split(/[\s\-‐‑]+/u)));
    for (const w of nearList) if (own!.has(w.toLowerCase())) attempt(() => fail(`reviewNear "${w}" is a word of the term or of its variants, which would make every mention a suggestion`, itemOf('reviewNear', w)), undefined);
    if (nearList.length > 0 && wrongList.length === 0 && reviewList.length === 0) attempt(() => fail('"reviewNear" needs variants ("wrong" or "review") to apply to', ['reviewNear']), undefined);
    const examples = attempt(() => parseExamples(r.examples, fail), { flag: [], pass: [] });
    if (problems.length > before) continue;
    const entry: GlossaryEntry = {
      term: nfc((r.term as string).trim()),
      languages: languages.length > 0 ? languages : defaults,
      type,
      wrong: wrongList,
      ...(reviewList.length > 0 ? { review: reviewList } : {}),
      ...(nearList.length > 0 ? { reviewNear: nearList } : {}),
      caseSensitive: (r.caseSensitive as boolean | undefined) ?? true,
      firstMention: r.firstMention === undefined ? undefined : nfc(r.firstMention as string),
      doNotTranslate: (r.doNotTranslate as boolean | undefined) ?? false,
      note: r.note as string | undefined,
      source: r.source as string | undefined,
      examples,
      ...(r.concept !== undefined ? { concept: r.concept as string } : {}),
      origin: { file, line },
    };
    if (entry.languages.length === 0) {
      if (!defaultsRefused) attempt(() => fail('no language: give "languages" on the entry or at the top of the file'), undefined);
      continue;
    }
    const grammar = attempt(() => grammarOf(r.gender, r.plural, entry.languages, (m) => fail(m, [/^"plural/.test(m) ? 'plural' : 'gender'])), undefined);
    if (grammar === undefined) continue;
    if (grammar.gender) entry.gender = grammar.gender;
    if (grammar.plural) entry.plural = grammar.plural;
    entries.push(entry);
  }
  // (In the file's order, as an editor goes through them.)
  if (problems.length > 0) throw GlossaryError.of(problems.sort((a, b) => a.line - b.line));
  return entries;
}

const GENDER_NAMES: Readonly<Record<string, string>> = { m: 'masculine', f: 'feminine', n: 'neuter' };

/**
 * An entry's `gender` and `plural`, by language: a value for every language of the entry whose
 * articles show it (the profile's `agreement`), or a mapping by language code. Refused: a gender
 * the language has not ("n" for Spanish), a language that is not the entry's or whose articles
 * Lektor cannot read, and a value for an entry none of whose languages have such articles.
 */
export function grammarOf(
  gender: unknown,
  plural: unknown,
  languages: readonly string[],
  fail: (m: string) => never,
): { gender?: Record<string, 'm' | 'f' | 'n'>; plural?: Record<string, boolean> } {
  const agreeing = languages.filter((l) => profileFor(l)?.agreement);
  const expected = (key: string, code: string): string =>
    key === 'plural' ? 'true or false' : `a gender of ${profileFor(code)!.name}: ${profileFor(code)!.agreement!.genders.map((g) => `${g} (${GENDER_NAMES[g]})`).join(', ')}`;
  const read = <T>(value: unknown, key: 'gender' | 'plural', valid: (v: unknown, code: string) => T | undefined): Record<string, T> | undefined => {
    if (value === undefined || value === null) return undefined;
    const out: Record<string, T> = {};
    if (isRecord(value)) {
      for (const [raw, v] of Object.entries(value)) {
        const code = profileFor(raw)?.code ?? raw.toLowerCase();
        if (!languages.includes(code)) fail(`"${key}" names ${raw}, which is not one of the entry's languages (${languages.join(', ')})`);
        if (!profileFor(code)?.agreement) fail(`"${key}" names ${raw}, whose articles Lektor does not read for gender and number (it does for ${agreeingLanguages()})`);
        const ok = valid(v, code);
        if (ok === undefined) fail(`"${key}.${raw}" must be ${expected(key, code)}`);
        out[code] = ok as T;
      }
      return out;
    }
    if (agreeing.length === 0) fail(`"${key}": none of the entry's languages (${languages.join(', ')}) shows it in its articles (Lektor reads them for ${agreeingLanguages()})`);
    for (const code of agreeing) {
      const ok = valid(value, code);
      if (ok === undefined) fail(`"${key}" must be ${expected(key, code)}, or a value per language: ${key}: { ${agreeing.join(': …, ')}: … }`);
      out[code] = ok as T;
    }
    return out;
  };
  const genders = read(gender, 'gender', (v, code) => (typeof v === 'string' && (profileFor(code)!.agreement!.genders as readonly string[]).includes(v.trim()) ? (v.trim() as 'm' | 'f' | 'n') : undefined));
  const plurals = read(plural, 'plural', (v) => (typeof v === 'boolean' ? v : undefined));
  return { ...(genders ? { gender: genders } : {}), ...(plurals ? { plural: plurals } : {}) };
}

function agreeingLanguages(): string {
  return PROFILES.filter((p) => p.agreement).map((p) => p.code).join(', ');
}

// C0 and C1 controls (a tab or line break too: a term is one line), DEL, the line and paragraph
// separators, the bidirectional marks, overrides and isolates, and the zero-width characters
// (U+200B–U+200D, word joiner, BOM, soft hyphen).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/;

/** A term as an error message names it: its hidden characters as \\u escapes. */
function shown(term: string): string {
  return term.replace(new RegExp(HIDDEN.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A text in its composed form, NFC. A text whose code units are all below U+0300 (ASCII, Latin-1,
 * the Latin extensions: nearly every term, variant and example) is composed already: no such
 * character decomposes otherwise than it composes, and the combining marks begin at U+0300. So
 * only other texts are asked to normalize, which cost ~1 µs each, 60,000 times for 10,000 entries.
 */
export function nfc(text: string): string {
  return BEYOND_LATIN.test(text) ? text.normalize('NFC') : text;
}
const BEYOND_LATIN = /[^\u0000-\u02ff]/;

/**
 * `nfc` of each of a list, in a list built by pushing: the entries' checks read the lists'
 * lengths, and `map`'s lists are of another kind once V8 has optimized it than before, which
 * threw the optimized loader away in the middle of a glossary of 10,000 entries.
 */
function nfcList(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) out.push(nfc(list[k]));
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseExamples(value: unknown, fail: Fail): GlossaryEntry['examples'] {
  if (value === undefined) return { flag: [], pass: [] };
  if (!isRecord(value)) fail('"examples" must be a mapping with "flag" and/or "pass"', ['examples']);
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (key !== 'flag' && key !== 'pass') fail(`unknown field "examples.${key}"`, ['examples', key]);
  const flag: GlossaryExample[] = [];
  // One example may be written without a list; anything else that is not a list is a mistake.
  const list = (key: 'flag' | 'pass'): unknown[] => {
    const value = v[key];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string' || (key === 'flag' && isRecord(value))) return [value];
    if (!Array.isArray(value)) fail(`"examples.${key}" must be a list of examples`, ['examples', key]);
    return value as unknown[];
  };
  // (Indexed loops: run for every entry, before the loader's code is optimized, where an
  // iterator of entries and its destructuring cost several times a plain loop.)
  const flags = list('flag');
  for (let k = 0; k < flags.length; k++) {
    const ex = flags[k];
    // (Composed, NFC, as the terms and variants are: a file written with combining marks says the same.)
    if (typeof ex === 'string') flag.push({ text: nfc(ex) });
    else if (isRecord(ex) && typeof ex.text === 'string' && (ex.fixed === undefined || typeof ex.fixed === 'string')) {
      flag.push({ text: nfc(ex.text), fixed: ex.fixed === undefined ? undefined : nfc(ex.fixed as string) });
    } else fail('each "examples.flag" item must be a string or { text, fixed }', ['examples', 'flag', k]);
  }
  const pass = list('pass');
  for (let k = 0; k < pass.length; k++) {
    const ex = pass[k];
    if (typeof ex !== 'string' || ex.trim() === '') fail('each "examples.pass" item must be a non-empty string', ['examples', 'pass', k]);
  }
  // (Built by pushing, as the flagged: one kind of list for the loader's loops, see `nfcList`.)
  const passed: string[] = [];
  for (let k = 0; k < pass.length; k++) passed.push(nfc((pass[k] as string).trim()));
  return { flag, pass: passed };
}

/**
 * A glossary file's text, strictly UTF-8: a Latin-1 file read loosely would put U+FFFD into
 * every article its fixes touch.
 */
export function decodeGlossaryText(buf: Buffer, file: string): string {
  const text = decodeUtf8(buf);
  if (typeof text !== 'string') throw new GlossaryError(file, text.line, `not valid UTF-8 (byte ${text.byte}); save the glossary as UTF-8`);
  return text;
}

/**
 * The glossary files of a folder: every `*.yaml` / `*.yml`, in subfolders too (a newsroom may
 * keep `glossary/sport/`, `glossary/politics/`), hidden ones left out; relative paths, sorted.
 */
export async function glossaryFileNames(dir: string, test: (name: string) => boolean = (n) => /\.ya?ml$/i.test(n)): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const d of await readdir(rel ? path.join(dir, rel) : dir, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const name = rel ? path.join(rel, d.name) : d.name;
      // A linked folder is not followed: a link back up would loop, one beside would load files twice.
      if (d.isDirectory()) await walk(name);
      else if ((d.isFile() || d.isSymbolicLink()) && test(d.name)) out.push(name);
    }
  };
  await walk('');
  return out.sort();
}

/**
 * The error for a CSV or TBX file given as the glossary (a spreadsheet's or a terminology tool's
 * export), which is to be imported: read as YAML, it had been refused with '"entries" must be a
 * list of entries'. Undefined for any other name.
 */
export function importedFormatError(file: string): GlossaryError | undefined {
  const kind = /\.(csv|tbx)$/i.exec(file)?.[1].toUpperCase();
  return kind === undefined ? undefined : new GlossaryError(file, 1, `a ${kind} file: a glossary is YAML files; import it into one with "lektor glossary import ${file}"`);
}

/**
 * Load every `*.yaml` / `*.yml` file of a folder and its subfolders (sorted by path), or one file.
 * A file with errors throws them all (see `parseGlossary`); with `everyFile`, the other files are
 * read too, and the errors of all of them thrown together (`glossary validate`).
 */
export async function loadGlossaryPath(target: string, options: { everyFile?: boolean } = {}): Promise<GlossaryEntry[]> {
  let files: string[];
  try {
    files = (await glossaryFileNames(target)).map((n) => path.join(target, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    const other = importedFormatError(target);
    if (other) throw other;
    files = [target];
  }
  const all: GlossaryEntry[] = [];
  const errors: GlossaryError[] = [];
  for (const file of files) {
    try {
      all.push(...parseGlossary(decodeGlossaryText(await readFile(file), file), file));
    } catch (error) {
      if (!options.everyFile || !(error instanceof GlossaryError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw GlossaryError.of(errors);
  return all;
}

/**
 * A newsroom's accepted words: `accept-<lang>.txt` (or `accept.txt` for every language) in the
 * glossary folder or its subfolders, one word per line, `#` comments. The words are not
 * terms to enforce, only words to accept: the spelling, untranslated-word and fused-token
 * checks take them as known ("Limousine", "Touchdowns", a house style's coinages). Keyed by
 * language code ('' for every language).
 */
/** `accept.txt`, `accept-de.txt`, `accept-de-DE.txt`. */
/**
 * Why a variant could never match, if it could not: variants are matched as the text's words,
 * split at spaces and hyphens, so each part must be one word as the text splits it. Words keep
 * letters, digits and marks, and inside them . & _ and apostrophes ("Dr.Web", "AT&T", "O’Neil");
 * punctuation at an edge ("Yahu!", "C++") or inside that splits words ("TCP/IP", "Micro$oft",
 * "a(b", "1,5") leaves a variant that never matches, a dead entry.
 */
export function variantProblem(variant: string): string | undefined {
  const v = variant.trim();
  // (Most variants are ASCII letters and digits, spaces and hyphens, beginning and ending with a
  // letter or digit: none of the problems below, told without the Unicode expressions.)
  if (plainVariant(v)) return undefined;
  // (A spreadsheet cell of two lines is two variants; one long variant of both would never match them.)
  if (/[\n\r\t\v\f\u2028\u2029]/.test(v)) return 'has a line break or tab inside: give each variant as an item of its own';
  if (!/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/su.test(v)) return 'must begin and end with a letter or digit: Lektor matches variants as words, so this one could never match';
  // Letters, digits, marks and apostrophes stay in a word; anything else is read as the text's
  // parser reads it (it keeps "Dr.Web", "AT&T", "Nestle·Suisse", "E@sy", splits "TCP/IP").
  if (!/[^\p{L}\p{M}\p{N}\s\-‐‑'’]/u.test(v)) return undefined;
  const parts = v.split(/[\s\-‐‑]+/u);
  const words = segment(sliceBlock(parts.join(' '), 0, parts.join(' ').length)).words.map((w) => w.value);
  if (words.length !== parts.length || words.some((w, i) => w !== parts[i])) {
    const bad = parts.find((p, i) => words[i] !== p) ?? v;
    const mark = /[^\p{L}\p{M}\p{N}'’]/u.exec(bad)?.[0];
    return `has ${mark ? `"${mark}" inside "${bad}"` : `"${bad}"`}, which the text's parser splits into several words, so this one could never match`;
  }
  return undefined;
}

/** Whether a variant is ASCII letters, digits, spaces, hyphens and apostrophes only, with a letter or digit at each end. */
function plainVariant(v: string): boolean {
  if (v.length === 0) return false;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (alnum) continue;
    if ((c === 32 || c === 45 || c === 39) && k > 0 && k < v.length - 1) continue;
    return false;
  }
  return true;
}

export const ACCEPT_FILE = /^accept(?:[-.]([a-z]{2,3}(?:[-_][a-z]{2,4})?))?\.txt$/i;

export async function loadAcceptedWords(target: string): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  let names: string[];
  try {
    names = await glossaryFileNames(target, (n) => ACCEPT_FILE.test(n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return out;
    throw error;
  }
  for (const name of names) {
    const m = ACCEPT_FILE.exec(path.basename(name))!;
    const file = path.join(target, name);
    const tag = m[1];
    const language = tag === undefined ? '' : (profileFor(tag)?.code ?? tag.toLowerCase());
    let words = out.get(language);
    if (!words) out.set(language, (words = new Set()));
    parseAcceptedWords(decodeGlossaryText(await readFile(file), file), file, words);
  }
  return out;
}

const BUILTIN_ACCEPTED = new Map<string, ReadonlySet<string>>();

/**
 * The words a language uses as its own that its dictionary lacks, shipped with Lektor
 * (`wordlists/accept-<code>.txt`: German's Duden anglicisms, "App", "Cloud"; the RAE's new
 * Spanish words; Italian's loanwords): accepted with every glossary and without one, beside a
 * newsroom's own `accept-<code>.txt`. Read once per process; empty for a language without one.
 */
export function builtinAcceptedWords(language: string): ReadonlySet<string> {
  let words = BUILTIN_ACCEPTED.get(language);
  if (!words) {
    const file = path.join(WORDLIST_DIR, `accept-${language}.txt`);
    words = /^[a-z]{2,3}$/.test(language) && existsSync(file) ? parseAcceptedWords(readFileSync(file, 'utf8'), file) : new Set<string>();
    BUILTIN_ACCEPTED.set(language, words);
  }
  return words;
}

/** Parse an accepted-words file into `into`; a line that is not one word is an error naming it. */
export function parseAcceptedWords(text: string, file: string, into: Set<string> = new Set()): Set<string> {
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    if (!/^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.\-#+]*[\p{L}\p{M}\p{N}.#+])?$/u.test(line) || line.length > 100) {
      throw new GlossaryError(file, i + 1, `"${line}" is not one word: an accepted-words file has one word per line (names and terms of several words go in a glossary entry)`);
    }
    // (Apostrophes as the matcher reads them: "O’Neill" and "O'Neill" are one word.)
    into.add(foldApostrophes(line));
  });
  return into;
}
