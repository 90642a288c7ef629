/**
 * Spelling with Hunspell (the same verdicts as the `hunspell` program on the same
 * dictionary). Glossary terms are words too. A lower-case unknown word is a warning
 * with Hunspell's suggestions; a capitalized one is reported as information only,
 * since it is most often a name. Suggestions are costly (about 2 ms a word even with
 * Hunspell's n-gram and compound suggestions off), so they are computed after the
 * checks, for at most `--suggestions` words per document, lower-case words first
 * (see `Lektor.check`). When the source text is given, a capitalized word that occurs in it
 * verbatim is a name or term carried over, not a spelling error, and a phrase of another
 * language it has verbatim ("sotto voce", "nota bene") is one finding, not one a word. Where the locale writes ss
 * for ß (de-CH), a word with ß is a warning, with its ss form as the suggestion.
 *
 * @example
 *   in:  "Das ist ein Problemm."
 *   finding: "Unknown word `Problemm`", suggestions from Hunspell
 */
import { PROFILES, SUPPORTED_LANGUAGES, isComputingLoanword, profileFor } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';
import { defineRule, type RuleContext, type WordToken } from '../core/rule.js';
import { COMBINING_MARK, NAME_CONNECTORS, WORD_HYPHENS, elided, foldApostrophes, inCapitals, isAlphabetic, isCapitalized, spaced } from '../core/segment.js';
import { carriedOver, sourceParagraph, sourceView } from '../core/source.js';
import { UNIT_SYMBOLS } from '../spell/units.js';
import { SUPPORTED_SCRIPTS, hasScriptLetter } from '../language/detect.js';
import { joinedToVerb } from '../spell/enclitics.js';
import type { Speller } from '../spell/hunspell.js';
import { NAME_SHAPE, loadNameList } from '../spell/wordlist.js';
import { inForeignQuotation, shortQuotations } from '../core/quotations.js';

/**
 * Whether a word is known: to the dictionary, as a glossary term, or (compounds) part by part.
 * A word the dictionary rejects is looked at by three rules (spelling, untranslated, fused
 * tokens): its verdict is kept for the document (per language).
 */
export function isKnownWord(ctx: RuleContext, value: string): boolean {
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller) return true;
  if (speller.correct(value)) return true;
  // A paragraph in another language than its document's mixes both ("Bands wie Pixies, The
  // Replacements, Sonic Youth" in a German text reads as English): a word of the document's
  // language is no misspelling there.
  if (ctx.language !== ctx.doc.language && ctx.doc.resources.speller(ctx.doc.language)?.correct(value)) return true;
  // Written with combining marks ("Lu\u0308denscheid"): the word as the glossary and dictionary write it, composed.
  if (COMBINING_MARK.test(value)) {
    const composed = value.normalize('NFC');
    if (composed !== value) return isKnownWord(ctx, composed);
  }
  let byLanguage = ctx.doc.state.get(BEYOND_DICTIONARY) as Map<string, Map<string, boolean>> | undefined;
  if (!byLanguage) ctx.doc.state.set(BEYOND_DICTIONARY, (byLanguage = new Map()));
  let verdicts = byLanguage.get(ctx.language);
  if (!verdicts) byLanguage.set(ctx.language, (verdicts = new Map()));
  let known = verdicts.get(value);
  if (known === undefined) verdicts.set(value, (known = knownBeyondDictionary(ctx, speller, value)));
  return known;
}

/** `isKnownWord` for a word of the block, kept on the token for the rules after the first that asks. */
export function isKnownToken(ctx: RuleContext, w: WordToken): boolean {
  if (w.knownIn !== ctx.language) {
    w.known = isKnownWord(ctx, w.value);
    w.knownIn = ctx.language;
  }
  return w.known;
}

/**
 * Whether word `i` is a name connector ("of" in "Hall of Fame", "da" in "Leonardo da Vinci")
 * between two capitalized words of its sentence, spaced, one of which at least the
 * dictionary does not know: in German every noun is capitalized, and "Vertretern of
 * Polizei" is no name.
 */
/**
 * Whether "X of Y" reads as an English name: Y a name English lists and X an English word
 * ("Bank of Japan", "University of London"; not "Bürgermeister of London", "Regierung of Japan").
 */
function englishName(ctx: RuleContext, before: string, after: string): boolean {
  if (ctx.language === 'en') return false;
  const english = ctx.doc.resources.speller('en');
  return english?.isName(after) === true && (english.correct(before.toLowerCase()) || english.correct(before));
}

/** Particles that begin a surname ("von der Leyen", "van Gaal", "de Gaulle", "ten Hag"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'da', 'du', 'del', 'della', 'dos', 'ten', 'ter', 'zu']);

/** A word before its first hyphen ("Fame" of "Fame-Kandidaten"); the word where it has none. */
function nameHead(value: string): string {
  const hyphen = value.indexOf('-');
  return hyphen > 0 ? value.slice(0, hyphen) : value;
}
/** Whether a word, or its first part before a hyphen, is known. */
function nameHeadKnown(ctx: RuleContext, w: WordToken): boolean {
  const head = nameHead(w.value);
  return head === w.value ? isKnownToken(ctx, w) : isKnownWord(ctx, head);
}

export function connectsName(ctx: RuleContext, i: number): boolean {
  const words = ctx.words;
  // (Not a word of the text's own language: German "der" between two nouns is an article.)
  const connector = (k: number) => NAME_CONNECTORS.has(words[k].value) && !ctx.profile?.functionWords.has(words[k].value) && !ctx.profile?.articles?.has(words[k].value);
  if (!connector(i)) return false;
  // The run of connectors word `i` is in ("von der" in "Ursula von der Leyen"), at most three.
  let a = i;
  let b = i;
  while (a - 1 >= 0 && i - a < 2 && connector(a - 1) && spaced(ctx, ctx.text, a - 1, a)) a--;
  while (b + 1 < words.length && b - a < 2 && connector(b + 1) && spaced(ctx, ctx.text, b, b + 1)) b++;
  const prev = words[a - 1];
  const next = words[b + 1];
  // A surname's particles without the first name ("backed by von der Leyen", "por van Gaal"):
  // a particle first, then an unknown capitalized word.
  // (A run of particles, "von der", "de la"; or one that is no function word of the languages
  // Lektor knows, "van": a German "von Experten", "zu Hause" left in English is no name.)
  if (
    SURNAME_PARTICLES.has(words[a].value) &&
    (b > a || !PROFILES.some((p) => p.functionWords.has(words[a].value))) &&
    next !== undefined &&
    isCapitalized(next.value) &&
    spaced(ctx, ctx.text, b, b + 1) &&
    !isKnownToken(ctx, next)
  ) {
    return true;
  }
  return (
    prev !== undefined &&
    next !== undefined &&
    isCapitalized(prev.value) &&
    isCapitalized(next.value) &&
    spaced(ctx, ctx.text, a - 1, a) &&
    spaced(ctx, ctx.text, b, b + 1) &&
    // (Both known words: a name still where the second is a name English lists, a place or a
    // person, "Bank of Japan", "Bank of England"; "Vertretern of Polizei" is none. A name as a
    // compound's first part is judged alone: "Hall of Fame-Kandidaten", "Bank of England-Chef".)
    (!(isKnownToken(ctx, prev) && nameHeadKnown(ctx, next)) || englishName(ctx, prev.value, nameHead(next.value)))
  );
}

/** Whether a number stands before `[start, end)` ("5 mg", "5\u00a0mg") or after it, past a period ("pp. 3"). */
export function nextToNumber(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  if (i >= 0 && i < start - 1 && DIGIT.test(text[i])) return true;
  let j = end;
  if (text[j] === '.') j++;
  while (j < text.length && SPACE.test(text[j])) j++;
  return j > end && j < text.length && DIGIT.test(text[j]);
}
const SPACE = /[ \u00a0\u202f\u2009]/;
const DIGIT = /\d/;

/**
 * The two known words a lower-case unknown word is made of, as the profile's
 * `unlistedCompounds` reads compounds ("türkis" and "grüne"; a first part may be a noun,
 * "Sauerstoff" in "sauerstoffarmes"), or undefined when it is no compound or looks like a
 * misspelled or fused one (see `unlistedCompounds`). The split with the longest first part.
 */
function unlistedCompound(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): [string, string] | undefined {
  const rule = ctx.profile?.unlistedCompounds;
  const profile = ctx.profile;
  if (!rule || !profile || value.length < rule.minHead + rule.minTail || value.includes('-')) return undefined;
  const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
  const excluded = (w: string) =>
    rule.notParts.has(w) || profile.functionWords.has(w) || profile.subordinators.has(w) || (profile.articles?.has(w) ?? false);
  let found: [string, string] | undefined;
  for (let i = value.length - rule.minTail; i >= rule.minHead && !found; i--) {
    const head = value.slice(0, i);
    const tail = value.slice(i);
    if (excluded(head) || excluded(tail) || !speller.correct(tail)) continue;
    // (One of the profile's `heads` is a first part as a known word is: "fünft|höchsten".)
    const listedHead = rule.heads?.has(head) === true;
    const lowerHead = listedHead || speller.correct(head);
    // A first part is a known word, or a noun with its linking element ("Leistung|s", "Verteidigung|s").
    const linked = (): boolean =>
      rule.links.some((link) => link !== '' && head.endsWith(link) && head.length - link.length >= 4 && speller.correct(capital(head.slice(0, -link.length))));
    if (!lowerHead && !speller.correct(capital(head)) && !linked()) continue;
    // An inflected word before another ("große|schwarze", "setzte|seine"): two words run together.
    if (lowerHead && !listedHead) {
      const m = rule.endings.exec(head);
      if (m && !excluded(m[1]) && speller.correct(m[1])) continue;
    }
    // Another linking element makes a known word ("gesundheit|schädlich": "gesundheitsschädlich").
    let stem = head;
    for (const link of rule.links) {
      if (link === '' || !head.endsWith(link) || head.length - link.length < 3) continue;
      const s = head.slice(0, -link.length);
      if (speller.correct(s) || speller.correct(capital(s))) {
        stem = s;
        break;
      }
    }
    // (Only after a noun, whose linking elements these are: an adjective's other forms make odd
    // compounds Hunspell accepts, "leicht|gefallen" beside "leichtergefallen".)
    if (!lowerHead && rule.links.some((link) => stem + link !== head && speller.correct(stem + link + tail))) return undefined;
    found = [head, tail];
  }
  // (The checks below only for a word that splits: each costs Hunspell verdicts, ~20 µs each for
  // these words, and most unknown words do not split.)
  if (!found) return undefined;
  // A known noun written in lower case ("zahnbürste"): where the first part is a noun (an
  // adjective's compound, "leicht|gefallen", is no noun, whatever Hunspell makes of "Leichtgefallen").
  if (!speller.correct(found[0]) && !rule.heads?.has(found[0]) && speller.correct(capital(value))) return undefined;
  // A letter less, or two letters swapped, make a known word: a slip ("wiederspiegeln", "hautsächlich").
  if (oneSlipFromKnown(speller, value)) return undefined;
  return found;
}

/**
 * The particle and the rest of a lower-case unknown word that is a separable verb the dictionary
 * lacks (the profile's `verbParticles`, with its infix or not: "weg|schossen", "heraus|zulocken"),
 * or an inseparable one (its `verbPrefixes`: "über|produziert", "um|verteilen"),
 * or undefined: the rest a known word of four letters or more, no small word ("auf|ihre" is two
 * words fused), and the whole no slip of a known word.
 */
function particleVerb(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): [string, string] | undefined {
  const profile = ctx.profile;
  if (!profile?.verbParticles || value.includes('-') || !/^\p{Ll}/u.test(value)) return undefined;
  const small = (w: string) =>
    profile.functionWords.has(w) || profile.subordinators.has(w) || profile.articles?.has(w) === true || profile.pronouns?.has(w) === true || profile.possessives?.has(w) === true || profile.unlistedCompounds?.notParts.has(w) === true;
  for (const particle of [...profile.verbParticles, ...(profile.verbPrefixes ?? [])]) {
    if (!value.startsWith(particle)) continue;
    const rest = value.slice(particle.length);
    const infix = profile.infixes.find((i) => rest.startsWith(i) && rest.length - i.length >= 4 && speller.correct(rest.slice(i.length)) && !small(rest.slice(i.length)) && verbForm(speller, rest.slice(i.length)));
    if (infix === undefined && (rest.length < 4 || !speller.correct(rest) || small(rest) || !verbForm(speller, rest))) continue;
    if (oneSlipFromKnown(speller, value)) return undefined;
    return [particle, rest];
  }
  return undefined;
}

