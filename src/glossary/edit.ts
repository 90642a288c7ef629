/**
 * Editing glossary files the way an editor would: the YAML is changed through the
 * `yaml` package's Document API (so comments, blank lines, quoting and entry order
 * stay as they are), and only the lines that the change touches are rewritten (every
 * other line is kept byte for byte, see `renderPreserving`).
 *
 * Every change is made in memory first; before anything is written, every file of the
 * glossary, with the change, is parsed again (`parseGlossary`) and compiled
 * (`compileGlossary`: conflicts between entries, every entry's examples). A change
 * that would break the glossary is refused with the loader's message (file, line, the
 * entry and the entry it conflicts with) and nothing is written. Files are written
 * atomically (temporary file + rename).
 */
import { readFile, stat } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { onExit } from 'signal-exit';
import path from 'node:path';
import { diffArrays } from 'diff';
import { Document, isMap, isScalar, isSeq, parseDocument, visit, YAMLMap, YAMLSeq, type Node as YamlNode, type Pair } from 'yaml';
import { writeAtomicAll } from '../io/files.js';
import { languageCode, profileFor } from '../languages/index.js';
import { compileGlossary } from './index.js';
import { decodeGlossaryText, glossaryFileNames, grammarOf, parseGlossary, variantProblem } from './load.js';
import { GlossaryError, TERM_TYPES, type GlossaryEntry, type GlossaryExample, type TermType } from './types.js';

/** What `add` / `import` take: a glossary entry whose optional fields may be left out. */
export interface EntryInput {
  term: string;
  /** Required unless the target file (`file`) gives the languages at its top. */
  languages?: string[];
  type?: TermType;
  wrong?: string[];
  /** Variants flagged for review, never replaced automatically. */
  review?: string[];
  /** Words that, in a variant's sentence, make it a suggestion (see GlossaryEntry). */
  reviewNear?: string[];
  caseSensitive?: boolean;
  doNotTranslate?: boolean;
  firstMention?: string;
  note?: string;
  source?: string;
  /** The concept id shared with the entries that name the same thing in other languages. */
  concept?: string;
  /** The term's gender and number by language (see GlossaryEntry); one value is every language's of the entry whose articles show it (`--gender f`). */
  gender?: Readonly<Record<string, 'm' | 'f' | 'n'>> | string;
  plural?: Readonly<Record<string, boolean>> | boolean;
  examples?: { flag?: GlossaryExample[]; pass?: string[] };
}

export interface EditOptions {
  /** The file to add to: a bare name is taken inside the glossary folder. */
  file?: string;
}

export interface EditResult {
  action: 'added' | 'merged' | 'unchanged' | 'removed';
  /** The file changed (or that would have been). */
  file: string;
  /** What happened, for the person at the terminal. */
  messages: string[];
}

/** A change that is refused before the glossary is even compiled (bad input, unknown term). */
export class GlossaryEditError extends Error {
  readonly code: 'invalid' | 'not-found';
  constructor(message: string, code: 'invalid' | 'not-found' = 'invalid') {
    super(message);
    this.name = 'GlossaryEditError';
    this.code = code;
  }
}

/** The file a type's entries go to, before the language suffix. */
export function topicOf(type: TermType): string {
  switch (type) {
    case 'person':
      return 'people';
    case 'organisation':
    case 'body':
      return 'bodies';
    case 'brand':
      return 'brands';
    case 'place':
      return 'places';
    default:
      return 'terms';
  }
}

const TOPIC_TITLES: Record<string, string> = {
  people: 'People',
  bodies: 'Organisations and public bodies',
  brands: 'Brands and companies',
  places: 'Places',
  terms: 'Terms',
};

const LANGUAGE = /^[a-z]{2,3}$/;

interface FileState {
  /** Path as the loader names it (folder joined with the file name). */
  file: string;
  name: string;
  /** The text on disk, or null for a file this workspace creates. */
  original: string | null;
  doc: Document;
  dirty: boolean;
  /** An entry was added (a new file's languages are then settled). */
  dirtyEntries?: boolean;
  /** Cache: the current text and its entries. */
  text?: string;
  entries?: GlossaryEntry[];
  /**
   * In a batch (`mergeAll`), `entries` is kept up to date by hand instead of rendering and
   * parsing the file after every change (which made an import of N rows take N² time);
   * their lines are unknown (0) until the batch ends.
   */
  stale?: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The glossary folder, loaded for editing. Make changes with `add`, `merge`, `remove`,
 * then `save()` (which validates the whole glossary and writes the changed files).
 */
export class GlossaryWorkspace {
  /** The glossary folder (or the folder of the single file). */
  readonly dir: string;
  /** Set when the glossary is one file rather than a folder: every change goes there. */
  readonly single?: string;
  private readonly files: FileState[];
  /** Inside `mergeAll`. */
  private batch = false;

  private constructor(dir: string, files: FileState[], single?: string) {
    this.dir = dir;
    this.files = files;
    this.single = single;
  }

