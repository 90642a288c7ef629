/**
 * One file of `lektor check`: read it (and its source), check it, write its reports, and
 * keep what the batch needs of it (an `Outcome`). Runs in the CLI's thread, or in a thread
 * of the check pool (`src/core/pool.ts`) for a batch: everything it is given is plain data.
 */
import path from 'node:path';
import { existsSync, constants as fsConstants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { Lektor } from '../core/pipeline.js';
import { formatFromPath } from '../core/pipeline.js';
import { SEVERITY_RANK, isReviewHint, type Severity, type DocumentResult } from '../core/types.js';
import { createHash } from 'node:crypto';
import { readDocx, trackedChanges, DocxError, type DocxDocument, type TrackOptions } from '../formats/docx.js';
import { readInput, readInputBytes, outputPath, realPathOf, removeOutput, writeOutput, writeOutputParts, replaceUnchanged, encodeText, InputError, type InputFile, type TextEncoding } from '../io/files.js';
import { readCached, writeCached, stampReports, reportsUnchanged, type CacheSettings, type ReportStamps } from './cache.js';
import { renderPatch } from '../report/patch.js';
import { ModelUnavailableError } from '../model/hub.js';
import { documentHtmlParts } from '../report/html.js';
import { summarizeDocument, type DocumentSummary } from '../report/index-html.js';
import { toJsonDocument, jsonDocumentParts } from '../report/json.js';
import { githubFailure, githubReport, lineFailure, lineReport, type LineFormat, type ReadText } from '../report/lines.js';
import { openFixes, sarifArtifact, sarifPart, type SarifPart } from '../report/sarif.js';
import { codeQualityIssues, codeQualityNotice } from '../report/codequality.js';
import { profileFor, SUPPORTED_LANGUAGES } from '../languages/index.js';
import { terminalBlock, type TerminalBlock, type TerminalOptions } from '../report/terminal.js';
import { groupDigits } from '../core/count.js';
import { readXliff, textAsRead, XliffError, type XliffDocument } from '../formats/xliff-reader.js';
import { HtmlError, htmlTextAsRead, loadHtml } from '../formats/html-reader.js';
import { loadMarkdown } from '../formats/markdown-reader.js';

/** What every file of a run shares (plain data: it goes to the pool's threads once each). */
export interface FileContext {
  outDir: string;
  /** The inputs' common base: reports mirror the inputs' paths below it. */
  base: string;
  /** `--source DIR`: the source of `<base>/a/b.txt` is `<sourceDir>/a/b.txt`. */
  sourceDir?: string;
  /** `--source FILE`: the single input's source text. */
  sourceText?: string;
  /** `--source FILE`: where it was read from. */
  sourcePath?: string;
  /** `--source-lang`. */
  sourceLanguage?: string;
  language?: string;
  reports: boolean;
  write: boolean;
  json: boolean;
  /** `--format line`, `github` or `gitlab`: one finding per line on stdout (gitlab: one issue a line, until printed as a JSON array). */
  lines?: LineFormat;
  /** `--format sarif`: the run as a SARIF log on stdout. */
  sarif?: boolean;
  failOn: Severity | 'none';
  failBelow?: number;
  terminal: TerminalOptions;
  /** Called once a file is checked (or found unreadable), before its reports are written (the batch frees the spelling worker after its last check). */
  checked?: () => Promise<void>;
  /** `--cache`: where results of unchanged files are kept, and the run's key (see cache.ts). */
  cache?: CacheSettings;
}

/**
 * What the batch keeps of a document once its reports are written: its index counts, its
 * lines for the terminal summary, whether it reaches --fail-on/--fail-below, and its JSON
 * until it is printed. Not its findings: a batch of 10,000 articles would otherwise hold
 * every finding of every article until the end.
 */
export interface Outcome {
  input: InputFile;
  summary?: DocumentSummary;
  terminal?: TerminalBlock;
  /** Whether the document makes the exit code 1 (--fail-on, --fail-below). */
  fails?: boolean;
  /** With `--format json`: the document's JSON, until it is printed in input order. */
  json?: string;
  /** With `--format line` or `github`: its lines, until they are printed in input order. */
  lines?: string;
  /** With `--format sarif`: its results, until they are printed in input order. */
  sarif?: SarifPart;
  /** With `--format sarif`: why the document fails --fail-below, said as a notification. */
  scoreFailure?: string;
  /** With `--source DIR`: no source file was found for this input. */
  noSource?: boolean;
  error?: string;
  /**
   * The document was checked, but its reports (or, with --write, the corrected input) could
   * not be written: why. Its findings are still listed, and the run exits 1.
   */
  writeError?: string;
  /** Of `writeError`: its reports are (some of them) missing, so the batch page does not link them. */
  reportsMissing?: boolean;
  /** `--cache`: its result came from the cache (the file and the settings were unchanged since it was made). */
  cached?: boolean;
  /** `--cache`: why its result could not be kept in the cache (told once by the batch). */
  cacheError?: string;
}

function reachesThreshold(result: DocumentResult, context: FileContext): boolean {
  if (context.failBelow !== undefined && result.quality && result.quality.score < context.failBelow) return true;
  if (context.failOn === 'none') return false;
  const min = SEVERITY_RANK[context.failOn];
  // With --write, applied fixes are gone from the files: only open findings count. Review
  // hints (the word-level estimate's guesses) are no findings to fail on, even at --fail-on info.
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= min && !(context.write && f.fixed) && !isReviewHint(f));
}