/** German verb endings, longest first, and the endings of a verb's other forms ("locken": "lockt"). */
const VERB_ENDINGS = ['ten', 'tet', 'te', 'en', 'et', 'st', 't', 'e', 'n'];
const OTHER_FORMS = ['en', 't', 'te'];

/**
 * Whether a known word in small letters is a form of a verb: with one of its endings for
 * another, a known word ("locken": "lockt", "winkte": "winken"). Not an adverb or a pronoun
 * ("allem", "kurzem", "bisschen": "vorallem", "einbisschen" are two words fused).
 */
function verbForm(speller: { correct(w: string): boolean }, word: string): boolean {
  for (const ending of VERB_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    for (const other of OTHER_FORMS) if (other !== ending && speller.correct(stem + other)) return true;
  }
  return false;
}

/** Whether deleting one letter of the word, or swapping two neighbours, gives a word the speller knows (up to the letter at `last`: the whole word by default). */
function oneSlipFromKnown(speller: { correct(w: string): boolean }, word: string, last = word.length - 1): boolean {
  for (let i = 0; i <= last; i++) if (speller.correct(word.slice(0, i) + word.slice(i + 1))) return true;
  for (let i = 0; i < last; i++) {
    if (word[i] === word[i + 1]) continue;
    if (speller.correct(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}


/** Document state: per language, the verdicts of `knownBeyondDictionary`. */
const BEYOND_DICTIONARY = 'spelling.beyond-dictionary';

/** A word the dictionary rejects: a glossary term, or a compound whose parts are known. */
function knownBeyondDictionary(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): boolean {
  const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
  const accepted = ctx.doc.resources.glossary.acceptedWords(ctx.language);
  const endings = ctx.profile?.nounEndings ?? [];
  const listed = (w: string) => isTerm(terms, w, endings) || (accepted.size > 0 && isAccepted(accepted, w, endings));
  if (listed(value)) return true;
  if (value.includes('-')) {
    // "Hikvision-Kameras", "Moyu-Vertrag": every part known, or a glossary term, or a capitalized name-like part.
    // (The first part may be one of the profile's `joinedPrefixes` before a known word: "pre-selected", "pré-installation".)
    const parts = value.split('-').filter(Boolean);
    const prefixes = ctx.profile?.joinedPrefixes?.prefixes;
    const known = parts.map((p, i) => speller.correct(p) || listed(p) || (i === 0 && parts.length > 1 && prefixes?.includes(p.toLowerCase()) === true));
    const last = parts.length - 1;
    return known[last] && known.every((k, i) => k || (i < last && isCapitalized(parts[i])));
  }
  // A possessive of a known word where the language writes every noun's with an apostrophe
  // (English "maintainer's", its `possessive.otherwise`), which Hunspell lists for some nouns only.
  // (Not German, whose nouns take a bare -s: "Auto's" is misspelt.)
  const possessive = ctx.profile?.possessive?.otherwise;
  if (possessive !== undefined && possessive.startsWith("'")) {
    const folded = foldApostrophes(value);
    if (folded.length > possessive.length + 2 && folded.endsWith(possessive) && speller.correct(folded.slice(0, -possessive.length))) return true;
  }
  // A known word with a pronoun joined by an apostrophe ("geht's", "gibt’s": es).
  // Only on a word written in lower case (a verb, a pronoun: "gibt's", "wie's"; capitalized at a
  // sentence start, "Hat's"), never on a noun ("Auto's", "Pizza's": an apostrophe for a plural
  // or genitive s) nor a preposition ("in's", "auf's": "ins", "aufs").
  // (Pronouns joined onto a verb with no apostrophe, the profile's `enclitics`, are read below.)
  const clitics = ctx.profile?.clitics;
  if (clitics) {
    const folded = foldApostrophes(value);
    for (const clitic of clitics) {
      if (folded.length <= clitic.length + 1 || !folded.endsWith(clitic)) continue;
      const stem = folded.slice(0, -clitic.length).toLowerCase();
      if (speller.correct(stem) && !(ctx.profile?.prepositions?.has(stem) ?? false)) return true;
    }
  }
  // Pronouns joined onto a verb's form the dictionary knows, with the accent they ask for
  // ("dárselo", "poniéndose", "cuéntamelo"; Italian "twittarlo"): see src/spell/enclitics.ts.
  const enclitics = ctx.profile?.enclitics;
  if (enclitics && joinedToVerb(enclitics, speller, value)) return true;
  // An adverb of a known adjective ("recursivamente": "recursiva").
  const adverb = ctx.profile?.adverbEnding;
  if (adverb && value.length > adverb.length + 3 && value.endsWith(adverb) && /^\p{Ll}/u.test(value) && speller.correct(value.slice(0, -adverb.length))) return true;
  // A prefix written joined to a known word ("exalcalde", "ciberataque", "proeuropeo").
  const joined = ctx.profile?.joinedPrefixes;
  if (joined && /^\p{Ll}/u.test(value)) {
    for (const prefix of joined.prefixes) {
      if (value.length - prefix.length < joined.minRest || !value.startsWith(prefix)) continue;
      const rest = value.slice(prefix.length);
      // After a vowel the r doubles ("contrarreloj", "autorretrato"): "contrareloj" is misspelt.
      if (joined.doubleR && /[aeiouáéíóú]$/u.test(prefix) && rest.startsWith('r') && !rest.startsWith('rr')) continue;
      if (speller.correct(rest.startsWith('rr') && /[aeiouáéíóú]$/u.test(prefix) ? rest.slice(1) : rest)) return true;
    }
  }
  // A form made regularly from a known word (French "cèdera" for "cédera", Spanish
  // "inicialización" of "inicializar": the profile's `derivedForms`).
  for (const [pattern, dictionary] of ctx.profile?.derivedForms ?? []) {
    const old = value.replace(pattern, dictionary);
    if (old !== value && speller.correct(old)) return true;
  }
  // A loanword written with its accents ("régime", "façade", "fiancé") where the language
  // writes accents only on loanwords (English): known when its unaccented form is.
  if (ctx.profile?.accentedLoanwords && /[^\x00-\x7f]/.test(value)) {
    const plain = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== value && speller.correct(plain)) return true;
  }
  return false;
}

/**
 * The small-letter form of word `k` where it is an accepted word listed only so, written with a
 * capital after a small word of its sentence, only spaces between ("ist Viral gegangen", "sind
 * Fermentiert"): asked only where a capital says noun (German). `isAccepted` takes the capital
 * anywhere, as Hunspell takes "Sehr" for "sehr" (a word's verdict does not know its place); here
 * the place is read. Not after an article or another function word, where a verb or adjective
 * becomes a noun ("das Teleportieren", "beim Koexistieren"), nor with an ending ("nichts
 * Virales"), nor in a heading, nor for a word the dictionary, a glossary term or the source has
 * as written. Undefined otherwise.
 */
function acceptedInSmallLetters(ctx: RuleContext, speller: SmallLetterSpeller, k: number): string | undefined {
  const w = ctx.words[k];
  const value = w.value;
  if (k === 0 || value.length < 2 || !isCapitalized(value) || value.slice(1) !== value.slice(1).toLowerCase()) return undefined;
  // (The list first: asked of every known capitalized word, and nearly none is on it.)
  const accepted = ctx.doc.resources.glossary.acceptedWords(ctx.language);
  const folded = foldApostrophes(value);
  const lower = folded[0].toLowerCase() + folded.slice(1);
  const listed = accepted.has(lower) && !accepted.has(folded);
  // Or a word the dictionary has in small letters only ("ist Bekannt", "wurde Gegründet"), in
  // a form without an ending, where a capital makes an adjective or a verb a noun ("das
  // Bekannte", "nichts Neues", "beim Laufen").
  if (!listed && (value.length < 4 || NOUN_MAKING_ENDING.test(value) || accepted.has(folded))) return undefined;
  const prev = ctx.words[k - 1];
  const profile = ctx.profile!;
  // A listed word after any small word; a dictionary's word only where a verb's complement
  // stands (after a finite auxiliary: "ist Bekannt", "wurde Gegründet") or after a year ("1945
  // Aufgelöst"), and not before a capital, where names run ("wurde Oberst Alessandro", "1811
  // Fort Astoria"): measured on MLQE-PE's train split, a small word before it alone found
  // nouns the dictionary lacks ("etwas Violett", "den mürrischen Befall") more than errors.
  const after = listed ? prev.alpha && /^\p{Ll}/u.test(prev.value) : (prev.alpha && profile.finiteAuxiliaries?.has(prev.value)) || /^\d+$/.test(prev.value);
  if (prev.sentence !== w.sentence || prev.opaque || !after || ctx.block.kind === 'heading') return undefined;
  if (!/^[ \t\u00A0\u202F]+$/u.test(ctx.text.slice(prev.end, w.start))) return undefined;
  if (profile.functionWords.has(prev.value) || profile.articles?.has(prev.value)) return undefined;
  if (listed) {
    if (speller.correct(value)) return undefined;
  } else {
    const next = ctx.words[k + 1];
    if (next !== undefined && next.sentence === w.sentence && /^\p{Lu}/u.test(next.value)) return undefined;
    if (!speller.correct(lower) || speller.isName(value) || speller.isCommonNoun(value, profile.nounFlags ?? '')) return undefined;
  }
  if (ctx.doc.resources.glossary.matcher(ctx.language).termWords.has(value) || sourceView(ctx.doc)?.words.has(value)) return undefined;
  return value[0].toLowerCase() + value.slice(1);
}

/** What `acceptedInSmallLetters` asks of the language's speller. */
interface SmallLetterSpeller {
  correct(w: string): boolean;
  isName(w: string): boolean;
  isCommonNoun(w: string, flags: string): boolean;
}

/** Endings of a German adjective, participle or infinitive made a noun ("Bekannte", "Neues", "Laufen", "Handelns"). */
const NOUN_MAKING_ENDING = /(?:e|em|en|er|es|n|s)$/u;

/**
 * Whether a newsroom's accepted-words list has the word: as written, with a capital (anywhere:
 * the verdict is a word's, not a place's; a German sentence's middle is read by
 * `acceptedInSmallLetters`) or in capitals for a word listed in lower case, or with one of the
 * language's endings ("Touchdowns" for "Touchdown").
 */
function isAccepted(accepted: ReadonlySet<string>, raw: string, endings: readonly string[]): boolean {
  // (Asked of every word the dictionary rejects: the first three letters, without case, rule
  // out nearly all of them before any form is built.)
  if (raw.length >= 3) {
    const prefixes = prefixesOf(accepted);
    const folded = foldCase(foldApostrophes(raw));
    // (A listed word shorter than three letters is its own prefix: "DJ" for "DJs".)
    if (!prefixes.has(folded.slice(0, 3)) && !(prefixes.short && (prefixes.has(folded.slice(0, 2)) || prefixes.has(folded.slice(0, 1))))) return false;
  }
  const value = foldApostrophes(raw);
  const forms = [value];
  const lower = value.toLowerCase();
  if (lower !== value && (value.slice(1) === lower.slice(1) || value === value.toUpperCase())) forms.push(lower);
  if (forms.some((form) => hasWithEnding(accepted, form, endings))) return true;
  // In capitals ("LIMOUSINE", "O'NEILLSTRASSE" in a headline): the list without case, ß as ss.
  if (value === value.toUpperCase() && value !== lower) {
    if (hasWithEnding(foldedAccepted(accepted), foldCase(value), endings)) return true;
  }
  return false;
}

/** Whether an apostrophe stands before `start`, opening the word (no letter or digit before it). */
function apostropheBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 0x2019 || c === 0x27) && (start < 2 || !/[\p{L}\p{N}]/u.test(text[start - 2]));
}

