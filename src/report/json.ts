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
  /** The language it was translated from, when given (`--source-lang`) or told from `--source`. */
  sourceLanguage?: string;
  /** The regional locale it was checked with ("de-CH": dictionary and quotation marks), when not the language's own. */
  locale?: string;
  /** When the locale was told from the text, not chosen: the words that told it ("Strasse", "heisst"). */
  localeEvidence?: string[];
  /** The paragraphs in another language than the text around them: each one's span and language. */
  paragraphLanguages?: DocumentResult['paragraphLanguages'];
  checks: string[];
  /** Document quality score, 0–100 (higher is better); absent when not estimated. */
  score?: number;
  quality?: DocumentResult['quality'];
  /** The model that checked the document, when one ran. */
  model?: DocumentResult['model'];
  /** The source text it was compared with (`--source`), or where it was looked for and not found. */
  source?: DocumentResult['source'];
  /** XLIFF: how many targets were checked, and how many were left out (`translate="no"`, empty, missing). */
  units?: DocumentResult['units'];
  /** The document's `<!-- lektor-disable … -->` comments, each with its line, the rules it names and how many findings it silenced. */
  directives?: DocumentResult['directives'];
  findings: Finding[];
  corrected: string;
}

export function toJsonDocument(result: DocumentResult): JsonDocument {
  return {
    path: result.path,
    format: result.format,
    language: result.language,
    ...(result.sourceLanguage !== undefined ? { sourceLanguage: result.sourceLanguage } : {}),
    ...(result.locale ? { locale: result.locale } : {}),
    ...(result.localeEvidence ? { localeEvidence: result.localeEvidence } : {}),
    ...(result.paragraphLanguages ? { paragraphLanguages: result.paragraphLanguages } : {}),
    checks: result.checks,
    ...(result.quality ? { score: result.quality.score, quality: result.quality } : {}),
    ...(result.model ? { model: result.model } : {}),
    ...(result.source ? { source: result.source } : {}),
    ...(result.directives ? { directives: result.directives } : {}),
    ...(result.units ? { units: result.units } : {}),
    findings: result.findings,
    corrected: result.corrected,
  };
}

/**
 * `JSON.stringify(document, null, 2)` in parts, the same text: its findings and sentence
 * scores member by member, so that a long document's findings file (26 MB for 41,000
 * findings) is written as it is made (the writer gathers the parts, `writeOutputParts`).
 */
export function jsonDocumentParts(document: JsonDocument): Generator<string> {
  return jsonParts(document, '');
}

/**
 * A value as `JSON.stringify(value, null, 2)` writes it at the indentation `indent`, in parts:
 * plain objects member by member, plain arrays item by item, each item whole (a finding, a
 * sentence's score: small), anything else (a string, a number, an object with `toJSON`) whole.
 * Members that JSON leaves out (undefined, functions, symbols) are left out of objects and
 * written `null` in arrays, as JSON.stringify does. (Items member by member had made a 50 MB
 * findings file 3.5 million parts, 3.5 s; an item a part, 0.9 s.)
 */
function* jsonParts(value: unknown, indent: string): Generator<string> {
  const inner = indent + '  ';
  if (Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      yield `${i > 0 ? ',' : ''}\n${inner}${omitted(v) ? 'null' : whole(v, inner)}`;
    }
    yield `\n${indent}]`;
    return;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    yield '{';
    for (let k = 0; k < keys.length; k++) {
      yield `${k > 0 ? ',' : ''}\n${inner}${JSON.stringify(keys[k])}: `;
      yield* jsonParts(value[keys[k]], inner);
    }
    yield `\n${indent}}`;
    return;
  }
  yield whole(value, indent);
}

/**
 * A value as `JSON.stringify(value, null, 2)` writes it at the indentation `indent`, whole. A plain
 * object or array is written inside as many arrays as `indent` has levels, which JSON.stringify
 * indents itself, and taken out of them: `[[item]]` is `[\n  [\n    ` + the item at four spaces +
 * `\n  ]\n]`. (Indenting its text afterwards, a replace of every line break, had been about 40 % of
 * the time of a findings file's items.)
 */
function whole(value: unknown, indent: string): string {
  const depth = indent.length >> 1;
  if (depth > 0 && (Array.isArray(value) || isPlainObject(value)) && typeof (value as { toJSON?: unknown }).toJSON !== 'function' && indent === '  '.repeat(depth)) {
    let wrapped: unknown = value;
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // Each level opens with "[", a line break and its items' indentation (2, 4, … spaces), and
    // closes with a line break, its own indentation (…, 2, 0 spaces) and "]".
    return text.slice(depth * 2 + depth * (depth + 1), text.length - (depth * 2 + depth * (depth - 1)));
  }
  // (A string's own new lines are escaped: only the layout's are indented.)
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n' + indent);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
