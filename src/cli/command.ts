/**
 * The `lektor` command's program (started by src/cli/main.ts). Arguments are parsed with
 * node:util's parseArgs; every usage error exits with 2 and a message saying what was wrong.
 */
import { didYouMean } from '../core/did-you-mean.js';
import { lektorVersion } from '../core/version.js';
import { parseArgs } from 'node:util';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Lektor, formatFromPath } from '../core/pipeline.js';
import { GlossaryError, loadGlossary } from '../glossary/index.js';
// (The model's modules, onnxruntime's glue and the scorer, about 80 ms to load, are loaded only
// when a model is to run: a run with --model none, or LEKTOR_MODEL=none, never needs them.)
import { ModelUnavailableError, DEFAULT_MODEL } from '../model/hub.js';
import { defaultCacheRoot } from '../model/paths.js';
import { defaultRules } from '../rules/index.js';
import { runCheck, defaultConcurrency, type Io } from './check.js';
import { processInterrupts } from './interrupt.js';
import { ConfigError, isDirectory, loadConfig, searchConfig } from './config.js';
import { InputError, outputPath, readStream } from '../io/files.js';
// (`lektor glossary`, with the YAML library its editing needs, is loaded only for that command.)
import { terminalSafe } from '../report/terminal.js';
import { PROFILES, SUPPORTED_LANGUAGES, localeTag, parseLocale, profileFor, otherRegion } from '../languages/index.js';

/** The regional dictionaries there are, for the help: "de-AT, de-CH, en-GB, …". */
function localeChoices(): string {
  return PROFILES.flatMap((p) => Object.keys(p.regions ?? {}).map((r) => localeTag({ language: p.code, region: r }))).join(', ');
}

/** Whether a name is a file's relative name that stays inside its folder, as a report's must (`outputPath`: "article.md", "news/a.txt"; not "/x", "../x", "a/"). */
function relativeName(name: string): boolean {
  if (name.trim() === '' || name.includes('\0') || /[\\/]$/.test(name)) return false;
  try {
    outputPath('.', name);
    return true;
  } catch {
    return false;
  }
}

/** The glossary folder used when --glossary is not given (when it exists). */
const DEFAULT_GLOSSARY = 'glossary';
/** A glossary file's errors that `lektor check` lists (the rest counted). */
const GLOSSARY_ERRORS_SHOWN = 20;

