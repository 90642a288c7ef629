/**
 * `--format sarif`: the run as one SARIF 2.1.0 log on stdout, the format code-scanning tools read
 * (GitHub's code scanning takes it with `github/codeql-action/upload-sarif` and shows each
 * finding on the pull request's lines; VS Code's SARIF viewer lists them and applies the fixes).
 *
 * - Each finding is a result: its rule, level (`error`, `warning`, `note`), message (with the
 *   suggestions, as the `line` format writes it), place (lines and columns, as editors count
 *   them: UTF-16 code units, the log's `columnKind`), the text there (`snippet`), and each
 *   suggestion as a fix (a replacement of that region; none for a finding another's longer fix
 *   fixed, `fixedInsideAnother`, nor for an open finding over a fix Lektor made, `meetsFixed`:
 *   applied with Lektor's fixes, no fix in the log overlaps another but two open findings'). Lektor's category and whether it fixed the finding in its
 *   corrected text are the result's properties.
 * - The rules the results name are described once, in the tool's `driver.rules`, after the
 *   results: a batch's results are written as each document is done, and a glossary entry's rule
 *   (`glossary/tiktok`) is known only when one of its findings is.
 * - A file that could not be checked, or whose reports could not be written (level `error`), or a
 *   score below `--fail-below` (`warning`), is a notification of the run's invocation, with the
 *   file as its place; the invocation is not successful when there is an error among them, nor
 *   when Ctrl-C or SIGTERM stopped the run (`end(interrupted)`: its `exitSignalName` and `exitCode`).
 * - The word-level estimate's review hints are left out, as in the `line` format.
 *
 * Article text is untrusted: it is only ever a JSON string's content here.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { githubPath } from './paths.js';
import { pathToFileURL } from 'node:url';
import { isReviewHint, type DocumentResult, type Finding, type Severity } from '../core/types.js';
import { findingMessage, type ReadText } from './lines.js';
import { defaultRules } from '../rules/index.js';
import { lektorVersion } from '../core/version.js';
import { suggestionsWritable, type ProseDocument } from '../core/document.js';
import { readAgain } from './review.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A rule a document's results name: what its description in the log is made from. */
export interface SarifRule {
  id: string;
  category: string;
  /** For a glossary entry's rule: where the entry is written (`glossary/brands.yaml:5`). */
  entry?: string;
}

/** A document's part of the log: its results (JSON objects, each on its own, in text order) and the rules they name. */
export interface SarifPart {
  results: string[];
  rules: SarifRule[];
  /** The file as the log's `artifacts` list it (the CLI's: it has the bytes read; see `sarifArtifact`). */
  artifact?: SarifArtifact;
}

/**
 * A file checked, as the log's `artifacts` name it: its URI, the SHA-256 of the bytes the check
 * read (what every region and fix describes), and, where `--write` replaced it with its corrected
 * text, the SHA-256 of the bytes written (what the file holds after the run).
 */
export interface SarifArtifact {
  uri: string;
  sha256: string;
  written?: string;
}

/** A file's artifact: `read`, its bytes as checked; `written`, those `--write` put in their place. */
export function sarifArtifact(file: string, read: Uint8Array, written?: Uint8Array): SarifArtifact {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  return { uri: documentUri(file), sha256: sha256(read), ...(written ? { written: sha256(written) } : {}) };
}

/**
 * A path as a URI reference: relative (to the folder the run started in, the repository's root
 * in a CI job) with `/` between its names, each name percent-encoded; an absolute path as a
 * `file:` URI.
 */
export function artifactUri(file: string, sep: string = path.sep): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(sep === '\\' ? /[\\/]/ : '/')
    .map((name) => encodeURIComponent(name))
    .join('/');
}

/**
 * A checked file's URI in the log: its path as GitHub names the repository's files (relative to
 * `$GITHUB_WORKSPACE` in an Actions job, where code scanning places results, also when the job
 * checks from a folder below it; else to the folder the run started in), as `artifactUri` writes it.
 */
