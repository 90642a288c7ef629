/**
 * Comments in a Markdown document that silence findings, as markdownlint's and textlint's do:
 *
 *     <!-- lektor-disable -->                 every rule, from here on
 *     <!-- lektor-disable spelling, quotes --> these rules, from here on
 *     <!-- lektor-enable -->                  every rule again (or: lektor-enable spelling)
 *     <!-- lektor-disable-next-line spelling -->   the line after the comment
 *     Moyu Project <!-- lektor-disable-line -->    the comment's own line
 *
 * A rule is named by its id (`glossary`), or one glossary entry by its finding's id
 * (`glossary/tiktok`). A finding is silenced where it begins. A silenced finding is not
 * reported and its fix is not applied. Plain text has no comments: a `.txt` file has none.
 *
 * The keyword is read in any case, as markdownlint reads its own and HTML its tag names
 * (`<!-- LEKTOR-DISABLE -->` is `lektor-disable`); the ids are not, as nowhere in Lektor
 * (`--disable`, the configuration's `rules:`): `Spelling` names no rule, and is said, with the
 * id meant. A comment that looks like a directive and is none (`lektor disable`,
 * `lektor-disable-nextline`) silences nothing and is said too: none is ignored without a word.
 */

import { nearestName } from './did-you-mean.js';
import { ruleOf } from './types.js';
import { groupDigits } from './count.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
const KINDS: readonly string[] = ['disable', 'enable', 'disable-next-line', 'disable-line'];

/** One directive comment, as the Markdown reader finds it. */
export interface Directive {
  /** What it says, or undefined for a `lektor-…` comment that is no directive (a typo: `lektor-disable-nextline`). */
  kind: DirectiveKind | undefined;
  /** The directive as written after `lektor-`, in lower case (`disable-nextline`). */
  name: string;
  /** For a comment that only looks like a directive (`lektor disable`): its words as written. */
  written?: string;
  /** The ids named (none: every rule). */
  rules: string[];
  /** Source offsets of the comment. */
  start: number;
  end: number;
}

/** What a document's directives did, for its report. */
export interface DirectiveReport {
  /** The comment's line. */
  line: number;
  /** `lektor-disable`, … */
  directive: string;
  rules: string[];
  /** How many findings it silenced. */
  silenced: number;
  /** Ids it names that are no rule: a typo silences nothing, so it is said. */
  unknown?: string[];
  /** Of `unknown`, those that name a rule in another case or nearly (a typo): the id meant (`{"Spelling": "spelling", "speling": "spelling"}`). */
  didYouMean?: Record<string, string>;
  /** Set when the comment is no directive Lektor knows (`lektor-disable-nextline`): it silences nothing. */
  problem?: string;
}

/**
 * A comment's body that is a directive: `lektor-…` in any case (after spaces), the name running to a space
 * or the body's end: `lektor-disable-nextline` is no `lektor-disable` of a rule "-nextline"
 * (which had silenced the rules after it for the rest of the document).
 */
const DIRECTIVE_BODY = /^\s*lektor-([A-Za-z][A-Za-z-]*)(?:\s([^]*))?$/i;

/**
 * A comment that means a directive and misses its hyphen (`lektor disable`, `lektor_enable`,
 * `lektor:disable-line`): the directive's words, separated otherwise, and nothing else of a word
 * after them. Said as no directive, with the one meant.
 */
const LOOKALIKE_BODY = /^\s*(lektor[\s_:.]+(?:disable|enable)(?:[\s_:.-]*next[\s_:.-]*line|[\s_:.-]*line)?)(?=[\s,]|$)/i;

/** A directive comment's keyword, in any case: whether a text may hold one (linear). */
export const MAY_HOLD_DIRECTIVE = /lektor[-\s_:.]/i;

/**
 * More directive comments than this in one document are not read (and said): an article's
 * comments are a handful, and each finding is tested against each comment's span.
 */
export const MAX_DIRECTIVES = 1_000;

/**
 * The directives in an HTML node's text (`<!-- … -->`), at source offset `at`. The comments
 * are found with indexOf, each body matched on its own: a search by one regular expression
 * over the text had taken quadratic time where a comment never closes ("<!-- lektor-a " ×
 * 80,000 in an HTML block open to the end of the file: 17 s).
 */
