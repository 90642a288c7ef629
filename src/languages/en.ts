import { words, phrases, byValue, ordinalStems, type ImperialUnit, type LanguageProfile } from './types.js';

/** Words ending the way British, Australian or Canadian English spells and American does not. */
// (ASCII: these spellings are, and an ASCII class with \b scans ten times faster.)
const COMMONWEALTH = /\b[a-zA-Z]+(?:our|ours|oured|ouring|ise|ised|ises|ising|iser|isers|isation|isations|yse|ysed|yses|ysing|tre|tres|lled|lling|ller|llers|ence|ences|ogue|ogues|mme|mmes)\b/g;

/**
 * British (and Commonwealth) endings and the American ones for them, inflected forms included,
 * longest first where one ends another: "-isations" before "-ations"-less "-ise".
 */
const AMERICAN_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['isations', 'izations'], ['isation', 'ization'],
  ['ising', 'izing'], ['ised', 'ized'], ['ises', 'izes'], ['isers', 'izers'], ['iser', 'izer'], ['ise', 'ize'],
  ['ysing', 'yzing'], ['ysed', 'yzed'], ['yses', 'yzes'], ['yse', 'yze'],
  ['ouring', 'oring'], ['oured', 'ored'], ['ours', 'ors'], ['our', 'or'],
  ['tres', 'ters'], ['tre', 'ter'],
  ['lled', 'led'], ['lling', 'ling'], ['llers', 'lers'], ['ller', 'ler'],
  ['ences', 'enses'], ['ence', 'ense'],
  ['ogues', 'ogs'], ['ogue', 'og'],
  ['mmes', 'ms'], ['mme', 'm'],
];

/** The American spellings a British word's ending gives ("rumours": "rumors"); none for other words. */
function americanSpellings(word: string): string[] {
  const out: string[] = [];
  for (const [british, american] of AMERICAN_ENDINGS) {
    if (word.length > british.length + 1 && word.endsWith(british)) out.push(word.slice(0, -british.length) + american);
  }
  return out;
}

/** English's imperial units of length, each word by its unit ("ft", "feet" → foot): `lengthUnits`' words and kinds. */
const IMPERIAL_LENGTHS: ReadonlyMap<string, ImperialUnit> = new Map(
  Object.entries({ foot: 'ft feet foot', yard: 'yd yard yards', mile: 'mi mile miles', inch: 'inch inches' } satisfies Record<ImperialUnit, string>).flatMap(([unit, names]) => names.split(' ').map((w) => [w, unit as ImperialUnit] as const)),
);

