/**
 * The verbs a Hunspell dictionary lists: the stems it gives a suffix class that conjugates,
 * one of whose forms ends as a finite verb does (French -ons: "manger/a0p+" makes
 * "mangeons", "faire/wD" "faisons"; a noun's class, "ministre/S.", makes none). Hunspell
 * answers only whether a word is known, and the article-form check needs to tell "de le
 * faire" (a pronoun before an infinitive) from "de le ministre" ("du ministre"); the .dic
 * says it. Read once per dictionary and ending, on first use (dictionary-fr: 8,011 stems, in
 * some 140 ms).
 */
import { detached, type Speller } from './hunspell.js';
import { dictionaryTable } from './tables.js';
import type { FeminineSign } from '../languages/types.js';

const readCache = new WeakMap<Speller, Map<string, unknown>>();

/**
 * What `read` makes of `speller`'s .aff and .dic (as text), read once per speller and `key`,
 * on first use; undefined when the speller has no dictionary files to read.
 */
function fromDictionary<T = ReadonlySet<string>>(speller: Speller, key: string, read: (aff: string, dic: string) => T): T | undefined {
  let byKey = readCache.get(speller);
  if (!byKey) readCache.set(speller, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T | undefined;
  const files = speller.files;
  // (Kept between runs: see src/spell/tables.ts.)
  const words = files ? dictionaryTable(files, key, read) : undefined;
  byKey.set(key, words);
  return words;
}

/** The .aff's (text `aff`) `FLAG` type: `long` (two characters a class), `num` (numbers with commas), else one character a class. */
function flagType(aff: string): string | undefined {
  return /^FLAG\s+(\S+)/m.exec(aff)?.[1];
}

/**
 * How the .aff (text `aff`) writes an entry's classes: one character each, two (`FLAG long`),
 * or numbers with commas (`FLAG num`). Given what follows an entry's slash, its classes end at
 * the first whitespace (morphological fields may follow).
 */
function flagSplitter(aff: string): (flags: string) => string[] {
  const type = flagType(aff);
  return (text) => {
    const end = text.search(/\s/u);
    const flags = end < 0 ? text : text.slice(0, end);
    return type === 'long' ? (flags.match(/[\s\S]{1,2}/g) ?? []) : type === 'num' ? flags.split(',') : Array.from(flags);
  };
}

/**
 * Each entry of a .dic (text `dic`) listed with classes: its word as written, and what follows
 * its slash (for `flagSplitter`, split only by the callers that want the entry).
 */
function forEachEntry(dic: string, visit: (word: string, rest: string) => void): void {
  for (const line of dic.split('\n')) {
    const slash = line.indexOf('/');
    if (slash > 0) visit(line.slice(0, slash), line.slice(slash + 1));
  }
}

/**
 * The stems of `speller`'s dictionary listed with a suffix class that makes a form ending in
 * `finite`, or undefined when the speller has no dictionary files to read.
 */
export function dictionaryVerbs(speller: Speller, finite: RegExp): ReadonlySet<string> | undefined {
  return fromDictionary(speller, `verbs\u0000${finite.source}`, (aff, dic) => readVerbs(aff, dic, finite));
}

/** The stems of a .dic (text `dic`) with a suffix class of the .aff (text `aff`) that makes a form ending in `finite`. */
export function readVerbs(aff: string, dic: string, finite: RegExp): ReadonlySet<string> {
  const conjugating = new Set<string>();
  for (const m of aff.matchAll(/^SFX[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+\S+/gm)) {
    // (A rule: flag, what it strips, what it adds with its own classes after a slash, condition.)
    const add = m[3].split('/')[0];
    if (add !== '0' && finite.test(add)) conjugating.add(m[1]);
  }
  return conjugating.size === 0 ? new Set() : readEntries(aff, dic, conjugating, false);
}

/**
 * The entries of `speller`'s .dic listed with the class `flag`, and (unlike `dictionaryClassed`)
 * each of them after the prefixes its other classes write before it (dictionary-de's strong past tenses: "fand/Z",
 * and "bot/VZ", where V writes "ver": "verbot"), or undefined when the speller has no
 * dictionary files to read. Read once per dictionary and class, on first use.
 */
export function dictionaryClass(speller: Speller, flag: string): ReadonlySet<string> | undefined {
  return fromDictionary(speller, `class\u0000${flag}`, (aff, dic) => readClass(aff, dic, flag));
}

/** The entries of a .dic (text `dic`) with the class `flag`, bare and after the prefixes of letters (with nothing stripped, on any stem) that the .aff (text `aff`) gives their other classes. */
export function readClass(aff: string, dic: string, flag: string): ReadonlySet<string> {
  return readEntries(aff, dic, new Set([flag]), true);
}

/**
 * The entries of a .dic (text `dic`) listed with one of `classes`, split as the .aff (text
 * `aff`) writes classes; with `prefixed`, each also after the prefixes of letters (with
 * nothing stripped, on any stem) that the .aff gives the entry's other classes.
 */
function readEntries(aff: string, dic: string, classes: ReadonlySet<string>, prefixed: boolean): ReadonlySet<string> {
  const split = flagSplitter(aff);
  const prefixes = new Map<string, string[]>();
  if (prefixed) {
    for (const m of aff.matchAll(/^PFX[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)/gm)) {
      // (A rule: class, what it strips, what it adds, condition.)
      if (m[2] !== '0' || m[4] !== '.') continue;
      const add = m[3].split('/')[0];
      if (/^\p{L}+$/u.test(add)) prefixes.set(m[1], [...(prefixes.get(m[1]) ?? []), add]);
    }
  }
  const out = new Set<string>();
  const take = (word: string, flags: string[]) => {
    if (!flags.some((f) => classes.has(f))) return;
    out.add(detached(word));
    if (prefixed) for (const f of flags) for (const p of prefixes.get(f) ?? []) out.add(p + word);
  };
  // Where each class is one character (dictionary-de, -es, -it), only the lines with one of the
  // classes are matched, in one pass over the .dic: the word-order check reads dictionary-de's
  // verbs at a German document's first check, and splitting its 75,000 lines had cost 25 ms.
  const type = flagType(aff);
  if (type !== 'long' && type !== 'num' && [...classes].every((c) => c.length === 1)) {
    const cls = [...classes].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    for (const m of dic.matchAll(new RegExp(`^([^/\\n]+)/([^\\s${cls}]*[${cls}][^\\s]*)`, 'gmu'))) take(m[1], split(m[2]));
    return out;
  }
  forEachEntry(dic, (word, rest) => take(word, split(rest)));
  return out;
}

/**
 * The entries of `speller`'s .dic as listed, without their classes ("mercado/NS" is
 * "mercado"): the words a dictionary has as lemmas, not the forms its classes make ("vive" of
 * "vivir"). Read once per dictionary, on first use (dictionary-es: 57,000 entries); undefined
 * when the speller has no dictionary files to read.
 */
export function dictionaryStems(speller: Speller): ReadonlySet<string> | undefined {
  return fromDictionary(speller, 'stems', (_, dic) => {
    const stems = new Set<string>();
    // (The first line counts the entries.)
    for (const line of dic.split('\n').slice(1)) {
      const end = line.search(/[/\t\s]/u);
      const word = end < 0 ? line : line.slice(0, end);
      if (word !== '') stems.add(detached(word));
    }
    return stems;
  });
}

/**
 * The capitalized entries of `speller`'s .dic (German nouns and names), each with those of its
 * classes that are among `classes` ("" where none): dictionary-de's "Verein/EPSTm" with "ST" of
 * "STFg" (T writes a genitive in -es, which only a masculine or neuter noun has), "Stadt/ijm"
 * with "". Undefined when the speller has no dictionary files to read. Read once per dictionary
 * and classes, on first use (dictionary-de: 25,000 entries, in some 30 ms).
 */
export function dictionaryNouns(speller: Speller, classes: string): ReadonlyMap<string, string> | undefined {
  return fromDictionary(speller, `nouns\u0000${classes}`, (aff, dic) => readNouns(aff, dic, classes));
}

/** The capitalized entries of a .dic (text `dic`) with their classes among `classes`, split as the .aff (text `aff`) writes classes. */
export function readNouns(aff: string, dic: string, classes: string): ReadonlyMap<string, string> {
  const split = flagSplitter(aff);
  const wanted = new Set(split(classes));
  const out = new Map<string, string>();
  for (const m of dic.matchAll(/^(\p{Lu}[^/\s]*\p{Ll}[^/\s]*)(?:\/(\S*))?/gmu)) {
    const own = split(m[2] ?? '').filter((c) => wanted.has(c)).join('');
    out.set(detached(m[1]), (out.get(m[1]) ?? '') + own);
  }
  return out;
}

/**
 * The feminine words of `speller`'s dictionary, or undefined when the speller has no
 * dictionary files to read. Read once per dictionary, on first use.
 */
export function dictionaryFeminines(speller: Speller, sign: FeminineSign): ReadonlySet<string> | undefined {
  const key = `feminines\u0000${sign.prefix}\u0000${sign.endings.source}\u0000${sign.masculine.join('\u0000')}`;
  return fromDictionary(speller, key, (aff, dic) => readFeminines(aff, dic, sign));
}

/**
 * The stems of a .dic (text `dic`) that end in `sign.endings` and are listed with a prefix
 * class of the .aff (text `aff`) that writes `sign.prefix` before them (dictionary-it:
 * "amica/QTUqrs", U writes "un’amica"; "amico/OTqr" has none), and with no suffix class that
 * makes their masculine ("artista/QRTUqrs": R makes "artisti", and "un artista" is right too).
 */
export function readFeminines(aff: string, dic: string, sign: FeminineSign): ReadonlySet<string> {
  const split = flagSplitter(aff);
  const prefixing = new Set<string>();
  const masculine = new Set<string>();
  for (const m of aff.matchAll(/^(PFX|SFX)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+\S+/gm)) {
    // (A rule: flag, what it strips, what it adds with its own classes after a slash, condition.)
    const add = m[4].split('/')[0];
    if (m[1] === 'PFX' && add === sign.prefix && m[3] === '0') prefixing.add(m[2]);
    if (m[1] === 'SFX' && m[3] === sign.masculine[0] && add === sign.masculine[1]) masculine.add(m[2]);
  }
  const out = new Set<string>();
  if (prefixing.size === 0) return out;
  forEachEntry(dic, (word, rest) => {
    if (!sign.endings.test(word)) return;
    const flags = split(rest);
    if (flags.some((f) => prefixing.has(f)) && !flags.some((f) => masculine.has(f))) out.add(detached(word));
  });
  return out;
}

/**
 * The nouns of `speller`'s dictionary whose classes make a feminine plural and no masculine
 * one (`FeminineSign.plural`: dictionary-it "riforma/Q", not "pianeta/QR"), or undefined when
 * the speller has no dictionary files to read or the sign no `plural`. Read once per dictionary.
 */
export function dictionaryPluralFeminines(speller: Speller, sign: FeminineSign): ReadonlySet<string> | undefined {
  const plural = sign.plural;
  if (!plural) return undefined;
  return fromDictionary(speller, `plural\u0000${plural.classes.join('\u0000')}\u0000${sign.masculine[1]}`, (aff, dic) => readPluralFeminines(aff, dic, plural.classes, sign.masculine[1]));
}

/**
 * The stems of a .dic (text `dic`) that end in `strip` and are listed with a suffix class of
 * the .aff (text `aff`) that strips it and adds `add` (a feminine plural), and with none that
 * strips it and adds a form ending in `masculine` (a masculine plural: "a" → "i", "a" → "hi").
 */
export function readPluralFeminines(aff: string, dic: string, [strip, add]: readonly [string, string], masculine: string): ReadonlySet<string> {
  const split = flagSplitter(aff);
  const feminine = new Set<string>();
  const notFeminine = new Set<string>();
  for (const m of aff.matchAll(/^SFX[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+\S+/gm)) {
    if (m[2] !== strip) continue;
    const added = m[3].split('/')[0];
    if (added === add) feminine.add(m[1]);
    if (added.endsWith(masculine)) notFeminine.add(m[1]);
  }
  const out = new Set<string>();
  if (feminine.size === 0) return out;
  forEachEntry(dic, (word, rest) => {
    if (!word.endsWith(strip)) return;
    const flags = split(rest);
    if (flags.some((f) => feminine.has(f)) && !flags.some((f) => notFeminine.has(f))) out.add(detached(word));
  });
  return out;
}

/**
 * The stems of `speller`'s dictionary that end in `strip` and are listed with a suffix class
 * that strips it and adds `add`, where the rule's condition holds (dictionary-it, "o" → "a":
 * "appropriato/EyTUYqrs", whose E makes "appropriata"; not "auto/TUqrs", "eco/OTUqs"), or
 * undefined when the speller has no dictionary files to read. Read once per dictionary.
 */
export function dictionaryMadeBy(speller: Speller, [strip, add]: readonly [string, string]): ReadonlySet<string> | undefined {
  return fromDictionary(speller, `made-by\u0000${strip}\u0000${add}`, (aff, dic) => readMadeBy(aff, dic, [strip, add]));
}

/** The stems of `dictionaryMadeBy` of a .dic (text `dic`) and its .aff (text `aff`). */
export function readMadeBy(aff: string, dic: string, [strip, add]: readonly [string, string]): ReadonlySet<string> {
  const conditions = new Map<string, RegExp[]>();
  for (const m of aff.matchAll(/^SFX[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)/gm)) {
    // (A rule: class, what it strips, what it adds with its own classes after a slash, condition.)
    if (m[2] !== strip || m[3].split('/')[0] !== add) continue;
    conditions.set(m[1], [...(conditions.get(m[1]) ?? []), new RegExp(`${m[4] === '.' ? '' : m[4]}$`, 'u')]);
  }
  const out = new Set<string>();
  if (conditions.size === 0) return out;
  const split = flagSplitter(aff);
  forEachEntry(dic, (written, rest) => {
    if (!written.endsWith(strip)) return;
    const word = detached(written);
    if (split(rest).some((flag) => conditions.get(flag)?.some((c) => c.test(word)))) out.add(word);
  });
  return out;
}

/**
 * The stems of `speller`'s dictionary listed with one of the suffix classes `classes`
 * (dictionary-fr: "ancien/F+", "ami/F.", "acteur/Fc", whose classes make their feminine), or
 * undefined when the speller has no dictionary files to read. Read once per dictionary.
 */
export function dictionaryClassed(speller: Speller, classes: readonly string[]): ReadonlySet<string> | undefined {
  return fromDictionary(speller, `classed\u0000${classes.join('\u0000')}`, (aff, dic) => readClassed(aff, dic, classes));
}

/** The stems of a .dic (text `dic`) listed with one of `classes`, split as the .aff (text `aff`) writes classes. */
export function readClassed(aff: string, dic: string, classes: readonly string[]): ReadonlySet<string> {
  return readEntries(aff, dic, new Set(classes), false);
}

/**
 * The feminine singular forms that the suffix classes `classes` make of the stems listed with
 * them (dictionary-fr: "actrice" of "acteur/Fc", "amie" of "ami/F.", "ancienne" of
 * "ancien/F+"): a rule's form ending in e or ë, not its plurals ("actrices") nor the stem as it
 * is; or undefined when the speller has no dictionary files to read. Read once per dictionary.
 */
export function dictionaryMadeFeminines(speller: Speller, classes: readonly string[]): ReadonlySet<string> | undefined {
  return fromDictionary(speller, `made-feminines\u0000${classes.join('\u0000')}`, (aff, dic) => readMadeFeminines(aff, dic, classes));
}

/** The forms of `dictionaryMadeFeminines` of a .dic (text `dic`) and its .aff (text `aff`). */
export function readMadeFeminines(aff: string, dic: string, classes: readonly string[]): ReadonlySet<string> {
  const wanted = new Set(classes);
  const rules = new Map<string, Array<{ strip: string; add: string; condition: RegExp }>>();
  for (const m of aff.matchAll(/^SFX[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+(\S+)/gm)) {
    // (A rule: class, what it strips, what it adds with its own classes after a slash, condition.)
    if (!wanted.has(m[1])) continue;
    const add = m[3].split('/')[0];
    if (add === '0' || !/[eë]$/u.test(add)) continue;
    const strip = m[2] === '0' ? '' : m[2];
    rules.set(m[1], [...(rules.get(m[1]) ?? []), { strip, add, condition: new RegExp(`${m[4] === '.' ? '' : m[4]}$`, 'u') }]);
  }
  const out = new Set<string>();
  if (rules.size === 0) return out;
  const split = flagSplitter(aff);
  forEachEntry(dic, (written, rest) => {
    let word: string | undefined;
    for (const flag of split(rest)) {
      for (const rule of rules.get(flag) ?? []) {
        word ??= detached(written);
        if (word.endsWith(rule.strip) && rule.condition.test(word)) out.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
  });
  return out;
}
