/**
 * The project configuration: `lektor.yaml` (or `lektor.yml`, `.lektor.yaml`, `.lektor.yml`)
 * in the folder `lektor check` runs in or the nearest folder above it (see `searchConfig`),
 * or the file `--config` names. It holds what a
 * newsroom's batch job would otherwise repeat on every command line: the inputs, the rules
 * and their severities, the glossary, the locale, `fail-on`, files to leave out. Options on
 * the command line win over it.
 *
 * It is validated when read: an unknown key, a value of the wrong kind or an unknown rule is
 * an error naming the file, the line and the problem (exit 2), never a setting quietly left out.
 */
import { didYouMean } from '../core/did-you-mean.js';
import { readFile } from 'node:fs/promises';
import { existsSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Node as YamlNode, Pair, Scalar } from 'yaml';
import type { Severity } from '../core/types.js';
import { IgnoreList, IgnorePatternError } from '../io/ignore.js';
import { decodeUtf8, utf16 } from '../io/files.js';

export const CONFIG_NAMES = ['lektor.yaml', 'lektor.yml', '.lektor.yaml', '.lektor.yml'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** What a rule's entry under `rules:` says. */
export interface RuleSetting {
  /** `off`: the rule does not run. */
  off?: boolean;
  /** Every finding of the rule takes this severity. */
  severity?: Severity;
  /** `review`: the rule's fixes are listed for review, not applied. */
  review?: boolean;
}

export interface ProjectConfig {
  /** The configuration file (as found or given). */
  file: string;
  /** Its folder: relative paths in it are read from there. */
  dir: string;
  paths?: string[];
  ignore?: IgnoreList;
  out?: string;
  reports?: boolean;
  failOn?: Severity | 'none';
  failBelow?: number;
  lang?: string;
  /** The language the inputs were translated from (as --source-lang). */
  sourceLang?: string;
  locale?: string[];
  glossary?: string;
  concurrency?: number;
  threads?: number;
  suggestions?: number;
  model?: string;
  offline?: boolean;
  modelThreshold?: number;
  /** `directives: false`: Markdown comments silence nothing (as --no-directives). */
  directives?: boolean;
  /** `cache: true` (as --cache), `false`, or a folder (as --cache-location, relative to the configuration's folder). */
  cache?: boolean | string;
  rules: Map<string, RuleSetting>;
}

/** The configuration file in `dir`, if there is one; two of them is an error (which one is meant?). */
export function findConfig(dir: string): string | undefined {
  const found = CONFIG_NAMES.filter((name) => {
    try {
      return statSync(path.join(dir, name)).isFile();
    } catch {
      return false;
    }
  });
  if (found.length > 1) throw new ConfigError(path.join(dir, found[1]), 1, `two configuration files here (${found.join(', ')}): keep one`);
  return found.length === 1 ? path.join(dir, found[0]) : undefined;
}

/**
 * The configuration that applies to a run in `start`: the one in `start`, else in the nearest
 * folder above it that has one, as ESLint, Prettier, Vale and yamllint look for theirs. The
 * search stops at the root of the repository (a folder holding `.git`, a folder or, in a
 * worktree or submodule, a file), at the user's home folder, or at the file system's root,
 * each searched too: a project's settings never come from another project, nor from a folder
 * above the user's own. Two configuration files in one folder are an error, as in `findConfig`.
 */
export function searchConfig(start: string, options: { home?: string } = {}): string | undefined {
  // (Compared by real path: a home reached through a link, /home → /usr/home, is still home.)
  const home = realOrSame(path.resolve(options.home ?? os.homedir()));
  for (let dir = realOrSame(path.resolve(start)); ; ) {
    const found = findConfig(dir);
    if (found !== undefined) return found;
    if (dir === home || existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const KEYS = [
  'paths',
  'ignore',
  'out',
  'reports',
  'fail-on',
  'fail-below',
  'lang',
  'source-lang',
  'locale',
  'glossary',
  'concurrency',
  'threads',
  'suggestions',
  'model',
  'offline',
  'model-threshold',
  'directives',
  'cache',
  'rules',
] as const;

const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * Read and validate a configuration file. `ruleIds` are the rules there are; `checkLanguage`
 * and `checkLocale` throw a message for a language or locale Lektor has no rules or
 * dictionary for (the CLI's own checks, so that both say the same).
 */
export async function loadConfig(
  file: string,
  ruleIds: readonly string[],
  checks: {
    language(value: string): string | undefined;
    locale(value: string): string | undefined;
    /** The locale's language and the dictionary it names ("deu-CH" → de, de-CH; "de-DE" → de, de). */
    localeKey(value: string): { language: string; tag: string };
    /** Whether a code can name the language a text was translated from (as --source-lang takes it). */
    sourceLanguage(value: string): boolean;
  },
  /** `lektor glossary add` may create the glossary folder the configuration names. */
  options: { glossaryMayBeMissing?: boolean } = {},
): Promise<ProjectConfig> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, 1, code === 'ENOENT' ? 'no such configuration file' : code === 'EISDIR' ? 'a folder, not a configuration file' : `cannot be read (${code ?? (error as Error).message})`);
  }
  // Read strictly, as the glossary is: a file saved as UTF-16 (Windows PowerShell's
  // "> lektor.yaml") had been read as "the configuration must be a mapping", and a Latin-1 byte
  // as U+FFFD inside a value.
  const wide = bytes.includes(0) ? utf16(bytes) : undefined;
  if (wide) throw new ConfigError(file, 1, `${wide.name} text (${wide.order}): save it as UTF-8 (iconv -f ${wide.iconv} -t UTF-8)`);
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== 'string') throw new ConfigError(file, decoded.line, `not valid UTF-8 (byte offset ${decoded.byte}); save it as UTF-8`);
  const text = decoded;
  // (Loaded here, not with the CLI: the YAML library takes 34 ms to load, a run without a
  // configuration file has no use for it, and the cold start has a budget of 1 s.)
  const { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(file, lines.linePos(e.pos[0]).line, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  // (An unknown tag, "!!js/function", would be read as plain text: refused, as a typo would be.)
  if (doc.warnings.length > 0) {
    const w = doc.warnings[0];
    throw new ConfigError(file, lines.linePos(w.pos[0]).line, `invalid YAML: ${w.message.split('\n')[0]}`);
  }
  const dir = path.dirname(path.resolve(file));
  const config: ProjectConfig = { file, dir, rules: new Map() };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config;
  if (!isMap(root)) throw new ConfigError(file, lineOf(root), 'the configuration must be a mapping of settings (key: value)');
  const fail = (node: YamlNode | Pair | null | undefined, problem: string): never => {
    throw new ConfigError(file, lineOf((node as Pair)?.key !== undefined ? ((node as Pair).key as YamlNode) : (node as YamlNode)), problem);
  };
  const scalar = (key: string, node: unknown): Scalar => {
    if (isAlias(node)) fail(node as YamlNode, `${key}: an alias (*name) is not read here; write the value`);
    if (!isScalar(node)) fail(node as YamlNode, `${key} must be a single value`);
    return node as Scalar;
  };
  // The value as written ("0x1" is YAML's 1, which the command line refuses).
  const written = (node: Scalar) => (node.range ? text.slice(node.range[0], node.range[1]).trim() : String(node.value));
  const str = (key: string, node: unknown): string => {
    const s = scalar(key, node);
    if (typeof s.value !== 'string' || s.value.trim() === '') fail(s, `${key} must be a text${s.value === null ? ', not empty' : `, not ${JSON.stringify(s.value)}`}`);
    return s.value as string;
  };
  const bool = (key: string, node: unknown): boolean => {
    const s = scalar(key, node);
    if (typeof s.value !== 'boolean') fail(s, `${key} must be true or false, not ${JSON.stringify(s.value)}`);
    return s.value as boolean;
  };
  const num = (key: string, node: unknown, min: number, max: number, integer: boolean): number => {
    const s = scalar(key, node);
    const v = s.value;
    const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(written(s));
    if (typeof v !== 'number' || !decimal || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      // (A number in quotation marks is a text in YAML: `concurrency: "4"`.)
      const quoted = typeof v === 'string' && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/.test(v) ? ` (in quotation marks it is a text: write ${key}: ${v.trim()})` : '';
      fail(s, `${key} must be a ${integer ? 'whole number' : 'number'} from ${min} to ${max}, written in digits, not ${typeof v === 'number' ? written(s) : JSON.stringify(v)}${quoted}`);
    }
    return v as number;
  };
  const strings = (key: string, node: unknown): Array<{ value: string; node: Scalar }> => {
    if (isScalar(node)) return [{ value: str(key, node), node }];
    if (!isSeq(node)) fail(node as YamlNode, `${key} must be a text or a list of texts`);
    const items = (node as { items: unknown[] }).items;
    if (items.length === 0) fail(node as YamlNode, `${key} is an empty list (leave it out for the default)`);
    return items.map((item) => ({ value: str(`each of ${key}`, item), node: item as Scalar }));
  };
  // A path: no NUL character, which no call can take (it had been said as "--out …: cannot make this folder (ERR_INVALID_ARG_VALUE)").
  const pathText = (key: string, node: Scalar, value: string): string => {
    if (value.includes('\0')) fail(node, `${key}: a path cannot hold a NUL character (\\0)`);
    return value;
  };
  // (Said relative to the current folder, as a path given on the command line is.)
  const relative = (p: string) => (path.isAbsolute(p) ? p : path.join(path.relative(process.cwd(), dir) || '.', p));

  for (const pair of root.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (key === undefined) fail(keyNode as YamlNode, 'a key must be a name');
    if (!(KEYS as readonly string[]).includes(key!)) {
      fail(keyNode as YamlNode, `unknown setting "${key}"${didYouMean(key!, KEYS)}; the settings are ${KEYS.join(', ')}`);
    }
    const value = pair.value;
    if (value === null || (isScalar(value) && value.value === null)) fail(keyNode as YamlNode, `${key} has no value`);
    switch (key as (typeof KEYS)[number]) {
      case 'paths':
        config.paths = strings(key!, value).map((p) => relative(pathText(`each of ${key}`, p.node, p.value)));
        break;
      case 'ignore': {
        const patterns = strings(key!, value);
        try {
          config.ignore = new IgnoreList(patterns.map((p) => p.value));
        } catch (error) {
          if (!(error instanceof IgnorePatternError)) throw error;
          fail(patterns[(error as IgnorePatternError & { index: number }).index].node, `ignore: ${error.message}`);
        }
        break;
      }
      case 'out':
        config.out = relative(pathText(key!, value as Scalar, str(key!, value)));
        break;
      case 'reports':
        config.reports = bool(key!, value);
        break;
      case 'fail-on': {
        const v = str(key!, value);
        if (![...SEVERITIES, 'none'].includes(v)) fail(value, `fail-on must be error, warning, info or none, not "${v}"`);
        config.failOn = v as Severity;
        break;
      }
      case 'fail-below':
        config.failBelow = num(key!, value, 0, 100, false);
        break;
      case 'lang': {
        const v = str(key!, value);
        const problem = checks.language(v);
        if (problem) fail(value, `lang: ${problem}`);
        config.lang = v;
        break;
      }
      case 'source-lang': {
        const v = str(key!, value);
        if (!checks.sourceLanguage(v.trim())) fail(value as YamlNode, `source-lang must be a language code such as en, fr or sv, not "${v}"`);
        config.sourceLang = v.trim();
        break;
      }
      case 'locale': {
        // A list, or tags separated by commas as --locale takes them.
        const tags = strings(key!, value).flatMap((t) => t.value.split(',').map((v) => ({ value: v.trim(), node: t.node }))).filter((t) => t.value !== '');
        const languages = new Map<string, { tag: string; given: string }>();
        for (const t of tags) {
          const problem = checks.locale(t.value);
          if (problem) fail(t.node, `locale: ${problem}`);
          const { language, tag } = checks.localeKey(t.value);
          const before = languages.get(language);
          if (before !== undefined && before.tag !== tag) fail(t.node, `locale: two dictionaries for ${language}: ${before.given} and ${t.value}`);
          languages.set(language, { tag, given: t.value });
        }
        config.locale = tags.map((t) => t.value);
        break;
      }
      case 'glossary': {
        const given = pathText(key!, value as Scalar, str(key!, value));
        config.glossary = relative(given);
        if (!options.glossaryMayBeMissing && !existsSync(path.resolve(dir, given))) fail(value as YamlNode, `glossary: ${given}: no such glossary folder or file`);
        break;
      }
      case 'concurrency':
        config.concurrency = num(key!, value, 1, 256, true);
        break;
      case 'threads':
        config.threads = num(key!, value, 0, 64, true);
        break;
      case 'suggestions': {
        const s = scalar(key!, value);
        config.suggestions = s.value === 'all' ? Infinity : num(key!, value, 0, 1_000_000, true);
        break;
      }
      case 'model': {
        // A folder beside the configuration is read from there; anything else is a model id or none.
        const given = pathText(key!, value as Scalar, str(key!, value));
        const local = path.resolve(dir, given);
        config.model = !path.isAbsolute(given) && given !== 'none' && isDirectory(local) ? local : given;
        break;
      }
      case 'offline':
        config.offline = bool(key!, value);
        break;
      case 'directives':
        config.directives = bool(key!, value);
        break;
      case 'cache': {
        const s = scalar(key!, value);
        if (typeof s.value === 'boolean') config.cache = s.value;
        else if (typeof s.value === 'string' && s.value.trim() !== '') config.cache = relative(pathText(key!, s, s.value));
        else fail(s, `cache must be true, false or a folder, not ${JSON.stringify(s.value)}`);
        break;
      }
      case 'model-threshold':
        config.modelThreshold = num(key!, value, 0, 1, false);
        break;
      case 'rules': {
        if (!isMap(value)) fail(value as YamlNode, 'rules must be a mapping of rule ids to settings (spelling: off, quotes: warning, glossary: { fix: review })');
        for (const rulePair of (value as { items: Pair[] }).items) {
          const id = isScalar(rulePair.key) ? String(rulePair.key.value) : '';
          if (!ruleIds.includes(id)) fail(rulePair.key as YamlNode, `unknown rule "${id}"${didYouMean(id, ruleIds)} (the rules are ${ruleIds.join(', ')})`);
          config.rules.set(id, ruleSetting(id, rulePair.value as YamlNode | null, fail, { isScalar, isMap }));
        }
        break;
      }
    }
  }
  return config;
}

/** `off`, `on`, a severity, or `{ severity: …, fix: review }`. */
function ruleSetting(
  id: string,
  node: YamlNode | null,
  fail: (node: YamlNode | null | undefined, problem: string) => never,
  { isScalar, isMap }: Pick<typeof import('yaml'), 'isScalar' | 'isMap'>,
): RuleSetting {
  const kinds = `off, on, error, warning, info, or { severity: …, fix: review }`;
  if (isScalar(node)) {
    const v = node.value;
    if (v === 'off' || v === false) return { off: true };
    if (v === 'on' || v === true) return {};
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return { severity: v as Severity };
    return fail(node, `rules: ${id}: ${JSON.stringify(v)} is not a setting (${kinds})`);
  }
  if (!isMap(node)) return fail(node, `rules: ${id} needs a setting (${kinds})`);
  const setting: RuleSetting = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = isScalar(pair.value) ? pair.value.value : undefined;
    if (key === 'severity') {
      if (typeof v !== 'string' || !(SEVERITIES as readonly string[]).includes(v)) fail(pair.value as YamlNode, `rules: ${id}: severity must be error, warning or info, not ${JSON.stringify(v ?? null)}`);
      setting.severity = v as Severity;
    } else if (key === 'fix') {
      if (v !== 'review' && v !== 'auto') fail(pair.value as YamlNode, `rules: ${id}: fix must be review (list its fixes for review) or auto (apply the safe ones), not ${JSON.stringify(v ?? null)}`);
      setting.review = v === 'review';
    } else if (key === 'enabled') {
      if (typeof v !== 'boolean') fail(pair.value as YamlNode, `rules: ${id}: enabled must be true or false`);
      setting.off = v === false;
    } else fail(pair.key as YamlNode, `rules: ${id}: unknown key "${key}" (severity, fix, enabled)`);
  }
  return setting;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function realOrSame(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