/** A word as Swiss German writes it: ss for ß, SS in capitals ("GROßE" → "GROSSE"). */
function swissSpelling(word: string): string {
  const rest = word.replace(/ß/g, '');
  return word.replace(/ß/g, rest.length > 1 && rest === rest.toUpperCase() && rest !== rest.toLowerCase() ? 'SS' : 'ss');
}

/** Whether the set has the word, or the word less one of the language's endings ("Touchdowns"). */
function hasWithEnding(set: ReadonlySet<string>, word: string, endings: readonly string[], asIs = true): boolean {
  if (asIs && set.has(word)) return true;
  for (const e of endings) if (word.length > e.length + 1 && word.endsWith(e) && set.has(word.slice(0, -e.length))) return true;
  return false;
}

const foldCase = (w: string) => w.toLowerCase().replace(/ß/g, 'ss');
const prefixSets = new WeakMap<ReadonlySet<string>, Set<string> & { short: boolean }>();
/** The accepted words' first three letters without case (cached per list); a shorter word is its own prefix (`short`: there is one). */
function prefixesOf(accepted: ReadonlySet<string>): Set<string> & { short: boolean } {
  let set = prefixSets.get(accepted);
  if (!set) {
    const folded = [...accepted].map((w) => foldCase(foldApostrophes(w)));
    set = Object.assign(new Set(folded.map((w) => w.slice(0, 3))), { short: folded.some((w) => w.length < 3) });
    prefixSets.set(accepted, set);
  }
  return set;
}
const foldedSets = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The accepted words without case (cached per list). */
function foldedAccepted(accepted: ReadonlySet<string>): Set<string> {
  let set = foldedSets.get(accepted);
  if (!set) foldedSets.set(accepted, (set = new Set([...accepted].map(foldCase))));
  return set;
}

/** The term words in lower case, per set (all-capitals words are looked up there: "SELENSKYJ"). */
const lowerTerms = new WeakMap<ReadonlySet<string>, Set<string>>();

function isTerm(terms: ReadonlySet<string>, value: string, endings: readonly string[]): boolean {
  if (terms.has(value)) return true;
  if (inCapitals(value)) {
    let lower = lowerTerms.get(terms);
    if (!lower) lowerTerms.set(terms, (lower = new Set([...terms].map((t) => t.toLowerCase()))));
    // (Without endings: "IPVMS" is an acronym with a stray S, not a form of the term IPVM.)
    if (lower.has(value.toLowerCase())) return true;
  }
  return hasWithEnding(terms, value, endings, false);
}

/** A hyphen of `WORD_HYPHENS` before a line's end (spaces between); the same alone before the next line's spaces. */
const HYPHEN_AT_LINE_END = /[-\u2010\u2011\u00AD][ \t]*[\r\n]/;
const HYPHEN_LINE_BREAK = /^[-\u2010\u2011\u00AD][ \t]*(?:\r\n|\r|\n)[ \t]*$/;

/**
 * The words of a paragraph hyphenated at a line break, as print and PDF copy break them
 * ("ein Spre-\nchersagte", "Nachrichten-\nagentur"), whose halves make a word the spelling
 * check knows ("Sprecher", "Nachrichtenagentur"; a compound of known parts with a hyphen of its
 * own, "Multithread-De‐⏎kompression", "Ein‐⏎zelthread-Modus"; a glossary term, an accepted word:
 * `isKnownWord`): indices of both halves, which are no misspellings.
 * (A hyphen before a capital stays a compound's: "Hikvision-\nGeräte".)
 */
export function lineBreakHyphenation(ctx: RuleContext): Set<number> | undefined {
  const { text, words } = ctx;
  if (!ctx.doc.resources.speller(ctx.language)) return undefined;
  // (Any of the hyphens that join a word's parts, `WORD_HYPHENS`: typeset text has the hyphen, U+2010, and the soft hyphen.)
  if (!HYPHEN_AT_LINE_END.test(text)) return undefined;
  let found: Set<number> | undefined;
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k];
    const next = words[k + 1];
    const hyphen = WORD_HYPHENS.has(w.value.charCodeAt(w.value.length - 1)) ? w.end - 1 : WORD_HYPHENS.has(text.charCodeAt(w.end)) ? w.end : -1;
    if (hyphen < 0 || w.opaque || next.opaque || !/^\p{Ll}/u.test(next.value)) continue;
    if (!HYPHEN_LINE_BREAK.test(text.slice(hyphen, next.start))) continue;
    // (The hyphen is the word's last character, or the one after it.)
    const joined = (hyphen === w.end - 1 ? w.value.slice(0, -1) : w.value) + next.value;
    if (isKnownWord(ctx, joined)) (found ??= new Set()).add(k).add(k + 1);
  }
  return found;
}

