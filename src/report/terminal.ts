/**
 * The terminal summary (stderr), in the style of vfile-reporter: each file with findings,
 * one line per finding (position, severity, message, rule), then the totals. Built from
 * the findings themselves, not from vfile messages: a batch of 184 articles has 28,000
 * findings, and vfile-reporter spent 3.8 s of a 9.6 s run measuring their display width
 * (and padded every message to the longest one). Here a line is as long as its message.
 *
 * Article text reaches the terminal inside messages: control characters (an escape
 * sequence could rewrite the terminal) are shown as visible `\x1b` escapes.
 */
import type { Finding, Severity } from '../core/types.js';
import { isReviewHint } from '../core/types.js';
import { groupDigits } from '../core/count.js';

export interface TerminalFile {
  path: string;
  findings?: readonly Finding[];
  /** Why the file could not be checked. */
  error?: string;
  /** A line to say under the file's name, whatever its findings (an unsupported language). */
  note?: string;
  /** Lines to say under the file's name when the file is listed (the locale told from its text, a directive comment naming no rule). */
  aside?: string | readonly string[];
  /** What went wrong after the file was checked (its reports, or `--write`, could not be written): an error line in its block. */
  problem?: string;
  /**
   * `--write` could not replace the file: its fixes are in no file it was asked to fix, so
   * they are said as "not written" and counted as open.
   */
  unwritten?: boolean;
}

export interface TerminalOptions {
  color?: boolean;
  /** List only files with findings or errors (default: every file). */
  quiet?: boolean;
  /** Count only: no lines for a file that was checked (`--quiet`; a batch holds each file's block until it is printed, and a long file's is MB). */
  countOnly?: boolean;
}

export interface TerminalSummary {
  text: string;
  /** Review hints (word-quality), counted and not listed. */
  hints: number;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const FIXED_COLOR = '\x1b[32m';
const BOLD = '\x1b[1m';
const UNDERLINE = '\x1b[4m';
const RESET = '\x1b[0m';

// C0 controls (a tab too: it broke the summary's columns), DEL, C1 controls, the line and paragraph separators, the
// bidirectional overrides, isolates and marks (which reorder a line as displayed: U+200E,
// U+200F and U+061C move the neutral characters around them), and the invisible
// characters that split a word ("Tik\u200bTok": zero-width space, word joiner, BOM).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]/g;

/** Untrusted text made safe for a terminal line. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

function position(f: Finding): string {
  const { start, end } = f;
  return start.line === end.line && start.column === end.column ? `${start.line}:${start.column}` : `${start.line}:${start.column}-${end.line}:${end.column}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/** One file's part of the summary: its lines and what it adds to the totals. */
export interface TerminalBlock {
  /** Its lines, joined (one flat string: a batch keeps the blocks of all its files). */
  text: string;
  totals: Record<Severity, number>;
  /** Of those, the findings whose fix was applied. */
  fixed: number;
  hints: number;
  failed: boolean;
  /** Checked, but its reports or its corrected text could not be written (`problem`): named under `--quiet` too. */
  problem: boolean;
}

export function terminalBlock(file: TerminalFile, options: TerminalOptions = {}): TerminalBlock {
  const color = options.color === true;
  const paint = (code: string, s: string) => (color ? `${code}${s}${RESET}` : s);
  const block: TerminalBlock = { text: '', totals: { error: 0, warning: 0, info: 0 }, fixed: 0, hints: 0, failed: false, problem: file.problem !== undefined };
  const shown = (file.findings ?? []).filter((f) => {
    if (!isReviewHint(f)) return true;
    block.hints++;
    return false;
  });
  if (options.quiet && shown.length === 0 && !file.error && !file.note && !file.problem) return block;
  const problem = file.problem !== undefined ? `  ${paint(SEVERITY_COLOR.error, 'error')}  ${terminalSafe(file.problem)}` : undefined;
  // (A file that could not be checked counts as failed, not by its findings.)
  if (!file.error) {
    for (const f of shown) {
      block.totals[f.severity]++;
      if (f.fixed && !file.unwritten) block.fixed++;
    }
    if (options.countOnly) {
      if (problem !== undefined) block.text = `${paint(UNDERLINE, terminalSafe(file.path))}\n${problem}`;
      return block;
    }
  }
  const out: string[] = [paint(UNDERLINE, terminalSafe(file.path))];
  if (file.note && !file.error) out.push(`  ${paint(DIM, 'note')}     ${terminalSafe(file.note)}`);
  if (!file.error) for (const aside of typeof file.aside === 'string' ? [file.aside] : (file.aside ?? [])) out.push(`  ${paint(DIM, 'note')}     ${terminalSafe(aside)}`);
  if (file.error) {
    block.failed = true;
    out.push(`  ${paint(SEVERITY_COLOR.error, 'error')}  ${terminalSafe(file.error)}`);
    block.text = out.join('\n');
    return block;
  }
  if (shown.length === 0) {
    out.push(`  ${paint(DIM, 'no issues found')}`);
    if (problem !== undefined) out.push(problem);
    block.text = out.join('\n');
    return block;
  }
  const places = shown.map(position);
  let width = 0;
  for (const p of places) if (p.length > width) width = p.length;
  // A column that says which findings were fixed (in the corrected text), so that an editor
  // sees what is left for them; there only when the file has such a finding.
  const anyFixed = shown.some((f) => f.fixed);
  // (Where --write could not replace the file, its fixes are nowhere it asked for them.)
  const mark = file.unwritten ? paint(SEVERITY_COLOR.error, '✖ not written') : paint(FIXED_COLOR, '✔ fixed');
  const blank = ' '.repeat(file.unwritten ? 13 : 7);
  shown.forEach((f, i) => {
    const severity = paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7));
    const fixed = anyFixed ? `${f.fixed ? mark : blank}  ` : '';
    out.push(`  ${places[i].padEnd(width)}  ${severity}  ${fixed}${terminalSafe(f.message)}  ${paint(DIM, f.ruleId)}`);
  });
  if (problem !== undefined) out.push(problem);
  block.text = out.join('\n');
  return block;
}

