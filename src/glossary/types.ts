/** A glossary entry, as written in `glossary/*.yaml` and validated at load. */

export const TERM_TYPES = ['person', 'organisation', 'body', 'brand', 'title', 'place', 'term'] as const;
export type TermType = (typeof TERM_TYPES)[number];

export interface GlossaryExample {
  text: string;
  /** For a flagged example: the text after the glossary's fixes. */
  fixed?: string;
}

export interface GlossaryEntry {
  /** The canonical term, as it must appear. */
  term: string;
  /** ISO 639-1 codes this entry applies to. */
  languages: string[];
  type: TermType;
  /** Forbidden variants, each replaced by the canonical term. */
  wrong: string[];
  /**
   * Variants that are flagged with the term as the suggestion but never replaced
   * automatically: in some contexts they are right ("Tic Tac" is also Ferrero's mints and
   * French for a clock's tick; "Apfel" for Apple). An editor decides.
   */
  review?: string[];
  /**
   * Words that, in the same sentence as a variant, make it a suggestion rather than a fix: the
   * variant may mean them ("Uhr" beside "Tick Tack": a clock's tick, not the app). Matched
   * whole, in any case, with the language's endings ("Uhren").
   */
  reviewNear?: string[];
  caseSensitive: boolean;
  /** A longer form to use on first mention (the short `term` afterwards). */
  firstMention?: string;
  /** The term must appear unchanged (not translated) in the target text. */
  doNotTranslate: boolean;
  note?: string;
  source?: string;
  examples: { flag: GlossaryExample[]; pass: string[] };
  /**
   * Concept id shared by entries that name the same thing in different languages
   * (the English and the German name of a body), so a term found in the source text
   * can be required in its target-language form.
   */
  concept?: string;
  /**
   * The term's grammatical gender, by language (only languages whose articles show it: the
   * profile's `agreement`): a fix right after an article the term does not agree with is a
   * suggestion with the article changed ("Los Ferrocarriles Alemanes" → "La Deutsche Bahn").
   * Written `gender: f` (every such language of the entry) or `gender: { de: n, es: m }`.
   */
  gender?: Readonly<Record<string, 'm' | 'f' | 'n'>>;
  /** By language, whether the term is a plural ("Vereinte Nationen"); written `plural: true` or `plural: { es: true }`. Unsaid: singular where a gender is given. */
  plural?: Readonly<Record<string, boolean>>;
  /** Where the entry was defined, for error messages. */
  origin: { file: string; line: number };
}

export class GlossaryError extends Error {
  readonly file: string;
  readonly line: number;
  /** The column (from 1) of the value at fault, where it is known: the error reads `file:line:column: message`. */
  readonly column?: number;
  /** The line of the entry at fault, where the error is at a field of it (`line`, then, is the field's). */
  entryLine?: number;
  /**
   * Every problem found, this one first, where a file (or `glossary validate`'s glossary) had
   * several: each `file:line: message`. The message holds them all, a line each.
   */
  readonly problems: readonly string[];
  /** The errors this one joins, each as it was made, where it was made by `of` from several. */
  parts?: readonly GlossaryError[];
  constructor(file: string, line: number, message: string, others: readonly string[] = [], column?: number) {
    const problems = [`${file}:${line}:${column === undefined ? '' : `${column}:`} ${message}`, ...others];
    super(problems.join('\n'));
    this.name = 'GlossaryError';
    this.file = file;
    this.line = line;
    if (column !== undefined) this.column = column;
    this.problems = problems;
  }

  /** The first problem's message, without its `file:line:column: `. */
  get reason(): string {
    return this.problems[0].slice(`${this.file}:${this.line}:${this.column === undefined ? '' : `${this.column}:`} `.length);
  }

  /** An error at a place (`at()`'s line and column, else `line`). */
  static at(file: string, place: { line: number; column?: number } | undefined, line: number, message: string): GlossaryError {
    const error = new GlossaryError(file, place?.line ?? line, message, [], place?.column);
    if (place) error.entryLine = line;
    return error;
  }

  /** One error for several (the first's file and line, all their problems), or the one. */
  static of(errors: readonly GlossaryError[]): GlossaryError {
    if (errors.length === 1) return errors[0];
    const [first, ...rest] = errors;
    const joined = new GlossaryError(first.file, first.line, first.reason, [...first.problems.slice(1), ...rest.flatMap((e) => e.problems)], first.column);
    joined.parts = errors.flatMap((e) => e.parts ?? [e]);
    if (first.entryLine !== undefined) joined.entryLine = first.entryLine;
    return joined;
  }
}

/** A `reviewNear` word: one word, as YAML, CSV and TBX take it (letters, digits, hyphens, apostrophes). */
export const REVIEW_NEAR_WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;
