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
  checks: string[];
  findings: Finding[];
  corrected: string;
}

export function toJsonDocument(result: DocumentResult): JsonDocument {
  return {
    path: result.path,
    format: result.format,
    language: result.language,
    checks: result.checks,
    findings: result.findings,
    corrected: result.corrected,
  };
}
