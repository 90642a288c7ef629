#!/usr/bin/env node
// Measures glossary fixes across a line break in Markdown list items and block quotes
// (src/fix/line-breaks.ts, LayoutOptions.written). Texts: MLQE-PE dev post-edits (LEKTOR_SHARED,
// default ../shared) wrapped at 60-80 inside list items, nested lists, quotes, quoted lists, tabs
// and lazy lines, a third CRLF, glossary variants injected. Reports:
//   crossing / fixed / kept  variants across a line break; fixed; with the break kept
//   structure / text         texts whose corrected Markdown reads as other blocks, or other words,
//                            than the same fixes with their lines joined (must be 0)
//   refixed                  texts a second run still fixes something in (must be 0)
// Build first (npx tsc -p tsconfig.build.json), then: node scripts/measure-markdown-breaks.mjs
// (ALL=1: all rules, not the glossary's only; N, SEED, WT, SHOW as in measure-wrap-reading.mjs).
import { Lektor, ROOT, glossary as g, postEdits, random } from './glossary-line-fixture.mjs';
const { readMarkdown } = await import(`${ROOT}/dist/formats/markdown.js`);
const REPL = [[/Tick Tack/g, 'TikTok'], [/Olaf Schulz/g, 'Olaf Scholz'], [/Bundesamt für Informationssicherheit/g, 'Bundesamt für Sicherheit in der Informationstechnik'], [/Vereinigte Nationen/g, 'Vereinte Nationen']];
const lk = await Lektor.create({ glossary: g, ...(process.env.ALL ? {} : { only: ['glossary'] }) });
const sents = postEdits((s) => !/[*_`<>\[\]\\|#]/.test(s));
const rnd = random(7);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const variants = ['Tick Tack', 'Tick Tack-Präsenz', 'Olaf Schulz', 'Bundesamt für Informationssicherheit', 'Vereinigte Nationen'];
const wrap = (words, width, first, rest) => {
  const lines = []; let line = '';
  for (const w of words) {
    const prefix = lines.length === 0 ? first : rest;
    if (line && [...(prefix + line)].length + 1 + [...w].length > width) { lines.push(prefix + line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  lines.push((lines.length === 0 ? first : rest) + line);
  return lines;
};
const para = () => {
  const words = [pick(sents), pick(sents)].join(' ').split(' ');
  for (let v = 0; v < 3; v++) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, pick(variants));
  return words.join(" ").split(" ");
};
// Containers: [first-line prefix, continuation prefix] — lists, nested lists, quotes, quoted lists, tabs, lazy lines.
const containers = [
  () => ['- ', '  '], () => ['* ', '  '], () => ['1. ', '   '], () => ['10) ', '    '],
  () => ['  - ', '    '], () => ['    - ', '      '],
  () => ['> ', '> '], () => ['> > ', '> > '], () => ['> - ', '>   '], () => ['>', '>'],
  () => ['-\t', '\t'], () => ['>\t', '>\t'], () => ['- ', ''], () => ['> ', ''], () => ['> ', '>  '],
];
const N = +(process.env.N ?? 200);
const s = { docs: 0, crossing: 0, fixed: 0, kept: 0, joined: 0, unfixed: 0, structure: 0, text: 0, refixed: 0, examples: [] };
const norm = (t) => t.replace(/\s+/g, ' ').trim();
for (let d = 0; d < N; d++) {
  const width = [60, 70, 72, 80][d % 4];
  const parts = [];
  for (let b = 0; b < 3; b++) {
    const [first, rest] = pick(containers)();
    const lines = wrap(para(), width, first, rest);
    // Nested lists need a parent item.
    if (/^ {2,}-/.test(first)) parts.push(first.startsWith('    ') ? '- a\n  - b' : '- a');
    parts.push(lines.join('\n'));
  }
  let source = parts.join('\n\n') + '\n';
  if (d % 3 === 0) source = source.replace(/\n/g, '\r\n');
  const path = 'x.md';
  const first = await lk.check(source, { language: 'de', path });
  s.docs++;
  for (const f of first.findings) {
    if (!f.ruleId.startsWith('glossary/')) continue;
    const crossing = /[\r\n]/.test(f.actual);
    if (!crossing) continue;
    s.crossing++;
    if (!f.fixed) { s.unfixed++; if (s.examples.length < +(process.env.SHOW ?? 0)) s.examples.push({ unfixed: f.actual, message: f.message, severity: f.severity, around: source.slice(f.start.offset - 80, f.end.offset + 40) }); continue; }
    s.fixed++;
    if (/[\r\n]/.test(f.expected[0])) s.kept++; else s.joined++;
  }
  // The reference: the same fixes with their line breaks joined (one line each, which cannot
  // change the Markdown's structure); the corrected text must read as the same blocks and words.
  let ref = '', at = 0;
  for (const f of first.findings.filter((f) => f.fixed).sort((x, y) => x.start.offset - y.start.offset)) {
    if (f.start.offset < at) continue;
    ref += source.slice(at, f.start.offset) + f.expected[0].replace(/(\r\n|\r|\n)[ \t>]*/g, ' ');
    at = f.end.offset;
  }
  ref += source.slice(at);
  const a = readMarkdown(ref).blocks, b = readMarkdown(first.corrected).blocks;
  if (a.length !== b.length || a.some((x, i) => x.kind !== b[i].kind)) { s.structure++; if (s.examples.length < 5) s.examples.push({ structure: source, out: first.corrected }); }
  else for (let i = 0; i < a.length; i++) if (norm(a[i].text) !== norm(b[i].text)) { s.text++; if (s.examples.length < 5) s.examples.push({ want: norm(a[i].text), got: norm(b[i].text) }); }
  const second = await lk.check(first.corrected, { language: 'de', path });
  if (second.findings.some((f) => f.fixed)) s.refixed++;
}
console.log(JSON.stringify(s, null, 1));