  /** Load every `*.yaml` / `*.yml` of a folder (a folder that does not exist yet is empty), or one file. */
  static async open(target: string): Promise<GlossaryWorkspace> {
    let names: string[] = [];
    let dir = target;
    let single: string | undefined;
    try {
      const info = await stat(target);
      if (info.isDirectory()) names = await glossaryFileNames(target);
      else {
        dir = path.dirname(target);
        single = target;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (/\.ya?ml$/i.test(target)) {
        dir = path.dirname(target);
        single = target;
      }
    }
    const files: FileState[] = [];
    const paths = single ? [single] : names.map((n) => path.join(dir, n));
    for (const file of paths) {
      let text: string | null = null;
      try {
        // Strictly UTF-8, as the loader reads it: a Latin-1 file read loosely would be written back with U+FFFD.
        text = decodeGlossaryText(await readFile(file), file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      files.push(text === null ? newFileState(file, []) : loadFileState(file, text));
    }
    const ws = new GlossaryWorkspace(dir, files, single);
    // A broken file is reported now, with its own line, rather than as a refused change.
    for (const f of files) ws.entriesOf(f);
    return ws;
  }

  /** Every entry, files in name order (as the loader reads them), with the pending changes. */
  entries(): GlossaryEntry[] {
    return this.files.flatMap((f) => this.entriesOf(f));
  }

  /** The files that a `save()` would write. */
  changedFiles(): string[] {
    return this.files.filter((f) => f.dirty).map((f) => f.file);
  }

  /** The current text of a file of the workspace (with pending changes). */
  textOf(file: string): string | undefined {
    const f = this.files.find((x) => x.file === file || path.resolve(x.file) === path.resolve(file));
    return f ? this.render(f) : undefined;
  }

  /**
   * Add an entry, or merge it into the entry that already has this term for these
   * languages (new variants, missing note/source/firstMention, new examples; the
   * existing entry's type and flags win, and the messages say so).
   */
  add(input: EntryInput, options: EditOptions = {}): EditResult {
    const target = options.file !== undefined || this.single ? this.fileFor(options.file ?? this.single!) : undefined;
    const languages = normalizeLanguages(input.languages ?? (target ? this.defaultsOf(target) : []));
    if (languages.length === 0) throw new GlossaryEditError(`entry "${input.term}": no language given (--lang)`);
    const entry = checkInput({ ...input, languages });

    // The same term for these languages already exists: merge into it.
    for (const f of this.files) {
      const entries = this.entriesOf(f);
      const i = entries.findIndex((e) => e.term === entry.term && languages.every((l) => e.languages.includes(l)));
      if (i >= 0) return this.mergeInto(f, i, entry);
    }
    for (const e of this.entries()) {
      if (e.term === entry.term && languages.some((l) => e.languages.includes(l))) {
        throw new GlossaryEditError(
          `entry "${entry.term}" already exists for ${e.languages.join(', ')} (${e.origin.line > 0 ? `${e.origin.file}:${e.origin.line}` : `${e.origin.file}, added earlier in this import`}), which covers only part of ${languages.join(', ')}; add the other languages separately`,
        );
      }
    }

    const f = target ?? this.chooseFile(entry.type ?? 'term', languages);
    // A file that `--file` creates takes the entry's languages as its default.
    if (f.original === null && !f.dirtyEntries && this.defaultsOf(f).length === 0) {
      const root = f.doc.contents as YAMLMap;
      root.items.unshift(f.doc.createPair('languages', flowSeq(f.doc, languages)) as Pair<unknown, unknown>);
      if (f.doc.commentBefore) f.doc.commentBefore = f.doc.commentBefore.replace(/\. Created by/, ` (${languages.join(", ")}). Created by`);
    }
    // In a batch, the file's entries as they stand before this one (read now: read after the
    // push, a new file's list would hold the new entry already, and the entry twice after).
    const before = this.batch ? this.entriesOf(f) : undefined;
    const seq = entriesSeq(f.doc);
    const defaults = this.defaultsOf(f);
    const node = entryNode(f.doc, { ...entry, languages: sameSet(defaults, languages) ? undefined : languages }, languages);
    if (seq.items.length > 1 && seq.items.slice(1).every((item) => (item as YamlNode).spaceBefore)) node.spaceBefore = true;
    seq.items.push(node);
    f.dirtyEntries = true;
    if (before) {
      // (The entry as the loader would read it back; its line is known when the batch ends.)
      const entries = before;
      const added: GlossaryEntry = {
        term: entry.term,
        languages,
        type: entry.type ?? 'term',
        wrong: [...(entry.wrong ?? [])],
        ...(entry.review?.length ? { review: [...entry.review] } : {}),
        ...(entry.reviewNear?.length ? { reviewNear: [...entry.reviewNear] } : {}),
        caseSensitive: entry.caseSensitive ?? true,
        firstMention: entry.firstMention,
        doNotTranslate: entry.doNotTranslate ?? false,
        note: entry.note,
        source: entry.source,
        examples: { flag: [...(entry.examples?.flag ?? [])], pass: [...(entry.examples?.pass ?? [])] },
        ...(entry.concept !== undefined ? { concept: entry.concept } : {}),
        ...(entry.gender !== undefined ? { gender: { ...(entry.gender as Record<string, 'm' | 'f' | 'n'>) } } : {}),
        ...(entry.plural !== undefined ? { plural: { ...(entry.plural as Record<string, boolean>) } } : {}),
        origin: { file: f.file, line: 0 },
      };
      this.touch(f);
      entries.push(added);
      f.entries = entries;
      return { action: 'added', file: f.file, messages: [`added "${entry.term}" (${added.type}; ${languages.join(', ')}) to ${f.file}`] };
    }
    this.touch(f);
    const added = this.entriesOf(f).at(-1)!;
    return { action: 'added', file: f.file, messages: [`added "${entry.term}" (${added.type}; ${added.languages.join(', ')}) to ${f.file}:${added.origin.line}`] };
  }

  /** Import an entry (from CSV or TBX): the same as `add`. */
  merge(entry: GlossaryEntry, options: EditOptions = {}): EditResult {
    const { origin: _origin, ...rest } = entry;
    return this.add(rest, options);
  }

  /**
   * Import many entries (a CSV or TBX file): `merge` for each, without rendering and parsing
   * the changed file after each one. Messages name the files, not the lines (which settle
   * only when every entry is in). `onError` may turn an entry's error into another error.
   */
  mergeAll(entries: readonly GlossaryEntry[], options: EditOptions = {}, onError?: (error: unknown, entry: GlossaryEntry) => unknown): EditResult[] {
    this.batch = true;
    try {
      return entries.map((entry) => {
        try {
          return this.merge(entry, options);
        } catch (error) {
          throw onError ? onError(error, entry) : error;
        }
      });
    } finally {
      this.batch = false;
      for (const f of this.files) {
        if (!f.stale) continue;
        f.stale = false;
        f.text = undefined;
        f.entries = undefined;
      }
    }
  }

  /**
   * Remove the entries with this term; with `lang`, only for that language (an entry
   * for several languages keeps the others).
   */
  remove(term: string, options: { lang?: string } = {}): EditResult[] {
    const results: EditResult[] = [];
    for (const f of this.files) {
      const entries = this.entriesOf(f);
      const hits = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.term === term.trim().normalize('NFC') && (!options.lang || e.languages.includes(options.lang)));
      if (hits.length === 0) continue;
      const seq = entriesSeq(f.doc);
      for (const { e, i } of hits.reverse()) {
        const where = `${e.origin.file}:${e.origin.line}`;
        if (!options.lang || e.languages.length === 1) {
          keepSectionComment(seq, i);
          seq.items.splice(i, 1);
          results.push({ action: 'removed', file: f.file, messages: [`removed "${term}" (${e.languages.join(', ')}) from ${where}`] });
        } else {
          const item = seq.items[i] as YAMLMap;
          const rest = e.languages.filter((l) => l !== options.lang);
          item.delete('lang');
          setInOrder(item, f.doc, 'languages', flowSeq(f.doc, rest));
          results.push({ action: 'removed', file: f.file, messages: [`removed ${options.lang} from "${term}" at ${where}; it stays for ${rest.join(', ')}`] });
        }
      }
      this.touch(f);
    }
    if (results.length === 0) {
      throw new GlossaryEditError(`no entry "${term}"${options.lang ? ` for ${options.lang}` : ''} in ${this.single ?? this.dir}`, 'not-found');
    }
    return results.reverse();
  }

  /**
   * Parse every file as it would be written and compile the whole glossary (conflicts,
   * examples). Throws the loader's GlossaryError; when the error is in a changed file,
   * the message says that its line numbers are those of the file after the change.
   */
  validate(options: { runExamples?: boolean } = {}) {
    try {
      return compileGlossary(this.entries(), options);
    } catch (error) {
      if (error instanceof GlossaryError) {
        const changed = this.files.filter((f) => f.dirty).map((f) => f.file);
        const named = changed.filter((file) => error.message.includes(`${file}:`));
        const hint = named.length > 0 ? ` (line numbers in ${named.join(', ')} are those of the file with the change, which was not written)` : '';
        const again = new GlossaryError(error.file, error.line, `${error.message.slice(error.problems[0].length - error.reason.length)}${hint}`, [], error.column);
        if (error.entryLine !== undefined) again.entryLine = error.entryLine;
        throw again;
      }
      throw error;
    }
  }

  /** Validate, then write the changed files atomically. Returns the files written. */
  async save(): Promise<string[]> {
    this.validate();
    const changed = this.files.filter((f) => f.dirty).map((f) => [f.file, this.render(f)] as const);
    try {
      // All files or none: each is written beside itself first, and renamed only once all are.
      await writeAtomicAll(changed);
    } catch (error) {
      const written = (error as { written?: string[] }).written ?? [];
      const done = written.length === 0 ? 'nothing was written' : `written before it: ${written.join(', ')}`;
      throw Object.assign(new Error(`${(error as Error).message}; ${done}`), { code: (error as NodeJS.ErrnoException).code });
    }
    return changed.map(([file]) => file);
  }

  // ---- internals ----

  private entriesOf(f: FileState): GlossaryEntry[] {
    if (f.entries !== undefined) return f.entries;
    return (f.entries = parseGlossary(this.render(f), f.file));
  }

  private render(f: FileState): string {
    if (f.text === undefined) {
      try {
        f.text = !f.dirty && f.original !== null ? f.original : f.original === null ? renderStyled(f.doc, { seq: false, map: true }) : renderPreserving(f.original, f.doc);
      } catch (error) {
        // A YAML alias ("note: *n") whose anchor ("&n") went with a removed entry.
        const alias = /^Unresolved alias[^:]*: (.*)$/.exec((error as Error).message ?? '');
        if (alias) {
          throw new GlossaryEditError(`${f.file}: the change removes the anchor &${alias[1]} that another entry of the file refers to (*${alias[1]}); write the value out in place of *${alias[1]} first`);
        }
        throw error;
      }
    }
    return f.text;
  }

  private touch(f: FileState): void {
    f.dirty = true;
    f.text = undefined;
    f.entries = undefined;
    if (this.batch) f.stale = true;
  }

  private defaultsOf(f: FileState): string[] {
    const root = f.doc.contents;
    if (!isMap(root)) return [];
    const langs = root.get('languages', true) as YamlNode | undefined;
    const value = (langs as { toJSON?(): unknown } | undefined)?.toJSON?.();
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  }

  /** The file named by `--file`: inside the glossary folder, created when missing. */
  private fileFor(name: string): FileState {
    const file = name.includes('/') || name.includes(path.sep) ? name : path.join(this.dir, name);
    if (!/\.ya?ml$/i.test(file)) throw new GlossaryEditError(`--file must name a .yaml file, not "${name}"`);
    const rel = path.relative(path.resolve(this.dir), path.resolve(file));
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) {
      throw new GlossaryEditError(`--file ${name}: the file must be in the glossary folder ${this.dir}`);
    }
    const existing = this.files.find((f) => path.resolve(f.file) === path.resolve(file));
    if (existing) return existing;
    return this.create(path.join(this.dir, rel), []);
  }

  /** The topic file for these languages, an existing one when there is one. */
  private chooseFile(type: TermType, languages: string[]): FileState {
    const topic = topicOf(type);
    const matches = (f: FileState) => {
      const base = f.name.replace(/\.ya?ml$/i, '');
      return (base === topic || base.startsWith(`${topic}-`)) && sameSet(this.defaultsOf(f), languages);
    };
    const found = this.files.find(matches);
    if (found) return found;
    const name = `${topic}-${languages.join('-')}.yaml`;
    const same = this.files.find((f) => f.name === name);
    return same ?? this.create(path.join(this.dir, name), languages);
  }

  private create(file: string, languages: string[]): FileState {
    const f = newFileState(file, languages);
    this.files.push(f);
    this.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return f;
  }

  private mergeInto(f: FileState, index: number, input: EntryInput): EditResult {
    const existing = this.entriesOf(f)[index];
    const item = entriesSeq(f.doc).items[index] as YAMLMap;
    // (An entry added in this import has no line yet.)
    const where = existing.origin.line > 0 ? `${existing.origin.file}:${existing.origin.line}` : existing.origin.file;
    const messages: string[] = [];
    let changed = false;

    const newWrong: string[] = [];
    for (const w of input.wrong ?? []) {
      if ((existing.review ?? []).includes(w) && !(input.review ?? []).includes(w)) {
        messages.push(`"${existing.term}" (${where}): kept "${w}" among the variants for review; to have it replaced automatically, move it from "review" to "wrong" in the file`);
      }
      if (w === existing.term || existing.wrong.includes(w) || (existing.review ?? []).includes(w) || newWrong.includes(w)) continue;
      newWrong.push(w);
    }
    if (newWrong.length > 0) {
      const node = item.get('wrong', true) as YamlNode | undefined;
      if (isSeq(node)) for (const w of newWrong) node.items.push(likeSiblings(node, f.doc.createNode(w)));
      else setInOrder(item, f.doc, 'wrong', flowSeq(f.doc, [...existing.wrong, ...newWrong]));
      // The entry covers more languages than asked: the variant applies to all of them, and says so.
      const wider = input.languages && existing.languages.length > input.languages.length ? ` (for all its languages, ${existing.languages.join(', ')}, not only ${input.languages.join(', ')}; to keep a variant to one language, take the language off this entry with \`lektor glossary remove "${existing.term}" --lang ${input.languages[0]}\` and add an entry for it)` : '';
      messages.push(`"${existing.term}" already exists (${where}): added ${newWrong.length === 1 ? 'variant' : 'variants'} ${newWrong.map((w) => `"${w}"`).join(', ')} to it${wider}`);
      changed = true;
    }
    const newReview: string[] = [];
    // A variant replaced so far that is now to be reviewed ("Tic Tac" is also a brand of mints):
    // it moves from `wrong` to `review`. (Not the other way: an old export imported again
    // must not undo an editor's decision to review a variant.)
    const moved: string[] = [];
    for (const w of input.review ?? []) {
      if (existing.wrong.includes(w) && !moved.includes(w)) moved.push(w);
      if (w === existing.term || (existing.review ?? []).includes(w) || newReview.includes(w) || newWrong.includes(w)) continue;
      newReview.push(w);
    }
    if (moved.length > 0) {
      const node = item.get('wrong', true) as YamlNode | undefined;
      if (isSeq(node)) {
        node.items = node.items.filter((x) => !(isScalar(x) && moved.includes(String(x.value))));
        if (node.items.length === 0) item.delete('wrong');
      }
      const wider = input.languages && existing.languages.length > input.languages.length ? ` (for all its languages, ${existing.languages.join(', ')})` : '';
      messages.push(`"${existing.term}" (${where}): moved ${moved.map((w) => `"${w}"`).join(', ')} from the variants it replaces to those for review${wider}`);
      changed = true;
    }
    if (newReview.length > 0) {
      const node = item.get('review', true) as YamlNode | undefined;
      if (isSeq(node)) for (const w of newReview) node.items.push(likeSiblings(node, f.doc.createNode(w)));
      else setInOrder(item, f.doc, 'review', flowSeq(f.doc, [...(existing.review ?? []), ...newReview]));
      const fresh = newReview.filter((w) => !moved.includes(w));
      if (fresh.length > 0) messages.push(`"${existing.term}" already exists (${where}): added ${fresh.map((w) => `"${w}"`).join(', ')} to review`);
      changed = true;
    }
    // (Matched in any case: "obst" beside "Obst" is no new word.)
    const known = new Set((existing.reviewNear ?? []).map((w) => w.toLowerCase()));
    const newNear = (input.reviewNear ?? []).map((w) => w.normalize('NFC')).filter((w) => !known.has(w.toLowerCase()) && (known.add(w.toLowerCase()), true));
    if (newNear.length > 0) {
      const node = item.get('reviewNear', true) as YamlNode | undefined;
      if (isSeq(node)) for (const w of newNear) node.items.push(likeSiblings(node, f.doc.createNode(w)));
      else setInOrder(item, f.doc, 'reviewNear', flowSeq(f.doc, [...(existing.reviewNear ?? []), ...newNear]));
      messages.push(`"${existing.term}" (${where}): added ${newNear.map((w) => `"${w}"`).join(', ')} to the words that make a variant a suggestion (for all its languages)`);
      changed = true;
    }
    for (const key of ['concept', 'firstMention', 'note', 'source'] as const) {
      const value = input[key];
      if (value === undefined || value === existing[key]) continue;
      if (existing[key] === undefined) {
        setInOrder(item, f.doc, key, f.doc.createNode(value));
        messages.push(`"${existing.term}" (${where}): added its ${key}`);
        changed = true;
      } else messages.push(`"${existing.term}" (${where}): kept its ${key} ${JSON.stringify(existing[key])} (not ${JSON.stringify(value)})`);
    }
    // The term's gender and number: a language's value added where the entry has none for it.
    const grammar: Partial<Record<'gender' | 'plural', Record<string, unknown>>> = {};
    for (const key of ['gender', 'plural'] as const) {
      const given = input[key] as Readonly<Record<string, unknown>> | undefined;
      if (given === undefined) continue;
      const own: Record<string, unknown> = { ...(existing[key] ?? {}) };
      const added = Object.keys(given).filter((l) => existing.languages.includes(l) && own[l] === undefined);
      const kept = Object.keys(given).filter((l) => own[l] !== undefined && own[l] !== given[l]);
      for (const l of kept) messages.push(`"${existing.term}" (${where}): kept ${key} ${String(own[l])} for ${l} (not ${String(given[l])}); edit the file to change it`);
      if (added.length === 0) continue;
      for (const l of added) own[l] = given[l];
      setInOrder(item, f.doc, key, f.doc.createNode(grammarNode(f.doc, own, existing.languages)));
      messages.push(`"${existing.term}" (${where}): added its ${key} for ${added.join(', ')}`);
      grammar[key] = own;
      changed = true;
    }
    for (const key of ['type', 'caseSensitive', 'doNotTranslate'] as const) {
      const value = input[key];
      if (value !== undefined && value !== existing[key]) {
        messages.push(`"${existing.term}" (${where}): kept ${key}: ${String(existing[key])} (not ${String(value)}); edit the file to change it`);
      }
    }
    const flag = (input.examples?.flag ?? []).filter((x) => !existing.examples.flag.some((y) => y.text === x.text));
    const pass = (input.examples?.pass ?? []).filter((x) => !existing.examples.pass.includes(x));
    if (flag.length > 0 || pass.length > 0) {
      const found = item.get('examples', true) as YamlNode | undefined;
      const examples: YAMLMap = isMap(found) ? found : new YAMLMap();
      if (!isMap(found)) setInOrder(item, f.doc, 'examples', examples);
      if (flag.length > 0) appendTo(examples, 'flag', flag.map((x) => exampleNode(f.doc, x)), false);
      if (pass.length > 0) appendTo(examples, 'pass', pass.map((x) => quoted(f.doc.createNode(x))), true);
      messages.push(`"${existing.term}" (${where}): added ${flag.length + pass.length} example(s)`);
      changed = true;
    }
    if (!changed) {
      if (messages.length === 0) messages.push(`"${existing.term}" already exists (${where}) with these variants; nothing to change`);
      return { action: 'unchanged', file: f.file, messages };
    }
    if (this.batch) {
      // The parsed entry, changed as its YAML was (see above).
      const entries = this.entriesOf(f);
      existing.wrong.push(...newWrong);
      if (moved.length > 0) existing.wrong = existing.wrong.filter((w) => !moved.includes(w));
      if (newReview.length > 0) existing.review = [...(existing.review ?? []), ...newReview];
      if (newNear.length > 0) existing.reviewNear = [...(existing.reviewNear ?? []), ...newNear];
      for (const key of ['concept', 'firstMention', 'note', 'source'] as const) {
        if (existing[key] === undefined && input[key] !== undefined) (existing as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (grammar.gender) existing.gender = grammar.gender as Record<string, 'm' | 'f' | 'n'>;
      if (grammar.plural) existing.plural = grammar.plural as Record<string, boolean>;
      existing.examples.flag.push(...flag);
      existing.examples.pass.push(...pass);
      this.touch(f);
      f.entries = entries;
      return { action: 'merged', file: f.file, messages };
    }
    this.touch(f);
    return { action: 'merged', file: f.file, messages };
  }
}

function loadFileState(file: string, text: string): FileState {
  const doc = parseDocument(text, { uniqueKeys: true });
  return { file, name: path.basename(file), original: text, doc, dirty: false };
}

function newFileState(file: string, languages: string[]): FileState {
  const doc = new Document({ languages, entries: [] });
  const topic = path.basename(file).replace(/\.ya?ml$/i, '').split('-')[0];
  const title = TOPIC_TITLES[topic] ?? 'Glossary entries';
  doc.commentBefore = ` ${title}${languages.length > 0 ? ` (${languages.join(', ')})` : ''}. Created by "lektor glossary"; edit freely.`;
  const root = doc.contents as YAMLMap;
  const langs = root.get('languages', true);
  if (isSeq(langs)) langs.flow = true;
  if (languages.length === 0) root.delete('languages');
  return { file, name: path.basename(file), original: null, doc, dirty: true };
}

function flowSeq(doc: Document, values: string[]): YAMLSeq {
  const seq = doc.createNode(values) as YAMLSeq;
  seq.flow = true;
  return seq;
}

/** The `entries` sequence of a file (created when the file has none). */
function entriesSeq(doc: Document): YAMLSeq {
  const root = doc.contents;
  if (isSeq(root)) return root;
  if (isMap(root)) {
    const seq = root.get('entries', true);
    if (isSeq(seq)) {
      // `entries: []` written in flow style: new entries are block items.
      if (seq.flow && seq.items.length === 0) seq.flow = false;
      return seq;
    }
    const fresh = new YAMLSeq();
    root.set('entries', fresh);
    return fresh;
  }
  const seq = new YAMLSeq();
  const map = new YAMLMap();
  map.set('entries', seq);
  doc.contents = map;
  return seq;
}

const KEY_ORDER = ['term', 'languages', 'lang', 'type', 'concept', 'wrong', 'review', 'reviewNear', 'gender', 'plural', 'caseSensitive', 'firstMention', 'doNotTranslate', 'note', 'source', 'examples'];

/** Set a key of an entry; a new key goes where the canonical order puts it. */
function setInOrder(item: YAMLMap, doc: Document, key: string, value: unknown): void {
  const at = item.items.findIndex((p) => keyOf(p) === key);
  if (at >= 0) {
    item.items[at].value = value;
    return;
  }
  const rank = KEY_ORDER.indexOf(key);
  let index = item.items.length;
  for (let i = 0; i < item.items.length; i++) {
    const r = KEY_ORDER.indexOf(keyOf(item.items[i]));
    if (r > rank) {
      index = i;
      break;
    }
  }
  item.items.splice(index, 0, doc.createPair(key, value) as Pair<unknown, unknown>);
}

function keyOf(pair: Pair<unknown, unknown>): string {
  const k = pair.key;
  return isScalar(k) ? String(k.value) : String(k);
}

/** A new scalar of a list is quoted like the list's first item ("…" or plain). */
function likeSiblings(seq: YAMLSeq, node: YamlNode): YamlNode {
  const first = seq.items[0];
  if (isScalar(node) && isScalar(first) && (first.type === 'QUOTE_DOUBLE' || first.type === 'QUOTE_SINGLE')) node.type = first.type;
  return node;
}

function quoted(node: YamlNode): YamlNode {
  if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
  return node;
}

function appendTo(map: YAMLMap, key: string, nodes: YamlNode[], flow: boolean): void {
  const seq = map.get(key, true);
  if (isSeq(seq)) {
    seq.items.push(...nodes.map((n) => likeSiblings(seq, n)));
    return;
  }
  const fresh = new YAMLSeq();
  fresh.flow = flow;
  fresh.items.push(...nodes);
  map.set(key, fresh);
}

/**
 * An entry's `gender` or `plural` as YAML: one value where it is the same for every language of
 * the entry whose articles show it (`gender: f`), else a value per language (`{ de: n, es: m }`).
 */
function grammarNode(doc: Document, values: Readonly<Record<string, unknown>>, languages: readonly string[]): unknown {
  const codes = Object.keys(values);
  const agreeing = languages.filter((l) => profileFor(l)?.agreement);
  const same = new Set(codes.map((c) => values[c])).size === 1;
  if (same && sameSet(codes, agreeing)) return values[codes[0]];
  const node = doc.createNode(values) as YAMLMap;
  node.flow = true;
  return node;
}

function exampleNode(doc: Document, ex: GlossaryExample): YamlNode {
  const node = doc.createNode(ex.fixed === undefined ? { text: ex.text } : { text: ex.text, fixed: ex.fixed }) as YAMLMap;
  node.flow = true;
  for (const p of node.items) if (isScalar(p.value)) p.value.type = 'QUOTE_DOUBLE';
  return node;
}

/** A new entry as a YAML mapping, in the house order and style. */
function entryNode(doc: Document, e: EntryInput, languages: readonly string[]): YAMLMap {
  const map = new YAMLMap();
  map.set('term', e.term);
  if (e.languages) map.set('languages', flowSeq(doc, e.languages));
  map.set('type', e.type ?? 'term');
  if (e.concept !== undefined) map.set('concept', e.concept);
  if (e.wrong && e.wrong.length > 0) map.set('wrong', flowSeq(doc, e.wrong));
  if (e.review && e.review.length > 0) map.set('review', flowSeq(doc, e.review));
  if (e.reviewNear && e.reviewNear.length > 0) map.set('reviewNear', flowSeq(doc, e.reviewNear));
  if (e.gender !== undefined) map.set('gender', grammarNode(doc, e.gender as Record<string, unknown>, languages));
  if (e.plural !== undefined) map.set('plural', grammarNode(doc, e.plural as Record<string, unknown>, languages));
  if (e.caseSensitive === false) map.set('caseSensitive', false);
  if (e.firstMention !== undefined) map.set('firstMention', e.firstMention);
  if (e.doNotTranslate) map.set('doNotTranslate', true);
  if (e.note !== undefined) map.set('note', e.note);
  if (e.source !== undefined) map.set('source', e.source);
  const flag = e.examples?.flag ?? [];
  const pass = e.examples?.pass ?? [];
  if (flag.length > 0 || pass.length > 0) {
    const examples = new YAMLMap();
    if (flag.length > 0) appendTo(examples, 'flag', flag.map((x) => exampleNode(doc, x)), false);
    if (pass.length > 0) {
      const seq = flowSeq(doc, pass);
      for (const s of seq.items) if (isScalar(s)) s.type = 'QUOTE_DOUBLE';
      examples.set('pass', seq);
    }
    map.set('examples', examples);
  }
  return map;
}

/**
 * Before the entry at `i` goes: a comment after it past a blank line heads what follows (a
 * section, "# --- Phones ---"), and the parser gave it to the entry. It goes to the next entry
 * (or stays at the list's end); the comment before the blank line goes with the entry.
 */
function keepSectionComment(seq: YAMLSeq, i: number): void {
  const item = seq.items[i] as YamlNode & { comment?: string | null };
  const comment = item?.comment;
  if (typeof comment !== 'string') return;
  const gap = comment.indexOf('\n\n');
  if (gap < 0) return;
  const rest = comment.slice(gap + 2);
  const next = seq.items[i + 1] as (YamlNode & { commentBefore?: string | null; spaceBefore?: boolean }) | undefined;
  if (next) {
    next.commentBefore = next.commentBefore ? `${rest}\n${next.commentBefore}` : rest;
    next.spaceBefore = true;
  } else {
    seq.comment = seq.comment ? `${seq.comment}\n${rest}` : rest;
  }
}

function normalizeLanguages(languages: string[]): string[] {
  const out: string[] = [];
  for (const raw of languages) {
    for (const l of raw.split(/[\s,|]+/).filter(Boolean)) {
      const lower = l.toLowerCase();
      if (!LANGUAGE.test(lower)) throw new GlossaryEditError(`"${l}" is not a language code such as de or en`);
      // ("deu" is written "de", "ita" "it": one language, one code, see `languageCode`.)
      const code = languageCode(lower);
      if (!out.includes(code)) out.push(code);
    }
  }
  return out;
}

/** A value in quotes, with invisible characters (zero-width spaces, bidi controls) written as \\u{…}. */
function visible(value: string): string {
  return `"${value.replace(/[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)}"`;
}

/** Check an input's fields before it is turned into YAML (the loader checks again after). */
function checkInput(input: EntryInput): EntryInput {
  // (Composed, NFC, as the loader reads the files: a term typed with combining marks is the same term.)
  const term = input.term?.trim().normalize('NFC');
  if (!term) throw new GlossaryEditError('the term must not be empty');
  const label = `entry "${term}"`;
  if (input.type !== undefined && !TERM_TYPES.includes(input.type)) {
    throw new GlossaryEditError(`${label}: type must be one of ${TERM_TYPES.join(', ')}, not "${input.type}"`);
  }
  // (Spaces in a row are one: "Tick  Tack" matches as "Tick Tack" does, and is no variant of its own.)
  const variant = (w: string) => w.trim().normalize('NFC').replace(/ {2,}/g, ' ');
  const wrong = (input.wrong ?? []).map(variant);
  const review = (input.review ?? []).map(variant);
  for (const w of [...wrong, ...review]) {
    if (w === '') throw new GlossaryEditError(`${label}: a variant must not be empty`);
    // As the loader checks (so that an import names its own row, not the YAML it would write).
    const problem = variantProblem(w);
    if (problem) throw new GlossaryEditError(`${label}: variant ${visible(w)} ${problem}`);
  }
  if (wrong.includes(term) || review.includes(term)) throw new GlossaryEditError(`${label}: the variant "${term}" is the term itself`);
  for (const w of review) if (wrong.includes(w)) throw new GlossaryEditError(`${label}: the variant "${w}" is given both to replace and to review`);
  for (const key of ['firstMention', 'note', 'source', 'concept'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') throw new GlossaryEditError(`${label}: ${key} must be text`);
  }
  const concept = input.concept?.trim();
  if (concept === '') throw new GlossaryEditError(`${label}: the concept must not be empty`);
  // (As the loader reads them: one value for every language whose articles show it, or one per language.)
  const grammar = grammarOf(input.gender, input.plural, input.languages ?? [], (m) => {
    throw new GlossaryEditError(`${label}: ${m}`);
  });
  // (The same variant given twice is one variant.)
  return {
    ...input,
    term,
    wrong: [...new Set(wrong)],
    ...(review.length > 0 ? { review: [...new Set(review)] } : { review: undefined }),
    ...(concept !== undefined ? { concept } : {}),
    gender: grammar.gender,
    plural: grammar.plural,
  };
}

/**
 * How the file spaces its flow collections: `[de]` or `[ de ]`, `{text: …}` or
 * `{ text: … }` (the first non-empty one of each kind decides; default `[de]` and
 * `{ text: … }`, the style of the repository's files).
 */
function detectPadding(original: string, doc: Document): { seq: boolean; map: boolean } {
  let seq: boolean | undefined;
  let map: boolean | undefined;
  const look = (node: YAMLSeq | YAMLMap, open: string) => {
    if (!node.flow || !node.range || node.items.length === 0) return undefined;
    return new RegExp(`^\\${open}\\s`).test(original.slice(node.range[0], node.range[1]));
  };
  visit(doc, {
    Seq(_key, node) {
      seq ??= look(node, '[');
    },
    Map(_key, node) {
      map ??= look(node, '{');
    },
  });
  return { seq: seq ?? false, map: map ?? true };
}

/**
 * Render a document with the file's spacing in flow collections. `yaml` has one
 * option for both kinds, so the document is rendered both ways (the lines are the
 * same but for those spaces) and each line is taken from the rendering whose
 * spacing fits the first flow collection that opens on it.
 */
function renderStyled(doc: Document, padding: { seq: boolean; map: boolean }): string {
  const seqStyle = doc.toString({ lineWidth: 0, flowCollectionPadding: padding.seq });
  if (padding.seq === padding.map) return seqStyle;
  const mapStyle = doc.toString({ lineWidth: 0, flowCollectionPadding: padding.map });
  const a = seqStyle.split('\n');
  const b = mapStyle.split('\n');
  if (a.length !== b.length) return seqStyle;
  return a
    .map((line, i) => {
      const brace = line.indexOf('{');
      const bracket = line.indexOf('[');
      return brace >= 0 && (bracket < 0 || brace < bracket) ? b[i] : line;
    })
    .join('\n');
}

const squash = (line: string) => line.replace(/\s+/g, '');

/**
 * Render a changed document so that every line the change does not touch is the
 * original line, byte for byte. The original and the changed document are both
 * rendered by `yaml`; the line diff between the two renderings is applied to the
 * original text. When the rendering of the unchanged document does not line up with
 * the original (it differs beyond spacing), the whole changed document is used, which
 * still keeps every comment and the entry order.
 */
export function renderPreserving(original: string, doc: Document): string {
  const before = parseDocument(original, { uniqueKeys: true });
  const padding = detectPadding(original, before);
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const after = renderStyled(doc, padding);
  const split = (text: string) => {
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    return lines;
  };
  const origLines = split(original);
  const beforeLines = split(renderStyled(before, padding));
  const afterLines = split(after);
  const finalNewline = original === '' || /\n$/.test(original);
  // The file as written against the same document as the renderer writes it: lines equal
  // but for white space are the same line (kept as written); lines only the file has (a
  // blank line the renderer drops, say) are kept after the line they follow.
  const mapped = new Array<number>(beforeLines.length).fill(-1);
  const extra = new Map<number, string[]>();
  let b = 0;
  let o = 0;
  for (const part of diffArrays(beforeLines.map(squash), origLines.map(squash))) {
    if (part.added) {
      const list = extra.get(b - 1) ?? [];
      list.push(...origLines.slice(o, o + part.value.length));
      extra.set(b - 1, list);
      o += part.value.length;
    } else if (part.removed) b += part.value.length;
    else for (let k = 0; k < part.value.length; k++) mapped[b++] = o++;
  }
  const out: string[] = [...(extra.get(-1) ?? [])];
  let i = 0;
  for (const part of diffArrays(beforeLines, afterLines)) {
    // (A blank line the renderer writes is empty: it indents one as the list around it.)
    if (part.added) out.push(...part.value.map((line) => (/^[ \t]+$/.test(line) ? '' : line)));
    else if (part.removed) {
      // The file's own lines after a removed line: its comments and blank lines stay (a
      // section's heading comment, say); other lines are the removed content as the file
      // writes it (the lines of a folded note) and go with it.
      for (let k = 0; k < part.value.length; k++) out.push(...(extra.get(i++) ?? []).filter((line) => /^\s*(?:#.*)?$/.test(line)));
    } else {
      for (let k = 0; k < part.value.length; k++, i++) {
        // A line the renderer writes but the file does not (a folded or multi-line scalar the
        // file writes over other lines): unchanged, the file's own lines say it, and they
        // follow among the extras. Writing both had doubled a folded note at every edit.
        if (mapped[i] >= 0) out.push(origLines[mapped[i]]);
        out.push(...(extra.get(i) ?? []));
      }
    }
  }
  return out.join(eol) + (finalNewline ? eol : '');
}

// ---- one writer at a time ----

/** How long a writer waits for another's lock before it gives up, and how old a lock left behind may be. */
const LOCK_WAIT_MS = 15_000;
const STALE_LOCK_MS = 60_000;

/**
 * Run `fn` (open, change, save) while holding the glossary folder's lock, a file
 * `.lektor-glossary.lock` made exclusively: four `glossary add` run at once had each read the
 * file, added its entry and written it back, and only the last entry was kept. A lock left by a
 * process that died is taken over after a minute; one held longer than the wait is an error
 * naming it.
 */
export async function withGlossaryLock<T>(target: string, fn: () => Promise<T>): Promise<T> {
  const info = await stat(target).catch(() => undefined);
  const dir = info?.isDirectory() || (!info && !/\.ya?ml$/i.test(target)) ? target : path.dirname(target);
  const lock = path.join(dir, '.lektor-glossary.lock');
  const { mkdir, open, readdir, rename, rm, unlink } = await import('node:fs/promises');
  // (A glossary folder that does not exist yet is made by the first entry added to it; made
  // here for the lock, and taken away again should the change write nothing.)
  const created = await mkdir(dir, { recursive: true });
  const started = Date.now();
  // The holder's pid and a token of its own: a lock is released only by the one who holds it.
  const token = `${process.pid} ${Math.random().toString(36).slice(2)}\n`;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(token);
      await handle.close();
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new GlossaryEditError(`cannot lock the glossary (${lock}: ${code ?? (error as Error).message})`);
      // Left by a process that is gone (its pid, on this machine), or older than any change takes:
      // taken over by renaming it away, which only one waiter can do (a compare and unlink had
      // let a second waiter delete the first's new lock).
      const held = await readFile(lock, 'utf8').catch(() => undefined);
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (held !== undefined && (!alive(held) || age > STALE_LOCK_MS)) {
        const away = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}.stale`;
        if (await rename(lock, away).then(() => true, () => false)) {
          // (Renamed is what was read, or a lock taken meanwhile: then it is put back.)
          if ((await readFile(away, 'utf8').catch(() => undefined)) === held) await unlink(away).catch(() => {});
          else await rename(away, lock).catch(() => unlink(away).catch(() => {}));
        }
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) throw new GlossaryEditError(`another change of the glossary is running (it holds ${lock}); try again, or remove that file if no lektor is running`);
      await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
    }
  }
  const release = onExit(() => {
    try {
      unlinkSync(lock);
    } catch {
      // gone already
    }
  });
  try {
    return await fn();
  } finally {
    release();
    if ((await readFile(lock, 'utf8').catch(() => undefined)) === token) await unlink(lock).catch(() => {});
    if (created !== undefined && (await readdir(dir).catch(() => ['?'])).length === 0) await rm(created, { recursive: true, force: true });
  }
}

/** Whether the process whose pid a lock holds runs (on this machine; a lock without a pid counts as held). */
function alive(held: string): boolean {
  const pid = Number(held.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---- one-shot helpers (open, change, validate, write) ----

/** Add (or merge) one entry into the glossary folder `dir`, validate and write. */
export async function addEntry(dir: string, input: EntryInput, options: EditOptions = {}): Promise<EditResult> {
  return withGlossaryLock(dir, async () => {
    const ws = await GlossaryWorkspace.open(dir);
    const result = ws.add(input, options);
    if (result.action !== 'unchanged') await ws.save();
    return result;
  });
}

/** Remove an entry (or one language of it) from the glossary folder `dir`, validate and write. */
export async function removeEntry(dir: string, term: string, options: { lang?: string } = {}): Promise<EditResult[]> {
  return withGlossaryLock(dir, async () => {
    const ws = await GlossaryWorkspace.open(dir);
    const results = ws.remove(term, options);
    await ws.save();
    return results;
  });
}
