/**
 * Run the whole pipeline on tokenized MT lines: detokenize every line, check them as one
 * plain-text document (one paragraph per line, so the document language is detected once
 * and every line is still checked as its own paragraph), and hand back, per line, the
 * findings and the applied fixes in that line's detokenized coordinates.
 */
import type { Lektor } from '../core/pipeline.js';
import type { Finding } from '../core/types.js';
import type { LektorMessage } from '../core/rule.js';
import { lineAt } from '../core/points.js';
import { detokenize, type Detokenized, type DetokOptions, type TextEdit } from './detok.js';

/** A finding located in one line (offsets into the line's detokenized text). */
export interface LineFinding {
  finding: Finding;
  start: number;
  end: number;
  /** The fix the pipeline applied for it, when it did. */
  fix?: TextEdit;
}

export interface CheckedLine {
  detok: Detokenized;
  findings: LineFinding[];
}

export interface CheckedLines {
  lines: CheckedLine[];
  language: string;
  /** Milliseconds spent in `Lektor.check`. */
  checkMs: number;
}

/**
 * An empty line would turn the document into blank-line-separated paragraphs; it is
 * written as this placeholder (no rule reads it as a word), so lines stay paragraphs.
 */
const EMPTY_LINE = '\u200B';

export interface CheckLinesOptions extends DetokOptions {
  forceLanguage?: string;
  /** The source lines (tokenized like the MT), given to the pipeline as the source text, line for line. */
  source?: readonly string[];
  sourceLanguage?: string;
}

export async function checkLines(lektor: Lektor, mtLines: readonly string[], options: CheckLinesOptions = {}): Promise<CheckedLines> {
  const detoks = mtLines.map((l) => detokenize(l, options));
  const starts: number[] = [];
  let doc = '';
  for (const d of detoks) {
    starts.push(doc.length);
    doc += (d.text === '' ? EMPTY_LINE : d.text) + '\n';
  }
  // The source as a document of the same shape: paragraph i is the source of MT line i.
  const sourceText = options.source
    ?.map((l) => detokenize(l, { ...options, language: options.sourceLanguage ?? 'en' }).text || EMPTY_LINE)
    .map((l) => l + '\n')
    .join('');
  const t0 = performance.now();
  const result = await lektor.check(doc, {
    path: 'mt.txt',
    format: 'text',
    language: options.forceLanguage,
    ...(sourceText === undefined ? {} : { sourceText, sourceLanguage: options.sourceLanguage ?? 'en' }),
  });
  const checkMs = performance.now() - t0;

  // The applied fix of each finding: findings carry `fixed`, the messages carry the fix.
  const fixes = new Map<string, { start: number; end: number; text: string }>();
  for (const m of result.file.messages as LektorMessage[]) {
    const f = m.lektor;
    if (f?.fix) fixes.set(`${f.ruleId}\u0000${f.start}\u0000${f.end}`, f.fix);
  }

  const lines: CheckedLine[] = detoks.map((detok) => ({ detok, findings: [] }));
  for (const finding of result.findings) {
    const offset = finding.start.offset;
    const index = lineAt(starts, offset);
    const base = starts[index];
    const line = lines[index];
    const start = offset - base;
    const end = Math.min(finding.end.offset - base, line.detok.text.length);
    const lf: LineFinding = { finding, start, end };
    if (finding.fixed) {
      const fix = fixes.get(`${finding.ruleId}\u0000${finding.start.offset}\u0000${finding.end.offset}`);
      if (fix) lf.fix = { start: fix.start - base, end: fix.end - base, text: fix.text };
      else lf.fix = { start, end, text: finding.expected[0] ?? '' };
    }
    line.findings.push(lf);
  }
  return { lines, language: result.language, checkMs };
}
