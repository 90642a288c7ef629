import { words, byValue, oneOf, ordinalStems, phrases, type LanguageProfile } from './types.js';

/** Function words, which an article or "de" stands before only where the word is named ("le ou logique", "de et"). */
const FUNCTION_WORDS = words(`
  le la les un une des du de et ou mais donc car ni à au aux en dans sur sous par pour avec sans chez
  entre vers contre que qui dont où si comme
`);

/**
 * Words before which "ce" is the pronoun ("et ce avant que", "ce afin que", "ce étant dit"), or
 * which are no noun: function words, adverbs and participles with a vowel first.
 */
const CE_PRONOUN = new Set([
  ...FUNCTION_WORDS,
  ...words(`
    avant après afin alors ainsi aussi autant assez ensuite encore enfin également environ envers
    outre hors ici hier aujourd'hui ayant étant eu
  `),
]);

/**
 * Feminine nouns whose gender dictionary-fr does not tell ("page/S.", "maison/S." as "livre/S."),
 * read one by one: each only feminine (not "livre", "manche", "mode", "poste", "tour", "voile",
 * "somme", "mémoire", "critique", "politique", "garde", "radio", "mort", "marine"), and none the
 * form of a verb "se" goes with ("il se rue", "se structure", "se terre", "se cause": "ce" for
 * "se" is no "cette"; not "base", "classe", "forme", "note", "place", "porte", "demande",
 * "montre", "ferme", "couche", "joue", "lutte", "mesure", "règle", "gare", "presse", "taille",
 * "liste", "date", "boucle"). "ce" before one is "cette" ("ce maison" → "cette maison"). With a
 * vowel first, those whose ending does not tell a feminine noun, before which "cet" had been
 * listed first ("ce école", "ce image"; "ce option" lists "cette" first).
 */
export const FEMININE_NOUNS = words(`
  maison voiture ville semaine journée soirée nuit fois minute saison loi guerre paix bataille
  femme fille famille mère sœur question situation solution décision condition version fonction
  section méthode procédure stratégie théorie thèse tradition révolution république nation région
  province population société compagnie commission mission session réunion conférence proposition
  production propriété qualité quantité sécurité santé vérité liberté beauté justice police défense
  ligne colonne valeur clé clef chaîne donnée fenêtre langue lettre machine partie pièce position
  raison réponse route salle scène série source suite tâche vie vue zone campagne carrière
  chambre crise course cour culture dette frontière musique nature période pierre planète plateforme
  prison puissance science troupe victoire voix technologie vidéo photo manière façon sorte carte
  banque bibliothèque boutique chanson mer montagne plage rivière forêt lune pluie tempête
  catastrophe maladie naissance douleur peur joie colère victime blessure condamnation plainte
  preuve rumeur entreprise
  école histoire image île église équipe enquête erreur étape eau affaire époque épreuve adresse
  amende annonce attente avenue
`);

