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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageProfile } from '../languages/index.js';
import { suggestionWorker, readyWorker, hasOrLoadsWorker, WORKER_AFTER_MS, type EngineFiles } from './suggest-worker.js';
import { engineKit, kitOptions, type EngineKit, type HunspellEngine } from './engine.js';
import { dictionaryTable } from './tables.js';
import { loadWordList, type WordList } from './wordlist.js';


const require = createRequire(import.meta.url);

let kitValue: EngineKit | undefined;
function kit(): EngineKit {
  return (kitValue ??= engineKit(require, kitOptions()));
}

/** How this thread's engines were made (built, or restored from a snapshot): for tests and benchmarks. */
export function engineStats(): EngineKit['stats'] {
  return kit().stats;
}

/**
 * Longest word handed to Hunspell. Hunspell itself gives up on words over 100 characters
 * (MAXWORDLEN), and the WebAssembly build copies each word onto its small stack, so an
 * untrusted 200,000-character token must never reach it: longer words are unknown.
 */
export const MAX_WORD_LENGTH = 100;

/** Cache size past which a cache is emptied, to keep memory bounded on huge batches. */
const CACHE_LIMIT = 200_000;

/**
 * Where suggestions run: `auto` (the main thread, until the process has spent
 * `WORKER_AFTER_MS` on them, then the suggestion worker), `main` (never the worker),
 * `worker` (the worker from the first suggestion: a batch or a long text in `lektor check`;
 * tests), or `remote`: the worker from the first suggestion and the first verdict, this thread
 * building no engine of its own until it has waited `REMOTE_BUDGET_MS` for the worker's
 * verdicts (`lektor check` on an article or a few: the engines, ~0.2 s for German and English,
 * are built on the other core; see `Speller.spell`). The mode is read when a language's
 * speller is made, and a speller made in the `remote` mode asks the worker only while the
 * process stays in it.
 */
export type SuggestionMode = 'auto' | 'main' | 'worker' | 'remote';
let suggestionMode: SuggestionMode = 'auto';
export function setSuggestionMode(mode: SuggestionMode): void {
  suggestionMode = mode;
}
/** The mode now (a run that sets its own gives this one back at its end). */
export function currentSuggestionMode(): SuggestionMode {
  return suggestionMode;
}

/**
 * Time (ms) a speller without an engine of its own may spend waiting for verdicts from the
 * spelling worker's ready engine (see `Speller.spell`) before it builds its own: about what
 * building German's takes (~175 ms) halved. A single article asks the worker for a few dozen
 * words (about 2 ms); a batch asks for thousands, and soon spells here again.
 */
const REMOTE_BUDGET_MS = 100;

/**
 * Longest wait for one answer of the worker while it may still be building the engine: past
 * it (a thread that exited cannot say so while this one waits), this thread builds its own.
 */
const REMOTE_TIMEOUT_MS = 5000;

/** Words of a prefetch job asked of the worker at once by a speller without an engine (see `askAhead`). */
const ASK_AHEAD = 64;

/** Share of a document's distinct words that must be new for it to start the worker (see `prefetch`). */
const START_NEW_SHARE = 0.05;

/**
 * The .aff as Lektor gives it to Hunspell: the dictionary's own, with suggestion
 * settings only changed (verdicts are the same):
 *  - no n-gram, compound or split suggestions, which make Hunspell take ~25 ms a German
 *    word instead of ~2 ms;
 *  - no capital letters in TRY, the letters Hunspell tries when it inserts or replaces one:
 *    suggestions are asked for lower-case words only (a capitalized unknown word is mostly
 *    a name), and Hunspell still offers a word's capitalized form by itself. On the 981
 *    words the benchmark's articles ask about, this takes 40 % less time, and the first
 *    suggestion is the same for 96 % of them (the others lose a capitalized alternative);
 *  - without the letters a profile names in `suggestionTryWithout` (German: the accented
 *    letters of loanwords, áéêàâñ): 14 % less time on the 633 words the benchmark's
 *    articles ask about, with the same suggestions for every one of them.
 */
