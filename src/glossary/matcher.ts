/**
 * The compiled glossary: every forbidden variant of every entry, per language, in one
 * token trie keyed by lower-cased words. Matching walks the trie from each word, so
 * the cost per word does not grow with the number of entries. Variants match across
 * any whitespace or a hyphen between their words ("Tick Tack", "Tick\nTack",
 * "Tick-Tack-Videos"), never inside a word, and the last word may carry one of the
 * language's inflectional endings ("Tick Tacks" → "TikToks"), which the replacement keeps.
 */
import { COMBINING_MARK, foldApostrophes, onlyWhitespace, type Segmented } from '../core/segment.js';
import { afterOpeningMark, soundOf } from '../languages/indefinite-article.js';
import { profileFor, wordsOfAll } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { agreementOf, articleFor, isAgreeingArticle, onlyPlural, type Features } from '../languages/agreement.js';
import { GlossaryError, type GlossaryEntry } from './types.js';
import { builtinAcceptedWords, entryPlace } from './load.js';

/**
 * What a path through the trie means: a forbidden variant (`wrong`, listed or derived,
 * e.g. a person's given names swapped), or the canonical term itself (`term`), which
 * is found for first-mention, consistency and source checks, and is a finding only
 * when written with other separators ("Pierre Richard Prosper" for "Pierre-Richard Prosper").
 */
interface Variant {
  entry: GlossaryEntry;
  kind: 'wrong' | 'term';
  /** The variant's words as written. */
  words: string[];
  /** For `term`: the separators between the words of the canonical form ('-' or ' '). */
  separators: string[];
  /** A variant listed under `review`: suggested, never replaced automatically. */
  review?: boolean;
  /**
   * In a language whose adjectives decline (`adjectiveEndings`, German): how many leading words
   * of the variant are adjectives ("Föderale Verfassungsgericht": one), written in their form in
   * -e; the text may give them any of the adjective's endings ("Föderales", "Föderalen").
   */
  adjectives?: number;
  /**
   * A variant listed with its adjectives in another form than the one in -e ("Föderales
   * Verfassungsgericht", "Europäischen Zentralen Bank"): the variant in that form, which a
   * language whose adjectives decline matches instead, so that every case is read alike.
   */
  base?: Variant;
  /** Such a form in -e that no file lists: matched only in a language whose adjectives decline. */
  derived?: boolean;
  /** For a variant with adjectives: the adjectives of each listed variant it stands for, as written ("Föderales"). */
  forms?: string[][];
}

interface TrieNode {
  /** The words that go on from here; a node without any (most: the last word of a variant) shares one empty map, read only. */
  children: ReadonlyMap<string, TrieNode>;
  variants: Variant[];
}

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /**
   * `wrong`: a forbidden variant; `form`: the term with other separators; both are
   * findings with `replacement`. `term`: the canonical term, correctly written.
   */
  kind: 'wrong' | 'form' | 'term';
  /** The words of the variant matched, as the glossary has them (adjectives in their form in -e). */
  words: readonly string[];
  /** Block-text offsets of the match (ending included). */
  start: number;
  end: number;
  /** The canonical term with the matched ending, capitalized like the match where needed. */
  replacement: string;
  ending: string;
  /**
   * Set when the replacement is a suggestion for an editor, not a safe fix, and why:
   * `ambiguous`, the variant is listed for review (it is right in other contexts); `form`,
   * the form cannot be fixed by rule (an ending after a term that ends in punctuation,
   * "… (BSI)", an ending that may be a compound's joint, a word inflected inside the variant).
   */
  review?: 'ambiguous' | 'form';
  /**
   * Where the match was widened to take in the article before the term (`articleBefore`): its
   * start and replacement without it, for a text whose source has markup between the two
   * ("a [Pinstagram](url)" in Markdown), which a replacement of both would drop.
   */
  withoutArticle?: { start: number; replacement: string };
  /** The article's own fix where the match could not take it in (see `withoutArticle`): block offsets and text. */
  articleFix?: { start: number; end: number; text: string };
  /**
   * Why a variant is `ambiguous` that the glossary lists to replace: `hyphenated`, the text
   * writes its words as one hyphenated word of their own ("das Tick-Tack der Uhr", a word
   * of the language; "Tick-Tack-Videos", a compound, is still replaced); `quoted`, the
   * variant alone in quotation marks, a title or a quotation (Kesha's song “Tik Tok”, “Tik
   * Tok,” in American punctuation); `titled`, after a noun that names a work (the profile's
   * `workNouns`: "her debut single Tik Tok", "la canción Tik Tok").
   */
  why?: 'hyphenated' | 'quoted' | 'titled' | 'named' | 'near' | 'article' | 'compound' | 'punctuation' | 'elided';
  /**
   * For `elided`: the replacements the editor chooses among, one for each article the elided one
   * stands for ("le TikTok", "la TikTok" for "l’Tick Tack"); `replacement` is the first.
   */
  alternatives?: string[];
  /**
   * For `article`: the article (or articulated preposition) right before the variant as written
   * ("Los", "della"), which the term does not agree with (`disagrees`: the replacement then
   * begins with the article that does, "La Deutsche Bahn", where the language tells which), or
   * may not (`unknown`: the glossary gives no gender or number for the term, and the variant
   * and the term have no noun in common).
   */
  article?: { written: string; agreement: 'disagrees' | 'unknown' };
  /**
   * A variant as the first part of a closed compound ("Komissionsmitglieder",
   * "Volkswagonkonzern"): the rest of the word after it, linking element and head ("smitglieder").
   * Fixed where the term is the variant's word spelt otherwise (so it takes the same linking
   * element); else a suggestion (`why: 'compound'`).
   */
  compound?: string;
  /** For `titled`: the noun that names the work ("Single", "Spiel"); for `near`, the entry's `reviewNear` word in the sentence ("Uhr"). */
  titledBy?: string;
  /** A `form`: the term in another letter case, where its words have capitals inside ("Whatsapp", "iphone" for "WhatsApp", "iPhone"). */
  recased?: boolean;
  /** The replacement is the term declined as the text declines the variant (`declineTerm`): the term's own form, and the adjectives given an ending. */
  declined?: { term: string; adjectives: string[] };
  /**
   * The variant's adjectives as the glossary lists them, where the text gives them another
   * ending ("Föderales" for the text's "Föderalen"): a match only where each is an adjective,
   * a word the dictionary knows in small letters (the rule asks it): "Werder" of "Werder
   * Bremen" is no adjective, and "Werden Bremen" no form of it.
   */
  adjectiveForms?: string[];
}

/** The end of a number, and the space after it ("10 ", "18.30 "). */
const AFTER_NUMBER = /\p{N}[.:]?[ \u00A0\u202F]*$/u;

/** How many words either way `nearWord` reads at most. */
const NEAR_REACH = 60;

/**
 * The first of an entry's `reviewNear` words in the sentence of the tokens `first`…`last` (as
 * the segmenter ends sentences: not at "ca." or "3.5"; at most 60 words either way), as written
 * there; whole words, any case, with the language's endings ("Uhren" for "Uhr").
 */
function nearWord(
  text: string,
  toks: readonly SubToken[],
  first: number,
  last: number,
  words: readonly string[],
  endings: readonly string[],
  abbreviations: ReadonlySet<string> | undefined,
): string | undefined {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  // (Not after a number: "um 10 Uhr", "gegen 18.30 Uhr" tell a time, not a clock's tick.)
  const near = (t: SubToken): boolean =>
    (wanted.has(t.lower) || endings.some((e) => t.lower.length > e.length && t.lower.endsWith(e) && wanted.has(t.lower.slice(0, -e.length)))) &&
    !AFTER_NUMBER.test(text.slice(Math.max(0, t.start - 4), t.start));
  // A sentence start right after an abbreviation's period is none ("Dr. Tick Tack", "Nr. 12",
  // "M. Dupont"): the segmenter ends a sentence there before a capital or a digit.
  const starts = (k: number): boolean => {
    if (!toks[k].sentenceStart || k === 0) return toks[k].sentenceStart;
    const before = toks[k - 1];
    if (text[before.end] !== '.') return true;
    // (An initial is one capital letter: a short noun ends its sentence, "Er nutzt Tick Tack
    // jeden Tag. Der Wecker klingelt.")
    return !((abbreviations?.has(before.lower) ?? false) || /^\p{Lu}$/u.test(before.value));
  };
  for (let k = first - 1; k >= 0 && first - k <= NEAR_REACH && !starts(first); k--) {
    if (near(toks[k])) return toks[k].value;
    if (starts(k)) break;
  }
  for (let k = last + 1; k < toks.length && k - last <= NEAR_REACH && !starts(k); k++) if (near(toks[k])) return toks[k].value;
  return undefined;
}

interface SubToken {
  value: string;
  lower: string;
  start: number;
  end: number;
  /**
   * How it is joined to the previous sub-token: inside one word by a hyphen, by whitespace (soft
   * hyphens in it too), by a dash written straight between the two words ("Tick–Tack", an en or
   * em dash that machine translation and editors write for a hyphen or a space), or otherwise.
   */
  joint: 'hyphen' | 'space' | 'dash' | 'other';
  sentenceStart: boolean;
  /** Length of an elided article written onto the word ("d’" in "d’HikVision"); 0 for none. */
  cut: number;
}

const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
const newNode = (): TrieNode => ({ children: NO_CHILDREN, variants: [] });

/** A node of the trie of letters of the variants that may begin a closed compound. */
interface LetterNode {
  next: Map<number, LetterNode>;
  variants?: Variant[];
}

/** What the matcher asks the language's dictionary (a `Speller`): whether it knows a word, and whether it lists one as a capitalized entry of its own. */
export interface WordCheck {
  correct(word: string): boolean;
  isName(word: string): boolean;
}

/** Whether a UTF-16 code unit is one `\s` matches (without a regular expression for ASCII). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE_UNIT.test(String.fromCharCode(c));
}
const WHITESPACE_UNIT = /^\s$/;

/** Whether a code unit is a hyphen as variants are split at: "-", U+2010, U+2011. */
function isHyphenUnit(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Split a phrase into its words: on whitespace and hyphens. */
export function phraseWords(phrase: string): string[] {
  // (As `phrase.split(/[\s\-‐‑]+/u).filter(Boolean)`, without a regular expression: asked for
  // every term and variant when a glossary is compiled.)
  const out: string[] = [];
  let from = -1;
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (isHyphenUnit(c) || isSpaceUnit(c)) {
      if (from >= 0) out.push(phrase.slice(from, k));
      from = -1;
    } else if (from < 0) from = k;
  }
  if (from >= 0) out.push(from === 0 ? phrase : phrase.slice(from));
  return out;
}

/** The separators between a phrase's words: '-' for a hyphen, ' ' for whitespace. */
function phraseSeparators(phrase: string): string[] {
  // (Each run of whitespace and hyphens in the trimmed phrase: '-' where it has a hyphen.)
  const trimmed = phrase.trim();
  const out: string[] = [];
  let run = 0; // 0: not in a run; 1: a run of whitespace; 2: a run with a hyphen
  for (let k = 0; k < trimmed.length; k++) {
    const c = trimmed.charCodeAt(k);
    if (isHyphenUnit(c)) run = 2;
    else if (isSpaceUnit(c)) run ||= 1;
    else if (run > 0) {
      out.push(run === 2 ? '-' : ' ');
      run = 0;
    }
  }
  if (run > 0) out.push(run === 2 ? '-' : ' ');
  return out;
}

/**
 * Words in small letters, apostrophes folded, in a list built by pushing: `map`'s lists are of
 * another kind once V8 has optimized it than before, and reading them then threw the optimized
 * compiling away, twice in a glossary of 10,000 entries.
 */
function foldedWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) out.push(foldApostrophes(words[k].toLowerCase()));
  return out;
}

/** Whether two lists of words are the same words (as their joins with spaces are: no word has a space). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Permutations of a list (for a person's given names; at most a handful). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * The derived variants of a person entry: given names in every other order. The family
 * name is the last word, or everything from the first lower-case particle on
 * ("Ursula | von der Leyen"), and never moves.
 */
function personVariants(entry: GlossaryEntry): string[][] {
  const words = phraseWords(entry.term);
  if (entry.type !== 'person' || words.length < 3 || words.length > 6) return [];
  const particle = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
  const split = particle > 0 ? particle : words.length - 1;
  const given = words.slice(0, split);
  const family = words.slice(split);
  if (given.length < 2) return [];
  const canonical = given.join(' ');
  return permutations(given)
    .filter((p) => p.join(' ') !== canonical)
    .map((p) => [...p, ...family]);
}

/**
 * Words that say an old or other name follows ("früher auch Sinkiang", "die damals Sinkiang
 * genannt wurde"), the words that may stand between such a word and the name ("auch", "known
 * as"), and the words right after a name that say it is one ("genannt"): every language's (the
 * profiles' `oldNames`), whatever the text's.
 */
const FORMER_WORDS = wordsOfAll((p) => p.oldNames?.cues);
const FORMER_FILLERS = wordsOfAll((p) => p.oldNames?.fillers);
const NAMING_AFTER = wordsOfAll((p) => p.oldNames?.after);

