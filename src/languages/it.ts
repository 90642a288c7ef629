import { words, byValue, ordinalStems, phrases, type LanguageProfile } from './types.js';

const FUNCTION_WORDS = words(`
  il lo la i gli le un uno una
  di a da in con su per tra fra
  del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle
  nel nello nella nei negli nelle sul sullo sulla sui sugli sulle
  e ed o od ma né che se come dove verso contro senza presso durante mentre però oppure
`);

/** The forms of il, i and the articulated prepositions before s and a consonant, z, gn, ps, x ("dello", "degli"). */
const LO_FORMS: Readonly<Record<string, string>> = {
  il: 'lo',
  i: 'gli',
  ...Object.fromEntries(['de', 'a', 'da', 'ne', 'su'].flatMap((p) => [[`${p}l`, `${p}llo`], [`${p}i`, `${p}gli`]])),
};

/** LO_FORMS but "i", which may be the letter ("la i scritta"): its own entry. */
const LO_FORMS_BUT_I: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LO_FORMS).filter(([w]) => w !== 'i'));

/**
 * Words after which "i" is the letter, not the article ("la i", "una i", "la lettera i"), or a
 * label in small letters after a noun that takes one ("la sezione i", "il capitolo i", "il comma
 * i": a plural article does not follow a singular noun). Not "parte", "tipo", "caso", which it may
 * ("ne fanno parte i soci", "tipo i ragazzi", "nel caso i dati").
 */
const LETTER_BEFORE = words(`
  la una della alla dalla nella sulla lettera vocale
  sezione capitolo paragrafo articolo comma allegato appendice tabella figura volume tomo
`);

/**
 * "quel", "bel" and their plurals "quei", "bei" as il and i before s and a consonant, z, gn, ps, x
 * ("quello studente", "bello stile", "quegli zii", "begli scherzi"); "bello" before a noun only:
 * "bel", "bello" after one, or as a predicate, are other words ("è bello studiare"), and no entry
 * starts from them.
 */
const QUELLO_FORMS: Readonly<Record<string, string>> = { quel: 'quello', bel: 'bello', quei: 'quegli', bei: 'begli' };

/** The articulated prepositions before a vowel ("dell’", "degli"). */
const ARTICULATED_BEFORE_VOWEL: Readonly<Record<string, string>> = Object.fromEntries(
  ['de', 'a', 'da', 'ne', 'su'].flatMap((p) => [[`${p}l`, `${p}ll'`], [`${p}llo`, `${p}ll'`], [`${p}lla`, `${p}ll'`], [`${p}i`, `${p}gli`]]),
);

/** A vowel of a word of two letters or more, not i before a vowel ("lo iato", "lo ione"): where Italian elides. */
/**
 * Forms of "avere" and "essere" with a vowel first that are no noun ("era" is one: "quell’era").
 * "quel", "bel" before them are no article ("tutto quel avevo", "quel che avevo" meant):
 * "quell’avevo" would be no word.
 */
const VERBS_NOT_NOUNS = words(`
  avevo avevi aveva avevamo avevate avevano ebbi ebbe ebbero abbiamo avete avrò avrai avrà
  avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero abbia abbiano avessi
  avesse avessero ero eri eravamo eravate erano è
`);

const VOWEL = /^(?:[aeouàèéìíòóùú]|i(?![aeiouàèéìíòóù]))(?=\p{L})/u;