export function suggestionAff(aff: Buffer, tryWithout = ''): Buffer {
  let text = aff.toString('utf8');
  if (/^SET\s+UTF-8\s*$/m.test(text)) {
    text = text.replace(/^TRY\s+(\S+)/m, (_, letters: string) => `TRY ${[...letters].filter((c) => c === c.toLowerCase() && !tryWithout.includes(c)).join('')}`);
  }
  // Each setting once: one the .aff sets itself is replaced where it stands (dictionary-pt has
  // "MAXNGRAMSUGS 12"). Given twice, Hunspell stops reading the file at the second ("multiple
  // definitions") and leaves its affixes unordered: every word two suffixes end alike in
  // ("casas", "empresas", "disse") was unknown.
  let tail = '';
  for (const setting of SUGGESTION_SETTINGS) {
    const key = setting.split(' ')[0];
    let seen = false;
    text = text.replace(new RegExp(`^[ \\t]*${key}(?:[ \\t][^\\n]*)?$`, 'gm'), () => (seen ? '' : ((seen = true), setting)));
    if (!seen) tail += `${setting}\n`;
  }
  return Buffer.from(tail === '' ? text : `${text}\n${tail}`);
}

/** The suggestion settings `suggestionAff` writes into every .aff. */
const SUGGESTION_SETTINGS = ['MAXNGRAMSUGS 0', 'MAXCPDSUGS 0', 'NOSPLITSUGS'];

export class Speller {
  readonly language: string;
  /** The engine of this thread, once built (see `engine`). */
  private engineValue: HunspellEngine | undefined;
  private readonly makeEngine: (() => HunspellEngine) | undefined;
  /**
   * Whether verdicts are asked of the spelling worker while this thread has no engine (the
   * `remote` mode: see `loadSpeller`). Off for good once the waits pass `REMOTE_BUDGET_MS`
   * or the worker cannot answer.
   */
  private remote: boolean;
  /** Time spent waiting for the worker's verdicts once its engine was ready. */
  private remoteMs = 0;
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestions = new Map<string, string[]>();
  private readonly inFlight = new Map<string, Promise<string[]>>();
  /** Time this speller spent suggesting on the main thread. */
  private localSuggestMs = 0;
  /** Time it spent on first verdicts on the main thread. */
  private localVerdictMs = 0;
  /**
   * First verdicts and suggestions, by where they were computed (for benchmarks and tests).
   * `verdictsAsked` counts the words asked of the worker on demand (the `remote` mode), with
   * those asked ahead of need, which are counted again in `verdictsAhead` when read.
   */
  readonly stats = { verdictsHere: 0, verdictsAhead: 0, verdictsAsked: 0, suggestionsHere: 0, suggestionsInWorker: 0, fromWordList: 0 };
  /** Verdicts the worker computes ahead (see `prefetch`), newest last, each with the document it was made for (see `releasePrefetched`). */
  private jobs: Array<{ index: Map<string, number>; flags: Int8Array; words: readonly string[]; lower: boolean; owner: object | undefined }> = [];
  /** The dictionary's capitalized entries (see `isName`), read on first use. */
  private names: ReadonlySet<string> | undefined;
  /** The capitalized stems with their flags and the suffix rules of the noun flags (see `isCommonNoun`), read on first use. */
  private nouns: ({ flags: string } & ReturnType<typeof nounEntries>) | undefined;

  /**
   * `engine` is the engine, or what builds it on first need; with a builder and `files`, a
   * speller made in the `remote` mode asks the worker for verdicts until then.
   */
  constructor(
    language: string,
    engine: HunspellEngine | (() => HunspellEngine),
    readonly files?: EngineFiles,
    /** Forms the dictionary lacks (the profile's `wordList`). */
    readonly wordList?: WordList,
    /** Whether the locale writes ss for ß (Swiss German): "Strasse" is known when "Straße" is. */
    readonly ssForSharpS = false,
    /** Whether -ize is known where the dictionary writes -ise (British English in Oxford spelling: "organization" as "organisation"). */
    readonly izeForIse = false,
  ) {
    this.language = language;
    if (typeof engine === 'function') this.makeEngine = engine;
    else this.engineValue = engine;
    this.remote = this.makeEngine !== undefined && files !== undefined && suggestionMode === 'remote';
  }

  /**
   * Whether a verdict asked now would wait for the spelling worker to build the engine (this
   * thread has none, and asks the worker, which has not built it yet): the time to do
   * something else meanwhile (see `Rule.prepare`).
   */
  building(): boolean {
    return this.asking && hasOrLoadsWorker(this.language) !== undefined && readyWorker(this.language) === undefined;
  }

  /** Read now the table that `isName` reads on first use. */
  prepareNames(): void {
    this.isName('');
  }