export default defineRule(
  {
    id: 'spelling',
    description: 'Words unknown to the language’s Hunspell dictionary and the glossary.',
    category: 'spelling',
    severity: 'warning',
    // (Every language with a profile: each names its Hunspell dictionary.)
    languages: SUPPORTED_LANGUAGES,
    fix: 'review',
    examples: {
      flag: [
        // One word spelt as British English writes it, in a text checked as American: information,
        // with the American spelling suggested (two such words make the text British: no finding).
        { lang: 'en', text: 'The organisers said the festival would go ahead.', output: 'The organizers said the festival would go ahead.' },
        { lang: 'it', text: 'Il governo ha approvato la rifroma delle pensioni.', output: 'Il governo ha approvato la riforma delle pensioni.' },
        { lang: 'pt', text: 'O governo aprovou a refroma da previdência.' },
        { lang: 'nl', text: 'De regering keurde de hervroming van de pensioenen goed.' },
        // A listed given name without the accent its dictionary writes, standing alone (information).
        { lang: 'es', text: 'Jose dijo que el proyecto sigue adelante.' },
        // "of" before a place, after a word English does not know: English left over.
        { lang: 'de', text: 'Der Bürgermeister of London sprach am Montag mit der Presse.' },
        { lang: 'de', text: 'Das ist ein schwerwigendes Problem.', output: 'Das ist ein schwerwiegendes Problem.' },
        // An accepted word listed in small letters (wordlists/accept-de.txt), capitalized in the middle of a German sentence.
        { lang: 'de', text: 'Das Video ist Viral gegangen.' },
        // A word the dictionary has in small letters only, capitalized after a finite auxiliary or a year.
        { lang: 'de', text: 'Die Firma ist Bekannt für ihre Kameras.', output: 'Die Firma ist bekannt für ihre Kameras.' },
        { lang: 'de', text: 'Der Konzern wurde im Jahr 2001 Gegründet, sagte der Sprecher.', output: 'Der Konzern wurde im Jahr 2001 gegründet, sagte der Sprecher.' },
        // An adjective's productive ending for another: "hysterisch" misspelt, not a new word;
        // its stem misspelt: a consonant written once, English "c" for "k".
        { lang: 'de', text: 'Die Reaktion war aggresiv.' },
        { lang: 'de', text: 'Das Angebot ist exclusiv.' },
        { lang: 'de', text: 'Die Reaktion der Regierung war hysterig.' },
        // An adjective of a Greek prefix and root (information: "ektotherme"), its root misspelt (a warning).
        { lang: 'de', text: 'Die ektotherme Echse lag auf der metamorfen Schicht.' },
        { lang: 'en', text: 'This is a seriuos problem.', output: 'This is a serious problem.' },
        { lang: 'de', text: 'Das ist ein Problém.' },
        // An apostrophe s on a noun or a preposition is no "es".
        { lang: 'de', text: 'Die Auto\'s fahren in\'s Kino.' },
        // The r doubles after a prefix's vowel.
        { lang: 'es', text: 'Ganó la contrareloj.' },
        // Two English words fused with a quantifier: no compound (the profile's `unlistedCompounds`).
        { lang: 'en', text: 'They help eachother everytime.' },
        // An English possessive of a word misspelt.
        { lang: 'en', text: "The maintainr's work is never done." },
        // A prefix before a word misspelt, with a hyphen or without (the profile's `joinedPrefixes`).
        { lang: 'en', text: 'Only a pre-selcted set of packages is on the disc.' },
        { lang: 'fr', text: 'Les pilotes utilisent des microcdes.' },
        // A noun of action whose verb is misspelt, or which lacks its accent (the profile's `derivedForms`).
        { lang: 'en', text: 'The initalizations failed.' },
        { lang: 'es', text: 'La inicializacion terminó.' },
        // A grave accent where no reform writes one (the future of "céder" is "cèdera" or "cédera").
        { lang: 'fr', text: 'Il cèdait sa place et il cèdra la suivante.' },
        // A verb with its pronouns joined, misspelt, or without the accent they ask for (the profile's `enclitics`).
        { lang: 'es', text: 'Quería dárselp mañana.', output: 'Quería dárselo mañana.' },
        { lang: 'es', text: 'Quería darselo mañana.' },
        { lang: 'es', text: 'Siguió procesandolos uno a uno.' },
        { lang: 'it', text: 'Voglio mandarmelp domani.' },
        // A unit symbol is one only next to a number.
        { lang: 'de', text: 'Das mg ist kein Wort.' },
        // An English unit in a German text is one a translation writes out ("3000 Fuß").
        { lang: 'de', text: 'Der Berg ist 3000 ft hoch.' },
        // (And "mph", which German keeps after a number, is a word before none.)
        { lang: 'de', text: 'Das mph ist kein Wort.' },
        // Two known words closed up: information only, "a compound of … and …?".
        { lang: 'de', text: 'Sie trug eine türkisgrüne Jacke.' },
        // (And an ordinal's stem before a superlative or a participle: "fünft|höchsten"; the second part misspelt, a warning.)
        { lang: 'de', text: 'Der fünfthöchste Turm, die zweitschnelste Läuferin.' },
        // A word broken at a line's end whose halves make no known word: the half misspelt is
        // found (a text of one sentence a line, which the reader goes on over such a break).
        { lang: 'de', text: 'Die genaue An-\ngbae der Quelle fehlt in dem Bericht.' },
        { lang: 'en', text: 'The docu-\nmnet was signed yesterday.' },
        // (Nor a compound with a hyphen of its own whose last part is misspelt.)
        { lang: 'de', text: 'Der Kompressor wechselt in den Ein\u2010\nzelthread-Mdous.' },
        // A Latin name's second word after its first, which no dictionary has either: information
        // ("a Latin name?"); after a word the dictionary knows, or of no Latin shape, or a slip of
        // a known word, a misspelling still.
        { lang: 'de', text: 'Eine Lähmung des N. femoralis und der Arteria basilaris.' },
        { lang: 'de', text: 'Der Zirkus spielta am Montag, die Arteria basilar teilt sich.' },
        // A word in small letters the document writes three times or more, no slip of a known word
        // (or in a path too): a term, a command's or a program's name, information; a slip of an
        // accent, repeated or not, a warning. (Severities in test/rules/handbook-false-alarms.test.ts.)
        { lang: 'it', text: 'Il primo processo è init, che legge /etc/init.d; poi init avvia i servizi e init resta attivo.' },
        { lang: 'it', text: 'Non so perchè parte, né perchè si ferma, né perchè riparte.', output: 'Non so perché parte, né perchè si ferma, né perchè riparte.' },
        // Words joined by hyphens, one of them no word and no slip of one: a package's name,
        // information; a slip in one of them, a warning.
        { lang: 'fr', text: 'Le paquet sysv-rc fournit les scripts, debian-installer les installe.' },
        { lang: 'en', text: 'It is a well-knwon problem.', output: 'It is a well-known problem.' },
        // A computing term the language writes in English (the profile's `computingLoanwords`), where
        // the untranslated-word check leaves it (in a quotation with a word of the language): information.
        { lang: 'it', text: 'Si scarica la "versione upstream" del programma.' },
        // Swiss German (de-CH) has no ß.
        { lang: 'de-CH', text: 'Die Straße ist groß.', output: 'Die Strasse ist groß.' },
        // And German German has it: a noun written with ss gets its ß form offered (information: "Weiss" is a name too).
        { lang: 'de', text: 'Die Regierung beschloss neue Massnahmen.', output: 'Die Regierung beschloss neue Maßnahmen.' },
        // A verb in -ieren that German has not (a calque of English "quarantined"), beside one of
        // the Duden's that the dictionary lacks (wordlists/accept-de.txt): still misspelt.
        { lang: 'de', text: 'Die Behörden quarantänisierten die Stadt, die Bakterien hydrolysieren das Protein.' },
        // English's plural "modes" beside the Duden's "Mods" (wordlists/accept-de.txt), which takes
        // German's endings: "Mod" listed had let "Modes" (Mod and -es) through.
        { lang: 'de', text: 'Die Mods spielten die drei neuen Modes des Spiels.' },
      ],
      pass: [
        // An accepted word with a capital at a sentence start, as a nominalization, or with an ending.
        { lang: 'de', text: 'Viral ist das Video nicht, doch das Teleportieren gelang, und nichts Virales blieb.' },
        // A word the dictionary has in small letters, made a noun (an ending, after an article or
        // another word than an auxiliary), or before a name ("wurde Oberst Müller").
        { lang: 'de', text: 'Bekannt war das Bekannte schon, er mischte etwas Violett hinein, und 1863 wurde Oberst Müller verletzt.' },
        { lang: 'de', text: 'Das Ergebnis ist Neues: beim Laufen wurde Gesagtes wiederholt.' },
        // Verbs in -ieren and adjectives of the sciences that German has and the dictionary lacks
        // (wordlists/accept-de.txt), with their endings: words editors wrote in the MLQE-PE post-edits.
        { lang: 'de', text: 'Die Bakterien hydrolysieren das Protein, das granulierte und denaturierte Eiweiß ist inert.' },
        { lang: 'de', text: 'Die Ärzte fermentierten den Extrakt und fanden sardonische Worte für die thorakale Blutung.' },
        // Miles per hour and per gallon after a number, which German keeps (the profile's `unitSymbols`).
        { lang: 'de', text: 'Der Wagen schaffte 112 mph und verbrauchte 14 mpg in der Stadt.' },
        { lang: 'de', text: 'An drei aufeinanderfolgenden Tagen blieb der Wagen gerüchteweise im Schlamm steckenbleiben, sagten die entmenschlichten Wärter.' },
        // Italian: elisions with the typographic apostrophe, an accepted word after one (wordlists/accept-it.txt), prefixes written joined.
        { lang: 'it', text: 'L’azienda ha presentato l’app all’inizio dell’anno.' },
        { lang: 'it', text: 'Il cyberattacco ha colpito la Regione durante il superbonus.' },
        { lang: 'pt', text: 'As empresas anunciaram que vão investir nos aplicativos e nas informações dos usuários.' },
        { lang: 'pt-PT', text: 'O crescimento económico do país surpreendeu o académico António Costa.' },
        { lang: 'pt', text: 'O ciberataque atingiu a microempresa e a inicialização do sistema falhou.' },
        { lang: 'nl', text: 'De meeting met het team werd uitgesteld vanwege de deadline van de manager.' },
        // An English possessive of a known word, which Hunspell lists for some nouns only.
        { lang: 'en', text: "The maintainer's work and the maintainer’s tools." },
        // A prefix before a known word, with a hyphen or without (the profile's `joinedPrefixes`).
        { lang: 'en', text: 'Only a pre-selected set of packages runs its pre-installation scripts.' },
        { lang: 'fr', text: 'Les pilotes utilisent des microcodes et une pré-installation.' },
        // A noun of action or an adjective of a known verb in -ize, -izar (the profile's `derivedForms`).
        { lang: 'en', text: 'The initializations are customizable.' },
        { lang: 'es', text: 'La inicialización y las inicializaciones terminaron.' },
        // The future and conditional as the 1990 rectifications write them (the profile's `derivedForms`).
        { lang: 'fr', text: 'L’interface vous suggèrera une demande, il cèderait sa place et ils règleront la facture.' },
        { lang: 'it', text: 'La lista dei sottoprogetti e dei pacchetti pre-selezionati.' },
        { lang: 'es', text: 'El proyecto es una metadistribución.' },
        { lang: 'de', text: 'Sie glauben nicht, dass wir das prüfen und überwachen sollen.' },
        { lang: 'de', text: 'Die Hikvision-Kameras und TikTok-Videos.' },
        // "of" between known words, before a name English lists: a name's joint.
        { lang: 'de', text: 'Die Bank of Japan hob den Leitzins an, die Bank of England dagegen nicht.' },
        { lang: 'de', text: 'HIKVISION UND TIKTOK IM VISIER.' },
        { lang: 'en', text: 'The régime kept its façade, said her fiancé.' },
        { lang: 'de', text: 'Er trennte Norwegen bzw. Schweden, siehe vgl. Seite 3.' },
        { lang: 'de', text: 'Der Wert lag bei 5 mg, die Struktur misst 3\u00a0nm, das Schiff fährt 12 kn, siehe pp. 3–5.' },
        { lang: 'en', text: 'It weighed 200 lb, sailed at 12 kn and climbed 3000 ft in 2 min.' },
        { lang: 'de', text: 'Arsen schmilzt unter 38,6 atm, der Akku hat 3000 mAh, das Teilchen 5 GeV.' },
        { lang: 'de', text: 'Der Markt für CCTV- und Videoüberwachungsgeräte.' },
        { lang: 'de', text: 'Mehr unter https://example.org/xyzzy und bei info@exampel.org.' },
        { lang: 'fr', text: 'Le secrétaire général de l’OTAN a rencontré les dirigeants de l’INSEE.' },
        // Spanish prefixes written joined (the RAE's rules since 2010).
        { lang: 'es', text: 'El exalcalde y la expresidenta, proeuropeos, hablaron del ciberataque y de la posverdad.' },
        { lang: 'de', text: 'Wie geht’s weiter? Gibt\'s Neues? So war\'s, und hat\'s geklappt?' },
        { lang: 'es', text: 'Ganó la contrarreloj con un autorretrato y un antirrobo.' },
        // (A pronoun joined onto an infinitive the dictionary knows: the profile's `enclitics`.)
        { lang: 'es', text: 'Al descodificarlos, hay que empaquetarlos de nuevo, procesándolos uno a uno.' },
        // (Two pronouns or three, the accent they ask for; an imperative's, at a sentence's start too.)
        { lang: 'es', text: 'Quiero configurármelo y descargárselo, guardándoselo; van a compartírmelo poniéndose de acuerdo.' },
        { lang: 'es', text: 'Cómetelo. Descárgalo y reinícialo, digámoselo, vámonos, sentaos y divertíos.' },
        { lang: 'it', text: 'Voglio twittarlo e dirglielo, farlo e mandarmelo.' },
        // (An adverb of a known adjective, the profile's `adverbEnding`.)
        { lang: 'es', text: 'Se aplica recursivamente y secuencialmente.' },
        // Words hyphenated at a line break, as print and PDF copy break them.
        { lang: 'de', text: 'Wie ein Spre-\ncher am Montag sagte, hat die Nachrichten-\nagentur es bestätigt.\n\nZweiter Absatz.' },
        // (With the typographic hyphen, U+2010, as typeset text has it.)
        { lang: 'de', text: 'Ohne eine ausdrückliche An\u2010\ngabe gilt die Grenze.\n\nZweiter Absatz.' },
        // (In a text of one sentence a line too, in every language; a hyphen before a capital or a
        // suspended part stays, and no half is unknown.)
        { lang: 'de', text: 'Die genaue An-\ngabe der Quelle fehlt in dem Bericht.' },
        { lang: 'fr', text: 'Il y a un pro-\nblème avec la machine.' },
        { lang: 'en', text: 'The docu-\nment was signed yesterday.' },
        { lang: 'de', text: 'Die Nord-\nSüd-Verbindung und der Ein- und Ausgang, eine E-\nMail an das Max-\nPlanck-Institut.' },
        // (Halves that make a compound with a hyphen of its own, as the check reads one unbroken: its
        // last part known, a part before it known or capitalized.)
        { lang: 'de', text: 'Der Kompressor wechselt in den Ein\u2010\nzelthread-Modus, die Multithread-De\u2010\nkompression bleibt, und die Wrap-\nper-Funktionen ersetzen die Biblio-\nthek.' },
        // A sound's word written twice, its vowels changed; a list's Roman numeral.
        { lang: 'de', text: 'Die Uhr machte tick tack, der Weg ging zick zack.' },
        { lang: 'de', text: 'Ziele: ii) Schutz der Arten, iii) Überwachung der Marienkäfer.' },
        // Words in another script.
        { lang: 'de', text: 'Das Gedicht beginnt mit 猿狖群嘯兮虎豹原, das Wort λόγος steht am Ende.' },
        // A name before a hyphen and a German noun, with its connector ("Hall of Fame-Kandidaten").
        { lang: 'de', text: 'Die neuen Hall of Fame-Kandidaten wurden bekannt gegeben.' },
      ],
    },
  },
  (ctx) => {
    const speller = ctx.doc.resources.speller(ctx.language);
    if (!speller) return;
    const source = sourceView(ctx.doc);
    // Swiss German writes ss for ß ("Strasse"): a ß there is a spelling of Germany's.
    const swiss = speller.ssForSharpS && ctx.text.includes('ß');
    const broken = lineBreakHyphenation(ctx);
    for (let k = 0; k < ctx.words.length; k++) {
      const w = ctx.words[k];
      if (broken?.has(k)) continue;
      const value = w.value.endsWith('-') ? w.value.replace(/-$/, '') : w.value; // "CCTV- und …": suspended hyphen
      if (w.opaque || !(value === w.value ? w.alpha : isAlphabetic(value)) || value.length < 2) continue;
      // (Not a glossary term: "Strauß" or a brand is written as the glossary has it.)
      if (swiss && value.includes('ß') && !ctx.isClaimed(w.start, w.end) && !ctx.doc.resources.glossary.matcher(ctx.language).termWords.has(value)) {
        const ss = swissSpelling(value);
        ctx.report({ start: w.start, end: w.start + value.length, message: `\`${value}\` is written \`${ss}\` in ${speller.language}: no ß`, expected: [ss] });
        continue;
      }
      // (Known words first: nearly every word is one, and its verdict is kept on the token.)
      if ((value === w.value ? isKnownToken(ctx, w) : isKnownWord(ctx, value)) || ctx.isClaimed(w.start, w.end)) {
        // An accepted word listed in small letters, capitalized in the middle of a German sentence
        // ("ist Viral gegangen"): known only at a sentence start (see `acceptedInSmallLetters`).
        const small = ctx.profile?.capitalizesNouns && value === w.value && !ctx.isClaimed(w.start, w.end) ? acceptedInSmallLetters(ctx, speller, k) : undefined;
        if (small !== undefined) ctx.report({ start: w.start, end: w.end, message: `\`${value}\` is written in small letters in the middle of a sentence: \`${small}\``, expected: [small] });
        continue;
      }
      // A word the dictionary lists with the apostrophe before it, which the parser leaves off
      // the word: Dutch "’s-Hertogenbosch", "’s-Gravenhage" (listed "'s-Hertogenbosch").
      if (apostropheBefore(ctx.text, w.start) && speller.correct(`'${value}`)) continue;
      // After an elided article ("l’OTAN", "d’ArcelorMittal"), the word itself says whether it is an acronym or a name.
      const { core, offset } = elided(value, ctx.profile?.elision);
      if (/^\p{Lu}[\p{Lu}\d-]*$/u.test(core) && core.length <= 6) continue; // acronyms
      // An acronym's plural, where the language writes one ("MPs", "PCs", "NGO's").
      const plural = ctx.profile?.acronymPlural;
      if (plural !== undefined && core.length > plural.length + 1 && foldApostrophes(core).endsWith(plural) && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(core.slice(0, -plural.length))) continue;
      // A word in another script than the language's ("猿狖群嘯兮", "λόγος" in a German text;
      // the profile's `scripts`): quoted in its language, which this dictionary does not judge.
      if (!hasScriptLetter(core, ctx.profile?.scripts ?? SUPPORTED_SCRIPTS)) continue;
      // A known word after the elided article ("presqu’une"): the dictionary lacked the pair only.
      // (Known as any word is: an accepted word or a glossary term too, Italian "dell’app".)
      if (offset > 0 && isKnownWord(ctx, core)) continue;
      // An abbreviation whose period the parser took for a sentence end ("bzw. Schweden"):
      // the dictionary knows it with its period.
      if (ctx.text.charCodeAt(w.end) === 46 && (ctx.profile?.abbreviations?.has(value.toLowerCase()) || speller.correct(`${value}.`))) continue;
      // A unit after a number ("5 mg", "3000 ft"), or page numbers ("pp. 3–5"): a symbol, not a word.
      if ((UNIT_SYMBOLS.has(value) || ctx.profile?.unitSymbols?.has(value)) && nextToNumber(ctx.text, w.start, w.end)) continue;
      // An English reference's abbreviation, cited as it is ("Gazette, vol. 28, pp."): information,
      // where German cites "S.", "Bd.", "Hrsg.".
      if (citationAbbreviation(ctx.text, w.start, w.end)) {
        ctx.report({ start: w.start, end: w.end, message: `\`${value}.\` abbreviates a reference in English: cited as it is, or in German?`, severity: 'info' });
        continue;
      }
      // "of" in "Hall of Fame": part of a name or title, not a misspelling; so are the words of
      // a title the source has ("From Here to Eternity").
      if (connectsName(ctx, k) || (source !== undefined && carriedOver(ctx, k, k))) continue;
      // A capital inside a word that starts in lower case is a product name ("iPhone", "eBay").
      // So is a name after a particle joined by a hyphen ("al-Hassan", "el-Sisi", "bin-Salman").
      const capital = isCapitalized(core) || /^\p{Ll}+\p{Lu}/u.test(core) || /^(?:al|el|ul|an|ar|as|at|ad|az|bin|ibn|abu|ben|bint|ould|ag)-\p{Lu}/u.test(core);
      // A capitalized word the source has too is a name or term carried over ("Veronica Harrington").
      if (capital && source?.words.has(value)) continue;
      // A given name of the language (the profile's `givenNames`: "Iker", "Ximena"), and, in a
      // language with such a list that capitalizes only names, a name and its surname, a space between: a capitalized word
      // before another ("Almudena Grandes", "Xabi Alonso"), or after a given name, listed or one
      // the dictionary has with its capital ("Gérald Darmanin", "Yolanda Díaz"). Names, which
      // editors of those languages do not want asked about. (A surname alone, "dijo Errejón", is
      // still information.)
      if (capital && NAME_SHAPE.pattern.test(core) && (givenName(ctx.profile, core) || beforeSurname(ctx, speller, k) || afterGivenName(ctx, speller, k))) {
        // (A listed name without the accent its other listed form has, which the dictionary
        // writes, standing alone: "Jose dijo" for "José", `accentedGivenName`.)
        const accented = offset === 0 && core === value ? accentedGivenName(ctx, speller, k, core) : undefined;
        if (accented !== undefined) {
          ctx.report({
            start: w.start,
            end: w.end,
            message: `Given name \`${core}\` without its accent: \`${accented}\`, as ${ctx.profile?.name ?? 'the language'} writes it, or the person's own spelling?`,
            expected: [accented],
            severity: 'info',
          });
        }
        continue;
      }
      // Markup left in plain text: inside an HTML tag ("< / ref >", "q<sub>") or a backslash
      // command (LilyPond's "\key aes \major"): no prose.
      if (inMarkup(ctx.text, w.start, w.end)) continue;
      // A word of a quotation in another language («Hemos sufrido, pero hemos ganado» in a
      // French article): that language's word.
      if (inForeignQuotation(ctx, w.start, w.end)) continue;
      // The second word of a species name the source writes so ("P. dominula", "Toxocara
      // canis", "Tenebrio molitor"): Latin, carried over.
      // (And a term of Latin or another language that German writes with a capital, as a noun,
      // where the source writes it in small letters: "Medulla oblongata", "Cantus firmus",
      // "Nucleus accumbens" for "medulla oblongata"; or the species' part before a German noun,
      // "P. exigua-Futterwespen" for "P. exigua foragers".)
      if (!capital && source !== undefined && k > 0 && binomialFromSource(ctx, k, value)) continue;
      // A name's particle in small letters before the name, as the source writes the two ("di
      // Grassi", "ibn Hamir", "les Voltigeurs de Québec"): a word neither language has.
      if (!capital && source !== undefined && value.length <= 5 && nameParticleFromSource(ctx, k)) continue;
      // A word of a short quotation the source has verbatim: a title or words quoted as said
      // ("„Wimmin at War“", "„Pay me“"), in the language they were said in.
      if (!capital && source !== undefined && quotedFromSource(ctx, w.start, w.end)) continue;
      // A word quoted as a word, after a noun that names words (the profile's `mentionNouns`:
      // "den Begriffen „wallaroo“ und „wallaby“", "der englischen Wörter „brier“ und „cliff“"):
      // information. (On MLQE-PE train, 4 warnings fewer on the post-edits, 3 on the MT on words
      // the editors kept.)
      const cue = capital ? undefined : mentionedAfter(ctx, w.start, w.end);
      if (cue !== undefined) {
        ctx.report({ start: w.start, end: w.start + value.length, message: `Unknown word \`${value}\` (quoted as a word, after \`${cue}\`)`, severity: 'info' });
        continue;
      }
      // A sound's word written twice ("tick tack", "zick zack"); a list's Roman numeral ("iii)").
      if (!capital && (reduplicated(ctx, k) || listNumeral(ctx.text, w))) continue;
      // A word of a phrase in a third language the source has ("Journal des savants", "si sine liberis").
      if (!capital && source !== undefined && inForeignPhrase(ctx, k)) continue;
      // The next word of a phrase in another language the source writes so, after a word that
      // opens it unflagged ("Pas de deux", "Fleur de sel"): part of the phrase, carried over.
      // (The word before may be one this language knows, "de", or a capitalized one.)
      // (The source first: a look at a string, where the others ask dictionaries.)
      if (!capital && source !== undefined && k > 0 && inSourcePhrase(ctx, k - 1, k) && foreignWord(ctx, k) && notEnglish(ctx, k - 1)) continue;
      // After a suspension hyphen ("Kängururatten und -mäuse", "-instrumente und -geräte"):
      // the last part of a noun, known capitalized.
      if (!capital && /(?:^|\s)-$/u.test(ctx.text.slice(Math.max(0, w.start - 2), w.start)) && speller.correct(value[0].toUpperCase() + value.slice(1))) continue;
      // Two known words closed up ("türkisgrüne"): a compound the dictionary does not list, most likely.
      const parts = capital ? undefined : (unlistedCompound(ctx, speller, value) ?? particleVerb(ctx, speller, value));
      // A word of the language's productive endings (German adjectives in -isch, "honduranische",
      // "korinthischen", which Hunspell lacks by the hundred) that is no slip of a known word
      // ("turkischen", "chimische"): information only. (On MLQE-PE train: 100 fewer warnings on
      // the post-edits, about 92 of them false; 16 lost on the MT that cover a word an editor changed.)
      // (At most PRODUCTIVE_CHECKS such words a document are looked at: each costs some 50
      // verdicts on words no dictionary has, and 12,000 made a hostile text eight times slower.)
      const ending = capital || parts ? null : (ctx.profile?.productiveEnding?.exec(value) ?? null);
      const productive = ending !== null && productiveBudget(ctx) && !slipInStem(speller, value, ending.index) && !endingSwapped(ctx.profile, speller, value, ending.index) && !stemMisspelt(ctx.profile, speller, value, ending.index);
      // An inflected adjective of Latin shape that English has ("ventralen": "ventral", "zerebrale":
      // "cerebral"): a loanword the dictionary lacks, information only.
      const shared = capital || parts || productive ? undefined : sharedAdjective(ctx, speller, value);
      // The superlative of a known adjective ("reaktivste", "gruseligsten"), which the dictionary lacks.
      const superlativeOf = capital || parts || productive || shared ? undefined : superlativeStem(ctx, speller, value);
      // The second word of a Latin name, after its first, which no dictionary has either ("Myrmecia
      // pilosula", "Arteria basilaris", "N. femoralis"), where the source names it otherwise ("the
      // jack jumper"): information, as the first word is. (On MLQE-PE train: 5 fewer warnings on
      // the post-edits; none lost on the MT on a word an editor changed.)
      const genus = capital || parts || productive || shared || superlativeOf ? undefined : latinNameBefore(ctx, speller, k, value);
      // A capitalized word with ss that the language writes with ß ("Massnahmen" in a text not
      // read as Swiss): the ß form is offered, as information still ("Weiss", "Strauss" are names).
      const sharp = capital && !speller.ssForSharpS && (ctx.profile?.ssForSharpS?.length ?? 0) > 0 && value.includes('ss') ? speller.sharpSSpelling(value) : undefined;
      if (sharp !== undefined) {
        ctx.report({ start: w.start, end: w.start + value.length, message: `Unknown word \`${value}\` (\`${sharp}\`, or a name?)`, expected: [sharp], severity: 'info' });
        continue;
      }
      // A word written as another region writes it ("organisers", "colour" in a text checked as
      // US English: one such word does not make the text British, two do, see region.ts):
      // information, with the regions that write so.
      const regions = capital || parts || productive || regionPatterns(ctx.profile).length === 0 ? NO_REGIONS : otherRegions(ctx.profile, value);
      if (regions.length > 0) {
        ctx.report({
          start: w.start,
          end: w.start + value.length,
          message: `Unknown word \`${value}\` (as ${listed(regions.map((r) => `${ctx.language}-${r}`))} spell${regions.length === 1 ? 's' : ''} it? The text is checked as ${ctx.language}-${ctx.profile?.region ?? ''}; --locale ${ctx.language}-${regions[0]} checks it with that dictionary)`,
          suggest: laterSuggestions(speller, value, false),
          severity: 'info',
        });
        continue;
      }
      // A phrase in another language that the source writes so ("sotto voce", "nota bene", "sui
      // juris"): one finding for the phrase, not one a word. (Words English does not know either,
      // so none is English left over.)
      if (!capital && !parts && !productive && value === w.value && source !== undefined && k + 1 < ctx.words.length && inSourcePhrase(ctx, k, k + 1) && foreignWord(ctx, k)) {
        // (Across words of this language between, "dulce de leche", to the last such word.)
        let j = k;
        for (let m = k + 1; m < ctx.words.length && m - k <= MAX_PHRASE && notEnglish(ctx, m) && inSourcePhrase(ctx, k, m); m++) if (foreignWord(ctx, m)) j = m;
        if (j > k) {
          const end = ctx.words[j].end;
          ctx.report({ start: w.start, end, message: `Unknown words \`${ctx.text.slice(w.start, end)}\` (as the source has them: a phrase kept in its language, or left untranslated?)` });
          k = j;
          continue;
        }
      }
      // A term cited in English in a short quotation of its own English words ("flavor",
      // «upstream», «patch files», in a French, Spanish or Italian text): the writer marked it
      // as a word of another language; information. (Not a quotation with a word of this
      // language, «autore upstream»: the English word in it is judged as any other.)
      const cited = !capital && !parts && !productive && !shared && !superlativeOf && quotedEnglishTerm(ctx, w.start, w.end);
      // A word in small letters with no vowel ("dpkg", "gcc", "xvfb"): no word of these
      // languages, nor a slip of one, which keeps its vowels; a command, a program or an
      // abbreviation written in small letters: information.
      const unvoweled = !capital && !parts && !productive && !shared && !superlativeOf && !cited && NO_VOWEL.test(value);
      // A computing term the language's technical prose writes in English (the profile's
      // `computingLoanwords`: "upstream", "kernel" in Italian): a loanword, information.
      const computing = !capital && !cited && !unvoweled && isComputingLoanword(ctx.profile, value);
      // A word in small letters the document writes alike again and again (`TERM_USES` times or
      // more, in a path or an option too: "init", "/etc/init.d", "init=/bin/sh"), which is no slip
      // of a known word: a term of the document, a command's or a program's name, as a misspelling
      // repeated to the letter seldom is; information. (See `documentTerm`.)
      const uses = capital || parts || productive || shared || superlativeOf || genus || cited || unvoweled || computing ? 0 : documentTerm(ctx, speller, value);
      // Words in small letters joined by hyphens, one of which is no word and no slip of one
      // ("sysv-rc", "dirvish-expire", "debian-installer"): a package's or a command's name, as
      // prose joins known words ("well-known"); information. (Not where nouns are capitalized.)
      const packaged = !capital && !parts && !cited && !unvoweled && !computing && uses === 0 && packageName(ctx, speller, value);
      ctx.report({
        start: w.start,
        end: w.start + value.length,
        message: cited
          ? `Unknown word \`${value}\` (a term quoted in English?)`
          : computing
          ? `Unknown word \`${value}\` (a computing term ${ctx.profile?.name ?? 'the language'} writes in English?)`
          : uses > 0
          ? `Unknown word \`${value}\` (written ${uses} times in the document: a term, a command or a program's name?)`
          : packaged
          ? `Unknown word \`${value}\` (words joined by hyphens, one of them no word: a package's or a command's name?)`
          : unvoweled
          ? `Unknown word \`${value}\` (no vowel: a command, a program's name or an abbreviation?)`
          : capital
          ? `Unknown word \`${value}\` (a name?)`
          : parts
            ? `Unknown word \`${value}\` (a compound of \`${parts[0]}\` and \`${parts[1]}\`?)`
            : shared
              ? `Unknown word \`${value}\` (English has \`${shared}\`: a loanword?)`
              : superlativeOf
                ? `Unknown word \`${value}\` (the superlative of \`${superlativeOf}\`?)`
                : genus
                  ? `Unknown word \`${value}\` (a Latin name's second word, after \`${genus}\`?)`
                  : `Unknown word \`${value}\``,
        // Suggestions for lower-case words only: a capitalized unknown word is mostly a name. None
        // for a word of a productive ending either: its stem is no slip of a known word, and the
        // nearest known words change that stem ("tensionadas" → "pensionadas").
        suggest: capital || productive || shared ? undefined : laterSuggestions(speller, value, speller.ssForSharpS),
        severity: capital || parts || productive || shared || superlativeOf || genus || cited || unvoweled || computing || uses > 0 || packaged ? 'info' : 'warning',
      });
    }
  },
);

