/**
 * Article and preposition forms that machine translation into French, Spanish and Italian
 * writes apart where the language contracts or elides them: "de le maire" → "du maire", "a
 * el centro" → "al centro", "di il governo" → "del governo", "le arbre" → "l’arbre", "que
 * il" → "qu’il", "il studente" → "lo studente", "della azienda" → "dell’azienda". All of it is
 * the profile's `articleForms` (a language without them, German and English, is not checked).
 *
 * A form is written only where it cannot be wrong: with the article in small letters (a
 * capitalized one begins a name: "de El Salvador", "di La Stampa", "Le Monde"), one space
 * apart, before a word the dictionary knows. A contraction before a word it does not know, or
 * across a line break, or with a preposition that may be an adverb (Italian "tirare su il
 * morale") is listed for review; an elision or another form before a capitalized or unknown
 * word is left (a name, an acronym read by its letters: "della IBM", "il PSI"), and so are
 * words that may be other words (Italian "lo", "la" as pronouns: "lo ha detto"). An article
 * that is a pronoun before an infinitive stays ("de le faire", "à les lire"), told by the
 * dictionary's verbs, unless the infinitive is a noun whose verb takes no object ("de le dîner"
 * → "du dîner"; "de le pouvoir" is listed); h aspiré and numbers take no elision ("le héros",
 * "de une à deux"), but the article "un" does ("de une voix" → "d’une voix", "le une des" →
 * "l’une des"); Spanish "a el", "de el" before a clitic, a negation, an adverb or a verb form
 * ("A el no le importa") are the pronoun "él" without its accent, listed with "a él" first.
 * A Spanish feminine noun with a stressed a first, of the profile's list, takes "el" ("la agua"
 * → "el agua", "de la área" → "del área"; "la fría agua", "las aguas", "esta agua", "la a",
 * "la amiga" stay): written, but before one that is a verb's form too only after a preposition
 * ("con la ama de casa"; "Juan la ama"); "una arma" → "un arma" is listed.
 * Italian "i" is "gli" before s and a consonant, z, gn, ps, x where a plural in -i or a
 * borrowing follows ("i studenti" → "gli studenti", "dei zii" → "degli zii"; "la i scritta",
 * "i sta per integrità", "la sezione i studi": the letter), and before a mute-h borrowing,
 * listed ("i hacker"); not before a vowel after s ("i software", an invariable borrowing's plural).
 * Italian "quel", "bel", "quei", "bei" go as "il", "i" ("quel anno" → "quell’anno", "quel
 * studente" → "quello studente", "quei anni" → "quegli anni"; "è bello studiare" stays).
 * Italian "un" takes an apostrophe before a feminine word, which the dictionary
 * tells by the prefix class it gives it ("un amica" → "un’amica"; "un amico", "un artista"),
 * or, in -e, the profile by a list or an ending ("un immagine" → "un’immagine"; "un errore");
 * before an adjective of both genders, or two, the noun after them tells it ("un importante
 * decisione" → "un’importante decisione"; "un importante accordo", and "un importante ponte",
 * whose gender neither tells, are left); "nessun", "ciascun", "alcun", "buon" go as "un", and
 * their apostrophe on a masculine word goes ("un’altro" → "un altro", "Nessun’altro" → "Nessun
 * altro", and "un’appropriato" → "un appropriato", whose class makes "appropriata" and which
 * the dictionary takes with "un’" so; "un’altra", "un’auto" stay, and so does "un’appropriato
 * risposta", whose slip may be the adjective's ending). Italian i and a vowel takes
 * "lo" ("il iato" → "lo iato", "quel iato" → "quello iato"), and a borrowing with a mute h that the dictionary elides before
 * "l’", "quell’" ("quel hardware" → "quell’hardware", listed). French "ma", "ta", "sa" are
 * "mon", "ton", "son" before a vowel ("ma ancienne école" → "mon ancienne école"), and "ce" is
 * "cet" before a word the profile lists masculine or the dictionary tells so ("ce avion" → "cet
 * avion", "ce ancien bâtiment" → "cet ancien bâtiment"; "ce héros", "ce à quoi" stay), and "cette"
 * before a feminine form the dictionary's classes make of a masculine stem ("ce actrice" →
 * "cette actrice", "ce amie" → "cette amie", "ce grande salle" → "cette grande salle") or a
 * feminine noun the profile lists ("ce maison" → "cette maison"; "ce page", a pageboy's too, is
 * listed); before another noun of the dictionary it is listed, "cet" or "cette" ("ce option").
 * Spanish "la" before a stressed a that is a verb's form too is "el" where a phrase of the noun
 * follows ("La ama de casa" → "El ama de casa"; "Juan la ama de verdad"). Two different
 * definite articles in a row before a noun or an adjective are listed ("le la ministre", "el la
 * ministra", "il la ministra": the profile's `doubled`; "donner le la à l’orchestre" stays).
 *
 * @example
 *   in:  "Le porte-parole de le ministère a dit que il viendrait."
 *   out: "Le porte-parole du ministère a dit qu’il viendrait."
 */
import { defineRule, type RuleContext, type WordToken } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { PROFILES, type LanguageProfile } from '../languages/index.js';
import type { ArticleForms } from '../languages/types.js';
import { dictionaryClassed, dictionaryFeminines, dictionaryMadeBy, dictionaryMadeFeminines, dictionaryPluralFeminines, dictionaryStems, dictionaryVerbs } from '../spell/verbs.js';
import { isKnownWord } from './spelling.js';

/**
 * A form with an apostrophe ("l'", "po'") in the document's apostrophe: the typographic one
 * unless the document writes only the straight one (read once per document).
 */
export function inDocumentApostrophe(ctx: RuleContext, form: string): string {
  if (!form.includes("'")) return form;
  let apostrophe = ctx.doc.state.get(APOSTROPHE) as string | undefined;
  if (apostrophe === undefined) {
    apostrophe = !ctx.doc.source.includes('’') && ctx.doc.source.includes("'") ? "'" : '’';
    ctx.doc.state.set(APOSTROPHE, apostrophe);
  }
  return form.replace("'", apostrophe);
}
const APOSTROPHE = 'article-form.apostrophe';

/** A form with the first letter capitalized as the word it stands for is ("Al" for "A el"). */
export function casedLike(form: string, written: string): string {
  return /^\p{Lu}/u.test(written) ? form[0].toUpperCase() + form.slice(1) : form;
}

