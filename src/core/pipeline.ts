/**
 * The pipeline, in the order the folders read: input format → prose blocks →
 * language (document, then paragraph) → segmentation → checks (unified plugins
 * reporting vfile messages) → fixes → corrected text and findings.
 *
 * `Lektor` holds what is loaded once (glossary, spellers, the rule processor);
 * `check` is the per-document path and does no I/O.
 */
import { didYouMean } from './did-you-mean.js';
import { partitionPoint } from './spans.js';
import { unified, type Processor } from 'unified';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { pointsOf } from './points.js';
import { SEVERITY_RANK, ruleOf, type DocumentResult, type Finding, type Fix, type RawFinding, type Point, type Severity } from './types.js';
import { toSource, fixable, flowBlocks, isInner, OPAQUE, type ProseDocument, type Block } from './document.js';
import { segment, startsLower, type Segmented } from './segment.js';
import { rulePlugin, finishContext, emit, toMessage, appliesTo, type RuleMeta, type BlockData, type DocContext, type Rule } from './rule.js';
import { createResources, type Resources } from './resources.js';
import { releasePrefetched } from '../spell/hunspell.js';
import { collectGarbage } from './collect.js';
import { readText } from '../formats/text.js';
import { loadMarkdown, readMarkdown } from '../formats/markdown-reader.js';
import { inCdata, readXliff, XliffError, type XliffDocument } from '../formats/xliff-reader.js';
import { loadHtml, readHtml, type HtmlDocument } from '../formats/html-reader.js';
import { detectDocumentLanguage, mostlyInScripts, otherScriptLanguage, rankLanguages, type LanguageRanking } from '../language/detect.js';
import { detectRegion } from '../language/region.js';
import { languageCode, profileFor, parseLocale, PROFILES } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { applyFixes } from '../fix/apply.js';
import { Silencer, type Directive } from './directives.js';
import { slug } from '../rules/glossary.js';
import { defaultRules } from '../rules/index.js';
import { SENTENCE_MEANS } from '../rules/word-quality.js';
import { occurrences } from '../rules/glossary.js';
import { CompiledGlossary, loadGlossary } from '../glossary/index.js';
import { scoreDocument, sentenceProse, type SentenceProse } from '../quality/score.js';
import type { ModelStage } from '../model/index.js';
import type { DocxDocument } from '../formats/docx.js';

export type Format = 'text' | 'markdown' | 'xliff' | 'html' | 'docx';

export interface LektorOptions {
  /** A compiled glossary, or a path to a glossary folder/file to load. */
  glossary?: CompiledGlossary | string;
  /** The rules to run, in priority order (earlier rules claim spans first). Defaults to all rules. */
  rules?: Rule[];
  /** Only run rules whose id is listed (after `rules`). */
  only?: string[];
  /** Skip rules whose id is listed. */
  disable?: string[];
  /**
   * How many costly suggestions (spelling) to compute per document, lower-case words
   * first. Default 20; 0 for none; Infinity for all.
   */
  suggestions?: number;
  /** Estimate each sentence's quality (default true). */
  quality?: boolean;
  /** The on-device model stage (`createModelStage` in src/model), when a model is to run. */
  model?: ModelStage;
  /**
   * Regional dictionaries to spell with: `['de-CH', 'en-GB']` (Swiss German without ß,
   * British English). A language left out has its own (de-DE, en-US, fr-FR, es-ES).
   */
  locales?: string[];
  /**
   * Tell a region's spelling from the text when no locale names the language (default true):
   * a Swiss article ("Strasse", no ß) is spelled as de-CH, a British one ("colour",
   * "organise") as en-GB. See src/language/region.ts.
   */
  detectRegions?: boolean;
  /**
   * Per rule id, the severity every finding of the rule takes (`{ capitalization: 'info' }`:
   * none of them fails a run at `--fail-on warning`; `{ 'name-compound': 'error' }`).
   */
  severity?: Record<string, Severity>;
  /** Rules whose fixes are listed for review instead of applied (a house that wants every quote change seen). */
  review?: string[];
  /**
   * Whether a Markdown document's `<!-- lektor-disable … -->` comments silence findings
   * (default true). False for a CI gate that an article's own comment must not open.
   */
  directives?: boolean;
}

export interface CheckOptions {
  path?: string;
  format?: Format;
  /**
   * Force the document language (ISO 639-1), skipping detection. With a region that has a
   * dictionary of its own ("de-CH", "en-GB"), this document is spelled with it; another
   * region ("de-DE", "es-MX") means the language's own dictionary.
   */
  language?: string;
  /** The text this document was translated from (plain text), for source-aware checks. */
  sourceText?: string;
  /**
   * The source text's language (detected when omitted); without a source text, the language
   * the document was translated from: words of it left in the translation are untranslated
   * (default English).
   */
  sourceLanguage?: string;
  /** Where the source text was read from (said in the reports). */
  sourcePath?: string;
  /** Where a source was looked for and not found (`--source DIR` without this file): said in the reports. */
  sourceMissing?: string;
  /**
   * An XLIFF document as `readXliff` read this text, where the caller has read it (the CLI reads
   * a file once for its check and its reports): not read again. One of another text is not used.
   * The check leaves it as it was.
   */
  xliff?: XliffDocument;
  /**
   * A Word document as `readDocx` read its bytes: required for the format `docx`, whose text
   * (`readDocx(…).text`, the paragraphs as read, a line each) is the text given.
   */
  docx?: DocxDocument;
}

export interface CheckResult extends DocumentResult {
  /** The document's vfile, whose messages are the findings (for vfile-reporter and friends). */
  file: VFile;
}

interface ModelInput {
  block: Block;
  /** Block-text offset of the sentence. */
  offset: number;
  text: string;
  language: string;
}

/** How model findings are stamped (the model is not a rule, but its findings are findings). */
const MODEL_META: RuleMeta = {
  id: 'model',
  description: 'The on-device masked language model.',
  category: 'fluency',
  severity: 'warning',
  languages: 'all',
  fix: 'safe',
  examples: { flag: [], pass: [] },
};

/**
 * The vfile's messages are made when first asked for (the terminal reporter, vfile tools),
 * in the findings' order: a message costs ~1 KB, and most callers never look. (A function
 * of its own, so that the getter holds the result and the fixes, not the document's state.)
 */
function lazyMessages(result: CheckResult, file: VFile, fixes: Map<Finding, Fix>): void {
  let built = false;
  Object.defineProperty(result, 'file', {
    enumerable: false,
    configurable: true,
    get() {
      if (!built) {
        built = true;
        for (const f of result.findings) {
          const raw: RawFinding = {
            ruleId: f.ruleId,
            source: f.source,
            category: f.category,
            severity: f.severity,
            message: f.message,
            start: f.start.offset,
            end: f.end.offset,
            expected: f.expected,
          };
          const fix = fixes.get(f);
          if (fix) raw.fix = fix;
          if (f.note) raw.note = f.note;
          if (f.url) raw.url = f.url;
          if (f.confidence !== undefined) raw.confidence = f.confidence;
          if (f.glossaryEntry) raw.glossaryEntry = f.glossaryEntry;
          if (f.quoteLanguages) raw.quoteLanguages = f.quoteLanguages;
          toMessage(file, f, raw);
        }
      }
      return file;
    },
  });
}

/** Characters that are markup in Markdown prose. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~]/g;

/** `text` with each Markdown markup character escaped that `replaced` does not have (what was there stays as it was). */
export function markdownLiteral(text: string, replaced: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => (replaced.includes(c) ? c : `\\${c}`));
}

export function formatFromPath(path: string): Format {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : /\.(xlf|xliff)$/i.test(path) ? 'xliff' : /\.html?$/i.test(path) ? 'html' : /\.docx$/i.test(path) ? 'docx' : 'text';
}

/** Characters that are markup in XML text. */
const XML_SPECIAL = /[&<>]/g;
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `text` as XML text content (`&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`); in a CDATA section
 * (`cdata`) as it is, or undefined where it would end the section (`]]>`).
 */
export function xmlLiteral(text: string, cdata = false): string | undefined {
  if (cdata) return text.includes(']]>') ? undefined : text;
  return text.replace(XML_SPECIAL, (c) => XML_ESCAPES[c]);
}

/** A language code as Lektor names it: its profile's ISO 639-1 code ("DE", "deu", "de-DE" → "de"), else lower-cased. */
export function normalizeLanguage(code: string, option = 'language'): string {
  if (typeof code !== 'string' || code.trim() === '') throw new TypeError(`Lektor.check: \`${option}\` must be a language code such as "de"`);
  // A language's name ("german") or any other word is no code: kept as given, it had switched
  // the language's rules off without a word (the CLI refuses it, naming --lang).
  if (!LANGUAGE_TAG.test(code.trim())) {
    const named = PROFILES.find((p) => p.name.toLowerCase() === code.trim().toLowerCase());
    throw new RangeError(
      `Lektor.check: \`${option}\` must be a language code (ISO 639-1 or 639-3, with a region if wanted: "de", "deu", "de-CH"), not "${code}"${named ? `: did you mean "${named.code}" (${named.name})?` : ''}`,
    );
  }
  return code.trim().toLowerCase() === 'und' ? 'und' : languageCode(code);
}

