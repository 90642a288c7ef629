/**
 * Glossary benchmark: does the cost per word stay flat as the glossary grows?
 * Generates glossaries of 10 and 10,000 entries (two forbidden variants and two
 * examples each, deterministic), writes them as YAML, and measures
 *   - loading: YAML parse + validation + compiling + running every example;
 *   - throughput of the whole rule pipeline on train/mt.txt with each glossary.
 * Each timed check runs in a fresh process (after the same warm-up, the spelling worker started as
 * `lektor check` starts it for the file), the two glossaries' processes
 * alternating: the spellers cache their verdicts and suggestions for the whole process, so that a
 * glossary checked second in one process had met every word already. (Both in one process, the
 * 10-entry pass, first, had taken 3.0 s and the 10,000-entry pass 1.8 s: "−67.7 %".)
 * Usage: node dist/bench/glossary.js [--file PATH] [--entries N] [--runs N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Lektor } from '../core/pipeline.js';
import { loadGlossary } from '../glossary/index.js';
import { spellingWorkerAtOnce } from '../cli/check.js';
import { setSuggestionMode } from '../spell/hunspell.js';
import { generateGlossaryYaml } from './generate-glossary.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One timed check of `file` with the glossary in `glossaryDir`, in this (fresh) process: its time, CPU time (every thread) and findings. */
async function timedCheck(glossaryDir: string, file: string): Promise<{ ms: number; cpuMs: number; findings: number }> {
  const text = readFileSync(file, 'utf8');
  // The spelling worker as `lektor check` starts it for this file (as the pipeline bench does).
  if (spellingWorkerAtOnce(1, Buffer.byteLength(text))) setSuggestionMode('worker');
  const glossary = await loadGlossary(glossaryDir);
  const lektor = await Lektor.create({ glossary });
  await lektor.check(text.slice(0, 20_000), { path: 'warmup.txt', language: 'de' });
  const cpu = process.cpuUsage();
  const s = performance.now();
  const r = await lektor.check(text, { path: 'bench.txt', language: 'de' });
  const ms = performance.now() - s;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, findings: r.findings.length };
}

/** `timedCheck` in a child process of its own (this script with `--child`). */
function spawnCheck(glossaryDir: string, file: string): Promise<{ ms: number; cpuMs: number; findings: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', glossaryDir, '--file', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the glossary bench's check (${glossaryDir}) exited with ${code}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as { ms: number; cpuMs: number; findings: number });
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      entries: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      child: { type: 'string' },
    },
  });
  const shared = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
  const file = values.file ?? path.join(shared, 'data/mlqe-pe-en-de/train/mt.txt');
  if (values.child !== undefined) {
    process.stdout.write(JSON.stringify(await timedCheck(values.child, file)) + '\n');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const words = countWords(text);
  const runs = Number(values.runs);
  const big = Number(values.entries);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-bench-glossary-'));
  try {
    const sizes = [10, big];
    // Loading, in this process, in this order (as before the checks moved to processes of their own).
    const loads: Record<number, number> = {};
    for (const entries of sizes) {
      const g = path.join(dir, String(entries));
      mkdirSync(g);
      writeFileSync(path.join(g, 'generated.yaml'), generateGlossaryYaml(entries));
      const t0 = performance.now();
      await loadGlossary(g);
      loads[entries] = performance.now() - t0;
    }
    // The timed checks, a fresh process each, the two sizes alternating (and which goes first too).
    const passes: Record<number, Array<{ ms: number; cpuMs: number; findings: number }>> = { [10]: [], [big]: [] };
    for (let i = 0; i < runs; i++) {
      for (const entries of i % 2 === 0 ? sizes : [...sizes].reverse()) passes[entries].push(await spawnCheck(path.join(dir, String(entries)), file));
    }
    const results: Record<string, { loadMs: number; medianMs: number; bestMs: number; medianCpuMs: number; findings: number; entries: number; wordsPerSecond: number }> = {};
    for (const entries of sizes) {
      const ps = passes[entries];
      const medianMs = median(ps.map((p) => p.ms));
      results[entries] = {
        loadMs: loads[entries],
        medianMs,
        bestMs: Math.min(...ps.map((p) => p.ms)),
        medianCpuMs: median(ps.map((p) => p.cpuMs)),
        findings: ps[ps.length - 1].findings,
        entries,
        wordsPerSecond: Math.round(words / (medianMs / 1000)),
      };
    }
    // The shipped glossary's entries are for four languages: loading compiles and checks each.
    const four = path.join(dir, 'four');
    mkdirSync(four);
    writeFileSync(path.join(four, 'generated.yaml'), generateGlossaryYaml(big, 1, ['de', 'en', 'fr', 'es']));
    const t0 = performance.now();
    await loadGlossary(four);
    const fourLanguagesLoadMs = performance.now() - t0;
    const small = results[10];
    const large = results[big];
    const slowdown = (small.wordsPerSecond - large.wordsPerSecond) / small.wordsPerSecond;
    const rows = [
      ['entries', 'load (ms, examples run)', 'median check (ms)', 'median CPU (ms)', 'words/s', 'findings'],
      ...[small, large].map((r) => [String(r.entries), r.loadMs.toFixed(0), r.medianMs.toFixed(0), r.medianCpuMs.toFixed(0), r.wordsPerSecond.toLocaleString('en'), String(r.findings)]),
    ];
    console.log(`Glossary benchmark on ${path.relative(process.cwd(), file)} (${words.toLocaleString('en')} words), ${os.cpus()[0]?.model} ×${os.cpus().length}, node ${process.version}`);
    for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(24))).join(''));
    console.log(`slowdown with ${big.toLocaleString('en')} entries: ${(slowdown * 100).toFixed(1)} % (goal < 10 %: ${slowdown < 0.1 ? 'PASS' : 'MISS'}; in CPU time ${((large.medianCpuMs / small.medianCpuMs - 1) * 100).toFixed(1)} %; each check a fresh process, ${runs} each)`);
    console.log(`loading ${big.toLocaleString('en')} entries with examples: ${large.loadMs.toFixed(0)} ms (goal < 1000 ms: ${large.loadMs < 1000 ? 'PASS' : 'MISS'})`);
    console.log(`loading ${big.toLocaleString('en')} entries for de, en, fr and es: ${fourLanguagesLoadMs.toFixed(0)} ms (goal < 1000 ms: ${fourLanguagesLoadMs < 1000 ? 'PASS' : 'MISS'})`);
    const out = path.join(ROOT, 'reports/bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'glossary.json'), JSON.stringify({ file, words, results, slowdown, fourLanguagesLoadMs, machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version } }, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
