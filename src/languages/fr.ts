import { words, type LanguageProfile } from './types.js';

export const fr: LanguageProfile = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
  dictionary: 'dictionary-fr',
  stemmer: 'french',
  quotes: { primary: ['«', '»'], secondary: ['“', '”'], innerSpace: '\u00A0' },
  periodOutsideEmbeddedQuote: true,
  spacedPunctuation: ';:!?',
  punctuationSpaces: { ':': '\u00A0', ';': '\u202F', '!': '\u202F', '?': '\u202F' },
  // Reflexive pronouns: "nous nous", "vous vous".
  allowedRepeats: words('nous vous'),
  safeRepeats: words('le la les un une des du au aux et ou mais que de à pour par avec dans sur sans sous chez mon ma mes ton ta tes son sa ses notre nos votre vos'),
  clauseRepeats: words(''),
  subordinators: words('que qui quand si parce lorsque puisque'),
  functionWords: words(`
    le la les un une des du de et ou mais donc car ni à au aux en dans sur sous par pour avec sans chez
    entre vers contre que qui dont où si comme
  `),
  articles: words('le la les un une des du au aux'),
  abbreviations: words('etc cf env av apr mme mlle mgr st ex cie janv févr avr juil sept oct nov déc art chap vol éd coll fig tél resp'),
  coordinators: words('et ou'),
  reduplications: words('plus encore moins heures jours semaines mois années fois'),
  // Prefixes that are also prepositions: "sur|tourisme", "sobre|coste" are words.
  separablePrefixes: words('sur sous contre entre'),
  infixes: [],
  nounEndings: ['x', 's'],
  hyphenatesNameCompounds: false,
  capitalizesNouns: false,
  numbers: {
    decimal: ',',
    group: '\u00a0\u202f .',
    words: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
    ordinals: ['zéroième', 'premi', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième'],
  },
  pastTense: /(?:ait|aient|èrent|irent|urent)$/,
  elision: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu,
};