export const it: LanguageProfile = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
  scripts: ['Latn'],
  // (dictionary-it: the Italian dictionary of OpenOffice's "Estensione linguistica italiana",
  // GPL-3.0, as dictionary-de is GPL.)
  dictionary: 'dictionary-it',
  // Given names the dictionary lacks are no "a name?" information (wordlists/names-it.txt).
  givenNames: 'names-it.txt',
  stemmer: 'italian',
  // «…» without inner spaces, “…” inside; ‘…’ inside those. Much of the Italian press writes
  // “…” as its first marks, so those are accepted as they are (as for Spanish); and much writes
  // both, «…» for words said and “…” for a word in a special sense, so a mix stays (no `oneStyle`).
  // Computing terms Italian technical prose writes in English, invariable ("il kernel", "la shell", "i file").
  computingLoanwords: {
    terms: phrases(
      'account, applet, appliance, backend, backup, blog, boot, bootloader, browser, bug, bugfix, cache, chat, chip, client, cloud, cluster, container, cookie, cracker, daemon, database, debug, desktop, device, download, driver, e-mail, email, embedded, feedback, file system, filesystem, firewall, firmware, font, forum, framework, frontend, gateway, hacker, hardware, hash, home page, homepage, host, hosting, hub, input, kernel, keyword, laptop, layout, link, log, login, logout, mailing list, mainframe, malware, mirror, mouse, network, newsletter, newsgroup, notebook, on-line, online, open source, output, password, patch, performance, pixel, plug-in, plugin, port, prompt, provider, proxy, release, repository, reset, root, router, scanner, screenshot, script, server, shell, smartphone, socket, software, spam, spyware, stack, storage, streaming, switch, tablet, tag, task, template, thread, timeout, token, tool, toolkit, tutorial, upgrade, upload, upstream, username, utility, web, webcam, widget, wiki, wizard, workaround, workstation, wrapper',
    ),
  },
  // English phrases the Italian press writes as its own, invariable (Treccani's and Zingarelli's
  // entries: "le fake news", "il soft power", "lo smart working"): information.
  loanPhrases: new Map([
    ['best of', 'best of'],
    ['big data', 'big data'],
    ['dress code', 'dress code'],
    ['fair play', 'fair play'],
    ['fake news', 'fake news'],
    ['happy end', 'happy end'],
    ['happy hour', 'happy hour'],
    ['last but not least', 'last but not least'],
    ['prime time', 'prime time'],
    ['question time', 'question time'],
    ['smart working', 'smart working'],
    ['soft power', 'soft power'],
    ['spending review', 'spending review'],
    ['start up', 'start-up'],
    ['success story', 'success story'],
    ['talk show', 'talk show'],
    ['think tank', 'think tank'],
  ]),
  quotes: { primary: ['«', '»'], secondary: ['“', '”'], tertiary: ['‘', '’'], alternatives: [['“', '”']], straightAccepted: true },
  // The period goes after the closing mark, of a quoted fragment and of a quoted sentence that
  // ends the sentence too, as the Italian press writes it: Ha detto: «Non ci sono le condizioni».
  periodOutsideEmbeddedQuote: true,
  periodAfterQuotation: true,
  spacedPunctuation: '',
  // The press writes "il 20%" (and "20 per cento"), not "20 %".
  percentClose: true,
  // Doubled for emphasis or as a fixed phrase: "piano piano", "via via che", "quasi quasi",
  // "così così", "era lì lì per cadere".
  allowedRepeats: words('piano via quasi così lì'),
  // Fixed only where no reading allows two: articles, articulated prepositions, conjunctions,
  // prepositions, possessives. (Not "su": "su su fino alla vetta"; not "loro": a pronoun too;
  // "lo", "la", "le", "gli" are object pronouns too, but those stand before a verb, never
  // before another article.)
  safeRepeats: words(`
    il lo la i gli le un uno una
    del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle
    nel nello nella nei negli nelle sul sullo sulla sui sugli sulle
    e ed o ma che di a da in con per tra fra
    mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre
    quel quei
  `),
  clauseRepeats: words(''),
  subordinators: words('che perché poiché quando se benché sebbene mentre affinché finché qualora siccome purché'),
  // (Read by the fused-token check: an acronym run into one, "NATOha", is two words.)
  finiteAuxiliaries: words('è sono era erano fu furono sarà saranno ha hanno aveva avevano avrà avranno può possono deve devono'),
  functionWords: FUNCTION_WORDS,
  // (With the articulated prepositions, as German lists "im", "vom" and Spanish "al", "del".)
  articles: words(`
    il lo la i gli le un uno una
    del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle
    nel nello nella nei negli nelle sul sullo sulla sui sugli sulle
  `),
  pronouns: words('io lui lei noi voi loro egli ella essi esse'),
  possessives: words('suo sua suoi sue mio mia miei mie nostro nostra nostri nostre'),
  questionWords: words('perché come quando'),
  calendarWords: words('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica'),
  // (Accademia della Crusca: "il presidente Mattarella", "il ministro Nordio", "il primo ministro".
  // Not "Papa": "Papa Francesco" is as common as "papa Francesco".)
  officeTitles: {
    nouns: words('presidente presidentessa ministro ministra premier cancelliere re regina principe principessa sindaco sindaca senatore senatrice deputato deputata governatore ambasciatore ambasciatrice segretario segretaria direttore direttrice'),
    before: { primo: 'primo', prima: 'prima' },
    // (A place or an institution named after someone: "le stade Roi Baudouin"; streets are `streetWords`.)
    places: words('stadio università liceo istituto ospedale aeroporto museo fondazione premio centro albergo'),
    // (Of both genders: "il presidente", "la presidente von der Leyen"; "il premier", "la premier Meloni".)
    articles: {
      ...Object.fromEntries(['ministro', 'cancelliere', 're', 'principe', 'sindaco', 'senatore', 'deputato', 'governatore', 'segretario', 'direttore', 'primo'].map((w) => [w, 'il'])),
      ...Object.fromEntries(['presidentessa', 'ministra', 'regina', 'principessa', 'sindaca', 'senatrice', 'deputata', 'segretaria', 'direttrice', 'prima'].map((w) => [w, 'la'])),
      ...Object.fromEntries(['presidente', 'premier'].map((w) => [w, 'il|la'])),
      ambasciatore: "l'",
      ambasciatrice: "l'",
    },
    // (English borrowings: "la Premier League", "la Premier Padel".)
    notNames: words('league padel'),
  },
  // Names too: "Domenica" (a given name), "Maggio" (a surname; the Maggio Musicale Fiorentino).
  calendarNames: words('domenica maggio'),
  streetWords: words('via viale piazza piazzale corso largo ponte stazione'),
  // (No placeParticles yet: "di", "del", "della" would make "Rivoluzione di Ottobre" a name and
  // "il 3 di Marzo" a date in calendar-case, which no example or measurement has asked for.)
  // ("ecc.", "sig.", "dott.", "on." for onorevole, "es." in "ad es.", "cfr.", "n." for numero.)
  abbreviations: words('ecc etc sig sigg sigra dott dr prof avv ing arch on sen mons rag geom gen magg pag pagg art vol ed es cfr tel fig sez nr n nn ca genn febbr apr giu lug ag sett ott nov dic inc co ltd corp jr sr st bros'),
  coordinators: words('e ed o oppure'),
  // Loanwords take no plural ending ("i file", "gli smartphone", "altri kernel"): after these,
  // an English word in the singular is written as Italian writes its loanwords.
  invariablePluralAfter: words('i gli le dei degli delle nei negli nelle ai agli alle sui sugli sulle dai dagli dalle coi altri altre alcuni alcune molti molte tanti tante pochi poche tutti tutte questi queste quei quegli quelle vari varie diversi diverse numerosi numerose'),
  workNouns: words('film romanzo libro canzone brano album singolo disco poesia opera serie documentario episodio podcast programma spettacolo videogioco'),
  // (No partyNouns yet: "partito", "movimento", "coalizione", "alleanza", "lista" would leave
  // a capitalized function word after them alone in the capitalization check ("il movimento Per la
  // vita"), which no example or measurement has asked for.)
  titles: { nouns: words('titolo'), naming: words('intitolato intitolata chiamato chiamata') },
  // ("Xinjiang, già Sinkiang", "precedentemente nota come".)
  oldNames: { cues: words('già precedentemente anticamente alias'), fillers: words('anche nota noto conosciuta conosciuto come') },
  // "ore e ore", "giorni e giorni", "più e più volte", "ancora e ancora".
  // (And "una e una sola", "uno e uno solo": one and only one.)
  reduplications: words('più ancora meno ore giorni settimane mesi anni volte uno una'),
  // Prepositions that are also prefixes: "contro|mossa", "sopra|vvivere", "tra|sporto" are words.
  separablePrefixes: words('contro tra fra sopra sotto'),
  // Written joined: "antimafia", "filorusso", "neoeletto", "postpandemia", "superbonus",
  // "cyberattacco", "vicepremier". (Not "ex", written apart: "l'ex ministro".)
  // The noun of action of a verb in -izzare ("inizializzazione" of "inizializzare"), which dictionary-it lacks for many.
  derivedForms: [[/izza(?:zione|zioni)$/u, 'izzare']],
  joinedPrefixes: {
    prefixes: 'anti pro post pre filo neo vice eco euro cyber semi multi mini maxi micro macro bio auto tele video extra ultra iper inter intra infra super sotto meta'.split(' '),
    minRest: 4,
  },
  infixes: [],
  // Object pronouns joined onto an infinitive without its last vowel or a gerund ("farlo",
  // "mandarmelo", "dirglielo", "porlo", "facendolo"), which dictionary-it lists for most verbs
  // but not every one it knows ("twittare", "twittarlo"): known where the infinitive or the
  // gerund is. One pronoun, or two as Italian joins them ("me", "te", "ce", "ve", "se", "glie"
  // before "lo", "la", "li", "le", "ne").
  enclitics: {
    pronouns: [...'me te ce ve se glie'.split(' ').flatMap((a) => 'lo la li le ne'.split(' ').map((b) => a + b)), ...'gli lo la li le ne mi ti ci vi si'.split(' ')].sort((a, b) => b.length - a.length),
    // (Gerunds; the infinitives, shortened, are restored.)
    hosts: /ndo$/u,
    // ("mandar|lo" of "mandare", "dir|lo" of "dire", "por|lo" of "porre", "tradur|lo" of
    // "tradurre"; not "Car|lo", "For|lo".)
    restore: [[/(?:\p{L}{2}[aei]r|^(?:dar|far|dir|star))\|/u, 'e'], [/(?:por|trar|dur)\|/u, 're']],
    accents: false,
  },
  // (A plural changes a noun's last vowel, "gatto", "gatti": no ending is added; loanwords and
  // names take none, "i film", "gli smartphone".)
  nounEndings: [],
  hyphenatesNameCompounds: false,
  // (A month left in English: "il March 5" → "il 5 marzo", "a March" → "a marzo".)
  calendar: {
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    day: '{day} {month}',
    dayYear: '{day} {month} {year}',
    monthYear: '{month} {year}',
    dayCues: { in: 'il', a: 'il' },
    nameCues: words('a in da'),
    cues: { a: 'a', in: 'in', inizio: 'inizio', metà: 'metà', fine: 'fine', da: 'da' },
  },
  // ("in 2019", copied from English: Italian writes "nel 2019", "negli anni 1996, 2005 e 2014".)
  yearPreposition: {
    prepositions: words('in'),
    year: ['nel {year}'],
    years: ['negli anni {years}', 'nel {years}'],
    // ("in 2019-2020": "nel 2019-2020", "tra il 2019 e il 2020".)
    range: ['nel {range}', 'tra il {year} e il {to}'],
    // ("in 1000 dei casi", "in 1000 su 5000 casi", "in 1000 o più casi".)
    countAfter: words('di dei degli delle su più meno'),
    // (No noun, though in small letters: "in 2019 si giocò", "in 2019 non ci furono", "in 2019
    // anche la Juventus"; a finite verb is told by `pastTense`, "in 2019 vinse".)
    notCounted: words('si ci vi ne mi ti non anche già ancora poi quindi infatti inoltre invece tuttavia soltanto sempre mai'),
    // ("Orwell descrive in 1984", "la società descritta in 1984": a novel, or a year?)
    workVerbs: words(
      'descrive descriveva descrivono descritto descritta descritti descritte racconta raccontava raccontano raccontato raccontata raccontati raccontate narra narrava narrato narrata immagina immaginava immaginato immaginata dipinge dipingeva dipinto dipinta mostra mostrava evoca evocava evocato evocata prevede prevedeva denuncia denunciava',
    ),
  },
  // (English's words are in its dictionary as loans: a tie of the dictionaries is English's.)
  borrowsFrom: ['en'],
  capitalizesNouns: false,
  lengthUnits: {
    imperial: words('piede piedi iarda iarde yard miglio miglia pollice pollici'),
    metric: words('m km cm mm metro metri chilometro chilometri centimetro centimetri millimetro millimetri'),
  },
  numbers: {
    decimal: ',',
    group: '.\u00a0\u202f ',
    // (Not "uno", "una": the article too; nor "venti", the winds as often as twenty.)
    words: byValue('zero - due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove -', 0, { 30: 'trenta', 40: 'quaranta', 50: 'cinquanta', 60: 'sessanta', 70: 'settanta', 80: 'ottanta', 90: 'novanta', 100: 'cento', 1000: 'mille' }),
    // (Matched as a word's start with up to four letters more: "prim" is "primo", "prima" (also
    // "before": it may stand in for a missing 1), "primi"; "nono", not "non".)
    ordinals: ordinalStems('prim second terz quart quint sest settim ottav nono decim undicesim dodicesim tredicesim quattordicesim quindicesim sedicesim diciassettesim diciottesim diciannovesim ventesim'),
    // "gli anni Novanta", "il decennio Settanta".
    decadeCues: words('anni decennio'),
    // "15 mila", "3 milioni", "2 miliardi", "5 mld".
    magnitudes: [[/^\s?mila\b/i, 3], [/^\s?(?:milioni|milione|mln)(?![\p{L}])/iu, 6], [/^\s?(?:miliardi|miliardo|mld|mrd)(?![\p{L}])/iu, 9], [/^\s?(?:bilioni|bilione)(?![\p{L}])/iu, 12]],
  },
  // Passato remoto and imperfetto: "I manifestanti manifestarono", "protestavano"; the
  // irregular passato remoto, in -sero, -ssero, -bbero, … ("vinsero", "dissero", "ebbero",
  // "vennero", "nacquero", "fecero", "videro", "vollero", "seppero") and, as whole words, the
  // singular forms of news and encyclopedias ("vinse", "nacque", "divenne"; not those that are
  // plural nouns too: "spese", "corse", "rese"). (Read by the year-preposition check too: "in 2019
  // vinse" is a year before its verb, not a count before its noun, "in 2019 casi".)
  pastTense: new RegExp(
    `(?:arono|erono|irono|avano|evano|ivano|ava|eva|iva|ò|ì|(?:s|ss|bb|nn|cqu|c|d|ll|pp)ero)$|^(?:${[
      'fu ebbe fece disse venne divenne tenne ottenne mantenne sostenne nacque piacque vinse convinse',
      'prese riprese sorprese apprese comprese mise ammise commise permise promise trasmise emise',
      'scrisse descrisse iscrisse rimase giunse raggiunse aggiunse decise chiese vide diede stette perse',
      'scelse apparve scomparve comparve visse lesse elesse rielesse sconfisse conobbe riconobbe volle',
      'seppe produsse condusse introdusse ridusse tradusse espresse successe accadde cadde crebbe assunse',
      'promosse mosse commosse trasse attrasse spense compose propose espose depose impose oppose dispose',
      'pose risolse svolse coinvolse rivolse sciolse accolse raccolse tolse colse diresse resse discusse',
      'sorse corresse distrusse costrinse spinse dipinse finse strinse ruppe interruppe',
    ].join(' ').split(' ').join('|')})$`,
    'u',
  ),
  // Agent nouns, the participles in -ante/-ente and the nouns in -tore/-trice, before a verb of
  // their stem: "I manifestanti manifestavano", "i cantanti cantano", "gli organizzatori organizzano".
  agentNouns: /(?:ante|anti|ente|enti|tore|tori|trice|trici)$/,
  // Present plural and the gerund: "i prezzi salgono e salgono", "aspettando e aspettando".
  verbEndings: /(?:ano|ono|ando|endo)$/,
  // The words that elide before a vowel, and their elided forms: "la UE" → "l’UE", "della
  // Unione" → "dell’Unione", "una azienda" → "un’azienda". (Only where the elision is the rule;
  // "questa", "quella" elide or not.) "il", "del", "al", "dal", "nel", "sul" too, as `articleForms`
  // has them ("il Pinstagram" → "l’Instagram", not "il Instagram").
  elides: {
    il: 'l', lo: 'l', la: 'l', del: 'dell', dello: 'dell', della: 'dell', al: 'all', allo: 'all', alla: 'all', dal: 'dall', dallo: 'dall', dalla: 'dall',
    nel: 'nell', nello: 'nell', nella: 'nell', sul: 'sull', sullo: 'sull', sulla: 'sull', una: 'un',
  },
  // "uno" before a glossary term that begins with a vowel is "un" ("uno Pinstagram" → "un Instagram"; "una" elides, `elides`),
  // "i", "dei" are "gli", "degli" ("i Pinstagram" → "gli Instagram").
  formsBeforeVowel: { uno: 'un', i: 'gli', ...Object.fromEntries(['de', 'a', 'da', 'ne', 'su'].map((p) => [`${p}i`, `${p}gli`])) },
  // "un", "il", "i", "del" before a glossary term that begins with s and a consonant, z, gn, ps
  // are "uno", "lo", "gli", "dello" ("un Esnapchat" → "uno Snapchat"), and back before another
  // consonant ("lo Spinterest" → "il Pinterest"). (x, y, pn and i before a vowel are read either
  // way in a name, "lo Xiaomi" and "l’Xbox", "il Yahoo": left, as `articleForms` lists them.)
  formsBeforeLetters: {
    before: /^(?:s[bcdfghjklmnpqrstvwxz]|z|gn|ps)/u,
    unsure: /^(?:x|y|pn|i[aeiouàèéìíòóùú])/u,
    forms: { un: 'uno', ...LO_FORMS },
  },
  // Articles, articulated prepositions and other words elided onto the next: "l’Italia",
  // "dell’ONU", "un’azienda", "c’è", "d’Italia", "quest’anno", "anch’io", "sant’Agostino".
  elision: /^(?:l|d|c|m|t|s|v|n|un|dell|all|dall|nell|sull|coll|quell|quest|bell|sant|buon|nessun|alcun|ciascun|anch|tutt|senz|mezz|dov|com|cos)['’](?=\p{L})/iu,
  // "E' stato" for "È stato" (the capital the Italian keyboard lacks), "un pò" for "un po'" (a
  // truncation, not an accent), "qual'è" for "qual è" (a truncation, never elided).
  apostropheSlips: {
    words: { 'pò': "po'", "qual'è": 'qual è', "qual'era": 'qual era' },
    accents: { e: 'è' },
  },
  articleForms: {
    // di, a, da, in, su with il, lo, la, i, gli, le and l’ (not "con", "per": "col", "pel" are optional or old).
    contractions: Object.fromEntries(
      (
        [
          ['di', 'de'],
          ['a', 'a'],
          ['da', 'da'],
          ['in', 'ne'],
          ['su', 'su'],
        ] as const
      ).flatMap(([preposition, stem]) =>
        Object.entries({ il: 'l', lo: 'llo', la: 'lla', i: 'i', gli: 'gli', le: 'lle', "l'": "ll'" }).map(([article, ending]) => [`${preposition} ${article}`, stem + ending]),
      ),
    ),
    forms: [
      // s and a consonant, z, gn, ps, x take lo, gli, uno ("lo studente", "gli zii", "uno psicologo", "dello sport").
      { before: /^(?:s[bcdfghjklmnpqrstvwxz]|z|gn|ps|x)/u, words: { ...LO_FORMS_BUT_I, ...QUELLO_FORMS } },
      // "i" is the letter too ("la i scritta", "i sta per integrità", "una i stretta"): "gli" only
      // before a masculine plural in -i or a borrowing in a consonant ("gli studenti", "gli zii",
      // "gli sport"), and not after an article or "lettera".
      { before: /^(?:s[bcdfghjklmnpqrstvwxz]|z|gn|ps|x)\p{L}*[^\P{L}aeouàèéìíòóùú](?!\p{L})/u, words: { i: 'gli' }, notAfter: LETTER_BEFORE },
      // i and a vowel too, a semivowel ("lo iato", "gli ioni", "dello iodio", "quello iato"); not
      // "io", "l’io" as a noun, nor the adverb "ieri".
      { before: /^i[aeiouàèéìíòóùú]/u, notBefore: words('io ieri'), words: { ...LO_FORMS, ...QUELLO_FORMS } },
      { before: /^i[aeiouàèéìíòóùú]/u, notBefore: words('io ieri'), words: { un: 'uno' }, review: true },
      // "un" too, but "un stampante" may be "una" as well as "uno": listed.
      { before: /^(?:s[bcdfghjklmnpqrstvwxz]|z|gn|ps|x)/u, words: { un: 'uno' }, review: true },
      // y and pn too, but "il yogurt", "i pneumatici" are written as well: listed.
      { before: /^(?:y|pn)/u, words: { ...LO_FORMS, ...QUELLO_FORMS, un: 'uno' }, review: true },
      // A vowel elides lo, la, and makes il → l’, i → gli ("l’anno", "gli amici", "dell’azienda");
      // not before i and a vowel ("lo iato"), nor before a function word ("a", "e", "o"). So
      // "quel", "bel" → "quell’", "bell’", "quei", "bei" → "quegli", "begli" ("quell’anno",
      // "bell’esempio", "quegli anni"), of both genders ("quell’estate"); "quella", "questa" elide
      // or not ("quella estate"), and "quello", a pronoun too ("quello è"), is left.
      // (Not before a verb's form: "tutto quel avevo" is "quel che avevo", no "quell’avevo".)
      { before: VOWEL, notBefore: new Set([...FUNCTION_WORDS, ...VERBS_NOT_NOUNS]), words: { quel: "quell'", bel: "bell'", quei: 'quegli', bei: 'begli' } },
      { before: VOWEL, notBefore: FUNCTION_WORDS, words: { il: "l'", lo: "l'", la: "l'", i: 'gli', ...ARTICULATED_BEFORE_VOWEL } },
      // A borrowing with a mute h, which dictionary-it writes "l’" before ("hardware/Tq": "l’hardware",
      // "dell’hardware"), takes "l’", "quell’" as a vowel does, and "gli", "quegli" ("gli hacker",
      // "degli hotel"): listed, "il hardware", "quel hotel" and "i manager" being written too,
      // and "lo hobby" right (so "lo", "la" are left: "la holding"). Not the forms of "avere"
      // ("ha/T": "l’ha").
      {
        before: /^h/u,
        notBefore: words('ha hai hanno ho'),
        words: {
          il: "l'",
          quel: "quell'",
          bel: "bell'",
          i: 'gli',
          quei: 'quegli',
          bei: 'begli',
          ...Object.fromEntries(['de', 'a', 'da', 'ne', 'su'].flatMap((p) => [[`${p}l`, `${p}ll'`], [`${p}i`, `${p}gli`]])),
        },
        classes: { any: ['T'] },
        review: true,
      },
      // "un" takes an apostrophe before a feminine word ("un’amica", "un’ottima idea"), which the
      // dictionary tells ("un amico", "un artista" of both genders, are right); not before the
      // adverb "ancora" ("un ancora più grande successo"), the anchor too. So do "nessun",
      // "ciascun", "alcun", "buon", of "nessuna", … ("nessun’altra scelta", "ciascun’opera").
      { before: VOWEL, notBefore: new Set([...FUNCTION_WORDS, 'ancora']), words: { un: "un'", nessun: "nessun'", ciascun: "ciascun'", alcun: "alcun'", buon: "buon'" }, feminine: true },
      // "una" elides too ("un’azienda"), but careful writers write "una estensione" as well: listed.
      { before: VOWEL, notBefore: FUNCTION_WORDS, words: { una: "un'" }, review: true },
    ],
    // "lo", "la" are pronouns too, whose elision is optional ("lo ha detto", "la accusa", "non lo
    // è"), and "dai" is "dare" ("non dai spazio"): articles after a preposition only ("per la azienda").
    // dictionary-it lists a feminine word with the class that writes "un’" ("amica/QTU"), and a
    // word of both genders with the class that makes its masculine plural too ("artista/QRTU").
    // Of the words in -e it tells none ("amore/STUqrs", "estate/STUqrs"; nor does the gender of
    // morph-it as italian-words-dict 3.4.0 ships it, which has "immagine" and "azione" masculine,
    // "uditore" feminine): the feminine nouns of news that begin with a vowel are listed (those
    // morph-it gives feminine, read one by one; not the nouns that are adjectives too, "un
    // uniforme trattamento", nor those of both genders, "un amante", "un’amante"), and endings
    // that only feminine nouns have: "-udine", "-agine", "-aggine", "-igine", "-agione",
    // "-igione", "-egione", "-iade" ("abitudine", "immagine", "origine", "impiccagione", "regione",
    // "olimpiade"), and "-zione", "-sione", "-stione", "-unione", "-tà", "-tù", "-trice", which the
    // dictionary tells before a vowel but not after a consonant ("decisione/S", "quantità"): every
    // stem of dictionary-it with one is feminine but "bastione", "podestà", "taffettà" (m),
    // "sottostà" (a verb) and "tutù", "tatù" (m), which the endings leave out (read one by one:
    // "-stà" goes with "podestà", "onestà" too). Not "-ione": "camione", "milione", "campione",
    // "arpeggione"; nor "-ggione": "loggione".
    feminine: {
      prefix: "un'",
      endings: /(?:a|tà|tù|zione|sione|trice|si)$/u,
      masculine: ['a', 'i'],
      nouns: {
        words: words(`
          estate arte ape automobile appendice opinione unione alluvione ustione equipe élite overdose
          omelette indole igiene anagrafe epigrafe iperbole ellisse apocalisse astronave autoclave
          enclave ecatombe effigie impasse acne autobotte autorete audience epatite artrite otite
          appendicite encefalite
        `),
        endings: /(?:udine|agine|aggine|igine|[aei]gione|iade|zione|sione|(?<!ba)stione|unione|(?<!s|taffet)tà|[ir]tù|ventù|trice)$/u,
      },
      // Adjectives of both genders in -e that stand before their noun and are hardly nouns
      // themselves (not "immobile", "ufficiale", "utile", "originale": "un immobile proprietà
      // del Comune"): after "un" and one or two of them, the noun's gender chooses the form ("un
      // importante decisione" → "un’importante decisione"; "un importante accordo").
      adjectives: words(`
        abbondante accettabile affascinante affidabile agghiacciante allarmante amabile apprezzabile
        autorevole eccellente eccezionale eclatante efficace efficiente elegante emozionante
        encomiabile enorme entusiasmante esauriente esorbitante essenziale eventuale evidente
        imbarazzante immane imminente impeccabile imperdibile impensabile implacabile imponente
        importante impossibile impressionante imprevedibile improbabile inaccettabile incessante
        incoraggiante incredibile indescrivibile indimenticabile indiscutibile indispensabile
        ineccepibile inesauribile inesorabile inevitabile ingente inimmaginabile innegabile
        inquietante insopportabile insostenibile insufficiente intelligente interessante
        intollerabile inusuale invidiabile irresistibile irreversibile irrilevante irrinunciabile
        irripetibile orribile ottimale ulteriore umile unanime urgente
      `),
      // After them, a noun in -a the dictionary gives the feminine plural only ("riforma/Q",
      // "storia/Q"; "pianeta/QR", "duca/n" are not: 10,204 stems). Not the masculine nouns or those
      // of both genders among them, read by their endings ("-ista", "-cida": "capocronista",
      // "suicida"; Greek "-oma", "-prisma": "proteoma", "sarcoma") and one by one ("lama", "boa",
      // "gamma", "soma", "limma", "paria", "masoreta", "archiatra", "adespota"), nor a function
      // word ("ma", "alla": `functionWords`).
      plural: {
        classes: ['a', 'e'],
        except: /(?:^(?:lama|boa|gamma|soma|limma|paria|masoreta|archiatra|adespota)|ista|cida|sarcoma|citoma|proteoma|rizostoma|omeosoma|prisma)$/u,
      },
    },
    // Elsewhere "la" is listed before a word that can only be a feminine noun ("la adesione"), not
    // before one an -are, -ere, -ire verb makes ("la accusa", "la ama", "la apra").
    homographs: {
      words: words('lo la dai'),
      afterPrepositions: words('con per tra fra'),
      nouns: { words: words('la'), verbs: [['a', 'are'], ['a', 'ere'], ['a', 'ire']] },
    },
    // "un’altro", "nessun’altro", "un’amico": the apostrophe of "un’altra", "un’amica" on a
    // masculine word (one in -o the dictionary does not write "un’" before, "un’auto" and "un’eco"
    // being right, or a masculine noun in -e listed here: none of both genders, "un’utente").
    // And one in -o it does write it before, where a class of it makes its feminine in -a: the
    // participles and adjectives "appropriato/EyTUYqrs", "alleato/EyTUqrs" (1,277 stems with a
    // vowel first, the prefix class and one that strips -o and adds -a: E, but "artefatto/mTU",
    // "irresoluto/oYWTU"), whose "un’" the prefix writes for "un’appropriata".
    unelided: {
      words: words('un nessun ciascun alcun buon'),
      endings: /o$/u,
      made: ['o', 'a'],
      // (Before a word in -a, -à, most often feminine, the slip may be the adjective's ending:
      // "un’appropriato risposta" is "un’appropriata risposta", not "un appropriato risposta".)
      feminineAfter: /[aà]$/u,
      nouns: words(`
        errore amore ambiente interesse onore orrore odore autore attore editore elettore esame
        ospedale animale aprile ordine ente insieme
      `),
    },
    // "tirare su il morale", "mettere su la pasta".
    adverbPrepositions: words('su'),
    // (And French "bel et bien", "bel esprit", "quel est", quoted: their "bel", "quel" are no
    // Italian "bello", "quello", and dictionary-it knows "et", "esprit", "est".)
    // "il la ministra": the source's article rendered twice. (Not "le", "gli", object pronouns
    // too, "gli le ha date", nor "i", the letter too, "la i scritta"; nor "dare il la
    // all’orchestra", the note, before a function word, or "il la bemolle", kept.)
    doubled: words('il lo la'),
    keep: ['a la carte', 'a la page', 'bel et bien', 'bel esprit', 'quel est', 'il la bemolle', 'il la diesis', 'il la maggiore', 'il la minore'],
  },
  // The articles and the articulated prepositions ("della", "dei"): a glossary fix after one that
  // the term may not agree with is a suggestion ("della IMF" → "del Fondo monetario
  // internazionale"). The first of a slot's forms is written, or the one `articleForms` asks for
  // before the term ("dello Stato", "dell’ONU").
  agreement: {
    genders: ['m', 'f'],
    head: 'first',
    articles: [
      { m: ['il', 'lo', "l'"], f: ['la', "l'"], 'm.pl': ['i', 'gli'], 'f.pl': 'le' },
      { m: ['un', 'uno'], f: ['una', "un'"] },
      ...['de', 'a', 'da', 'ne', 'su'].map((p) => ({ m: [`${p}l`, `${p}llo`, `${p}ll'`], f: [`${p}lla`, `${p}ll'`], 'm.pl': [`${p}i`, `${p}gli`], 'f.pl': `${p}lle` })),
    ],
  },
};