export function directivesIn(html: string, at: number): Directive[] {
  const found: Directive[] = [];
  if (!MAY_HOLD_DIRECTIVE.test(html)) return found;
  for (let open = html.indexOf('<!--'); open >= 0; ) {
    // (An empty comment, "<!-->" or "<!--->", ends there, as HTML and CommonMark read it.)
    if (html.startsWith('>', open + 4) || html.startsWith('->', open + 4)) {
      open = html.indexOf('<!--', open + (html[open + 4] === '>' ? 5 : 6));
      continue;
    }
    const close = html.indexOf('-->', open + 4);
    // (No end: no later comment can close either.)
    if (close < 0) break;
    const body = html.slice(open + 4, close);
    const m = DIRECTIVE_BODY.exec(body);
    const name = m?.[1].toLowerCase();
    // In another case than "lektor-", only a directive's name (or one mistyped) makes a directive:
    // "<!-- Lektor-Hinweis: … -->" is German for an editor's note, no typo of Lektor's.
    if (m && name !== undefined && (/^\s*lektor-/.test(body) || KINDS.includes(name) || kindMeant(name) !== undefined)) {
      // (A block quote's or list's line prefix inside a comment, "> ", is no id.)
      const rules = (m[2] ?? '')
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter((r) => r !== '' && /[\p{L}\p{N}]/u.test(r));
      found.push({ kind: KINDS.includes(name) ? (name as DirectiveKind) : undefined, name, rules, start: at + open, end: at + close + 3 });
    } else if (!m) {
      const like = LOOKALIKE_BODY.exec(body);
      if (like) {
        const meant = like[1].slice('lektor'.length).toLowerCase().replace(/[\s_:.-]+/g, '-').replace(/^-/, '');
        found.push({ kind: undefined, name: meant, written: like[1].replace(/\s+/g, ' '), rules: [], start: at + open, end: at + close + 3 });
      }
    }
    open = html.indexOf('<!--', close + 3);
  }
  return found;
}

/** The directive a mistyped one means, when it is one but for its hyphens (`disable-nextline`, `disable next line`). */
function kindMeant(name: string): DirectiveKind | undefined {
  const bare = name.replace(/[^a-z]/g, '');
  return KINDS.find((k) => k.replace(/-/g, '') === bare) as DirectiveKind | undefined;
}

interface Range {
  start: number;
  end: number;
  /** The ids silenced (undefined: every rule). */
  rules: ReadonlySet<string> | undefined;
  /** With every rule silenced: the ids enabled again (`lektor-enable spelling` after `lektor-disable`). */
  except?: ReadonlySet<string>;
  /** The directive it comes from (index into the list). */
  from: number;
}

/** Whether a finding's rule id is one of the ids named (`glossary` names `glossary/tiktok`). */
function names(rules: ReadonlySet<string> | undefined, ruleId: string, except?: ReadonlySet<string>): boolean {
  const rule = ruleOf(ruleId);
  const has = (set: ReadonlySet<string>) => set.has(ruleId) || set.has(rule);
  if (rules === undefined) return except === undefined || !has(except);
  return has(rules);
}

/**
 * The source ranges each directive silences, and a filter for findings. `known` tells a rule id
 * (or a glossary entry's) from a typo.
 */
export class Silencer {
  private readonly ranges: Range[] = [];
  readonly reports: DirectiveReport[];