/** The report files of an input whose path below the inputs' base is `rel`, as paths below the output folder. */
export function reportNames(rel: string): { corrected: string; findings: string; patch: string; html: string } {
  return { corrected: rel, findings: `${rel}.findings.json`, patch: `${rel}.patch`, html: `${rel}.html` };
}

/** What the terminal says of a document in a language Lektor has no rules for. */
function languageNote(language: string, words: number | undefined): string | undefined {
  if (profileFor(language)) return undefined;
  // A document with no prose at all (front matter, code, HTML only): nothing to tell a language from.
  if (language === 'und' && words === 0) return 'no prose to check (only code, markup or front matter)';
  const named = language === 'und' ? 'could not be told' : `is "${language}"`;
  return `its language ${named}, which Lektor has no language rules for (it has ${SUPPORTED_LANGUAGES.join(', ')}): only the glossary and the language-independent checks ran; give --lang to choose`;
}

/** Why a document fails --fail-below: its score, said whatever its findings (a CI log must tell why it failed). */
function scoreNote(result: DocumentResult, context: FileContext): string | undefined {
  const score = result.quality?.score;
  if (context.failBelow === undefined || score === undefined || score >= context.failBelow) return undefined;
  const after = result.quality?.afterFixes;
  return `quality score ${score} is below --fail-below ${context.failBelow} (the machine translation's score, before any fix${context.write ? ', so --write does not change it' : ''}${typeof after === 'number' && after !== score ? `; after Lektor's fixes ${after}` : ''})`;
}

function scoreLine(result: DocumentResult, context: FileContext, format: LineFormat): string {
  const note = scoreNote(result, context);
  if (note === undefined) return '';
  return format === 'github' ? githubFailure(result.path, note, true) : format === 'gitlab' ? `${codeQualityNotice(result.path, 'score', note)}\n` : lineFailure(result.path, note);
}

function joinNotes(...notes: Array<string | undefined>): string | undefined {
  const given = notes.filter((n): n is string => n !== undefined);
  return given.length > 0 ? given.join('; ') : undefined;
}

/** The locale told from the document's spelling, and how to keep the national one. */
function localeNote(result: DocumentResult): string | undefined {
  if (!result.locale || !result.localeEvidence) return undefined;
  return `spelled as ${result.locale}, as its spelling tells (${result.localeEvidence.join(', ')}); --locale ${result.language}-${profileFor(result.language)?.region ?? result.language.toUpperCase()} spells it as ${result.language}`;
}