export function documentUri(file: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return artifactUri(githubPath(file, env, cwd), '/');
}

function region(f: Finding) {
  return { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column };
}

/** Whether an open finding's suggestions may be written over its span of the file (see `openFixes`). */
export type Writable = (start: number, end: number, suggestions: readonly string[]) => boolean;

/**
 * Where the suggestions of a document's open findings may be fixes: not over markup its reader
 * left out of the text (an XLIFF `<g>` or HTML `<b>` inside the span, which a viewer's "apply
 * fix" would have written away, leaving its end tag: the file no longer XML), nor where one would
 * break a Markdown title or front-matter value, as the review panel tells (`suggestionsWritable`).
 * The document is read again (`original`, the file's text) when first asked; where it cannot be
 * (no text, or a file that does not read), an open finding in markup gets no fix. Plain text: every one.
 */
export function openFixes(format: DocumentResult['format'] | undefined, original: string | undefined, xliff?: () => ProseDocument | undefined): Writable | undefined {
  if (format === undefined || format === 'text') return undefined;
  if (original === undefined) return () => false;
  let writable: { test?: Writable } | undefined;
  return (start, end, suggestions) => {
    writable ??= (() => {
      const doc = format === 'xliff' && xliff ? xliff() : readAgain(original, format);
      return doc ? { test: suggestionsWritable(doc, original) } : {};
    })();
    return writable.test?.(start, end, suggestions) ?? false;
  };
}

/**
 * The fixed findings that another fixed finding's fix carries: Lektor fixed them by applying a
 * fix over a longer span that writes what theirs would ("„Das ist gut.".": quote-period's `.".`
 * → `.“` curls the quote the quotes rule's `"` → `“` would). Their own fix would overlap that one,
 * and a viewer applying both would conflict, so they get none; the outer one stands for both.
 * Of two fixed findings over the same span, the one whose suggestion holds the other's keeps its fix.
 * (An insertion is fixed only where its own fix was applied.)
 */
function fixedInsideAnother(findings: readonly Finding[]): Set<Finding> {
  const fixed = findings.filter((f) => f.fixed && !isReviewHint(f) && f.expected.length > 0 && f.end.offset > f.start.offset);
  const inside = new Set<Finding>();
  if (fixed.length < 2) return inside;
  // Outer first: by start, then the longer span, then the suggestion that holds the other's.
  fixed.sort((a, b) => a.start.offset - b.start.offset || b.end.offset - a.end.offset || b.expected[0].length - a.expected[0].length);
  let outer = fixed[0];
  for (const f of fixed.slice(1)) {
    if (f.end.offset <= outer.end.offset) inside.add(f);
    else outer = f;
  }
  return inside;
}

/**
 * Whether an open finding's span meets a fix Lektor made (`fixed`: the fixed findings whose fix
 * the log gives, which do not overlap): its suggestion was made from the text before that fix
 * (word-order's reordering of `"sensiblen"` holds the straight quotes the quotes rule curled;
 * name-compound's `TikTok-Geräte` the `Tick Tack` the glossary fixed), and a viewer applying it
 * with Lektor's fixes would find two over one span. Spans that overlap meet; so does an
 * insertion inside or at the edge of the other (which comes first is not said).
 */
function meetsFixed(fixed: readonly Finding[]): (f: Finding) => boolean {
  const spans = fixed.map((f) => [f.start.offset, f.end.offset] as const).sort((a, b) => a[0] - b[0]);
  return (f) => {
    const s = f.start.offset;
    const e = f.end.offset;
    // (The first fixed span that ends at or after the open one's start; those after it start later.)
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][1] < s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < spans.length && spans[k][0] <= e; k++) {
      const [a, b] = spans[k];
      if (s === e || a === b ? a <= e && s <= b : a < e && s < b) return true;
    }
    return false;
  };
}

/**
 * The document's findings as SARIF results. `writable`: where an open finding's suggestions may
 * be fixes (`openFixes`; every one where it is not given); a fixed finding's always are.
 */
