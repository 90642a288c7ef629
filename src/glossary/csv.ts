/**
 * CSV exchange for spreadsheets and termbases: one row per term and forbidden variant.
 *
 *     term,languages,type,variant,review,caseSensitive,doNotTranslate,firstMention,note,source,concept,gender,plural,flag_examples,pass_examples
 *     TikTok,de|en|fr|es,brand,Tick Tack,,true,true,,"Brand name, never translated.",,,"[{""text"":""Huawei oder Tick Tack"",""fixed"":""Huawei oder TikTok""}]","[""Tick""]"
 *     TikTok,de|en|fr|es,brand,Tic Tac,true,true,true,,"Brand name, never translated.",,,"[…]","[…]"
 *
 * - `languages`: the entry's language codes separated by `|` (one row per variant,
 *   not per language). On import a column named `language` is accepted too.
 * - `variant`: one forbidden variant per row; a term without variants has one row
 *   with an empty variant. `review`: `true` for a variant that is flagged for review,
 *   never replaced (the entry's `review` list); empty or `false` for one that is replaced.
 * - The entry's own fields are repeated on every row of the entry (each row reads on
 *   its own in a spreadsheet and can be filtered and sorted). On import, the rows with
 *   the same term and languages are one entry; an empty cell says nothing, and two
 *   different non-empty values for the same field are an error naming both lines.
 * - `concept`: the concept id shared by the entries that name the same thing in
 *   different languages (an entry per row group, as any other field); optional, an
 *   empty cell or no such column is no concept.
 * - `gender`, `plural`: the term's grammatical gender (m, f, n) and whether it is a plural, as
 *   the YAML's `gender` and `plural`: one value for each of the entry's languages whose
 *   articles show it (`f`, `true`), or a value per language (`de:n|es:m`). Optional.
 * - `caseSensitive`, `doNotTranslate`: `true` / `false` (also yes/no, 1/0; empty: the
 *   default, true and false).
 * - `flag_examples`: a JSON array; each item is the text that must be flagged, or
 *   `{"text": …, "fixed": …}`. `pass_examples`: a JSON array of texts that must not be
 *   flagged. Empty: none.
 * - Empty cells are absent fields (an empty note is no note).
 *
 * Quoting is RFC 4180 (csv-stringify / csv-parse): fields with commas, quotes or line
 * breaks are quoted, quotes doubled. Lines end in LF; CRLF files are read too, and a
 * UTF-8 byte order mark is skipped. Import errors name the file and the line.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { profileFor } from '../languages/index.js';
import { grammarOf } from './load.js';
import { GlossaryError, REVIEW_NEAR_WORD, TERM_TYPES, type GlossaryEntry, type GlossaryExample, type TermType } from './types.js';

export const CSV_COLUMNS = [
  'term', 'languages', 'type', 'variant', 'review', 'reviewNear', 'caseSensitive', 'doNotTranslate', 'firstMention', 'note', 'source', 'concept', 'gender', 'plural', 'flag_examples', 'pass_examples',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const ALIASES: Record<string, Column> = { language: 'languages', lang: 'languages', wrong: 'variant' };

/** Entries as CSV. With `lang`, only the entries for that language, each for that language alone. */
export function entriesToCsv(entries: readonly GlossaryEntry[], options: { lang?: string } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of entries) {
    if (options.lang && !entry.languages.includes(options.lang)) continue;
    const languages = options.lang ? [options.lang] : entry.languages;
    const flag = entry.examples.flag.map((x) => (x.fixed === undefined ? x.text : { text: x.text, fixed: x.fixed }));
    const base: Record<Column, string> = {
      term: entry.term,
      languages: languages.join('|'),
      type: entry.type,
      variant: '',
      review: '',
      reviewNear: (entry.reviewNear ?? []).join('|'),
      caseSensitive: String(entry.caseSensitive),
      doNotTranslate: String(entry.doNotTranslate),
      firstMention: entry.firstMention ?? '',
      note: entry.note ?? '',
      source: entry.source ?? '',
      concept: entry.concept ?? '',
      gender: grammarCell(entry.gender, languages),
      plural: grammarCell(entry.plural, languages),
      flag_examples: flag.length > 0 ? JSON.stringify(flag) : '',
      pass_examples: entry.examples.pass.length > 0 ? JSON.stringify(entry.examples.pass) : '',
    };
    // One row per variant; a variant for review says so in the "review" column.
    const variants: Array<[string, string]> = [...entry.wrong.map((v): [string, string] => [v, '']), ...(entry.review ?? []).map((v): [string, string] => [v, 'true'])];
    if (variants.length === 0) variants.push(['', '']);
    for (const [variant, review] of variants) rows.push(CSV_COLUMNS.map((c) => (c === 'variant' ? variant : c === 'review' ? review : base[c])));
  }
  return stringify(rows, { quoted_empty: false, eof: true, record_delimiter: 'unix' });
}