/** XLIFF: the targets left out, and why (said where there are any). */
function unitsNote(result: DocumentResult): string | undefined {
  const u = result.units;
  if (!u) return undefined;
  const left = [
    ...(u.notTranslatable > 0 ? [`${groupDigits(u.notTranslatable)} marked translate="no"`] : []),
    ...(u.empty > 0 ? [`${groupDigits(u.empty)} with an empty target`] : []),
    ...(u.missing > 0 ? [`${groupDigits(u.missing)} without a target`] : []),
  ];
  if (left.length === 0) return undefined;
  return `${groupDigits(u.checked)} target${u.checked === 1 ? '' : 's'} checked; not checked: ${left.join(', ')}`;
}

/** Directive comments that name no rule (a typo silences nothing): said with their line. */
function directiveNotes(result: DocumentResult): string[] {
  // What comments silenced is said too: an article's own "lektor-disable" takes findings out of
  // a CI gate (--no-directives keeps them in).
  const silencing = (result.directives ?? []).filter((d) => d.silenced > 0);
  const silenced = silencing.reduce((n, d) => n + d.silenced, 0);
  const lines = silencing.slice(0, 8).map((d) => d.line).join(', ') + (silencing.length > 8 ? ', …' : '');
  return [
    ...(silenced > 0 ? [`${silenced} finding${silenced === 1 ? '' : 's'} silenced by lektor-disable comments (line${silencing.length === 1 ? '' : 's'} ${lines}); --no-directives lists them`] : []),
    ...directiveProblems(result),
  ];
}

function directiveProblems(result: DocumentResult): string[] {
  return (result.directives ?? []).flatMap((d) => [
    ...(d.problem ? [`line ${d.line}: ${d.problem}`] : []),
    ...(d.unknown ? [`line ${d.line}: ${d.directive} names ${d.unknown.length === 1 ? 'no rule' : 'no rules'} "${d.unknown.slice(0, SHOWN_IDS).join('", "')}"${d.unknown.length > SHOWN_IDS ? ` and ${groupDigits(d.unknown.length - SHOWN_IDS)} more` : ''} (${didYouMean(d.didYouMean)}the rules are listed by lektor --help; a glossary entry by its finding's id)`] : []),
  ]);
}

/** How many unknown ids (and ids meant) a directive's note names at most. */
const SHOWN_IDS = 10;

/** "did you mean "spelling"? …", for the ids a directive names in another case or nearly. */
function didYouMean(ids: Record<string, string> | undefined): string {
  const pairs = Object.entries(ids ?? {}).slice(0, SHOWN_IDS);
  if (pairs.length === 0) return '';
  const meant = pairs.length === 1 ? `"${pairs[0][1]}"` : pairs.map(([given, id]) => `"${id}" for "${given}"`).join(', ');
  return `did you mean ${meant}? ${pairs.every(([given, id]) => given.toLowerCase() === id) ? 'ids are written in lower case; ' : ''}`;
}

/** A link from a report in `fromDir` to the file `to`: relative, each name URL-encoded ("a#1.txt" is not a fragment). */
export function relativeHref(fromDir: string, to: string): string {
  return path
    .relative(fromDir, to)
    .split(path.sep)
    .map((part) => (part === '..' ? part : encodeURIComponent(part)))
    .join('/');
}

/**
 * A path as the reports say it: relative to the folder the run started in where it is below it,
 * else in full (an absolute path had put the server's folders into published reports).
 */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A message about a file the run could not write, with the output folder's and the input's full paths said as `shownPath` says them. */
function withShownPaths(message: string, outDir: string, input: string, realPath: string | undefined): string {
  let out = message;
  for (const [full, shown] of [
    [outDir, shownPath(outDir)],
    [realPath, input],
    [path.resolve(input), input],
  ] as const) {
    if (full !== undefined && full !== shown && path.isAbsolute(full)) out = out.split(full).join(shown);
  }
  return out;
}