/** A language tag as Lektor reads one: a code of two or three letters, then subtags ("de", "deu", "de-CH", "de_DE", "sr-Latn-RS"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * Franc's score (1 for the best) from which another supported language is tried too when
 * the best one's dictionary does not know the document's words (see `detectLanguage`).
 */
const CLOSE_RANK = 0.95;

/**
 * The supported language whose quotation marks the text opens and closes a quotation with, when
 * no other language's style uses that pair at any level (German „…“), else undefined. (A pair,
 * not its opening mark: Dutch accepts „…”, closed by ”, which tells nothing of German „…“.)
 */
function ownQuotationLanguage(text: string): string | undefined {
  for (const p of PROFILES) {
    const [open, close] = p.quotes.primary;
    const at = text.indexOf(open);
    if (at < 0 || text.indexOf(close, at + 1) < 0) continue;
    const shared = PROFILES.some((o) => o !== p && [o.quotes.primary, o.quotes.secondary, o.quotes.tertiary, ...(o.quotes.alternatives ?? [])].some((pair) => pair?.[0] === open && pair[1] === close));
    if (!shared) return p.code;
  }
  return undefined;
}

/**
 * A quotation, on one line (at most 1,000 characters: linear on any text): in a language's
 * typographic marks ("„Yes we can“, skandierte die Menge"), or in straight ones, which the
 * quotes rule curls: read with its quotation, `Paris: "Une amitié solide."` was French and
 * its marks became « », and the next run, without it, German, and turned them into „ “. Japanese
 * corner brackets 「…」 and 『…』 (and Chinese as Taiwan and Hong Kong write it) too.
 */
const QUOTATION = /„[^“”"\n]{0,1000}[“”"]|«[^»\n]{0,1000}»|»[^«\n]{0,1000}«|“[^”\n]{0,1000}”|"[^"\n]{0,1000}"|「[^」\n]{0,1000}」|『[^』\n]{0,1000}』/gu;

/**
 * How many of the words are the language's function words, articles, pronouns or
 * subordinators (in any case: a headline's first word, "Von", counts).
 */
function grammarWords(profile: LanguageProfile, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (profile.functionWords.has(lower) || profile.articles?.has(lower) || profile.pronouns?.has(lower) || profile.subordinators.has(lower)) n++;
  }
  return n;
}

/** Fewer words than this in a document's first paragraphs: its language is told by the dictionaries (see `knownWordsLanguage`). */
const SHORT_TEXT_WORDS = 40;

/**
 * Characters of a document past which its check collects its garbage before making its findings
 * (see `collectGarbage`): 100,000, as `lektor check` calls a text long (LONG_INPUT_BYTES). An
 * article's check leaves too little for a collection (about 50 ms for 700 KB) to pay.
 */
export const LONG_DOCUMENT = 100_000;
/** The profiles with a `lookalike`: a language without a profile that their dictionaries take for theirs (Afrikaans for Dutch). */
const LOOKALIKES = PROFILES.filter((p) => p.lookalike !== undefined);
/** Those profiles' lookalikes by their codes (a map look-up a paragraph: no profile is resolved for a German or English one). */
const LOOKALIKE_OF = new Map(LOOKALIKES.map((p) => [p.code, p.lookalike!]));
/**
 * The `lookalike` of `language`'s profile, where `text` is in it: Afrikaans for a text read as
 * Dutch. `speller`, that language's own dictionary where it is loaded, weighs the text's words
 * (`own`: a Dutch word in Afrikaans spelling tells, a typo does not).
 */
function lookalikeOf(language: string, text: string, speller?: KnownWords): string | undefined {
  const lookalike = LOOKALIKE_OF.get(language);
  return lookalike !== undefined && lookalike.tells(text, knownBy(speller), speller !== undefined) ? lookalike.code : undefined;
}
/** A lookalike of any profile that `text` is in, its words asked of `speller` (the dictionary of the language it would be read in). */
function anyLookalike(text: string, speller?: KnownWords): string | undefined {
  const known = knownBy(speller);
  for (const p of LOOKALIKES) if (p.lookalike!.tells(text, known)) return p.lookalike!.code;
  return undefined;
}
function knownBy(speller: KnownWords | undefined): ((word: string) => boolean) | undefined {
  return speller && ((word) => speller.correct(word));
}
type KnownWords = { correct(word: string): boolean };
/**
 * A word of a short text, a compound written with hyphens whole ("week-end", "Wes-Kaap"): French
 * knows "week-end", not "week" and "end", which made "Grève à la SNCF ce week-end" Italian.
 */
const WORD_OR_COMPOUND = /\p{L}+(?:-\p{L}+)*/gu;
/** Whether `speller` knows a word, or every part of a compound written with hyphens. */
function knows(speller: KnownWords, word: string): boolean {
  return speller.correct(word) || (word.includes('-') && word.split('-').every((part) => speller.correct(part)));
}
/** Whether a quarter or more of the words in small letters (of those with a vowel) are unknown to `speller`. */
function partlyUnknown(words: readonly string[], speller: KnownWords): boolean {
  const small = words.filter((w) => startsLower(w) && !NO_VOWEL.test(w));
  return small.length > 0 && small.filter((w) => !knows(speller, w)).length * 4 >= small.length;
}
/** The least score (share of words known plus share of lower-case words known, 0–2) for a short text's language. */
const SHORT_TEXT_KNOWN = 1.2;
/** A language's dictionary asked of a short text's words (see `knownWordsLanguage`). */
interface Judged {
  code: string;
  /** Share of the words it knows plus share of the words in small letters it knows (0–2). */
  score: number;
  /** Share of the words in small letters it knows, and how many of them it does not know. */
  small: number;
  unknownSmall: number;
  /** How many of the words are its function words, articles, pronouns, subordinators. */
  grammar: number;
  /** Franc's score for the language (1 for the best). */
  rank: number;
  /** The languages whose words its dictionary lists as loans (the profile's `borrowsFrom`). */
  borrows?: readonly string[];
}
/**
 * Whether `a` knows a short text better than `b`: its score, then (a tie of the dictionaries)
 * the language's own small words before franc's rank: French knows "bis", "mit" and "tourte" as
 * German knows "bis", "mit" and "und", but "Von 2000 bis 2003 tourte Mendoza mit Ted Nugent und
 * 2004 mit Whitesnake!" has five German function words and no French one. Then, where one
 * language borrows the other's words (`borrowsFrom`), the lender: Dutch's dictionary knows every
 * word of "Bitcoin hits new record high" as English's does, as its loans, and franc ranked Dutch
 * first.
 */
