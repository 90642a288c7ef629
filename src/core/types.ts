/**
 * The shared types of Lektor: one finding type that every check produces and every
 * reporter renders, and the fix that a finding may carry.
 *
 * Offsets are UTF-16 code units from the start of the original input (what
 * JavaScript string indices count), `end` exclusive. Lines and columns are 1-based.
 */

import type { MqmBreakdown } from '../quality/score.js';
import type { DirectiveReport } from './directives.js';

export type Severity = 'error' | 'warning' | 'info';

/** Closed set of categories, so reports can group and count them. */
export const CATEGORIES = [
  'glossary',
  'repetition',
  'spelling',
  'untranslated',
  'capitalization',
  'punctuation',
  'spacing',
  'language',
  'fluency',
  'grammar',
  /** The translation says something else than its source (a number missing or changed). */
  'accuracy',
  /** Learned estimates of where an editor would change the text (review hints). */
  'quality',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Review hints (category `quality`, the word-level estimate) are estimates, not errors:
 * reports draw them apart, and neither MQM nor the sentence features count them.
 */
export function isReviewHint(f: { category: Category }): boolean {
  return f.category === 'quality';
}

/** The rule of a finding's id: "glossary" of "glossary/tiktok". */
export function ruleOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash > 0 ? ruleId.slice(0, slash) : ruleId;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A fix is data: replace `[start, end)` of the original input with `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** One finding, as reported in JSON (`--format json`) and rendered by every reporter. */
export interface Finding {
  ruleId: string;
  /** Who produced it: `lektor` for rules, `glossary` for glossary entries, `model` for the neural model, `qe` for the word-level estimate's review hints. */
  source: string;
  category: Category;
  severity: Severity;
  message: string;
  start: Point;
  end: Point;
  /** The exact text of the original input at `[start.offset, end.offset)`. */
  actual: string;
  /** Suggestions, best first; possibly empty. */
  expected: string[];
  /** Whether the fix was applied to the corrected text. */
  fixed: boolean;
  /** Optional link to documentation of the rule or the glossary entry. */
  url?: string;
  /** Optional longer explanation (for example a glossary entry's note). */
  note?: string;
  /** For the model's findings and the word-level estimate's review hints: the calibrated probability that the first suggestion is right (or that the span is an error). */
  confidence?: number;
  /** For a glossary finding: where its entry is written, the glossary file (the path as the glossary was given) and the entry's line. */
  glossaryEntry?: GlossaryEntryRef;
  /**
   * The language of each of the message's quotations (its `…` spans), in order, where the rule
   * knows it is not the text's around the finding: `["en"]` for an English word left untranslated
   * in German ("`Flags` looks like English left untranslated"), `["de", "en"]` for "`280 Meter`:
   * the source has `280 yards`". A quotation past its end is in the text's language.
   */
  quoteLanguages?: string[];
}

/** Where a glossary entry is written: its file (as the glossary path was given) and line. */
export interface GlossaryEntryRef {
  file: string;
  line: number;
}

/** A finding before positions are resolved: what rules hand to the pipeline. */
export interface RawFinding {
  ruleId: string;
  source: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Offsets into the original input. */
  start: number;
  end: number;
  expected: string[];
  /** Present when the finding can be fixed automatically (a "safe" fix). */
  fix?: Fix;
  /** Deferred suggestions (costly), resolved within the document's suggestion budget. */
  suggest?: () => string[] | Promise<string[]>;
  confidence?: number;
  url?: string;
  note?: string;
  glossaryEntry?: GlossaryEntryRef;
  /** The language of each of the message's quotations, where not the text's (see `Finding`). */
  quoteLanguages?: string[];
}

/** A sentence's quality estimate (see `src/quality/score.ts`). */
export interface SentenceScore {
  start: Point;
  end: Point;
  /** 0–100, higher is better: round(100 × (1 − predictedHter)). */
  score: number;
  /** Predicted share of words an editor must change. */
  predictedHter: number;
  mqm: MqmBreakdown;
  /**
   * The score with the fixed findings taken out of its MQM part: what is left for an editor.
   * Present only where a finding of the sentence was fixed.
   */
  afterFixes?: number;
}

export interface QualityResult {
  score: number;
  predictedHter: number;
  mqm: MqmBreakdown;
  /** In document order (reports sort them worst first). */
  sentences: SentenceScore[];
  /** The score with the fixed findings taken out of the sentences' MQM parts: what is left for an editor. Present only where a finding was fixed. */
  afterFixes?: number;
}

export interface DocumentResult {
  path: string;
  format: 'text' | 'markdown' | 'xliff' | 'html' | 'docx';
  /**
   * XLIFF: how many targets were checked, and how many were left out: their unit has
   * `translate="no"`, the target is empty, or the unit has none.
   */
  units?: { checked: number; notTranslatable: number; empty: number; missing: number };
  /** ISO 639-1 code of the document's language, or `und` when undetermined. */
  language: string;
  /** The regional locale the document was checked with ("de-CH": its dictionary and quotation marks), when not the language's own. */
  locale?: string;
  /**
   * When the locale was told from the text (no locale chosen for the language): the words
   * that told it ("Strasse", "heisst"; at most five).
   */
  localeEvidence?: string[];
  /**
   * The paragraphs (headings, list items, alt texts, XLIFF targets) the checks read in another
   * language than the text around them, in text order: an English paragraph left in a German
   * article, an Arabic one. Absent when there is none.
   */
  paragraphLanguages?: ParagraphLanguage[];
  findings: Finding[];
  corrected: string;
  /**
   * A Word document (`docx`): the fixes applied to its text (`corrected`), in order, as offsets
   * of the text as read and what each writes there: the corrected document's tracked changes.
   * Not in the JSON reports (kept with a cached result).
   */
  edits?: Array<{ start: number; end: number; text: string }>;
  /** Names of the checks that ran on this document. */
  checks: string[];
  /** Quality estimate of the document and each sentence. */
  quality?: QualityResult;
  /** The on-device model that checked the document, when one ran. */
  model?: { id: string; quantized: boolean; source: string };
  /**
   * The source text it was compared with (`--source`): where it was read from and its language;
   * or, with a folder of sources that lacks this document's, where it was looked for (`missing`).
   */
  source?: { path?: string; language: string; missing?: undefined } | { missing: string; path?: undefined; language?: undefined };
  /**
   * The language the document was translated from, when known: given (`sourceLanguage`, the
   * CLI's --source-lang) or told from its source text; ISO 639-1 as `language` is.
   */
  sourceLanguage?: string;
  /** The document's `<!-- lektor-disable … -->` comments (Markdown, HTML), each with how many findings it silenced. */
  directives?: DirectiveReport[];
}

/**
 * A paragraph in another language than the text around it: its span (`end` exclusive) and its
 * language, ISO 639-1 as the document's (`en`, `ar`), or undetermined in its script where franc
 * could not tell which language (`und-Cyrl`, BCP 47's way).
 */
export interface ParagraphLanguage {
  start: Point;
  end: Point;
  language: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