/**
 * How the document's suggestions are quoted: an XLIFF file's or an HTML page's as they read
 * (`xliff`: the XLIFF file as read, undefined where it cannot be). `fixedToo`: also those of fixed findings.
 */
function readerOf(result: DocumentResult, xliff: () => XliffDocument | undefined, fixedToo = false): ReadText | undefined {
  const referred = result.findings.some((f) => (fixedToo || !f.fixed) && f.expected.some((e) => e.includes('&')));
  return !referred ? undefined : result.format === 'xliff' ? textAsRead(xliff()?.document.cdata, xliff()?.document.htmlCdata) : result.format === 'html' ? (text) => htmlTextAsRead(text) : undefined;
}

/** The document's findings in the `line`, `github` or `gitlab` format (an issue a line): an XLIFF file's or an HTML page's suggestions quoted as they read. */
function lines(result: DocumentResult, xliff: () => XliffDocument | undefined, format: LineFormat): string {
  const read = readerOf(result, xliff);
  if (format === 'gitlab') return codeQualityIssues(result, read).map((issue) => `${issue}\n`).join('');
  return format === 'github' ? githubReport(result, read) : lineReport(result, read);
}

/** The input's source text: `--source FILE`, or the file at the same place under `--source DIR`. */
async function sourceOf(input: InputFile, context: FileContext): Promise<{ text?: string; missing?: boolean; path?: string }> {
  // (An XLIFF file holds its own: each unit's <source>. `--source FILE` with one is refused by the command.)
  if (formatFromPath(input.path) === 'xliff') return {};
  if (!context.sourceDir) return { text: context.sourceText, path: context.sourcePath };
  const candidate = path.join(context.sourceDir, path.relative(context.base, path.resolve(input.path)));
  // (Said in the reports relative to the folder the run started in, as the user gave it: an
  // absolute path had put the server's folders into published reports.)
  const shown = shownPath(candidate);
  if (!existsSync(candidate)) return { missing: true, path: shown };
  try {
    return { text: (await readInput(candidate)).text, path: shown };
  } catch (error) {
    // (Named as shown, not by its full path: the message goes into the batch page.)
    const why = error instanceof InputError ? error.message.slice(error.path.length + 2) : (error as Error).message;
    throw new InputError(input.path, `its source ${shown}: ${why}`);
  }
}

/** The parts, then the new line that ends a text file. */
function* fileLines(parts: Iterable<string>): Generator<string> {
  yield* parts;
  yield '\n';
}

/**
 * `--write`: the corrected text replaces the input, atomically, unless the file is read-only
 * (the rename needs only the folder's rights: a file marked read-only, or another user's, had
 * been replaced) or changed while it was checked (an editor's save would have been lost): `read`
 * and `encoding` are what the check read, from one read of the file.
 */
export async function writeBack(file: string, read: string | Uint8Array, corrected: string | Uint8Array, encoding: TextEncoding = 'utf-8'): Promise<void> {
  const info = await stat(file);
  const writable = await access(file, fsConstants.W_OK).then(
    () => true,
    () => false,
  );
  if ((info.mode & 0o222) === 0 || !writable) throw new Error('it is read-only (left as it was)');
  // (Only over the bytes that were read: `read` in `encoding` is exactly them, the text decoded
  // strictly, its byte order mark kept. In the file's own encoding: an XLIFF file in UTF-16 stays
  // so, its byte order mark kept.)
  await replaceUnchanged(file, typeof read === 'string' ? encodeText(read, encoding) : read, corrected, encoding);
}

/**
 * How Lektor signs a Word document's tracked changes: its name, and the date `SOURCE_DATE_EPOCH`
 * gives (seconds since 1970, as reproducible builds set it), else none (Word shows no date then):
 * the same input gives the same bytes.
 */
