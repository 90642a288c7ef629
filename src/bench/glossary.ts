/**
 * Glossary benchmark: does the cost per word stay flat as the glossary grows?
 * Generates glossaries of 10 and 10,000 entries (two forbidden variants and two
 * examples each, deterministic), writes them as YAML, and measures
 *   - loading: YAML parse + validation + compiling + running every example;
 *   - throughput of the whole rule pipeline on train/mt.txt with each glossary.
 * Usage: node dist/bench/glossary.js [--file PATH] [--entries N] [--runs N]
 */
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Lektor } from '../core/pipeline.js';
import { loadGlossary } from '../glossary/index.js';
import { generateGlossaryYaml } from './generate-glossary.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

async function measure(glossaryDir: string, text: string, runs: number) {
  const t0 = performance.now();
  const glossary = await loadGlossary(glossaryDir);
  const loadMs = performance.now() - t0;
  const lektor = await Lektor.create({ glossary });
  await lektor.check(text.slice(0, 20_000), { path: 'warmup.txt', language: 'de' });
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const r = await lektor.check(text, { path: 'bench.txt', language: 'de' });
    times.push(performance.now() - s);
    findings = r.findings.length;
  }
  times.sort((a, b) => a - b);
  return { loadMs, medianMs: times[Math.floor(times.length / 2)], bestMs: times[0], findings };
}

async function main() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      entries: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
    },
  });
  const shared = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
  const file = values.file ?? path.join(shared, 'data/mlqe-pe-en-de/train/mt.txt');
  const text = readFileSync(file, 'utf8');
  const words = countWords(text);
  const runs = Number(values.runs);
  const big = Number(values.entries);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-bench-glossary-'));
  try {
    const results: Record<string, Awaited<ReturnType<typeof measure>> & { entries: number; wordsPerSecond: number }> = {};
    for (const entries of [10, big]) {
      const g = path.join(dir, String(entries));
      mkdirSync(g);
      writeFileSync(path.join(g, 'generated.yaml'), generateGlossaryYaml(entries));
      const m = await measure(g, text, runs);
      results[entries] = { ...m, entries, wordsPerSecond: Math.round(words / (m.medianMs / 1000)) };
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
      ['entries', 'load (ms, examples run)', 'median check (ms)', 'words/s', 'findings'],
      ...[small, large].map((r) => [String(r.entries), r.loadMs.toFixed(0), r.medianMs.toFixed(0), r.wordsPerSecond.toLocaleString('en'), String(r.findings)]),
    ];
    console.log(`Glossary benchmark on ${path.relative(process.cwd(), file)} (${words.toLocaleString('en')} words), ${os.cpus()[0]?.model} ×${os.cpus().length}, node ${process.version}`);
    for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(24))).join(''));
    console.log(`slowdown with ${big.toLocaleString('en')} entries: ${(slowdown * 100).toFixed(1)} % (goal < 10 %: ${slowdown < 0.1 ? 'PASS' : 'MISS'})`);
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
