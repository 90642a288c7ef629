/**
 * Lektor's library API. The same core serves the CLI, this API and the tests:
 *
 *     import { Lektor } from 'lektor';
 *     const lektor = await Lektor.create({ glossary: 'glossary' });
 *     const result = await lektor.check(text, { path: 'article.txt' });
 *     result.findings; result.corrected;
 */
export { Lektor, formatFromPath, type LektorOptions, type CheckOptions, type CheckResult, type Format } from './core/pipeline.js';
export { LektorPool, type PoolOptions, type PoolLektorOptions } from './core/pool.js';
export type { Finding, DocumentResult, Severity, Category, Point, Fix, RawFinding } from './core/types.js';
export { CATEGORIES, SEVERITY_RANK, isReviewHint } from './core/types.js';
export { defineRule, rulePlugin, type Rule, type RuleMeta, type RuleContext, type Report } from './core/rule.js';
export { defaultRules } from './rules/index.js';
export { PROFILES, profileFor, SUPPORTED_LANGUAGES, type LanguageProfile } from './languages/index.js';
export { loadGlossary, compileGlossary, parseGlossary, applyGlossary, CompiledGlossary, GlossaryError, type GlossaryEntry } from './glossary/index.js';
export { applyFixes, type FixCandidate } from './fix/apply.js';
export { readText } from './formats/text.js';
export { readMarkdown } from './formats/markdown.js';
export { loadHtml, readHtml, HtmlError, type HtmlDocument } from './formats/html-reader.js';
export { readDocx, trackedChanges, DocxError, type DocxDocument, type TextEdit, type TrackOptions } from './formats/docx.js';
export { loadXliff, readXliff, XliffError, type XliffDocument, type XliffTarget, type XliffUnits } from './formats/xliff-reader.js';
export { renderDocumentHtml } from './report/html.js';
export { renderIndexHtml, summarizeDocument, type DocumentSummary } from './report/index-html.js';
export { terminalReport, terminalSafe } from './report/terminal.js';
export { closeSpellingWorker } from './spell/suggest-worker.js';
export { setSuggestionMode, type SuggestionMode } from './spell/hunspell.js';
export { createModelStage, ModelUnavailableError, DEFAULT_MODEL, type ModelStage, type ModelStageOptions } from './model/index.js';
export { renderPatch } from './report/patch.js';
export { toJsonDocument, type JsonDocument } from './report/json.js';
export { renderSarif } from './report/sarif.js';
export { renderCodeQuality } from './report/codequality.js';