export function changeSignature(env: NodeJS.ProcessEnv = process.env): TrackOptions {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || !/^\d{1,12}$/.test(epoch.trim())) return { author: 'Lektor' };
  return { author: 'Lektor', date: new Date(Number(epoch.trim()) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** A Word document's bytes and text, or an InputError that says what is wrong with it. */
async function readWordDocument(input: InputFile): Promise<{ bytes: Buffer; docx: DocxDocument }> {
  const bytes = await readInputBytes(input.path, input.content);
  let docx: DocxDocument;
  try {
    docx = readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) throw new InputError(input.path, `${error.message}; not checked`);
    throw error;
  }
  if (docx.text.trim() === '') throw new InputError(input.path, 'a Word document without text in its paragraphs, nothing to check');
  return { bytes, docx };
}

export async function checkFile(input: InputFile, context: FileContext, lektor: Lektor): Promise<Outcome> {
  // (Told once, whether the file was checked or could not be: the run counts its files done.)
  let told = false;
  const checked = async () => {
    if (told) return;
    told = true;
    await context.checked?.();
  };
  try {
    // (An XLIFF file may be UTF-16 with a byte order mark, as translation tools write it; its
    // corrected file is written back in it.)
    // (A Word document is a zip package: its text is its paragraphs' as read, and its corrected
    // file is the document with the fixes as tracked changes.)
    const word = formatFromPath(input.path) === 'docx' ? await readWordDocument(input) : undefined;
    const { text, encoding } = word ? { text: word.docx.text, encoding: 'utf-8' as const } : await readInput(input.path, { keepBom: true, content: input.content, utf16: formatFromPath(input.path) === 'xliff' });
    const wordHash = word ? createHash('sha256').update(word.bytes).digest('hex') : undefined;
    const source = await sourceOf(input, context);
    // (An XLIFF file is read once, for its check and its reports, when first asked for: a
    // cached result's reports read it then. Each had read it again, four times for one file.)
    let xliffRead: { doc?: XliffDocument; error?: unknown } | undefined;
    const xliffFile = (): XliffDocument => {
      xliffRead ??= (() => {
        try {
          return { doc: readXliff(text, input.path) };
        } catch (error) {
          return { error };
        }
      })();
      if (xliffRead.doc === undefined) throw xliffRead.error;
      return xliffRead.doc;
    };
    // (For the reports: undefined where it cannot be read, as each report had taken it.)
    const xliffReport = (): XliffDocument | undefined => {
      try {
        return result.format === 'xliff' ? xliffFile() : undefined;
      } catch {
        return undefined;
      }
    };
    // (Where the source was read from, or looked for in vain, is said in the result: part of a cache entry's key, as its text.)
    const sourceWhere = {
      ...(source.text !== undefined && source.path !== undefined ? { sourcePath: source.path } : {}),
      ...(source.missing && source.path !== undefined ? { sourceMissing: source.path } : {}),
    };
    const cacheSource = { text: source.text, ...sourceWhere, ...(wordHash !== undefined ? { bytes: wordHash } : {}) };
    const cache = context.cache;
    const realPath = cache ? (input.realPath ?? (await realPathOf(input.path))) : '';
    const cached = cache ? await readCached(cache, realPath, input.path, text, cacheSource) : undefined;
    const result = cached?.result ?? await lektor.check(text, {
      path: input.path,
      format: formatFromPath(input.path),
      language: context.language,
      sourceText: source.text,
      // (Also without a source text: the language it was translated from, whose leftovers are looked for.)
      sourceLanguage: context.sourceLanguage,
      ...sourceWhere,
      ...(formatFromPath(input.path) === 'xliff' ? { xliff: xliffFile() } : {}),
      ...(word ? { docx: word.docx } : {}),
    });
    // A Word document's corrected file: the document with each applied fix as a tracked change
    // (made once, for its report and --write; the document as it was where nothing was fixed).
    let wordCorrected: Buffer | undefined;
    const correctedWord = (): Buffer => {
      if (!word) throw new Error('not a Word document');
      if (result.corrected === text) return word.bytes;
      if (result.edits === undefined) throw new Error('its fixes are not known (a result of an earlier version): check it again without --cache');
      wordCorrected ??= trackedChanges(word.docx, result.edits, changeSignature());
      return wordCorrected;
    };
    await checked();
    // (An HTML or Markdown result read back from the cache: its review panel lays suggestions out,
    // and tells those over markup, as the check read the file; so does a SARIF log's, to tell which
    // open findings' suggestions are fixes: not those over markup. Its parser as a check loads it,
    // the bundle's: a render that must require it otherwise loads the modules.)
    if (result.format === 'html' && (context.reports || context.sarif)) await loadHtml();
    if (result.format === 'markdown' && (context.reports || context.sarif)) await loadMarkdown();
    const rel = path.relative(context.base, path.resolve(input.path));
    const { outDir } = context;
    let writeError: string | undefined;
    let reportsMissing = false;
    // The document's JSON: the findings file's, and printed with --format json (made once for both).
    let json: string | undefined;
    // (--cache: the report files, by name, and where they are written; a cached result's
    // reports left as its entry says are not written again.)
    const names = reportNames(rel);
    const reportFiles = context.reports ? Object.fromEntries(Object.entries(names).map(([k, name]) => [k, outputPath(outDir, name)])) : {};
    // (And the file's encoding, where it is not UTF-8: a UTF-16 file's text, mark and all, is a
    // UTF-8 file's with a mark, and its corrected copy and review page, made for the one, had
    // been kept for the other.)
    const reportsAt = `${outDir}\u0000${rel}${encoding === 'utf-8' ? '' : `\u0000${encoding}`}${wordHash !== undefined ? `\u0000docx:${wordHash}` : ''}`;
    const reportsKept = cached !== undefined && context.reports && (await reportsUnchanged(cached.reports, reportsAt, reportFiles));
    let stamps: ReportStamps | undefined = reportsKept ? cached.reports : undefined;
    if (context.reports && !reportsKept) {
      // (That none of them replaces an input or a source text was checked for the whole run, before anything was written.)
      // One after another, each rendered when its turn comes: a long document's reports are
      // tens of MB each (41,000 findings: 26 MB of JSON, 27 MB of HTML), and rendered at once
      // they had doubled the run's peak memory (577 MB against 272 without reports).
      // Each is tried even when one before it failed (a name too long, a read-only file): the
      // first failure is reported once all were tried.
      let failure: unknown;
      const attempt = async (write: () => Promise<unknown>) => {
        try {
          await write();
        } catch (error) {
          failure ??= error;
        }
      };
      await attempt(() => writeOutput(outDir, names.corrected, word ? correctedWord() : result.corrected, encoding));
      if (context.json) {
        json = JSON.stringify(toJsonDocument(result), null, 2);
        await attempt(() => writeOutput(outDir, names.findings, json + '\n'));
      } else await attempt(() => writeOutputParts(outDir, names.findings, fileLines(jsonDocumentParts(toJsonDocument(result)))));
      // No patch for a document without a change (and none left from an earlier run): git apply
      // refuses an empty one, and a CI loop over reports/*.patch failed on every clean file.
      // (None for a Word document: its corrected .docx holds the changes, each a tracked change;
      // a patch of a zip package's bytes would be unreadable, and apply to that file alone.)
      await attempt(() => (result.corrected === text || word ? removeOutput(outDir, names.patch) : writeOutput(outDir, names.patch, renderPatch(rel, text, result.corrected, encoding))));
      await attempt(() => writeOutputParts(outDir, names.html, documentHtmlParts(result, text, { indexHref: relativeHref(path.dirname(outputPath(outDir, rel)), path.join(outDir, 'index.html')), encoding, xliff: xliffReport() })));
      if (failure !== undefined) {
        writeError = `could not write its reports: ${withShownPaths((failure as Error).message, outDir, input.path, input.realPath)}`;
        reportsMissing = true;
      } else if (cache) stamps = await stampReports(reportsAt, reportFiles);
    }
    let cacheError: string | undefined;
    // (Written after the reports, with how they were left; again for a cached result only when they were rewritten.
    // Not a result the model failed to judge: read back, it had gone on without the model, without a
    // word and whatever --require-model says, until the file changed.)
    const degraded = !cached && lektor.model?.hasFailed?.() === true;
    if (cache && cache.unwritable === undefined && !degraded && (!cached || (context.reports && stamps !== cached.reports))) {
      try {
        await writeCached(cache, realPath, input.path, text, cacheSource, result, stamps);
      } catch (error) {
        cacheError = (error as Error).message;
      }
    }
    let unwritten = false;
    let written = false;
    if (context.write && result.corrected !== text) {
      try {
        if (word) await writeBack(input.path, word.bytes, correctedWord());
        else await writeBack(input.path, text, result.corrected, encoding);
        written = true;
      } catch (error) {
        const why = `could not write the corrected text to it: ${withShownPaths((error as Error).message, outDir, input.path, input.realPath ?? (await realPathOf(input.path)))}`;
        writeError = writeError === undefined ? why : `${writeError}; ${why}`;
        unwritten = true;
      }
    }
    const belowScore = context.sarif ? scoreNote(result, context) : undefined;
    return {
      input,
      // (With reports, what the HTML report's review panel keeps the editor's choices under: index.html shows their progress.)
      summary: summarizeDocument(result, context.reports ? text : undefined, xliffReport),
      // (A write error is said in the file's own block, after its findings.)
      terminal: terminalBlock(
        {
          path: result.path,
          findings: result.findings,
          note: joinNotes(languageNote(result.language, result.quality?.mqm.words), scoreNote(result, context)),
          aside: [localeNote(result), unitsNote(result), ...directiveNotes(result)].filter((n): n is string => n !== undefined),
          ...(writeError !== undefined ? { problem: writeError } : {}),
          ...(unwritten ? { unwritten } : {}),
        },
        context.terminal,
      ),
      fails: reachesThreshold(result, context),
      // (With the write error in it: a JSON reader learns that the reports are missing.)
      ...(context.json ? { json: writeError !== undefined ? JSON.stringify({ ...toJsonDocument(result), error: writeError }, null, 2) : (json ?? JSON.stringify(toJsonDocument(result), null, 2)) } : {}),
      // (A score below --fail-below is said as a line of its own: what failed the run.)
      ...(context.lines ? { lines: lines(result, xliffReport, context.lines) + scoreLine(result, context, context.lines) } : {}),
      // (A score below --fail-below is a notification of the run's: `scoreFailure`.)
      // (With the file's hashes: of the bytes read, which its regions describe, and of those --write put in their place.)
      ...(context.sarif
        ? {
            sarif: { ...sarifPart(result, readerOf(result, xliffReport, true), openFixes(result.format, text, () => xliffReport()?.document)), artifact: sarifArtifact(result.path, word ? word.bytes : encodeText(text, encoding), written ? (word ? correctedWord() : encodeText(result.corrected, encoding)) : undefined) },
            ...(belowScore !== undefined ? { scoreFailure: belowScore } : {}),
          }
        : {}),
      ...(source.missing ? { noSource: true } : {}),
      ...(writeError !== undefined ? { writeError } : {}),
      ...(reportsMissing ? { reportsMissing } : {}),
      ...(cached ? { cached: true } : {}),
      ...(cacheError !== undefined ? { cacheError } : {}),
    };
  } catch (error) {
    // A model required (--require-model) but unusable ends the run, not one document.
    if (error instanceof ModelUnavailableError) throw error;
    // A file that cannot be checked is done too: the last one frees the spelling worker.
    await checked();
    const message =
      error instanceof InputError
        ? error.message.slice(input.path.length + 2)
        : error instanceof XliffError || error instanceof HtmlError
          ? `line ${error.line}, column ${error.column}: ${error.problem}`
          : (error as Error).message;
    // An earlier run's reports of this file are gone with it: a CI step reading
    // reports/*.findings.json had taken them for this run's.
    if (context.reports) {
      const rel = path.relative(context.base, path.resolve(input.path));
      for (const name of Object.values(reportNames(rel))) await removeOutput(context.outDir, name).catch(() => {});
    }
    return { input, error: message };
  }
}