/** A profile's `articleForms`, checked and compiled once, when the rule loads. */
export interface CompiledForms {
  data: ArticleForms;
  /** Contractions by "preposition article" (elided articles with the straight apostrophe). */
  contractions: ReadonlyMap<string, string>;
  prepositions: ReadonlySet<string>;
  /** The articles of the contractions, and the words whose form before a word is one. */
  contractible: ReadonlySet<string>;
  /** Every word the check starts from: prepositions, and the words of `forms`. */
  starts: ReadonlySet<string>;
}

const WORD = /^\p{Ll}+$/u;
const FORM = /^\p{Ll}+'?$/u;
/** A word of `noElision`: hyphenated ones too ("haut-parleur"). */
const LISTED = /^\p{Ll}+(?:-\p{Ll}+)*\*?$/u;

/** Check a profile's `articleForms` and compile them; throws naming the profile and the entry. */
export function compileArticleForms(profile: Pick<LanguageProfile, 'code' | 'elides' | 'articleForms'>): CompiledForms | undefined {
  const data = profile.articleForms;
  if (!data) return undefined;
  const fail = (what: string): never => {
    throw new Error(`articleForms of the ${profile.code} profile: ${what}`);
  };
  const contractions = new Map<string, string>();
  const prepositions = new Set<string>();
  const articles = new Set<string>();
  for (const [key, value] of Object.entries(data.contractions)) {
    const parts = key.split(' ');
    if (parts.length !== 2 || !WORD.test(parts[0]) || !FORM.test(parts[1])) fail(`contraction "${key}" is not a preposition and an article in small letters`);
    if (!FORM.test(value)) fail(`contraction "${key}" → "${value}" is not one word in small letters`);
    if (parts[1].endsWith("'") !== value.endsWith("'")) fail(`contraction "${key}" → "${value}": an elided article contracts to an elided form, and only it`);
    contractions.set(key, value);
    prepositions.add(parts[0]);
    articles.add(parts[1]);
  }
  const starts = new Set(prepositions);
  data.forms.forEach((entry, n) => {
    if (!(entry.before instanceof RegExp) || entry.before.global || entry.before.sticky) fail(`forms[${n}].before is not a regular expression without the g or y flag`);
    for (const [word, form] of Object.entries(entry.words)) {
      if (!WORD.test(word) || !FORM.test(form) || form === word) fail(`forms[${n}]: "${word}" → "${form}" is not a word and another form of it in small letters`);
      // (The glossary elides with `elides`: one language, one elided form of a word.)
      const elided = profile.elides?.[word];
      if (form.endsWith("'") && elided !== undefined && elided !== form.slice(0, -1)) fail(`forms[${n}]: "${word}" → "${form}", but its elides entry is "${elided}"`);
      starts.add(word);
    }
    if (entry.then !== undefined && entry.then !== 'word' && ![...entry.then].every((w) => FORM.test(w.replace(/'(?=\p{Ll})/u, '')))) fail(`forms[${n}].then is not 'word' nor words in small letters`);
    if (entry.feminine && !data.feminine) fail(`forms[${n}] is for feminine words, but the profile does not say how its dictionary tells them (feminine)`);
    if (entry.madeFeminine && !data.masculine?.classes.length) fail(`forms[${n}] is for the feminine forms of masculine stems, but the profile does not say how its dictionary tells them (masculine)`);
    if (entry.masculine && !data.masculine?.classes.length) fail(`forms[${n}] is for masculine words, but the profile does not say how its dictionary tells them (masculine)`);
    for (const w of entry.notAfter ?? []) if (!WORD.test(w)) fail(`forms[${n}].notAfter "${w}" is not a word in small letters`);
    for (const w of entry.onlyAfter ?? []) if (!WORD.test(w)) fail(`forms[${n}].onlyAfter "${w}" is not a word in small letters`);
    if (entry.classes && (!entry.classes.any.length || [...entry.classes.any, ...(entry.classes.none ?? [])].some((k) => !k))) fail(`forms[${n}].classes names no class`);
    for (const phrase of entry.phrases ?? []) if (phrase !== phrase.toLowerCase() || !phrase.includes(' ')) fail(`forms[${n}].phrases "${phrase}" is not a phrase in small letters`);
    if (entry.or) {
      if (!entry.review) fail(`forms[${n}].or is a second suggestion, but the entry does not say review`);
      for (const [word, form] of Object.entries(entry.or.words)) if (!(word in entry.words) || !FORM.test(form) || form === word || form === entry.words[word]) fail(`forms[${n}].or: "${word}" → "${form}" is not another form of a word of the entry`);
      if (entry.or.first && (!(entry.or.first instanceof RegExp) || entry.or.first.global || entry.or.first.sticky)) fail(`forms[${n}].or.first is not a regular expression without the g or y flag`);
    }
  });
  const contractible = new Set(articles);
  for (const entry of data.forms) for (const [word, form] of Object.entries(entry.words)) if (articles.has(form)) contractible.add(word);
  for (const w of data.feminine?.nouns?.words ?? []) if (!WORD.test(w)) fail(`feminine.nouns "${w}" is not a word in small letters`);
  if (data.feminine?.nouns && (!(data.feminine.nouns.endings instanceof RegExp) || data.feminine.nouns.endings.global || data.feminine.nouns.endings.sticky)) fail('feminine.nouns.endings is not a regular expression without the g or y flag');
  for (const w of data.feminine?.adjectives ?? []) if (!WORD.test(w)) fail(`feminine.adjectives "${w}" is not a word in small letters`);
  for (const w of data.masculine?.words ?? []) if (!LISTED.test(w) || w.endsWith('*')) fail(`masculine.words "${w}" is not a word in small letters`);
  if (data.doubled) for (const w of data.doubled) if (!WORD.test(w)) fail(`doubled "${w}" is not a word in small letters`);
  if (data.unelided) {
    if (!data.feminine) fail('unelided needs feminine (the prefix the dictionary writes before a feminine word)');
    for (const w of [...data.unelided.words, ...data.unelided.nouns]) if (!WORD.test(w)) fail(`unelided "${w}" is not a word in small letters`);
    if (!(data.unelided.endings instanceof RegExp) || data.unelided.endings.global || data.unelided.endings.sticky) fail('unelided.endings is not a regular expression without the g or y flag');
    if (data.unelided.feminineAfter && (!(data.unelided.feminineAfter instanceof RegExp) || data.unelided.feminineAfter.global || data.unelided.feminineAfter.sticky)) fail('unelided.feminineAfter is not a regular expression without the g or y flag');
    if (data.unelided.made && (data.unelided.made.length !== 2 || !data.unelided.made.every((x) => WORD.test(x)))) fail('unelided.made is not an ending and the ending that replaces it, in small letters');
  }
  if (data.feminine?.plural && (!(data.feminine.plural.except instanceof RegExp) || data.feminine.plural.except.global || data.feminine.plural.except.sticky)) fail('feminine.plural.except is not a regular expression without the g or y flag');
  for (const w of data.noElision ?? []) if (!LISTED.test(w)) fail(`noElision "${w}" is not a word in small letters`);
  for (const w of data.muteH ?? []) if (!LISTED.test(w) || !w.startsWith('h')) fail(`muteH "${w}" is not a word in small letters beginning with h`);
  for (const [w, pronoun] of Object.entries(data.accentlessPronouns ?? {})) if (!articles.has(w) || !WORD.test(pronoun)) fail(`accentlessPronouns "${w}" → "${pronoun}" is not the article of a contraction and a word in small letters`);
  if (data.pronounFollowers && !data.accentlessPronouns) fail('pronounFollowers need accentlessPronouns');
  if (data.objectPronouns) {
    if (!data.verbs) fail('objectPronouns need verbs (how the dictionary tells an infinitive)');
    for (const w of data.objectPronouns) if (!articles.has(w)) fail(`objectPronouns "${w}" is the article of no contraction`);
  }
  for (const phrase of data.verbs?.nounPhrases ?? []) {
    if (phrase !== phrase.toLowerCase() || phrase.includes('’') || !data.verbs?.nounsToo?.has(phrase.split(' ')[0]) || !phrase.includes(' ')) fail(`nounPhrases "${phrase}" is not a phrase in small letters beginning with a word of nounsToo`);
  }
  for (const w of data.adverbPrepositions ?? []) if (!prepositions.has(w)) fail(`adverbPrepositions "${w}" is the preposition of no contraction`);
  for (const w of data.homographs?.words ?? []) if (!data.forms.some((f) => w in f.words)) fail(`homographs "${w}" has no form`);
  for (const w of data.homographs?.nouns?.words ?? []) if (!data.homographs!.words.has(w)) fail(`homographs.nouns "${w}" is not one of homographs.words`);
  if (data.homographs?.nouns && !data.feminine) fail('homographs.nouns need feminine (how the dictionary tells a feminine word)');
  for (const phrase of data.keep ?? []) if (phrase !== phrase.toLowerCase() || !phrase.includes(' ')) fail(`keep "${phrase}" is not a phrase in small letters`);
  return { data, contractions, prepositions, contractible, starts };
}

const COMPILED = new Map<string, CompiledForms>();
for (const p of PROFILES) {
  const c = compileArticleForms(p);
  if (c) COMPILED.set(p.code, c);
}

/**
 * The form a word takes before the next: a change, `undefined` for none, or `skip` where that
 * cannot be told (`noun`: the feminine noun after adjectives of both genders that chose it,
 * "un’importante decisione").
 */
type Form = { form: string; review: boolean; noun?: string; reason?: string; more?: string } | undefined | 'skip';

/** The form `word` takes before `next`, the words after which are `rest` (each after the one before it, with only spaces between; undefined past the sentence's end). */
function formBefore(c: CompiledForms, ctx: RuleContext, word: string, next: WordToken, rest: readonly (WordToken | undefined)[], prior: string): Form {
  const then = rest[0];
  const lower = next.value.toLowerCase();
  const { noElision, hWords } = c.data;
  for (const entry of c.data.forms) {
    const form = entry.words[word];
    if (form === undefined || !entry.before.test(lower)) continue;
    if (entry.then !== undefined && !holdsThen(entry.then, ctx, then)) continue;
    const gender = entry.feminine ? feminineAhead(c, ctx, next, rest) : undefined;
    if (gender === false) continue;
    if (entry.masculine && !masculine(c, ctx, next.value)) continue;
    if (entry.madeFeminine && !madeFeminine(c, ctx, next.value)) continue;
    if (entry.notAfter?.has(prior) || (entry.onlyAfter && !entry.onlyAfter.has(prior))) continue;
    // (A capital begins a name, which keeps its article: "de la Haya" is not "del Haya".)
    if (entry.commonNouns && next.value !== lower) continue;
    if (entry.notBefore?.has(lower)) return undefined;
    if (entry.classes && !classed(ctx, entry.classes, lower)) continue;
    if (entry.phrases && !entry.phrases.some((p) => phraseAt(ctx.text, next.start, p))) continue;
    if (form.endsWith("'") || entry.elision) {
      if (noElision && listed(noElision, lower)) return undefined;
      // h mute or aspirated: only a word the dictionary knows in small letters, as the list does not hold it.
      if (hWords && /^h/u.test(lower) && (next.value !== lower || !isKnownWord(ctx, next.value))) return 'skip';
      // (A mute h the profile lists: written; another, a borrowing mostly ("hacker"), only listed.)
      if (hWords && /^h/u.test(lower) && c.data.muteH && !listed(c.data.muteH, lower)) return entry.or ? either(entry.or, word, form, lower) : { form, review: true };
    }
    if (entry.or) return either(entry.or, word, form, lower);
    return { form, review: entry.review === true, ...(typeof gender === 'string' ? { noun: gender } : {}), ...(entry.reason ? { reason: entry.reason } : {}) };
  }
  return undefined;
}

/** An entry's form and its `or`, listed, the second first before a word its `first` matches. */
function either(or: { words: Readonly<Record<string, string>>; first?: RegExp }, word: string, form: string, next: string): Form {
  const other = or.words[word];
  if (other === undefined) return { form, review: true };
  return or.first?.test(next) ? { form: other, review: true, more: form } : { form, review: true, more: other };
}

/** Whether the word after the next (`then`) is what an entry's `then` asks for. */
function holdsThen(wanted: ReadonlySet<string> | 'word', ctx: RuleContext, then: WordToken | undefined): boolean {
  if (!then || then.opaque) return false;
  const lower = then.value.toLowerCase().replace('’', "'");
  if (wanted !== 'word') return wanted.has(lower);
  return then.value === lower && then.alpha && !ctx.profile!.functionWords.has(lower) && isKnownWord(ctx, then.value);
}

/**
 * Whether the dictionary tells `value` a feminine word (`ArticleForms.feminine`): a stem it
 * lists so, or a form its suffix classes make ("unica" of "unico/TYq", "uscita" of "uscito")
 * and before which it writes the prefix ("un’unica"), or a noun in -e the profile lists or
 * tells by its ending ("estate", "immagine"); never without its files.
 */
function feminine(c: CompiledForms, ctx: RuleContext, value: string): boolean {
  const sign = c.data.feminine;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller || !sign) return false;
  // (A feminine noun in -e, listed or by its ending: "estate", "immagine".)
  if (sign.nouns && (sign.nouns.words.has(value) || (sign.nouns.endings.test(value) && speller.correct(value)))) return true;
  const words = dictionaryFeminines(speller, sign);
  if (!words) return false;
  if (words.has(value)) return true;
  if (!sign.endings.test(value) || dictionaryStems(speller)?.has(value) !== false) return false;
  return speller.correct(sign.prefix + value);
}

/** Whether the text from `start` on is `phrase` (in small letters, the apostrophe straight), a whole word at its end. */
function phraseAt(text: string, start: number, phrase: string): boolean {
  const written = text.slice(start, start + phrase.length + 1).toLowerCase().replaceAll('’', "'");
  return written.startsWith(phrase) && !/\p{L}/u.test(written[phrase.length] ?? '');
}

/** Whether the dictionary lists `value` with one of `classes.any` and no entry of it with one of `classes.none` (`forms[].classes`). */
function classed(ctx: RuleContext, classes: { any: readonly string[]; none?: readonly string[] }, value: string): boolean {
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller || dictionaryClassed(speller, classes.any)?.has(value) !== true) return false;
  return !classes.none?.length || dictionaryClassed(speller, classes.none)?.has(value) === false;
}

/**
 * Whether `value` is a masculine word (`ArticleForms.masculine`): one the profile lists
 * ("avion"), or a stem the dictionary lists with a class that makes its feminine ("ancien/F+").
 */
function masculine(c: CompiledForms, ctx: RuleContext, value: string): boolean {
  if (c.data.masculine?.words?.has(value)) return true;
  const classes = c.data.masculine?.classes;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller || !classes) return false;
  return dictionaryClassed(speller, classes)?.has(value) === true;
}

/**
 * Whether `value` is a feminine form the classes of `ArticleForms.masculine` make of a stem
 * ("actrice" of "acteur/Fc", "amie" of "ami/F."), and not a stem of the dictionary itself, nor a
 * masculine word the profile lists.
 */
function madeFeminine(c: CompiledForms, ctx: RuleContext, value: string): boolean {
  const classes = c.data.masculine?.classes;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller || !classes || c.data.masculine?.words?.has(value)) return false;
  return dictionaryMadeFeminines(speller, classes)?.has(value) === true && dictionaryStems(speller)?.has(value) === false;
}