/** Whether `word` is on the profile's list of given names (`givenNames`). */
function givenName(profile: LanguageProfile | undefined, word: string): boolean {
  return profile?.givenNames !== undefined && loadNameList(profile.givenNames).has(word);
}

/** Per list of given names: its names by their letters without accents, where two or more share them ("Jose": "Jose", "José"). */
const ACCENT_FORMS = new Map<string, ReadonlyMap<string, readonly string[]>>();
const bareLetters = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * The form of a listed given name with the accents the dictionary writes it with, where the name
 * stands alone: a name of the list that the dictionary lacks ("Jose", "Andre", "Victor"), whose
 * other form on the list it knows ("José", "André", "Víctor"), and no capitalized word beside it
 * but a sentence's first word the dictionary knows ("Según Victor"). Where the dictionary knows
 * no form or both ("Michael", "Michaël"; "Cristian" and not "Cristián"), nothing is missing; where
 * the forms differ only on the capital ("Elodie", "Élodie"), French writing leaves the accent off;
 * beside a surname the full name is the person's, who may write it so ("Jose Altuve").
 */
function accentedGivenName(ctx: RuleContext, speller: Speller, k: number, word: string): string | undefined {
  const file = ctx.profile?.givenNames;
  if (file === undefined || !givenName(ctx.profile, word)) return undefined;
  let forms = ACCENT_FORMS.get(file);
  if (forms === undefined) {
    const byBare = new Map<string, string[]>();
    for (const name of loadNameList(file).words()) {
      const bare = bareLetters(name);
      const list = byBare.get(bare) ?? [];
      list.push(name);
      byBare.set(bare, list);
    }
    for (const [bare, list] of byBare) if (list.length < 2) byBare.delete(bare);
    ACCENT_FORMS.set(file, (forms = byBare));
  }
  const others = forms.get(bareLetters(word))?.filter((f) => f !== word && f.slice(1) !== word.slice(1) && speller.correct(f));
  if (others === undefined || others.length !== 1) return undefined;
  const { words, text } = ctx;
  const opens = (n: number) => ctx.sentences[words[n].sentence]?.firstWord === n;
  if (k + 1 < words.length && spaced(ctx, text, k, k + 1) && isCapitalized(words[k + 1].value)) return undefined;
  if (k > 0 && spaced(ctx, text, k - 1, k) && isCapitalized(words[k - 1].value) && !(opens(k - 1) && speller.correct(words[k - 1].value))) return undefined;
  return others[0];
}