/** An entry's `gender` or `plural` in a cell: one value where it is every agreeing language's, else `de:n|es:m`. */
function grammarCell(values: Readonly<Record<string, unknown>> | undefined, languages: readonly string[]): string {
  if (values === undefined) return '';
  const codes = Object.keys(values).filter((l) => languages.includes(l));
  if (codes.length === 0) return '';
  const agreeing = languages.filter((l) => profileFor(l)?.agreement);
  const same = new Set(codes.map((c) => values[c])).size === 1;
  if (same && codes.length === agreeing.length) return String(values[codes[0]]);
  return codes.map((c) => `${c}:${String(values[c])}`).join('|');
}

/** A `gender` or `plural` cell as the YAML would write it: a value, or a mapping by language. */
function readGrammarCell(text: string, boolean: boolean): unknown {
  const value = (v: string): unknown => (boolean ? (['true', 'yes', '1'].includes(v.toLowerCase()) ? true : ['false', 'no', '0'].includes(v.toLowerCase()) ? false : v) : v);
  if (!text.includes(':')) return value(text);
  return Object.fromEntries(text.split('|').map((pair) => pair.split(':').map((x) => x.trim())).map(([code, v]) => [code, value(v ?? '')]));
}

interface Pending {
  entry: GlossaryEntry;
  /** For each entry field, the line that set it (to name both lines of a disagreement). */
  setAt: Map<string, number>;
  explicit: { caseSensitive?: boolean; doNotTranslate?: boolean; type?: TermType };
}

/** The line of each variant's row, for the entries `csvToEntries` made (an entry's origin is its first row). */
const VARIANT_ROWS = new WeakMap<GlossaryEntry, Map<string, number>>();

/** The line of the row that gave an imported entry its variant, when a CSV import made the entry. */
export function csvVariantLine(entry: GlossaryEntry, variant: string): number | undefined {
  return VARIANT_ROWS.get(entry)?.get(variant);
}