  /** Read now the tables that `isCommonNoun` reads on first use (with these `flags`). */
  prepareNouns(flags = ''): void {
    if (flags !== '') this.isCommonNoun('', flags);
  }

  /**
   * Whether verdicts are asked of the worker now: no engine here, and the mode the speller was
   * made in is still the process's (a speller is process-wide: one made for a single article's
   * run goes on to a later batch or library call in another mode, which spells here).
   */
  private get asking(): boolean {
    return this.engineValue === undefined && this.remote && suggestionMode === 'remote';
  }

  /** This thread's engine, built on first need. */
  private get engine(): HunspellEngine {
    return (this.engineValue ??= this.makeEngine!());
  }

  /**
   * Hunspell's verdict on a word: from the spelling worker while this thread has no engine
   * (`remote`), else from this thread's.
   */
  private spell(word: string): boolean {
    if (this.asking) {
      const answer = this.ask([word]);
      if (answer !== undefined) return answer[0] === 1;
    }
    // (An engine built now is not counted as spelling time, which decides when the worker starts.)
    const engine = this.engine;
    const start = performance.now();
    const v = engine.spell(word);
    this.localVerdictMs += performance.now() - start;
    this.stats.verdictsHere++;
    return v;
  }

  /**
   * Whether the word is known: Hunspell accepts it (exactly as the `hunspell` program would),
   * or the language's word list has it (as written, or with a lower-case first letter, wherever
   * the word stands: as Hunspell takes "Sehr" for "sehr", a word's verdict does not know its
   * place; the rules read the place, see `acceptedInSmallLetters` in src/rules/spelling.ts and
   * the capitalization rule).
   */
  correct(word: string): boolean {
    if (word.length > MAX_WORD_LENGTH) return false;
    let v = this.verdicts.get(word);
    if (v === undefined) {
      if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
      v = this.jobs.length > 0 ? this.prefetched(word) : undefined;
      if (v === undefined) v = this.spell(word);
      else this.stats.verdictsAhead++;
      if (!v && this.wordList && this.listed(word)) {
        v = true;
        this.stats.fromWordList++;
      }
      if (!v && this.ssForSharpS && word.includes('ss')) v = this.sharpSForm(word);
      if (!v && this.izeForIse && /iz[aei]/i.test(word)) v = this.spell(word.replace(/iz(?=[aei])/g, 'is').replace(/IZ(?=[AEI])/g, 'IS'));
      // The typographic apostrophe is the apostrophe: a dictionary that lists elided forms with
      // the straight one and has no ICONV for it (dictionary-it: "l'incontro", "dell'ONU",
      // "c'è") knows "l’incontro" too. (dictionary-fr and dictionary-en convert it themselves.)
      if (!v && word.includes('’')) v = this.correct(word.replaceAll('’', "'"));
      this.verdicts.set(word, v);
    }
    return v;
  }

  /** Hunspell's own verdict, without the word list (uncached: for tests and the word-list build). */
  hunspellAccepts(word: string): boolean {
    return word.length <= MAX_WORD_LENGTH && this.engine.spell(word);
  }

  /**
   * Whether a word written with ss is known with ß in place of some of them ("Strasse",
   * "Grüsse", "Schlossstrasse"; at most the first four ss of a word are tried). Asked of the
   * national speller too, to tell whether a text writes ss for ß (src/language/region.ts).
   */
  sharpSForm(word: string): boolean {
    return this.sharpSSpelling(word) !== undefined;
  }

  /** The form of a word written with ss that is known with ß in place of some of them ("Massnahmen": "Maßnahmen"), if any (see `sharpSForm`). */
  sharpSSpelling(word: string): string | undefined {
    const at: number[] = [];
    for (let i = word.indexOf('ss'); i >= 0 && at.length < 4; i = word.indexOf('ss', i + 1)) at.push(i);
    for (let mask = 1; mask < 1 << at.length; mask++) {
      let form = '';
      let from = 0;
      let last = -2;
      let overlapping = false;
      for (let b = 0; b < at.length; b++) {
        if (!(mask & (1 << b))) continue;
        // ("sss" holds two ss; only one of them can be ß.)
        if (at[b] <= last + 1) overlapping = true;
        form += word.slice(from, at[b]) + 'ß';
        from = at[b] + 2;
        last = at[b];
      }
      if (overlapping) continue;
      form += word.slice(from);
      if (this.spell(form) || (this.wordList !== undefined && this.listed(form))) return form;
    }
    return undefined;
  }