/**
 * Whether a name is told by the capitalized word beside it in the language: one that capitalizes
 * only names and has a list of given names (`givenNames`: Spanish, French, Italian, Portuguese,
 * Dutch; for Dutch, which capitalizes adjectives of names, only after a given name:
 * `capitalizesNameAdjectives`). Not German, whose
 * nouns take capitals ("Problemm Wächst"), nor English, whose titles and headlines do ("The
 * Albanese Labor Government", "Goverment Annouces Plan").
 */
function namesBySurname(profile: LanguageProfile | undefined): boolean {
  return profile?.capitalizesNouns === false && profile.givenNames !== undefined;
}

/**
 * Whether word `k` stands before a surname: the next word of its sentence capitalized, a space
 * between, where `namesBySurname` ("Ainhoa Arteta"). (Not a sentence's first word before a given
 * name, "Segun Pedro Sánchez", "Apres Jean Castex": the name begins after it, and a misspelling
 * capitalized only as the sentence's first word had been hidden.)
 */
function beforeSurname(ctx: RuleContext, speller: Speller, k: number): boolean {
  // (Not where adjectives of names are capitalized, Dutch "de Europeese Commissie": a misspelt one stands so.)
  if (!namesBySurname(ctx.profile) || ctx.profile?.capitalizesNameAdjectives === true || k + 1 >= ctx.words.length) return false;
  const next = ctx.words[k + 1];
  if (!(isCapitalized(next.value) && !inCapitals(next.value) && spaced(ctx, ctx.text, k, k + 1))) return false;
  return !(ctx.sentences[ctx.words[k].sentence]?.firstWord === k && givenNameWord(ctx, speller, next.value));
}

/** Whether a capitalized `word` is a given name: on the profile's list, or a capitalized entry of the dictionary that is no word in small letters. */
function givenNameWord(ctx: RuleContext, speller: Speller, word: string): boolean {
  // (A capitalized entry that is a word in small letters too is no given name: "Las" of "Las Palmas".)
  return givenName(ctx.profile, word) || (speller.isName(word) && !speller.correct(word.toLowerCase()));
}

/**
 * Whether word `k` stands after a given name (`givenNames`, or a capitalized entry of the
 * dictionary that is no word in small letters), a space between, where `namesBySurname`.
 */
function afterGivenName(ctx: RuleContext, speller: Speller, k: number): boolean {
  if (!namesBySurname(ctx.profile) || k === 0) return false;
  const before = ctx.words[k - 1].value;
  return isCapitalized(before) && !inCapitals(before) && spaced(ctx, ctx.text, k - 1, k) && givenNameWord(ctx, speller, before);
}

/** How often a word in small letters must stand in a document to be one of its terms (`documentTerm`). */
const TERM_USES = 3;
/** Document state: the document's words in small letters, with how often each stands. */
const WORD_USES = 'spelling.word-uses';

/**
 * How often an unknown word in small letters stands in the document, where that is `TERM_USES`
 * times or more and the word is no slip of a known one (an accent for another or none, "perchè",
 * "nonchè"; a letter left out or two swapped, "diffcile", unless the document writes the word in
 * a path or an option too): a term of the document, a command's or a program's name ("init",
 * "systemctl", "runlevel" in a handbook). Else 0. Counted over the document's source, where
 * paths and options have it too ("/etc/init.d", "init=/bin/sh"), as words of letters, digits and
 * inner hyphens. Not where nouns are capitalized (German, tuned on MLQE-PE, a document of a
 * thousand unrelated sentences).
 */
function documentTerm(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): number {
  if (!countsTerms(ctx) || !/^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(value)) return 0;
  const state = wordUses(ctx);
  const n = state.uses.get(value) ?? 0;
  if (n < TERM_USES) return 0;
  // (Each word's verdict once: "init" stands fifteen times in a chapter.)
  let term = state.terms.get(value);
  if (term === undefined) {
    // (A slip of a known word, "diffcile", only where the document writes it in a path or an
    // option too, as no misspelling is: "init" of "/etc/init.d", "systemd" of "/lib/systemd".)
    term = !accentSlip(speller, value) && (state.inCode.has(value) || !oneSlipFromKnown(speller, value));
    state.terms.set(value, term);
  }
  return term ? n : 0;
}

/**
 * Whether the paragraph's language and the document's write only names with a capital, where a
 * document's own terms are told by `wordUses` (its words counted over the whole document). Not in
 * a German document, tuned on MLQE-PE: its paragraphs in English are English left over, and
 * counting the words of the bench's 700 KB document, for its few English paragraphs, took 100 ms.
 */
export function countsTerms(ctx: RuleContext): boolean {
  return ctx.profile?.capitalizesNouns === false && ctx.doc.resources.profile(ctx.doc.language)?.capitalizesNouns === false;
}

/**
 * Whether the document writes a word in small letters in a path, an option or a file's name too
 * ("apt" of "/etc/apt/sources.list", "init" of "init=/bin/sh", "/etc/init.d"): a command's, a
 * program's or a file's name there, whose markup plain text has lost.
 */
export function writtenInCode(ctx: RuleContext, value: string): boolean {
  return wordUses(ctx).inCode.has(value);
}

/** The document's words in small letters (letters, digits and inner hyphens), how often each stands, and those it writes in a path or an option (see `CODE_BEFORE`, `CODE_AFTER`). */
interface WordUses {
  uses: Map<string, number>;
  inCode: Set<string>;
  /** `documentTerm`'s and `packageName`'s verdicts, by word. */
  terms: Map<string, boolean>;
  packages: Map<string, boolean>;
}

/** The document's `WordUses`, read on first use. */
function wordUses(ctx: RuleContext): WordUses {
  let state = ctx.doc.state.get(WORD_USES) as WordUses | undefined;
  if (!state) {
    state = { uses: new Map(), inCode: new Set(), terms: new Map(), packages: new Map() };
    const { source } = ctx.doc;
    for (const m of source.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
      const word = m[0];
      if (word !== word.toLowerCase()) continue;
      state.uses.set(word, (state.uses.get(word) ?? 0) + 1);
      const end = m.index + word.length;
      if (CODE_BEFORE.test(source.charAt(m.index - 1)) || CODE_AFTER.test(source.slice(end, end + 2))) state.inCode.add(word);
    }
    ctx.doc.state.set(WORD_USES, state);
  }
  return state;
}

/**
 * Whether a word is words in small letters joined by hyphens ("sysv-rc", "dirvish-expire",
 * "debian-installer"), one of which the dictionary lacks, the first no prefix of the language's
 * (`joinedPrefixes`: "pre-selcted" is a word misspelt), and none of which of four letters or
 * more is a slip of a word it knows (a letter added or two swapped, an accent: "well-knwon" is
 * a misspelling): a package's or a command's name. Not where nouns are capitalized (German, tuned on MLQE-PE).
 */
function packageName(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): boolean {
  if (!countsTerms(ctx) || !PACKAGE_NAME.test(value)) return false;
  const { packages } = wordUses(ctx);
  let verdict = packages.get(value);
  if (verdict === undefined) packages.set(value, (verdict = packageShaped(ctx, speller, value)));
  return verdict;
}

function packageShaped(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): boolean {
  const parts = value.split('-');
  if (!parts.some((p) => /\p{L}/u.test(p) && !speller.correct(p))) return false;
  // (A prefix before a word misspelt is no name: "pre-selcted". A part of three letters or fewer is
  // a slip of a known one by any letter left out: "rc", "cd".)
  if (ctx.profile?.joinedPrefixes?.prefixes.includes(parts[0]) === true) return false;
  return parts.every((p) => speller.correct(p) || p.length < 4 || !(oneSlipFromKnown(speller, p) || accentSlip(speller, p)));
}

/** Words in small letters and digits joined by hyphens. */
const PACKAGE_NAME = /^\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)+$/u;

/** Before a word: a path's or an option's mark ("/etc/init.d", "init=/bin/sh"). */
const CODE_BEFORE = /^[\/=]$/u;
/** After a word: a path's, an option's or a file name's mark ("init=", "systemd/", "init.d"). */
const CODE_AFTER = /^(?:[\/=]|\.\p{L})/u;

