import { words, byValue, oneOf, ordinalStems, pronounSequences, phrases, type LanguageProfile } from './types.js';

/**
 * Feminine nouns whose first syllable, a stressed a or ha, takes "el" and "un" in the singular
 * directly before them ("el agua", "un arma", "el hambre"; "la fría agua", "las aguas", "esta
 * agua" keep theirs), as the RAE lists the common ones, each read in the DLE (feminine, the
 * stress on the first a) and known to dictionary-es. Not the letters ("la a", "la hache", "la
 * alfa"), nouns of both genders for women ("la árabe"), words whose stress is elsewhere ("la
 * amiga", "la abeja", "la harina", "la aldea"), nor masculine ones ("ápside", "ábside", "el arte"
 * is masculine in the singular), nor "alta" and "alba", adjectives too ("la alta montaña", the
 * poets' "la alba paloma"). Names keep "la" ("la Ana", "La Haya"), and the rule changes nothing
 * before a capital. These are no verb's form: dictionary-es conjugates no -ar verb of theirs
 * (checked in test/rules/article-form.test.ts, as the two lists after it).
 */
export const STRESSED_A_NOUNS = words(`
  águila alma área aula hambre hada ala álgebra áncora ánima ansia ascua asta aura ave
  haba hampa alga ánfora acta aria ágata ágora asma aya afta
`);

/**
 * Those that are also the third person of an -ar verb dictionary-es conjugates, before which
 * "la" may be the pronoun, with a verb seldom said of a feminine thing ("aguar", "aspar", "arcar",
 * "arpar", "hachar": "la agua" is hardly "waters it down")…
 */
export const STRESSED_A_RARE_VERB_NOUNS = words('agua aspa arca arpa hacha');

/** …or often ("la ama": loves her; "la habla", "la alza", "la asa", "la ancla", "la arma"), and "haya" of "haber" ("que la haya visto"; the tree is "el haya"). */
export const STRESSED_A_VERB_NOUNS = words('ama habla alza asa ancla arma haya');

/**
 * Phrases a noun of `STRESSED_A_VERB_NOUNS` begins, and its verb's form does not ("ama de casa":
 * "la ama de casa" is no "loves her from home"), where "la" before it is the article.
 */
const STRESSED_A_NOUN_PHRASES = [
  'ama de casa', 'ama de llaves', 'ama de cría', 'ama de leche',
  'arma de fuego', 'arma blanca', 'arma nuclear', 'arma química', 'arma biológica', 'arma de destrucción',
  'alza de precios', 'alza de los precios', 'alza de las tasas', 'alza de tipos',
  'habla popular', 'habla coloquial',
];

/** Prepositions after which "la" is the article, never the pronoun (not "hasta", "incluso" too: "hasta la ama"; nor "según": "según la haya visto"). */
const PREPOSITIONS = words('a ante con contra de desde en entre hacia para por sin sobre tras');

/** What a finding says of the noun. */
const STRESSED_EL = 'a feminine noun with a stressed a, which takes "el"';
const STRESSED_UN = 'a feminine noun with a stressed a, before which the RAE recommends "un", "algún", "ningún"';

/** A regular expression that matches one of `list`, the whole word. */