/** Running totals of a batch's blocks. */
export interface TerminalTotals {
  bySeverity: Record<Severity, number>;
  /** Findings whose fix was applied (counted in `bySeverity` too). */
  fixed: number;
  hints: number;
  failed: number;
  files: number;
}

export function emptyTotals(): TerminalTotals {
  return { bySeverity: { error: 0, warning: 0, info: 0 }, fixed: 0, hints: 0, failed: 0, files: 0 };
}

export function addBlock(totals: TerminalTotals, b: TerminalBlock): void {
  for (const s of ['error', 'warning', 'info'] as const) totals.bySeverity[s] += b.totals[s];
  totals.fixed += b.fixed;
  totals.hints += b.hints;
  if (b.failed) totals.failed++;
  totals.files++;
}

/** The last line: errors (failed files count as errors), warnings and infos in so many files. */
export function totalsLine(totals: TerminalTotals, options: TerminalOptions = {}): string {
  const color = options.color === true;
  const paint = (code: string, s: string) => (color ? `${code}${s}${RESET}` : s);
  const t = totals.bySeverity;
  const parts: string[] = [];
  if (t.error > 0 || totals.failed > 0) parts.push(paint(SEVERITY_COLOR.error, `✖ ${plural(t.error + totals.failed, 'error')}`));
  if (t.warning > 0) parts.push(paint(SEVERITY_COLOR.warning, `⚠ ${plural(t.warning, 'warning')}`));
  if (t.info > 0) parts.push(plural(t.info, 'info', 'infos'));
  const summary = parts.length > 0 ? `${parts.join(', ')} in ${plural(totals.files, 'file')}` : `no issues found in ${plural(totals.files - totals.failed, 'file')}`;
  const found = t.error + t.warning + t.info;
  // (What an editor still has to look at: the findings not fixed in the corrected text.)
  const fixed = totals.fixed > 0 ? `: ${groupDigits(totals.fixed)} fixed, ${groupDigits(found - totals.fixed)} open` : '';
  return paint(BOLD, summary) + fixed;
}

/** The blocks of a batch, and the totals line. */
export function terminalSummary(blocks: readonly TerminalBlock[], options: TerminalOptions = {}): TerminalSummary {
  const totals = emptyTotals();
  const out: string[] = [];
  for (const b of blocks) {
    addBlock(totals, b);
    if (b.text === '') continue;
    if (out.length > 0) out.push('');
    out.push(b.text);
  }
  if (out.length > 0) out.push('');
  out.push(totalsLine(totals, options));
  return { text: out.join('\n'), hints: totals.hints };
}

export function terminalReport(files: readonly TerminalFile[], options: TerminalOptions = {}): TerminalSummary {
  return terminalSummary(files.map((f) => terminalBlock(f, options)), options);
}
