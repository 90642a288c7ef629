/**
 * How a check is written. A rule is metadata (id, category, severity, languages, whether
 * its fixes are safe, and examples that the test suite runs) plus a `check` function
 * that reads one block's words and reports findings. `rulePlugin` turns it into a
 * unified plugin: metadata is stamped in that one wrapper, findings become vfile
 * messages, and rules never edit text (a fix is data).
 */
import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Category, Severity, RawFinding, Point, Finding, GlossaryEntryRef } from './types.js';
import type { Block, ProseDocument } from './document.js';
import { toSource, isVerbatimAcrossLines, fixable } from './document.js';
import { partitionPoint } from './spans.js';
import type { Segmented, WordToken, SentenceSpan } from './segment.js';
import { profileFor, type LanguageProfile } from '../languages/index.js';
import type { Resources } from './resources.js';

export interface RuleExample {
  /** ISO 639-1 code of the example's language, or a locale tag ("de-CH") for a regional spelling. */
  lang: string;
  text: string;
  /** For examples that must be flagged: the text after the rule's safe fixes (or its first suggestion). */
  output?: string;
  /** The text it was translated from, for a rule that compares the two (`needsSource`); read as English. */
  source?: string;
  /** For examples that must be flagged: the severity of the rule's first finding, where the example is about it (information, not an error). */
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  description: string;
  category: Category;
  severity: Severity;
  /** ISO 639-1 codes the rule applies to, or `all`. */
  languages: readonly string[] | 'all';
  /**
   * `safe`: fixes are applied automatically (glossary, spacing, quotes, exact duplicates);
   * `review`: suggestions are listed for an editor; `none`: no suggestion.
   */
  fix: 'safe' | 'review' | 'none';
  /** Examples that must be flagged (with the corrected output) and that must not. The test suite runs them. */
  examples: { flag: RuleExample[]; pass: RuleExample[] };
  /**
   * `document`: the rule follows the publication's conventions (quotation marks, spacing
   * around punctuation), so it runs with the document's language and profile in every
   * paragraph: a German article keeps „…“ around an English title, or in a paragraph left in
   * English. Default `paragraph`: the paragraph's own language (spelling, grammar).
   */
  languageOf?: 'paragraph' | 'document';
  /** The rule compares the text with its source (`--source`): without one it does not run, nor is it listed among the checks that ran. */
  needsSource?: boolean;
}

export interface Report {
  /** Block-text offsets, `end` exclusive. */
  start: number;
  end: number;
  message: string;
  /** Suggestions, best first. */
  expected?: string[];
  /**
   * Costly suggestions, computed after the checks only for the findings the
   * document's suggestion budget covers (spelling).
   */
  suggest?: () => string[] | Promise<string[]>;
  /** Replacement for `[start, end)`, applied automatically when the rule's fixes are safe. */
  fix?: string;
  /**
   * The fix is written for the source across a Markdown container's line prefixes: its range may
   * take them in (a list item's indentation, a block quote's `>` after a line break inside it:
   * `isVerbatimAcrossLines`), and a line break it writes carries the next line's prefix (the
   * glossary's, which keeps a line break inside a variant). Else a fix over a range the block
   * text does not copy verbatim is not applied.
   */
  acrossLines?: boolean;
  severity?: Severity;
  category?: Category;
  /** Sub-rule id (`glossary/tiktok`), defaults to the rule's id. */
  ruleId?: string;
  source?: string;
  note?: string;
  url?: string;
  confidence?: number;
  /** For a glossary finding: the file and line of its entry. */
  glossaryEntry?: GlossaryEntryRef;
  /**
   * The language of each of the message's quotations, in order, where it is not the paragraph's:
   * a rule that quotes words of the source, or words left over from its language, says so.
   */
  quoteLanguages?: string[];
}

/** State shared by all blocks of one document. */
export interface DocContext {
  path: string;
  source: string;
  /** Language of the document (ISO 639-1, or a 639-3 code without a profile, or `und`). */
  language: string;
  resources: Resources;
  /** Source ranges already reported by a higher-priority rule (glossary before spelling), flat: start, end, start, end, … */
  claimed: number[];
  /** Per-document scratch space for rules that look across blocks. */
  state: Map<string, unknown>;
  /** Source-offset ranges of the document's prose blocks, in order. */
  blocks: Array<{ start: number; end: number }>;
  /**
   * The language the document was translated from, when it is known: the source's (given or
   * told from `--source`), or given alone (`--source-lang` without a source text). Words of it
   * left in the translation are untranslated (default: English).
   */
  translatedFrom?: string;
  /** The source text the document was translated from, when given (`--source`). */
  original?: {
    text: string;
    language: string;
    format?: 'text' | 'markdown' | 'xliff' | 'html' | 'docx';
    /** The source's region, from its tag ("CH" of "de-CH"). */
    region?: string;
    /** The source read as a document, when its language was told from it (read once, see `sourceView`). */
    document?: ProseDocument;
  };
  /** The document's vfile (its messages are added when the document is finished). */
  file: VFile;
  /** The findings reported so far, in order. */
  findings: RawFinding[];
  /** Source offset to line/column, lines as git numbers them (src/core/points.ts). */
  toPoint(offset: number): Point;
}