const HELP = `Usage: lektor check [paths…] [options]
       lektor glossary add|remove|list|validate|test|import|export …
                       (see lektor glossary --help)
       lektor eval --data DIR   (measure against post-edited MT, see docs/quality.md)
       lektor models pull|list|path|calibrate …   (the on-device model)

Checks machine-translated text (.txt, .md, .xlf, .xliff, .html) and writes the corrected text plus a
reviewable report for each file. Paths are files or folders (default: corpus/);
- alone reads the text from standard input.

Options:
  --out DIR            where reports go (default: reports/)
  --format FORMAT      text: summary on stderr (default); json: JSON on stdout;
                       line: path:line:col: severity: message [rule] on stdout;
                       github: GitHub Actions annotations on stdout;
                       gitlab: a GitLab Code Quality report on stdout;
                       sarif: a SARIF 2.1.0 log on stdout (code scanning)
  --fail-on LEVEL      exit 1 when a finding is at least LEVEL: error (default),
                       warning, info, or none
  --fail-below SCORE   also exit 1 when a document's quality score (0–100) is
                       below SCORE
  --lang CODE          force the document language: ${SUPPORTED_LANGUAGES.join(', ')}
                       (de-CH, en-GB…: also that region's dictionary, as --locale)
  --locale TAGS        regional dictionaries, comma-separated: ${localeChoices()}
                       (default: told from each document's spelling, else the
                       language's own; de-DE or en-US keeps the national one)
  --glossary PATH      glossary folder or file (default: glossary/, when there is one)
  --source FILE|DIR    the text the (single) input was translated from, or a
                       folder of sources laid out like the inputs (same
                       relative paths): glossary terms and numbers of the
                       source must appear, and its names as it writes them
                       (not "Richard-Pierre" for "Pierre-Richard"); names it
                       has are no spelling errors, and the word-level
                       estimate weighs the source. Not for XLIFF: each
                       unit's <source> is its target's
  --source-lang CODE   the language the input was translated from: ${SUPPORTED_LANGUAGES.join(', ')}
                       (words of it left in the translation are untranslated;
                       default: English, or the --source text's, detected; a
                       short source may be read as another). With --source: de-CH
                       reads numbers as Switzerland writes them; another code,
                       such as nl: only the source's plain digits are compared
  --stdin-filename NAME  the name standard input (-) is checked under: its
                       extension gives the format (.md: Markdown; .xlf:
                       XLIFF; .html: HTML), its reports are named after it (default:
                       stdin.txt)
  --concurrency N      files in flight at once (default: two per core)
  --threads N          check files in N threads, each with its own dictionaries
                       (for machines with many cores; default 0: one thread,
                       plus a spelling worker; ignored with a model)
  --write              also write the corrected text back to the input files
  --no-reports         do not write report files (--reports: write them, whatever
                       the configuration says)
  --suggestions N      spelling suggestions per document (default 20; all; 0)
  --model ID|DIR|none  the on-device model: a Hugging Face id (downloaded into
                       the cache on first use), a local folder, or none
                       (default: $LEKTOR_MODEL, else ${DEFAULT_MODEL})
  --offline            never touch the network (a missing model is skipped;
                       --no-offline undoes the configuration's offline: true)
  --require-model      fail (exit 2) when the model cannot be had
  --model-threshold P  confidence from which a model suggestion is applied
                       automatically (default 0.9)
  --rules a,b          run only these rules
  --disable a,b        skip these rules
  --cache              do not check again a file unchanged since an earlier run with
                       the same settings, glossary and Lektor: its results are read
                       from the cache (--no-cache undoes the configuration's cache)
  --cache-location DIR where --cache keeps results (implies --cache; default:
                       checks/ in $LEKTOR_CACHE, else $XDG_CACHE_HOME/lektor,
                       else ~/.cache/lektor)
  --quiet              no summary on stderr (files that could not be checked are still named)
  --config FILE        the project configuration (default: lektor.yaml here or in
                       the nearest folder above, up to the repository's root or
                       your home; the command line wins over it)
  --no-config          ignore lektor.yaml
  --no-directives      <!-- lektor-disable --> comments in Markdown and HTML
                       silence nothing
                       (a CI gate that an article cannot open; --directives
                       undoes the configuration's directives: false)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 no finding reaches --fail-on (nor a score --fail-below); 1 one
does, or a file could not be read, or a document's reports (with --write, its
corrected text) could not be written; 2 usage error, bad glossary, no input
could be read, or --require-model without a model.

Rules: ${defaultRules.map((r) => r.meta.id).join(', ')}
`;

class UsageError extends Error {}

