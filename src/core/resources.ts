/**
 * What checks need besides the text: spellers per language, stemmers, the compiled
 * glossary. Loaded once per process (or per `Lektor` instance) and shared, so the
 * per-document path does no I/O.
 */
import snowball from 'snowball-stemmers';
import { loadSpeller, type Speller } from '../spell/hunspell.js';
import { profileFor, PROFILES } from '../languages/index.js';
import { CompiledGlossary } from '../glossary/index.js';

export interface Resources {
  glossary: CompiledGlossary;
  /** The loaded speller of a language (see `ensureLanguages`), or undefined. */
  speller(language: string): Speller | undefined;
  /** Snowball stem of a lower-cased word, or the word itself when the language has no stemmer. */
  stem(language: string, word: string): string;
  /** Load whatever the given languages need (their spellers, and English for untranslated-word checks). */
  ensureLanguages(languages: Iterable<string>): Promise<void>;
  /**
   * Start the first spelling verdicts of a document's words on the worker thread (see
   * `Speller.prefetch`): its words, the parts of its hyphenated words, and for the words the
   * language rejects, their lower-case forms in English. Only a hint: nothing waits for it.
   */
  prefetch(language: string, texts: readonly string[]): boolean;
}

/** Word-like runs, as the checks hand them to the speller (a suspended hyphen stripped, compounds also in parts). */
const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;

function* documentWords(texts: readonly string[]): Generator<string> {
  for (const text of texts) {
    for (const m of text.matchAll(WORDS)) {
      let w = m[0];
      if (w.endsWith('-')) w = w.replace(/-+$/, '');
      yield w;
      if (w.includes('-')) for (const part of w.split('-')) if (part) yield part;
    }
  }
}

export function createResources(glossary: CompiledGlossary = new CompiledGlossary([])): Resources {
  const spellers = new Map<string, Speller>();
  const stemmers = new Map<string, { stem(w: string): string }>();
  const stems = new Map<string, string>();
  return {
    glossary,
    speller: (language) => spellers.get(language),
    stem(language, word) {
      let s = stemmers.get(language);
      if (!s) {
        const profile = profileFor(language);
        if (!profile) return word;
        s = snowball.newStemmer(profile.stemmer) as { stem(w: string): string };
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
    prefetch(language, texts) {
      const speller = spellers.get(language);
      if (!speller) return false;
      return speller.prefetch(documentWords(texts), language === 'en' ? undefined : spellers.get('en'));
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
          spellers.set(c, await loadSpeller(PROFILES.find((p) => p.code === c)!));
        }),
      );
    },
  };
}
