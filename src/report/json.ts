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

/**
 * `JSON.stringify(document, null, 2)` in parts, the same text: its findings one by one, so
 * that a long document's findings file (26 MB for 41,000 findings) is written as it is made.
 */
export function* jsonDocumentParts(document: JsonDocument): Generator<string> {
  const keys = Object.keys(document).filter((k) => (document as unknown as Record<string, unknown>)[k] !== undefined);
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = (document as unknown as Record<string, unknown>)[key];
    yield `${k > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key === 'findings' && Array.isArray(value) && value.length > 0) {
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        out += `${i > 0 ? ',' : ''}\n    ${indented(value[i], '    ')}`;
        if (out.length >= 1 << 15) {
          yield out;
          out = '';
        }
      }
      yield out + '\n  ]';
    } else yield indented(value, '  ');
  }
  yield keys.length > 0 ? '\n}' : '}';
}

/** A value as `JSON.stringify(value, null, 2)` writes it at `indent` (a string's new lines are escaped: only the layout's are shifted). */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent);
}