/** The configuration's language and locale, checked as --lang and --locale are. */
const CONFIG_CHECKS = {
  language(value: string): string | undefined {
    return profileFor(value) ? undefined : `"${value}" is no language Lektor has rules for (${SUPPORTED_LANGUAGES.join(', ')})`;
  },
  locale(value: string): string | undefined {
    try {
      parseLocale(value);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  },
  sourceLanguage: isSourceLanguage,
  localeKey(value: string): { language: string; tag: string } {
    const locale = parseLocale(value);
    return { language: locale.language, tag: localeTag(locale) };
  },
};


function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

// (The process's own streams, and its signals: Ctrl-C closes a report on stdout as a valid document; see interrupt.ts.)
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, interrupts: processInterrupts }): Promise<number> {
  if (argv[0] === 'glossary') {
    // The project's glossary folder, when its lektor.yaml names one (--glossary still wins, and
    // neither it nor help reads the configuration; `glossary add` may create the folder).
    let glossaryDir = DEFAULT_GLOSSARY;
    const rest = argv.slice(1);
    const own = rest.some((a) => a === '--glossary' || a.startsWith('--glossary=') || a === '-h' || a === '--help') || rest[0] === undefined || rest[0] === 'help';
    try {
      const file = own ? undefined : searchConfig(process.cwd());
      const config = file === undefined ? undefined : await loadConfig(file, defaultRules.map((r) => r.meta.id), CONFIG_CHECKS, { glossaryMayBeMissing: true });
      if (config !== undefined) glossaryDir = config.glossary ?? inProject(config, DEFAULT_GLOSSARY);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`lektor: configuration error: ${terminalSafe(error.message)}\n`);
      return 2;
    }
    const { runGlossary } = await import('./glossary.js');
    return runGlossary(argv.slice(1), io, { glossaryDir });
  }
  if (argv[0] === 'models') return (await import('../model/index.js')).runModelsCommand(argv.slice(1), io);
  if (argv[0] === 'eval') {
    const { runEvalCommand } = await import('../eval/cli.js');
    return runEvalCommand(argv.slice(1), io);
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        'fail-below': { type: 'string' },
        lang: { type: 'string' },
        locale: { type: 'string' },
        glossary: { type: 'string' },
        source: { type: 'string' },
        'source-lang': { type: 'string' },
        concurrency: { type: 'string' },
        threads: { type: 'string' },
        write: { type: 'boolean', default: false },
        'no-reports': { type: 'boolean', default: false },
        reports: { type: 'boolean', default: false },
        suggestions: { type: 'string' },
        model: { type: 'string' },
        offline: { type: 'boolean', default: false },
        'no-offline': { type: 'boolean', default: false },
        'require-model': { type: 'boolean', default: false },
        'model-threshold': { type: 'string' },
        rules: { type: 'string' },
        disable: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        config: { type: 'string' },
        'stdin-filename': { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        'no-directives': { type: 'boolean', default: false },
        directives: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout.write(`${lektorVersion()}\n`);
      return 0;
    }
    const [command, ...paths] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'line' && format !== 'github' && format !== 'gitlab' && format !== 'sarif') throw new UsageError(`--format must be text, json, line, github, gitlab or sarif, not "${format}"`);
    // The project's configuration (lektor.yaml here or above, or --config FILE): what the command line
    // does not say. Read first, so that what is wrong in it is said before anything runs.
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
    // (The opposites undo the configuration's reports: false, offline: true and directives: false;
    // both of a pair on one command line is a contradiction, not a choice of the last one.)
    for (const [yes, no] of [['reports', 'no-reports'], ['offline', 'no-offline'], ['directives', 'no-directives'], ['cache', 'no-cache']] as const) {
      if (values[yes] && values[no]) throw new UsageError(`--${yes} and --${no} exclude each other`);
    }
    if (values.config !== undefined && values.config.trim() === '') throw new UsageError('--config needs a file');
    const configFile = values['no-config'] ? undefined : (values.config ?? searchConfig(process.cwd()));
    // (Its glossary folder need not be there when --glossary replaces it.)
    const config = configFile === undefined ? undefined : await loadConfig(configFile, defaultRules.map((r) => r.meta.id), CONFIG_CHECKS, { glossaryMayBeMissing: values.glossary !== undefined });
    // A configuration found above the current folder makes the run its project's, as one in its
    // folder: the default folders (corpus/, reports/, glossary/) are read from there, as its own
    // paths are (a run in an article's subfolder had written reports/ among the articles).
    const projectDir = values.config === undefined && config !== undefined ? projectFolder(config) : '';
    values.out ??= config?.out ?? path.join(projectDir, 'reports');
    values['fail-on'] ??= config?.failOn ?? 'error';
    // Language and locales: the command line wins language by language (`--lang de-CH` over the
    // configuration's `locale: [de-AT]`, `--locale de-AT` over its `lang: de-CH`), so that the two
    // are never taken for a clash the user did not write.
    const languageOf = (tag: string) => profileFor(tag)?.code;
    const hasRegion = (tag: string) => /[-_]/.test(tag.trim());
    const regionOnCommandLine = values.lang !== undefined && hasRegion(values.lang) ? languageOf(values.lang) : undefined;
    const localesOnCommandLine = new Set((list(values.locale) ?? []).map(languageOf));
    if (values.lang === undefined && config?.lang !== undefined) {
      values.lang = hasRegion(config.lang) && localesOnCommandLine.has(languageOf(config.lang)) ? languageOf(config.lang) : config.lang;
    }
    if (values.locale === undefined && config?.locale !== undefined) {
      const kept = config.locale.filter((t) => languageOf(t) !== regionOnCommandLine);
      if (kept.length > 0) values.locale = kept.join(',');
    }
    values.glossary ??= config?.glossary;
    values['source-lang'] ??= config?.sourceLang;
    // (The configuration's numbers are taken as numbers, already checked: written back as text,
    // 0.0000001 had become "1e-7", which the command line's check refuses, naming its option.)
    // The model: the command line, then LEKTOR_MODEL (a CI job that sets none must not download
    // one a configuration names), then the configuration.
    if (values.model === undefined && !(process.env.LEKTOR_MODEL?.trim())) values.model = config?.model;
    if (!values.offline && !values['no-offline'] && config?.offline) values.offline = true;
    if (!values['no-reports'] && !values.reports && config?.reports === false) values['no-reports'] = true;
    if (paths.length === 0 && config?.paths !== undefined) paths.push(...config.paths);
    const failOn = values['fail-on'];
    if (!['error', 'warning', 'info', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, info or none, not "${failOn}"`);
    const failBelow = values['fail-below'] === undefined ? config?.failBelow : decimal(values['fail-below']);
    if (failBelow !== undefined && !(failBelow >= 0 && failBelow <= 100)) throw new UsageError('--fail-below must be a score from 0 to 100');
    const concurrency = values.concurrency === undefined ? (config?.concurrency ?? defaultConcurrency()) : whole(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256`);
    const threads = values.threads === undefined ? config?.threads : whole(values.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 0 || threads > 64)) throw new UsageError(`--threads must be a whole number from 0 to 64`);
    // "de", "DE", "deu" and "de-DE" name German, as in the library (Lektor.check).
    const language = values.lang === undefined ? undefined : profileFor(values.lang)?.code;
    if (values.lang !== undefined && !language) throw new UsageError(`--lang must be one of the languages Lektor has rules for (${SUPPORTED_LANGUAGES.join(', ')}), not "${values.lang}"`);
    // Regional dictionaries: --locale, and a region with a dictionary of its own in --lang (de-CH).
    // A region in --lang counts as a locale: de-CH its dictionary, de-DE (or es-MX, which has
    // none of its own) the language's own, so that it cannot quietly disagree with --locale.
    const locales: string[] = [];
    const chosen = new Map<string, { tag: string; given: string; option: string }>();
    const wanted: Array<[string, string]> = (list(values.locale) ?? []).map((t) => [t, '--locale']);
    if (values.lang !== undefined && /[-_]/.test(values.lang.trim())) wanted.push([values.lang, '--lang']);
    for (const [given, option] of wanted) {
      let locale;
      try {
        locale = parseLocale(given, option === '--locale');
      } catch (e) {
        throw new UsageError(`${option}: ${(e as Error).message}`);
      }
      const tag = localeTag(locale);
      // (A region without a dictionary of its own in --lang: said, not refused; the language's own.)
      if (option === '--lang' && locale.region === undefined && otherRegion(given, profileFor(given)!) !== undefined && values.quiet !== true) {
        io.stderr.write(`lektor: no ${locale.language} dictionary for the region of "${given}": spelling with ${locale.language}'s own (${localeChoices()} have their own)\n`);
      }
      const before = chosen.get(locale.language);
      if (before !== undefined && before.tag !== tag) throw new UsageError(`two dictionaries for ${locale.language}: ${before.given} (${before.option}) and ${given} (${option})`);
      if (before === undefined) locales.push(tag);
      chosen.set(locale.language, { tag, given, option });
    }
    if (values.locale !== undefined && locales.length === 0) throw new UsageError('--locale needs a locale tag such as de-CH');
    const only = list(values.rules);
    let disable = list(values.disable);
    // (An empty list would run no rule at all and say "no issues found".)
    if (only !== undefined && only.length === 0) throw new UsageError('--rules needs rule ids, comma-separated (leave it out to run every rule)');
    if (disable !== undefined && disable.length === 0) throw new UsageError('--disable needs rule ids, comma-separated');
    // The configuration's rules: those it turns off are skipped unless --rules names them.
    const severity: Record<string, 'error' | 'warning' | 'info'> = {};
    const review: string[] = [];
    const offInConfig: string[] = [];
    for (const [id, setting] of config?.rules ?? []) {
      if (setting.off && !only?.includes(id) && !disable?.includes(id)) {
        disable = [...(disable ?? []), id];
        offInConfig.push(id);
      }
      if (setting.severity !== undefined) severity[id] = setting.severity;
      if (setting.review) review.push(id);
    }
    if (disable !== undefined && offInConfig.length > 0 && (only ?? defaultRules.map((r) => r.meta.id)).every((id) => disable!.includes(id))) {
      throw new UsageError(`the rules ${terminalSafe(config!.file)} turns off${values.disable !== undefined ? ' and --disable' : ''} leave none${only ? ' of --rules' : ''} to run`);
    }
    if (disable !== undefined && (only ?? defaultRules.map((r) => r.meta.id)).every((id) => disable.includes(id))) throw new UsageError(`--disable leaves none of the rules${only ? ' of --rules' : ''} to run`);
    const known = new Set(defaultRules.map((r) => r.meta.id));
    for (const id of [...(only ?? []), ...(disable ?? [])]) if (!known.has(id)) throw new UsageError(`unknown rule "${id}"${didYouMean(id, known)}`);

    const sourceLanguage = values['source-lang'];
    if (sourceLanguage !== undefined && !isSourceLanguage(sourceLanguage)) {
      throw new UsageError(`--source-lang must be a language code such as ${SUPPORTED_LANGUAGES.join(', ')} or sv, not "${sourceLanguage}"`);
    }
    // (Without a source text, a language Lektor has no dictionary for cannot tell its leftovers: said.)
    if (sourceLanguage !== undefined && values.source === undefined && !profileFor(sourceLanguage) && values.quiet !== true) {
      io.stderr.write(`lektor: no dictionary for ${terminalSafe(sourceLanguage)}: words left untranslated are looked for in English (${SUPPORTED_LANGUAGES.join(', ')} have their own)\n`);
    }
    if (values.source !== undefined && !isDirectory(values.source) && (paths.length !== 1 || isDirectory(paths[0]))) throw new UsageError('--source FILE needs exactly one input file (give a folder of sources for several)');
    // `lektor check -`: standard input, checked as one document (`--stdin-filename` names it:
    // its extension gives the format, and its reports are named after it).
    const fromStdin = paths.includes('-');
    if (fromStdin && paths.length > 1) throw new UsageError('- (standard input) is checked alone: give no other paths with it');
    if (!fromStdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename names standard input: give - as the path');
    if (fromStdin && values.write) throw new UsageError('--write cannot write back to standard input: the corrected text is in the reports and in --format json ("corrected")');
    const stdinName = values['stdin-filename'] ?? 'stdin.txt';
    // An XLIFF file holds its source: each unit's <source> is its target's.
    const xliffInput = fromStdin ? stdinName : paths[0];
    if (values.source !== undefined && !isDirectory(values.source) && formatFromPath(xliffInput) === 'xliff') {
      throw new UsageError(`--source is not for an XLIFF file: ${terminalSafe(xliffInput)} holds its own source text (each unit's <source>)`);
    }
    if (fromStdin && !relativeName(stdinName)) throw new UsageError(`--stdin-filename must be a relative file name such as article.md, not "${terminalSafe(stdinName)}"`);
    // (path.resolve('') is the current folder: its index.html would be replaced.)
    if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a folder');
    const suggestions = values.suggestions === undefined ? (config?.suggestions ?? 20) : values.suggestions === 'all' ? Infinity : whole(values.suggestions);
    if (!(suggestions >= 0) || (suggestions !== Infinity && !Number.isInteger(suggestions))) throw new UsageError('--suggestions must be a whole number or "all"');
    const threshold = values['model-threshold'] === undefined ? config?.modelThreshold : decimal(values['model-threshold']);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--model-threshold must be a probability from 0 to 1');
    // The default glossary folder is optional: without one, no glossary terms are checked.
    const defaultGlossary = path.join(projectDir, DEFAULT_GLOSSARY);
    const glossaryPath = values.glossary ?? (isDirectory(defaultGlossary) ? defaultGlossary : undefined);
    if (glossaryPath === undefined && values.quiet !== true && !disable?.includes("glossary") && (only === undefined || only.some((id) => id.startsWith("glossary")))) {
      io.stderr.write(`lektor: no ${terminalSafe(defaultGlossary)}/ folder${projectDir === '' ? ' here' : ''}: checking without a glossary (give one with --glossary DIR)\n`);
    }
    if (values.glossary !== undefined && !existsSync(values.glossary)) throw new UsageError(`--glossary ${values.glossary === '' ? '(an empty path)' : terminalSafe(values.glossary)}: no such glossary folder or file`);
    const glossary = glossaryPath === undefined ? undefined : await loadGlossary(glossaryPath);
    // A glossary folder without entries (a wrong path, an empty checkout) would pass every check in CI.
    if (glossary !== undefined && glossary.entries.length === 0 && values.quiet !== true) {
      io.stderr.write(`lektor: the glossary ${terminalSafe(glossaryPath!)} has no entries: no glossary terms are checked\n`);
    }
    const modelSpec = values.model ?? (process.env.LEKTOR_MODEL?.trim() || DEFAULT_MODEL);
    const model = modelSpec === 'none' ? undefined : await (await import('../model/index.js')).createModelStage({
      model: values.model,
      offline: values.offline,
      requireModel: values['require-model'],
      threshold,
      warn: (m) => io.stderr.write(`lektor: ${m}\n`),
    });
    let stdin: { name: string; content: Uint8Array } | undefined;
    if (fromStdin) {
      const input = io.stdin ?? process.stdin;
      if (input.isTTY && values.quiet !== true) io.stderr.write('lektor: reading the text to check from standard input (end it with Ctrl-D)\n');
      try {
        stdin = { name: stdinName, content: await readStream(input, '-') };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr.write(`lektor: ${error.message}\n`);
        return 2;
      }
    }
    // Comments in the articles silence findings unless the command line or the configuration says
    // not (--directives overrules the configuration's directives: false).
    const directives = values.directives || (!values['no-directives'] && config?.directives !== false);
    // `--cache` (or the configuration's cache: true or a folder): files unchanged since an earlier
    // run with the same settings are not checked again. --cache-location chooses the folder (and
    // turns the cache on); --no-cache undoes the configuration's.
    if (values['cache-location'] !== undefined && values['cache-location'].trim() === '') throw new UsageError('--cache-location needs a folder');
    if (values['cache-location'] !== undefined && values['no-cache']) throw new UsageError('--cache-location and --no-cache exclude each other');
    const cacheOn = values.cache || values['cache-location'] !== undefined || (!values['no-cache'] && config?.cache !== undefined && config.cache !== false);
    const cacheDir = values['cache-location'] ?? (typeof config?.cache === 'string' ? config.cache : path.join(defaultCacheRoot(), 'checks'));
    const lektor = await Lektor.create({ glossary, only, disable, suggestions, model, locales, severity, review, directives });
    try {
      return await runCheck(
      {
        paths: paths.length > 0 ? paths : [path.join(projectDir, 'corpus')],
        ...(stdin ? { stdin } : {}),
        ignore: config?.ignore ? { list: config.ignore, base: config.dir, file: config.file } : undefined,
        ...(values.config === undefined && config !== undefined && config.dir !== realCwd() ? { configuration: config.file } : {}),
        severity,
        review,
        directives,
        out: values.out,
        format,
        failOn: failOn as 'error',
        failBelow,
        language,
        glossary: glossaryPath,
        source: values.source,
        sourceLanguage,
        concurrency,
        threads,
        suggestions,
        write: values.write,
        reports: !values['no-reports'],
        only,
        disable,
        locales,
        quiet: values.quiet,
        ...(cacheOn ? { cache: { dir: cacheDir, config: configFile } } : {}),
      },
        io,
        lektor,
      );
    } finally {
      await model?.close();
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`lektor: ${(error as Error).message}\nRun "lektor --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ModelUnavailableError) {
      io.stderr.write(`lektor: the model is required (--require-model) but not available: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`lektor: configuration error: ${terminalSafe(error.message)}\n`);
      return 2;
    }
    if (error instanceof GlossaryError) {
      // (The file's errors, each on its line; `glossary validate` lists those of every file.)
      const shown = error.problems.slice(0, GLOSSARY_ERRORS_SHOWN);
      for (const problem of shown) io.stderr.write(`lektor: glossary error: ${problem}\n`);
      const more = error.problems.length - shown.length;
      if (more > 0) io.stderr.write(`lektor: glossary error: … and ${more} more in ${error.file} (lektor glossary validate lists them all)\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' && e.path) {
      io.stderr.write(`lektor: ${terminalSafe(e.path)}: no such file or folder\n`);
      return 2;
    }
    // Any other file system error on the way in (a glossary folder without read rights, a
    // path that is empty): the path and the reason, not a stack trace.
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) && typeof e.syscall === 'string') {
      const reason = /^E[A-Z]+: ([^,]+)/.exec(e.message)?.[1] ?? e.code;
      io.stderr.write(`lektor: ${e.path !== undefined ? `${e.path === '' ? '(an empty path)' : terminalSafe(e.path)}: ` : ''}${reason}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * A number written as a decimal ("0.9", "75"), else NaN: `Number` takes "" (an unset shell
 * variable: `--model-threshold=$T`) as 0, which would have applied every suggestion, and "0x1" as 1.
 */
function decimal(text: string): number {
  return /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : NaN;
}

/** The folder of a configuration found by the search, relative to the current folder ('' for the current folder). */
function projectFolder(config: { dir: string }): string {
  return path.relative(realCwd(), config.dir);
}

/** A default folder of the project whose configuration was found by the search (`glossary` beside it). */
function inProject(config: { dir: string }, name: string): string {
  return path.join(projectFolder(config), name);
}

/** The current folder by its real path, as the configuration's search names folders. */
function realCwd(): string {
  try {
    return realpathSync(process.cwd());
  } catch {
    return process.cwd();
  }
}

/** A whole number written in digits ("4"), else NaN ("", "0x2", "1e3"). */
function whole(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}

/**
 * A language Lektor has rules for, with its region kept ("de-CH" reads the source's numbers the
 * Swiss way), or any other language code ("sv": its plain digits are compared).
 */
function isSourceLanguage(code: string): boolean {
  return profileFor(code) !== undefined || /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i.test(code);
}
