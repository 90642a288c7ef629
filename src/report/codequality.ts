/**
 * `--format gitlab`: the run as a GitLab Code Quality report on stdout, a JSON array of issues in
 * the Code Climate shape that GitLab reads from a job's `artifacts:reports:codequality` file (every
 * tier of GitLab shows it in the merge request's widget and, where the plan has it, on the changed
 * lines of its diff).
 *
 * - Each finding is an issue: `check_name` its rule, `description` the message as the `line`
 *   format writes it (with up to three suggestions, or that it was fixed), `severity` from Lektor's
 *   (`info`, `minor` for a warning, `major` for an error; `critical` for a glossary error, as the
 *   MQM breakdown counts a wrong name or brand), and `location` the file's path (relative to
 *   `$CI_PROJECT_DIR` in a GitLab CI job, else to the folder the run started in, with `/`) and its lines.
 * - `fingerprint`: what GitLab compares between the merge request's report and its target
 *   branch's to tell new findings from fixed ones. It is made of the path, the rule, the text found
 *   and which occurrence of that text and rule in the file it is, not of the line: a paragraph
 *   added above a finding does not make it new.
 * - What is not a finding, a file that could not be checked or whose reports could not be written,
 *   or a score below `--fail-below`, is an issue on the file's first line (`lektor/file`,
 *   `lektor/score`), so that the merge request shows it.
 * - The word-level estimate's review hints are left out, as in `line`, `github` and `sarif`.
 *
 * Article text is untrusted: it is only ever a JSON string's content here.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isReviewHint, type DocumentResult, type Finding } from '../core/types.js';
import { findingMessage, type ReadText } from './lines.js';
import { projectRoot, reportPath } from './paths.js';

export { reportPath };

/** Code Climate's severities, as GitLab shows them. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/** A finding's severity as Code Climate's: a glossary error (a wrong name, brand or body) is critical. */
export function codeQualitySeverity(f: Pick<Finding, 'severity' | 'category'>): CodeQualitySeverity {
  if (f.severity === 'info') return 'info';
  if (f.severity === 'warning') return 'minor';
  return f.category === 'glossary' ? 'critical' : 'major';
}

/**
 * The folder the report's paths are relative to: the project's in a GitLab CI job
 * (`CI_PROJECT_DIR`, which GitLab sets to the clone's folder), also when the job runs the check
 * in a folder below it; else `cwd`, the folder the run started in.
 */
export function codeQualityRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return projectRoot('CI_PROJECT_DIR', env, cwd);
}

function fingerprint(...parts: Array<string | number>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${String(p).length}:${p}\0`);
  return hash.digest('hex');
}

/** The document's findings as issues, each a JSON object on its own, in text order. */
export function codeQualityIssues(result: Pick<DocumentResult, 'path' | 'findings'>, read?: ReadText): string[] {
  const file = reportPath(result.path, process.cwd(), path, codeQualityRoot());
  const seen = new Map<string, number>();
  const issues: string[] = [];
  for (const f of result.findings) {
    if (isReviewHint(f)) continue;
    // (The how-manieth finding of this rule on this text in the file: what tells two alike apart.)
    const key = `${f.ruleId}\0${f.actual}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const issue: CodeQualityIssue = {
      type: 'issue',
      check_name: f.ruleId,
      description: findingMessage(f, read),
      severity: codeQualitySeverity(f),
      fingerprint: fingerprint('lektor', file, f.ruleId, f.actual, nth),
      location: { path: file, lines: { begin: f.start.line, end: f.end.line } },
    };
    issues.push(JSON.stringify(issue));
  }
  return issues;
}

/**
 * What is not a finding, as an issue on the file's first line: `file`, a file that could not be
 * checked (or, `checked`, whose reports could not be written: `problem` says which); `score`, a
 * document below --fail-below.
 */
export function codeQualityNotice(file: string, kind: 'file' | 'score', message: string, checked = false): string {
  const where = reportPath(file, process.cwd(), path, codeQualityRoot());
  const issue: CodeQualityIssue = {
    type: 'issue',
    check_name: `lektor/${kind}`,
    description: kind === 'file' && !checked ? `could not be checked: ${message}` : message,
    severity: kind === 'file' ? 'blocker' : 'major',
    // (A score's by its file alone: the score moves with any edit of the document, a paragraph
    // added, and the issue had shown as new in every merge request that touched the file.)
    fingerprint: kind === 'score' ? fingerprint('lektor', where, 'lektor/score') : fingerprint('lektor', where, `lektor/${kind}`, message),
    location: { path: where, lines: { begin: 1, end: 1 } },
  };
  return JSON.stringify(issue);
}

/**
 * Writes the report a document at a time, in input order: `[`, then each document's issues (a
 * document may have none), then `]`. `document` takes issues as `codeQualityIssues` makes them.
 * Each fingerprint is unique in the report, as GitLab requires (of issues that share one it shows
 * one): an issue whose fingerprint came before, a file named twice on the command line that could
 * not be read, gets one of its own, made from it and how many came before.
 */
export function codeQualityPrinter(write: (piece: string) => Promise<void>): { document(issues: readonly string[]): Promise<void>; end(): Promise<void> } {
  let count = 0;
  let ended = false;
  const seen = new Map<string, number>();
  const unique = (issue: string): string => {
    // (The issue is JSON.stringify's: a quotation mark inside a string is written `\"`, so that
    // only the key itself reads `"fingerprint":"`.)
    const found = /"fingerprint":"([0-9a-f]{64})"/.exec(issue);
    if (!found) return issue;
    const before = seen.get(found[1]) ?? 0;
    seen.set(found[1], before + 1);
    if (before === 0) return issue;
    const own = fingerprint(found[1], before);
    seen.set(own, 1);
    return `${issue.slice(0, found.index)}"fingerprint":"${own}"${issue.slice(found.index + found[0].length)}`;
  };
  return {
    async document(issues) {
      for (const issue of issues) await write(`${count++ === 0 ? '[\n  ' : ',\n  '}${unique(issue)}`);
    },
    async end() {
      if (ended) return;
      ended = true;
      await write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** The library's way to the report: documents checked (`Lektor.check`'s results, in order) as one GitLab Code Quality report, the CLI's `--format gitlab`. */
export async function renderCodeQuality(results: ReadonlyArray<Pick<DocumentResult, 'path' | 'findings'>>): Promise<string> {
  let out = '';
  const printer = codeQualityPrinter(async (piece) => void (out += piece));
  for (const r of results) await printer.document(codeQualityIssues(r));
  await printer.end();
  return out;
}
