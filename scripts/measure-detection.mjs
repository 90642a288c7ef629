#!/usr/bin/env node
// Measures language detection on short texts: the one-line sets of test/fixtures/detection/
// (`code<TAB>text`; tuning.tsv and heldout.tsv, see its README). Each line is checked alone as a
// plain-text document without `--lang` (no glossary, one cheap rule: detection does not depend on
// the rules), and the language Lektor reads it in is compared with the line's.
// Prints, per file, the accuracy per language and the confusions (expected → read: count); with
// SHOW=1 also each misread line (for the tuning set: the held-out set is measured, not studied).
// Build first (npm run build), then: node scripts/measure-detection.mjs [file…]
// (`--lang CODE file…`: files of plain lines, one text a line, all in that language, such as
// MLQE-PE's dev/pe.txt, de; LIMIT=1500 reads a file's first lines only; WT=/path/to/another/checkout
// to measure its build.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = process.env.WT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { Lektor } = await import(path.join(ROOT, 'dist/index.js'));
const lektor = await Lektor.create({ only: ['double-space'] });
const files = [];
let lang;
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--lang') lang = process.argv[++i];
  else files.push({ file: process.argv[i], lang });
}
if (files.length === 0) for (const name of ['tuning.tsv', 'heldout.tsv']) files.push({ file: path.join(here, 'test/fixtures/detection', name) });

for (const { file, lang } of files) {
  const perLanguage = new Map();
  const confusions = new Map();
  const misread = [];
  let lines = readFileSync(file, 'utf8').split('\n');
  if (lang !== undefined) lines = lines.filter((line) => line.trim() !== '').slice(0, Number(process.env.LIMIT ?? Infinity)).map((line) => `${lang}\t${line}`);
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [expected, text] = line.split('\t');
    const read = (await lektor.check(text + '\n', { path: 'a.txt' })).language;
    const counts = perLanguage.get(expected) ?? { right: 0, all: 0 };
    counts.all++;
    if (read === expected) counts.right++;
    else {
      const key = `${expected} → ${read}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
      misread.push(`  ${key}  ${text}`);
    }
    perLanguage.set(expected, counts);
  }
  let right = 0;
  let all = 0;
  console.log(path.basename(file));
  for (const [code, c] of perLanguage) {
    right += c.right;
    all += c.all;
    console.log(`  ${code}  ${c.right}/${c.all}`);
  }
  console.log(`  all ${right}/${all}`);
  console.log(`  confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  if (process.env.SHOW) console.log(misread.join('\n'));
}
process.exit(0);