/**
 * Whether a variant is named on purpose, as an old or other name: in apposition after a word
 * that introduces one ("Xinjiang, früher auch Sinkiang": the word after a comma or bracket,
 * then only "auch", "als", "known as" and the like before the variant), or right before a word
 * that names it ("die damals Sinkiang genannt wurde"). Not an adverb anywhere before it:
 * "Früher nutzte sie Tick Tack", "Er war früher in Sinkiang" are corrected.
 */
function namesOldForm(toks: SubToken[], i: number, end: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && FORMER_FILLERS.has(toks[k].lower) && !toks[k].sentenceStart) k--;
  if (k >= 0 && k < i && FORMER_WORDS.has(toks[k].lower) && (toks[k].joint === 'other' || toks[k].sentenceStart)) return true;
  let j = i;
  while (j < toks.length && toks[j].end <= end) j++;
  return toks[j] !== undefined && !toks[j].sentenceStart && NAMING_AFTER.has(toks[j].lower);
}

/** Whether the text at `start` writes the entry's term, of which `start…end` is only the beginning. */
function writesTerm(text: string, start: number, end: number, entry: GlossaryEntry): boolean {
  const { term } = entry;
  if (term.length <= end - start) return false;
  // (In any case: a headline in capitals writes "JEOPARDY!", and a variant in other case,
  // "Apple inc", stands before the term's period as well.)
  return foldApostrophes(text.slice(start, start + term.length).toLowerCase()) === foldApostrophes(term.toLowerCase());
}

/** Whether the text at `start` is the end of the entry's term, which begins with marks written before it. */
function writtenAfterLead(text: string, start: number, term: string): boolean {
  const lead = /^[^\p{L}\p{N}]+/u.exec(term)?.[0];
  if (!lead || start < lead.length) return false;
  const from = start - lead.length;
  return foldApostrophes(text.slice(from, from + term.length).toLowerCase()) === foldApostrophes(term.toLowerCase());
}