/** Parse CSV into entries (origin: the file and the line of the entry's first row). */
export function csvToEntries(text: string, file: string): GlossaryEntry[] {
  let records: Array<{ record: string[]; info: { lines: number; empty_lines: number } }>;
  // A spreadsheet saved in a German or French locale separates with semicolons: said before the
  // parser stumbles over its quoted cells ("Invalid Closing Quote").
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',') && /;|\t/.test(firstLine)) {
    throw new GlossaryError(file, 1, 'the file seems separated by semicolons or tabs: save it as CSV with commas (UTF-8)');
  }
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    const line = typeof e.lines === 'number' ? e.lines : Number(/line (\d+)/.exec(e.message)?.[1] ?? 1);
    throw new GlossaryError(file, line, `invalid CSV: ${e.message}`);
  }
  if (records.length === 0) throw new GlossaryError(file, 1, 'empty CSV: expected a header row');

  // The line a record starts on: the line after the previous record, plus the empty lines skipped.
  const starts: number[] = [];
  let prevEnd = 0;
  let prevEmpty = 0;
  for (const r of records) {
    starts.push(prevEnd + 1 + (r.info.empty_lines - prevEmpty));
    prevEnd = r.info.lines;
    prevEmpty = r.info.empty_lines;
  }

  const header = records[0].record.map((h) => h.trim());
  const index = new Map<Column, number>();
  header.forEach((raw, i) => {
    const name = (CSV_COLUMNS as readonly string[]).includes(raw) ? (raw as Column) : ALIASES[raw.toLowerCase()] ?? CSV_COLUMNS.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (!name) {
      // (A spreadsheet saved in a German or French locale separates its columns with semicolons.)
      const semicolons = raw.includes(';') || raw.includes('\t') ? '; the file seems separated by semicolons or tabs: save it as CSV with commas' : '';
      throw new GlossaryError(file, starts[0], `unknown column "${raw}" (expected ${CSV_COLUMNS.join(', ')})${semicolons}`);
    }
    if (index.has(name)) throw new GlossaryError(file, starts[0], `column "${name}" appears twice`);
    index.set(name, i);
  });
  for (const required of ['term', 'languages'] as const) {
    if (!index.has(required)) throw new GlossaryError(file, starts[0], `missing column "${required}" (the columns are ${CSV_COLUMNS.join(', ')})`);
  }

  const groups = new Map<string, Pending>();
  for (let r = 1; r < records.length; r++) {
    const line = starts[r];
    const row = records[r].record;
    const cell = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : row[i] ?? '';
    };
    const fail = (m: string): never => {
      throw new GlossaryError(file, line, m);
    };
    if (row.every((v) => v.trim() === '')) continue;
    const term = cell('term').trim();
    if (term === '') fail('"term" is empty');
    const label = `"${term}"`;
    const languages = cell('languages').split(/[|,\s]+/).filter(Boolean).map((l) => l.toLowerCase());
    if (languages.length === 0) fail(`${label}: "languages" is empty (codes separated by |, such as de|en)`);
    for (const l of languages) if (!/^[a-z]{2,3}$/.test(l)) fail(`${label}: "${l}" is not a language code such as de or en`);
    const key = `${term}\u0000${[...languages].sort().join('|')}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        entry: {
          term, languages, type: 'term', wrong: [], caseSensitive: true, doNotTranslate: false,
          firstMention: undefined, note: undefined, source: undefined,
          examples: { flag: [], pass: [] }, origin: { file, line },
        },
        setAt: new Map(),
        explicit: {},
      };
      groups.set(key, group);
    }
    const g = group;
    const set = (field: string, value: unknown, current: unknown, apply: () => void) => {
      const at = g.setAt.get(field);
      if (at === undefined) {
        apply();
        g.setAt.set(field, line);
      } else if (JSON.stringify(value) !== JSON.stringify(current)) {
        fail(`${label}: ${field} ${JSON.stringify(value)} differs from ${JSON.stringify(current)} on line ${at} (the same entry)`);
      }
    };

    const type = cell('type').trim();
    if (type !== '') {
      if (!TERM_TYPES.includes(type as TermType)) fail(`${label}: type must be one of ${TERM_TYPES.join(', ')}, not "${type}"`);
      set('type', type, g.explicit.type, () => (g.explicit.type = g.entry.type = type as TermType));
    }
    for (const field of ['caseSensitive', 'doNotTranslate'] as const) {
      const raw = cell(field).trim().toLowerCase();
      if (raw === '') continue;
      const value = ['true', 'yes', '1'].includes(raw) ? true : ['false', 'no', '0'].includes(raw) ? false : fail(`${label}: ${field} must be true or false, not "${cell(field)}"`);
      set(field, value, g.explicit[field], () => (g.explicit[field] = g.entry[field] = value));
    }
    for (const field of ['firstMention', 'note', 'source'] as const) {
      const value = cell(field);
      if (value === '') continue;
      set(field, value, g.entry[field], () => (g.entry[field] = value));
    }
    // (Split at | and commas only: "Wand uhr" is refused as two words, as YAML refuses it.)
    const near = cell('reviewNear').split(/[|,]/).map((w) => w.trim().normalize('NFC')).filter(Boolean);
    if (near.length > 0) {
      for (const w of near) if (!REVIEW_NEAR_WORD.test(w)) fail(`${label}: reviewNear "${w}" must be one word (words separated by |)`);
      set('reviewNear', near, g.entry.reviewNear, () => (g.entry.reviewNear = near));
    }
    const concept = cell('concept').trim();
    if (concept !== '') set('concept', concept, g.entry.concept, () => (g.entry.concept = concept));
    for (const field of ['gender', 'plural'] as const) {
      const raw = cell(field).trim();
      if (raw === '') continue;
      const grammar = grammarOf(field === 'gender' ? readGrammarCell(raw, false) : undefined, field === 'plural' ? readGrammarCell(raw, true) : undefined, languages, (m) => fail(`${label}: ${m}`));
      const value = grammar[field];
      set(field, value, g.entry[field], () => (g.entry[field] = value as never));
    }
    const flagCell = cell('flag_examples').trim();
    if (flagCell !== '') {
      const flag = parseFlagExamples(flagCell, (m) => fail(`${label}: flag_examples ${m}`));
      set('flag_examples', flag, g.entry.examples.flag, () => (g.entry.examples.flag = flag));
    }
    const passCell = cell('pass_examples').trim();
    if (passCell !== '') {
      const pass = parseJson(passCell, (m) => fail(`${label}: pass_examples ${m}`));
      if (!Array.isArray(pass) || !pass.every((x) => typeof x === 'string')) fail(`${label}: pass_examples must be a JSON array of strings`);
      set('pass_examples', pass, g.entry.examples.pass, () => (g.entry.examples.pass = pass as string[]));
    }
    const variant = cell('variant').trim();
    const reviewCell = cell('review').trim().toLowerCase();
    const review = ['true', 'yes', '1'].includes(reviewCell) ? true : ['', 'false', 'no', '0'].includes(reviewCell) ? false : fail(`${label}: review must be true or false, not "${cell('review')}"`);
    if (variant !== '') {
      if (variant === term) fail(`${label}: the variant "${variant}" is the term itself`);
      if (review) (g.entry.review ??= []).push(variant);
      else g.entry.wrong.push(variant);
      // (Its own row, for an error about this variant: "Tick Tack" is also a variant of …)
      let rows = VARIANT_ROWS.get(g.entry);
      if (!rows) VARIANT_ROWS.set(g.entry, (rows = new Map()));
      if (!rows.has(variant)) rows.set(variant, line);
    } else if (review) fail(`${label}: "review" is set but "variant" is empty`);
  }
  return [...groups.values()].map((g) => g.entry);
}

function parseJson(text: string, fail: (m: string) => never): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message})`);
  }
}

function parseFlagExamples(text: string, fail: (m: string) => never): GlossaryExample[] {
  const value = parseJson(text, fail);
  if (!Array.isArray(value)) fail('must be a JSON array');
  return (value as unknown[]).map((x) => {
    if (typeof x === 'string') return { text: x, fixed: undefined };
    if (typeof x === 'object' && x !== null && typeof (x as GlossaryExample).text === 'string') {
      const fixed = (x as GlossaryExample).fixed;
      if (fixed !== undefined && typeof fixed !== 'string') fail('items\' "fixed" must be a string');
      return { text: (x as GlossaryExample).text, fixed };
    }
    return fail('items must be strings or {"text": …, "fixed": …}');
  });
}
