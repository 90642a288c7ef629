import { words, byValue, ordinalStems, phrases, type LanguageProfile } from './types.js';

const ARTICLES = words(`
  o a os as um uma uns umas
  do da dos das no na nos nas ao aos à às pelo pela pelos pelas num numa nuns numas
`);

/**
 * What tells a short text is Portuguese before its dictionary is asked (see `shortTextCue`): ã
 * or õ ("não", "são", "ação", "informações"), which none of the other languages writes, or a
 * word only Portuguese has among them. Not "está" (Spanish too), "das" (German), "nos" (Spanish,
 * French), "disse" (Italian), nor "ç" alone (French).
 */
const SHORT_TEXT_CUE = /[ãõÃÕ]|(?<![\p{L}\p{M}])(?:também|você|vocês|pelo|pela|pelos|pelas|isso|isto|muito|muita|muitos|muitas|uma|umas|seus|suas|ao|aos|às|ainda|depois|foram|estão|ele|ela|eles|elas)(?![\p{L}\p{M}])/iu;

export const pt: LanguageProfile = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
  scripts: ['Latn'],
  // Brazilian Portuguese is the language's own dictionary (dictionary-pt: VERO, the
  // Brazilian Hunspell dictionary of LibreOffice, (LGPL-3.0 OR MPL-2.0)); European Portuguese
  // its region (dictionary-pt-pt: natura.di.uminho.pt, (GPL-2.0 OR LGPL-2.1 OR MPL-1.1)). Both
  // write the 1990 agreement's spelling ("ação", "ótimo"; not "acção", "óptimo").
  dictionary: 'dictionary-pt',
  // Given names the dictionary lacks are no "a name?" information (wordlists/names-pt.txt).
  givenNames: 'names-pt.txt',
  region: 'BR',
  regions: { PT: 'dictionary-pt-pt' },
  // Portugal writes an open é, ó before m and n where Brazil writes ê, ô ("económico",
  // "académico", "género", "António", "ténis"), and "receção", "perspetiva" (Brazil:
  // "recepção", "perspectiva"): words dictionary-pt rejects and dictionary-pt-pt knows. (Words
  // that contain these strings and both know, "também", "além", are read and tell nothing.)
  regionHints: { PT: { words: ['óm', 'ón', 'ém', 'én', 'ceç', 'spetiv', 'spetad'] } },
  shortTextCue: SHORT_TEXT_CUE,
  stemmer: 'portuguese',
  // Brazil writes “…”, ‘…’ inside (the press, the ABNT); straight marks are a house style of
  // technical and web writing, as in English. Portugal writes «…», “…” inside (`regionalQuotes`).
  quotes: { primary: ['“', '”'], secondary: ['‘', '’'], straightAccepted: true },
  // «…» with “…” inside and ‘…’ inside those, as Portugal's press and the Ciberdúvidas write
  // them; many write “…” as their first marks too, accepted as they are (as for Italian).
  regionalQuotes: { PT: { primary: ['«', '»'], secondary: ['“', '”'], tertiary: ['‘', '’'], alternatives: [['“', '”']], straightAccepted: true } },
  // Computing terms Portuguese technical prose writes in English, with an -s in the plural
  // ("os scripts", "os cookies").
  computingLoanwords: {
    terms: phrases(
      'app, backup, blog, bug, chat, cookie, download, e-mail, email, firewall, firmware, framework, hacker, hardware, host, hosting, kernel, link, login, malware, mouse, notebook, on-line, online, plugin, podcast, proxy, router, script, shell, site, smartphone, software, spam, spyware, streaming, tablet, token, upload, web, widget, wiki',
    ),
    plural: 's',
  },
  // The period after the closing mark of a quoted fragment ("chamou-lhe “histórica”.").
  periodOutsideEmbeddedQuote: true,
  spacedPunctuation: '',
  // "20%", as both Brazil's and Portugal's press write it.
  percentClose: true,
  // Doubled on purpose: "já já" and "logo logo" (Brazil: right away), "se se" (the conjunction,
  // then the pronoun: "não se sabe se se trata de um erro").
  allowedRepeats: words('já logo se'),
  // Fixed only where no reading allows two: articles, contractions, prepositions,
  // conjunctions, possessives. (Not "nos", "a", "o" as pronouns: "a" and "o" never stand
  // twice in a row, but "nos nos" is rare enough to list; nor "que": "o que que" is spoken.)
  safeRepeats: words(`
    o a os as um uma uns umas
    do da dos das no na ao aos à às pelo pela pelos pelas num numa
    e ou mas de em por para com sem sobre entre
    meu minha meus minhas seu sua seus suas nosso nossa nossos nossas
  `),
  clauseRepeats: words(''),
  subordinators: words('que porque quando se embora enquanto caso conforme porquanto'),
  // (Read by the fused-token check: an acronym run into one, "OTANé", is two words.)
  finiteAuxiliaries: words('é são foi foram era eram será serão tem têm teve tiveram há havia pode podem deve devem está estão'),
  functionWords: words(`
    o a os as um uma uns umas
    do da dos das no na nos nas ao aos à às pelo pela pelos pelas num numa
    e ou mas nem de em por para com sem sobre entre até contra desde perante após
    que como se segundo durante
  `),
  articles: ARTICLES,
  pronouns: words('ele ela eles elas nós você vocês'),
  possessives: words('seu sua seus suas nosso nossa nossos nossas meu minha'),
  questionWords: words('por como quando onde'),
  // Months and days in small letters since the 1990 agreement, in Brazil and in Portugal.
  calendarWords: words('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro sábado domingo'),
  // ("o ministro Haddad", "a governadora", "o prefeito"; not "presidente", "papa", "rei":
  // Portugal's press writes "o Presidente da República", "o Papa Francisco" with a capital.)
  officeTitles: {
    nouns: words('ministro ministra chanceler prefeito prefeita governador governadora senador senadora deputado deputada embaixador embaixadora secretário secretária diretor diretora juiz juíza'),
    places: words('estádio universidade colégio instituto hospital aeroporto museu fundação prêmio prémio centro hotel'),
    articles: {
      ...Object.fromEntries(['ministro', 'prefeito', 'governador', 'senador', 'deputado', 'embaixador', 'secretário', 'diretor', 'juiz'].map((w) => [w, 'o'])),
      ...Object.fromEntries(['ministra', 'prefeita', 'governadora', 'senadora', 'deputada', 'embaixadora', 'secretária', 'diretora', 'juíza'].map((w) => [w, 'a'])),
      chanceler: 'o|a',
    },
  },
  streetWords: words('rua avenida praça largo travessa alameda estrada ponte estação'),
  // ("Avenida 9 de Julho", "Praça 25 de Abril", "5 de Outubro": a street's name or a date.)
  placeParticles: words('de do da dos das'),
  abbreviations: words('etc sr sra srta dr dra prof profa av pág págs núm nº ex aprox cia art vol ed jan fev mar abr jun jul ago set out nov dez tel inc ltda ltd corp jr sto sta eng arq'),
  coordinators: words('e ou'),
  workNouns: words('série filme novela romance livro canção álbum disco documentário poema ópera musical episódio podcast videogame programa'),
  partyNouns: words('partido movimento coligação coalizão aliança frente'),
  titles: { nouns: words('título'), naming: words('intitulado intitulada chamado chamada') },
  // ("Xinjiang, antigamente Sinkiang", "anteriormente conhecida como".)
  oldNames: { cues: words('antigamente anteriormente outrora'), fillers: words('também conhecida conhecido como chamada chamado') },
  // "mais e mais", "horas e horas", "dias e dias", "um e um só".
  reduplications: words('mais menos horas dias semanas meses anos vezes um uma'),
  // Prepositions that are prefixes too: "sobre|carga", "entre|vista", "contra|ataque" are words.
  separablePrefixes: words('sobre entre contra'),
  // The noun of action of a verb in -izar ("inicialização" of "inicializar").
  derivedForms: [[/iza(?:ção|ções)$/u, 'izar']],
  // Prefixes written joined since the 1990 agreement ("ciberataque", "antivacina",
  // "microempresa"; "antirracismo": the r doubles). Not "ex", "pós", "pré", "pró", "vice",
  // written with a hyphen ("ex-ministro", "pós-guerra").
  joinedPrefixes: {
    prefixes: 'anti ciber eco euro macro micro mini multi neo semi super ultra hiper inter intra extra infra sub trans tele geo bio auto meta pseudo'.split(' '),
    minRest: 4,
    doubleR: true,
  },
  infixes: [],
  nounEndings: ['es', 's'],
  hyphenatesNameCompounds: false,
  // (A month left in English: "em March 5" → "em 5 de março", "em March" → "em março".)
  calendar: {
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    day: '{day} de {month}',
    dayYear: '{day} de {month} de {year}',
    monthYear: '{month} de {year}',
    nameCues: words('em desde até'),
    cues: { em: 'em', desde: 'desde', até: 'até' },
  },
  // ("in 2019", the English preposition left: Portuguese writes "em 2019".)
  yearPreposition: {
    prepositions: words('in'),
    year: ['em {year}'],
    years: ['em {years}'],
    range: ['em {range}', 'de {year} a {to}'],
    countAfter: words('de sobre mais menos'),
    // (A count of many takes a plural: "in 2000 metros"; "in 2019 houve", a year and a verb.)
    plural: /[sx]$/u,
  },
  // (English's words are in its dictionary as loans: a tie of the dictionaries is English's.)
  borrowsFrom: ['en'],
  capitalizesNouns: false,
  lengthUnits: {
    imperial: words('pé pés jarda jardas milha milhas polegada polegadas'),
    metric: words('m km cm mm metro metros quilômetro quilômetros quilómetro quilómetros centímetro centímetros milímetro milímetros'),
  },
  numbers: {
    decimal: ',',
    group: '.\u00a0\u202f ',
    // (Not "um", "uma": the article too. Brazil writes "dezesseis", Portugal "dezasseis".)
    words: byValue('zero - dois|duas três quatro cinco seis sete oito nove dez onze doze treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove vinte', 0, { 30: 'trinta', 40: 'quarenta', 50: 'cinquenta', 60: 'sessenta', 70: 'setenta', 80: 'oitenta', 90: 'noventa', 100: 'cem cento', 1000: 'mil' }),
    ordinals: ordinalStems('primeir segund terceir quart quint sext sétim oitav non décim'),
    // "os anos noventa", "a década de setenta".
    decadeCues: words('anos década'),
    // "mil milhões" (Portugal) and "bilhão" (Brazil) are a thousand millions; Portugal's
    // "bilião" is a million millions.
    magnitudes: [
      [/^\s?mil milhões(?![\p{L}])/iu, 9],
      [/^\s?mil(?![\p{L}])/iu, 3],
      [/^\s?(?:milhões|milhão|mi)(?![\p{L}])/iu, 6],
      [/^\s?(?:bilhões|bilhão|bi)(?![\p{L}])/iu, 9],
      [/^\s?(?:biliões|bilião)(?![\p{L}])/iu, 12],
    ],
  },
  // Pretérito perfeito and imperfeito: "Os manifestantes manifestaram", "protestavam".
  pastTense: /(?:aram|eram|iram|avam|iam|ou)$/u,
  // Agent nouns, the participles in -ante/-ente and the nouns in -dor/-dora, before a verb of
  // their stem: "os organizadores organizam".
  agentNouns: /(?:antes?|entes?|dor|dores|dora|doras)$/u,
  // Present plural and the gerund: "os preços sobem e sobem", "esperando e esperando".
  verbEndings: /(?:am|em|ando|endo|indo)$/u,
  // The articles and the prepositions with one ("do", "na", "pela"): a glossary fix after one
  // that the term may not agree with is a suggestion.
  agreement: {
    genders: ['m', 'f'],
    head: 'first',
    articles: [
      { m: 'o', f: 'a', 'm.pl': 'os', 'f.pl': 'as' },
      { m: 'um', f: 'uma', 'm.pl': 'uns', 'f.pl': 'umas' },
      { m: 'do', f: 'da', 'm.pl': 'dos', 'f.pl': 'das' },
      { m: 'no', f: 'na', 'm.pl': 'nos', 'f.pl': 'nas' },
      { m: 'ao', f: 'à', 'm.pl': 'aos', 'f.pl': 'às' },
      { m: 'pelo', f: 'pela', 'm.pl': 'pelos', 'f.pl': 'pelas' },
    ],
  },
};
