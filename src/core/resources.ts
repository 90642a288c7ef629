/**
 * What checks need besides the text: spellers per language, stemmers, the compiled
 * glossary. Loaded once per process (or per `Lektor` instance) and shared, so the
 * per-document path does no I/O.
 */
import { createRequire } from 'node:module';
import { loadSpeller, type Speller } from '../spell/hunspell.js';
import { profileFor, regionalProfile, PROFILES, type LanguageProfile } from '../languages/index.js';
import { CompiledGlossary } from '../glossary/index.js';
import type snowballStemmers from 'snowball-stemmers';

/**
 * snowball-stemmers is one CommonJS file of 870 KB. Imported as ES module, Node first scans
 * it for its named exports (cjs-module-lexer), which took 55 ms of every cold start against
 * 18 ms for `require`; and it is loaded only when a check first asks for a stem.
 */
let snowballModule: typeof snowballStemmers | undefined;
function snowball(): typeof snowballStemmers {
  return (snowballModule ??= createRequire(import.meta.url)('snowball-stemmers') as typeof snowballStemmers);
}

export interface Resources {
  glossary: CompiledGlossary;
  /** The loaded speller of a language (see `ensureLanguages`), or undefined. */
  speller(language: string): Speller | undefined;
  /** A language's profile as this region writes it (`regionalProfile`), or undefined without one. */
  profile(language: string): LanguageProfile | undefined;
  /** Snowball stem of a lower-cased word, or the word itself when the language has no stemmer. */
  stem(language: string, word: string): string;
  /** Load whatever the given languages need (their spellers, and English for untranslated-word checks). */
  ensureLanguages(languages: Iterable<string>): Promise<void>;
  /**
   * The same resources with other regional dictionaries (`{ de: 'CH' }`: Swiss German for
   * German text; undefined for a language's own dictionary). The glossary and stemmers are shared.
   */
  withRegions(regions: Readonly<Record<string, string | undefined>>): Resources;
  /**
   * Start the first spelling verdicts of a document's words on the worker thread (see
   * `Speller.prefetch`): its words, the parts of its hyphenated words, and for the words the
   * language rejects, their lower-case forms in English. Only a hint: nothing waits for it.
   * `owner` names the document (see `releasePrefetched` in src/spell/hunspell.ts).
   */
  prefetch(language: string, texts: readonly string[], owner?: object): boolean;
}

/** Word-like runs, as the checks hand them to the speller (a suspended hyphen stripped, compounds also in parts). */
const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * Per UTF-16 code unit, for `documentWords`: 0 not classified yet, 1 letter, 2 mark or
 * ' ’ - (continues a word), 3 anything else.
 */
const WORD_CLASSES = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;
const CONTINUES = /^[\p{M}'’-]$/u;
function wordClass(code: number): number {
  let c = WORD_CLASSES[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    WORD_CLASSES[code] = c = LETTER.test(ch) ? 1 : CONTINUES.test(ch) ? 2 : 3;
  }
  return c;
}
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The words of `WORDS` in the texts, in order (a scan over cached character classes: the
 * regular expression's match objects cost more than the rest of the prefetch), with the
 * parts of hyphenated words after each.
 */
export function documentWords(texts: readonly string[]): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    out.push(w);
    if (w.includes('-')) for (const part of w.split('-')) if (part) out.push(part);
  };
  for (const text of texts) {
    if (SURROGATE.test(text)) {
      // Letters outside the BMP: the regular expression, which reads code points.
      for (const m of text.matchAll(WORDS)) add(m[0].endsWith('-') ? m[0].replace(/-+$/, '') : m[0]);
      continue;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (wordClass(text.charCodeAt(i)) !== 1) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && wordClass(text.charCodeAt(j)) !== 3) j++;
      let end = j;
      while (text.charCodeAt(end - 1) === 0x2d) end--;
      add(text.slice(i, end));
      i = j;
    }
  }
  return out;
}

/**
 * What checks need, for a glossary and a choice of regional dictionaries (by language code:
 * `{ de: 'CH', en: 'GB' }`; a language left out has its own dictionary).
 */
export function createResources(glossary: CompiledGlossary = new CompiledGlossary([]), regions: Readonly<Record<string, string | undefined>> = {}): Resources {
  return makeResources(glossary, regions, new Map(), new Map(), new Map());
}

/** A choice of regional dictionaries as one string ("de-CH,en-"), to tell choices apart. */
function regionKey(regions: Readonly<Record<string, string | undefined>>): string {
  return Object.keys(regions).sort().map((k) => `${k}-${regions[k] ?? ''}`).join(',');
}

function makeResources(
  glossary: CompiledGlossary,
  regions: Readonly<Record<string, string | undefined>>,
  stemmers: Map<string, { stem(w: string): string }>,
  stems: Map<string, string>,
  views: Map<string, Resources>,
): Resources {
  const spellers = new Map<string, Speller>();
  const self: Resources = {
    glossary,
    speller: (language) => spellers.get(language),
    profile(language) {
      const p = profileFor(language);
      return p && regionalProfile(p, regions[p.code]);
    },
    withRegions(other) {
      const merged: Record<string, string | undefined> = { ...regions, ...other };
      const key = regionKey(merged);
      if (key === regionKey(regions)) return self;
      let view = views.get(key);
      if (!view) views.set(key, (view = makeResources(glossary, merged, stemmers, stems, views)));
      return view;
    },
    stem(language, word) {
      let s = stemmers.get(language);
      if (!s) {
        const profile = profileFor(language);
        if (!profile) return word;
        s = snowball().newStemmer(profile.stemmer) as { stem(w: string): string };
        stemmers.set(language, s);
      }
      const key = `${language}\u0000${word}`;
      let stem = stems.get(key);
      if (stem === undefined) {
        if (stems.size > 100_000) stems.clear();
        stem = s.stem(word);
        stems.set(key, stem);
      }
      return stem;
    },
    prefetch(language, texts, owner) {
      const speller = spellers.get(language);
      if (!speller) return false;
      const fallback = language === 'en' ? undefined : spellers.get('en');
      return speller.prefetching(fallback) && speller.prefetch(documentWords(texts), fallback, owner);
    },
    async ensureLanguages(languages) {
      const wanted = new Set<string>();
      for (const code of languages) {
        const profile = profileFor(code);
        if (!profile) continue;
        wanted.add(profile.code);
        // Untranslated-word and paragraph-language checks compare against the other supported languages.
        if (profile.code !== 'en') wanted.add('en');
      }
      await Promise.all(
        [...wanted].filter((c) => !spellers.has(c)).map(async (c) => {
          spellers.set(c, await loadSpeller(PROFILES.find((p) => p.code === c)!, regions[c]));
        }),
      );
    },
  };
  return self;
}