/** A word folded for comparing spellings: lower case, without accents (umlauts too). */
function foldWord(word: string): string {
  return foldApostrophes(word.toLowerCase()).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Whether two words are one word spelt two ways ("Komission" and "Kommission", "uighurisch"
 * and "uigurisch"): the same last two letters (which decide how a word declines) and at most
 * one edit in four letters. "Handy" and "Mobiltelefon", "Bundesheer" and "Bundeswehr" are not.
 */
export function spelledAlike(a: string, b: string): boolean {
  const x = foldWord(a);
  const y = foldWord(b);
  if (x.length < 2 || y.length < 2 || x.slice(-2) !== y.slice(-2)) return false;
  const limit = Math.max(1, Math.floor(Math.min(x.length, y.length) / 4));
  if (Math.abs(x.length - y.length) > limit) return false;
  // Levenshtein distance, two rows (words are short; compiled per match with an ending only).
  let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let r = 1; r <= x.length; r++) {
    const cur = [r];
    for (let c = 1; c <= y.length; c++) cur[c] = Math.min(prev[c] + 1, cur[c - 1] + 1, prev[c - 1] + (x[r - 1] === y[c - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] <= limit;
}

/**
 * Whether a variant's ending can be written onto its term: the term names someone or something
 * (a person, brand or place; or a term written like a name, "TikTok", "iPhone", "G7": capitals
 * or digits inside its last word), or it is the variant's word spelt otherwise (`spelledAlike`), or
 * both end in one noun (`sameHead`: "Verfassungsgerichts" → "Bundesverfassungsgerichts").
 */
function takesEnding(v: Variant): boolean {
  if (NAME_TYPES.has(v.entry.type)) return true;
  const last = phraseWords(v.entry.term).at(-1) ?? '';
  const own = v.words[v.words.length - 1];
  return /\p{Lu}|\p{N}/u.test(last.slice(1)) || spelledAlike(own, last) || sameHead(own, last);
}

/** Entry types that name someone or something: they take a language's `nameEndings` only. */
const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'brand', 'place']);

export class LanguageMatcher {
  readonly language: string;
  private readonly root: TrieNode;
  private readonly endings: readonly string[];
  /** The last code unit of each of `endings`: a word that ends otherwise takes none of them. */
  private readonly endingLast: ReadonlySet<number> | undefined;
  /** The endings a name takes (`nameEndings`), apostrophes folded; undefined: all of `endings`. */
  private readonly nameEndings: ReadonlySet<string> | undefined;
  /** The endings of adjectives in -e in a name (`adjectiveEndings`): inner inflection carried onto the term. */
  private readonly adjectiveEndings: readonly string[] | undefined;
  /** The endings a word before a variant's last may carry: the noun endings, and the adjective endings where adjectives decline. */
  private readonly innerEndings: readonly string[];
  private readonly possessive: LanguageProfile['possessive'];
  /** The words that elide before a vowel (`LanguageProfile.elides`). */
  private readonly elides: LanguageProfile['elides'];
  /** The conflicts between entries found while compiling (a variant of two terms, a variant that is a term), thrown together. */
  private readonly conflicts: GlossaryError[] = [];
  /** The apostrophe of the block being matched, for one the glossary writes ("Scholz’"): its text's, else the typographic one. */
  private apostrophe = '’';
  /** The text of the block being matched (`match`'s `text`). */
  private text = '';
  /** The language's elided words ("d’HikVision": the variant is the word after them). */
  private readonly elision: RegExp | undefined;
  private readonly workNouns: ReadonlySet<string> | undefined;
  /** The language's profile (its `agreement`, `capitalizesNouns`, `clauseComma` and `articleForms` are read for an article before a variant). */
  private readonly profile: LanguageProfile | undefined;
  private readonly abbreviations: ReadonlySet<string> | undefined;
  private readonly dotted: Set<string>;
  /** Words of canonical terms, accepted by the spelling check. */
  readonly termWords: Set<string>;
  /** Every word of the trie (terms' and variants'), lower case: a word hyphenated at a line's end is joined when it is one. */
  private words = new Set<string>();
  /** The entries compiled, in order (another language with the same entries shares the trie). */
  readonly entries: readonly GlossaryEntry[];
  /** First letters (UTF-16 code units) and lengths of the first words of variants of several words. */
  private firstChars = new Uint8Array(0);
  private firstLengths: ReadonlySet<number> = new Set();
  /**
   * The variants that may begin a closed compound (one word of letters, four at least, with a
   * capital first and small letters after, of an entry for a language that closes compounds:
   * the profile's `unlistedCompounds`), in a trie of their letters in small ones, which a word
   * of the text is walked down only as far as it spells one; and their first letters (UTF-16
   * code units), which rule out most words before that.
   */
  private compounds: LetterNode = { next: new Map() };
  private compoundFirst = new Uint8Array(0);
  /** The language's linking elements ("Kommission|s|mitglieder"), where it closes compounds. */
  private readonly links: readonly string[] | undefined;

  constructor(language: string, entries: GlossaryEntry[], same?: LanguageMatcher) {
    this.language = language;
    this.entries = entries;
    this.endings = profileFor(language)?.nounEndings ?? [];
    // (An empty ending, which no profile has, would end every word: then every word is tried.)
    this.endingLast = this.endings.includes('') ? undefined : new Set(this.endings.map((e) => e.charCodeAt(e.length - 1)));
    const names = profileFor(language)?.nameEndings;
    this.nameEndings = names ? new Set(names.map(foldApostrophes)) : undefined;
    this.adjectiveEndings = profileFor(language)?.adjectiveEndings;
    this.innerEndings = this.adjectiveEndings ? [...this.endings, ...this.adjectiveEndings.filter((e) => !this.endings.includes(e))] : this.endings;
    this.possessive = profileFor(language)?.possessive;
    this.elides = profileFor(language)?.elides;
    this.elision = profileFor(language)?.elision;
    this.workNouns = profileFor(language)?.workNouns;
    this.profile = profileFor(language);
    this.links = this.profile?.unlistedCompounds?.links;
    this.abbreviations = profileFor(language)?.abbreviations;
    // The trie depends on the entries only (endings and elision are read when matching).
    if (same) {
      this.root = same.root;
      this.termWords = same.termWords;
      this.words = same.words;
      this.firstChars = same.firstChars;
      this.firstLengths = same.firstLengths;
      this.dotted = same.dotted;
      this.compounds = same.compounds;
      this.compoundFirst = same.compoundFirst;
      return;
    }
    // Words of the entries written with a final period ("Inc." of "Acme Inc."): such a word of
    // the text keeps its period when matched (see `subTokens`).
    this.dotted = new Set<string>();
    const addDotted = (phrase: string) => {
      // (Only a phrase with a period has such a word.)
      if (phrase.includes('.')) for (const w of phrase.split(/[\s\-‐‑]+/u)) if (w.length > 1 && w.endsWith('.')) this.dotted.add(foldApostrophes(w.toLowerCase()));
    };
    for (const e of entries) {
      addDotted(e.term);
      for (const phrase of e.wrong) addDotted(phrase);
      if (e.review) for (const phrase of e.review) addDotted(phrase);
    }
    this.root = newNode();
    this.termWords = new Set<string>();
    const owner = new Map<string, GlossaryEntry>();
    for (const entry of entries) {
      const words = phraseWords(entry.term);
      for (const w of words) this.termWords.add(w);
      const key = words.join(' ').toLowerCase();
      const other = owner.get(key);
      if (other && other !== entry && other.caseSensitive === false) {
        this.conflicts.push(GlossaryError.at(entry.origin.file, entryPlace(entry, 'term'), entry.origin.line, `entry "${entry.term}" duplicates entry "${other.term}" (${other.origin.file}:${other.origin.line})`));
        continue;
      }
      owner.set(key, entry);
      this.insert({ entry, kind: 'term', words, separators: phraseSeparators(entry.term) }, entry.term);
    }
    // (Each entry's variants' words, by the entry's index, for `deriveChained`: split once. An
    // array, not a map by the variant: 20,000 look-ups of a map cost more than the splitting.)
    const variantWords: string[][][] = [];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      const wrongWords: string[][] = (variantWords[e] = []);
      const review = entry.review && entry.review.length > 0 ? new Set(entry.review) : undefined;
      const count = entry.wrong.length + (review?.size ?? 0);
      const listed = review ? [...entry.wrong, ...review] : entry.wrong;
      for (let v = 0; v < count; v++) {
        const wrong = listed[v];
        const words = phraseWords(wrong);
        if (v < entry.wrong.length) wrongWords.push(words);
        const other = owner.get(words.length === 1 ? words[0].toLowerCase() : words.join(' ').toLowerCase());
        if (other && other !== entry) {
          this.conflicts.push(
            GlossaryError.at(
              entry.origin.file,
              variantPlace(entry, wrong),
              entry.origin.line,
              `entry "${entry.term}": variant "${wrong}" is the term of entry "${other.term}" (${other.origin.file}:${other.origin.line}); a replacement must not lead to another entry`,
            ),
          );
          continue;
        }
        if (other === entry && (!entry.caseSensitive || words.join(' ') === phraseWords(entry.term).join(' '))) {
          this.conflicts.push(GlossaryError.at(entry.origin.file, variantPlace(entry, wrong), entry.origin.line, `entry "${entry.term}": variant "${wrong}" is the term itself (separators do not matter)`));
          continue;
        }
        const variant: Variant = { entry, kind: 'wrong', words, separators: phraseSeparators(wrong) };
        if (review?.has(wrong)) variant.review = true;
        if (!this.insert(variant, wrong)) continue;
        this.declinable(variant, wrong, owner);
      }
      for (const words of personVariants(entry)) {
        const node = this.path(words);
        if (node.variants.some((v) => v.entry === entry)) continue; // listed explicitly
        if (node.variants.some((v) => v.entry !== entry)) continue; // another entry's name: leave it to that entry
        node.variants.push({ entry, kind: 'wrong', words, separators: [] });
      }
    }
    this.deriveChained(entries, variantWords);
    // (`words`, every word of the trie, is filled as `path` makes its nodes.)
    this.firstChars = new Uint8Array(65536);
    const lengths = new Set<number>();
    for (const [word, node] of this.root.children) {
      if (node.children.size === 0) continue;
      this.firstChars[word.charCodeAt(0)] = 1;
      lengths.add(word.length);
    }
    this.firstLengths = lengths;
    this.collectCompounds(entries);
    // Every conflict at once, in the files' order (`glossary validate` lists them all).
    if (this.conflicts.length > 0) throw GlossaryError.of(sortedErrors(this.conflicts));
  }

  /**
   * A variant that contains another entry's term ("TikTok Laden", a variant of "TikTok Shop")
   * is also written with that entry's variants ("Tick Tack Laden"): otherwise the first run
   * would fix "Tick Tack" to "TikTok" and only the second would find "TikTok Laden". The
   * derived variants belong to the longer entry, and the longest match wins.
   */
  private deriveChained(entries: GlossaryEntry[], variantWords: ReadonlyArray<readonly string[][]>): void {
    // The terms of entries with variants, by their words in lower case (a look-up per stretch
    // of a variant's words, not a scan of every entry that shares a first word).
    const byTerm = new Map<string, GlossaryEntry[]>();
    let longest = 0;
    for (const entry of entries) {
      if (entry.wrong.length === 0) continue;
      const words = foldedWords(phraseWords(entry.term));
      const key = words.join(' ');
      let list = byTerm.get(key);
      if (!list) byTerm.set(key, (list = []));
      list.push(entry);
      longest = Math.max(longest, words.length);
    }
    if (byTerm.size === 0) return;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      for (let k = 0; k < entry.wrong.length; k++) {
        const words = variantWords[e][k];
        const lower = foldedWords(words);
        for (let p = 0; p < lower.length; p++) {
          for (let n = 1; n <= longest && p + n <= lower.length; n++) {
            // (One word, most stretches: the word itself, not a list joined.)
            for (const inner of byTerm.get(n === 1 ? lower[p] : lower.slice(p, p + n).join(' ')) ?? []) {
              if (inner === entry) continue;
              for (const innerWrong of inner.wrong) {
                const derived = [...words.slice(0, p), ...phraseWords(innerWrong), ...words.slice(p + n)];
                const node = this.path(derived);
                // Listed, or another entry's, as written: left as it is. (The trie's path is the
                // words in small letters: "Tiktok Laden" of "TikTok Laden" is another variant there.)
                if (node.variants.some((v) => !v.entry.caseSensitive || sameWords(v.words, derived))) continue;
                node.variants.push({ entry, kind: 'wrong', words: derived, separators: [] });
              }
            }
          }
        }
      }
    }
  }

  /**
   * For an entry in a language whose adjectives decline (German): a variant whose leading words
   * are adjectives ("Föderales Verfassungsgericht", "Europäischen Zentralen Bank") is matched in
   * the adjectives' form in -e, whatever ending the text or the glossary gives them, and the
   * fix declines the term as the text declines the variant (see `declineTerm`). A listed form in
   * another ending stands for that one (`base`), and another listed form of it adds nothing
   * (`glossary validate` says so: `declinedDuplicates`).
   */
  private declinable(variant: Variant, written: string, owner: ReadonlyMap<string, GlossaryEntry>): void {
    const { entry } = variant;
    const endings = adjectiveEndingsOf(entry);
    if (!endings) return;
    const bases = leadingAdjectives(variant.words, variant.separators, endings, entry.type);
    if (bases.length === 0) return;
    const words = [...bases, ...variant.words.slice(bases.length)];
    const form = variant.words.slice(0, bases.length);
    const node = this.path(words);
    let base = node.variants.find((v) => v.entry === entry && v.kind === 'wrong' && v.adjectives === bases.length && v.words.join(' ') === words.join(' '));
    if (words.join(' ') === variant.words.join(' ')) {
      // Listed in the form in -e: the variant itself (one derived from another listed form before it is this one now).
      if (base && base !== variant) {
        base.derived = undefined;
        base.forms!.push(form);
        return;
      }
      variant.adjectives = bases.length;
      variant.forms = [form];
      return;
    }
    const key = words.join(' ').toLowerCase();
    const other = owner.get(key);
    if (other) {
      this.conflicts.push(
        GlossaryError.at(
          entry.origin.file,
          variantPlace(entry, written),
          entry.origin.line,
          other === entry
            ? `entry "${entry.term}": variant "${written}" is the term itself, declined (right as it is in its case: "${words.join(' ')}" in the form in -e)`
            : `entry "${entry.term}": variant "${written}" is a declined form of the term of entry "${other.term}" (${other.origin.file}:${other.origin.line}); a replacement must not lead to another entry`,
        ),
      );
      return;
    }
    if (!base) {
      base = { entry, kind: 'wrong', words, separators: variant.separators, adjectives: bases.length, derived: true, forms: [], ...(variant.review ? { review: true } : {}) };
      if (!this.insert(base, written, words.join(' '))) return;
    }
    base.forms!.push(form);
    variant.base = base;
  }

  /** The variants that may begin a closed compound (see `compounds`). */
  private collectCompounds(entries: readonly GlossaryEntry[]): void {
    let any = false;
    for (const entry of entries) {
      if (!entry.languages.some((l) => profileFor(l)?.unlistedCompounds)) continue;
      for (const variant of [...entry.wrong, ...(entry.review ?? [])]) {
        if (!/^\p{Lu}\p{Ll}{3,}$/u.test(variant)) continue;
        const key = variant.toLowerCase();
        const v = this.root.children.get(key)?.variants.find((x) => x.entry === entry && x.kind === 'wrong' && x.words.length === 1 && x.words[0] === variant);
        if (!v) continue;
        let node = this.compounds;
        for (let k = 0; k < key.length; k++) {
          const c = key.charCodeAt(k);
          let next = node.next.get(c);
          if (!next) node.next.set(c, (next = { next: new Map() }));
          node = next;
        }
        (node.variants ??= []).push(v);
        any = true;
      }
    }
    if (!any) return;
    this.compoundFirst = new Uint8Array(65536);
    for (const c of this.compounds.next.keys()) this.compoundFirst[c] = 1;
  }

  /**
   * A variant as the first part of a closed compound at token `i` ("Komissionsmitglieder"):
   * the word begins with a capital and the variant as written, and the rest is one of the
   * language's linking elements and a noun the dictionary knows, of three letters at least. Not
   * where the variant is itself a word of the language ("Bahn" in "Bahnchef": a word, whose
   * compounds are words), nor where the dictionary knows the whole word.
   */
  private compoundAt(tok: SubToken, words: WordCheck): GlossaryMatch | undefined {
    const { value, lower } = tok;
    // The variants the word begins with, longest last (a walk down the letters' trie).
    const found: Array<{ n: number; variants: Variant[] }> = [];
    let node: LetterNode | undefined = this.compounds;
    for (let k = 0; k < lower.length - 3 && node; k++) {
      node = node.next.get(lower.charCodeAt(k));
      if (node?.variants) found.push({ n: k + 1, variants: node.variants });
    }
    for (let f = found.length - 1; f >= 0; f--) {
      const { n, variants } = found[f];
      const rest = value.slice(n);
      if (!/^\p{Ll}+$/u.test(rest)) continue;
      for (const v of variants) {
        const variant = v.words[0];
        if (v.entry.caseSensitive && value.slice(0, n) !== variant) continue;
        const link = this.links!.find((l) => rest.startsWith(l) && rest.length - l.length >= 3 && words.correct(rest[l.length].toUpperCase() + rest.slice(l.length + 1)));
        if (link === undefined) continue;
        if (words.correct(value) || words.isName(variant) || words.correct(variant.toLowerCase())) return undefined;
        const term = v.entry.term;
        const head = rest.slice(link.length);
        // The same word spelt otherwise takes the same linking element ("Kommission|s|mitglieder"),
        // and a name joined without one keeps none ("Volkswagen|konzern"): fixed. Another word may
        // take another ("Handy|vertrag", "Mobiltelefon|vertrag"; a term of several words or with
        // capitals inside is hyphenated, "TikTok-Videos"): a suggestion.
        const plain = /^\p{Lu}\p{Ll}+$/u.test(term);
        const safe = plain && !v.review && (spelledAlike(variant, term) || (link === '' && NAME_TYPES.has(v.entry.type)));
        const replacement = plain ? term + rest : `${term.replace(/\s+/gu, '-')}-${head[0].toUpperCase()}${head.slice(1)}`;
        const match: GlossaryMatch = { entry: v.entry, kind: 'wrong', words: v.words, start: tok.start, end: tok.end, replacement, ending: '', compound: rest };
        if (!safe) {
          match.review = 'ambiguous';
          match.why = 'compound';
        }
        return match;
      }
    }
    return undefined;
  }

  private path(words: string[]): TrieNode {
    let node = this.root;
    for (const w of words) {
      const k = foldApostrophes(w.toLowerCase());
      let next = node.children.get(k);
      if (!next) {
        // (A node's own map is made at its first child: see `NO_CHILDREN`.)
        if (node.children === NO_CHILDREN) node.children = new Map();
        (node.children as Map<string, TrieNode>).set(k, (next = newNode()));
        this.words.add(k);
      }
      node = next;
    }
    return node;
  }

  /** Put a variant into the trie; false where it clashes with another entry's (a conflict, said in `conflicts`). */
  private insert(variant: Variant, written: string, as?: string): boolean {
    const node = this.path(variant.words);
    const clash = node.variants.find((v) => v.entry !== variant.entry && (v.entry.caseSensitive && variant.entry.caseSensitive ? sameWords(v.words, variant.words) : true));
    if (clash) {
      const { entry } = variant;
      this.conflicts.push(
        GlossaryError.at(
          entry.origin.file,
          variant.kind === 'term' ? entryPlace(entry, 'term') : variantPlace(entry, written),
          entry.origin.line,
          `entry "${entry.term}": "${written}"${as === undefined ? '' : ` (declined as "${as}")`} is also ${clash.kind === 'term' ? 'the term' : 'a variant'} of entry "${clash.entry.term}" (${clash.entry.origin.file}:${clash.entry.origin.line})`,
        ),
      );
      return false;
    }
    // (The same words with other separators are kept: "Tik Tok" and "Tik-Tok" both listed fix both.)
    if (!node.variants.some((v) => v.entry === variant.entry && v.kind === variant.kind && sameWords(v.words, variant.words) && sameWords(v.separators, variant.separators))) {
      node.variants.push(variant);
    }
    return true;
  }

  /**
   * Find forbidden variants and canonical terms in a segmented block, left to right, longest
   * first. With `words` (the language's dictionary), a variant that begins a closed compound is
   * found too (`compoundAt`).
   */
  /** The dictionary of the block being matched (`match`'s `words`), if any. */
  private wordCheck: WordCheck | undefined;

  /** Whether a word (lower case) is the first word of a variant or term (for `subTokens`; made once, not per block). */
  private readonly isFirstWord = (lower: string): boolean => this.root.children.has(lower);
  /** Whether a word (lower case) is a word of the trie, or one with an ending (for `subTokens`). */
  private readonly isWord = (lower: string): boolean =>
    this.words.has(lower) || this.endings.some((e) => lower.length > e.length + 1 && lower.endsWith(e) && this.words.has(lower.slice(0, -e.length)));

  /**
   * The word before a term that begins with another sound than its variant, in the form the
   * term's sound asks (written into the match, which then begins at that word): English "a", "an"
   * (`indefiniteArticle`: "a Pinstagram post" → "an Instagram post", "an Esnapchat story" → "a
   * Snapchat story"), and the profile's `formsBeforeVowel` (French "du Pinstagram" → "de
   * l’Instagram", Italian "uno Pinstagram" → "un Instagram") and `formsBeforeConsonant` ("cet
   * Esnapchat" → "ce Snapchat"). Only one space (or no-break space) apart, in small
   * letters or with the capital of a sentence's first word ("Plan A Pinstagram" stays); where the
   * sound is not sure ("a Uber"), the article is left to the editor.
   */
  private articleBefore(match: GlossaryMatch, before: SubToken, first: SubToken, text: string, twice?: SubToken): void {
    const profile = this.profile;
    // (One space, or a no-break space, which is kept: "a\u00a0Pinstagram" → "an\u00a0Instagram".
    // Spaces, which the double-space check makes one in prose: written as one here, since its fix
    // overlaps this one and a second run had fixed the article or the gap ("a  Pinstagram" → "an
    // Instagram"); kept on a line with other runs of spaces, a table's, which that check leaves.)
    const gap = text.slice(before.end, first.start);
    if (!profile || (gap !== ' ' && gap !== '\u00a0' && !/^ {2,}$/u.test(gap)) || before.cut > 0) return;
    const space = gap.length > 1 && !otherRunOfSpaces(text, before.end, first.start) ? ' ' : gap;
    const lower = before.value.toLowerCase();
    // (With a capital: a sentence's first word, or one after a quotation mark, a bracket, a dash or
    // a colon, where the indefinite-article check reads a capital "A" too.)
    if (before.value !== lower && !(before.value === lower[0].toUpperCase() + lower.slice(1) && (before.sentenceStart || afterOpeningMark(text, before.start)))) return;
    // (A word of its own, not the end of a hyphenated one: "vitamin-a".)
    if (before.start > 0 && !/[\s"“‘„«(\[—–]/u.test(text[before.start - 1])) return;
    let form: string | undefined;
    const data = profile.indefiniteArticle;
    if (data && (lower === data.consonant || lower === data.vowel)) {
      const sound = soundOf(match.replacement.split(' ')[0], data, () => true);
      if (!sound?.sure) return;
      form = sound.vowel ? data.vowel : data.consonant;
      if (form === lower) return;
      // After a word the dictionary does not know, in small letters or opening the sentence or a
      // quotation: another language's phrase, whose "a" is its own ("grazie a Pinstagram", "Vamos
      // a Pinstagram"), as the indefinite-article check leaves it.
      const p = twice;
      if (
        p && this.wordCheck && p.cut === 0 && /^\p{L}+$/u.test(p.value) && /\p{Ll}/u.test(p.value) && /^\s+$/u.test(text.slice(p.end, before.start)) &&
        (p.value === p.value.toLowerCase() || p.sentenceStart || /["“‘„«(\[]/u.test(text[p.start - 1] ?? '')) &&
        !this.wordCheck.correct(p.value) && !this.wordCheck.correct(p.value.toLowerCase())
      ) return;
    } else if (profile.formsBeforeVowel?.[lower] !== undefined && VOWEL_START.test(match.replacement) && !/^h/iu.test(match.replacement)) {
      form = profile.formsBeforeVowel[lower].replace("'", this.apostrophe);
    } else if (profile.formsBeforeConsonant?.[lower] !== undefined && /^\p{L}/u.test(match.replacement) && !VOWEL_START.test(match.replacement) && !/^h/iu.test(match.replacement)) {
      form = profile.formsBeforeConsonant[lower];
    } else if (profile.formsBeforeLetters) {
      form = formBeforeLetters(profile.formsBeforeLetters, lower, first.value, match.replacement.split(' ')[0]);
    }
    if (form === undefined) return;
    // The article twice ("a a Pinstagram post"): both become the one article ("an Instagram post";
    // changing only the second left "a an Instagram", which no check flags, and repeated-word's
    // fix overlaps this one).
    if (data && twice && twice.lower === lower && twice.cut === 0 && text.slice(twice.end, before.start) === ' ' && before.value === lower && (twice.value === lower || twice.sentenceStart)) before = twice;
    const written = before.value === lower ? form : form[0].toUpperCase() + form.slice(1);
    match.withoutArticle = { start: match.start, replacement: match.replacement };
    match.start = before.start;
    match.replacement = form.endsWith(this.apostrophe) ? `${written}${match.replacement}` : `${written}${space}${match.replacement}`;
  }

  match(seg: Segmented, text: string, words?: WordCheck): GlossaryMatch[] {
    const toks = subTokens(seg, text, this.elision, this.dotted, this.isFirstWord, this.isWord);
    this.apostrophe = !text.includes('’') && text.includes("'") ? "'" : '’';
    this.text = text;
    this.wordCheck = words;
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < toks.length; i++) {
      let m = this.matchAt(toks, i);
      const cut = toks[i].cut;
      let elided: { value: string; start: number } | undefined;
      // (An elided article written in full by the term's gender: it agrees.)
      let inFull = false;
      if (!m && cut > 0) {
        // The word after the elided article, as a token of its own (for this match only).
        const whole = toks[i];
        const value = whole.value.slice(cut);
        toks[i] = { value, lower: whole.lower.slice(cut), start: whole.start + cut, end: whole.end, joint: 'other', sentenceStart: false, cut: 0 };
        m = this.matchAt(toks, i);
        toks[i] = whole;
        if (m) elided = { value: whole.value.slice(0, cut), start: whole.start };
        // The text has its own article: a term written with one ("L’Oréal") goes in without it.
        const own = m && this.elision?.exec(m.match.replacement);
        if (m && own) m.match.replacement = m.match.replacement.slice(own[0].length);
        // A term that begins otherwise than with a vowel takes the elided word in full ("d’Ivory
        // Coast" → "de Côte d’Ivoire"); "l’" stands for "le" or "la", which the term's gender
        // decides: for review.
        // (Nor before an h, mute or aspirated: "d’Hikvision" stays.)
        else if (m && this.elides && !VOWEL_START.test(m.match.replacement) && !/^h/iu.test(m.match.replacement)) {
          const article = whole.value.slice(0, cut - 1);
          const full = Object.keys(this.elides).filter((k) => this.elides![k] === article.toLowerCase());
          const cased = (w: string) => (/^\p{Lu}/u.test(article) ? w[0].toUpperCase() + w.slice(1) : w);
          if (full.length === 1) {
            m.match.start = whole.start;
            m.match.replacement = `${cased(full[0])} ${m.match.replacement}`;
          } else if (full.length > 1 && !m.match.review) {
            // "l’" is "le" or "la" (Italian "il", "lo", "la"; "dell’" "del", "dello", "della"): the
            // form the term's gender and first letters take, where the entry gives its gender
            // ("l’Ivory Coast" → "la Côte d’Ivoire"); else each gender's, for review, never the
            // term alone ("l’TikTok" is no French).
            const match = m.match;
            const features = this.featuresOf(match.entry);
            const agreement = this.profile?.agreement;
            const given = features && agreement ? articleFor(this.profile!, full[0], features, m.match.replacement) : undefined;
            const each = agreement && !features ? [...new Set(agreement.genders.map((gender) => articleFor(this.profile!, full[0], { gender }, match.replacement)))] : [];
            m.match.start = whole.start;
            if (given !== undefined) {
              m.match.replacement = `${cased(given)} ${m.match.replacement}`;
              inFull = true;
            } else {
              const forms = each.length > 0 && each.every((f) => f !== undefined) ? (each as string[]) : full;
              match.alternatives = forms.map((f) => `${cased(f)} ${match.replacement}`);
              m.match.replacement = match.alternatives[0];
              m.match.review = 'form';
              m.match.why = 'elided';
              m.match.article = { written: whole.value.slice(0, cut), agreement: 'unknown' };
            }
          } else if (full.length > 1) m.match.review ??= 'form';
        }
      }
      // (Only a word with a capital whose first letter begins such a variant: most words stop here.)
      if (!m && cut === 0 && words && this.compoundFirst[toks[i].lower.charCodeAt(0)] === 1 && this.links && toks[i].value[0] !== toks[i].lower[0]) {
        const compound = this.compoundAt(toks[i], words);
        if (compound) m = { match: compound, last: i };
      }
      if (m && !inFull && this.profile?.agreement && m.match.kind === 'wrong' && !m.match.review && m.match.compound === undefined) this.agree(m.match, toks, i, m.last, text, elided);
      // The word before a term that begins with a vowel elides ("la NATO" → "l’OTAN", "de OTAN" → "d’OTAN").
      if (m && this.elides && i > 0 && toks[i].joint === 'space' && m.match.start === toks[i].start && VOWEL_START.test(m.match.replacement) && !/^h/iu.test(m.match.replacement)) {
        const before = toks[i - 1];
        const elided = this.elides[before.lower];
        if (elided !== undefined && text.slice(before.end, toks[i].start) === ' ') {
          const written = /^\p{Lu}/u.test(before.value) ? elided[0].toUpperCase() + elided.slice(1) : elided;
          m.match.start = before.start;
          m.match.replacement = `${written}${this.apostrophe}${m.match.replacement}`;
        }
      }
      if (m && i > 0 && m.match.kind === 'wrong' && toks[i].joint === 'space' && m.match.start === toks[i].start) this.articleBefore(m.match, toks[i - 1], toks[i], text, toks[i - 2]);
      if (m) {
        // A possessive apostrophe after a name's variant that ends in a sibilant ("Angela Merz’
        // Rede", "McDonalds’ profits"): the name's possessive, written as the term takes it
        // ("Angela Merkels Rede", "McDonald's profits"), not left behind it ("Merkel’").
        const after = text[m.match.end];
        if (
          this.possessive &&
          (after === "'" || after === '’') &&
          m.match.kind === 'wrong' &&
          m.match.ending === '' &&
          NAME_TYPES.has(m.match.entry.type) &&
          foldApostrophes(m.match.replacement) === foldApostrophes(m.match.entry.term) &&
          /[sßxz]$/iu.test(text.slice(m.match.start, m.match.end)) &&
          !/[\p{L}\p{N}]/u.test(text[m.match.end + 1] ?? '') &&
          // (Not where a single quotation mark opens before it in the paragraph, which the
          // apostrophe may close: "‘we will not pay for Olaf Scholls’,”.)
          !/(?:^|[\s(„“"«])['‘‚‹]\p{L}/u.test(text.slice(Math.max(0, m.match.start - 300), m.match.start + 1))
        ) {
          // (The apostrophe the text writes, in the term's too: "McDonalds’" → "McDonald’s".)
          const styled = after === '’' ? m.match.replacement.replace(/'/g, '’') : m.match.replacement.replace(/’/g, "'");
          m.match.replacement = styled + possessiveEnding(styled, after, this.possessive, this.apostrophe);
          m.match.ending = after;
          m.match.end += 1;
        }
        // A variant the term ends with, after the marks the term begins with ("Ndrangheta" of
        // "'Ndrangheta", "NSYNC" of "*NSYNC"): the text writes the term. ("''Ndrangheta" grew a mark each run.)
        if (m.match.kind === 'wrong' && writtenAfterLead(text, m.match.start, m.match.entry.term)) {
          i = m.last;
          continue;
        }
        // A variant the term begins with, where the text goes on to write the term: "Jeopardy"
        // of "Jeopardy!", "Apple Inc" of "Apple Inc." at a sentence's end (its period is the
        // sentence's too). Nothing to correct; "Jeopardy!!" grew a mark each run.
        if (m.match.kind === 'wrong' && m.match.ending === '' && writesTerm(text, m.match.start, m.match.end, m.match.entry)) {
          // Written as the term, or in capitals (a headline): nothing to correct.
          // In another case ("apple inc." of "Apple Inc."), the variant's own span is corrected
          // to the term's beginning, the mark left where it is (and to the other rules).
          const { term } = m.match.entry;
          const here = text.slice(m.match.start, m.match.start + term.length);
          const tail = term.slice(m.match.end - m.match.start);
          const written = m.match.replacement;
          if (!m.match.entry.caseSensitive || here === term || here === term.toUpperCase() || !written.toLowerCase().endsWith(tail.toLowerCase())) {
            i = m.last;
            continue;
          }
          m.match.replacement = written.slice(0, written.length - tail.length);
          if (m.match.replacement === text.slice(m.match.start, m.match.end)) {
            i = m.last;
            continue;
          }
        }
        // (Also for a form an editor must inflect by hand: the context says it may be no form of the term at all.)
        const near =
          m.match.kind === 'wrong' && m.match.review !== 'ambiguous' && m.match.entry.reviewNear
            ? (compoundNear(toks, i, m.last, m.match.entry.reviewNear) ?? nearWord(text, toks, i, m.last, m.match.entry.reviewNear, this.endings, this.abbreviations))
            : undefined;
        if (near !== undefined) {
          m.match.review = 'ambiguous';
          m.match.why = 'near';
          m.match.titledBy = near;
        } else if (m.match.kind === 'wrong' && !m.match.review && namesOldForm(toks, i, m.match.end)) {
          m.match.review = 'ambiguous';
          m.match.why = 'named';
        } else if (m.match.kind === 'wrong' && !m.match.review && quotedAlone(text, m.match.start, m.match.end)) {
          m.match.review = 'ambiguous';
          m.match.why = 'quoted';
        } else if (
          m.match.kind === 'wrong' &&
          !m.match.review &&
          this.workNouns &&
          ((i > 0 && toks[i].joint === 'space' && this.workNouns.has(toks[i - 1].lower)) || titledQuotation(text, m.match.start, m.match.end, this.workNouns, this.endings) !== undefined)
        ) {
          m.match.review = 'ambiguous';
          m.match.why = 'titled';
          m.match.titledBy = i > 0 && toks[i].joint === 'space' && this.workNouns.has(toks[i - 1].lower) ? toks[i - 1].value : titledQuotation(text, m.match.start, m.match.end, this.workNouns, this.endings);
        }
        out.push(m.match);
        i = m.last;
      }
    }
    return out;
  }

  /**
   * A fix right after an article that the term does not agree with, or may not, is a
   * suggestion (`why: 'article'`): "Los Ferrocarriles Alemanes" → "La Deutsche Bahn" (the entry's
   * `gender: f`), "della IMF" → "Fondo monetario internazionale" (no gender given). The term
   * agrees where the entry's gender and number for the language fit the article (the profile's
   * `agreement`), or, where the entry gives none, where variant and term have one noun (the
   * variant spelt otherwise, "Komission"; one head, "Föderales Verfassungsgericht" and
   * "Bundesverfassungsgericht"). Not for a variant in a compound, nor where the article may
   * belong to another word: a capitalized word after the variant where nouns are capitalized
   * ("der Tick Tack Konzern"), a relative pronoun after a comma ("Nutzer, die Tick Tack …").
   */
  /** The term's gender and number in this language, as the entry gives them (`gender`, `plural`), or undefined. */
  private featuresOf(entry: GlossaryEntry): Features | undefined {
    const gender = entry.gender?.[this.language];
    const plural = entry.plural?.[this.language];
    return gender !== undefined || plural !== undefined ? { gender, plural } : undefined;
  }

  private agree(match: GlossaryMatch, toks: SubToken[], i: number, last: number, text: string, elided: { value: string; start: number } | undefined): void {
    const profile = this.profile!;
    if (toks[i].joint === 'hyphen' || toks[last + 1]?.joint === 'hyphen' || openCompound(text, toks[last].end)) return;
    const after = toks[last + 1];
    if (profile.capitalizesNouns && after && after.joint === 'space' && !after.sentenceStart && /^\p{Lu}/u.test(after.value)) return;
    const straight = (w: string) => foldApostrophes(w.toLowerCase());
    const before = i > 0 && toks[i].joint === 'space' && !toks[i].sentenceStart ? toks[i - 1] : undefined;
    let form: string | undefined;
    let start = 0;
    let end = 0;
    if (elided) {
      const own = straight(elided.value);
      if (before && isAgreeingArticle(profile, `${before.lower} ${own}`)) [form, start] = [`${before.lower} ${own}`, before.start];
      else if (isAgreeingArticle(profile, own)) [form, start] = [own, elided.start];
      end = elided.start + elided.value.length;
    } else if (before) {
      const two = i > 1 && before.joint === 'space' && !before.sentenceStart ? `${toks[i - 2].lower} ${before.lower}` : undefined;
      if (two !== undefined && isAgreeingArticle(profile, two)) [form, start] = [two, toks[i - 2].start];
      else if (isAgreeingArticle(profile, before.lower)) [form, start] = [before.lower, before.start];
      end = before.end;
    }
    if (form === undefined) return;
    const afterComma = profile.clauseComma && /,[ \u00a0]*$/u.test(text.slice(Math.max(0, start - 3), start));
    const { entry } = match;
    // A term that begins with the definite article after the text's own article ("laut dem
    // Spiegl"): that article is the term's, in the text's case ("laut dem Spiegel", never "dem
    // Der Spiegel"). (Not a form of the definite article alone after a comma, the agreement's
    // first four slots, which may be a relative pronoun: "die Firma, die Die Zeit gründete"; ", in
    // der", ", im" are articles.)
    const space = match.replacement.search(/\s/u);
    const relative = afterComma && profile.agreement!.articles.slice(0, 4).some((slot) => Object.values(slot).flat().includes(form));
    if (this.leadingArticle(entry, match.words) && !relative && space > 0 && match.replacement.slice(0, space).toLowerCase() === entry.term.slice(0, space).toLowerCase()) {
      match.replacement = match.replacement.slice(space).trimStart();
      return;
    }
    if (afterComma) return;
    const features = this.featuresOf(entry);
    let verdict = agreementOf(profile, form, features);
    // (A term written with its own elided article, "L’Oréal", is compared without it.)
    const own = this.elision?.exec(entry.term);
    if (verdict === 'unknown' && oneNoun(match.words, own ? entry.term.slice(own[0].length) : entry.term, profile.agreement!.head)) verdict = 'agrees';
    // A name (a brand, a person, a place) whose entry gives no gender: the article the text has
    // stands before it as before the variant, which the journalist listed to be replaced ("dem
    // Tick Tack" → "dem TikTok", "el Tic Tac"); unless the article can only be plural and the entry
    // does not say the term is ("Los Ferrocarriles Alemanes": a name translated into a plural
    // noun). A body or an organisation is a noun phrase whose noun has its own gender ("della
    // IMF" → "del Fondo monetario internazionale"): without its gender it stays a suggestion.
    if (verdict === 'unknown' && features === undefined && NAME_TYPES.has(entry.type) && !onlyPlural(profile, form)) verdict = 'agrees';
    if (verdict === 'agrees') return;
    const written = text.slice(start, end);
    match.review = 'form';
    match.why = 'article';
    match.article = { written, agreement: verdict };
    if (verdict !== 'disagrees') return;
    // (Not where the term's adjectives would change with the article: German "das Föderale …".)
    if (this.adjectiveEndings && leadingAdjectives(entry.term.split(/\s+/u), undefined, this.adjectiveEndings, entry.type).length > 0) return;
    const next = articleFor(profile, form, features, match.replacement);
    if (next === undefined) return;
    const cased = /^\p{Lu}/u.test(written) ? (written.length > 1 && written === written.toUpperCase() ? next.toUpperCase() : next[0].toUpperCase() + next.slice(1)) : next;
    match.replacement = cased.endsWith("'") ? cased.slice(0, -1) + this.apostrophe + match.replacement : `${cased} ${match.replacement}`;
    match.start = start;
  }

  /**
   * The term as a part of a compound: its words hyphenated ("Pierre-Richard-Prosper-Rede"), and
   * where the language makes such compounds, without an article of the language it begins with
   * that the variant lacks ("Spiegel-Interview" of "Der Spiegel"; "Le-Monde-Artikel" keeps French "Le").
   */
  private inCompound(v: Variant): string {
    const words = v.entry.term.split(/\s+/u);
    if (this.leadingArticle(v.entry, v.words)) words.shift();
    return words.join('-');
  }

  /**
   * Whether the term begins with the language's definite article ("Der Spiegel", "Die Zeit")
   * that the variant lacks, where the language makes compounds of nouns (German): the text's own
   * article, or a compound, stands for it. (The agreement's first slot, "der", "die", "das":
   * "Ein Herz für Kinder" keeps its "Ein".)
   */
  private leadingArticle(entry: GlossaryEntry, variantWords: readonly string[]): boolean {
    const definite = this.profile?.capitalizesNouns ? this.profile.agreement?.articles[0] : undefined;
    if (!definite) return false;
    const words = entry.term.split(/\s+/u);
    const first = words[0].toLowerCase();
    return words.length > 1 && Object.values(definite).flat().includes(first) && variantWords[0].toLowerCase() !== first;
  }

  private matchAt(toks: SubToken[], i: number): { match: GlossaryMatch; last: number } | undefined {
    let node = this.root.children.get(toks[i].lower);
    // Inflected single-word variant ("Tacks"); or the first word of a longer one, inflected
    // ("des Bundesbüros für Informationssicherheit").
    const single = this.tryEnding(this.root, toks, i, i, false);
    let inflected = false;
    const more = toks[i + 1] !== undefined && toks[i + 1].joint !== 'other' && this.firstLengths.size > 0;
    if (!node && more) {
      node = this.firstInflected(toks[i]);
      inflected = node !== undefined;
    }
    if (!node) return single;
    const found = this.walk(node, toks, i, inflected);
    if (found) return found;
    // Where adjectives decline, a first word that begins another variant as written may still be
    // an adjective of one in its form in -e ("Föderalen" of "Föderalen Verfassungsgericht" and of
    // "Föderale Gerichtshof").
    if (!inflected && node && more && this.adjectiveEndings) {
      const base = this.firstInflected(toks[i]);
      if (base && base !== node) return this.walk(base, toks, i, true) ?? single;
    }
    return single;
  }

  /** The longest variant under `node` (the first word's) for tokens from `i` on. */
  private walk(start: TrieNode | undefined, toks: SubToken[], i: number, inflected: boolean): { match: GlossaryMatch; last: number } | undefined {
    let best: { match: GlossaryMatch; last: number } | undefined;
    let node = start;
    let j = i;
    while (node) {
      const hit = this.accept(node, toks, i, j, '', inflected);
      if (hit) best = { match: hit, last: j };
      const next = toks[j + 1];
      if (!next || next.joint === 'other') break;
      const ending = this.tryEnding(node, toks, i, j + 1, inflected);
      if (ending) best = ending;
      let child = node.children.get(next.lower);
      // A word inside the variant inflected ("der Europäischen Komission").
      if (!child && toks[j + 2] !== undefined && toks[j + 2].joint !== 'other') {
        child = this.innerEnding(node, next);
        if (child) inflected = true;
      }
      node = child;
      j++;
    }
    return best;
  }

  /**
   * `innerEnding` at the root, for the first word of a text's run: asked at nearly every word
   * of every text, so the first letters and lengths of the variants' first words rule out
   * most words before any string is cut.
   */
  private firstInflected(tok: SubToken): TrieNode | undefined {
    const lower = tok.lower;
    if (this.firstChars[lower.charCodeAt(0)] !== 1) return undefined;
    for (const ending of this.innerEndings) {
      const n = lower.length - ending.length;
      if (n < 2 || !this.firstLengths.has(n) || !lower.endsWith(ending)) continue;
      const child = this.root.children.get(lower.slice(0, n));
      if (child && child.children.size > 0) return child;
    }
    return undefined;
  }

  /** The child of `node` for a word with an inflectional ending stripped, when more words follow it in the trie. */
  private innerEnding(node: TrieNode, tok: SubToken): TrieNode | undefined {
    for (const ending of this.innerEndings) {
      if (tok.lower.length <= ending.length + 1 || !tok.lower.endsWith(ending)) continue;
      const child = node.children.get(tok.lower.slice(0, -ending.length));
      if (child && child.children.size > 0) return child;
    }
    return undefined;
  }

  /** Try token `j` with an inflectional ending stripped, as the last word of a variant under `node`. */
  private tryEnding(node: TrieNode, toks: SubToken[], i: number, j: number, inflected: boolean) {
    const tok = toks[j];
    // (Asked at every word, and after every word of a variant: a node without children, a word
    // whose last letter ends no ending, has none to try.)
    if (node.children.size === 0 || (this.endingLast && !this.endingLast.has(tok.lower.charCodeAt(tok.lower.length - 1)))) return undefined;
    for (const ending of this.endings) {
      if (tok.lower.length <= ending.length + 1 || !tok.lower.endsWith(ending)) continue;
      const child = node.children.get(tok.lower.slice(0, -ending.length));
      if (!child) continue;
      const hit = this.accept(child, toks, i, j, tok.value.slice(tok.value.length - ending.length), inflected);
      if (hit) return { match: hit, last: j };
    }
    return undefined;
  }

  /**
   * The match of a variant under `node` for tokens `i…j`, when one is written as the token
   * text has it. `inflected`: a word before the last carries an ending ("Bundesbüros für
   * Informationssicherheit"), which a replacement cannot follow: a suggestion, for review.
   */
  private accept(node: TrieNode, toks: SubToken[], i: number, j: number, ending: string, inflected = false): GlossaryMatch | undefined {
    // Inside a hyphenated compound ("Richard-Pierre-Prosper-Rede"), a term of several words is
    // written with hyphens throughout ("Pierre-Richard-Prosper-Rede", not "Pierre-Richard Prosper-Rede").
    // (So too before a hyphen that leaves the compound open, "Tick-Tack- und YouTube-Videos".)
    const inCompound = toks[i].joint === 'hyphen' || toks[j + 1]?.joint === 'hyphen' || openCompound(this.text, toks[j].end);
    // A run in capitals (a headline: "TICK TACK KAUFT") matches a variant in capitals and is
    // replaced in capitals, but only when no variant matches as written: a variant the
    // glossary writes in capitals ("HUAWEI", "VRC") is matched, and replaced, as written.
    const capitals = allCapitals(toks, i, j);
    // A headline: the words around the run are in capitals too ("HUAWEI KLAGT GEGEN TICK TACK").
    // There the term itself is written in capitals: a variant that is only the term in
    // capitals ("HUAWEI") is right, and a replacement is written in capitals ("VOLKSREPUBLIK CHINA").
    const headlineContext = capitals && capitalsAround(toks, i, j, this.termWords);
    // The term in another letter case is looked for only once no variant matches as written
    // (a variant listed for review, "Whatsapp", or another entry's term, "Moma" beside "MoMA", wins).
    let recasing = false;
    let mayRecase = false;
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) {
        if (!mayRecase) break;
        recasing = true;
      }
      for (const headline of capitals ? BOTH_CASES : AS_WRITTEN) {
        for (const listed of node.variants) {
          // Where adjectives decline, a variant is read in the form of its adjectives in -e
          // (`declinable`); elsewhere only the forms the glossary lists are.
          const v = this.adjectiveEndings ? (listed.base ?? listed) : listed;
          if (!this.adjectiveEndings && listed.derived) continue;
          const adjectives = this.adjectiveEndings && v.adjectives ? { count: v.adjectives, endings: this.adjectiveEndings } : undefined;
          if (headline && writtenInCapitals(v.words)) continue;
          // A name with a noun's ending is another name ("Olaf Schulze" is not "Olaf Schulz" inflected).
          if (ending !== '' && this.nameEndings && NAME_TYPES.has(v.entry.type) && !this.nameEndings.has(foldApostrophes(ending.toLowerCase()))) continue;
          const inner = inflected ? this.endings : undefined;
          const asWritten = !headline && (!v.entry.caseSensitive ? i + v.words.length - 1 === j : sameCase(v.words, toks, i, j, ending, false, inner, adjectives));
          // The term in another case, where a word of it has a capital inside ("Whatsapp", "iphone",
          // "Mcdonald's"): a word spelt so is the term, miswritten. (Not a word the term writes
          // with a capital first only: "die Zeit" is not "Die Zeit"; nor a run in capitals.)
          const recasable = !asWritten && !headline && !capitals && !inflected && v.kind === 'term' && v.entry.caseSensitive;
          if (recasable && !recasing) mayRecase = true;
          const recased = recasable && recasing && otherCase(v.words, toks, i, j, ending);
          if (recasing && !recased) continue;
          if (!asWritten && !recased && !(headline && sameCase(v.words, toks, i, j, ending, true, inner, adjectives))) continue;
          if (v.kind === 'term' && inflected) continue; // the term itself, inflected: nothing to correct
          if (headlineContext && v.kind === 'wrong' && v.words.join(' ') === v.entry.term.toUpperCase()) continue;
          // In capitals only in a headline: a variant in capitals inside a sentence in small letters
          // ("Die App TICK TACK ist beliebt") is written as the glossary writes the term ("TikTok"),
          // the house form; the term itself in capitals there is left as it is.
          const upper = headlineContext || ((headline || (capitals && !v.entry.caseSensitive && !writtenInCapitals(v.words))) && v.kind === 'term');
          // A name's possessive as the term takes it ("Olaf Scholls" → "Olaf Scholz'", "McDonalds'" → "McDonald's").
          let written = NAME_TYPES.has(v.entry.type) ? possessiveEnding(v.entry.term, ending, this.possessive, this.apostrophe) : ending;
          // (So written, the ending in the case of the term's last letter: "TICK TACKS" → "TikToks", not "TikTokS".)
          if (!upper && /\p{Ll}$/u.test(v.entry.term)) written = written.toLowerCase();
          let replacement = (inCompound ? this.inCompound(v) : v.entry.term) + written;
          if (upper) {
            replacement = replacement.toUpperCase();
            // "STRAUSS" for "Strauß" is the same text in capitals: nothing to correct.
            if (v.kind !== 'term' && replacement === runText(toks, i, j)) continue;
          }
          // At a sentence start the term takes a capital ("von der Leyen" → "Von der Leyen"), unless
          // its first word is written with a capital inside ("eBay", "iPhone": never "EBay").
          if (toks[i].sentenceStart && /^\p{Ll}/u.test(replacement) && /^\p{Lu}/u.test(toks[i].value) && !/\p{Lu}/u.test(phraseWords(v.entry.term)[0] ?? '')) {
            replacement = replacement[0].toUpperCase() + replacement.slice(1);
          }
          let kind: GlossaryMatch['kind'] = recased ? 'form' : v.kind;
          if (kind === 'term') {
            for (let k = i + 1; k <= j; k++) {
              // (A dash is neither: the term written with one is corrected, "Olaf–Scholz".)
              if ((toks[k].joint === 'hyphen' ? '-' : toks[k].joint === 'dash' ? '–' : ' ') !== (inCompound ? '-' : v.separators[k - i - 1])) kind = 'form';
            }
          }
          // The text's apostrophe wins over the glossary's ("O’Rourke" stays typographic).
          if (replacement.includes("'") || replacement.includes('’')) {
            const written = runText(toks, i, j);
            if (written.includes('’') && !written.includes("'")) replacement = replacement.replace(/'/g, '’');
            else if (written.includes("'") && !written.includes('’')) replacement = replacement.replace(/’/g, "'");
            // (Else the block's: one that writes only straight ones gets "McDonald's".)
            else if (!written.includes('’') && this.apostrophe === "'") replacement = replacement.replace(/’/g, "'");
          }
          const match: GlossaryMatch = { entry: v.entry, kind, words: v.words, start: toks[i].start, end: toks[j].end, replacement, ending, ...(recased ? { recased } : {}) };
          if (v.review) match.review = 'ambiguous';
          // A variant the glossary writes with spaces, here one hyphenated word on its own.
          else if (v.kind === 'wrong' && j > i && !inCompound && v.separators.length === j - i && v.separators.every((sep) => sep === ' ')) {
            let hyphenated = true;
            for (let k = i + 1; k <= j; k++) if (toks[k].joint !== 'hyphen') hyphenated = false;
            // Unless the glossary lists it hyphenated too ("Tik Tok" and "Tik-Tok").
            const listed = node.variants.some((o) => o.entry === v.entry && o.kind === 'wrong' && !o.review && o.separators.length === j - i && o.separators.every((sep) => sep === '-'));
            // (A word of its own where the language makes nouns of hyphenated words, German "das
            // Tick-Tack der Uhr", or where its dictionary knows the hyphenated word, French "le
            // tic-tac"; French "les vidéos Tick-Tack" is the brand.)
            const ownWord = this.profile?.capitalizesNouns === true || this.wordCheck === undefined || this.wordCheck.correct(runText(toks, i, j).toLowerCase());
            if (hyphenated && !listed && ownWord) {
              match.review = 'ambiguous';
              match.why = 'hyphenated';
            }
          }
          if (kind !== 'term') {
            // Words before the last inflected ("der Europäischen Zentralen Bank", "des Föderalen
            // Verfassungsgerichts"), or adjectives that decline ("Föderales Verfassungsgericht"), or
            // a term whose adjectives must take the variant's case: the term in the same case where
            // its words can be told to decline alike (see `declineTerm`), else the term's own
            // form, to inflect by hand (so in a compound: "Rote-Kreuz-Helfer").
            const endings = this.adjectiveEndings;
            const reshaped = inflected || (adjectives !== undefined && toks[i].value.length > v.words[0].length);
            const termAdjectives = endings && ending !== '' ? leadingAdjectives(v.entry.term.split(/\s+/u), undefined, endings, v.entry.type).length : 0;
            const declining = endings !== undefined && !inCompound && (reshaped || adjectives !== undefined || termAdjectives > 0);
            const declined = declining ? declineTerm(v, toks, i, j, ending, endings, !upper) : undefined;
            if (declined !== undefined) {
              match.replacement = upper ? declined.text.toUpperCase() : declined.text;
              match.declined = { term: upper ? v.entry.term.toUpperCase() : v.entry.term, adjectives: declined.adjectives };
            } else if (reshaped || declining) {
              match.review ??= 'form';
              match.replacement = inCompound ? this.inCompound(v) : v.entry.term;
              if (upper) match.replacement = match.replacement.toUpperCase();
            }
            // The variant's adjectives written in a form no listed variant has ("Föderalen" for a
            // listed "Föderales"): the rule asks the dictionary whether they are adjectives.
            if (adjectives && v.forms) {
              const written = toks.slice(i, i + adjectives.count).map((t) => t.lower);
              if (!v.forms.some((f) => f.every((w, k) => foldApostrophes(w.toLowerCase()) === written[k]))) match.adjectiveForms = [...new Set(v.forms.flat())];
            }
            // An ending is carried over only onto the same word spelt otherwise ("Komissionen" →
            // "Kommissionen"), or onto a name (a genitive's -s): another word declines otherwise
            // ("Handys" is not "Mobiltelefons", "des Bundesheeres" not "des Bundeswehres").
            if (declined === undefined && ending && (!/[\p{L}\p{N}]$/u.test(v.entry.term) || toks[j + 1]?.joint === 'hyphen' || !takesEnding(v))) {
              match.review ??= 'form';
              match.replacement = replacement.slice(0, replacement.length - written.length);
              // (A term that ends in punctuation takes no ending as written: "Jahus" for "Yahoo!".)
              if (!/[\p{L}\p{N}]$/u.test(v.entry.term)) match.why ??= 'punctuation';
            }
            // A term with brackets or other punctuation cannot be written into a compound with hyphens.
            if (inCompound && /[^\p{L}\p{N}\s\-‐‑'’.]/u.test(v.entry.term)) {
              match.review ??= 'form';
              match.why ??= 'punctuation';
              match.replacement = v.entry.term;
            }
          }
          return match;
        }
      }
    }
    return undefined;
  }
}

/** The possessive `ending` a name's variant has, as the name `term` takes it (see `LanguageProfile.possessive`). */
export function possessiveEnding(term: string, ending: string, rule: LanguageProfile['possessive'], textApostrophe = '’'): string {
  if (!rule || ending === '' || !rule.endings.includes(foldApostrophes(ending.toLowerCase()))) return ending;
  // The ending's own apostrophe, else the text's.
  const apostrophe = ending.includes('’') ? '’' : ending.includes("'") ? "'" : textApostrophe;
  const styled = (e: string) => e.replace(/'/g, apostrophe);
  if (/['’]s$/iu.test(term)) return '';
  if (rule.sibilant.test(term)) return rule.afterSibilant !== undefined ? styled(rule.afterSibilant) : ending;
  // (An English possessive left in a language whose possessive takes no apostrophe after
  // another letter: German "Tick Tack's Nutzer" → "TikToks Nutzer".)
  const folded = foldApostrophes(ending.toLowerCase());
  return folded === "'" || (folded === "'s" && !/['’]/u.test(rule.otherwise)) ? styled(rule.otherwise) : ending;
}

/** The readings `accept` tries: as written, and for a run in capitals, as a headline too. */
const AS_WRITTEN: readonly boolean[] = [false];
const BOTH_CASES: readonly boolean[] = [false, true];

/**
 * A word that begins with a vowel, before which French elides ("OTAN", "Élysée", "Yves"); not y
 * before a vowel, a consonant there ("le YouTube", "de Yahoo", Italian "lo Yahoo", "uno yacht").
 */
const VOWEL_START = /^(?:[aeiouàâäéèêëîïôöùûüœæ]|y(?![aeiouàâäéèêëîïôöùûü]))/iu;

/**
 * The form of a word before a term that `formsBeforeLetters` chooses, where the term begins with
 * other letters than its variant ("un" before "Snapchat" for "Esnapchat": "uno"; "lo" before
 * "Pinterest" for "Spinterest": "il"); undefined where the word stays. A word (or name) begins
 * with letters that take the forms, another consonant, a vowel (an h too: "un hotel", "il
 * Hikvision"), or letters read either way, as an acronym's are ("ZTE", "XL"), which leave it.
 */
function formBeforeLetters(letters: NonNullable<LanguageProfile['formsBeforeLetters']>, lower: string, variant: string, term: string): string | undefined {
  const kind = (word: string): 'forms' | 'other' | 'vowel' | 'unsure' => {
    const small = word.toLowerCase();
    if (/^\p{Lu}[\p{Lu}\d]/u.test(word) || letters.unsure.test(small) || !/^\p{L}/u.test(word)) return 'unsure';
    if (letters.before.test(small)) return 'forms';
    return VOWEL_START.test(small) || /^h/u.test(small) ? 'vowel' : 'other';
  };
  const [from, to] = [kind(variant), kind(term)];
  if (from === to) return undefined;
  if (to === 'forms') return letters.forms[lower];
  if (to !== 'other') return undefined;
  return Object.keys(letters.forms).find((w) => letters.forms[w] === lower);
}

/** The adjective endings of the first of an entry's languages whose adjectives decline (`adjectiveEndings`), if any. */
function adjectiveEndingsOf(entry: GlossaryEntry): readonly string[] | undefined {
  for (const language of entry.languages) {
    const endings = profileFor(language)?.adjectiveEndings;
    if (endings) return endings;
  }
  return undefined;
}

/**
 * The form in -e of a word that may be an adjective of a name ("Föderales" → "Föderale",
 * "Europäischen" → "Europäische", "Vereinte"): capitalized, small letters after, ending in -e or
 * -e and one of `endings`; undefined for another word ("Werder" ends so too, and is taken for
 * one here: the rule asks the dictionary, see `GlossaryMatch.adjectiveForms`).
 */
function adjectiveBase(word: string, endings: readonly string[]): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return undefined;
  if (word.endsWith('e')) return word;
  return word[word.length - 2] === 'e' && endings.includes(word[word.length - 1]) && word.length > 4 ? word.slice(0, -1) : undefined;
}

/**
 * The leading adjectives of a name of several words, in their form in -e ("Europäische Zentrale
 * Bank": "Europäische", "Zentrale"; "Statistisches Bundesamt": "Statistische"): the words before
 * the last that `adjectiveBase` takes, written apart (not in a compound, "Rote-Kreuz-Helfer").
 * None for a person ("Peter Müller").
 */
function leadingAdjectives(words: readonly string[], separators: readonly string[] | undefined, endings: readonly string[], type: string): string[] {
  const out: string[] = [];
  if (type === 'person') return out;
  for (let k = 0; k < words.length - 1; k++) {
    if (separators !== undefined && separators[k] !== undefined && separators[k] !== ' ') break;
    const base = adjectiveBase(words[k], endings);
    if (base === undefined) break;
    out.push(base);
  }
  return out;
}

/**
 * The variants of each entry that another variant of it covers already, where the entry's
 * language declines adjectives: "Europäischen Zentralen Bank" beside "Europäische Zentrale
 * Bank" is matched, and fixed in its case, by the one variant (`glossary validate` and `add`
 * say so). The variant in the form in -e covers the others, else the first listed.
 */
export function declinedDuplicates(entries: readonly GlossaryEntry[]): Array<{ entry: GlossaryEntry; variant: string; covers: string; language: string }> {
  const out: Array<{ entry: GlossaryEntry; variant: string; covers: string; language: string }> = [];
  for (const entry of entries) {
    const endings = adjectiveEndingsOf(entry);
    if (!endings) continue;
    const language = entry.languages.find((l) => profileFor(l)?.adjectiveEndings === endings)!;
    const groups = new Map<string, string[]>();
    for (const variant of [...entry.wrong, ...(entry.review ?? [])]) {
      const words = phraseWords(variant);
      const bases = leadingAdjectives(words, phraseSeparators(variant), endings, entry.type);
      if (bases.length === 0) continue;
      const key = foldApostrophes([...bases, ...words.slice(bases.length)].join(' ').toLowerCase());
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(variant);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const covers = group.find((v) => leadingAdjectives(phraseWords(v), undefined, endings, entry.type).every((b, k) => b === phraseWords(v)[k])) ?? group[0];
      for (const variant of group) if (variant !== covers) out.push({ entry, variant, covers, language });
    }
  }
  return out;
}

/**
 * Whether a variant and a term name one noun, so that they agree in gender and number: the same
 * letters ("Tik Tok", "TikTok"; "McDonalds", "McDonald's"), one word spelt otherwise
 * ("Komission", "Kommission"), the term's initials ("VRC" for "Volksrepublik China": its capitals
 * are letters of the term in order, from its first), or one head (the profile's
 * `agreement.head`: the first word, or the last before the first in small letters) that is one
 * noun ("Föderales Verfassungsgericht" and "Bundesverfassungsgericht", "Bundesamt für Statistik"
 * and "Statistisches Bundesamt").
 */
function oneNoun(variant: readonly string[], term: string, head: 'first' | 'last'): boolean {
  const t = phraseWords(term);
  const letters = (ws: readonly string[]) => foldWord(ws.join('')).replace(/[^\p{L}\p{N}]/gu, '');
  const a = letters(variant);
  const b = letters(t);
  if (a === b || spelledAlike(a, b)) return true;
  if (variant.length === 1 && /^\p{Lu}{2,6}$/u.test(variant[0]) && a[0] === b[0]) {
    let k = 0;
    for (const c of b) if (c === a[k]) k++;
    if (k === a.length) return true;
  }
  const headOf = (ws: readonly string[]): string => {
    if (head === 'first') return ws[0];
    const small = ws.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w));
    return ws[(small > 0 ? small : ws.length) - 1];
  };
  const x = letters([headOf(variant)]);
  const y = letters([headOf(t)]);
  return x === y || spelledAlike(x, y) || sameHead(x, y);
}

/** Whether two nouns have one head: the same word, or one a compound that ends in the other ("Verfassungsgericht" and "Bundesverfassungsgericht", "Bahn" and "Eisenbahn"), of four letters at least. */
export function sameHead(a: string, b: string): boolean {
  const x = foldApostrophes(a.toLowerCase());
  const y = foldApostrophes(b.toLowerCase());
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.endsWith(short);
}

/**
 * The term declined as the text declines the variant `v` (tokens `i…j`, the last with
 * `ending`), in a language whose adjectives decline (`adjectiveEndings`, German); undefined
 * when that cannot be told by rule. Three ways a word's ending carries over:
 *  - the variant's leading adjectives ("Föderale Verfassungsgericht", "Europäische Zentrale
 *    Bank", in their form in -e) all take one ending in the text, which the term's leading
 *    adjectives take ("der Europäischen Zentralen Bank" → "der Europäischen Zentralbank",
 *    "Statistisches Bundesbüro" → "Statistisches Bundesamt"); a term without adjectives needs
 *    none ("dem Föderalen Verfassungsgericht" → "dem Bundesverfassungsgericht");
 *  - the last word's ending goes onto the term's last word where `takesEnding` allows it, one
 *    noun ("des Föderalen Verfassungsgerichts" → "des Bundesverfassungsgerichts");
 *  - any other word with an ending is written the same in the term, which takes it there
 *    ("des Bundesamtes für Informationssicherheit" → "des Bundesamtes für Sicherheit in der
 *    Informationstechnik").
 * Another noun with an ending ("des Bundesbüros" for "Bundesamt") declines otherwise, and a
 * term's adjectives cannot be declined after a variant without them: undefined.
 */
function declineTerm(v: Variant, toks: SubToken[], i: number, j: number, ending: string, adjectiveEndings: readonly string[], asTerm = false): { text: string; adjectives: string[] } | undefined {
  const words = v.words;
  // (`asTerm`: the term is written as the glossary writes it, not in capitals, and so are the
  // endings it takes from a variant in capitals: "des BUNDESVERFASSUNGSGERICHTS" → "-gerichts".)
  const fit = (e: string, word: string) => (asTerm && /\p{Ll}$/u.test(word) ? e.toLowerCase() : e);
  if (words.length !== j - i + 1) return undefined;
  const term = v.entry.term.split(/\s+/u);
  const termBases = leadingAdjectives(term, undefined, adjectiveEndings, v.entry.type);
  const variantAdjectives = v.adjectives ?? 0;
  const out = [...term];
  let adjective: string | undefined;
  let inflected = false;
  for (let k = 0; k < words.length; k++) {
    const written = toks[i + k].value;
    const e = k === words.length - 1 ? ending : written.length > words[k].length ? written.slice(words[k].length) : '';
    if (k < variantAdjectives) {
      // Every leading adjective takes the same ending ("Europäischen Zentralen", never "Europäischen Zentrale").
      const own = e.toLowerCase();
      if (adjective === undefined) adjective = own;
      if (own !== adjective || (own !== '' && !adjectiveEndings.includes(own))) return undefined;
      continue;
    }
    if (e === '') continue;
    inflected = true;
    // The last word's ending, onto the term's last word where it is one noun or a name.
    if (k === words.length - 1 && takesEnding(v) && /\p{L}$/u.test(out[out.length - 1])) {
      out[out.length - 1] += fit(e, out[out.length - 1]);
      continue;
    }
    const lower = words[k].toLowerCase();
    const at = term.findIndex((w) => w.toLowerCase() === lower);
    if (at < termBases.length || term.findIndex((w, n) => n > at && w.toLowerCase() === lower) >= 0) return undefined;
    // A capitalized word before it that is no adjective declines too, and how is not told here.
    if (term.slice(termBases.length, at).some((w) => /^\p{Lu}/u.test(w))) return undefined;
    out[at] += fit(e, out[at]);
  }
  const changed: string[] = [];
  if (termBases.length > 0) {
    // (A variant without adjectives in a case other than the one it is listed in: the term's
    // adjectives' ending is not told.)
    if (adjective === undefined) {
      if (inflected) return undefined;
    } else {
      for (let k = 0; k < termBases.length; k++) {
        const declined = termBases[k] + adjective;
        if (declined !== out[k]) changed.push(declined);
        out[k] = declined;
      }
    }
  }
  // (The adjectives given an ending: the glossary rule keeps the declension only where the
  // dictionary knows each in small letters, "europäischen"; "der Mormonischen Kirche" is no
  // "Kirchen Jesu Christi …", whose "Kirche" is a noun in -e.)
  return { text: out.join(' '), adjectives: changed };
}

/**
 * Whether the words just before and after the run (two each way, in its sentence) are in
 * capitals, and there is one at least. A word of one capital letter and a number neither break
 * nor make the run ("EL GOBIERNO VETA A HUAWEI", "ZTE E HUAWEI", "HUAWEI 2024 RESULTS"): they are
 * passed over, at most two each way. A word of a glossary term as the glossary writes it, with a
 * capital ("TikTok"), counts as one in capitals: it is what the glossary's own fix writes at the
 * end of a run in capitals that a sentence in small letters goes on after ("… SUCH AS HUAWEI OR
 * TIK TOK, but" → "… OR TikTok, but"), and a second run must read the run as the first did
 * (else "HUAWEI" there became "Huawei" only then).
 */
function capitalsAround(toks: SubToken[], i: number, j: number, termWords: ReadonlySet<string>): boolean {
  const inCapitals = (k: number) => allCapitals(toks, k, k) || (termWords.has(toks[k].value) && /\p{Lu}/u.test(toks[k].value));
  let seen = 0;
  let skipped = 0;
  // (A run that begins its sentence has nothing before it there: the sentence before is another's.)
  for (let k = i - 1, words = 0; k >= 0 && words < 2 && !toks[i].sentenceStart; k--) {
    if (neutralInCapitals(toks[k].value) && skipped < 2) skipped++;
    else if (inCapitals(k)) {
      seen++;
      words++;
    } else return false;
    if (toks[k].sentenceStart) break;
  }
  skipped = 0;
  for (let k = j + 1, words = 0; k < toks.length && words < 2; k++) {
    if (toks[k].sentenceStart) break;
    if (neutralInCapitals(toks[k].value) && skipped < 2) skipped++;
    else if (inCapitals(k)) {
      seen++;
      words++;
    } else return false;
  }
  return seen > 0;
}

/**
 * Whether a hyphen at `end` leaves a compound open, its last part written once for two
 * ("Tick-Tack- und YouTube-Videos", "Tick-Tack-/Instagram-Nutzer"): a hyphen after the word,
 * then no letter or digit.
 */
function openCompound(text: string, end: number): boolean {
  return (text[end] === '-' || text[end] === '\u2010') && !/[\p{L}\p{N}\-\u2010]/u.test(text[end + 1] ?? '');
}

/** A word that a headline in capitals and a sentence write alike: one capital letter ("A", "E", "Y") or a number ("2024", "5,2"). */
function neutralInCapitals(value: string): boolean {
  return /^\p{Lu}$/u.test(value) || /^[\p{N}.,:%]+$/u.test(value);
}

/**
 * Whether tokens `i…j` write the term's `words` in another letter case only, in a word that
 * has a capital after its first letter ("WhatsApp", "iPhone", "McDonald's", "AfD"), neither
 * word in capitals; every other word as the term writes it (a sentence's first letter aside).
 */
function otherCase(words: string[], toks: SubToken[], i: number, j: number, ending: string): boolean {
  if (i + words.length - 1 !== j) return false;
  let differs = false;
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    const value = foldApostrophes(k === words.length - 1 && ending ? t.value.slice(0, t.value.length - ending.length) : t.value);
    const want = foldApostrophes(words[k]);
    if (value === want) continue;
    if (value.toLowerCase() !== want.toLowerCase()) return false;
    // Only the first letter: at a sentence's start ("Von der Leyen"), else another word or the
    // language's own ("l’Oréal" for "L’Oréal" inside a French sentence).
    if (value.slice(1) === want.slice(1)) {
      if (k === 0 && t.sentenceStart) continue;
      return false;
    }
    // (A word in capitals, the term's or the text's, is no such word: "Spiegel" is not "SPIEGEL", nor "Nato" "NATO".)
    if (!/\p{Lu}/u.test(want.slice(1)) || want === want.toUpperCase() || (value === value.toUpperCase() && value.length > 1)) return false;
    differs = true;
  }
  return differs;
}

/** Whether a variant's words are written in capitals in the glossary ("HUAWEI", "VRC"). */
function writtenInCapitals(words: readonly string[]): boolean {
  return words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase());
}

/** The tokens `i…j` as written, joined as they are joined (a hyphen, else a space). */
function runText(toks: SubToken[], i: number, j: number): string {
  let out = toks[i].value;
  for (let k = i + 1; k <= j; k++) out += (toks[k].joint === 'hyphen' ? '-' : ' ') + toks[k].value;
  return out;
}

/** Whether the tokens `i…j` are written in capitals only, with two letters or more in all. */
function allCapitals(toks: SubToken[], i: number, j: number): boolean {
  let letters = 0;
  for (let k = i; k <= j; k++) {
    const v = toks[k].value;
    if (v !== v.toUpperCase() || v === v.toLowerCase()) return false;
    letters += v.length;
  }
  return letters >= 2;
}


function sameCase(
  words: string[],
  toks: SubToken[],
  i: number,
  j: number,
  ending: string,
  capitals = false,
  innerEndings?: readonly string[],
  adjectives?: { count: number; endings: readonly string[] },
): boolean {
  if (i + words.length - 1 !== j) return false;
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    let value = foldApostrophes(k === words.length - 1 && ending ? t.value.slice(0, t.value.length - ending.length) : t.value);
    let want = foldApostrophes(capitals ? words[k].toUpperCase() : words[k]);
    // A leading adjective with any of its endings ("Föderales", "Föderalen" for "Föderale"); a
    // word before the last with an ending ("Europäischen" for "Europäische").
    const endings = adjectives && k < adjectives.count ? adjectives.endings : k < words.length - 1 ? innerEndings : undefined;
    if (endings && value.length > want.length && endings.includes(value.slice(want.length).toLowerCase())) {
      value = value.slice(0, want.length);
    }
    // Sentence-initial capitalization: compare the first letter case-insensitively only; but a
    // word with a capital inside after a small first letter keeps it there too ("eBay", "iPhone":
    // "EBay" at a sentence start is the variant a glossary lists, not the term).
    if (k === 0 && t.sentenceStart && !/^\p{Ll}.*\p{Lu}/u.test(want)) {
      value = value.slice(0, 1).toLowerCase() + value.slice(1);
      want = want.slice(0, 1).toLowerCase() + want.slice(1);
    }
    if (value !== want) return false;
  }
  return i + words.length - 1 === j;
}


// (The straight apostrophe too: only a mark on both sides of the variant counts, "'Tik Tok'".)
const OPENING_QUOTES = `"“„«‹‚‘»›'`;
const CLOSING_QUOTES = `"”“»›‘’«‹'`;
/** Whether `[start, end)` is all a pair of quotation marks holds ("„Tik Tok“", "« Tik Tok »"). */
function quotedAlone(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\u00a0' || text[a] === '\u202f')) a--;
  let b = end;
  // (American punctuation goes inside the marks: “Tik Tok,” “Tik Tok.”)
  while (b < text.length && /[.,;:!?…]/u.test(text[b])) b++;
  while (b < text.length && (text[b] === ' ' || text[b] === '\u00a0' || text[b] === '\u202f')) b++;
  // (Not between two quotations: a mark right after its word closes one ("„von“ Tick Tack"), a
  // mark right before its word opens the next ("Tick Tack: "Videos"").)
  const word = /[\p{L}\p{N}]/u;
  return a >= 0 && b < text.length && OPENING_QUOTES.includes(text[a]) && CLOSING_QUOTES.includes(text[b]) && !word.test(text[a - 1] ?? '') && !word.test(text[b + 1] ?? '');
}

/** Double quotation marks and guillemets (single marks are apostrophes as often). */
const TITLE_OPENING = '"“„«»';
const TITLE_CLOSING = '"”“»«';
/** A code unit that is neither a line break nor one of the marks above (they are '"', U+00AB and after). */
const plainUnit = (c: number): boolean => c !== 10 && c !== 34 && c < 0xab;
/**
 * Words that say a title follows: "title" itself (", der Titel lautet „…“"); and the verbs and
 * words that give a name or title right before it ("lautet „…“", "titled “…”"): every
 * language's (the profiles' `titles`), whatever the text's.
 */
const TITLE_WORDS = wordsOfAll((p) => p.titles?.nouns);
const NAMING_WORDS = wordsOfAll((p) => p.titles?.naming);

/**
 * The word that introduces the quotation `[start, end)` is in (on its line, within 200
 * characters each way) as a title: a noun naming a work or "Titel" right before the opening
 * mark ("das Spiel „Tick Tack Bumm“", "das Buch „Abenteuer in Sinkiang“"), or a naming word
 * there with such a noun among the four words before it ("Der Titel des Buchs lautet „Reise
 * nach Sinkiang“"). Undefined for a quotation of speech ("Nach dem Spiel sagte der Trainer:
 * „…“"): a title is written as it was published, speech is corrected.
 */
function titledQuotation(text: string, start: number, end: number, workNouns: ReadonlySet<string>, endings: readonly string[]): string | undefined {
  let q = start - 1;
  for (; q >= 0 && start - q <= 200; q--) {
    // (Neither a line break nor a mark: a letter or a space, most characters.)
    if (plainUnit(text.charCodeAt(q))) continue;
    const c = text[q];
    if (c === '\n' || (TITLE_CLOSING.includes(c) && !TITLE_OPENING.includes(c))) return undefined;
    if (TITLE_OPENING.includes(c)) break;
  }
  if (q < 0 || start - q > 200 || (text[q] === '"' && q > 0 && !/[\s(\[–—]/u.test(text[q - 1]))) return undefined;
  let r = end;
  for (; r < text.length && r - end <= 200; r++) {
    if (plainUnit(text.charCodeAt(r))) continue;
    const c = text[r];
    if (c === '\n' || (TITLE_OPENING.includes(c) && !TITLE_CLOSING.includes(c))) return undefined;
    if (TITLE_CLOSING.includes(c)) break;
  }
  if (r >= text.length || r - end > 200) return undefined;
  // Only spaces between the last word and the mark (not a colon: "sagte er: „…“" is speech).
  const head = text.slice(Math.max(0, q - 80), q);
  if (!/[\p{L}\p{M}][ \u00a0]*$/u.test(head)) return undefined;
  const before = head.match(/[\p{L}\p{M}]+/gu) ?? [];
  const names = (w: string) => {
    const lower = w.toLowerCase();
    if (workNouns.has(lower) || TITLE_WORDS.has(lower)) return true;
    return endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e) && (workNouns.has(lower.slice(0, -e.length)) || TITLE_WORDS.has(lower.slice(0, -e.length))));
  };
  const last = before.at(-1);
  if (last === undefined) return undefined;
  if (names(last)) return last;
  if (NAMING_WORDS.has(last.toLowerCase())) return before.slice(-5, -1).findLast(names);
  return undefined;
}

/** The block's words split at hyphens, each knowing how it joins its predecessor. */
const HYPHEN = /[\-‐‑]/u;

/** `HYPHEN.test(value)` without a regular expression: asked of every word of every block. */
function hasHyphen(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === 45 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** Whether a word ends in a period the parser joined to it (after a letter or digit), which no entry's word has (`keepDot`: "inc." of "Acme Inc."). */
function joinedPeriod(value: string, keepDot: ReadonlySet<string>): boolean {
  return value.length > 1 && value.endsWith('.') && /[\p{L}\p{N}]/u.test(value[value.length - 2]) && (keepDot.size === 0 || !keepDot.has(foldApostrophes(value.toLowerCase())));
}

/** Two sentences the parser read as one word, run together at a period ("Tack.Die"). */
const RUN_ON = /^([\p{L}\p{M}\p{N}'’]{2,})\.(\p{Lu}[\p{L}\p{M}]+)$/u;

function subTokens(
  seg: Segmented,
  text: string,
  elision?: RegExp,
  keepDot: ReadonlySet<string> = new Set(),
  isFirstWord: (lower: string) => boolean = () => false,
  isWord: (lower: string) => boolean = () => false,
): SubToken[] {
  const out: SubToken[] = [];
  // Text with combining marks ("Lu\u0308denscheid", as some systems write ü) is matched in its
  // composed form, as the glossary is (its offsets stay the text's own).
  const decomposed = COMBINING_MARK.test(text);
  // Soft hyphens ("Whats\u00ADApp", a hyphenation point) are no part of the word's spelling.
  const soft = text.includes('\u00AD');
  let prevEnd = -1;
  let prevSentence = -1;
  let lastWordEnd = -1;
  for (const w of seg.words) {
    if (w.opaque) {
      prevEnd = -1;
      lastWordEnd = -1;
      continue;
    }
    let joint: SubToken['joint'] = prevEnd >= 0 && w.sentence === prevSentence && w.start > prevEnd ? gapJoint(text, prevEnd, w.start) : 'other';
    const sentenceStart = w.sentence !== prevSentence && seg.sentences[w.sentence].firstWord >= 0 && seg.words[seg.sentences[w.sentence].firstWord] === w;
    const brokenAt = lastWordEnd;
    lastWordEnd = w.end;
    if (!hasHyphen(w.value)) {
      // Most words have no hyphen: one sub-token, the word itself. "d’HikVision": the word
      // after an elided article is tried too, when the whole word starts no variant (a term
      // may begin with one: "L’Oréal").
      let value = decomposed ? w.value.normalize('NFC') : w.value;
      if (soft && value.includes('\u00AD')) value = value.replace(/\u00AD/g, '');
      // A word hyphenated at a line's end ("Whats-⏎app", "Informations-⏎sicherheit"): its two
      // halves are one token where the word they make is a word of the glossary's.
      const before = out[out.length - 1];
      if (before && brokenAt >= 0 && before.end === brokenAt - 1 && HYPHEN.test(text[before.end]) && /^\p{Ll}/u.test(value) && lineBreakBetween(text, brokenAt, w.start)) {
        const whole = before.value + value;
        const lower = foldApostrophes(whole.toLowerCase());
        if (isWord(lower)) {
          out[out.length - 1] = { ...before, value: whole, lower, end: w.end };
          prevEnd = w.end;
          prevSentence = w.sentence;
          continue;
        }
      }
      // Two sentences run together ("Er nutzte Tick Tack.Die Plattform"): two words, the second
      // beginning a sentence, unless an entry's word is written so ("Dr.Web").
      const runOn = value.length === w.end - w.start && value.includes('.') ? RUN_ON.exec(value) : null;
      if (runOn && !isFirstWord(foldApostrophes(value.toLowerCase()))) {
        const [, left, right] = runOn;
        out.push({ value: left, lower: foldApostrophes(left.toLowerCase()), start: w.start, end: w.start + left.length, joint, sentenceStart, cut: 0 });
        out.push({ value: right, lower: foldApostrophes(right.toLowerCase()), start: w.start + left.length + 1, end: w.end, joint: 'other', sentenceStart: true, cut: 0 });
        prevEnd = w.end;
        prevSentence = w.sentence;
        continue;
      }
      // A period the parser joined to the word where the sentence goes on ("Tik Tok." before
      // `" und ging`): no variant ends in one (they end in a letter or digit), so the word is
      // matched without it; and nothing after it runs on from it ("Dr. Who" is no "Dr Who").
      const dotted = joinedPeriod(value, keepDot);
      if (dotted) value = value.slice(0, -1);
      const cut = elision?.exec(value);
      // (Every token has the same fields, `cut` too: one shape for the matcher's hot loops.)
      out.push({ value, lower: foldApostrophes(value.toLowerCase()), start: w.start, end: dotted ? w.end - 1 : w.end, joint, sentenceStart, cut: cut ? cut[0].length : 0 });
      prevEnd = dotted ? -1 : w.end;
      prevSentence = w.sentence;
      continue;
    }
    let first = true;
    for (const m of w.value.matchAll(/[^\-‐‑]+/gu)) {
      const start = w.start + m.index;
      let value = decomposed ? m[0].normalize('NFC') : m[0];
      if (soft && value.includes('\u00AD')) value = value.replace(/\u00AD/g, '');
      // (The joined period, as above: "Tick-Tack." before `" und`.)
      const dotted = start + m[0].length === w.end && joinedPeriod(value, keepDot);
      if (dotted) value = value.slice(0, -1);
      // (The first piece may carry an elided article too: "d’Open-AI", "l’Hik-Vision".)
      const cut = first ? elision?.exec(value) : null;
      out.push({ value, lower: foldApostrophes(value.toLowerCase()), start, end: start + m[0].length - (dotted ? 1 : 0), joint, sentenceStart: first && sentenceStart, cut: cut ? cut[0].length : 0 });
      joint = 'hyphen';
      first = false;
    }
    prevEnd = w.value.endsWith('.') ? -1 : w.end;
    prevSentence = w.sentence;
  }
  return out;
}

/**
 * How the text between two words joins them: 'space' for whitespace (with soft hyphens: "Tick\u00AD
 * Tack"), 'dash' for one dash (U+2012–U+2015) with no space beside it ("Tick–Tack"; with spaces it
 * parts clauses, "Tick – und dann"), else 'other'.
 */
function gapJoint(text: string, from: number, to: number): SubToken['joint'] {
  if (to - from > 40) return 'other';
  let space = false;
  let dash = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xad) continue;
    if (c >= 0x2012 && c <= 0x2015) dash++;
    else if (isSpaceUnit(c)) space = true;
    else return 'other';
  }
  if (dash === 0) return space ? 'space' : 'other';
  return dash === 1 && !space ? 'dash' : 'other';
}

/**
 * A part of the hyphenated compound the variant `i…j` stands in that is one of the entry's
 * `reviewNear` words, or the last part of one ("Tick-Tack-Uhr": "Uhr" of "Wanduhr"; "Tick-
 * Tack-Wecker"): a clock's tick, not the app.
 */
function compoundNear(toks: SubToken[], i: number, j: number, near: readonly string[]): string | undefined {
  const parts: SubToken[] = [];
  for (let k = i; k > 0 && toks[k].joint === 'hyphen'; k--) parts.push(toks[k - 1]);
  for (let k = j + 1; k < toks.length && toks[k].joint === 'hyphen'; k++) parts.push(toks[k]);
  for (const part of parts) {
    if (part.lower.length < 3) continue;
    if (near.some((w) => w.toLowerCase() === part.lower || w.toLowerCase().endsWith(part.lower))) return part.value;
  }
  return undefined;
}

/** Whether the text from `from` to `to` is whitespace with a line break in it. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  if (to - from > 40 || !onlyWhitespace(text, from, to)) return false;
  for (let k = from; k < to; k++) if (text[k] === '\n' || text[k] === '\r') return true;
  return false;
}

/** All entries compiled, one matcher per language, built on first use. */
export class CompiledGlossary {
  readonly entries: readonly GlossaryEntry[];
  private readonly matchers = new Map<string, LanguageMatcher>();
  /** Accepted words by language ('' for every language): see `loadAcceptedWords`. */
  readonly accepted: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly acceptedBy = new Map<string, ReadonlySet<string>>();

  constructor(entries: readonly GlossaryEntry[], accepted: ReadonlyMap<string, ReadonlySet<string>> = new Map()) {
    this.entries = entries;
    this.accepted = accepted;
  }

  /** The words accepted in a language: Lektor's own list for it (`builtinAcceptedWords`), the glossary's, and the glossary's list for every language. */
  acceptedWords(language: string): ReadonlySet<string> {
    let words = this.acceptedBy.get(language);
    if (!words) {
      const lists = [builtinAcceptedWords(language), this.accepted.get(language), this.accepted.get('')].filter((l): l is ReadonlySet<string> => l !== undefined && l.size > 0);
      words = lists.length === 1 ? lists[0] : new Set(lists.flatMap((l) => [...l]));
      this.acceptedBy.set(language, words);
    }
    return words;
  }

  languages(): string[] {
    const out = new Set<string>();
    for (const e of this.entries) for (const l of e.languages) out.add(l);
    return [...out].sort();
  }

  matcher(language: string): LanguageMatcher {
    let m = this.matchers.get(language);
    if (!m) {
      const entries = this.entries.filter((e) => e.languages.includes(language));
      // A glossary whose entries are all for de, en, fr and es compiles one trie, not four.
      const same = [...this.matchers.values()].find((o) => o.entries.length === entries.length && o.entries.every((e, i) => e === entries[i]));
      m = new LanguageMatcher(language, entries, same);
      this.matchers.set(language, m);
    }
    return m;
  }
}

/** Errors in the order of their files and lines (each file's in the order found where they share a line). */
export function sortedErrors(errors: readonly GlossaryError[]): GlossaryError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)));
}

/** Where an entry's variant is written (under `wrong`, else `review`), for an error about it. */
function variantPlace(entry: GlossaryEntry, variant: string): ReturnType<typeof entryPlace> {
  return entryPlace(entry, entry.wrong.includes(variant) ? 'wrong' : entry.review?.includes(variant) ? 'review' : 'wrong', variant);
}

/** Whether the line of `[start, end)` has another run of two spaces or more than that one. */
function otherRunOfSpaces(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const nl = text.slice(end).search(/[\r\n]/u);
  const to = nl < 0 ? text.length : end + nl;
  return /  /u.test(text.slice(from, start)) || /  /u.test(text.slice(end, to));
}