function better(a: Judged, b: Judged): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.grammar !== b.grammar) return a.grammar > b.grammar;
  if (b.borrows?.includes(a.code)) return true;
  if (a.borrows?.includes(b.code)) return false;
  return a.rank > b.rank;
}
/** The words of `words` (a short text's) that are none of an idiom's (a profile's `idioms`, matched in small letters), but all of them where no word in small letters would be left. */
function withoutIdioms(words: readonly string[]): readonly string[] {
  let kept: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const phrases = IDIOMS.get(words[i].toLowerCase());
    const length = phrases?.find((p) => p.length <= words.length - i && p.every((w, k) => k === 0 || words[i + k] === w))?.length;
    if (length === undefined) {
      kept?.push(words[i]);
      continue;
    }
    kept ??= words.slice(0, i);
    i += length - 1;
  }
  return kept === undefined || !kept.some((w) => startsLower(w)) ? words : kept;
}
/** Every profile's idioms, by their first word, longest first. */
const IDIOMS = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const p of PROFILES) {
    for (const idiom of p.idioms ?? []) {
      const w = idiom.split(' ');
      const list = byFirst.get(w[0]) ?? [];
      list.push(w);
      byFirst.set(w[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();
/**
 * Whether a dictionary knows a short text well: enough of its words (`SHORT_TEXT_KNOWN`), and all
 * but one of its words in small letters, the words that are not names, or `SHORT_TEXT_SMALL` of them.
 */
function sure(j: Judged | undefined): boolean {
  return j !== undefined && j.score >= SHORT_TEXT_KNOWN && (j.unknownSmall < 2 || j.small >= SHORT_TEXT_SMALL);
}
/**
 * The least share of a short text's words in small letters that a dictionary knows, where it does
 * not know two of them or more, for it to know the text well (`sure`); else the dictionaries asked
 * only on a cue (`shortTextCue`) are asked too.
 */
const SHORT_TEXT_SMALL = 0.7;
/**
 * The share of a short text's words in small letters that the best of the first dictionaries must
 * know, where it does not know one of them, for the languages asked only on a cue not to be asked
 * (though it knows the text well, `sure`): "Marcelo promulga lei da eutanásia" (Italian's knew three
 * of its four) had been Italian, "Santos cai para a Série B" English. A headline has few such
 * words, and one unknown is a quarter or a third of them.
 */
const SHORT_TEXT_ALL_BUT = 0.8;
/** Whether some of `words` (a short text's in small letters) are known to none of `spellers` (the dictionaries asked of it). */
function unknownToAll(words: readonly string[], spellers: readonly (KnownWords | undefined)[]): boolean {
  return words.some((w) => spellers.every((s) => s === undefined || !knows(s, w)));
}
/**
 * A word that starts in a small letter and has no vowel: a unit or an abbreviation ("mg",
 * "km", "kWh"). (The first letter is looked at too: "und", "in" and "es" are words.)
 */
const NO_VOWEL = /^(?=\p{Ll})[^aeiouyäöüàâéèêëîïôûùœæáíóúñ]*$/u;

/**
 * Check the per-rule settings of `Lektor.create` (and of `LektorPool.create`, before its
 * threads start): `severity` maps rule ids to severities, `review` lists rule ids,
 * `directives` is true or false. Throws a TypeError or RangeError naming what is wrong.
 */
export function checkRuleSettings(options: Pick<LektorOptions, 'severity' | 'review' | 'directives'>, known: ReadonlySet<string>, who: string): void {
  if (options.severity !== undefined) {
    if (typeof options.severity !== 'object' || options.severity === null || Array.isArray(options.severity)) throw new TypeError(`${who}: \`severity\` must map rule ids to "error", "warning" or "info"`);
    for (const [id, level] of Object.entries(options.severity)) {
      if (!known.has(id)) throw new RangeError(`${who}: unknown rule "${id}"${didYouMean(id, known)} in \`severity\` (the rules are ${[...known].join(', ')})`);
      if (level !== 'error' && level !== 'warning' && level !== 'info') throw new RangeError(`${who}: \`severity\` of "${id}" must be "error", "warning" or "info", not ${JSON.stringify(level)}`);
    }
  }
  if (options.directives !== undefined && typeof options.directives !== 'boolean') throw new TypeError(`${who}: \`directives\` must be true or false`);
  if (options.review !== undefined) {
    if (!Array.isArray(options.review)) throw new TypeError(`${who}: \`review\` must be an array of rule ids`);
    for (const id of options.review) if (!known.has(id)) throw new RangeError(`${who}: unknown rule "${id}"${didYouMean(id, known)} in \`review\` (the rules are ${[...known].join(', ')})`);
  }
}

export class Lektor {
  readonly rules: readonly Rule[];
  /** The languages whose rules were prepared (see `prepareWhileBuilding`). */
  private readonly prepared = new Set<string>();
  readonly resources: Resources;
  /**
   * The rules as a unified processor (one plugin per rule), and the transformers its
   * plugins attach. A block runs the transformers directly: `processor.runSync` per block
   * cost 3 % of the pipeline in trough's bookkeeping (18 rules × thousands of blocks) for
   * rules that are all synchronous.
   */
  readonly processor: Processor<undefined, Root, Root>;
  private readonly transformers: Array<(tree: Root, file: VFile) => void>;

  private readonly suggestions: number;
  private readonly quality: boolean;
  readonly model: ModelStage | undefined;
  /** Severities set per rule (`LektorOptions.severity`). */
  private severityOf: ReadonlyMap<string, Severity> | undefined;
  /** Rules whose fixes are only listed (`LektorOptions.review`). */
  private reviewed: ReadonlySet<string> | undefined;
  /** Whether directive comments silence findings (`LektorOptions.directives`). */
  private directives = true;
  /** Languages whose region is told from each document's text (none chosen by a locale). */
  private readonly regionsToDetect: ReadonlySet<string> | undefined;

  private constructor(rules: Rule[], resources: Resources, suggestions: number, quality: boolean, model: ModelStage | undefined, regionsToDetect?: ReadonlySet<string>) {
    this.rules = rules;
    this.regionsToDetect = regionsToDetect;
    this.model = model;
    this.suggestions = suggestions;
    this.quality = quality;
    this.resources = resources;
    let p = unified() as unknown as Processor<undefined, Root, Root>;
    for (const rule of rules) p = p.use(rulePlugin(rule)) as unknown as Processor<undefined, Root, Root>;
    // Not frozen here: freezing runs the attachers, which are run once, below, for the blocks.
    this.processor = p;
    this.transformers = this.processor.attachers.map(([attacher, ...options]) =>
      (attacher as unknown as (this: unknown, ...o: unknown[]) => (tree: Root, file: VFile) => void).call(this.processor, ...options),
    );
  }

  static async create(options: LektorOptions = {}): Promise<Lektor> {
    // The CLI checks its options; the library checks the same ones here, so that a wrong one
    // is an error, not a run that quietly checks less.
    if (options.glossary !== undefined && typeof options.glossary !== 'string' && !(options.glossary instanceof CompiledGlossary)) {
      throw new TypeError('Lektor.create: `glossary` must be a path to a glossary folder or file, or a CompiledGlossary');
    }
    if (options.rules !== undefined) {
      if (!Array.isArray(options.rules)) throw new TypeError('Lektor.create: `rules` must be an array of rules (defineRule); rule ids go in `only`');
      for (const r of options.rules as unknown[]) {
        const id = (r as Rule | null)?.meta?.id;
        if (typeof id !== 'string') throw new TypeError(`Lektor.create: \`rules\` takes rules made with defineRule, not ${JSON.stringify(r) ?? String(r)}; to run some of the rules by id, give \`only\`${typeof r === 'string' ? ` (only: ['${r}'])` : ''}`);
      }
    }
    const known = new Set((options.rules ?? defaultRules).map((r) => r.meta.id));
    for (const [name, ids] of [['only', options.only], ['disable', options.disable]] as const) {
      if (ids === undefined) continue;
      if (!Array.isArray(ids)) throw new TypeError(`Lektor.create: \`${name}\` must be an array of rule ids`);
      for (const id of ids) if (!known.has(id)) throw new RangeError(`Lektor.create: unknown rule "${id}"${didYouMean(id, known)} in \`${name}\` (the rules are ${[...known].join(', ')})`);
    }
    checkRuleSettings(options, known, 'Lektor.create');
    if (options.detectRegions !== undefined && typeof options.detectRegions !== 'boolean') throw new TypeError('Lektor.create: `detectRegions` must be true or false');
    if (options.suggestions !== undefined && !(typeof options.suggestions === 'number' && options.suggestions >= 0)) throw new RangeError('Lektor.create: `suggestions` must be a number ≥ 0 (or Infinity)');
    if (options.quality !== undefined && typeof options.quality !== 'boolean') throw new TypeError('Lektor.create: `quality` must be true or false');
    const regions: Record<string, string | undefined> = {};
    if (options.locales !== undefined) {
      if (!Array.isArray(options.locales)) throw new TypeError('Lektor.create: `locales` must be an array of locale tags such as "de-CH"');
      for (const tag of options.locales) {
        if (typeof tag !== 'string') throw new TypeError('Lektor.create: `locales` must be an array of locale tags such as "de-CH"');
        let locale;
        try {
          locale = parseLocale(tag);
        } catch (e) {
          throw new RangeError(`Lektor.create: \`locales\`: ${(e as Error).message}`);
        }
        if (locale.language in regions && regions[locale.language] !== locale.region) {
          const other = options.locales.find((t) => typeof t === 'string' && t !== tag && parseLocale(t).language === locale.language);
          throw new RangeError(`Lektor.create: \`locales\` names two dictionaries for ${locale.language}: ${other} and ${tag}`);
        }
        regions[locale.language] = locale.region;
      }
    }
    if (options.model !== undefined && typeof (options.model as Partial<ModelStage>)?.checkSentences !== 'function') {
      throw new TypeError('Lektor.create: `model` must be a model stage (createModelStage); leave it out to check without a model');
    }
    // (The spelling module is not prepared here: reading it out of its glue costs this thread
    // 5–9 ms, which the CLI's `remote` mode never needs; a speller that builds an engine
    // prepares it, and an engine built before it is ready compiles it itself.)
    const glossary =
      options.glossary instanceof CompiledGlossary
        ? options.glossary
        : typeof options.glossary === 'string'
          ? await loadGlossary(options.glossary)
          : new CompiledGlossary([]);
    let rules = options.rules ?? defaultRules;
    if (options.only) rules = rules.filter((r) => options.only!.includes(r.meta.id));
    if (options.disable) rules = rules.filter((r) => !options.disable!.includes(r.meta.id));
    // A language named by a locale ("de-CH", or "de-DE" for Germany's own) keeps it.
    const detect = options.detectRegions === false ? undefined : new Set(PROFILES.filter((p) => p.regionHints && !(p.code in regions)).map((p) => p.code));
    const lektor = new Lektor(rules, createResources(glossary, regions), options.suggestions ?? 20, options.quality ?? true, options.model, detect);
    if (options.severity !== undefined && Object.keys(options.severity).length > 0) lektor.severityOf = new Map(Object.entries(options.severity));
    if (options.review !== undefined && options.review.length > 0) lektor.reviewed = new Set(options.review);
    if (options.directives === false) lektor.directives = false;
    return lektor;
  }

  /**
   * Load now what checks would load on first need: the spelling dictionaries of the given
   * languages (default: every language Lektor has rules for, each with the locale this
   * Lektor spells it in). A long-running process (a server, a benchmark) calls it at start-up,
   * so that the first document with a French paragraph does not wait ~50 ms for French.
   */
  async preload(languages: readonly string[] = PROFILES.map((p) => p.code)): Promise<void> {
    for (const code of languages) {
      if (!profileFor(code)) throw new RangeError(`Lektor.preload: "${code}" is no language Lektor has rules for`);
      // (A region is the Lektor's choice, `locales`: preload loads what it would use.)
      if (/[-_]/.test(code)) throw new RangeError(`Lektor.preload: "${code}": give language codes ("de"); the regions are the Lektor's \`locales\``);
    }
    await this.resources.ensureLanguages(languages);
  }

  /**
   * While the spelling worker builds a language's engine, which this thread would wait for
   * (`Speller.building`: `lektor check`'s first document), the rules load what they would load
   * on first use for it (`Rule.prepare`): once a language and Lektor.
   */
  private prepareWhileBuilding(resources: Resources, language: string): void {
    if (this.prepared.has(language) || !resources.speller(language)?.building()) return;
    this.prepared.add(language);
    for (const rule of this.rules) if (rule.prepare && appliesTo(rule.meta, language)) rule.prepare(language, resources);
  }

  /**
   * Whether a directive comment's id names something that reports findings: a rule there is
   * (run or not), `model`, or a finding's sub-id under a rule (`glossary/tiktok`).
   */
  private knowsRuleId(id: string): boolean {
    const slash = id.indexOf('/');
    const rule = ruleOf(id);
    if (!(rule === 'model' || defaultRules.some((r) => r.meta.id === rule) || this.rules.some((r) => r.meta.id === rule))) return false;
    if (slash < 0) return true;
    // A glossary entry's id ("glossary/tiktok") names an entry of this glossary.
    if (rule === 'glossary' || rule === 'glossary-source') {
      const entry = id.slice(slash + 1);
      return this.resources.glossary.entries.some((e) => slug(e.term) === entry);
    }
    return true;
  }

  /** Check one document. */
  async check(source: string, options: CheckOptions = {}): Promise<CheckResult> {
    if (typeof source !== 'string') throw new TypeError(`Lektor.check: the text must be a string, not ${source === null ? 'null' : typeof source}`);
    const path = options.path ?? '<input>';
    const format = options.format ?? formatFromPath(path);
    if (format !== 'text' && format !== 'markdown' && format !== 'xliff' && format !== 'html' && format !== 'docx') throw new RangeError(`Lektor.check: \`format\` must be "text", "markdown", "xliff", "html" or "docx", not "${String(format)}"`);
    // A Word document is bytes: read by `readDocx`, whose text is the text checked.
    const docx = format === 'docx' ? options.docx : undefined;
    if (format === 'docx' && (docx === undefined || docx.text !== source)) throw new RangeError('Lektor.check: a Word document is given as `docx` (readDocx of its bytes), and its text (`docx.text`) as the text');
    // An XLIFF file holds its targets' sources, and says its languages (the options still choose).
    let xliff: XliffDocument | undefined;
    if (format === 'xliff') {
      if (options.sourceText !== undefined) throw new RangeError('Lektor.check: an XLIFF document holds its own source text (each unit\'s <source>): give no `sourceText`');
      xliff = options.xliff?.document.source === source ? options.xliff : readXliff(source, options.path);
      if (options.language === undefined) {
        if (xliff.targetLanguage === undefined) {
          const at = xliff.targetLanguageAt;
          throw new XliffError(at.line, at.column, `no target language (${xliff.version === '1.2' ? 'the <file> element\'s target-language' : 'the <xliff> element\'s trgLang'}); give --lang`, options.path);
        }
        options = { ...options, language: xliff.targetLanguage };
      }
      if (options.sourceLanguage === undefined && xliff.sourceLanguage !== undefined) options = { ...options, sourceLanguage: xliff.sourceLanguage };
    }
    // An HTML page says its language (`<html lang>`), as --lang would (the options still choose).
    let html: HtmlDocument | undefined;
    if (format === 'html') {
      await loadHtml();
      html = readHtml(source, options.path);
      if (options.language === undefined && html.language !== undefined) options = { ...options, language: html.language };
    }
    // "DE", "deu" and "de-DE" name German; a code Lektor has no profile for is kept as given
    // (only the language-independent checks run for it).
    // A region in the tag ("de-CH") chooses this document's dictionary; "de" keeps the Lektor's.
    let resources = this.resources;
    let regionGiven = false;
    if (options.language !== undefined) {
      const tag = options.language;
      options = { ...options, language: normalizeLanguage(tag) };
      if (/[-_]/.test(tag.trim()) && profileFor(tag)) {
        resources = resources.withRegions({ [options.language!]: parseLocale(tag, false).region });
        regionGiven = true;
      }
    }
    // A region in the source's tag ("de-CH") says how the source writes numbers (81.50, 1’000).
    let sourceRegion: string | undefined;
    if (options.sourceLanguage !== undefined) {
      const tag = options.sourceLanguage;
      if (/[-_]/.test(tag.trim()) && profileFor(tag)) sourceRegion = parseLocale(tag, false).region;
      options = { ...options, sourceLanguage: normalizeLanguage(tag, 'sourceLanguage') };
    }
    if (format === 'markdown') await loadMarkdown();
    const doc: ProseDocument = xliff ? xliff.document : html ? html.document : docx ? docx.document : format === 'markdown' ? readMarkdown(source) : readText(source);
    // The document's words go to the spelling worker (when it runs) as soon as its likely
    // language is known, before detection asks the dictionary about them.
    let prefetched: string | undefined;
    const prefetch = async (code: string) => {
      prefetched = code;
      await this.prefetch(resources, code, doc);
    };
    const language = options.language ?? (await this.detectLanguage(resources, doc, prefetch));
    await resources.ensureLanguages([language]);
    this.prepareWhileBuilding(resources, language);
    // Written the way a region spells ("Strasse", "colour")? Then spelled with its dictionary.
    let detected: { region: string; evidence: string[] } | undefined;
    if (!regionGiven && this.regionsToDetect?.has(language)) {
      detected = await detectRegion(resources, language, doc.blocks.map((b) => b.text));
      if (detected) {
        resources = resources.withRegions({ [language]: detected.region });
        await resources.ensureLanguages([language]);
        prefetched = undefined;
      }
    }
    if (prefetched !== language) await prefetch(language);

    // The source's language, told as a document's is: a one-sentence source by its words, not
    // its trigrams alone (which read an English sentence as Scots, and found no glossary terms).
    let sourceLanguage: string | undefined;
    let sourceDocument: ProseDocument | undefined;
    if (xliff) {
      sourceDocument = xliff.sources;
      sourceLanguage = options.sourceLanguage ?? (await this.detectLanguage(resources, sourceDocument));
    } else if (options.sourceText === undefined) sourceLanguage = options.sourceLanguage;
    else {
      if (options.sourceLanguage !== undefined) sourceLanguage = options.sourceLanguage;
      else {
        try {
          sourceDocument = format === 'markdown' ? readMarkdown(options.sourceText) : format === 'html' ? readHtml(options.sourceText).document : readText(options.sourceText);
          sourceLanguage = await this.detectLanguage(resources, sourceDocument);
        } catch {
          sourceLanguage = detectDocumentLanguage(options.sourceText);
        }
      }
    }
    // (Its dictionary too, where Lektor has one: the untranslated-word check looks for its words.)
    if (sourceLanguage !== undefined && profileFor(sourceLanguage) !== undefined) await resources.ensureLanguages([sourceLanguage]);
    const file = new VFile({ path, value: source });
    const loc = pointsOf(source);
    const bom = source.charCodeAt(0) === 0xfeff;
    const ctx: DocContext = {
      path,
      source,
      language,
      resources,
      claimed: [],
      state: new Map(),
      blocks: doc.blocks.map((b) => ({ start: toSource(b, 0), end: toSource(b, b.text.length, true) })),
      ...(sourceLanguage !== undefined ? { translatedFrom: sourceLanguage } : {}),
      original:
        xliff
          ? { text: xliff.sources.blocks.map((b) => b.text).join('\n\n'), language: sourceLanguage!, format, ...(sourceRegion ? { region: sourceRegion } : {}), document: xliff.sources }
          : options.sourceText === undefined
            ? undefined
            : { text: options.sourceText, language: sourceLanguage!, format, ...(sourceRegion ? { region: sourceRegion } : {}), ...(sourceDocument ? { document: sourceDocument } : {}) },
      file,
      findings: [],
      toPoint: (offset: number): Point => {
        const p = loc.toPoint(offset);
        if (!p) return { line: 1, column: 1, offset };
        // A byte order mark is counted by offsets (they index the input as read) but is no
        // column: an editor shows line 1 from its first visible character.
        return { line: p.line, column: bom && p.line === 1 && offset > 0 ? p.column - 1 : p.column, offset };
      },
    };

    const checks = new Set<string>();
    const checkedLanguages = new Set<string>();
    const sentences: Array<{ start: number; end: number }> = [];
    const modelSentences: ModelInput[] = [];
    // The sentences scored are the text's flow, sorted and apart: an alt text or a title inside a
    // paragraph is scored as part of its sentence there (its findings count in that sentence).
    const flow = new Set(flowBlocks(doc.blocks));
    // (XLIFF: each sentence's source, from its unit's; see `xliffSentenceSources`.)
    const sentenceSources: Array<{ text?: string; copiedOnly?: boolean }> | undefined = xliff ? [] : undefined;
    // (Markdown and XLIFF: each sentence's prose, for the score: its text without its markup, an
    // XLIFF target's without its inline tags.)
    const sentenceTexts: SentenceProse[] | undefined = xliff || html || format === 'markdown' ? [] : undefined;
    // The blocks in another language than the text around them (the document's, or for an alt
    // text or a title its paragraph's), for the reports to mark up in theirs.
    const otherLanguages: Array<{ start: number; end: number; language: string }> = [];
    let around: { start: number; end: number; language: string } | undefined;
    for (let k = 0; k < doc.blocks.length; k++) {
      const block = doc.blocks[k];
      const segmented = segment(block);
      if (flow.has(block)) {
        const before = sentences.length;
        for (const s of segmented.sentences) {
          const start = toSource(block, s.start);
          const end = toSource(block, s.end, true);
          if (end > start) {
            sentences.push({ start, end });
            sentenceTexts?.push(sentenceProse(block, s.start, s.end));
          }
        }
        if (sentenceSources) sentenceSources.push(...xliffSentenceSources(xliff!.sources.blocks[k], sentences.length - before));
      }
      // (With a language given too: it is the document's, and an English paragraph left in it is still found.
      // An HTML block marked with a language of its own, `<p lang="en">`, is read in it.)
      const blockLanguage = (await this.markedLanguage(resources, block, language)) ?? (await this.paragraphLanguage(resources, block, segmented, language));
      const span = ctx.blocks[k];
      const inherited = !flow.has(block) && around !== undefined && around.start <= span.start && span.end <= around.end ? around.language : language;
      if (flow.has(block)) around = { ...span, language: blockLanguage };
      if (blockLanguage !== inherited && span.end > span.start) otherLanguages.push({ ...span, language: blockLanguage });
      const data: BlockData = { block, segmented, language: blockLanguage, profile: resources.profile(blockLanguage), doc: ctx };
      segmented.tree.data = { lektor: data } as never;
      if (this.model && data.profile) {
        const before = modelSentences.length;
        for (const s of segmented.sentences) {
          const text = block.text.slice(s.start, s.end);
          if (s.firstWord >= 0 && !text.includes(OPAQUE)) modelSentences.push({ block, offset: s.start, text, language: blockLanguage });
        }
        // A sentence the model has not seen starts loading it now, so that the session
        // loads (in its worker) while the rules run here.
        if (modelSentences.length > before) this.model.prefetch?.(modelSentences.slice(before).map((s) => ({ text: s.text, language: s.language })));
      }
      for (const transform of this.transformers) transform(segmented.tree, file);
      // (Once a language: the rules that run depend on it alone, not once a block.)
      if (!checkedLanguages.has(blockLanguage)) {
        checkedLanguages.add(blockLanguage);
        for (const r of this.rules) if (appliesTo(r.meta, blockLanguage) && (ctx.original !== undefined || !r.meta.needsSource)) checks.add(r.meta.id);
      }
    }

    for (const rule of this.rules) if (rule.finish && checks.has(rule.meta.id)) rule.finish(finishContext(rule, ctx));
    let modelUsed = false;
    if (this.model && modelSentences.length > 0) {
      // (Named among the checks only when it judged a sentence: a model that failed to load or run did not.)
      modelUsed = await this.runModel(this.model, modelSentences, ctx);
      if (modelUsed) checks.add(`model (${this.model.modelInfo.id})`);
    }

    // The rules' cross-block state is done with (the names of the consistency check, the
    // glossary's matches per block): only the word-level means are read later, by the score.
    for (const key of [...ctx.state.keys()]) if (key !== SENTENCE_MEANS) ctx.state.delete(key);
    // So are the verdicts the worker computed ahead for this document (a later one is spelled here).
    releasePrefetched(doc);
    // A long document's blocks have left their garbage in the old generation, where V8 would
    // keep it through the findings, the corrected text and the score made next, and the
    // process's peak came there: collected first (see src/core/collect.ts).
    if (source.length >= LONG_DOCUMENT) collectGarbage();
    const result = await this.finish(ctx, source, format, checks, this.directives ? doc.directives : undefined, doc.cdata);
    // Checked with a region's dictionary and quotation marks ("de-CH"): said, so that a report shows which.
    const spelledWith = resources.speller(language)?.language;
    if (spelledWith !== undefined && spelledWith !== language) result.locale = spelledWith;
    if (xliff) result.units = { ...xliff.units };
    if (otherLanguages.length > 0) {
      otherLanguages.sort((a, b) => a.start - b.start || b.end - a.end);
      result.paragraphLanguages = otherLanguages.map((s) => ({ start: ctx.toPoint(s.start), end: ctx.toPoint(s.end), language: s.language }));
    }
    if (detected) result.localeEvidence = detected.evidence;
    if (ctx.original) result.source = { ...(options.sourcePath !== undefined ? { path: options.sourcePath } : {}), language: ctx.original.language };
    else if (options.sourceMissing !== undefined) result.source = { missing: options.sourceMissing };
    // (Also without a source text: the language given, whose leftovers were looked for.)
    if (sourceLanguage !== undefined) result.sourceLanguage = sourceLanguage;
    if (this.model && modelUsed) {
      const info = this.model.modelInfo;
      result.model = { id: info.id, quantized: info.quantized, source: info.source };
    }
    if (this.quality) {
      const speller = resources.speller(language);
      const wordMeans = ctx.state.get(SENTENCE_MEANS) as Map<number, number> | undefined;
      const q = scoreDocument(source, result.findings, {
        sentences,
        source: options.sourceText,
        ...(sentenceSources ? { paired: sentenceSources } : {}),
        ...(sentenceTexts ? { sentenceTexts } : {}),
        isKnownWord: speller ? (w) => speller.correct(w) : undefined,
        language,
        sourceLanguage: ctx.original?.language,
        // The word-level estimate's sentence means, as the word-quality check computed them.
        wordBad: wordMeans ? sentences.map((s) => wordMeans.get(s.start)) : undefined,
        withoutFeatures: true,
      });
      result.quality = {
        score: q.score,
        predictedHter: q.predictedHter,
        mqm: q.mqm,
        sentences: q.sentences.map((s) => ({ start: ctx.toPoint(s.start), end: ctx.toPoint(s.end), score: s.score, predictedHter: s.predictedHter, mqm: s.mqm, ...(s.afterFixes !== undefined ? { afterFixes: s.afterFixes } : {}) })),
        ...(q.afterFixes !== undefined ? { afterFixes: q.afterFixes } : {}),
      };
    }
    // The project's severities per rule: what fails its runs. Set after the score, which is the
    // translation's (its model learned the rules' own severities): a house that makes every
    // quotation-mark finding an error has no worse translations for it.
    if (this.severityOf !== undefined) {
      for (const f of result.findings) {
        const severity = this.severityOf.get(ruleOf(f.ruleId));
        if (severity !== undefined) f.severity = severity;
      }
    }
    return result;
  }

  /**
   * The model stage: every sentence of a supported language goes to the model (which
   * batches sentences of concurrent documents and caches results on disk); its findings
   * become messages like any rule's. A suggestion above the model's confidence threshold
   * is a fix, applied unless a rule's fix covers the same text.
   */
  private async runModel(model: ModelStage, inputs: ModelInput[], ctx: DocContext): Promise<boolean> {
    const results = await model.checkSentences(inputs.map((s) => ({ text: s.text, language: s.language })));
    if ((results.unjudged ?? 0) >= inputs.length) return false;
    // Glossary terms and their variants are the glossary's: the model never touches them
    // (it had replaced the brand "Hikvision" with a word it liked better).
    const glossary = occurrences(ctx.state);
    results.forEach((findings, i) => {
      const { block, offset } = inputs[i];
      for (const f of findings) {
        const start = offset + f.start;
        const end = offset + f.end;
        const from = toSource(block, start);
        const to = toSource(block, end, true);
        if (glossary.some((o) => from < o.end && o.start < to)) continue;
        // The model reorders words, not spaces: a run of spaces its edit carries along is one
        // space (the double-space fix inside its span gives way to it), so that a second run finds
        // nothing more to fix.
        const oneSpace = (t: string) => t.replace(/[ \t]{2,}/g, ' ');
        if (f.fix !== undefined) f.fix = oneSpace(f.fix);
        f.expected = f.expected.map(oneSpace);
        const safe = f.fix !== undefined && fixable(block, start, end, f.fix);
        emit(
          MODEL_META,
          ctx,
          {
            start: toSource(block, start),
            end: toSource(block, end, true),
            // (Rounded down: 0.8987 read "90 %" beside a threshold of 0.9 that it does not reach.)
            // (Of the value rounded to four places first: 0.29 is 28.999… in floating point.)
            message: `${f.message} (confidence ${Math.floor(Math.floor(f.confidence * 10_000 + 1e-6) / 100)} %)`,
            expected: f.expected,
            fix: f.fix,
            category: f.category,
            ruleId: f.ruleId,
            source: 'model',
            // (Rounded down, to four places: rounded, 0.89995 read 0.9 beside the 0.9 threshold it misses.)
            confidence: Math.floor(f.confidence * 10_000 + 1e-6) / 10_000,
            severity: f.fix !== undefined ? 'warning' : 'info',
          },
          safe,
        );
      }
    });
    return true;
  }

  /**
   * Hand a document's words to the spelling worker. When they went, other documents in
   * flight run first for a moment, so that the worker is ahead of this one's first words
   * (else both threads would check them).
   */
  private async prefetch(resources: Resources, language: string, doc: ProseDocument): Promise<void> {
    if (resources.prefetch(language, doc.blocks.map((b) => b.text), doc)) await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A document's language: ranked among the supported languages first (cheap), and
   * accepted when that language's dictionary knows most of the words; otherwise franc
   * over all its languages names it (possibly a language without a profile).
   */
  private async detectLanguage(resources: Resources, doc: ProseDocument, prefetch?: (language: string) => Promise<void>): Promise<string> {
    // Read without its quotations (a German article quoting "Yes we can" is German; the
    // quotation would make a short one English, and its quotation marks English too), composed
    // (NFC: text written with combining marks read as Spanish), unless little is left.
    let text = '';
    let whole = '';
    // (Without the alt texts and titles of Markdown, unless there is nothing else: an image's
    // description, left in English or short, would weigh on the article's first lines.)
    const blocks = doc.blocks.some((b) => !isInner(b)) ? doc.blocks.filter((b) => !isInner(b)) : doc.blocks;
    for (const b of blocks) {
      const head = b.text.slice(0, 2000).normalize('NFC');
      whole += head + '\n';
      text += head.replace(QUOTATION, ' ') + '\n';
      if (text.length > 600) break;
    }
    if ((text.match(/\p{L}{2,}/gu) ?? []).length < 2) text = whole;
    // (A text mostly in a script no supported language is written in is none of theirs: franc
    // over all its languages names it, or `und`.)
    if (!mostlyInScripts(text)) return detectDocumentLanguage(text);
    const ranking = rankLanguages(text);
    let sample = (text.match(WORD_OR_COMPOUND) ?? []).slice(0, 200);
    const outside = sample;
    let shortRanking = ranking;
    // A short text with hardly a lower-case word outside its quotations (names and a quotation:
    // `Die Zeit interviews Olaf Scholz: "Germany is ready."`) is read with them. (Straight or
    // curled, the marks do not matter here: a second run reads the text as the first did.)
    if (text !== whole && sample.length < SHORT_TEXT_WORDS && sample.filter((w) => startsLower(w)).length < 2) {
      const all = (whole.match(WORD_OR_COMPOUND) ?? []).slice(0, 200);
      if (all.length < SHORT_TEXT_WORDS) {
        sample = all;
        shortRanking = rankLanguages(whole);
      }
    }
    // A short text (a headline, one sentence): trigrams rank it by chance ("Apple-Chef Tim Cook:
    // „Wir lieben Berlin.“" as French), so every supported language's dictionary is asked.
    if (sample.length > 0 && sample.length < SHORT_TEXT_WORDS) {
      const known = await this.knownWordsLanguage(resources, sample, shortRanking, whole, outside);
      if (known) {
        const speller = resources.speller(known);
        // (Read in another language, as a paragraph is: English knows "is", "in", "na", "by" of
        // "Twee mans is Woensdag in Pretoria gearresteer na 'n roof by 'n winkelsentrum.", whose
        // tells it does not know; where a quarter of its words in small letters are unknown to it,
        // not an English line naming the "Wes-Kaap" and the "Oos-Kaap".)
        const other = lookalikeOf(known, whole, speller) ?? (LOOKALIKE_OF.has(known) || !speller || !partlyUnknown(sample, speller) ? undefined : anyLookalike(whole, speller));
        if (other) return other;
        await prefetch?.(known);
        return known;
      }
    }
    if (ranking) {
      const words = sample;
      // The best-ranked language, then any other that trigrams can barely tell from it (a short
      // text: "Der Tick Tack Konzern." ranks Spanish first, German at 0.97), each accepted when
      // its dictionary knows most of the words.
      const candidates = [...ranking.scores].filter(([code, score]) => code === ranking.best || score >= CLOSE_RANK).sort((a, b) => b[1] - a[1]);
      for (const [code] of candidates) {
        await resources.ensureLanguages([code]);
        if (code === ranking.best) await prefetch?.(code);
        this.prepareWhileBuilding(resources, code);
        const speller = resources.speller(code);
        if (speller && words.length >= 3 && words.filter((w) => knows(speller, w)).length / words.length >= 0.6) return lookalikeOf(code, whole, speller) ?? code;
      }
    }
    // (Franc's too: a sentence of Afrikaans whose words no dictionary knows enough of, "'n
    // Vragmotor het vanoggend op die N1 … omgeslaan.", it reads as Dutch.)
    // Where franc names a language without a profile ("Meer as 20 huise is in Knysna
    // afgebrand." was Scots, "… 'n skietery …" Low German), the lookalikes are asked too, with
    // their own language's dictionary where it is loaded.
    const found = detectDocumentLanguage(text);
    if (profileFor(found) === undefined) {
      for (const p of LOOKALIKES) {
        // (Its dictionary loaded only for a text with a tell: with no word known, one is enough.)
        if (!p.lookalike!.tells(whole, () => false)) continue;
        await resources.ensureLanguages([p.code]);
        const speller = resources.speller(p.code);
        if (p.lookalike!.tells(whole, knownBy(speller), speller !== undefined)) return p.lookalike!.code;
      }
    }
    return lookalikeOf(found, whole, resources.speller(found)) ?? found;
  }

  /**
   * The supported language whose dictionary knows most of a short text's words, its lower-case
   * words counted twice (names and titles are in several dictionaries, or none); franc's rank
   * breaks ties. None when no dictionary knows enough of them (a language without a profile).
   */
  private async knownWordsLanguage(
    resources: Resources,
    words: readonly string[],
    ranking: LanguageRanking | undefined,
    text: string,
    outsideQuotations: readonly string[] = words,
  ): Promise<string | undefined> {
    // (A language with a `shortTextCue` only where the text has it or franc ranks it first:
    // Portuguese's dictionary is not loaded for a short German or English file.)
    const profiles = PROFILES.filter((p) => p.shortTextCue === undefined || ranking?.best === p.code || p.shortTextCue.test(text));
    await resources.ensureLanguages(profiles.map((p) => p.code));
    // Quotations opened with marks only one language uses (German „…“, which no other
    // language's style has, whichever level): a short text is that language, where its
    // dictionary knows a word of it ("Apple-Chef Tim Cook: „Wir lieben Berlin.“" is German,
    // though all but the quotation is names that English knows too).
    // Unless the words around the quotation are another language's: where the text outside it
    // has lower-case words, most of them must be that language's ("„Nous allons gagner“, a dit
    // le ministre" is French in the wrong marks, which is what the quotes rule is there to fix;
    // "„Yes we can“, skandierte die Menge" is German).
    const own = ownQuotationLanguage(text);
    if (own !== undefined) {
      const speller = resources.speller(own);
      const outside = outsideQuotations.filter((w) => startsLower(w));
      const around = outside.length < 2 || (speller !== undefined && outside.filter((w) => speller.correct(w)).length / outside.length >= 0.6);
      if (speller && around && (words.some((w) => speller.correct(w)) || (text.match(/\p{L}+/gu) ?? []).some((w) => speller.correct(w)))) return own;
    }
    // (Not a unit or an abbreviation without a vowel, "mg", "km", which every dictionary may
    // know: "Für die Schwangerschaft 100 mg/Tag; für die Stillzeit 155 mg/Tag." was French.)
    // (Nor the words of an idiom, English's "out of the blue", "in no time", left in a sentence of
    // another language: Dutch's dictionary knows each of them, and "Die Nachricht kam out of the
    // blue, sagte er." had been Dutch, "Er erledigte das in no time." Portuguese.)
    words = withoutIdioms(words);
    const counted = words.filter((w) => !NO_VOWEL.test(w));
    if (counted.length === 0) return undefined;
    const lower = counted.filter((w) => startsLower(w));
    const judge = (profile: LanguageProfile): Judged | undefined => {
      const speller = resources.speller(profile.code);
      if (!speller) return undefined;
      const all = counted.filter((w) => knows(speller, w)).length / counted.length;
      const unknownSmall = lower.filter((w) => !knows(speller, w)).length;
      const small = lower.length > 0 ? 1 - unknownSmall / lower.length : all;
      // (A tie of the dictionaries is broken by the language's own small words before franc's
      // rank: see `better`.)
      return { code: profile.code, score: all + small, small, unknownSmall, grammar: grammarWords(profile, words), rank: ranking?.scores.get(profile.code) ?? 0, borrows: profile.borrowsFrom };
    };
    let best: Judged | undefined;
    for (const profile of profiles) {
      const judged = judge(profile);
      if (judged && (!best || better(judged, best))) best = judged;
    }
    // The languages asked only on a cue are asked too where no dictionary asked knows the text
    // well (`sure`): "Wes Anderson wint prijs in Cannes.", of whose "wint", "prijs", "in" English
    // knew one, and "Lula recebe Macron em Brasília", of whose "recebe", "em" English and Spanish
    // knew none, had been English. Most ranked by franc first, one at a time, and taken only where
    // it knows the text well itself and more of its words in small letters: Dutch's dictionary
    // knows German's "der" and "und", English's "of" and many Latin names, and "Die Nachnamen der
    // plebejischen Claudii waren Asellus, Canina, …, Glaber und Marcellus." (MLQE-PE) is German.
    // Asked too where the best leaves a word in small letters unknown, more than a fifth of them
    // (`SHORT_TEXT_ALL_BUT`), that no dictionary asked knows: a headline's one verb ("cai"), not
    // English's "to" in a German line ("Zugeschrieben der „Semaphore to Satellite“, …", MLQE-PE,
    // which Dutch's dictionary, knowing "der" and "to", would have taken).
    if (!sure(best) || (best!.unknownSmall > 0 && best!.small < SHORT_TEXT_ALL_BUT && unknownToAll(lower, profiles.map((p) => resources.speller(p.code))))) {
      const left = PROFILES.filter((p) => !profiles.includes(p)).sort((a, b) => (ranking?.scores.get(b.code) ?? 0) - (ranking?.scores.get(a.code) ?? 0));
      for (const profile of left) {
        await resources.ensureLanguages([profile.code]);
        const judged = judge(profile);
        if (judged && sure(judged) && (!best || (better(judged, best) && (lower.length === 0 || judged.unknownSmall < best.unknownSmall)))) {
          best = judged;
          break;
        }
      }
    }
    return best && best.score >= SHORT_TEXT_KNOWN ? best.code : undefined;
  }

  /**
   * A paragraph's language: where most of its letters are in a script the document's language
   * is not written in, another (`otherScriptLanguage`); else the document's, unless most of its
   * lower-case words are unknown to the document language's dictionary, franc ranks another
   * supported language first, and that language's dictionary knows most of them. Capitalized
   * words are left out: names and titles ("Netflix diffuse The Crown, House of Cards et …") are
   * in no dictionary, and would make a French paragraph English, and its typography wrong.
   */
  /** The language an HTML block is marked with (`lang`), where it is a code and not the document's; its dictionary loaded. */
  private async markedLanguage(resources: Resources, block: Block, docLanguage: string): Promise<string | undefined> {
    if (block.lang === undefined) return undefined;
    let code: string;
    try {
      code = normalizeLanguage(block.lang);
    } catch {
      return undefined;
    }
    if (code === docLanguage || code === 'und') return undefined;
    if (profileFor(code) !== undefined) await resources.ensureLanguages([code]);
    return code;
  }

  private async paragraphLanguage(resources: Resources, block: Block, seg: Segmented, docLanguage: string): Promise<string> {
    const speller = resources.speller(docLanguage);
    if (!speller) return docLanguage;
    // A paragraph in the language without a profile that this one's dictionary takes for its own
    // (Afrikaans in a Dutch article: the profile's `lookalike`), told by its words.
    const lookalike = lookalikeOf(docLanguage, block.text, speller);
    if (lookalike) return lookalike;
    // A paragraph mostly in a script the document's language is not written in (Arabic, Chinese,
    // Cyrillic in a German article) is another language's, which its words, without case, never
    // told: the language franc names, or its script (`und-Cyrl`). Not a name in its script.
    const scripts = resources.profile(docLanguage)?.scripts;
    const otherScript = scripts && otherScriptLanguage(block.text, scripts);
    if (otherScript) return otherScript;
    // A sample of the paragraph's lower-case words is enough to tell (and keeps look-ups few).
    const words: typeof seg.words = [];
    for (const w of seg.words) {
      // (Tested without making a string per word: this runs on every word of every paragraph.)
      if (w.opaque || !w.alpha) continue;
      // (Capitalized words are not part of the sample; the checks that need their verdict ask
      // for it themselves, isKnownToken, so a document checked without them spares Hunspell.)
      if (!startsLower(w.value)) continue;
      words.push(w);
      if (words.length === 30) break;
    }
    if (words.length < 3) return docLanguage;
    // A lookalike's paragraph in another language's document (Afrikaans in an English article,
    // whose dictionary knows "as", "in", "die", "is" and "storm"), told by words of it this
    // dictionary does not know, where a quarter of the sample is unknown to it too (not an English
    // paragraph naming the "Wes-Kaap" and the "Oos-Kaap").
    const told = LOOKALIKE_OF.has(docLanguage) ? undefined : anyLookalike(block.text, speller);
    let unknown = 0;
    let known = 0;
    for (const w of words) {
      if (!speller.correct(w.value)) unknown++;
      // A word the dictionary accepts is known (isKnownToken), should the paragraph keep this language.
      else {
        if (w.knownIn === '') {
          w.knownIn = docLanguage;
          w.known = true;
        }
        // More than half known (three quarters, for a lookalike's tells): the words left cannot
        // make half (a quarter) of them unknown, and the paragraph keeps the document's language
        // (their verdicts are left to the checks).
        if (told ? ++known * 4 > words.length * 3 : ++known * 2 > words.length) return docLanguage;
      }
    }
    // (Afrikaans in a German article too: Dutch's dictionary knows enough of it to rank it Dutch.)
    if (told) return told;
    if (unknown / words.length < 0.5) return docLanguage;
    // A language whose dictionary a short text asks only on a cue (`shortTextCue`) is ranked only
    // where the paragraph has that cue too, as the document's own language always is: trigrams put
    // Dutch first for a line of English names in a German article, "Handbook of American Indians U.
    // S. Bureau of American ethnology", whose "ethnology" Dutch's dictionary does not know, and the
    // line stayed German, "ethnology" untranslated English; nor is that dictionary loaded for it.
    const uncued: string[] = [];
    for (const p of PROFILES) if (p.shortTextCue !== undefined && p.code !== docLanguage && !p.shortTextCue.test(block.text)) uncued.push(p.franc);
    const ranking = rankLanguages(block.text, uncued);
    if (!ranking || ranking.best === docLanguage) return docLanguage;
    await resources.ensureLanguages([ranking.best]);
    const other = resources.speller(ranking.best);
    if (!other) return docLanguage;
    const knownInOther = words.filter((w) => other.correct(w.value)).length;
    return knownInOther / words.length >= 0.7 && knownInOther > words.length - unknown ? ranking.best : docLanguage;
  }

  private async finish(ctx: DocContext, source: string, format: Format, checks: Set<string>, directives?: readonly Directive[], cdata?: readonly number[]): Promise<CheckResult> {
    // Findings in a span that a directive comment silences (`<!-- lektor-disable spelling -->`)
    // are not reported, and their fixes not applied.
    const silencer = directives && directives.length > 0 ? new Silencer(directives, source, (o) => ctx.toPoint(o).line, (id) => this.knowsRuleId(id), [...new Set(['model', ...defaultRules.map((r) => r.meta.id), ...this.rules.map((r) => r.meta.id)])]) : undefined;
    // Identical findings (same rule, same span) are reported once.
    const seen = new Map<string, Set<number | string>>();
    const unique = ctx.findings.filter((f) => {
      let spans = seen.get(f.ruleId);
      if (!spans) seen.set(f.ruleId, (spans = new Set()));
      // start · 2^26 + end names a span exactly while end < 2^26 (a 64-million-character text).
      const key = f.end < 67_108_864 ? f.start * 67_108_864 + f.end : `${f.start}:${f.end}`;
      if (spans.has(key)) return false;
      spans.add(key);
      // (Counted for its comment once, and not when it is a review hint, which no list shows.)
      return !silencer?.silences(f.ruleId, f.start, f.category !== 'quality');
    });
    // The project's rules whose fixes are only listed.
    if (this.reviewed !== undefined) {
      for (const f of unique) if (f.fix !== undefined && this.reviewed.has(ruleOf(f.ruleId))) f.fix = undefined;
    }
    // Deferred suggestions, within the budget: warnings (lower-case unknown words) before information.
    const deferred = unique.filter((f) => f.suggest);
    deferred.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
    // (Computed in the suggestion worker once it runs: this document waits, the next one goes on.)
    await Promise.all(
      deferred.slice(0, this.suggestions).map(async (f) => {
        f.expected = await f.suggest!();
      }),
    );
    // In Markdown a replacement's markup characters are written escaped where the text it
    // replaces has none: a glossary's "E*Trade" had opened emphasis, its "Face<Book>" a tag.
    // So is every suggestion listed for review: an editor who takes one (the report's review
    // panel writes it in) gets the term, not emphasis or a tag.
    if (format === 'markdown') {
      for (const f of unique) {
        let was: string | undefined;
        let safe: string | undefined;
        if (f.fix) {
          was = f.fix.text;
          safe = markdownLiteral(f.fix.text, source.slice(f.fix.start, f.fix.end));
          if (safe !== f.fix.text) f.fix = { ...f.fix, text: safe };
        }
        if (f.expected.length === 0) continue;
        const replaced = source.slice(f.start, f.end);
        const escaped = f.expected.map((e) => (e === was ? safe! : markdownLiteral(e, replaced)));
        if (escaped.some((e, i) => e !== f.expected[i])) f.expected = escaped;
      }
    }
    // In XLIFF a replacement is written as XML text (`&` → `&amp;`, `<` → `&lt;`), in a CDATA
    // section as it is (a fix that would write `]]>` there is listed instead); so is every
    // suggestion, which the review panel writes into the file.
    // In HTML too (no CDATA there): a replacement's `<` had opened a tag, its `&` a reference.
    if (format === 'xliff' || format === 'html') {
      // (The sections by halves: a scan of them all for each finding took 3.4 of the 11.6 s of a
      // check of 40,000 CDATA targets with a finding each.)
      for (const f of unique) {
        const literal = inCdata(cdata, f.start);
        if (f.fix) {
          const safe = xmlLiteral(f.fix.text, inCdata(cdata, f.fix.start));
          if (safe === undefined) f.fix = undefined;
          else if (safe !== f.fix.text) f.fix = { ...f.fix, text: safe };
        }
        if (f.expected.length > 0 && !literal) {
          const escaped = f.expected.map((e) => xmlLiteral(e)!);
          if (escaped.some((e, i) => e !== f.expected[i])) f.expected = escaped;
        }
      }
    }
    const priority = new Map(this.rules.map((r, i) => [r.meta.id, i]));
    // (A loop, not `flatMap`: an array a finding, of the benchmark's 28,000, for the few with a fix.)
    const candidates: Array<{ fix: NonNullable<(typeof unique)[number]['fix']>; priority: number; index: number }> = [];
    for (let index = 0; index < unique.length; index++) {
      const f = unique[index];
      if (f.fix) candidates.push({ fix: f.fix, priority: priority.get(ruleOf(f.ruleId)) ?? this.rules.length, index });
    }
    const { text: corrected, applied } = applyFixes(source, candidates);
    const fixedFindings = new Set([...applied].map((i) => candidates[i].index));
    // A fix left out because it lies inside an applied one that writes what it would write
    // ("„Das ist gut.".": quote-period's `.".` → `.“` curls the quote that the quotes rule
    // would have curled) is done: its finding is fixed too, not left open in the report.
    const done = [...applied].map((i) => candidates[i].fix).sort((a, b) => a.start - b.start);
    for (let i = 0; i < candidates.length; i++) {
      if (applied.has(i)) continue;
      const { start, end, text } = candidates[i].fix;
      if (text === '') continue;
      const outer = done[partitionPoint(done, (d) => d.start <= start) - 1];
      // (What it replaces is gone from the applied fix's text, and what it writes is there.)
      const actual = source.slice(start, end);
      if (outer && outer.start <= start && end <= outer.end && actual !== '' && outer.text.includes(text) && !outer.text.includes(actual)) fixedFindings.add(candidates[i].index);
    }
    // So is a finding listed for review whose first suggestion an applied fix wrote over it:
    // a rule's word-order finding that the model's confident fix of the same words applied.
    if (done.length > 0) {
      unique.forEach((f, index) => {
        const suggestion = f.expected[0];
        if (f.fix || suggestion === undefined || suggestion === '' || f.end <= f.start) return;
        const outer = done[partitionPoint(done, (d) => d.start <= f.start) - 1];
        const actual = source.slice(f.start, f.end);
        if (outer && f.end <= outer.end && outer.text.includes(suggestion) && !outer.text.includes(actual)) fixedFindings.add(index);
      });
    }
    // The applied or applicable fix of each finding that has one (its vfile message carries it).
    const fixes = new Map<Finding, Fix>();
    const findings: Finding[] = unique.map((f, index) => {
      const finding: Finding = {
        ruleId: f.ruleId,
        source: f.source,
        category: f.category,
        severity: f.severity,
        message: f.message,
        start: ctx.toPoint(f.start),
        end: ctx.toPoint(f.end),
        actual: source.slice(f.start, f.end),
        expected: f.expected,
        fixed: fixedFindings.has(index),
      };
      if (f.url) finding.url = f.url;
      if (f.note) finding.note = f.note;
      if (f.confidence !== undefined) finding.confidence = f.confidence;
      if (f.glossaryEntry) finding.glossaryEntry = f.glossaryEntry;
      if (f.quoteLanguages) finding.quoteLanguages = f.quoteLanguages;
      if (f.fix) fixes.set(finding, f.fix);
      return finding;
    });
    // The raw findings are done with (the quality score reads these): let them go before it runs.
    ctx.findings.length = 0;
    findings.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || compareIds(a.ruleId, b.ruleId));
    const result = { path: ctx.path, format, language: ctx.language, findings, corrected, checks: [...checks] } as CheckResult;
    // A Word document's fixes are written as tracked changes over its runs: which were applied, in order.
    if (format === 'docx') result.edits = [...applied].map((i) => candidates[i].fix).sort((a, b) => a.start - b.start).map((f) => ({ start: f.start, end: f.end, text: f.text }));
    if (silencer) result.directives = silencer.reports;
    lazyMessages(result, ctx.file, fixes);
    return result;
  }
}

/**
 * The sources of a target block's `count` sentences, from its XLIFF unit's source block: sentence
 * for sentence where both have as many, the whole source for a target of one sentence, else the
 * source's words only (as `pairSources` pairs a translation's paragraphs with a source's).
 */
function xliffSentenceSources(source: Block, count: number): Array<{ text?: string; copiedOnly?: boolean }> {
  const own = segment(source).sentences.map((s) => source.text.slice(s.start, s.end)).filter((t) => t.trim() !== '');
  if (own.length === count) return own.map((text) => ({ text }));
  return Array.from({ length: count }, () => (count === 1 ? { text: source.text } : { text: source.text, copiedOnly: true }));
}

/** Ids whose order by code units is the order `localeCompare` gives (small letters, digits, "-" and "/", in that order in both). */
const PLAIN_ID = /^[a-z0-9/-]*$/;

/**
 * Rule ids in `localeCompare`'s order, without loading ICU's collation for plain ones (8–15 ms
 * at its first use in a process: a cold check of one article paid it for its first tie).
 */
export function compareIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