  private listed(word: string): boolean {
    const list = this.wordList!;
    if (word.length === 0) return false;
    if (list.has(word)) return true;
    const first = word[0];
    const lower = first.toLowerCase();
    if (lower !== first && list.has(lower + word.slice(1))) return true;
    // In capitals (a headline: "AALQUAPPEN", "PERUANISCHE"): as a noun or in lower case.
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) {
      const rest = word.slice(1).toLowerCase();
      return list.has(first + rest) || list.has(lower + rest);
    }
    return false;
  }

  /**
   * Whether the dictionary lists the word as a name: a stem written with a capital in the
   * .dic ("Mason", "Miller", "Callas"), as itself or with a plural or possessive s
   * ("Masons", "Mason's"). Hunspell accepts "Mason" either way when "mason" is a word too;
   * the entry says that the capitalized form is a name of its own. Meaningful for languages
   * that write only names with a capital (the .dic of a language that capitalizes nouns lists
   * every noun so). The entries are read from the .dic on first use (~10,000 for English).
   */
  isName(word: string): boolean {
    if (!this.names) this.names = this.files ? dictionaryTable(this.files, 'names', (_, dic) => capitalizedEntries(dic)) : new Set();
    const names = this.names;
    if (names.has(word)) return true;
    if (word.endsWith('s')) {
      const stem = word.slice(0, -1);
      if (names.has(stem)) return true;
      if ((stem.endsWith("'") || stem.endsWith('’')) && names.has(stem.slice(0, -1))) return true;
    }
    return false;
  }

  /**
   * Whether the dictionary lists the word as a common noun, where a language capitalizes its
   * nouns and `isName` cannot tell ("Wähler", "Gefängnisse"): a capitalized stem of the .dic that
   * carries one of `flags`, the affix flags that form a noun's plural or feminine (the profile's
   * `nounFlags`), as written or as one of the forms those flags make. Names carry none of them
   * ("Merkel/S", "Hamburg/Sm"); a surname that is a noun too ("Müller/FNSm") is a noun here.
   * The stems and the flags' suffix rules are read from the .dic and .aff on first use.
   */
  isCommonNoun(word: string, flags: string): boolean {
    if (!this.files || flags === '') return false;
    if (!this.nouns || this.nouns.flags !== flags) this.nouns = { flags, ...dictionaryTable(this.files, `nouns\u0000${flags}`, (aff, dic) => nounEntries(dic, aff, flags)) };
    const { stems, rules } = this.nouns;
    const has = (stem: string, flag?: string) => {
      const f = stems.get(stem);
      return f !== undefined && (flag === undefined ? [...f].some((c) => flags.includes(c)) : f.includes(flag));
    };
    if (has(word)) return true;
    for (const r of rules) {
      if (r.add === '' || !word.endsWith(r.add) || word.length === r.add.length) continue;
      const stem = word.slice(0, word.length - r.add.length) + r.strip;
      if (r.condition.test(stem) && has(stem, r.flag)) return true;
    }
    return false;
  }

  /**
   * Whether `prefetch` would consider words now (the worker runs or is due to start), so that
   * a caller need not gather a document's words for nothing.
   */
  prefetching(fallback?: Speller): boolean {
    if (!this.files || suggestionMode === 'main') return false;
    const spent = this.localVerdictMs + this.localSuggestMs + (fallback ? fallback.localVerdictMs : 0);
    return !(suggestionMode === 'auto' && !readyWorker(this.language) && spent < WORKER_AFTER_MS);
  }

  /** The worker's verdict, if it has one; otherwise marks the word as taken by this thread. */
  private prefetched(word: string): boolean | undefined {
    for (let j = this.jobs.length - 1; j >= 0; j--) {
      const { index, flags } = this.jobs[j];
      const i = index.get(word);
      if (i === undefined) continue;
      const f = Atomics.compareExchange(flags, i, 0, 3);
      if (f === 0 && this.asking) return this.askAhead(this.jobs[j], i);
      return f === 1 ? true : f === 2 ? false : undefined;
    }
    return undefined;
  }

  /**
   * Without an engine here: the verdict on slot `i` of a job the worker has not reached, asked
   * of the worker with the next slots it has not reached either (one wait for up to
   * `ASK_AHEAD` words instead of one each: the document is read in the order the job has).
   * The slots are this thread's (3) until their verdicts are stored. Undefined when the
   * worker gave no answer: the slots stay this thread's, which spells them itself.
   */
  private askAhead(job: { flags: Int8Array; words: readonly string[]; lower: boolean }, i: number): boolean | undefined {
    const { flags, words, lower } = job;
    const slots = [i];
    for (let k = i + 1; k < words.length && slots.length < ASK_AHEAD; k++) if (Atomics.compareExchange(flags, k, 0, 3) === 0) slots.push(k);
    const answer = this.ask(slots.map((k) => (lower ? words[k].toLowerCase() : words[k])));
    if (answer === undefined) return undefined;
    slots.forEach((k, n) => Atomics.store(flags, k, answer[n]));
    return answer[0] === 1;
  }

  /**
   * The worker's verdicts (1 known, 2 unknown), while this thread has no engine and asks it
   * (`remote`); undefined when it cannot answer, which ends asking.
   */
  private ask(words: readonly string[]): Int32Array | undefined {
    // (Not a worker started anew: one closed since has not loaded the language.)
    const worker = hasOrLoadsWorker(this.language);
    const ready = worker?.ready(this.language) ?? false;
    const start = performance.now();
    const answer = worker?.spellSync(this.language, words, REMOTE_TIMEOUT_MS);
    if (ready) this.remoteMs += performance.now() - start;
    if (answer === undefined || this.remoteMs > REMOTE_BUDGET_MS) this.remote = false;
    if (answer !== undefined) this.stats.verdictsAsked += words.length;
    return answer;
  }

  /**
   * Hand the worker the words a document is about to ask about, so that their first
   * verdicts are computed on the other core while this thread segments and checks.
   * Verdicts stay exact: they come from the same engine, and a word the worker has not
   * reached yet is checked here as before. For the words this language rejects, the
   * `fallback` speller (English, for the untranslated-word check) gets the verdicts of
   * their lower-case forms. The worker starts once this thread has spent `WORKER_AFTER_MS`
   * on Hunspell (in a batch, after a few documents); before that this does nothing. A single
   * long document with the default suggestion budget does not start it: it would gain about
   * 6 % for ~45 MB more memory. Returns whether the words went to the worker. `owner` names the
   * document they are for: `releasePrefetched(owner)` lets them go once it is checked.
   */
  prefetch(words: Iterable<string>, fallback?: Speller, owner?: object): boolean {
    if (!this.files || !this.prefetching(fallback)) return false;
    const starting = suggestionMode === 'auto' && !readyWorker(this.language);
    // The words not judged yet, each with its slot in the shared flags, in document order.
    const index = new Map<string, number>();
    // (Distinct words, judged or not, counted only while deciding whether to start the worker.)
    const seen = starting ? new Set<string>() : undefined;
    for (const w of words) {
      if (w.length > MAX_WORD_LENGTH) continue;
      if (seen) {
        if (seen.has(w)) continue;
        seen.add(w);
        // Deciding whether to start the worker: the first 2,000 distinct words tell.
        if (seen.size === 2000 && index.size + (this.verdicts.has(w) ? 0 : 1) < START_NEW_SHARE * seen.size) return false;
      }
      if (!index.has(w) && !this.verdicts.has(w)) index.set(w, index.size);
    }
    if (index.size === 0) return false;
    // Before the worker runs, a document whose words are nearly all known already does not
    // start it (it costs ~45 MB): checking a long text again has 0.2 % new words, a batch's
    // next article about a third.
    if (seen && index.size < START_NEW_SHARE * seen.size) return false;
    const fresh = [...index.keys()];
    const worker = suggestionWorker();
    worker.load(this.files);
    const flags = new Int8Array(new SharedArrayBuffer(fresh.length));
    this.addJob(index, flags, fresh, false, owner);
    let other: { language: string; flags: Int8Array } | undefined;
    if (fallback?.files && fallback !== this) {
      worker.load(fallback.files);
      other = { language: fallback.language, flags: new Int8Array(new SharedArrayBuffer(fresh.length)) };
      const index = new Map<string, number>();
      fresh.forEach((w, i) => {
        const lower = w.toLowerCase();
        if (!index.has(lower)) index.set(lower, i);
      });
      fallback.addJob(index, other.flags, fresh, true, owner);
    }
    worker.prefetch(this.language, fresh, flags, other);
    return true;
  }

  private addJob(index: Map<string, number>, flags: Int8Array, words: readonly string[], lower: boolean, owner: object | undefined): void {
    // One job per document in flight (the CLI's concurrency, two per core); older ones are done or moot.
    if (this.jobs.length >= 16) this.jobs.shift();
    this.jobs.push({ index, flags, words, lower, owner });
    withJobs.add(this);
  }

  /** Let go of the verdicts computed ahead for `owner`'s document (see `releasePrefetched`). */
  release(owner: object): void {
    if (this.jobs.some((j) => j.owner === owner)) this.jobs = this.jobs.filter((j) => j.owner !== owner);
    if (this.jobs.length === 0) withJobs.delete(this);
  }

  /** Hunspell's suggestions for a word it rejects (empty for a correct word). */
  suggest(word: string): string[] {
    if (word.length > MAX_WORD_LENGTH) return [];
    let s = this.suggestions.get(word);
    if (s === undefined) {
      const engine = this.engine;
      const start = performance.now();
      s = engine.suggest(word);
      this.localSuggestMs += performance.now() - start;
      this.stats.suggestionsHere++;
      this.remember(word, s);
    }
    return s;
  }

  /**
   * The same suggestions, computed in the suggestion worker when it is running (so the
   * main thread goes on with other documents meanwhile), else here. See `suggest-worker.ts`.
   */
  suggestAsync(word: string): Promise<string[]> {
    if (word.length > MAX_WORD_LENGTH) return Promise.resolve([]);
    const cached = this.suggestions.get(word);
    if (cached) return Promise.resolve(cached);
    const pending = this.inFlight.get(word);
    if (pending) return pending;
    if (this.files && suggestionMode !== 'main') {
      if (suggestionMode === 'worker' || suggestionMode === 'remote' || this.localSuggestMs >= WORKER_AFTER_MS) suggestionWorker().load(this.files);
      // (A speller without an engine of its own sends them while the worker still builds its engine.)
      const remote = this.asking ? hasOrLoadsWorker(this.language) : readyWorker(this.language);
      if (remote) {
        const p = remote.suggest(this.language, word).then(
          (s) => {
            this.inFlight.delete(word);
            this.stats.suggestionsInWorker++;
            this.remember(word, s);
            return s;
          },
          () => {
            // The worker failed: the main thread suggests (the same result).
            this.inFlight.delete(word);
            return this.suggest(word);
          },
        );
        this.inFlight.set(word, p);
        return p;
      }
    }
    return Promise.resolve(this.suggest(word));
  }

  private remember(word: string, s: string[]): void {
    if (this.suggestions.size >= CACHE_LIMIT / 10) this.suggestions.clear();
    this.suggestions.set(word, s);
  }
}

