/**
 * Spelling with Hunspell itself (hunspell-asm: the Hunspell C++ library compiled to
 * WebAssembly), so verdicts agree with the `hunspell` program on the same dictionary.
 * One engine per language, loaded on first use from the dictionary-xx package named by
 * the language profile, shared by every document of the process. Verdicts and
 * suggestions are cached: word frequencies are Zipfian, so most look-ups never reach
 * Hunspell.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageProfile } from '../languages/index.js';

const require = createRequire(import.meta.url);

interface HunspellInstance {
  spell(word: string): boolean;
  suggest(word: string): string[];
  dispose(): void;
}
interface HunspellFactory {
  mountBuffer(contents: ArrayBufferView, fileName?: string): string;
  create(affPath: string, dicPath: string): HunspellInstance;
}

let factory: Promise<HunspellFactory> | undefined;
function loadFactory(): Promise<HunspellFactory> {
  factory ??= (require('hunspell-asm') as { loadModule(): Promise<HunspellFactory> }).loadModule();
  return factory;
}

/**
 * Longest word handed to Hunspell. Hunspell itself gives up on words over 100 characters
 * (MAXWORDLEN), and the WebAssembly build copies each word onto its small stack, so an
 * untrusted 200,000-character token must never reach it: longer words are unknown.
 */
export const MAX_WORD_LENGTH = 100;

/** Cache size past which a cache is emptied, to keep memory bounded on huge batches. */
const CACHE_LIMIT = 200_000;

export class Speller {
  readonly language: string;
  private readonly engine: HunspellInstance;
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestions = new Map<string, string[]>();

  constructor(language: string, engine: HunspellInstance) {
    this.language = language;
    this.engine = engine;
  }

  /** Whether Hunspell accepts the word (exactly as the `hunspell` program would). */
  correct(word: string): boolean {
    if (word.length > MAX_WORD_LENGTH) return false;
    let v = this.verdicts.get(word);
    if (v === undefined) {
      if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
      v = this.engine.spell(word);
      this.verdicts.set(word, v);
    }
    return v;
  }

  /** Hunspell's suggestions for a word it rejects (empty for a correct word). */
  suggest(word: string): string[] {
    if (word.length > MAX_WORD_LENGTH) return [];
    let s = this.suggestions.get(word);
    if (s === undefined) {
      if (this.suggestions.size >= CACHE_LIMIT / 10) this.suggestions.clear();
      s = this.engine.suggest(word);
      this.suggestions.set(word, s);
    }
    return s;
  }
}

const spellers = new Map<string, Promise<Speller>>();

/** Resolve a dictionary package's directory (it ships `index.aff` and `index.dic`). */
function dictionaryDir(pkg: string): string {
  // The packages export only `index.js`, which sits beside `index.aff` and `index.dic`.
  return path.dirname(require.resolve(pkg));
}

/** The shared speller of a language, loading its dictionary on first use. */
export function loadSpeller(profile: LanguageProfile): Promise<Speller> {
  let s = spellers.get(profile.code);
  if (!s) {
    s = (async () => {
      const dir = dictionaryDir(profile.dictionary);
      const [f, aff, dic] = await Promise.all([
        loadFactory(),
        readFile(path.join(dir, 'index.aff')),
        readFile(path.join(dir, 'index.dic')),
      ]);
      // Suggestion settings only (verdicts are unchanged): no n-gram, compound or split
      // suggestions, which make Hunspell take ~25 ms a German word instead of ~2 ms.
      const fastAff = Buffer.concat([aff, Buffer.from('\nMAXNGRAMSUGS 0\nMAXCPDSUGS 0\nNOSPLITSUGS\n')]);
      const engine = f.create(
        f.mountBuffer(fastAff, `${profile.code}.aff`),
        f.mountBuffer(dic, `${profile.code}.dic`),
      );
      return new Speller(profile.code, engine);
    })();
    spellers.set(profile.code, s);
    s.catch(() => spellers.delete(profile.code));
  }
  return s;
}
