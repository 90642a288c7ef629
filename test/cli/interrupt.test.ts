/**
 * Ctrl-C and SIGTERM during `lektor check` (src/cli/interrupt.ts): the batch stops starting
 * files, the report on stdout is closed as a valid document that says it was interrupted, no
 * temporary file is left, and the exit code is 130 or 143. In the process (a signal the test
 * raises when the first document is printed) and as a real process sent a real signal.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { main } from '../../src/cli/main.js';
import type { StopSignal } from '../../src/cli/interrupt.js';
import { ROOT, Capture } from '../helpers.js';

const require = createRequire(import.meta.url);

const ARTICLE = 'Hikvision ist weniger bekannt als Huawei oder Tick Tack, aber sein Fußabdruck ist ist wohl genauso groß.\n';

/** A folder of `n` articles, each with findings (a glossary error, a repeated word). */
function articles(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-interrupt-'));
  mkdirSync(path.join(dir, 'in'));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, 'in', `a${String(i).padStart(3, '0')}.txt`), ARTICLE);
  return dir;
}

/** Every file under `dir` whose name is a temporary file's (`.name.<hex>.tmp`, see writeFileParts). */
function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tmp$/.test(f));
}

/** stdout that raises `signal` (through the run's `interrupts`) when the first piece is written to it. */
async function interruptedRun(args: string[], signal: StopSignal) {
  let listen: ((s: StopSignal) => boolean) | undefined;
  let taken: boolean | undefined;
  let listening = false;
  class Stdout extends Capture {
    override _write(chunk: Buffer, enc: string, done: () => void) {
      super._write(chunk, enc, done);
      if (taken === undefined && listen) taken = listen(signal);
    }
  }
  const stdout = new Stdout();
  const stderr = new Capture();
  const code = await main(['check', ...args, '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary'), '--concurrency', '1'], {
    stdout,
    stderr,
    interrupts: (l) => {
      listen = l;
      listening = true;
      return () => (listening = false);
    },
  });
  return { code, stdout: stdout.text, stderr: stderr.text, taken, listening };
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, validateSchema: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(schema);
}

describe('lektor check, interrupted (in the process)', () => {
  it('--format json: closes the document, with the files checked and those not, and exits 130', async () => {
    const dir = articles(12);
    const out = path.join(dir, 'out');
    const run = await interruptedRun([path.join(dir, 'in'), '--format', 'json', '--out', out], 'SIGINT');
    expect(run.taken).toBe(true);
    expect(run.code, run.stderr).toBe(130);
    expect(run.listening).toBe(false);
    const json = JSON.parse(run.stdout) as { files: Array<{ path: string }>; interrupted: { signal: string; notChecked: string[] } };
    expect(json.files.length).toBeGreaterThanOrEqual(1);
    expect(json.files.length).toBeLessThan(12);
    expect(json.interrupted.signal).toBe('SIGINT');
    // The files not checked are the rest, in input order: with the files checked, every input once.
    expect([...json.files.map((f) => f.path), ...json.interrupted.notChecked]).toEqual(Array.from({ length: 12 }, (_, i) => path.join(dir, 'in', `a${String(i).padStart(3, '0')}.txt`)));
    // As JSON.stringify writes it.
    expect(run.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(run.stderr).toContain('lektor: interrupted (SIGINT): not starting the');
    expect(run.stderr).toContain(`lektor: the run was interrupted (SIGINT): ${json.interrupted.notChecked.length} files were not checked, from ${json.interrupted.notChecked[0]} on`);
    // The files checked have their reports, the others none, and the batch page lists those checked.
    const reports = readdirSync(out);
    expect(reports.filter((f) => f.endsWith('.findings.json'))).toHaveLength(json.files.length);
    expect(reports).toContain('index.html');
    expect(temporaries(dir)).toEqual([]);
  });

  it('--format sarif: a log the schema accepts whose invocation failed with the signal, the files checked as results', async () => {
    const dir = articles(12);
    const run = await interruptedRun([path.join(dir, 'in'), '--format', 'sarif', '--no-reports', '--fail-on', 'none'], 'SIGTERM');
    expect(run.code, run.stderr).toBe(143);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.exitSignalName).toBe('SIGTERM');
    expect(invocation.exitCode).toBe(143);
    const note = invocation.toolExecutionNotifications.at(-1);
    expect(note.level).toBe('error');
    expect(note.message.text).toMatch(/^the run was interrupted \(SIGTERM\): \d+ files were not checked, from /);
    expect(note.locations[0].physicalLocation.artifactLocation.uri).toMatch(/\/in\/a0\d\d\.txt$/);
    const files = new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(files.size).toBeGreaterThanOrEqual(1);
    expect(files.size).toBeLessThan(12);
    expect(files.has(note.locations[0].physicalLocation.artifactLocation.uri)).toBe(false);
  });

  it('--format gitlab: a valid array, the first file not checked named in a blocker issue', async () => {
    const dir = articles(12);
    const run = await interruptedRun([path.join(dir, 'in'), '--format', 'gitlab', '--no-reports', '--fail-on', 'none'], 'SIGINT');
    expect(run.code, run.stderr).toBe(130);
    const issues = JSON.parse(run.stdout) as Array<{ check_name: string; severity: string; description: string; location: { path: string } }>;
    const last = issues.at(-1)!;
    expect(last.check_name).toBe('lektor/file');
    expect(last.severity).toBe('blocker');
    expect(last.description).toMatch(/^the run was interrupted \(SIGINT\): \d+ files were not checked/);
    const checked = new Set(issues.slice(0, -1).map((i) => i.location.path));
    expect(checked.size).toBeGreaterThanOrEqual(1);
    expect(checked.has(last.location.path)).toBe(false);
    expect(new Set(issues.map((i) => (i as unknown as { fingerprint: string }).fingerprint)).size).toBe(issues.length);
  });

  it('--format line: the findings of the files checked, then an error line on the first file not checked', async () => {
    const dir = articles(12);
    const run = await interruptedRun([path.join(dir, 'in'), '--format', 'line', '--no-reports', '--fail-on', 'none'], 'SIGINT');
    expect(run.code, run.stderr).toBe(130);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/a0\d\d\.txt: error: the run was interrupted \(SIGINT\): \d+ files were not checked, from .*a0\d\d\.txt on$/);
    expect(lines.slice(0, -1).every((l) => /a0\d\d\.txt:1:\d+: /.test(l))).toBe(true);
  });
});