/** A vfile message as Lektor reports it: the unified message plus the typed finding. */
export interface LektorMessage extends VFileMessage {
  lektor: RawFinding;
}

export interface RuleContext extends Segmented {
  block: Block;
  text: string;
  /** Profile of this block's language, when Lektor has one. */
  profile: LanguageProfile | undefined;
  /** Language of this block (may differ from the document's). */
  language: string;
  /**
   * For a rule that runs in the document's language (`languageOf: 'document'`) on a paragraph
   * in another: the paragraph's own language and profile (its abbreviations, say).
   */
  own?: { language: string; profile: LanguageProfile | undefined };
  doc: DocContext;
  report(report: Report): void;
  /** Whether a block-text range overlaps a range claimed by an earlier rule. */
  isClaimed(start: number, end: number): boolean;
  /** Claim a block-text range, so later rules leave it alone. */
  claim(start: number, end: number): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** Optional document-level pass after all blocks (consistency across paragraphs). */
  finish?(ctx: FinishContext): void;
  /**
   * Optional: load now the tables `check` reads from a language's dictionary or model on first
   * use (a dictionary's verbs, a word model). The pipeline calls it while the spelling worker
   * builds that language's engine and this thread would otherwise wait (see `Speller.building`):
   * the time is then spent meanwhile. It must change no result: what it loads is what `check`
   * would load.
   */
  prepare?(language: string, resources: Resources): void;
}

/** What a rule may have besides its check (see `Rule`). */
export interface RuleHooks {
  finish?(ctx: FinishContext): void;
  prepare?(language: string, resources: Resources): void;
}

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void, hooks?: ((ctx: FinishContext) => void) | RuleHooks): Rule {
  const { finish, prepare } = typeof hooks === 'function' ? { finish: hooks, prepare: undefined } : (hooks ?? {});
  return { meta, check, ...(finish && { finish }), ...(prepare && { prepare }) };
}

export function appliesTo(meta: RuleMeta, language: string): boolean {
  return meta.languages === 'all' || meta.languages.includes(language);
}

/** What the pipeline attaches to each block tree, so plugins find their context. */
export interface BlockData {
  block: Block;
  segmented: Segmented;
  language: string;
  profile: LanguageProfile | undefined;
  doc: DocContext;
  /** Built on first use by `rulePlugin`, then shared by the block's rules. */
  context?: BlockContext;
  /** The same context in the document's language, for rules with `languageOf: 'document'` (when it differs). */
  documentContext?: BlockContext;
}

export function blockData(tree: Root): BlockData {
  return (tree.data as { lektor: BlockData }).lektor;
}

/**
 * Record a finding of the document at `start`–`end` (source offsets; the report's own unless
 * given). Metadata is stamped here, once, from the rule's meta; `safe` says whether its fix may
 * be applied. Findings become the vfile's messages when the document is finished (see
 * `Lektor.check`), not here: a message is an Error object of ~1 KB, and a long document has
 * tens of thousands of findings.
 */
const NO_SUGGESTIONS: string[] = Object.freeze([]) as unknown as string[];

export function emit(meta: RuleMeta, doc: DocContext, r: Report, safe: boolean, start = r.start, end = r.end): void {
  const given = r.expected ?? (r.fix !== undefined ? [r.fix] : NO_SUGGESTIONS);
  // One shared (frozen) empty list for the many findings without suggestions.
  const expected = given.length === 0 ? NO_SUGGESTIONS : given;
  const finding: RawFinding = {
    ruleId: r.ruleId ?? meta.id,
    source: r.source ?? 'lektor',
    category: r.category ?? meta.category,
    severity: r.severity ?? meta.severity,
    message: r.message,
    start,
    end,
    expected,
  };
  if (safe && r.fix !== undefined) finding.fix = { start, end, text: r.fix };
  if (r.suggest) finding.suggest = r.suggest;
  if (r.note) finding.note = r.note;
  if (r.url) finding.url = r.url;
  if (r.confidence !== undefined) finding.confidence = r.confidence;
  if (r.glossaryEntry) finding.glossaryEntry = r.glossaryEntry;
  if (r.quoteLanguages) finding.quoteLanguages = r.quoteLanguages;
  doc.findings.push(finding);
}

