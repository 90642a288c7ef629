/**
 * The glossary: load the files, compile every language's matcher (which rejects
 * conflicting entries) and run every entry's examples, so a broken entry fails at
 * load with its file, line and name instead of silently misfiring later.
 */
import { isAbsolute, resolve } from 'node:path';
import { sliceBlock } from '../core/document.js';
import { segment, type Segmented } from '../core/segment.js';
import { keepLineBreaks } from '../fix/line-breaks.js';
import { CompiledGlossary, sortedErrors, type GlossaryMatch } from './matcher.js';
import { GlossaryError, type GlossaryEntry } from './types.js';
import { entryPlace, loadAcceptedWords, loadGlossaryPath } from './load.js';

export { CompiledGlossary, declinedDuplicates, type GlossaryMatch } from './matcher.js';
export { GlossaryError, type GlossaryEntry, TERM_TYPES } from './types.js';
export { parseGlossary, loadGlossaryPath, loadAcceptedWords, parseAcceptedWords, ACCEPT_FILE } from './load.js';

/** Apply a glossary's replacements to a text (used by examples and tests). */
export function applyGlossary(glossary: CompiledGlossary, language: string, text: string, segmented?: Map<string, Segmented>): { text: string; matches: GlossaryMatch[] } {
  // (Segmentation does not depend on the language: the examples, run once per language, share it.)
  let seg = segmented?.get(text);
  if (!seg) {
    seg = segment(sliceBlock(text, 0, text.length));
    segmented?.set(text, seg);
  }
  const matches = glossary.matcher(language).match(seg, text).filter((m) => m.kind !== 'term');
  let out = '';
  let at = 0;
  // (What the pipeline writes: a match for review is flagged, not replaced; a line break inside a
  // match is kept, see fix/line-breaks.ts.)
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    if (m.review) continue;
    const fix = keepLineBreaks(text, m.start, m.end, m.replacement, { lo: at, hi: matches[k + 1]?.start ?? text.length });
    out += text.slice(at, fix.start) + fix.text;
    at = fix.end;
  }
  return { text: out + text.slice(at), matches };
}

/** Run each entry's examples in each of its languages; throw on the first that fails. */
export function runGlossaryExamples(glossary: CompiledGlossary): number {
  const { passed, failures } = glossaryExampleFailures(glossary, 1);
  if (failures.length > 0) throw failures[0];
  return passed;
}

/**
 * Every entry's examples, run against the whole glossary: how many passed, and each that
 * failed (up to `limit`), as an error naming the entry's file and line.
 */
export function glossaryExampleFailures(glossary: CompiledGlossary, limit = Infinity): { passed: number; failures: GlossaryError[] } {
  let passed = 0;
  const failures: GlossaryError[] = [];
  for (const entry of glossary.entries) {
    const segmented = entry.languages.length > 1 ? new Map<string, Segmented>() : undefined;
    for (const language of entry.languages) {
      // (At the example's own line and column, in a YAML file.)
      const fail = (m: string, key: 'flag' | 'pass', text: string) => failures.push(GlossaryError.at(entry.origin.file, entryPlace(entry, key, text), entry.origin.line, `entry "${entry.term}" [${language}]: ${m}`));
      for (const ex of entry.examples.flag) {
        if (failures.length >= limit) return { passed, failures };
        const { text, matches } = applyGlossary(glossary, language, ex.text, segmented);
        if (!matches.some((m) => m.entry === entry)) fail(`example "${ex.text}" should be flagged but is not`, 'flag', ex.text);
        else if (ex.fixed !== undefined && text !== ex.fixed) fail(`example "${ex.text}" becomes "${text}", expected "${ex.fixed}"`, 'flag', ex.text);
        else passed++;
      }
      for (const ex of entry.examples.pass) {
        if (failures.length >= limit) return { passed, failures };
        const { matches } = applyGlossary(glossary, language, ex, segmented);
        const hit = matches.find((m) => m.entry === entry);
        if (hit) fail(`example "${ex}" must not be flagged, but "${ex.slice(hit.start, hit.end)}" is`, 'pass', ex);
        else passed++;
      }
    }
  }
  return { passed, failures };
}

/** Compile entries into one matcher per language, check conflicts and run examples. */
export function compileGlossary(entries: GlossaryEntry[], options: { runExamples?: boolean; accepted?: ReadonlyMap<string, ReadonlySet<string>> } = {}): CompiledGlossary {
  const glossary = new CompiledGlossary(entries, options.accepted);
  // Every language's conflicts, each said once (entries of several languages clash in each).
  const conflicts = new Map<string, GlossaryError>();
  for (const language of glossary.languages()) {
    try {
      glossary.matcher(language);
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      for (const part of error.parts ?? [error]) if (!conflicts.has(part.message)) conflicts.set(part.message, part);
    }
  }
  if (conflicts.size > 0) throw GlossaryError.of(sortedErrors([...conflicts.values()]));
  if (options.runExamples !== false) runGlossaryExamples(glossary);
  return glossary;
}

/** Load and compile the glossary files of a folder (or one file). */
export async function loadGlossary(target: string, options: { runExamples?: boolean } = {}): Promise<CompiledGlossary> {
  let entries: GlossaryEntry[];
  let accepted: Map<string, Set<string>>;
  try {
    [entries, accepted] = await Promise.all([loadGlossaryPath(target), loadAcceptedWords(target)]);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' && target !== '' && typeof e.path === 'string' && resolve(e.path) === resolve(target)) {
      // (Still an ENOENT error of that path: the CLI says it its own way.)
      throw Object.assign(new Error(`glossary not found: ${target}${isAbsolute(target) ? '' : ` (a path relative to ${process.cwd()})`}`, { cause: error }), { code: e.code, path: e.path });
    }
    throw error;
  }
  return compileGlossary(entries, { ...options, accepted });
}
