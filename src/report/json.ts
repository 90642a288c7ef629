/**
 * The JSON shape of a checked document, as printed by `--format json` and written to
 * `<file>.findings.json`. Documented in the README ("JSON output"); tests and later
 * tools read it, so fields are only ever added.
 */
import type { DocumentResult, Finding } from '../core/types.js';

export interface JsonDocument {
  path: string;
  format: DocumentResult['format'];
  language: string;
  /** The regional locale it was checked with ("de-CH": dictionary and quotation marks), when not the language's own. */
  locale?: string;
  /** When the locale was told from the text, not chosen: the words that told it ("Strasse", "heisst"). */
  localeEvidence?: string[];
  checks: string[];
  /** Document quality score, 0–100 (higher is better); absent when not estimated. */
  score?: number;
  quality?: DocumentResult['quality'];
  /** The model that checked the document, when one ran. */
  model?: DocumentResult['model'];
  findings: Finding[];
  corrected: string;
}

export function toJsonDocument(result: DocumentResult): JsonDocument {
  return {
    path: result.path,
    format: result.format,
    language: result.language,
    ...(result.locale ? { locale: result.locale } : {}),
    ...(result.localeEvidence ? { localeEvidence: result.localeEvidence } : {}),
    checks: result.checks,
    ...(result.quality ? { score: result.quality.score, quality: result.quality } : {}),
    ...(result.model ? { model: result.model } : {}),
    findings: result.findings,
    corrected: result.corrected,
  };
}