const HOOKS = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`)}`;

/**
 * `lektor check` as a process (from the sources, as test/cli/process.test.ts runs it), sent
 * `signal` once its stdout has something; `again`: a second one once its stderr says it is
 * finishing the files in flight.
 */
function signalled(args: string[], cwd: string, signal: NodeJS.Signals, again = false): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REGISTER, path.join(ROOT, 'src/cli/main.ts'), 'check', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    let sentAgain = false;
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!sent) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (again && !sentAgain && /interrupted \(\w+\): finishing/.test(stderr)) {
        sentAgain = true;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stdout, stderr }));
  });
}

describe('lektor check, interrupted (a process sent a signal)', () => {
  it('Ctrl-C (SIGINT) with --format json: valid JSON of the files checked, exit 130, no temporary file left', async () => {
    const dir = articles(60);
    const run = await signalled(['in', '--format', 'json', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary'), '--concurrency', '1', '--out', 'out'], dir, 'SIGINT');
    expect(run.code, run.stderr).toBe(130);
    const json = JSON.parse(run.stdout) as { files: unknown[]; interrupted: { signal: string; notChecked: string[] } };
    expect(json.interrupted.signal).toBe('SIGINT');
    expect(json.files.length).toBeGreaterThanOrEqual(1);
    expect(json.files.length + json.interrupted.notChecked.length).toBe(60);
    expect(json.interrupted.notChecked.length).toBeGreaterThan(0);
    expect(temporaries(dir)).toEqual([]);
    expect(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.findings.json'))).toHaveLength(json.files.length);
  }, 120_000);

  it('SIGTERM with --format sarif: a complete log whose invocation says so, exit 143', async () => {
    const dir = articles(60);
    const run = await signalled(['in', '--format', 'sarif', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary'), '--concurrency', '1', '--no-reports'], dir, 'SIGTERM');
    expect(run.code, run.stderr).toBe(143);
    const invocation = JSON.parse(run.stdout).runs[0].invocations[0];
    expect(invocation).toMatchObject({ executionSuccessful: false, exitSignalName: 'SIGTERM', exitCode: 143 });
  }, 120_000);

  it('a second Ctrl-C ends the process at once, while a long file is in flight', async () => {
    // A short article first (its JSON is the cue), then a long one in flight when the first
    // signal comes: the second is sent once the run says it is finishing it.
    const dir = articles(1);
    writeFileSync(path.join(dir, 'in', 'b-long.txt'), ARTICLE.repeat(4000));
    const run = await signalled(['in', '--format', 'json', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary'), '--concurrency', '2', '--out', 'out'], dir, 'SIGINT', true);
    expect(run.stderr).toMatch(/interrupted \(SIGINT\): finishing the file being checked/);
    expect(run.signal).toBe('SIGINT');
    expect(run.code).toBe(null);
    expect(temporaries(dir)).toEqual([]);
    // (The short file, done before, has its reports; the run was ended by the signal, not
    // closed: its JSON is not printed whole.)
    expect(existsSync(path.join(dir, 'out', 'a000.txt.findings.json'))).toBe(true);
    expect(() => JSON.parse(run.stdout)).toThrow();
  }, 120_000);
});

/**
 * The first signal with signal-exit's handler in the process too (it is there while a temporary
 * file is being written, or the progress bar is drawn): signal-exit ends the process when it
 * finds no listener but its own, and the run's handler had removed itself on the first signal,
 * so that one Ctrl-C ended most real runs at once, their report on stdout cut (review: 4 of 5
 * runs of 300 articles with reports). A process of its own: signal-exit's end is the process's.
 */
function firstSignal(): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const script = `
    import { onExit } from 'signal-exit';
    import { processInterrupts } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/cli/interrupt.ts')).href)};
    // (The run listens first; a file it writes then brings signal-exit's handler.)
    let taken = 0;
    processInterrupts(() => (taken++, true));
    onExit(() => {});
    process.kill(process.pid, 'SIGINT');
    setTimeout(() => {
      console.log('stopping gracefully, signals taken: ' + taken);
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => console.log('still running after the second'), 2000);
    }, 300);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REGISTER, '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout }));
  });
}

describe('the process\'s signals beside signal-exit', () => {
  it('the first is the run\'s to stop gracefully, the second ends the process', async () => {
    const run = await firstSignal();
    expect(run.stdout).toBe('stopping gracefully, signals taken: 1\n');
    expect(run.signal).toBe('SIGINT');
  }, 60_000);
});