  constructor(given: readonly Directive[], source: string, lineOf: (offset: number) => number, known: (id: string) => boolean, ruleIds: readonly string[] = []) {
    const directives = given.slice(0, MAX_DIRECTIVES);
    this.reports = directives.map((d) => {
      const directive = d.written ?? `lektor-${d.name}`;
      const report: DirectiveReport = { line: lineOf(d.start), directive, rules: d.rules, silenced: 0 };
      if (d.kind === undefined) {
        const meant = kindMeant(d.name);
        report.problem = `${directive} is no directive (${meant !== undefined ? `did you mean lektor-${meant}? ` : ''}the directives are lektor-disable, lektor-enable, lektor-disable-next-line, lektor-disable-line): it silences nothing`;
        return report;
      }
      // (Each once: a comment may name one thousands of times.)
      const unknown = [...new Set(d.rules.filter((r) => !known(r)))];
      if (unknown.length > 0) {
        report.unknown = unknown;
        // (An id in another case, or mistyped: the one meant is said, as the configuration says "did you mean".)
        const meant: Array<[string, string]> = [];
        // (The first hundred: a hostile comment names thousands.)
        for (const r of unknown.slice(0, 100)) {
          const near = r !== r.toLowerCase() && known(r.toLowerCase()) ? r.toLowerCase() : r.includes('/') ? undefined : nearestName(r, ruleIds);
          if (near !== undefined) meant.push([r, near]);
        }
        if (meant.length > 0) report.didYouMean = Object.fromEntries(meant);
      }
      return report;
    });
    if (given.length > MAX_DIRECTIVES) {
      const next = given[MAX_DIRECTIVES];
      this.reports.push({ line: lineOf(next.start), directive: `lektor-${next.name}`, rules: next.rules, silenced: 0, problem: `more than ${groupDigits(MAX_DIRECTIVES)} directive comments in one document: this one and those after it are not read` });
    }
    // Lines end at LF, CR LF or CR alone, as Markdown reads them: the line a directive acts on
    // is the line its reader sees. (Reports number lines as git does, by LF only: `lineOf`.)
    const lineStart = (offset: number) => Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
    const lineEnd = (offset: number) => {
      for (let i = offset; i < source.length; i++) if (source[i] === '\n' || source[i] === '\r') return i;
      return source.length;
    };
    const afterBreak = (end: number) => end + (source[end] === '\r' && source[end + 1] === '\n' ? 2 : 1);
    // Every rule silenced (with the ids enabled again since), and the ids silenced one by one.
    let all: { start: number; from: number; except: Set<string> } | undefined;
    const closeAll = (end: number) => {
      if (all !== undefined) this.ranges.push({ start: all.start, end, rules: undefined, ...(all.except.size > 0 ? { except: new Set(all.except) } : {}), from: all.from });
    };
    const open = new Map<string, { start: number; from: number }>();
    directives.forEach((d, from) => {
      const ids = d.rules.length > 0 ? new Set(d.rules) : undefined;
      switch (d.kind) {
        case undefined:
          return;
        case 'disable-line':
          this.ranges.push({ start: lineStart(d.start), end: lineEnd(d.end), rules: ids, from });
          return;
        case 'disable-next-line': {
          const next = afterBreak(lineEnd(d.end));
          if (next <= source.length) this.ranges.push({ start: next, end: lineEnd(next), rules: ids, from });
          return;
        }
        case 'disable':
          if (ids === undefined) {
            if (all === undefined) all = { start: d.end, from, except: new Set() };
            else if (all.except.size > 0) {
              // Every rule again, those enabled since included.
              closeAll(d.start);
              all = { start: d.end, from: all.from, except: new Set() };
            }
          } else {
            if (all !== undefined && [...ids].some((id) => all!.except.has(id))) {
              closeAll(d.start);
              all = { start: d.end, from: all.from, except: new Set([...all.except].filter((id) => !ids.has(id))) };
            }
            for (const id of ids) if (!open.has(id)) open.set(id, { start: d.end, from });
          }
          return;
        case 'enable':
          if (ids === undefined) {
            closeAll(d.start);
            all = undefined;
            for (const [id, o] of open) this.ranges.push({ start: o.start, end: d.start, rules: new Set([id]), from: o.from });
            open.clear();
          } else {
            for (const id of ids) {
              const o = open.get(id);
              if (o) this.ranges.push({ start: o.start, end: d.start, rules: new Set([id]), from: o.from });
              open.delete(id);
            }
            // After a plain lektor-disable, these run again and the others stay silenced.
            if (all !== undefined) {
              closeAll(d.start);
              all = { start: d.end, from: all.from, except: new Set([...all.except, ...ids]) };
            }
          }
          return;
      }
    });
    // What is still disabled at the end stays so.
    closeAll(source.length);
    for (const [id, o] of open) this.ranges.push({ start: o.start, end: source.length, rules: new Set([id]), from: o.from });
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /**
   * Whether a finding of `ruleId` that begins at `offset` is silenced; `count` (the default)
   * counts it for its directive (not a review hint of the estimate, which no list shows).
   */
  silences(ruleId: string, offset: number, count = true): boolean {
    for (const r of this.ranges) {
      if (offset >= r.start && offset <= r.end && names(r.rules, ruleId, r.except)) {
        if (count) this.reports[r.from].silenced++;
        return true;
      }
    }
    return false;
  }
}
