// What measure-wrap-reading.mjs and measure-markdown-breaks.mjs share: the build to measure
// (WT=/path/to/another/checkout, else this one), the shared data folder (LEKTOR_SHARED, default
// ../shared), a glossary of four terms whose variants are injected into the texts, the MLQE-PE
// dev post-edits they are made of (spaces before marks removed), and a seeded random generator.
import { readFileSync } from 'node:fs';

export const ROOT = process.env.WT ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const SHARED = process.env.LEKTOR_SHARED ?? `${ROOT}/../shared`;
export const { Lektor } = await import(`${ROOT}/dist/core/pipeline.js`);
const { compileGlossary, parseGlossary } = await import(`${ROOT}/dist/glossary/index.js`);

export const glossary = compileGlossary(parseGlossary(`languages: [de]
entries:
  - term: TikTok
    type: brand
    wrong: [Tick Tack]
  - term: Olaf Scholz
    type: person
    wrong: [Olaf Schulz]
  - term: Bundesamt für Sicherheit in der Informationstechnik
    type: body
    wrong: [Bundesamt für Informationssicherheit]
  - term: Vereinte Nationen
    type: organisation
    wrong: [Vereinigte Nationen]
`, 'g.yaml'));

/** The post-edits of at least `min` characters that `keep` accepts, without a space before a closing mark or after an opening bracket. */
export function postEdits(keep = () => true, min = 20) {
  return readFileSync(`${SHARED}/data/mlqe-pe-en-de/dev/pe.txt`, 'utf8')
    .split('\n')
    .filter((s) => s.length > min && keep(s))
    .map((s) => s.replace(/ ([.,;:!?)])/g, '$1').replace(/([(]) /g, '$1'));
}

/** A linear congruential generator from SEED (else `seed`): numbers in [0, 1), the same run after run. */
export function random(seed) {
  let state = +(process.env.SEED ?? seed);
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}