export const es: LanguageProfile = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
  scripts: ['Latn'],
  dictionary: 'dictionary-es',
  stemmer: 'spanish',
  // Given names the dictionary lacks are no "a name?" information (wordlists/names-es.txt).
  givenNames: 'names-es.txt',
  // «…» first (the RAE's order), “…” as widely used in news and accepted as well, also beside
  // «…» for another use (a word in a special sense): a mix stays (no `oneStyle`).
  // Computing terms Spanish technical prose writes in English, with an -s in the plural ("los scripts").
  computingLoanwords: {
    terms: phrases(
      'backup, blog, boot, bootloader, bug, chat, cluster, cookie, daemon, e-mail, email, firewall, firmware, framework, hacker, hardware, host, hosting, kernel, link, log, login, malware, mirror, on-line, online, plug-in, plugin, prompt, proxy, router, script, shell, software, spam, spyware, streaming, switch, tablet, token, upstream, web, widget, wiki, wrapper',
    ),
    plural: 's',
  },
  // The Academy and Fundéu name «…» first, then “…”, and newsrooms print them; Spanish web news
  // writes straight "…" as often, so one straight quotation is already a document's style
  // (`straightStyleFrom`): information, fixed still. Beside «…» or “…” it breaks the style: a warning.
  quotes: { primary: ['«', '»'], secondary: ['“', '”'], tertiary: ['‘', '’'], alternatives: [['“', '”']], straightAccepted: true, straightStyleFrom: 1 },
  periodOutsideEmbeddedQuote: true,
  periodAfterQuotation: true,
  spacedPunctuation: '',
  allowedRepeats: words(''),
  // (Not "que": "que que" is most often "que qué" with its accent lost, "Nadie sabe que qué
  // pasará"; one copy taken away says another thing. Listed for review, see repeatAlternatives.)
  safeRepeats: words('el la los las un una unos unas del al y o pero de con por sin mi mis tu tus su sus'),
  repeatAlternatives: { que: 'que qué' },
  // (Before an article "qué" cannot stand: "dijo que que las reglas" is fixed.)
  safeRepeatsBefore: { que: words('el la los las un una unos unas lo al del') },
  clauseRepeats: words(''),
  subordinators: words('que porque cuando si aunque mientras'),
  // (Read by the fused-token check: an acronym run into one, "OTANa", is two words.)
  finiteAuxiliaries: words('es son fue fueron ha han había habían será serán puede pueden debe deben está están'),
  functionWords: words(`
    el la los las un una unos unas y o e u pero ni de del a al en con por para sin sobre entre hacia
    desde hasta contra que como si según
  `),
  articles: words('el la los las un una unos unas lo al del'),
  pronouns: words('él ella ellos ellas nosotros usted'),
  possessives: words('su sus nuestro nuestra nuestros nuestras mi mis'),
  // ("Por" of "Por qué", the question's first word.)
  questionWords: words('por cómo cuándo'),
  calendarWords: words('enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo'),
  // (RAE: "el presidente Sánchez", "el rey Felipe VI", "el papa Francisco", "el primer ministro".)
  officeTitles: {
    nouns: words('presidente presidenta ministro ministra canciller rey reina papa príncipe princesa alcalde alcaldesa senador senadora diputado diputada gobernador gobernadora embajador embajadora secretario secretaria director directora juez jueza fiscal'),
    before: { primer: 'primer', primera: 'primera' },
    // (A place or an institution named after someone: "le stade Roi Baudouin"; streets are `streetWords`.)
    places: words('estadio universidad colegio instituto hospital aeropuerto museo fundación premio centro hotel'),
    // (Of both genders: "el canciller", "la canciller", "el juez", "la juez", "el fiscal", "la fiscal".)
    articles: {
      ...Object.fromEntries(['presidente', 'ministro', 'rey', 'papa', 'príncipe', 'alcalde', 'senador', 'diputado', 'gobernador', 'embajador', 'secretario', 'director', 'primer'].map((w) => [w, 'el'])),
      ...Object.fromEntries(['presidenta', 'ministra', 'reina', 'princesa', 'alcaldesa', 'senadora', 'diputada', 'gobernadora', 'embajadora', 'secretaria', 'directora', 'jueza', 'primera'].map((w) => [w, 'la'])),
      ...Object.fromEntries(['canciller', 'juez', 'fiscal'].map((w) => [w, 'el|la'])),
    },
    // ("Papa Noel", Santa Claus, written without the accent of "Papá Noel" too.)
    notNames: words('noel'),
  },
  calendarNames: words('mayo'),
  streetWords: words('calle avenida plaza paseo puente estación'),
  placeParticles: words('de del la los las'),
  abbreviations: words('etc sr sra srta dr dra ud uds av pág núm ej aprox cía págs art vol ed ene feb abr jun jul ago sept oct nov dic tel izq izda dcha inc co ltd corp jr ss excmo excma fdo arq lic ing bros hnos hno sucs'),
  coordinators: words('y e o u'),
  workNouns: words('serie película novela libro canción álbum disco sencillo documental poema ópera musical episodio pódcast videojuego programa'),
  partyNouns: words('partido movimiento coalición plataforma alianza candidatura formación'),
  titles: { nouns: words('título'), naming: words('titulado titulada llamado llamada') },
  oldNames: { cues: words('antiguamente alias'), fillers: words('también conocida conocido como') },
  // (And "una y una sola", "uno y uno solo": one and only one.)
  reduplications: words('más poco menos horas días semanas meses años vueltas uno una'),
  // Prefixes that are also prepositions: "sur|tourisme", "sobre|coste" are words.
  separablePrefixes: words('sobre entre contra'),
  // (Not "re", "des", "co", "in": joined to almost anything, they would hide misspellings.)
  // The noun of action of a verb in -izar ("inicialización" of "inicializar"), which dictionary-es lacks for many.
  derivedForms: [[/iza(?:ción|ciones)$/u, 'izar']],
  joinedPrefixes: {
    prefixes: 'ex anti pro pos post pre ciber eco euro macro micro mini multi neo semi sobre super ultra vice contra auto bio hiper inter intra extra infra tele video geo narco filo afro archi sub trans tras mega poli seudo pseudo cuasi meta'.split(' '),
    minRest: 4,
    // "contra" + "reloj" is "contrarreloj": an r after the prefix's vowel doubles.
    doubleR: true,
  },
  infixes: [],
  // Object pronouns joined onto an infinitive, a gerund or an imperative ("empaquetarlos",
  // "configurarse", "procesándolos", "dárselo", "explicárnoslo", "cuéntamelo", "digámoselo"),
  // which dictionary-es writes for common verbs only ("enviarlos", "hacerlo", "decírmelo"):
  // known where the form is, with the accent that the joined pronouns ask for. Up to three, in
  // their order: "se", then "te" or "os", then "me" or "nos", then "lo", "la", "le" and plurals.
  enclitics: {
    pronouns: pronounSequences([['se'], ['te', 'os'], ['me', 'nos'], ['lo', 'la', 'los', 'las', 'le', 'les']]),
    // (Infinitives, gerunds; imperatives: "cuenta", "cuente", "contemos", "contad"; of one
    // syllable, only those listed: not "que|te", "be|la", "car|lo".)
    hosts: /[aeiouáéíóú]\p{L}*(?:[aeií]r|ando|iendo|yendo|mos|[aeií]d)$|(?:[aeiouáéíóú][^aeiouáéíóú]+|[íú]|[aeo])[iu]?[aeé]$|^(?:dar|ver|ser|ir|id|da|dé|di|ve|sé|haz|pon|ten|ven|sal)$/u,
    // (The s of "-mos" before "nos" and "se": "vámonos", "digámoselo"; the d of "-ad", "-ed",
    // "-id" before "os": "sentaos", "divertíos".)
    restore: [[/mo\|(?:nos|se)/u, 's'], [/[aeií]\|os/u, 'd']],
    accents: true,
  },
  // Adverbs of an adjective's feminine form ("recursivamente", "secuencialmente"), which the
  // dictionary lists for common ones only ("rápidamente").
  adverbEnding: 'mente',
  nounEndings: ['es', 's'],
  // Verbs made on a noun in -ión, whose forms the dictionary lacks by the dozen while the DLE has
  // them ("tensionar": "zonas tensionadas", the housing law's term; "vacacionar", "racionado"):
  // information only, and no suggestion (Hunspell's nearest word, "pensionadas", is another word).
  productiveEnding: /(?<=ion)(?:ad[oa]s?|ar)$/u,
  hyphenatesNameCompounds: false,
  // (A month left in English: "el March 5" → "el 5 de marzo", "en March" → "en marzo".)
  calendar: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    day: '{day} de {month}',
    dayYear: '{day} de {month} de {year}',
    monthYear: '{month} de {year}',
    dayCues: { en: 'el' },
    nameCues: words('en desde hasta'),
    cues: { en: 'en', desde: 'desde', hasta: 'hasta' },
  },
  // ("in 2019", the English preposition left: Spanish writes "en 2019". Not a count: "in" is no
  // Spanish word, but the check reads what follows as it does elsewhere.)
  yearPreposition: {
    prepositions: words('in'),
    year: ['en {year}'],
    years: ['en {years}'],
    // ("in 2019-2020": "en 2019-2020", "de 2019 a 2020".)
    range: ['en {range}', 'de {year} a {to}'],
    countAfter: words('de sobre más menos'),
    // (A count of many takes a plural: "in 2000 metros", "in 1500 casos"; "in 2019 hubo", "in
    // 2019 ganaba", a year and a verb.)
    plural: /[sx]$/u,
  },
  // (English's words are in its dictionary as loans: a tie of the dictionaries is English's.)
  borrowsFrom: ['en'],
  capitalizesNouns: false,
  invertedMarks: true,
  lengthUnits: {
    imperial: words('pie pies yarda yardas milla millas pulgada pulgadas'),
    metric: words('m km cm mm metro metros kilómetro kilómetros centímetro centímetros milímetro milímetros'),
  },
  numbers: {
    decimal: ',',
    group: '.\u00a0\u202f ',
    // (Not "un", "una": the article too.)
    words: byValue('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte', 0, { 30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 70: 'setenta', 80: 'ochenta', 90: 'noventa', 100: 'cien ciento', 1000: 'mil' }),
    ordinals: ordinalStems('primer segund tercer cuart quint sext séptim octav noven décim undécim duodécim'),
    // "los años noventa", "la década de los setenta".
    decadeCues: words('años década'),
    // "mil millones" is a thousand millions: a billion.
    magnitudes: [[/^\s?mil millones\b/i, 9], [/^\s?mil\b/i, 3], [/^\s?(?:millones|millón)(?![\p{L}])/iu, 6], [/^\s?(?:billones|billón)(?![\p{L}])/iu, 12]],
  },
  pastTense: /(?:aron|ieron|aba|aban|ía|ían|ó)$/,
  verbEndings: /(?:an|en)$/,
  // Not before a capitalized "El", which begins a name ("de El Salvador", "a El País"): the
  // rule leaves any capitalized article.
  articleForms: {
    contractions: { 'de el': 'del', 'a el': 'al' },
    // "el la ministra": the source's article rendered twice. (Not "el la bemol", the note, kept.)
    doubled: words('el la los las'),
    keep: ['el la bemol', 'el la sostenido', 'el la mayor', 'el la menor'],
    // A feminine noun with a stressed a or ha first takes "el" ("la área" → "el área", "de la
    // agua" → "del agua", "a la área" → "al área"), which the RAE holds the only right form:
    // written. Before one that is a verb's form too, only after a preposition ("con la ama de
    // casa" → "con el ama de casa"); elsewhere "la" may be the pronoun, as Italian "la ama" stays:
    // listed before the rare verbs ("bebió la agua"), left before the others ("Juan la ama", "que
    // la haya visto"). "una", "alguna", "ninguna" → "un", "algún", "ningún" ("una arma" → "un
    // arma") are listed: the RAE recommends the short form but does not hold "una arma" wrong (as
    // Italian "una estensione" is listed); not after a word that a pronoun "una" follows before
    // a verb ("cuando una habla"). Before an adjective, in the plural, after a demonstrative the
    // feminine stays ("la misma área", "las armas", "esta agua": no entry starts there).
    forms: [
      { before: oneOf(STRESSED_A_NOUNS), words: { la: 'el' }, commonNouns: true, reason: STRESSED_EL },
      { before: oneOf([...STRESSED_A_RARE_VERB_NOUNS, ...STRESSED_A_VERB_NOUNS]), words: { la: 'el' }, onlyAfter: PREPOSITIONS, commonNouns: true, reason: STRESSED_EL },
      // Elsewhere too, at a sentence's start or after a verb, where the noun begins a phrase the
      // verb's form does not ("La ama de casa" → "El ama de casa", "compró la arma de fuego"; "la
      // ama de verdad", "Juan la ama" stay: "loves her").
      { before: oneOf(STRESSED_A_VERB_NOUNS), words: { la: 'el' }, phrases: STRESSED_A_NOUN_PHRASES, commonNouns: true, reason: STRESSED_EL },
      { before: oneOf(STRESSED_A_RARE_VERB_NOUNS), words: { la: 'el' }, review: true, commonNouns: true, reason: STRESSED_EL },
      { before: oneOf([...STRESSED_A_NOUNS, ...STRESSED_A_RARE_VERB_NOUNS]), words: { una: 'un', alguna: 'algún', ninguna: 'ningún' }, review: true, commonNouns: true, reason: STRESSED_UN },
      {
        before: oneOf([...STRESSED_A_VERB_NOUNS].filter((w) => w !== 'haya')),
        words: { una: 'un', alguna: 'algún', ninguna: 'ningún' },
        review: true,
        commonNouns: true,
        reason: STRESSED_UN,
        notAfter: words(`
          que quien quienes cual cuando donde como si porque aunque mientras pues no ni ya nunca jamás
          también tampoco siempre solo sólo aún todavía cada
        `),
      },
    ],
    // "de el vive" is "de él vive", its accent lost.
    accentlessPronouns: { el: 'él' },
    // And so are "A el tampoco le gusta", "de el no sabemos nada", "a el se le olvidó": before a
    // clitic, a negation, an adverb or a verb form the dictionary lists as an entry ("es", "ha",
    // "hay"), or as a noun too ("son", "era"). Not "más", "solo", "mismo", "ya", "siempre" alone:
    // "del mismo modo", "del ya citado", "del siempre polémico", but "a el mismo le gusta", "a el
    // siempre le gusta". Nor "bien", "mal", "menos", "todo": "del bien común", "lo peor del mal es
    // que", "al menos", "del todo".
    pronounFollowers: {
      words: words(`
        me te se lo la le los las les nos os
        no ni nunca jamás tampoco también sí todavía aún aun sólo solamente únicamente incluso además
        entonces ahora luego después apenas casi tan muy así aquí allí ahí allá quizá quizás acaso
        es era fue ha había habrá habría hay está estaba estuvo será sería sea fuera son va iba hizo hubo puede podía debe sabe dijo
      `),
      endings: /\p{L}{3}mente$/u,
      infinitive: /(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|te|nos)?$/u,
      ambiguous: words('mismo solo más ya siempre'),
    },
    // "que de el paso" may be "que dé el paso", without its accent.
    notAfter: words('que'),
  },
  // The articles and "de", "a" with one ("del", "de la"): a glossary fix after one that the term
  // may not agree with is a suggestion ("Los Ferrocarriles Alemanes" → "La Deutsche Bahn").
  agreement: {
    genders: ['m', 'f'],
    head: 'first',
    articles: [
      { m: 'el', f: 'la', 'm.pl': 'los', 'f.pl': 'las' },
      { m: 'un', f: 'una', 'm.pl': 'unos', 'f.pl': 'unas' },
      { m: 'del', f: 'de la', 'm.pl': 'de los', 'f.pl': 'de las' },
      { m: 'al', f: 'a la', 'm.pl': 'a los', 'f.pl': 'a las' },
    ],
  },
};
