import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { Lektor, type CheckOptions } from '../src/core/pipeline.js';
import { loadGlossary, compileGlossary, parseGlossary, GlossaryError } from '../src/glossary/index.js';
import type { CompiledGlossary } from '../src/glossary/index.js';
import type { Finding } from '../src/core/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared data folder (`../shared` beside the repository), or LEKTOR_SHARED. */
export function sharedDir(): string {
  const dir = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
  if (!existsSync(path.join(dir, 'data'))) throw new Error(`shared data not found at ${dir} (set LEKTOR_SHARED)`);
  return dir;
}

let glossary: Promise<CompiledGlossary> | undefined;
/** The repository's glossary, compiled once for the whole test file. */
export function repoGlossary(): Promise<CompiledGlossary> {
  glossary ??= loadGlossary(path.join(ROOT, 'glossary'));
  return glossary;
}

const engines = new Map<string, Promise<Lektor>>();
/** A Lektor running only the given rules (all when omitted), with the repository glossary. */
export function engine(only?: string[]): Promise<Lektor> {
  const key = only?.join(',') ?? '*';
  let e = engines.get(key);
  if (!e) {
    e = repoGlossary().then((g) => Lektor.create({ glossary: g, only }));
    engines.set(key, e);
  }
  return e;
}

export async function check(text: string, options: CheckOptions & { only?: string[] } = {}) {
  const { only, ...rest } = options;
  return (await engine(only)).check(text, rest);
}

/** The text after applying a finding's first suggestion (for review-only rules). */
export function applyFirstSuggestion(text: string, f: { start: { offset: number }; end: { offset: number }; expected: string[] }): string {
  return text.slice(0, f.start.offset) + (f.expected[0] ?? '') + text.slice(f.end.offset);
}

/** A writable stream that keeps what is written (for the CLI's stdout and stderr in tests). */
export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** The GlossaryError that loading and compiling a glossary text (as `g.yaml`) throws; fails if none. */
export function glossaryError(text: string): GlossaryError {
  try {
    compileGlossary(parseGlossary(text, 'g.yaml'));
  } catch (e) {
    if (e instanceof GlossaryError) return e;
    throw e;
  }
  throw new Error('expected a GlossaryError');
}

/** A finding as the reports take it (`ist ist` repeated, line 2), with `over` changed: for the report formats' tests. */
export function sampleFinding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'repeated-word',
    source: 'lektor',
    category: 'repetition',
    severity: 'error',
    message: 'Unexpected `ist ist`, expected `ist`',
    start: { line: 2, column: 5, offset: 10 },
    end: { line: 2, column: 12, offset: 17 },
    actual: 'ist ist',
    expected: ['ist'],
    fixed: false,
    ...over,
  };
}

/**
 * `lektor check` with `args` (the files, and options) and no model, configuration or reports,
 * whatever its findings: its stdout, once it exited 0 (else its stderr is the failure's message).
 */
export async function checkOutput(args: string[]): Promise<string> {
  // (Imported when first used: most tests that take helpers from here never run the command.)
  const { main } = await import('../src/cli/main.js');
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', ...args, '--model', 'none', '--no-config', '--no-reports', '--fail-on', 'none'], { stdout, stderr });
  expect(code, stderr.text).toBe(0);
  return stdout.text;
}