/** The spellers that hold verdicts computed ahead (see `Speller.prefetch`). */
const withJobs = new Set<Speller>();

/**
 * Let go of the verdicts the worker computed ahead for a document (`owner`, as given to
 * `Speller.prefetch`), once it is checked: each job holds the document's distinct words, a map
 * of them and their flags (for a 700 KB document some 4 MB, in both its language's speller and
 * English's), which had stayed until 16 later documents pushed them out, through a long
 * document's findings, score and reports. A word asked later is spelled here, the same verdict.
 */
export function releasePrefetched(owner: object): void {
  for (const speller of [...withJobs]) speller.release(owner);
}

/**
 * The stems of a .dic that start with a capital and go on in lower case ("Aachen/M",
 * "Mason/M"): names. All-capital stems (acronyms) and the count on the first line are left out.
 */
export function capitalizedEntries(dic: string): Set<string> {
  const out = new Set<string>();
  for (const m of dic.matchAll(/^(\p{Lu}[^/\s]*\p{Ll}[^/\s]*)(?:[/\s]|$)/gmu)) out.add(detached(m[1]));
  return out;
}

/**
 * A copy of a word cut out of a dictionary's text that does not keep the whole text alive. V8
 * cuts a substring of 13 characters or more as a view of its parent: a set of such words, kept
 * for the process, had kept each .dic read (dictionary-de: 2.2 MB as a string) in memory too.
 */