export function sarifPart(result: Pick<DocumentResult, 'path' | 'findings'> & { format?: DocumentResult['format'] }, read?: ReadText, writable?: Writable): SarifPart {
  // (A Word document is a zip package: a replacement of its text's region is no change of its bytes.)
  const fixes = result.format !== 'docx';
  const uri = documentUri(result.path);
  const results: string[] = [];
  const rules = new Map<string, SarifRule>();
  const inside = fixedInsideAnother(result.findings);
  const overFixed = meetsFixed(result.findings.filter((f) => f.fixed && !isReviewHint(f) && f.expected.length > 0 && !inside.has(f)));
  for (const f of result.findings) {
    if (isReviewHint(f)) continue;
    if (!rules.has(f.ruleId)) rules.set(f.ruleId, { id: f.ruleId, category: f.category, ...(f.glossaryEntry ? { entry: `${f.glossaryEntry.file}:${f.glossaryEntry.line}` } : {}) });
    const artifactLocation = { uri };
    const where = region(f);
    results.push(
      JSON.stringify({
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text: findingMessage(f, read) },
        locations: [{ physicalLocation: { artifactLocation, region: { ...where, snippet: { text: f.actual } } } }],
        // (Each suggestion replaces the finding's text: the file's own text, XML as an XLIFF file writes it.)
        ...(fixes && f.expected.length > 0 && !inside.has(f) && (f.fixed || ((writable === undefined || writable(f.start.offset, f.end.offset, f.expected)) && !overFixed(f)))
          ? {
              fixes: f.expected.map((e) => ({
                description: { text: e === '' ? 'Delete it' : `Replace it with “${read ? read(e, f.start.offset) : e}”` },
                artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: where, insertedContent: { text: e } }] }],
              })),
            }
          : {}),
        properties: { category: f.category, fixed: f.fixed, ...(f.confidence !== undefined ? { confidence: f.confidence } : {}) },
      }),
    );
  }
  return { results, rules: [...rules.values()] };
}

/** What the log says of a rule: its description when Lektor has it (`describe`), else its category, or the glossary entry it checks. */
function ruleDescriptor(rule: SarifRule, describe: SarifTool['describe']) {
  const known = describe(rule.id);
  const text = known?.description ?? (rule.id.startsWith('glossary/') ? `The glossary's entry ${rule.id.slice('glossary/'.length)}${rule.entry ? ` (${rule.entry})` : ''}: its forbidden variants are replaced by its term` : `A ${rule.category} check`);
  return {
    id: rule.id,
    shortDescription: { text },
    ...(known ? { defaultConfiguration: { level: LEVEL[known.severity] } } : {}),
    properties: { category: rule.category, tags: [rule.category] },
  };
}

/** What the log says of its tool: Lektor's version and a rule's description (`describe`: from the rules' metadata). */
export interface SarifTool {
  version: string;
  describe: (id: string) => { description: string; severity: Severity } | undefined;
}

/** Lektor as the log names it: its version, and its own rules' descriptions. */
export function sarifTool(): SarifTool {
  const meta = new Map(defaultRules.map((r) => [r.meta.id, r.meta]));
  return { version: lektorVersion(), describe: (id) => meta.get(id) };
}

export interface SarifNotification {
  /** The file it is about (none: the run's, an interruption after every file was started). */
  path?: string;
  message: string;
  /** `error`: the file could not be checked, or its reports (or, with --write, its corrected text) could not be written; `warning`: its score is below --fail-below. */
  level: 'error' | 'warning';
}

/** A run a signal stopped (Ctrl-C, SIGTERM): its invocation says so (`exitSignalName`, `exitCode`) and is not successful. */
export interface SarifInterruption {
  signal: string;
  exitCode: number;
}

/**
 * Writes the log a document at a time, in input order, as the run's JSON printer does: the
 * results as they come, then the rules they named, the notifications and the invocation.
 */