/** Whether the word with one accented vowel written otherwise (another accent, or none), or one vowel given an accent, is known ("perchè": "perché", "nonchè": "nonché"). */
function accentSlip(speller: { correct(w: string): boolean }, word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
  for (let i = 0; i < word.length; i++) {
    const base = bare[i];
    if (bare.length !== word.length || !/[aeiou]/u.test(base)) continue;
    for (const v of ACCENTED[base]) if (v !== word[i] && speller.correct(word.slice(0, i) + v + word.slice(i + 1))) return true;
  }
  return false;
}

/** A vowel and the forms the checked languages write it in. */
const ACCENTED: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'à', 'á', 'â'],
  e: ['e', 'è', 'é', 'ê', 'ë'],
  i: ['i', 'ì', 'í', 'î', 'ï'],
  o: ['o', 'ò', 'ó', 'ô'],
  u: ['u', 'ù', 'ú', 'û', 'ü'],
};

/** A word of three letters or more in small letters with no vowel ("dpkg", "gcc"). */
const NO_VOWEL = /^(?!.*[aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿ])\p{Ll}{3,}$/u;

/** The words of a quotation, for `quotedEnglishTerm`. */
const QUOTED_WORD = /\p{L}[\p{L}'’-]*/gu;
/** Most words of a quotation that cites a term. */
const TERM_WORDS = 3;

/**
 * Whether `[start, end)` is in a short quotation (`shortQuotations`) of at most `TERM_WORDS`
 * words, every one of them a word English knows, in a text of another language: a term cited
 * in English ("flavor", «upstream», «patch files»).
 */
function quotedEnglishTerm(ctx: RuleContext, start: number, end: number): boolean {
  // (Where only names are capitalized: French, Spanish, Italian. German, whose findings are
  // tuned on MLQE-PE, keeps its own: there it made one of the 59 warnings on the post-edits
  // information, 4.15 → 4.07 false alarms per 1,000 words, MCC unchanged.)
  if (ctx.profile?.capitalizesNouns !== false || ctx.language === 'en' || ctx.language.startsWith('en-')) return false;
  const english = ctx.doc.resources.speller('en');
  if (!english) return false;
  for (const [s, e] of shortQuotations(ctx)) {
    if (s > start || e < end) continue;
    const words = ctx.text.slice(s + 1, e - 1).match(QUOTED_WORD) ?? [];
    return words.length > 0 && words.length <= TERM_WORDS && words.every((x) => english.correct(x) || english.correct(x.toLowerCase()));
  }
  return false;
}

/**
 * A finding's suggestions, computed when the findings are made (in the spelling worker when it
 * runs). Made here, not in the rule's loop: a closure there shares the loop's context, which
 * holds the block's context and so its whole tree until the document is finished (520 trees,
 * about 8 MB, on the bench's document).
 */
function laterSuggestions(speller: Speller, value: string, swiss: boolean): () => Promise<string[]> {
  return () => speller.suggestAsync(value).then((s) => (swiss ? [...new Set(s.map(swissSpelling))] : s).slice(0, 5));
}

/**
 * The regions whose spelling a word unknown to the dictionary in use has the shape of (the
 * profile's `regionHints` given as a pattern: English "colour", "organisers", "centre" for GB,
 * AU and CA), in the profile's order; none for a language whose hints are letters (German "ss").
 */
function otherRegions(profile: LanguageProfile | undefined, word: string): readonly string[] {
  const out: string[] = [];
  for (const [region, whole] of regionPatterns(profile)) if (whole.test(word)) out.push(region);
  return out;
}
const NO_REGIONS: readonly string[] = [];

/**
 * The profile's region hints given as patterns, each as a whole word's, read once per profile.
 * (Nothing is allocated per word where there are none, German's: the spelling rule's loop runs
 * for every unknown word of a long document, and its garbage shows in the peak memory.)
 */
function regionPatterns(profile: LanguageProfile | undefined): ReadonlyArray<readonly [string, RegExp]> {
  if (!profile) return [];
  let patterns = REGION_PATTERNS.get(profile);
  if (!patterns) {
    patterns = Object.entries(profile.regionHints ?? {}).flatMap(([region, hint]) =>
      hint.words instanceof RegExp ? [[region, new RegExp(`^(?:${hint.words.source})$`, hint.words.flags.replace('g', ''))] as const] : [],
    );
    REGION_PATTERNS.set(profile, patterns);
  }
  return patterns;
}
const REGION_PATTERNS = new WeakMap<LanguageProfile, ReadonlyArray<readonly [string, RegExp]>>();

/** "a", "a or b", "a, b or c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The abbreviations of an English reference: pages, volume, editor ("pp. 3–5", "vol. 28", "ed."). */
const CITATION_ABBREVIATIONS: ReadonlySet<string> = new Set(['pp', 'vol', 'vols', 'ed', 'eds']);
/**
 * Whether the word at `[start, end)` is an abbreviation of a reference to an English work, which
 * a translation cites as it is ("Indian Medical Gazette, vol. 28, pp. 3–5"): with its period,
 * after a comma or before a number.
 */
export function citationAbbreviation(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 46 || !CITATION_ABBREVIATIONS.has(text.slice(start, end))) return false;
  return /,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) || nextToNumber(text, start, end);
}

/**
 * Whether `[start, end)` stands inside markup left in plain text: an HTML tag ("< / ref >",
 * "q<sub>") or after a backslash command (LilyPond's "\key aes \major").
 */
export function inMarkup(text: string, start: number, end: number): boolean {
  // (Within 200 characters each way: a search to the text's ends would be quadratic on a long block.)
  const before = text.slice(Math.max(0, start - 200), start);
  const open = before.lastIndexOf('<');
  if (open >= 0 && before.lastIndexOf('>') < open && /^<\s*\/?\s*(?:\p{L}|$)/u.test(before.slice(open))) {
    const after = text.slice(end, end + 200);
    const close = after.indexOf('>');
    const next = after.indexOf('<');
    if (close >= 0 && (next < 0 || close < next)) return true;
  }
  return /\\\s*(?:\p{L}+\s+)?$/u.test(before.slice(-40));
}

/**
 * A Latin name's first word (a genus, "Myrmecia", "Arteria", "Toxocara"): capitalized, of Latin
 * shape; and the second's (an epithet, "pilosula", "basilaris", "canis", "coli"), in small letters.
 */
const LATIN_FIRST = /^\p{Lu}\p{Ll}{2,}(?:us|a|um|is|es|on|ix|ax|ex|ops)$/u;
const LATIN_SECOND = /^\p{Ll}{2,}(?:us|a|um|is|i|ae|ens|ans)$/u;

/**
 * The word before word `k` (lower case, unknown) when the two read as a Latin name, of a species or
 * an anatomical part: the first a capitalized word of Latin shape that the dictionary does not know
 * either, or an initial ("N. femoralis", "E. coli"), the second of an epithet's shape, unknown to
 * English, and no slip of a word the dictionary knows. Only where nouns are capitalized: there a
 * word in small letters after an unknown capitalized one is no noun of the sentence ("Zirkus
 * spielta" stays a misspelling: "Zirkus" is a word).
 */
function latinNameBefore(ctx: RuleContext, speller: { correct(w: string): boolean }, k: number, value: string): string | undefined {
  if (ctx.profile?.capitalizesNouns !== true || k === 0 || value.length < 4 || !LATIN_SECOND.test(value)) return undefined;
  const p = ctx.words[k - 1];
  const w = ctx.words[k];
  if (p.sentence !== w.sentence) return undefined;
  const gap = ctx.text.slice(p.end, w.start);
  // (An initial's period is the word's, or the gap's where the parser left it out.)
  const initial = /^\p{Lu}\.?$/u.test(p.value) && gap === (p.value.endsWith('.') ? ' ' : '. ');
  if (!initial && (gap !== ' ' || !LATIN_FIRST.test(p.value) || isKnownToken(ctx, p))) return undefined;
  if (ctx.doc.resources.speller('en')?.correct(value) === true || oneSlipFromKnown(speller, value)) return undefined;
  return initial ? `${p.value[0]}.` : p.value;
}

/** Whether word `k` (lower case) follows a capitalized word or initial as the source writes the pair ("P. dominula"), and English does not know it. */
function binomialFromSource(ctx: RuleContext, k: number, value: string): boolean {
  const p = ctx.words[k - 1];
  const w = ctx.words[k];
  if (p.sentence !== w.sentence || !/^\p{Lu}\p{Ll}*\.?$/u.test(p.value) || !/^\.?\s$/u.test(ctx.text.slice(p.end, w.start))) return false;
  // Before a hyphen and a noun of this language, the species' word alone ("exigua-Futterwespen").
  const hyphen = value.indexOf('-');
  const word = hyphen > 0 ? value.slice(0, hyphen) : value;
  if (hyphen > 0 && !isKnownWord(ctx, value.slice(hyphen + 1))) return false;
  const paragraph = sourceParagraph(ctx);
  if (paragraph === undefined) return false;
  const pair = ctx.text.slice(p.start, w.start + word.length);
  // (The first word as the source writes it, in small letters too: "medulla oblongata", a term
  // German capitalizes as a noun.)
  const english = ctx.doc.resources.speller('en');
  if (paragraph.includes(pair)) return english?.correct(word) !== true;
  // (Not English: the word, or the word before it, unknown to English's dictionary in small
  // letters, "Alma mater", whose "mater" English lists; and that no English verb's form,
  // which the American dictionary may lack in British spelling: "Drivelling idiocy".)
  return paragraph.includes(pair[0].toLowerCase() + pair.slice(1)) && (english?.correct(word) !== true || foldedForeign(english, p.value));
}

/** Whether a capitalized word in small letters is unknown to English and has no ending of an English verb's form ("Alma"; not "Drivelling"). */
function foldedForeign(english: { correct(w: string): boolean }, value: string): boolean {
  return !/(?:ing|ed)$/u.test(value) && !english.correct(value.toLowerCase());
}

/**
 * Whether word `k`, letters in small letters that neither this language nor English knows, is a
 * name's particle before a capitalized word, the two as the source writes them ("di Grassi",
 * "ibn Hamir", "les Voltigeurs").
 */
function nameParticleFromSource(ctx: RuleContext, k: number): boolean {
  const next = ctx.words[k + 1];
  return next !== undefined && isCapitalized(next.value) && /^\p{Ll}+$/u.test(ctx.words[k].value) && inSourcePhrase(ctx, k, k + 1) && notEnglish(ctx, k);
}