export function detached(word: string): string {
  return word.length < 13 ? word : (' ' + word).slice(1);
}

/** A suffix rule of an .aff: the flag, the letters it strips and adds, and the condition on the stem (at its end). */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

/**
 * For `isCommonNoun`: the capitalized stems of a .dic with their flags, and the .aff's suffix
 * rules ("SFX N 0 n .") of the given flags. (Single-letter flags, as dictionary-de writes them.)
 */
export function nounEntries(dic: string, aff: string, flags: string): { stems: Map<string, string>; rules: SuffixRule[] } {
  // (Only the stems with one of the flags, and only those flags: the rest is never asked, and the
  // map stays for the process: 10,000 of dictionary-de's 25,000 capitalized stems.)
  const stems = new Map<string, string>();
  for (const m of dic.matchAll(/^(\p{Lu}[^/\s]*\p{Ll}[^/\s]*)\/(\S+)/gmu)) {
    let own = '';
    for (const c of m[2]) if (flags.includes(c)) own += c;
    if (own !== '') stems.set(detached(m[1]), (stems.get(m[1]) ?? '') + own);
  }
  const rules: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' || f.length < 5 || f[1].length !== 1 || !flags.includes(f[1])) continue;
    const condition = hunspellCondition(f[4]);
    if (!condition) continue;
    rules.push({ flag: f[1], strip: f[2] === '0' ? '' : f[2], add: f[3] === '0' ? '' : f[3].split('/')[0], condition });
  }
  return { stems, rules };
}