export const en: LanguageProfile = {
  code: 'en',
  franc: 'eng',
  name: 'English',
  scripts: ['Latn'],
  dictionary: 'dictionary-en',
  region: 'US',
  regions: { GB: 'dictionary-en-gb', AU: 'dictionary-en-au', CA: 'dictionary-en-ca' },
  // Oxford spelling: British, with -ize ("organization", "realized"), but "analyse".
  izeForIse: ['GB'],
  // "colour", "organise", "analyse", "centre", "travelled", "defence", "offences", "catalogue", "programme":
  // American English writes them otherwise. Which of the three regions is told by the words
  // each dictionary rejects too ("organize" is Canadian, not British).
  regionHints: { GB: { words: COMMONWEALTH }, AU: { words: COMMONWEALTH }, CA: { words: COMMONWEALTH } },
  // British forms the American dictionary lacks, for English left over in another language's text.
  variantSpellings: americanSpellings,
  stemmer: 'english',
  quotes: { primary: ['“', '”'], secondary: ['‘', '’'], straightAccepted: true },
  periodOutsideEmbeddedQuote: false,
  spacedPunctuation: '',
  percentClose: true,
  // "had had", "that that", "do do". ("is is", right only in "what it is is", is far more
  // often a machine's double: listed for review, not fixed.)
  // ("gave her her first break": the object, then the possessive.)
  allowedRepeats: words('had that do her'),
  // (Not "by": a verb's particle, then the preposition, "stood by by the gates".)
  // (Prepositions but "of" are not: one can end a clause and the next begin another, "the club he moved to to
  // win", "what they are looking for for next season".)
  safeRepeats: words('the a an of and or but nor my your its our their'),
  clauseRepeats: words(''),
  subordinators: words('that because if when while although since whether'),
  functionWords: words(`
    the a an and or but nor of in on at to for from by with about into onto over under
    between through during without within than as if because while although that
    after before until since
  `),
  // (Read by the fused-token check: an acronym run into one, "NATOhas", is two words.)
  finiteAuxiliaries: words('is are was were has have had will would can could should may might must does did'),
  articles: words('the a an'),
  indefiniteArticle: {
    consonant: 'a',
    vowel: 'an',
    // ("homage": "a homage" in American usage, "an homage" after the French; the library lists only "an".
    // Acronyms said as words whose letters no English word begins with, which would be read by
    // their letters: "FTSE" said "footsie", "SCSI" "scuzzy", "MRSA" "mersa" or by its letters.)
    either: ['url', 'urls', 'sql', 'faq', 'faqs', 'led', 'leds', 'lan', 'heroic*', 'hypothe*', 'homage*', 'ftse', 'scsi', 'mrsa'],
    vowelLetters: 'AEFHILMNORSX',
    // (And "above", "below": "a" before them is a letter, "Note a above"; "an above-average" is one word.)
    notBefore: words('either neither each every any all both another none nor also above below'),
    foreignArticles: words('der die das den dem des'),
  },
  pronouns: words('he she it we they you i'),
  possessives: words('his her its their our my your'),
  questionWords: words('why how when'),
  abbreviations: words('etc co inc ltd corp dr prof mr mrs ms st jr sr no vs bros'),
  coordinators: words('and or'),
  workNouns: words('novel book film movie series song album single poem opera musical documentary episode podcast painting'),
  partyNouns: words('party movement alliance coalition campaign'),
  titles: { nouns: words('title'), naming: words('titled entitled called named') },
  oldNames: { cues: words('formerly alias'), fillers: words('also known as') },
  accentedLoanwords: true,
  // Prefixes written joined or with a hyphen to a known word ("preselected", "pre-installation",
  // "co-maintainer"), which the dictionary lists for common words only. (Joined, the rest has five
  // letters at least: "co|lour" is British "colour", no prefixed "lour".)
  joinedPrefixes: { prefixes: 'pre post re co non un anti multi sub inter intra semi mini micro macro super ultra counter cyber auto bio self'.split(' '), minRest: 5 },
  // The noun of action and the adjective of a verb in -ize ("initialization", "customizable"), which en_US lacks for many.
  derivedForms: [[/izations?$/u, 'ize'], [/izable$/u, 'ize']],
  // Two nouns closed up, as English writes many a compound that its dictionary lacks
  // ("filesystem", "bootloader", "runlevel", "codenames", "wishlist"): information, "a compound
  // of … and …?". Not with a pronoun, a possessive, a determiner or a quantifier, which make
  // fused words ("itsown", "eachother", "everytime"), nor a verb of saying ("governmentsaid"),
  // nor after an inflected word ("walkedhome").
  unlistedCompounds: {
    minHead: 3,
    minTail: 4,
    notParts: words(`
      his her its their our my your him them they she you this that these those there here what which when where
      some many much more most such very also just only even then than each every any all both either neither other another none
      said says told asked added
    `),
    links: [''],
    endings: /^(.{3,}?)(?:ed|ing)$/,
  },
  // Prefixes that are also function words: "over|broad", "under|croft", "for|amen" are words.
  separablePrefixes: words('over under for nor'),
  reduplications: words('more again over through round by on less worse better faster slower bigger smaller longer shorter higher lower larger closer further louder stronger weaker harder years hours days weeks months decades miles'),
  infixes: [],
  nounEndings: ["'s", 'es', 's', "'"],
  // (An acronym's plural: "MPs", "CEOs".)
  acronymPlural: 's',
  // ("flags", "boxes", "policies", "midshipmen", "wolves", "knives".)
  pluralEndings: [['s', ''], ['es', ''], ['ies', 'y'], ['men', 'man'], ['ves', 'f'], ['ves', 'fe']],
  possessive: { endings: ["'s", "'"], sibilant: /s$/iu, otherwise: "'s" },
  hyphenatesNameCompounds: false,
  // (Read as the source's months by the untranslated-month check. "May" is the modal and a name too.)
  calendar: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: '{month} {day}',
    dayYear: '{month} {day}, {year}',
    monthYear: '{month} {year}',
    cues: { in: 'in', since: 'since', until: 'until', early: 'early', mid: 'mid', late: 'late' },
    dateOnly: words('May'),
    names: words('April June'),
    daySuffixes: ['st', 'nd', 'rd', 'th'],
  },
  // ("Dutch", "European": adjectives of names take a capital, as in Dutch.)
  capitalizesNameAdjectives: true,
  // ("no", "not": not small words of English in a Spanish text, which writes "no".)
  smallWordsWhereUnknown: words('no not'),
  // (Read by the untranslated-word check in a translation from English: each found whole. Phrases
  // of three words or more, none a phrase of another supported language; checked when the
  // profiles load.)
  idioms: phrases(`
    a blessing in disguise, a piece of cake, all of a sudden, as a matter of fact,
    as soon as possible, as well as, at first glance, at short notice, at the end of the day,
    at the last minute, at the same time, back to square one, behind the scenes, better late than never,
    by and large, by the way, first and foremost, for the time being, in a nutshell, in charge of,
    in no time, in other words, in spite of, in terms of, in the first place, in the long run,
    in the meantime, in the nick of time, in the wake of, last but not least, more often than not,
    on behalf of, on short notice, on the one hand, on the other hand, on the same page,
    once and for all, once in a blue moon, out of the blue, so far so good, sooner or later,
    the tip of the iceberg, to be honest, under the radar, up in the air, with regard to
  `),
  capitalizesNouns: false,
  numbers: {
    decimal: '.',
    group: ',\u00a0\u202f',
    words: byValue('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty', 0, { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety', 100: 'hundred', 1000: 'thousand' }),
    ordinals: ordinalStems('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'),
    decades: { 20: 'twenties', 30: 'thirties', 40: 'forties', 50: 'fifties', 60: 'sixties', 70: 'seventies', 80: 'eighties', 90: 'nineties' },
    magnitudes: [[/^\s?thousand\b/i, 3], [/^[\s-]?(?:million|mn)\b/i, 6], [/^[\s-]?(?:billion|bn)\b/i, 9], [/^[\s-]?(?:trillion|tn)\b/i, 12]],
  },
  unitSymbols: words('ft yd mi nmi lb lbs oz st mph kt psi hp'),
  lengthUnits: {
    imperial: new Set(IMPERIAL_LENGTHS.keys()),
    kinds: IMPERIAL_LENGTHS,
    metric: words('m km cm mm meter meters metre metres kilometer kilometers kilometre kilometres centimeter centimeters centimetre centimetres millimeter millimeters millimetre millimetres'),
  },
  convertibleUnits: words('ft feet foot yd yard yards mi mile miles nmi lb lbs pound pounds oz ounce ounces stone mph inch inches acre acres gallon gallons gal °F degree degrees Fahrenheit psi hp'),
  pastTense: /ed$/,
  verbEndings: /(?:ing)$/,
  modifierEndings: /(?:ed|ful|ous|ive|ial|al|ly)$/,
};