/** A quotation of words before another, and the coordinator or comma between ("„wallaroo“ und "). */
const QUOTATION_BEFORE = /[„“”"«»‚‘’][^„“”"«»\n]{1,60}[“”"«»‘’][ \u00A0]*(?:,|und|oder|sowie)[ \u00A0]*$/u;

/**
 * The noun that names words (the profile's `mentionNouns`) right before the short quotation
 * `[start, end)` is in, or before the quotations coordinated with it ("Begriffen" in "den
 * Begriffen „wallaroo“ und „wallaby“"): the quotation mentions a word, not uses it. Undefined
 * where there is none.
 */
function mentionedAfter(ctx: RuleContext, start: number, end: number): string | undefined {
  const nouns = ctx.profile?.mentionNouns;
  if (!nouns) return undefined;
  for (const [open, close] of shortQuotations(ctx)) {
    if (open + 1 > start || close - 1 < end) continue;
    let before = ctx.text.slice(Math.max(0, open - 300), open);
    for (let m = QUOTATION_BEFORE.exec(before); m; m = QUOTATION_BEFORE.exec(before)) before = before.slice(0, m.index);
    const cue = /(\p{L}+)[ \u00A0]*$/u.exec(before);
    return cue && nouns.has(cue[1].toLowerCase()) ? cue[1] : undefined;
  }
  return undefined;
}

/** Whether words are written as an English title: the first capitalized, the others too or English's small words. */
function titleShaped(words: string): boolean {
  const english = profileFor('en');
  const parts = words.split(/\s+/u);
  if (!english || !/^\p{Lu}/u.test(parts[0])) return false;
  for (let i = 1; i < parts.length; i++) {
    const lower = parts[i].toLowerCase();
    if (!/^\p{Lu}/u.test(parts[i]) && !/^\P{L}*$/u.test(parts[i]) && !english.functionWords.has(lower) && english.pronouns?.has(lower) !== true && english.articles?.has(lower) !== true && !english.prepositions?.has(lower)) return false;
  }
  return true;
}

/**
 * Whether `[start, end)` is inside a short quotation (six words at most, `shortQuotations` in
 * core/quotations.ts) written as a title, its first word capitalized and the others capitalized
 * or English's small words, that the aligned source paragraph has verbatim: a title kept in its
 * language ("„Wimmin at War“", "„Pay me“"). (Not words in small letters quoted from the source,
 * "„hunky newcomer“", "„overseers“": English left untranslated in quotation marks as often.)
 */
function quotedFromSource(ctx: RuleContext, start: number, end: number): boolean {
  // (Inside the marks.)
  for (const [open, close] of shortQuotations(ctx)) {
    const s = open + 1;
    const e = close - 1;
    if (s > start || e < end) continue;
    const inner = ctx.text.slice(s, e).trim();
    if (!titleShaped(inner)) return false;
    return sourceParagraph(ctx)?.includes(inner) === true;
  }
  return false;
}

/**
 * The English adjective an inflected adjective of the profile's `sharedAdjectives` is, when
 * English's dictionary knows its stem in English spelling ("zerebrale": "cerebral"; "taktile":
 * "tactile"), else undefined. (Counted against the productive budget: up to some 30 verdicts.)
 */
function sharedAdjective(ctx: RuleContext, speller: Speller, value: string): string | undefined {
  const rule = ctx.profile?.sharedAdjectives;
  const m = rule?.pattern.exec(value);
  if (!rule || !m || rule.written?.test(value)) return undefined;
  const english = ctx.doc.resources.speller('en');
  if (!english || english === speller || !productiveBudget(ctx)) return undefined;
  // (Not with the English ending where this language has its own for the same adjective: a
  // calque, "finanzialen" for "finanziellen", "industriale" for "industrielle".)
  for (const [here, there] of rule.endings) if (m[1].endsWith(there) && speller.correct(m[1].slice(0, -there.length) + here)) return undefined;
  let stems = [m[1]];
  for (const [here, there] of rule.endings) if (m[1].endsWith(here)) stems.push(m[1].slice(0, -here.length) + there);
  for (const [here, there] of rule.spellings) {
    const more: string[] = [];
    for (const stem of stems) if (stem.includes(here)) more.push(stem.split(here).join(there));
    stems = [...stems, ...more];
  }
  for (const stem of stems) {
    if (english.correct(stem)) return stem;
    if (english.correct(`${stem}e`)) return `${stem}e`;
  }
  return undefined;
}

/**
 * The adjective a superlative of the profile's `superlative` shape is made of, when the
 * dictionary knows it and it is no superlative itself ("meistesten"); not when the dictionary
 * knows the adjective's superlative in another shape, with an umlaut, "-est" or "-t" ("jungste":
 * "jüngste", "kurzeste": "kürzeste", "großeste": "größte"), nor an irregular one's ("gutste").
 */
function superlativeStem(ctx: RuleContext, speller: { correct(w: string): boolean }, value: string): string | undefined {
  const rule = ctx.profile?.superlative;
  const stem = rule?.pattern.exec(value)?.[1];
  if (!rule || stem === undefined || stem.endsWith('st') || rule.irregular.has(stem) || !speller.correct(stem)) return undefined;
  const inflection = value.slice(stem.length).replace(/^e?st/u, '');
  // (The stem with an umlaut on its last vowel: "jung" "jüng", "laut" "läut".)
  const stems = [stem];
  for (const [plain, umlaut] of rule.umlauts) {
    const at = stem.lastIndexOf(plain);
    if (at >= 0 && !/[aeiouäöüy]/u.test(stem.slice(at + plain.length))) {
      stems.push(stem.slice(0, at) + umlaut + stem.slice(at + plain.length));
      break;
    }
  }
  for (const s of stems) for (const mid of /[sßxz]$/u.test(s) ? ['st', 'est', 't'] : ['st', 'est']) if (s + mid + inflection !== value && speller.correct(s + mid + inflection)) return undefined;
  return stem;
}

/** The most words one finding of a phrase in another language takes in. */
const MAX_PHRASE = 6;

/**
 * Whether word `k` is a word of another language than the text's and English: letters, in small
 * letters, unknown to the text's dictionary (as the spelling check reads it) and to English's
 * ("voce", "juris", "deux"; not "de", "in", "sel"-less names).
 */
function foreignWord(ctx: RuleContext, k: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || w.opaque || !w.alpha || !/^\p{Ll}/u.test(w.value) || isKnownToken(ctx, w)) return false;
  const english = ctx.doc.resources.speller('en');
  return english !== undefined && english !== ctx.doc.resources.speller(ctx.language) && !english.correct(w.value);
}

/** Whether word `k` is letters that English does not know, in any case ("de", "Pas"). */
function notEnglish(ctx: RuleContext, k: number): boolean {
  const w = ctx.words[k];
  const english = ctx.doc.resources.speller('en');
  return w !== undefined && !w.opaque && w.alpha && english !== undefined && !english.correct(w.value) && !english.correct(w.value.toLowerCase());
}

/**
 * Whether words `i`…`j` of a sentence, spaced, stand so in the aligned source paragraph (with
 * `folded`, or with the first letter in small letters: "Alma mater" for "alma mater").
 */
export function inSourcePhrase(ctx: RuleContext, i: number, j: number, folded = false): boolean {
  const { words, text } = ctx;
  if (words[i].sentence !== words[j].sentence || words[i].opaque || words[j].opaque) return false;
  for (let k = i; k < j; k++) if (!spaced(ctx, text, k, k + 1)) return false;
  const paragraph = sourceParagraph(ctx);
  if (paragraph === undefined) return false;
  const phrase = text.slice(words[i].start, words[j].end);
  return paragraph.includes(phrase) || (folded && paragraph.includes(phrase[0].toLowerCase() + phrase.slice(1)));
}

/** A Roman numeral in small letters, two to four letters ("ii", "iii", "iv", "viii"; not "i", "v", "x", "mix"). */
const ROMAN_NUMERAL = /^(?:i{2,3}|iv|vi{1,3}|ix|xi{1,3})$/u;

/** Whether a word is a Roman numeral in small letters that numbers a list, before ")" or "." ("iii) Überwachung"). */
export function listNumeral(text: string, w: { value: string; end: number }): boolean {
  return (text[w.end] === ')' || text[w.end] === '.') && ROMAN_NUMERAL.test(w.value);
}

/**
 * Whether word `k` stands in a phrase of a third language (neither the text's nor English) that
 * the aligned source has verbatim: after a small word of another language Lektor knows, which
 * English lacks ("si sine liberis", "Journal des savants", "di parentes"), or after a capitalized word the source writes in small letters, whose small form
 * English lacks ("Alma mater", "Hydrocele testis": a term this language capitalizes as a noun).
 */
export function inForeignPhrase(ctx: RuleContext, k: number): boolean {
  const p = ctx.words[k - 1];
  // (The word's shape and the source's string first; the dictionaries last.)
  if (p === undefined || p.opaque || !p.alpha || !sourceView(ctx.doc)?.aligned) return false;
  const english = ctx.doc.resources.speller('en');
  if (!english || english === ctx.doc.resources.speller(ctx.language)) return false;
  if (/^\p{Ll}+$/u.test(p.value)) {
    return (
      inSourcePhrase(ctx, k - 1, k) &&
      !english.correct(p.value) &&
      PROFILES.some((other) => other.code !== ctx.language.split('-')[0] && other.code !== 'en' && (other.functionWords.has(p.value) || other.articles?.has(p.value) === true))
    );
  }
  return /^\p{Lu}\p{Ll}+$/u.test(p.value) && !inSourcePhrase(ctx, k - 1, k) && inSourcePhrase(ctx, k - 1, k, true) && foldedForeign(english, p.value);
}

/**
 * Whether word `k` is one of a pair of short words in small letters that differ in their vowels
 * only: a sound's word written twice ("tick tack", "zick zack", "ping pong"), which is no English left over and no misspelling.
 */
export function reduplicated(ctx: RuleContext, k: number): boolean {
  const { words, text } = ctx;
  const pair = (a: number, b: number): boolean => {
    const x = words[a]?.value;
    const y = words[b]?.value;
    if (x === undefined || y === undefined || x === y || x.length !== y.length || x.length > 6 || !/^\p{Ll}+$/u.test(x) || !/^\p{Ll}+$/u.test(y)) return false;
    if (words[a].sentence !== words[b].sentence || !spaced(ctx, text, a, b)) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c] && !(VOWELS.includes(x[c]) && VOWELS.includes(y[c]))) return false;
    return true;
  };
  return pair(k - 1, k) || pair(k, k + 1);
}
const VOWELS = 'aeiouäöüy';

/** How many words of a productive ending (see the check) a document's spelling check looks at. */
const PRODUCTIVE_CHECKS = 500;
const PRODUCTIVE_COUNT = 'spelling.productive-count';

/** Whether the document may look at one more word of a productive ending (and counts it). */
function productiveBudget(ctx: RuleContext): boolean {
  const used = (ctx.doc.state.get(PRODUCTIVE_COUNT) as number | undefined) ?? 0;
  if (used >= PRODUCTIVE_CHECKS) return false;
  ctx.doc.state.set(PRODUCTIVE_COUNT, used + 1);
  return true;
}

/** Whether `word` with the productive ending that begins at `at` swapped for another (the profile's `productiveSwaps`) is a known word: "hysterig" of "hysterisch". */
function endingSwapped(profile: LanguageProfile | undefined, speller: { correct(w: string): boolean }, word: string, at: number): boolean {
  const tail = word.slice(at);
  return (profile?.productiveSwaps ?? []).some(([written, meant]) => tail.startsWith(written) && speller.correct(word.slice(0, at) + meant + tail.slice(written.length)));
}

/**
 * Whether the stem of `word` (before `end`) is a known word's misspelt: a consonant written
 * once ("aggresiv" of "aggressiv"), or a letter as another language spells it (the profile's
 * `stemSpellings`: "exclusiv", "electrisch"), one place or all of them; not the first letter,
 * which a borrowed prefix keeps ("cybernetischen", a post-edit of MLQE-PE train).
 */
function stemMisspelt(profile: LanguageProfile | undefined, speller: { correct(w: string): boolean }, word: string, end: number): boolean {
  const stem = word.slice(0, end);
  const tail = word.slice(end);
  for (let i = 1; i < stem.length; i++) {
    if ('aeiouäöüy'.includes(stem[i]) || stem[i] === stem[i - 1] || stem[i] === stem[i + 1]) continue;
    if (speller.correct(stem.slice(0, i + 1) + stem.slice(i) + tail)) return true;
  }
  for (const [written, meant] of profile?.stemSpellings ?? []) {
    let at = stem.indexOf(written, 1);
    if (at < 0) continue;
    if (speller.correct(stem[0] + stem.slice(1).replaceAll(written, meant) + tail)) return true;
    for (; at >= 0; at = stem.indexOf(written, at + 1)) if (speller.correct(stem.slice(0, at) + meant + stem.slice(at + written.length) + tail)) return true;
  }
  return false;
}

/**
 * Whether one slip in the stem of `word` (the letters before `end`, where a productive ending
 * begins, and the one after) makes a known word: a letter too many, two letters swapped, or a
 * vowel for another ("turkischen" → "türkischen", "chimische" → "chemische"), the slips of a
 * transliterated or misheard stem. (The stem only, and vowels only for a substitution: every
 * letter at every place asked Hunspell some 300 times a word.)
 */
function slipInStem(speller: { correct(w: string): boolean }, word: string, end: number): boolean {
  if (oneSlipFromKnown(speller, word, Math.min(word.length - 1, end))) return true;
  const vowels = 'aeiouäöüy';
  for (let i = 0; i < end; i++) {
    if (!vowels.includes(word[i])) continue;
    for (const c of vowels) if (c !== word[i] && speller.correct(word.slice(0, i) + c + word.slice(i + 1))) return true;
  }
  return false;
}