export function sarifPrinter(
  write: (piece: string) => Promise<void>,
  tool: SarifTool = sarifTool(),
  options: { write?: boolean } = {},
): { document(part: SarifPart): Promise<void>; notify(n: SarifNotification): void; end(interrupted?: SarifInterruption): Promise<void> } {
  const rules = new Map<string, SarifRule>();
  // (By URI, in input order: a file named twice is one artifact.)
  const artifacts = new Map<string, SarifArtifact>();
  const notifications: SarifNotification[] = [];
  let started = false;
  let count = 0;
  let ended = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write(`{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [`);
  };
  return {
    async document(part) {
      await start();
      for (const r of part.rules) if (!rules.has(r.id)) rules.set(r.id, r);
      if (part.artifact && !artifacts.has(part.artifact.uri)) artifacts.set(part.artifact.uri, part.artifact);
      for (const r of part.results) await write(`${count++ === 0 ? '\n' : ',\n'}        ${r}`);
    },
    notify(n) {
      notifications.push(n);
    },
    async end(interrupted) {
      if (ended) return;
      ended = true;
      await start();
      const driver = {
        name: 'Lektor',
        version: tool.version,
        semanticVersion: tool.version,
        rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => ruleDescriptor(r, tool.describe)),
      };
      const invocation = {
        executionSuccessful: !interrupted && !notifications.some((n) => n.level === 'error'),
        ...(interrupted ? { exitCode: interrupted.exitCode, exitSignalName: interrupted.signal } : {}),
        toolExecutionNotifications: notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
          ...(n.path !== undefined ? { locations: [{ physicalLocation: { artifactLocation: { uri: documentUri(n.path) } } }] } : {}),
        })),
      };
      const indent = (json: string) => json.replace(/\n/g, '\n      ');
      // The files checked, each with the hash of the bytes its regions describe: with --write,
      // those read, not those on disk after the run (see docs/cli.md#sarif), which a file
      // written back names in its `written` property.
      const files = [...artifacts.values()].map((a) => ({
        location: { uri: a.uri },
        roles: ['analysisTarget'],
        hashes: { 'sha-256': a.sha256 },
        ...(a.written !== undefined ? { properties: { written: { 'sha-256': a.written } } } : {}),
      }));
      const written = [...artifacts.values()].filter((a) => a.written !== undefined).length;
      await write(
        `${count > 0 ? '\n      ' : ''}],\n` +
          (files.length > 0 ? `      "artifacts": [${files.map((f) => `\n        ${JSON.stringify(f)}`).join(',')}\n      ],\n` : '') +
          `      "tool": ${indent(JSON.stringify({ driver }, null, 2))},\n      "invocations": [${indent(JSON.stringify(invocation, null, 2))}]` +
          (options.write ? `,\n      "properties": ${JSON.stringify({ regions: 'asRead', written })}` : '') +
          `\n    }\n  ]\n}\n`,
      );
    },
  };
}

/**
 * The library's way to the log: documents checked (`Lektor.check`'s results, in order) as one
 * SARIF 2.1.0 log, the CLI's `--format sarif`. XLIFF suggestions are quoted as written (the CLI
 * quotes them as they read; it has the file's text). An open finding's suggestions are fixes
 * where they are not written over markup, told from the text the result's `file` holds
 * (`openFixes`): a result of Markdown, HTML or XLIFF without it has fixes for its fixed findings only.
 */
export async function renderSarif(
  results: ReadonlyArray<Pick<DocumentResult, 'path' | 'findings'> & { format?: DocumentResult['format']; file?: { value?: unknown } }>,
  tool: SarifTool = sarifTool(),
): Promise<string> {
  let out = '';
  const printer = sarifPrinter(async (piece) => void (out += piece), tool);
  for (const r of results) await printer.document(sarifPart(r, undefined, openFixes(r.format, typeof r.file?.value === 'string' ? r.file.value : undefined)));
  await printer.end();
  return out;
}
