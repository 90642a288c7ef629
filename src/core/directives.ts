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
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** One directive comment, as the Markdown reader finds it. */
export interface Directive {
  kind: DirectiveKind;
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
}

/** `<!-- lektor-… -->` (with or without spaces inside the comment's marks). */
const DIRECTIVE = /<!--\s*lektor-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

/** The directives in an HTML node's text (`<!-- … -->`), at source offset `at`. */
export function directivesIn(html: string, at: number): Directive[] {
  const found: Directive[] = [];
  if (!html.includes('lektor-')) return found;
  for (const m of html.matchAll(DIRECTIVE)) {
    const rules = m[2]
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '');
    found.push({ kind: m[1] as DirectiveKind, rules, start: at + m.index, end: at + m.index + m[0].length });
  }
  return found;
}

interface Range {
  start: number;
  end: number;
  /** The ids silenced (undefined: every rule). */
  rules: ReadonlySet<string> | undefined;
  /** The directive it comes from (index into the list). */
  from: number;
}

/** Whether a finding's rule id is one of the ids named (`glossary` names `glossary/tiktok`). */
function names(rules: ReadonlySet<string> | undefined, ruleId: string): boolean {
  if (rules === undefined) return true;
  if (rules.has(ruleId)) return true;
  const slash = ruleId.indexOf('/');
  return slash > 0 && rules.has(ruleId.slice(0, slash));
}

/**
 * The source ranges each directive silences, and a filter for findings. `known` tells a rule id
 * (or a glossary entry's) from a typo.
 */
export class Silencer {
  private readonly ranges: Range[] = [];
  readonly reports: DirectiveReport[];

  constructor(directives: readonly Directive[], source: string, lineOf: (offset: number) => number, known: (id: string) => boolean) {
    this.reports = directives.map((d) => {
      const unknown = d.rules.filter((r) => !known(r));
      const report: DirectiveReport = { line: lineOf(d.start), directive: `lektor-${d.kind}`, rules: d.rules, silenced: 0 };
      if (unknown.length > 0) report.unknown = unknown;
      return report;
    });
    // Line starts, for the line directives.
    const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = (offset: number) => {
      const nl = source.indexOf('\n', offset);
      return nl < 0 ? source.length : nl;
    };
    // Open disable ranges: every rule (`all`), or per id.
    let all: number | undefined;
    let allFrom = -1;
    const open = new Map<string, { start: number; from: number }>();
    directives.forEach((d, from) => {
      const ids = d.rules.length > 0 ? new Set(d.rules) : undefined;
      switch (d.kind) {
        case 'disable-line':
          this.ranges.push({ start: lineStart(d.start), end: lineEnd(d.end), rules: ids, from });
          return;
        case 'disable-next-line': {
          const next = lineEnd(d.end) + 1;
          if (next <= source.length) this.ranges.push({ start: next, end: lineEnd(next), rules: ids, from });
          return;
        }
        case 'disable':
          if (ids === undefined) {
            if (all === undefined) {
              all = d.end;
              allFrom = from;
            }
          } else for (const id of ids) if (!open.has(id)) open.set(id, { start: d.end, from });
          return;
        case 'enable':
          if (ids === undefined) {
            if (all !== undefined) this.ranges.push({ start: all, end: d.start, rules: undefined, from: allFrom });
            all = undefined;
            for (const [id, o] of open) this.ranges.push({ start: o.start, end: d.start, rules: new Set([id]), from: o.from });
            open.clear();
          } else {
            for (const id of ids) {
              const o = open.get(id);
              if (o) this.ranges.push({ start: o.start, end: d.start, rules: new Set([id]), from: o.from });
              open.delete(id);
            }
          }
          return;
      }
    });
    // What is still disabled at the end stays so.
    if (all !== undefined) this.ranges.push({ start: all, end: source.length, rules: undefined, from: allFrom });
    for (const [id, o] of open) this.ranges.push({ start: o.start, end: source.length, rules: new Set([id]), from: o.from });
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  /** Whether a finding of `ruleId` that begins at `offset` is silenced (counted for its directive). */
  silences(ruleId: string, offset: number): boolean {
    for (const r of this.ranges) {
      if (offset >= r.start && offset <= r.end && names(r.rules, ruleId)) {
        this.reports[r.from].silenced++;
        return true;
      }
    }
    return false;
  }
}