/**
 * Whether `next` is a feminine word, or one or two of the profile's `feminine.adjectives`, of
 * both genders, before a noun that is ("un importante decisione", "un ulteriore importante
 * decisione": that noun); not before a noun whose gender is not told ("un importante ponte").
 */
function feminineAhead(c: CompiledForms, ctx: RuleContext, next: WordToken, rest: readonly (WordToken | undefined)[]): boolean | string {
  if (feminine(c, ctx, next.value)) return true;
  const adjectives = c.data.feminine?.adjectives;
  if (!adjectives?.has(next.value)) return false;
  for (const w of rest) {
    if (!w || w.opaque || !w.alpha || w.value !== w.value.toLowerCase() || ctx.profile!.functionWords.has(w.value)) return false;
    if (feminine(c, ctx, w.value) || feminineByPlural(c, ctx, w.value)) return w.value;
    if (!adjectives.has(w.value)) return false;
  }
  return false;
}

/** Whether the dictionary gives `value` a feminine plural and no masculine one (`feminine.plural`: "riforma/Q"), and the profile does not except it. */
function feminineByPlural(c: CompiledForms, ctx: RuleContext, value: string): boolean {
  const sign = c.data.feminine;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller || !sign?.plural || sign.plural.except.test(value)) return false;
  return dictionaryPluralFeminines(speller, sign)?.has(value) === true;
}