export const fr: LanguageProfile = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
  scripts: ['Latn'],
  dictionary: 'dictionary-fr',
  stemmer: 'french',
  // Given names the dictionary lacks are no "a name?" information (wordlists/names-fr.txt).
  givenNames: 'names-fr.txt',
  // Computing terms French technical prose writes in English, with an -s in the plural ("des scripts").
  computingLoanwords: {
    terms: phrases(
      'blog, bug, buffer, cookie, daemon, e-mail, framework, hacker, hash, login, merge request, newsletter, patch, plug-in, plugin, proxy, pull request, shell, spam, streaming, tag, thread, token, upstream, widget, wiki, workflow',
    ),
    plural: 's',
  },
  // English phrases French writes as its own (Larousse's entries: "le soft power", "un happy end",
  // "le week-end"): information, with the dictionary's spelling where it hyphenates them.
  loanPhrases: new Map([
    ['best of', 'best of'],
    ['big data', 'big data'],
    ['dress code', 'dress code'],
    ['fair play', 'fair-play'],
    ['fake news', 'fake news'],
    ['happy end', 'happy end'],
    ['happy hour', 'happy hour'],
    ['last but not least', 'last but not least'],
    ['melting pot', 'melting-pot'],
    ['prime time', 'prime time'],
    ['soft power', 'soft power'],
    ['start up', 'start-up'],
    ['success story', 'success story'],
    ['talk show', 'talk-show'],
    ['talk shows', 'talk-shows'],
    ['think tank', 'think tank'],
    ['think tanks', 'think tanks'],
    ['week end', 'week-end'],
    ['week ends', 'week-ends'],
  ]),
  quotes: { primary: ['«', '»'], secondary: ['“', '”'], innerSpace: '\u00A0', nestSame: true },
  periodOutsideEmbeddedQuote: true,
  spacedPunctuation: ';:!?',
  punctuationSpaces: { ':': '\u00A0', ';': '\u202F', '!': '\u202F', '?': '\u202F' },
  // Reflexive pronouns: "nous nous", "vous vous".
  allowedRepeats: words('nous vous'),
  // (Not pour, avec, sans, contre: adverbs too, "ont voté pour pour la première fois", "faire avec avec le temps".)
  safeRepeats: words('le la les un des du au aux et ou mais que de à par dans sur chez mon ma mes ta tes sa ses notre nos votre vos'),
  clauseRepeats: words(''),
  subordinators: words('que qui quand si parce lorsque puisque'),
  // (Read by the fused-token check: an acronym run into one, "OTANa", is two words.)
  finiteAuxiliaries: words('est sont a ont était étaient sera seront avait avaient peut peuvent doit doivent'),
  functionWords: FUNCTION_WORDS,
  articles: words('le la les un une des du au aux'),
  pronouns: words('il elle ils elles on nous vous je'),
  possessives: words('son sa ses leur leurs notre nos votre vos mon ma mes'),
  questionWords: words('pourquoi comment quand'),
  calendarWords: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche'),
  // (Imprimerie nationale: "le président de la République", "le Premier ministre", "le pape François".)
  officeTitles: {
    nouns: words('président présidente ministre chancelier chancelière roi reine pape prince princesse maire sénateur sénatrice député députée gouverneur ambassadeur ambassadrice secrétaire directeur directrice juge procureur commissaire'),
    before: { premier: 'Premier', première: 'Première' },
    // (A place or an institution named after someone: "le stade Roi Baudouin"; streets are `streetWords`.)
    places: words('stade université lycée collège école hôpital aéroport institut musée fondation prix centre hôtel'),
    // (Of both genders: "le ministre", "la ministre", "le juge", "la juge", "le maire", "la maire".)
    articles: {
      ...Object.fromEntries(['président', 'chancelier', 'roi', 'pape', 'prince', 'sénateur', 'député', 'gouverneur', 'directeur', 'premier'].map((w) => [w, 'le'])),
      ...Object.fromEntries(['présidente', 'chancelière', 'reine', 'princesse', 'sénatrice', 'députée', 'directrice', 'première'].map((w) => [w, 'la'])),
      ...Object.fromEntries(['ministre', 'maire', 'secrétaire', 'juge', 'procureur', 'commissaire'].map((w) => [w, 'le|la'])),
      ambassadeur: "l'",
      ambassadrice: "l'",
    },
  },
  calendarNames: words('mars'),
  streetWords: words('rue avenue boulevard place quai pont gare station'),
  placeParticles: words('de du des la le'),
  abbreviations: words('etc cf env av apr mme mlle mgr st ex cie janv févr avr juil sept oct nov déc art chap vol éd coll fig tél resp inc co ltd corp jr bd suiv ibid id bros ets'),
  coordinators: words('et ou'),
  workNouns: words('série film roman livre chanson album single poème opéra documentaire épisode podcast émission'),
  partyNouns: words('mouvement parti coalition alliance liste collectif'),
  titles: { nouns: words('titre'), naming: words('intitulé intitulée') },
  oldNames: { cues: words('anciennement autrefois jadis alias'), fillers: words('aussi') },
  // (And "une et une seule": one and only one.)
  reduplications: words('plus encore moins heures jours semaines mois années fois une'),
  // Prefixes that are also prepositions: "sur|tourisme", "sobre|coste" are words.
  separablePrefixes: words('sur sous contre entre'),
  // The 1990 rectifications write the future and conditional of verbs like "céder" with a grave
  // accent, as they sound ("cèdera", "suggèrerait", "règleront"), which dictionary-fr lacks; and
  // the noun of action of a verb in -iser ("paramétrisation" of "paramétriser").
  derivedForms: [
    [/è(?=[^aeiouyéèê]{1,3}er(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$)/u, 'é'],
    [/isations?$/u, 'iser'],
  ],
  // Prefixes written joined or with a hyphen to a known word ("microcodes", "multiplateforme",
  // "pré-installation"), which the dictionary lists for common words only.
  joinedPrefixes: { prefixes: 'anti auto bio co cyber éco euro extra hyper inter intra macro méta micro mini multi néo post pré pro semi super télé ultra'.split(' '), minRest: 5 },
  infixes: [],
  nounEndings: ['x', 's'],
  hyphenatesNameCompounds: false,
  // (A month left in English: "le March 5" → "le 5 mars", "en March" → "en mars".)
  calendar: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    day: '{day} {month}',
    dayYear: '{day} {month} {year}',
    monthYear: '{month} {year}',
    first: '1er',
    dayCues: { en: 'le' },
    nameCues: words('en depuis'),
    cues: { en: 'en', début: 'début', fin: 'fin', depuis: 'depuis' },
  },
  // ("in 2019" copied from English, the preposition left or rendered "dans": French writes "en
  // 2019". Not a count: "dans 2000 ans", "dans 1500 des cas".)
  yearPreposition: {
    prepositions: words('in dans'),
    year: ['en {year}'],
    years: ['en {years}'],
    // ("dans 2019-2020": "en 2019-2020", "de 2019 à 2020".)
    range: ['en {range}', 'de {year} à {to}'],
    countAfter: words('de des sur plus moins'),
    // (A count of many takes a plural: "dans 2000 ans", "dans 1500 cas"; "in 2019 fut difficile",
    // "in 2019 remporta", a year and a verb.)
    plural: /[sxz]$/u,
    // ("Orwell décrit dans 1984", "la société décrite dans 1984": a novel, or a year?)
    workVerbs: words(
      'décrit décrite décrits décrites décrivait décrivent raconte racontait racontent raconté racontée racontés racontées imagine imaginait imaginé imaginée imaginés imaginées dépeint dépeinte dépeints dépeintes dépeignait montre montrait montré montrée évoque évoquait évoqué évoquée narre narrait narré narrée prédit prédite prédisait dénonce dénonçait dénoncé dénoncée',
    ),
  },
  // (English's words are in its dictionary as loans: a tie of the dictionaries is English's.)
  borrowsFrom: ['en'],
  capitalizesNouns: false,
  // Octets: "2,5 Go".
  lengthUnits: {
    imperial: words('pied pieds yard yards mile miles pouce pouces'),
    metric: words('m km cm mm mètre mètres kilomètre kilomètres centimètre centimètres millimètre millimètres'),
  },
  unitSymbols: words('Go Mo Ko To'),
  numbers: {
    decimal: ',',
    group: '\u00a0\u202f .',
    // (Not "un": it is the article too.)
    words: byValue('zéro - deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt', 0, { 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 70: 'soixante-dix septante', 80: 'quatre-vingts quatre-vingt huitante octante', 90: 'quatre-vingt-dix nonante', 100: 'cent', 1000: 'mille' }),
    ordinals: ordinalStems('premi deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième'),
    // "les années quatre-vingt-dix", "la décennie soixante".
    decadeCues: words('années décennie'),
    magnitudes: [[/^\s?mille\b/i, 3], [/^\s?millions?\b/i, 6], [/^\s?(?:milliards?|Md|Mrd)\b/i, 9], [/^\s?billions?\b/i, 12]],
  },
  pastTense: /(?:ait|aient|èrent|irent|urent)$/,
  verbEndings: /(?:[^m]ent|ons|ez)$/,
  elides: { le: 'l', la: 'l', de: 'd', que: 'qu', ne: 'n', se: 's', je: 'j', me: 'm', te: 't', jusque: 'jusqu', lorsque: 'lorsqu', puisque: 'puisqu' },
  // "du", "au", "ce" before a glossary term that begins with a vowel: "de l’", "à l’", "cet" ("du Pinstagram" → "de l’Instagram", "ce Pinstagram" → "cet Instagram").
  formsBeforeVowel: { du: "de l'", au: "à l'", ce: 'cet' },
  // And "cet" before one that begins with a consonant: "ce" ("cet Esnapchat" → "ce Snapchat").
  formsBeforeConsonant: { cet: 'ce' },
  elision: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu,
  articleForms: {
    contractions: { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' },
    // "le la ministre": the source's article rendered twice. (Not "donner le la à l’orchestre",
    // the note, before a function word; nor "le la bémol", kept.)
    doubled: words('le la les'),
    keep: ['le la bémol', 'le la dièse', 'le la majeur', 'le la mineur'],
    forms: [
      // "un", "une" are numbers too: elided onto like a word before a noun or an adjective ("de une
      // voix" → "d’une voix", "de un grand pays"), not where they count ("de un à trois", "de une
      // ou deux", "de une à 3"), nor before a name or a foreign word.
      { before: /^une?$/u, words: { de: "d'" }, then: 'word' },
      // "l’un des", "l’une d’entre eux": "le un", and "le une", "la un" (an article of the other
      // gender, which the elision writes away), are the pronoun. "la une des" is also the front
      // page ("à la une des journaux"): listed; not after "faire", whose "la une" is only the
      // front page ("L’affaire fait la une des journaux").
      { before: /^une?$/u, words: { le: "l'" }, then: words("des d'entre") },
      { before: /^un$/u, words: { la: "l'" }, then: words("des d'entre") },
      {
        before: /^une$/u,
        words: { la: "l'" },
        then: words("des d'entre"),
        review: true,
        notAfter: words('faire fait font faisait faisaient fera feront ferait feraient fasse fassent firent fit'),
      },
      // Before a vowel or a mute h, in a word of two letters or more, and before the verb "a" and the
      // pronoun "y" ("l’arbre", "l’homme", "d’abord", "il l’a vu", "j’y vais"); not "le un", "la une",
      // "de une" (the number, the front page: "de un à trois"), nor a function word named ("le ou logique").
      { before: /^(?:[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})|a$|y$)/u, words: { le: "l'", la: "l'" }, notBefore: FUNCTION_WORDS },
      { before: /^(?:[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})|y$)/u, words: { de: "d'" }, notBefore: FUNCTION_WORDS },
      { before: /^(?:[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})|[aày]$)/u, words: { que: "qu'", ne: "n'", se: "s'", je: "j'", me: "m'", te: "t'", jusque: "jusqu'" }, notBefore: words('et ou') },
      // "si" elides before "il" and "ils" only ("s’il", "si elle"); "lorsque", "puisque",
      // "quoique" before a pronoun, "en", "un", "une" ("lorsqu’il", "lorsque Anne"); "ce" before
      // "être" ("c’est", not "ce en quoi").
      { before: /^ils?$/u, words: { si: "s'" } },
      { before: /^(?:il|ils|elle|elles|on|en|un|une)$/u, words: { lorsque: "lorsqu'", puisque: "puisqu'", quoique: "quoiqu'" } },
      { before: /^(?:est|était|étaient|eût)$/u, words: { ce: "c'" } },
      // "ma", "ta", "sa" are "mon", "ton", "son" before a vowel or a mute h, a feminine word's too
      // ("mon amie", "mon ancienne école", "son épouse"); not before an h aspiré ("ma hache"), nor
      // after a subject, where "ma" is "m’a" without its apostrophe ("il ma dit").
      { before: /^[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})/u, words: { ma: 'mon', ta: 'ton', sa: 'son' }, notBefore: FUNCTION_WORDS, elision: true, notAfter: words('je tu il elle on ils elles qui ça cela ce ne') },
      // "ce" is "cet" before a vowel or a mute h, where the word is masculine: one the profile
      // lists ("cet avion", "cet homme", "cet hôtel"), or a stem whose class makes a feminine, as
      // the dictionary tells it ("cet ancien bâtiment", "cet acteur"). Not before an h aspiré
      // ("ce héros", "ce hasard": noElision), nor where "ce" is the pronoun ("ce à quoi", "ce
      // avec quoi", "et ce en remontant": function words, and the words below).
      { before: /^[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})/u, words: { ce: 'cet' }, notBefore: CE_PRONOUN, elision: true, masculine: true },
      // "cette" before a feminine form the dictionary's classes make of a masculine stem, with a
      // vowel first or not ("cette actrice" of "acteur/Fc", "cette amie" of "ami/F.", "cette
      // ancienne école", "cette grande maison"), which "ce", the pronoun, does not stand before.
      { before: /^\p{Ll}\p{L}/u, words: { ce: 'cette' }, notBefore: CE_PRONOUN, madeFeminine: true },
      // And before a feminine noun the profile lists ("ce maison" → "cette maison"), or "page",
      // listed: "le page" is a pageboy too.
      { before: oneOf(FEMININE_NOUNS), words: { ce: 'cette' }, commonNouns: true, reason: 'a feminine noun' },
      { before: /^page$/u, words: { ce: 'cette' }, commonNouns: true, review: true, reason: 'a feminine noun (but for "le page", a pageboy)' },
      // Before another noun or adjective of the dictionary ("école/S.", "énorme/S."; not one that
      // is an adverb or a preposition too, "avant/L'D'Q'", "environ"), whose gender it does not
      // tell: listed, "cet" or "cette", "cette" first before an ending mostly feminine nouns have
      // ("ce énorme" → "cet"|"cette", "ce option" → "cette"|"cet"). A feminine form the
      // dictionary's classes make ("actrice" of "acteur/Fc") is no stem: left.
      {
        before: /^[aeiouàâäéèêëîïôöùûüœæh](?=\p{L})/u,
        words: { ce: 'cet' },
        notBefore: CE_PRONOUN,
        elision: true,
        review: true,
        classes: { any: ['S.', 'X.'], none: ["L'", "D'"] },
        or: { words: { ce: 'cette' }, first: /(?:tion|sion|xion|ité|té|ure|ance|ence|ette|elle|ude|ade|ise|rice|euse|ie|ée|ière|ine)$/u },
      },
    ],
    // The classes of dictionary-fr that make a feminine of the stem they are given ("ancien/F+",
    // "ami/F.", "acteur/Fc", "vendeur/Fs", "pécheur/Fe", "malin/Fx"): the stem is masculine. And
    // masculine nouns with a vowel or a mute h first, of which dictionary-fr tells no gender
    // ("avion/S." as "école/S."), read one by one: none of both genders ("enfant", "élève",
    // "artiste", "adulte"), nor "après-midi", "être", "est" (the verb: "c’est"), nor "espace"
    // (feminine in typography: "cette espace" in manpages-fr), "hôte".
    masculine: {
      classes: ['F.', 'F+', 'Fc', 'Fe', 'Fs', 'Fx'],
      words: words(`
        abandon abonnement abord abri accent accès accessoire accident accompagnement accord
        accroissement accueil achat acier acte adjectif aéroport affichage âge agenda agrément aigle
        ail air album alcool aliment alinéa amendement amour an angle animal anneau anniversaire
        annuaire appareil appartement appel appétit apport apprentissage arbre arc archipel argent
        argument armement arrêt arrêté arrondissement art article ascenseur aspect assassinat assaut
        atelier atout attachement attentat attrait attribut auditoire autobus automne avantage avenir
        avertissement avion avis axe
        écart échange échantillon échec écho éclairage éclat écran écrit écrivain édifice éditorial
        effet effort égard égout élan élément éloge emblème embouteillage emplacement emploi
        emprunt en-tête encadrement endroit enfer engagement engin enjeu enlèvement ennui
        enregistrement enseignement ensemble entourage entraînement entrepôt entretien environnement
        envoi épisode équilibre équipage équipement escalier espoir esprit essai essor état été
        étage événement évènement examen excès exécutable exemple exercice exil exode exploit exposé
        extrait
        habitat habitacle habitué hébergement hélicoptère hémisphère héritage héritier hiver hommage
        homme honneur horaire horizon horodatage hôpital hôtel humour hydrogène hymne
        iceberg idéal îlot immeuble impact impératif impôt incendie incident inconvénient indice
        individu instant instinct institut instrument intérêt intérieur interpréteur intervalle inventaire
        investissement isolement itinéraire
        objectif objet obstacle océan octet odorat œil œuf office officier oiseau olivier ongle
        opéra orage orchestre ordinateur ordre organe organisme orgueil orifice orteil os otage
        ouest outil outrage ouvrage oxygène
        uniforme univers urbanisme usage ustensile utilitaire
      `),
    },
    // h aspiré (a word also with -s, -x, -e, -es: "hauts", "haute"), and words read as numbers or as a sound.
    noElision: words(`
      hach* haddock haie haillon hain* haïr hais hait haïss* haï haïku halage hâl* haletant halètement
      haleter hall halle hallebarde halo halte hamac hamburger hameau hammam hampe hamster hanche
      handball handicap* hangar hanneton hant* happ* harang* haras harass* harcel* harcèl* hard* harem
      hareng hargn* haricot harnach* harnais harp* hasard* hasch* hâbl* hashtag hase hât* hauban hauss*
      haut* havre hayon heaume henn* hériss* hernie héron héros herse hêtre heurt* hibou hic hid* hiérarch*
      hip-hop hippie hiss* hobby hoch* hockey holding hold-up hollandais homard hongrois hont* hoquet*
      horde hors hors-jeu hot-dog hotte houblon houill* houl* houppe housse houx hublot huche huer hue
      huée huent huit* hulul* hum humer hurl* hussard hutte
      hack* hooligan* hockey* hipster* hit hype* halal hagard* hallali* harki* havane* héraut* hongre*
      horion* houppelande* hovercraft* hulotte* hune* huppe* hure* huguenot*
      onze onzième oui ouistiti uhlan ouaouaron* ouate* ouatin* ouananiche* ouolof* oukase* ouzbek* yacht* yaourt* yoga* yéti* yankee* yard* yuan* yucca* yo-yo* youyou* yodel* yack* yak*
    `),
    hWords: true,
    // Mute h: elided without a doubt ("l’homme", "d’habitants", "l’hôpital"); another h-word is listed.
    muteH: words(`
      habile* habill* habit* haleine haltère* hameçon* harmoni* hebdomadaire* héberg* hectare* hégémon*
      hélice* hélicopt* hémisph* hémorrag* herb* hérédit* hérit* hermétique* héroïne* héroïque* héroïsme
      hésit* hétéro* heure* heureu* hexagon* hier hippique* hippopotame* hirondelle* histo* hiver*
      hommage* homme* homo* honnête* honneur* honor* hôpita* horaire* horizon* horloge* horodat* hormon* horreur*
      horribl* horrif* horticult* hospital* hostil* hôte* hôtel* huile* huissier* huître* humain*
      humanit* humble* humeur* humid* humili* humor* humour* hydr* hygièn* hymne* hyper* hypno* hypoth* hypocri* hystér*
    `),
    // "de le faire", "à les lire", "de le lui dire", "de les y mettre", "de le bien faire".
    objectPronouns: words('le les'),
    verbs: {
      finite: /ons$/u,
      clitics: words('lui leur y en'),
      adverbs: words('bien mieux mal plus moins tant trop toujours jamais souvent vraiment seulement même aussi tout déjà encore davantage presque vite'),
      // Infinitives that are nouns too, and whose verb takes no direct object, so that "le"
      // before one is the article: "de le dîner" → "du dîner", "à le souvenir" → "au souvenir".
      nouns: words('dîner déjeuner souper rire sourire souvenir repentir'),
      // Nouns too, but "le" may be their object or attribute ("heureux de le pouvoir", "fier de le
      // devoir à sa mère", "ministre, et fier de le devenir"): "de le pouvoir" is listed. (Not
      // "savoir", "lever", "goûter": "content de le savoir" is the verb.)
      nounsToo: words('pouvoir devoir devenir'),
      // Where they can only be the noun: "de le pouvoir d’achat" → "du pouvoir d’achat".
      nounPhrases: [
        "pouvoir d'achat", 'pouvoir exécutif', 'pouvoir législatif', 'pouvoir judiciaire', 'pouvoir politique', 'pouvoir central',
        'pouvoir en place', 'pouvoir de décision', "pouvoir d'attraction", 'devoir de mémoire', 'devoir de réserve', 'devoir de vigilance',
        "devoir d'information", 'devoir de conseil', 'devoir moral', 'devoir civique',
      ],
    },
    // "il à le droit", "qui à les moyens": the verb "a" written with an accent, no preposition.
    notAfter: words('il elle on qui cela ça'),
  },
  // The articles and "de", "à" with one ("du", "aux"): a glossary fix after one that the term
  // may not agree with is a suggestion.
  agreement: {
    genders: ['m', 'f'],
    head: 'first',
    articles: [
      { m: ['le', "l'"], f: ['la', "l'"], pl: 'les' },
      { m: 'un', f: 'une', pl: 'des' },
      { m: ['du', "de l'"], f: ['de la', "de l'"], pl: 'des' },
      { m: ['au', "à l'"], f: ['à la', "à l'"], pl: 'aux' },
    ],
  },
};
