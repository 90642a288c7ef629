#!/usr/bin/env node
// Measures whether a second run over Lektor's own corrected text reads a hard-wrapped plain
// text's paragraphs as the first run read them in the source (src/formats/text.ts,
// src/fix/line-breaks.ts). Texts: MLQE-PE dev post-edits (LEKTOR_SHARED, default ../shared), three
// paragraphs of four sentences with glossary variants injected, wrapped at 60, 70, 72 or 80, half
// without blank lines, a third CRLF; all rules. Per text, the lines that end a paragraph are
// compared (the fixes keep the number of lines). Reports:
//   readOtherwise  texts whose corrected version is read with other paragraph ends
//   sourceMisread  texts whose source is read otherwise than it was generated (a full last line)
//   refixed        texts a second run still fixes something in (must be 0)
// Build first (npx tsc -p tsconfig.build.json), then: node scripts/measure-wrap-reading.mjs
// (N=300 SEED=7 for other texts; WT=/path/to/another/checkout to measure its build; SHOW=5 for examples).
import { Lektor, ROOT, glossary as g, postEdits, random } from './glossary-line-fixture.mjs';
const { readText } = await import(`${ROOT}/dist/formats/text.js`);
const lk = await Lektor.create({ glossary: g, ...(process.env.ONLY ? { only: process.env.ONLY.split(',') } : {}) });
const sents = postEdits().map((s) => s.replace(/ (["']) ([^"']*) (["'])/g, ' „$2“'));
const rnd = random(42);
const variants = ['Tick Tack', 'Tick Tack-Präsenz', 'Olaf Schulz', 'Bundesamt für Informationssicherheit', 'Vereinigte Nationen'];
const wrap = (paragraph, width) => {
  const lines = []; let line = '';
  for (const word of paragraph.split(/ +/)) {
    if (line && [...line].length + 1 + [...word].length > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
};
// Which lines end a paragraph (the last line of each block), as the reader reads the text.
const ends = (text) => {
  const lineOf = []; let n = 0;
  for (let i = 0; i < text.length; i++) { lineOf.push(n); if (text[i] === '\n') n++; }
  const out = new Array(n + 1).fill(false);
  for (const b of readText(text).blocks) { const e = b.segments[b.segments.length - 1]; out[lineOf[e.sourceStart + e.length - 1]] = true; }
  return out.map((x) => (x ? 't' : 'f')).join('');
};
const N = +(process.env.N ?? 200);
const s = { docs: 0, sourceMisread: 0, sourceMisreadBlank: 0, wrappedNoBlank: 0, sameLines: 0, readOtherwise: 0, readOtherwiseNoBlank: 0, readOtherwiseBlank: 0, flipped: 0, refixed: 0, changedLines: 0, examples: [] };
for (let d = 0; d < N; d++) {
  const paras = [];
  for (let p = 0; p < 3; p++) {
    const ss = []; for (let k = 0; k < 4; k++) ss.push(sents[Math.floor(rnd() * sents.length)]);
    const words = ss.join(' ').split(' ');
    for (let v = 0; v < 3; v++) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, variants[Math.floor(rnd() * variants.length)]);
    paras.push(words.join(' '));
  }
  const width = [60, 70, 72, 80][d % 4];
  const blank = d % 2 === 0;
  const wrapped = paras.map((p) => wrap(p, width));
  let source = wrapped.join(blank ? '\n\n' : '\n') + '\n';
  // The paragraphs as written: the last line of each ends one.
  const truth = wrapped.map((p) => 'f'.repeat(p.split('\n').length - 1) + 't').join(blank ? 'f' : '') + 'f';
  if (d % 3 === 0) source = source.replace(/\n/g, '\r\n');
  const first = await lk.check(source, { language: 'de', path: 'x.txt' });
  s.docs++;
  const lf = (t) => t.replace(/\r\n/g, '\n');
  const before = ends(lf(source));
  const after = ends(lf(first.corrected));
  if (before !== truth) { s.sourceMisread++; if (blank) s.sourceMisreadBlank++; }
  if (!blank && readText(source).blocks.length < before.length - 1) s.wrappedNoBlank++;
  const second = await lk.check(first.corrected, { language: 'de', path: 'x.txt' });
  if (second.findings.some((f) => f.fixed)) { s.refixed++; s.refixes = (s.refixes ?? []).concat([{ d, fixes: second.findings.filter((f) => f.fixed).map((f) => [f.ruleId, f.actual, f.expected[0]]) }]); }
  if (before.length !== after.length) { s.changedLines++; continue; }
  s.sameLines++;
  if (before !== after) {
    s.readOtherwise++;
    if (blank) s.readOtherwiseBlank++; else s.readOtherwiseNoBlank++;
    const nb = (x) => [...x].filter((c) => c === 't').length;
    if (Math.abs(nb(before) - nb(after)) > 3) s.flipped++;
    if (s.examples.length < +(process.env.SHOW ?? 0)) {
      const a = lf(source).split('\n'), b = lf(first.corrected).split('\n');
      const diff = [];
      for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) diff.push(`${before[i]}${after[i]} ${JSON.stringify(a[i])} -> ${JSON.stringify(b[i])} / next ${JSON.stringify(b[i + 1] ?? '')}`);
      s.examples.push({ d, width, blank, diff });
    }
  }
}
console.log(JSON.stringify(s, null, 1));