/** A word or its plural or feminine ("héros", "hache" → "haches", "haut" → "hautes"), or a word of a listed family ("hach*" → "hachage"). */
function listed(list: ReadonlySet<string>, lower: string): boolean {
  if (list.has(lower)) return true;
  for (const ending of ['s', 'x', 'e', 'es']) if (lower.endsWith(ending) && list.has(lower.slice(0, -ending.length))) return true;
  for (let k = 2; k <= lower.length; k++) if (list.has(`${lower.slice(0, k)}*`)) return true;
  return false;
}

function capitalized(value: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(value);
}

export default defineRule(
  {
    id: 'article-form',
    description: 'Article and preposition forms the language contracts or elides ("de le" → "du", "le arbre" → "l’arbre", "il studente" → "lo studente").',
    category: 'grammar',
    severity: 'warning',
    languages: [...COMPILED.keys()],
    fix: 'safe',
    examples: {
      // (More, per language, with the forms listed for review: test/rules/article-form.test.ts.)
      flag: [
        { lang: 'fr', text: 'Le porte-parole de le ministère a parlé à les journalistes.', output: 'Le porte-parole du ministère a parlé aux journalistes.' },
        { lang: 'fr', text: 'Le arbre est tombé sur la école.', output: 'L’arbre est tombé sur l’école.' },
        { lang: 'fr', text: 'Il a dit que il viendrait si il peut.', output: 'Il a dit qu’il viendrait s’il peut.' },
        { lang: 'fr', text: 'Je ai vu que ce ne est pas le homme.', output: 'J’ai vu que ce n’est pas l’homme.' },
        { lang: 'fr', text: 'Les messages ont été envoyés à le SPU.', output: 'Les messages ont été envoyés au SPU.' },
        { lang: 'es', text: 'El presidente de el Gobierno habló a el país.', output: 'El presidente del Gobierno habló al país.' },
        { lang: 'es', text: 'De el total, la mitad fue a el extranjero.', output: 'Del total, la mitad fue al extranjero.' },
        { lang: 'it', text: 'Il presidente di il consiglio parla a il paese.', output: 'Il presidente del consiglio parla al paese.' },
        { lang: 'it', text: 'Il sindaco della azienda ha parlato con il studente.', output: 'Il sindaco dell’azienda ha parlato con lo studente.' },
        { lang: 'it', text: 'I dati di il anno scorso.', output: 'I dati dell’anno scorso.' },
        { lang: 'it', text: 'Il libro è su il tavolo.', output: 'Il libro è sul tavolo.' },
        { lang: 'it', text: 'Ha comprato una azienda.', output: 'Ha comprato un’azienda.' },
        { lang: 'fr', text: 'Il parle de une voix douce de le dîner.', output: 'Il parle d’une voix douce du dîner.' },
        { lang: 'it', text: 'È arrivata un amica con un amico.', output: 'È arrivata un’amica con un amico.' },
        // (A feminine noun in -e, which the profile lists or tells by its ending: "estate", "immagine".)
        { lang: 'it', text: 'Ha scattato un immagine durante un estate calda.', output: 'Ha scattato un’immagine durante un’estate calda.' },
        { lang: 'it', text: 'La estate è finita.', output: 'L’estate è finita.' },
        // (After an adjective of both genders, the noun's gender: "decisione", "quantità" are feminine by their ending.)
        { lang: 'it', text: 'Ha preso un importante decisione su un enorme quantità di dati.', output: 'Ha preso un’importante decisione su un’enorme quantità di dati.' },
        { lang: 'it', text: 'Un altra volta, un ultima occasione.', output: 'Un’altra volta, un’ultima occasione.' },
        { lang: 'fr', text: 'Il habite ce ancien bâtiment avec ma ancienne amie.', output: 'Il habite cet ancien bâtiment avec mon ancienne amie.' },
        // (A feminine noun with a stressed a takes "el", "del", "al"; "un" is listed, the RAE not holding "una arma" wrong.)
        { lang: 'es', text: 'Bebió de la agua y fue a la área con la águila.', output: 'Bebió del agua y fue al área con el águila.' },
        { lang: 'es', text: 'Lo atacó con una arma.', output: 'Lo atacó con un arma.' },
        { lang: 'it', text: 'Quel anno, quel studente e quei anni: un bel esempio.', output: 'Quell’anno, quello studente e quegli anni: un bell’esempio.' },
        // (A masculine noun the profile lists, with a vowel or a mute h: the dictionary tells not its gender.)
        { lang: 'fr', text: 'Ce homme a pris ce avion pour ce hôtel.', output: 'Cet homme a pris cet avion pour cet hôtel.' },
        // (Another noun of the dictionary: listed, "cet" or "cette", the second first before a feminine ending.)
        { lang: 'fr', text: 'Il a choisi ce option.', output: 'Il a choisi cette option.' },
        { lang: 'it', text: 'Un’altro giorno, un’amico e nessun’altro.', output: 'Un altro giorno, un amico e nessun altro.' },
        // (And on a word in -o whose class makes its feminine, which the dictionary writes "un’" before as before the feminine: "un’appropriata".)
        { lang: 'it', text: 'È stato un’appropriato intervento.', output: 'È stato un appropriato intervento.' },
        // Two articles in a row (the profile's `doubled`): listed, the second first.
        { lang: 'fr', text: 'Il a parlé avec le la ministre hier soir.', output: 'Il a parlé avec la ministre hier soir.' },
        { lang: 'es', text: 'El presidente habló con el la ministra ayer.', output: 'El presidente habló con la ministra ayer.' },
        { lang: 'it', text: 'Ha parlato con il la ministra ieri sera.', output: 'Ha parlato con la ministra ieri sera.' },
        { lang: 'it', text: 'Un’altro problema è emerso.', output: 'Un altro problema è emerso.' },
        // (A feminine noun the profile lists, whose gender dictionary-fr does not tell: "maison/S." as "livre/S.".)
        { lang: 'fr', text: 'Ce maison est à vendre.', output: 'Cette maison est à vendre.' },
        { lang: 'it', text: 'Il iato e quel iato, dei ioni.', output: 'Lo iato e quello iato, degli ioni.' },
        { lang: 'it', text: 'Ha cambiato quel hardware.', output: 'Ha cambiato quell’hardware.' },
        // (A feminine form the dictionary's classes make of a masculine stem: "actrice" of "acteur/Fc", "amie" of "ami/F.".)
        { lang: 'fr', text: 'Il a vu ce actrice avec ce amie dans ce grande salle.', output: 'Il a vu cette actrice avec cette amie dans cette grande salle.' },
        { lang: 'it', text: 'I studenti e i zii con i psicologi, dei studenti, ai studenti e nei stati.', output: 'Gli studenti e gli zii con gli psicologi, degli studenti, agli studenti e negli stati.' },
        // (A borrowing with a mute h, listed: "i manager" is written too.)
        { lang: 'it', text: 'Ha parlato con i hacker.', output: 'Ha parlato con gli hacker.' },
        { lang: 'es', text: 'La ama de casa compró la arma de fuego.', output: 'El ama de casa compró el arma de fuego.' },
      ],
      pass: [
        { lang: 'fr', text: 'Il a décidé de le faire avant de le voir.' },
        { lang: 'fr', text: 'Il refuse de les lire, mais commence à les comprendre.' },
        { lang: 'fr', text: 'Selon Le Monde, le héros a pris la hache et le hibou.' },
        // Words in ou- and y- that take no elision, or either ("la ouate" and "l’ouate").
        { lang: 'fr', text: 'Le zoo montre le ouaouaron. La ouate isole. Il aime le yaourt et le yoga.' },
        { lang: 'fr', text: 'Le prix passe de une à deux euros.' },
        { lang: 'es', text: 'Viajó de El Salvador a El Cairo y habló con El País.' },
        { lang: 'es', text: 'Lo dijo él: depende de él y no de ella.' },
        { lang: 'it', text: 'Lo dice Il Sole 24 Ore, e lo conferma La Stampa di Lo Stato Sociale.' },
        { lang: 'it', text: 'Non lo è, e lo ha detto una o due volte.' },
        { lang: 'it', text: 'Un artista e un atleta hanno visto un anno nuovo.' },
        { lang: 'it', text: 'Ha commesso un errore, come un attore di un ente con un amante.' },
        { lang: 'it', text: 'Un importante accordo, un’importante decisione, una grande decisione e un ottimo risultato.' },
        // (A masculine noun in -e after the adjective, which no list or ending tells feminine.)
        { lang: 'it', text: 'Hanno costruito un importante ponte e un enorme bastione.' },
        { lang: 'fr', text: 'Ce à quoi il pense : sa hache, ce héros et ma onzième victoire.' },
        // h aspiré, and "ce" the pronoun.
        { lang: 'fr', text: 'Ce hibou, ce hasard, ce hall ; ce avec quoi il joue, et ce avant que tout commence ; sur ce, elle partit.' },
        // "i" the letter, not the article: "gli" before a plural in -i or a borrowing only, not after "la", "una", "lettera".
        { lang: 'it', text: 'Nella parola è una i stretta; krb5i, dove i sta per integrità, e la i scritta; la lettera i zeta.' },
        { lang: 'it', text: 'I libri, gli studenti, gli zii, gli psicologi e gli hacker, degli stati e negli hotel.' },
        // "i software": an invariable borrowing's plural, as "i computer"; "i" a label after "sezione".
        { lang: 'it', text: 'I software antivirus e il software gestionale; la sezione i studi.' },
        { lang: 'fr', text: 'Ce livre et ce poste.' },
        { lang: 'it', text: 'Un’altra volta, un’amica, un’auto e un’eco; l’io e lo hobby, la holding.' },
        // (Before a word in -a, -à, the profile's `unelided.feminineAfter`, the slip may be the adjective's ending.)
        { lang: 'it', text: 'È stata un’appropriato risposta, e un’appropriato novità.' },
        // (The note: before a function word, or kept.)
        { lang: 'fr', text: 'Le hautbois donne le la à l’orchestre, puis le la bémol.' },
        { lang: 'it', text: 'L’oboe dà il la all’orchestra, poi il la bemolle.' },
        { lang: 'es', text: 'Juan la ama de verdad. La ama desde niño.' },
        { lang: 'es', text: 'El agua fría y las aguas, la fría agua y esta agua.' },
        { lang: 'es', text: 'La amiga escribió la a; Juan la ama.' },
        // "faire la une": the front page, not "l’une".
        { lang: 'fr', text: 'L’affaire fait la une des journaux depuis lundi.' },
        // "quel" before a verb is no article: no "quell’avevo".
        { lang: 'it', text: 'Ha perso tutto quel avevo messo da parte.' },
        // A name keeps its article after a preposition too ("de la Haya": The Hague).
        { lang: 'es', text: 'El tribunal de la Haya dictó sentencia.' },
        { lang: 'it', text: 'Quell’anno era bello studiare: è bello studiare.' },
        { lang: 'de', text: 'Er sagte, de le faire sei Französisch.' },
      ],
    },
  },
  (ctx) => {
    const compiled = ctx.profile ? COMPILED.get(ctx.profile.code) : undefined;
    if (!compiled) return;
    const c: CompiledForms = compiled;
    const { words, text } = ctx;
    const quote = (form: string) => inDocumentApostrophe(ctx, form);
    /** Whether word `i` begins its sentence, or a quotation or bracket in it (where a capital is no name's). */
    const opens = (i: number) => {
      if (ctx.sentences[words[i].sentence].firstWord === i) return true;
      let k = words[i].start - 1;
      while (k >= 0 && /\s/u.test(text[k])) k--;
      return k < 0 || /["«“„‘(\[—–:]/u.test(text[k]);
    };
    /** The word after word `i` in its sentence, with only spaces between; not a name in code ("open(2)", "append=", "user_id"). */
    const next = (i: number): WordToken | undefined => {
      const w = words[i];
      const n = words[i + 1];
      if (!n || n.sentence !== w.sentence || n.opaque || n.start === w.end || /^[(=_/\\<>[{]/u.test(text[n.end] ?? '')) return undefined;
      for (let k = w.end; k < n.start; k++) if (!/[ \t\n\r\u00a0]/u.test(text[k])) return undefined;
      return n;
    };
    /** The two words after word `i`, each after the one before it, as `next` finds them. */
    const following = (i: number): Array<WordToken | undefined> => {
      const first = next(i);
      return [first, first && next(i + 1)];
    };
    /** One space between two words, where a fix may join them; otherwise (a line break) only listed. */
    const oneSpace = (a: WordToken, b: WordToken) => b.start === a.end + 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
    const known = (w: WordToken) => w.alpha && isKnownWord(ctx, w.value);
    /** A word in small letters the dictionary knows, not written onto an elided word ("dai un’occhiata": a verb before it). */
    const plain = (w: WordToken) => w.value === w.value.toLowerCase() && !/['’]/u.test(w.value) && known(w);
    const kept = (start: number) => c.data.keep?.some((p) => text.slice(start, start + p.length).toLowerCase() === p && !/\p{L}/u.test(text[start + p.length] ?? '')) === true;
    const previous = (i: number) => (i > 0 && words[i - 1].sentence === words[i].sentence ? words[i - 1].value.toLowerCase() : '');
    /**
     * Report `[start, end)` of word `i` on. A copy of word `i` before it, which repeated-word
     * would take out ("la la école"), is taken with it, so that one run writes "l’école".
     */
    const report = (i: number, end: number, suggested: string | readonly string[], review: boolean, why: string) => {
      const more = typeof suggested === 'string' ? [] : suggested.slice(1);
      let expected = typeof suggested === 'string' ? suggested : suggested[0];
      let start = words[i].start;
      const lower = words[i].value.toLowerCase();
      // (Every copy before it: "la la la école" → "l’école".)
      let k = i;
      while (!review && k > 0 && words[k - 1].value.toLowerCase() === lower && next(k - 1) === words[k] && (ctx.profile!.safeRepeats?.has(lower) ?? true)) k--;
      const copy = words[k];
      const doubled = k < i;
      if (doubled) {
        start = copy.start;
        // (The first copy's capital: "Le le arbre" → "L’arbre".)
        if (/^\p{Lu}/u.test(copy.value)) expected = expected[0].toUpperCase() + expected.slice(1);
      }
      if (ctx.isClaimed(start, end) || !isVerbatim(ctx.block, start, end)) return;
      const actual = text.slice(start, end);
      ctx.report({ start, end, message: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, ...(review ? { expected: [expected, ...more] } : { fix: expected }) });
      if (doubled) ctx.claim(start, end);
    };
    const cased = casedLike;

    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lower = w.value.toLowerCase();
      if (c.data.unelided && !w.opaque && /['’]/u.test(lower)) {
        unelided(i);
        continue;
      }
      if (c.data.doubled?.has(lower) && !w.opaque) doubledArticle(i);
      if (!c.starts.has(lower) || w.opaque) continue;
      // A capital mid-sentence begins a name or a title ("Il Sole", "De Gaulle").
      if (w.value !== lower && !(capitalized(w.value) && opens(i))) continue;
      // A word, not an option or a part of one ("-i", "a/b").
      if (w.start > 0 && !/[\s"«“„‘(\[—–]/u.test(text[w.start - 1])) continue;
      const b = next(i);
      if (!b || kept(w.start)) continue;

      // A preposition and an article: one word ("de le" → "du", "di il anno" → "dell’anno", "di l’anno" → "dell’anno").
      if (c.prepositions.has(lower) && !c.data.notAfter?.has(previous(i))) {
        const done = contraction(i, b);
        if (done !== undefined) {
          i = done;
          continue;
        }
      }
      // A word's form before the next ("le arbre" → "l’arbre", "il studente" → "lo studente").
      const form = formBefore(c, ctx, lower, b, following(i + 1), previous(i));
      if (form === undefined || form === 'skip' || !plain(b)) continue;
      let review = form.review || !oneSpace(w, b);
      if (c.data.homographs?.words.has(lower) && !c.data.homographs.afterPrepositions.has(previous(i))) {
        // (Before a word that can only be a noun, the article: listed, "la adesione" → "l’adesione".)
        if (!onlyNoun(lower, b)) continue;
        review = true;
      }
      if (form.form.endsWith("'")) report(i, b.end, cased(quote(form.form), w.value) + b.value, review, form.noun ? `elided before a vowel, the noun \`${form.noun}\` being feminine` : 'elided before a vowel');
      else if (form.more !== undefined) report(i, w.end, [cased(form.form, w.value), cased(form.more, w.value)], true, `the form before \`${b.value}\` is \`${form.form}\` or \`${form.more}\`, as its gender is`);
      else report(i, w.end, cased(form.form, w.value), review, form.reason ? `\`${b.value}\` is ${form.reason}` : `the form before \`${b.value}\``);
    }

    /**
     * Two different definite articles in a row before a noun or an adjective (`doubled`): "le la
     * ministre" → "la ministre" or "le ministre", listed.
     */
    function doubledArticle(i: number): void {
      const w = words[i];
      const lower = w.value.toLowerCase();
      if (w.value !== lower && !(capitalized(w.value) && opens(i))) return;
      if (w.start > 0 && !/[\s"«“„‘(\[—–]/u.test(text[w.start - 1])) return;
      const [b, noun] = following(i);
      if (!b || !noun || b.value === lower || !c.data.doubled!.has(b.value) || kept(w.start)) return;
      if (!plain(noun) || ctx.profile!.functionWords.has(noun.value) || ctx.profile!.articles?.has(noun.value)) return;
      report(i, b.end, [cased(b.value, w.value), w.value], true, 'two articles in a row, one left over');
    }

    /**
     * An apostrophe a feminine word takes, written onto a masculine one (`unelided`): "un’altro"
     * → "un altro", "Nessun’altro" → "Nessun altro".
     */
    function unelided(i: number): void {
      const w = words[i];
      const sign = c.data.unelided!;
      const m = /^(\p{L}+)(['’])(\p{Ll}+)$/u.exec(w.value);
      if (!m || !sign.words.has(m[1].toLowerCase()) || (m[1] !== m[1].toLowerCase() && !(capitalized(m[1]) && opens(i)))) return;
      if (w.start > 0 && !/[\s"«“„‘(\[—–]/u.test(text[w.start - 1])) return;
      const noun = m[3];
      const speller = ctx.doc.resources.speller(ctx.language);
      if (!speller || !speller.correct(noun)) return;
      // (A masculine form whose class makes its feminine, which the dictionary writes the prefix
      // before as it does before the feminine: "un’appropriato", as "un’appropriata".)
      const made = sign.made !== undefined && sign.endings.test(noun) && dictionaryMadeBy(speller, sign.made)?.has(noun) === true;
      if (!made && !sign.nouns.has(noun) && !(sign.endings.test(noun) && !speller.correct(c.data.feminine!.prefix.replace("'", m[2]) + noun) && !speller.correct(`${c.data.feminine!.prefix}${noun}`))) return;
      // (Before a feminine noun the slip may be the adjective's ending: "un’appropriato risposta" is
      // "un’appropriata risposta", not "un appropriato risposta".)
      const after = next(i);
      // (A word in `feminineAfter`'s endings is most often feminine, and the dictionary tells the
      // gender of few with a consonant first: Italian "risposta", "volta".)
      // (Not one whose class makes a masculine plural, `feminine.masculine`: "problema/R", "problemi";
      // "Un’altro problema" → "Un altro problema".)
      const inEnding = sign.feminineAfter?.test(after?.value ?? '') === true && dictionaryMadeBy(speller, c.data.feminine!.masculine)?.has(after!.value) !== true;
      if (after && after.value === after.value.toLowerCase() && (inEnding || feminine(c, ctx, after.value) || feminineByPlural(c, ctx, after.value))) return;
      report(i, w.end, `${m[1]} ${noun}`, false, `\`${noun}\` is masculine, and takes no apostrophe`);
    }

    /** Whether `homographs.nouns` takes `word` before `b`: a feminine word that no verb makes ("adesione", not "accusa"). */
    function onlyNoun(word: string, b: WordToken): boolean {
      const nouns = c.data.homographs?.nouns;
      if (!nouns?.words.has(word) || !feminine(c, ctx, b.value)) return false;
      return !nouns.verbs.some(([ending, infinitive]) => b.value.endsWith(ending) && isKnownWord(ctx, b.value.slice(0, -ending.length) + infinitive));
    }

    /** The contraction of the preposition `words[i]` and the article `a`, reported; the index of the last word it took, or undefined for none. */
    function contraction(i: number, first: WordToken): number | undefined {
      const p = words[i];
      let a = first;
      let last = i + 1;
      const preposition = p.value.toLowerCase();
      // An article written onto its word ("di l’anno").
      const glued = /^(\p{Ll}+)['’](?=\p{L})/u.exec(a.value);
      let article = glued ? `${glued[1]}'` : a.value;
      if (glued ? !c.contractions.has(`${preposition} ${article}`) : !c.contractible.has(article)) return undefined;
      let review = !oneSpace(p, a) || c.data.adverbPrepositions?.has(preposition) === true;
      /** The pronoun an accentless article may be, as the first or the second suggestion ("a él"). */
      let alternative: { first?: string; second?: string } = {};
      /** Why the article took another form before the contraction ("de la agua": "el" before a stressed a). */
      let reason: string | undefined;
      let end = 0;
      let tail = '';
      if (glued) {
        // (Before an auxiliary, "l’" is a pronoun: "a l’ha detto" is dialect or a slip, not "all’".)
        if (ctx.profile!.finiteAuxiliaries?.has(a.value.slice(glued[0].length).toLowerCase())) return undefined;
        end = a.start + glued[0].length;
      }
      else {
        let after = next(i + 1);
        // A doubled article, which repeated-word would take out, goes too ("di la la azienda" → "dell’azienda").
        // (Every copy: "de le le le ministère" → "du ministère".)
        while (after && after.value === a.value && (ctx.profile!.safeRepeats?.has(article) ?? true)) {
          a = after;
          last++;
          after = next(last);
        }
        // An article stands before a word; before a function word or nothing, it is something else ("al di la del fiume", "de él y").
        if (!after || ctx.profile!.functionWords.has(after.value.toLowerCase()) || /['’]/u.test(after.value)) return undefined;
        const form = formBefore(c, ctx, article, after, following(last + 1), preposition);
        if (form === 'skip') return undefined;
        if (form !== undefined) {
          // (An elided form, only before a plain word: "de le iPhone" is left.)
          if (form.form.endsWith("'") && !plain(after)) return undefined;
          article = form.form;
          reason = form.reason && `, and \`${after.value}\` is ${form.reason}`;
          review ||= form.review || !oneSpace(a, after);
        }
        if (!c.contractions.has(`${preposition} ${article}`)) return undefined;
        if (c.data.objectPronouns?.has(a.value)) {
          const verb = pronounBeforeVerb(after, last + 1);
          if (verb === 'pronoun') return undefined;
          if (verb === 'maybe') review = true;
        }
        // (A number is a word here: "de el 2020" → "del 2020".)
        review ||= !(/^\p{N}/u.test(after.value) || known(after));
        const pronoun = c.data.accentlessPronouns?.[a.value];
        if (pronoun !== undefined && !/^\p{N}/u.test(after.value)) {
          const speller = ctx.doc.resources.speller(ctx.language);
          const stems = speller ? dictionaryStems(speller) : undefined;
          const lower = after.value.toLowerCase();
          const stem = stems !== undefined && (stems.has(after.value) || stems.has(lower));
          // (A word that follows the pronoun and no article: "a el no le importa" is "a él"; "a el no tener", "al".)
          const followers = c.data.pronounFollowers;
          const then = next(last + 1);
          const following = (w: string) => followers!.words.has(w) || followers!.endings.test(w);
          const thenLower = then?.value.toLowerCase();
          if (
            followers &&
            ((following(lower) && !(thenLower !== undefined && followers.infinitive.test(thenLower) && !following(thenLower) && isKnownWord(ctx, then!.value))) ||
              (followers.ambiguous.has(lower) && thenLower !== undefined && following(thenLower)))
          ) {
            review = true;
            alternative = { first: `${p.value} ${pronoun}` };
          }
          else if (!stem) {
            review = true;
            // (A verb's form, "de el vive", or a noun the dictionary makes, "de el entorno".)
            // (Not an infinitive and its clitic, "a el iniciarlo": "al iniciarlo".)
            if (known(after) && !followers?.infinitive.test(lower)) alternative = { second: `${p.value} ${pronoun}` };
          }
        }
        end = a.end;
        if (article.endsWith("'")) {
          end = after.end;
          tail = after.value;
        }
      }
      const contracted = cased(quote(c.contractions.get(`${preposition} ${article}`)!), p.value) + tail;
      if (alternative.first !== undefined) report(i, end, [alternative.first, contracted], true, `the pronoun \`${alternative.first.split(' ')[1]}\` without its accent before \`${next(last)!.value}\`, or the preposition and the article in one word`);
      else report(i, end, alternative.second !== undefined ? [contracted, alternative.second] : contracted, review, `the preposition and the article are one word${reason ?? ''}`);
      // (Repeated-word leaves the copies to this finding.)
      if (last > i + 1 && !review) ctx.claim(p.start, end);
      return tail ? last + 1 : last;
    }

    /**
     * Whether an article that is an object pronoun too stands before an infinitive ("de le
     * faire", "de le lui dire", "de le bien faire": `pronoun`), may ("de le plus grand":
     * `maybe`), or does not ("de le ministère": `article`).
     */
    /** Whether one of the profile's `verbs.nounPhrases` begins at `start` ("pouvoir d’achat"). */
    function nounPhrase(start: number): boolean {
      const phrases = c.data.verbs?.nounPhrases ?? [];
      const written = text.slice(start, start + 40).toLowerCase().replaceAll('’', "'");
      return phrases.some((p) => written.startsWith(p) && !/\p{L}/u.test(written[p.length] ?? ''));
    }

    function pronounBeforeVerb(after: WordToken, k: number): 'pronoun' | 'maybe' | 'article' {
      const verbs = c.data.verbs!;
      const speller = ctx.doc.resources.speller(ctx.language);
      const dictionary = speller ? dictionaryVerbs(speller, verbs.finite) : undefined;
      if (!dictionary) return 'maybe';
      const lower = after.value.toLowerCase();
      // (An infinitive that is a noun: "de le dîner" → "du dîner"; "de le pouvoir" may be the verb.)
      if (verbs.nouns?.has(lower)) return 'article';
      if (verbs.nounsToo?.has(lower)) return nounPhrase(after.start) ? 'article' : 'maybe';
      if (verbs.clitics.has(lower) || dictionary.has(lower)) return 'pronoun';
      if (verbs.adverbs.has(lower)) {
        const then = next(k);
        return then && dictionary.has(then.value.toLowerCase()) ? 'pronoun' : 'maybe';
      }
      return 'article';
    }
  },
);