/** A finished finding as a message of the document's vfile (as unified plugins report them). */
export function toMessage(file: VFile, finding: Finding, raw: RawFinding): LektorMessage {
  // A VFileMessage is an Error; a finding needs no stack trace, and capturing one is costly.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = file.message(finding.message, {
    place: { start: finding.start, end: finding.end },
    ruleId: finding.ruleId,
    source: finding.source,
  }) as LektorMessage;
  Error.stackTraceLimit = limit;
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  message.actual = finding.actual;
  message.expected = finding.expected;
  if (finding.url) message.url = finding.url;
  if (finding.note) message.note = finding.note;
  message.lektor = raw;
  return message;
}

/** What a rule's `finish` sees: the whole document, after every block was checked. Offsets are source offsets. */
export interface FinishContext {
  doc: DocContext;
  report(report: Report): void;
}

export function finishContext(rule: Rule, doc: DocContext): FinishContext {
  return { doc, report: (r) => emit(rule.meta, doc, r, false) };
}

/**
 * The context of one block, shared by every rule that runs on it (built once per
 * block by the pipeline; `rulePlugin` points `rule` at the running rule, whose meta
 * stamps its reports). Claims are kept per block in block offsets, and in source
 * offsets for document-level passes.
 */
export interface BlockContext extends RuleContext {
  rule: Rule;
}

export function blockContext(data: BlockData): BlockContext {
  const { block, segmented, doc } = data;
  // Claimed block-text offsets as a bitmap: claiming and asking cost the span's length,
  // not the number of earlier claims (a text with 50,000 findings stays linear).
  let claims: Uint8Array | undefined;
  const ctx: BlockContext = {
    tree: segmented.tree,
    words: segmented.words,
    sentences: segmented.sentences,
    block,
    text: block.text,
    profile: data.profile,
    language: data.language,
    doc,
    rule: undefined as unknown as Rule,
    isClaimed: (start, end) => {
      if (!claims) return false;
      for (let i = start; i < end; i++) if (claims[i]) return true;
      return false;
    },
    claim: (start, end) => {
      claims ??= new Uint8Array(block.text.length + 1);
      claims.fill(1, start, end);
      doc.claimed.push(toSource(block, start), toSource(block, end, true));
    },
    report(r) {
      const { meta } = ctx.rule;
      const start = toSource(block, r.start);
      const end = toSource(block, r.end, true);
      const safe =
        r.fix !== undefined && meta.fix === 'safe' && (fixable(block, r.start, r.end, r.fix) || (r.acrossLines === true && block.delimiter === undefined && isVerbatimAcrossLines(block, doc.source, r.start, r.end)));
      // (The report's span given in source offsets beside it, not as a copy of the report: one per finding.)
      emit(meta, doc, r, safe, start, end);
    },
  };
  return ctx;
}

/** A rule as a unified plugin: `unified().use(rulePlugin(rule))`. */
export function rulePlugin(rule: Rule): Plugin<[], Root> {
  const typography = rule.meta.languageOf === 'document';
  return function lektorRule() {
    return (tree: Root) => {
      const data = blockData(tree);
      // (A document in a language without a profile leaves each paragraph its own.)
      const byDocument = typography && data.language !== data.doc.language && profileFor(data.doc.language) !== undefined;
      if (!appliesTo(rule.meta, byDocument ? data.doc.language : data.language)) return;
      data.context ??= blockContext(data);
      data.context.rule = rule;
      if (!byDocument) {
        rule.check(data.context);
        return;
      }
      // The block's context seen in the document's language: the same claims and reports
      // (they go through the block context, whose `rule` is set above).
      data.documentContext ??= Object.create(data.context, {
        language: { value: data.doc.language, enumerable: true },
        profile: { value: data.doc.resources.profile(data.doc.language), enumerable: true },
        own: { value: { language: data.language, profile: data.profile }, enumerable: true },
      }) as BlockContext;
      rule.check(data.documentContext);
    };
  };
}

export type { WordToken, SentenceSpan };

/** The index of the rule context's block among the document's blocks (`doc.blocks`), or -1. */
export function blockIndex(ctx: RuleContext): number {
  const blocks = ctx.doc.blocks;
  const start = toSource(ctx.block, 0);
  const k = partitionPoint(blocks, (b) => b.start <= start) - 1;
  return k >= 0 && blocks[k].start === start ? k : -1;
}