/** A Hunspell affix condition ("[^e]", "en", ".") as a regular expression on a stem's end, or undefined when it is none. */
function hunspellCondition(cond: string): RegExp | undefined {
  let out = '';
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i];
    if (c === '.') out += '.';
    else if (c === '[') {
      const close = cond.indexOf(']', i);
      if (close < 0) return undefined;
      const body = cond.slice(i + 1, close);
      const negated = body.startsWith('^');
      out += `[${negated ? '^' : ''}${[...(negated ? body.slice(1) : body)].map((x) => x.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
      i = close;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  // (A fixed number of single characters, anchored at the end: no backtracking.)
  return new RegExp(`${out}$`, 'u');
}

const spellers = new Map<string, Promise<Speller>>();

/** Resolve a dictionary package's directory (it ships `index.aff` and `index.dic`). */
function dictionaryDir(pkg: string): string {
  // The packages export only `index.js`, which sits beside `index.aff` and `index.dic`.
  return path.dirname(require.resolve(pkg));
}

/**
 * The shared speller of a language, or of one of its regions (`profile.regions`: "CH" for
 * Swiss German), loading its dictionary on first use. The speller's `language` is the
 * locale's tag ("de", "de-CH"): the spelling worker keeps its engines by it.
 */
export function loadSpeller(profile: LanguageProfile, region?: string): Promise<Speller> {
  const pkg = region === undefined ? profile.dictionary : profile.regions?.[region];
  if (pkg === undefined) return Promise.reject(new RangeError(`no ${profile.name} dictionary for the region ${region}`));
  const id = region === undefined ? profile.code : `${profile.code}-${region}`;
  let s = spellers.get(id);
  if (!s) {
    s = (async () => {
      const dir = dictionaryDir(pkg);
      const dicPath = path.join(dir, 'index.dic');
      // In the `remote` mode the spelling worker builds its engine at once, and this thread
      // builds its own only when it needs one (see `Speller.spell`): a single article's
      // verdicts all come from the worker, and the ~0.25 s that German's and English's
      // engines take to build is spent on the other core.
      const lazy = suggestionMode === 'remote';
      // (Nor does it wait for the module's compiling, on V8's background threads, which a busy
      // machine may leave waiting: a build here compiles it itself if it must.)
      const [, rawAff, dic] = await Promise.all([lazy ? undefined : kit().prepare(), readFile(path.join(dir, 'index.aff')), lazy ? undefined : readFile(dicPath)]);
      const aff = suggestionAff(rawAff, profile.suggestionTryWithout);
      const files: EngineFiles = { language: id, aff, dicPath };
      const build = (dicBytes: Buffer) => kit().build(id, aff, dicBytes);
      if (lazy) suggestionWorker().load(files);
      return new Speller(
        id,
        dic === undefined ? () => build(readFileSync(dicPath)) : build(dic),
        files,
        profile.wordList ? loadWordList(profile.wordList) : undefined,
        region !== undefined && (profile.ssForSharpS?.includes(region) ?? false),
        region !== undefined && (profile.izeForIse?.includes(region) ?? false),
      );
    })();
    spellers.set(id, s);
    s.catch(() => spellers.delete(id));
  }
  return s;
}
