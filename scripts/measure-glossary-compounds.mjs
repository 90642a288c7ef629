#!/usr/bin/env node
// Measures false alarms of glossary variants found as the first part of a closed compound
// (src/glossary/matcher.ts, `compoundAt`) on human German: the post-edits of MLQE-PE train
// (LEKTOR_SHARED, default ../shared), with the starter glossary (glossary/) and with a glossary of
// short variants that begin many German words ("Verk", "Staa", "Parl", "Kirch", "Regier") or are
// words themselves ("Handy", "Bahn", "Heer"). Reports, per glossary, the words checked, the
// variants matched, those in a closed compound (each listed: every one is a false alarm on this
// text), and what ruled out the words that begin with such a variant:
//   noHead      no linking element and noun the dictionary knows after the variant
//   wholeKnown  the dictionary knows the whole word ("Kirchturm", "Bahnhof")
//   variantWord the variant is a word of the language ("Kirch" in "Kirchberger")
// Build first (npx tsc -p tsconfig.build.json), then: node scripts/measure-glossary-compounds.mjs
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const ROOT = process.env.WT ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const SHARED = process.env.LEKTOR_SHARED ?? `${ROOT}/../shared`;
const { loadGlossary } = await import(`${ROOT}/dist/glossary/index.js`);
const { segment } = await import(`${ROOT}/dist/core/segment.js`);
const { sliceBlock } = await import(`${ROOT}/dist/core/document.js`);
const { loadSpeller } = await import(`${ROOT}/dist/spell/hunspell.js`);
const { profileFor } = await import(`${ROOT}/dist/languages/index.js`);

const SHORT = `languages: [de]
entries:
${[
  ['Kommission', 'Komission'], ['Volkswagen', 'Volkswagon', 'brand'], ['Peking', 'Beijing', 'place'], ['Kiew', 'Kyiv', 'place'],
  ['Angela Merkel', 'Merkl', 'person'], ['Werk', 'Verk'], ['Staat', 'Staa'], ['Regierung', 'Regier'], ['Minister', 'Minist'],
  ['Parlament', 'Parl'], ['Wirtschaft', 'Wirtschaf'], ['Mobiltelefon', 'Handy'], ['Deutsche Bahn', 'Bahn', 'brand'],
  ['Bundeswehr', 'Heer', 'organisation'], ['Fußball', 'Fussball'], ['Straße', 'Strasse'], ['Bürgermeister', 'Burgermeister'],
  ['Universität', 'Universitat'], ['Kirche', 'Kirch'], ['Gemeinde', 'Gemeind'],
]
  .map(([term, wrong, type = 'term']) => `  - term: ${term}\n    type: ${type}\n    wrong: [${wrong}]\n`)
  .join('')}`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-compounds-'));
writeFileSync(path.join(dir, 'short.yaml'), SHORT);
const text = readFileSync(`${SHARED}/data/mlqe-pe-en-de/train/pe.txt`, 'utf8');
const speller = await loadSpeller(profileFor('de'));
const links = profileFor('de').unlistedCompounds.links;

for (const [name, folder] of [['starter glossary', `${ROOT}/glossary`], ['short variants', dir]]) {
  const glossary = await loadGlossary(folder);
  const matcher = glossary.matcher('de');
  let words = 0;
  let matched = 0;
  const compounds = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    words += line.split(/\s+/).filter(Boolean).length;
    for (const m of matcher.match(segment(sliceBlock(line, 0, line.length)), line, speller)) {
      if (m.kind === 'term') continue;
      matched++;
      if (m.compound !== undefined) compounds.push(`${line.slice(m.start, m.end)} → ${m.replacement}${m.review ? ' (suggested)' : ''}`);
    }
  }
  // What rules out the words that begin with a variant (the same tests as `compoundAt`).
  const variants = glossary.entries.filter((e) => e.languages.includes('de')).flatMap((e) => [...e.wrong, ...(e.review ?? [])]).filter((v) => /^\p{Lu}\p{Ll}{3,}$/u.test(v));
  const ruledOut = { noHead: 0, wholeKnown: 0, variantWord: 0 };
  let begin = 0;
  for (const w of text.split(/[^\p{L}\p{M}]+/u)) {
    for (const v of variants) {
      if (!w.startsWith(v) || w.length < v.length + 3 || !/^\p{Ll}+$/u.test(w.slice(v.length))) continue;
      begin++;
      const rest = w.slice(v.length);
      if (!links.some((l) => rest.startsWith(l) && rest.length - l.length >= 3 && speller.correct(rest[l.length].toUpperCase() + rest.slice(l.length + 1)))) ruledOut.noHead++;
      else if (speller.correct(w)) ruledOut.wholeKnown++;
      else if (speller.isName(v) || speller.correct(v.toLowerCase())) ruledOut.variantWord++;
    }
  }
  console.log(`${name}: ${words.toLocaleString('en')} words, ${matched} variants matched, ${compounds.length} in closed compounds; ${begin} words begin with a variant, ruled out: ${JSON.stringify(ruledOut)}`);
  for (const c of compounds) console.log(`  ${c}`);
}
