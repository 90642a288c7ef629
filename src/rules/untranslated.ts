/**
 * Untranslated words: words of the source language (the given source's, where Lektor has its
 * dictionary; else English) left in the translation ("einige Flags, die Sie hätten prüfen
 * sollen", "une Pressekonferenz"). A word counts when the text language's dictionary rejects
 * it and the source language's knows it (English's as a common, lower-case word and not as a
 * name: "Miller", which the English .dic lists with its capital). Proper nouns, glossary
 * terms, quoted titles and runs of capitalized words (names of bodies, titles) are
 * left alone, and so is a capitalized word the document writes elsewhere as part of a name
 * ("Musk sagte" in an article that names "Elon Musk"). Where nouns are capitalized, a word that
 * stands bare as a name does, after a preposition a singular noun follows with an article ("bei
 * Sky", "von Snap"; "beim Sender"), is information, a name or English left over (and so is the
 * word elsewhere without an article, unless the document writes it after one); and a name after
 * a noun it is the apposition of ("der Bezahlsender Sky") is one in the whole document.
 * Nouns the language declines as its own are loanwords (its lexicon's, "Limousine": "Limousinen";
 * a genitive's -s, "des Canyons"). With the source: a word of a phrase in a third language it
 * has ("Journal des savants", "Alma mater"), a name it writes capitalized with or without an s
 * ("die Marauder"), and a compound joined with hyphens whose parts it writes as words
 * ("Online-Communities": information).
 *
 * @example
 *   in:  "es gibt einige Flags, die Sie hätten prüfen sollen"
 *   finding: "`Flags` looks like English left untranslated"
 */
import { defineRule, type FinishContext, type RuleContext } from '../core/rule.js';
import { toSource } from '../core/document.js';
import { NAME_CONNECTORS, isCapitalized, spaced } from '../core/segment.js';
import { citationAbbreviation, connectsName, inForeignPhrase, inMarkup, isKnownToken, listNumeral, nextToNumber, lineBreakHyphenation, reduplicated, writtenInCode, countsTerms } from './spelling.js';
import { UNIT_SYMBOLS } from '../spell/units.js';
import { loadWordList } from '../spell/wordlist.js';
import { foreignQuotations } from '../core/quotations.js';
import { isComputingLoanword, profileFor } from '../languages/index.js';
import { phraseSpans, type PhraseSpan } from '../languages/phrases.js';
import { carriedOver, sourceParagraph, sourceView } from '../core/source.js';

const SOURCE_LANGUAGE = 'en';

/** Whether `word` is two nouns of the speller's language closed up, the first with or without a linking s ("Presse|konferenz", "Haushalt|s|ausschuss"). */
function compoundOf(speller: { correct(w: string): boolean }, word: string): boolean {
  for (let k = 4; k <= word.length - 4; k++) {
    const head = word.slice(0, k);
    const tail = word.charAt(k).toUpperCase() + word.slice(k + 1);
    if (!speller.correct(tail) || speller.correct(tail.toLowerCase())) continue;
    if (speller.correct(head) || (head.endsWith('s') && speller.correct(head.slice(0, -1)))) return true;
  }
  return false;
}

/** The language whose words may be left over: the given source's, where Lektor has it, else English. */
function leftoverLanguage(ctx: { doc: { original?: { language: string }; translatedFrom?: string; resources: { speller(language: string): unknown } } }): string {
  const code = (ctx.doc.original?.language ?? ctx.doc.translatedFrom)?.split('-')[0];
  return code !== undefined && profileFor(code) !== undefined && ctx.doc.resources.speller(code) !== undefined ? code : SOURCE_LANGUAGE;
}
/**
 * A capitalized word of Latin or Greek shape: -a, -o, -us, -is, -ium, -in (not -ain: "Captain"),
 * -on (Greek's and French's nouns German shares, "Positron", "Phonon", "Plankton", "Caisson",
 * "Canyon"; not -ion, whose words `SHARED_LOAN` judges: "Contusion", "Question" are English; nor
 * -eon, English's "Truncheon", "Luncheon"; nor a compound's last part after a hyphen, "Follow-on").
 * (On MLQE-PE: 6 fewer warnings on the post-edits, 4 of train and 2 of dev; none lost on the MT that
 * covers a word an editor changed.)
 */
const LATINATE = /^\p{Lu}\p{Ll}+(?:a|o|us|is|ium|[^a]in|(?<![ie])on)$/u;
/**
 * A capitalized word of the Latin and French endings German and English share, -ion, -ist, -ade
 * ("Sedimentation", "Librettist", "Balustrade"), with no "c" that German writes "k" or "z" (not
 * "ch", "ck": "Contusion", "Miscegenation" are English, German writes "Kontusion"); not English's
 * own words of these endings ("Question", "Suggestion", "Fashion", "Checklist", "Playlist"), nor
 * its short ones, a single letter before the ending ("Heist", "Wrist", "Blade", "Shade"), nor its
 * spellings German never has: -ization for German's -isation, -isierung ("Organization",
 * "Privatization"; no word of dictionary-de or Lektor's list ends so), and "ou" in an -ion word
 * for the Latin "u" German writes ("Foundation"; dictionary-de's -ion words with "ou" are
 * compounds of names, "Fouriertransformation", "Labourfraktion"). A
 * "-meter" after the "o" of Greek's compounds ("Magnetometer", "Thermometer"; English's "Diameter"
 * is German's "Durchmesser").
 */
const SHARED_LOAN = /^(?![\p{L}]*[cC](?![hk]))(?!\p{L}*(?:stion|shion|list|ization)$)(?!\p{L}*ou\p{L}*ion$)\p{Lu}\p{Ll}{2,}(?:ion|ist|ade|ometer|plast)$/u;
/**
 * Cheap first tests of the two expressions above, asked of every word the dictionary does not
 * know (their lookaheads read the whole word; on the benchmark they were a third of `isForeign`'s
 * own time): a capitalized word with one of `LATINATE`'s last letters (a, o, s, m, n; its -s
 * plural ends in s), or one of `SHARED_LOAN`'s endings.
 */
function latinateEnding(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  return (last === 97 || last === 111 || last === 115 || last === 109 || last === 110) && isCapitalized(value);
}
function sharedLoanEnding(value: string): boolean {
  return (value.endsWith('ion') || value.endsWith('ist') || value.endsWith('ade') || value.endsWith('ometer') || value.endsWith('plast')) && isCapitalized(value);
}
/** A unit with a metric prefix ("Megajoule", "Milliliter", "Megahertz"): German when the unit is ("Joule"). */
const METRIC_PREFIX = /^(?:Kilo|Mega|Giga|Tera|Milli|Mikro|Nano|Piko|Zenti|Dezi|Hekto)(\p{Ll}{3,})$/u;

/**
 * The common noun of the language's dictionary that a word of a loanword's shape is English's
 * spelling of, one or two letters apart (the profile's `loanSpellings`: "Lemonade" for "Limonade",
 * "Grenade" for "Granate", "Penguin" for "Pinguin"), if any. Asked only of the few words that
 * reach the loanword tests: a verdict a variant (some hundred at most; nouns first, which costs no
 * Hunspell call).
 */
function ownSpelling(
  own: { correct(w: string): boolean; isCommonNoun(w: string, flags: string): boolean },
  spellings: ReadonlyArray<readonly [string, string]>,
  flags: string,
  word: string,
): string | undefined {
  let frontier = [word];
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const x of frontier) {
      // (Not the first letter, a noun's capital; nor the vowel before the last letter, the one an
      // ending changes: "Muffins" is no "Muffen", "Gratins" no "Graten", German plurals of other nouns.)
      for (let i = 1; i < x.length; i++) {
        if (i === x.length - 2 && /[aeiouy]/u.test(x[i])) continue;
        for (const [there, here] of spellings) {
          if (!x.startsWith(there, i)) continue;
          const v = x.slice(0, i) + here + x.slice(i + there.length);
          if (own.isCommonNoun(v, flags) && own.correct(v)) return v;
          if (depth === 0) next.push(v);
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

/** Document state: capitalized words the document writes as part of a name ("Musk" of "Elon Musk"). */
const NAMES = 'untranslated.names';
/** Document state: findings on one capitalized word, held until the document's names are known. */
const PENDING = 'untranslated.pending';
/** Document state: capitalized words left over that the document writes as common nouns too ("das Release", "Release des Spiels"). */
const WITH_ARTICLE = 'untranslated.withArticle';
interface Pending {
  word: string;
  start: number;
  end: number;
  message: string;
  /** The language of the word its messages quote: the leftover language's. */
  quoteLanguages: string[];
  /**
   * Where the word stands after an article or a determiner, as a common noun does ("der Sky über
   * Berlin"): the finding's information where the document writes the word as a name elsewhere.
   */
  common?: string;
  /**
   * Where the word stands as a name does (`nameLike`: `bare`), or without an article, where
   * nothing tells ("Sky zeigt", "wie Sky mitteilte"): the finding's information that it may be a
   * name, where the document has it as a name somewhere and never after an article.
   */
  asName?: { message: string; bare: boolean };
  /** Without the source: the word stands where a common noun would take an article (`standsAlone`). */
  alone?: boolean;
  /** Found where only names are capitalized: no finding where the document writes the word capitalized inside a sentence, as a name. */
  onlyNames?: boolean;
  /**
   * Where the word is a compound the source writes as two words, joined with a hyphen as this
   * language joins a compound ("Online-Communities" for "online communities"): the finding's
   * information, a loanword as likely as a word left over.
   */
  joined?: string;
}
/** Document state: where only names are capitalized, the capitalized words the document writes inside a sentence and not as words left over ("chez Sky"). */
const INSIDE = 'untranslated.inside';

export default defineRule(
  {
    id: 'untranslated',
    description: 'English words left untranslated in the text.',
    category: 'untranslated',
    severity: 'warning',
    languages: 'all',
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Es gab einige Fehler im System, bei denen es einige Flags gibt, die Sie hätten prüfen sollen.' },
        { lang: 'de', text: '„Es gab einige Fehler im System, bei denen es einige Flags gibt, die Sie hätten prüfen sollen.“' },
        { lang: 'de', text: 'Das Unternehmen nennt das einen wichtigen milestone.' },
        { lang: 'fr', text: 'La société a publié un announcement détaillé.' },
        { lang: 'de', text: 'Das Unternehmen bietet das Update for Kunden in Europa an.' },
        { lang: 'de', text: 'Er trainiert jeden Tag seine abs. Danach geht er heim.' },
        { lang: 'de', text: 'Musk sagte, er wolle Twitter kaufen. Das Unternehmen von Musk wächst.' },
        // An -ion noun with an English "c", which German writes "k"; English's own words in -stion.
        { lang: 'de', text: 'Das ist eine gute Question, sagte er.' },
        { lang: 'de', text: 'Er erlitt eine schwere Contusion am Knie.' },
        // English's short words of these endings, one letter before it: no Latin or French loanword.
        { lang: 'de', text: 'Der Heist dauerte nur zwei Minuten.' },
        { lang: 'de', text: 'Die Blade des Messers war scharf.' },
        // English's spelling of a noun German spells its own way ("Limonade", "Granate", "Pinguin",
        // "Delphin", "Idee"), and a "-meter" that is no Greek compound's ("Durchmesser").
        { lang: 'de', text: 'Die Kinder tranken am Strand eine Lemonade.' },
        { lang: 'de', text: 'Der Soldat warf eine Grenade in den Graben.' },
        { lang: 'de', text: 'Im Zoo leben viele Penguins.' },
        { lang: 'de', text: 'Im Zoo lebt ein Penguin, im Meer ein Dolphin.' },
        { lang: 'de', text: 'Im Meer schwammen Dolphins neben dem Boot.' },
        { lang: 'de', text: 'Sie hatte viele gute Ideas für das Projekt.' },
        { lang: 'de', text: 'Der Diameter des Rohres beträgt zehn Zentimeter.' },
        // English's spellings German never writes: -ization ("Organisation"), "ou" for the Latin "u" ("Fundament").
        { lang: 'de', text: 'Die Privatization der Bahn bezahlte die Foundation.' },
        // A capitalized noun beside it names nothing: the other "Flags" are still found.
        { lang: 'de', text: 'Am Montag Flags gehisst. Es gibt einige Flags, die Sie hätten prüfen sollen.' },
        // An English plural after an Italian plural determiner: no loanword, which is invariable.
        // (The singular there is one: information, "altri kernel", "sulle mailing list".)
        { lang: 'it', text: 'Il programma controlla i flags prima di partire.' },
        { lang: 'it', text: 'Debian supporta altri kernel, e se ne parla sulle mailing list del progetto.' },
        // A computing term the language's technical prose writes in English (the profile's
        // `computingLoanwords`): information, a loanword or a word left over; an English word
        // beside it makes the run English left over, a warning ("the kernel"). (Severities in
        // test/rules/handbook-false-alarms.test.ts.)
        { lang: 'it', text: 'Il kernel e la shell girano sul server, e se ne parla sulle mailing list.' },
        { lang: 'it', text: 'Il sistema carica the kernel all’avvio.' },
        { lang: 'pt', text: 'Os críticos dizem que o anúncio é apenas um first step.' },
        { lang: 'nl', text: 'Het bedrijf zei dat the company will review all accounts voor het einde van het jaar.' },
        // English words Dutch's dictionary lists from English phrases and loans ("first", "step"):
        // a run of them is English left over (the profile's `englishPhraseWords`).
        { lang: 'nl', text: 'Dit is een first step naar betere regels.' },
        // (Information: computing terms Portuguese writes in English.)
        { lang: 'pt', text: 'O kernel e o shell rodam no servidor, e os scripts ficam no site do projeto.' },
        { lang: 'es', text: 'El hardware ejecuta los scripts del kernel.' },
        // "the" between capitalized words, with no noun naming a work before them.
        { lang: 'it', text: 'Allo stadio hanno cantato We Are the Champions.' },
        // Bare after "bei", as a name stands: information, a name or English left over? (A
        // warning where the document writes it after an article too: "das Release".)
        { lang: 'de', text: 'Die Serie startet am Montag bei Sky, teilte der Sender mit.' },
        { lang: 'de', text: 'Das Release kommt im Mai. Die Kritik an Release ist groß.' },
        // A noun the German lexicon has with an English -s plural ("Associations"): English left over.
        { lang: 'de', text: 'Die Association tagte am Montag.' },
        // An English plural after an article of the plural: no genitive.
        { lang: 'de', text: 'Die Kritiker lasen die Blurbs auf dem Umschlag.' },
        // A plural stands bare as a name does; a name takes no genitive after it: warnings.
        { lang: 'de', text: 'Das Programm warnt jetzt mit Flags vor Fehlern.' },
        { lang: 'de', text: 'Bei Release des Spiels gab es Probleme.' },
        // English's nouns in -eon, and a compound's last part in -on: no Greek noun.
        { lang: 'de', text: 'Die Polizisten trugen Truncheons, und Border erzwang das Follow-on.' },
        // An English word beside loanwords German uses as its own (wordlists/accept-de.txt): still found.
        { lang: 'de', text: 'Die Comedians sahen die Skyline, nach dem Buyout kam ein Sidesaddle.' },
        // (A noun German declines weak, "Satrap", "des Satrapen", is no accepted word: its -s form is English's plural.)
        { lang: 'de', text: 'Alexander setzte die persischen Satraps ab.' },
        // An idiom of English whole, though the language knows some of its words ("out", "of"; the
        // English profile's `idioms`); a phrase the language writes as its own, information
        // (`loanPhrases`: German's "Best of", the Duden's "Best-of").
        { lang: 'nl', text: 'Het nieuws kwam out of the blue, zei hij. Het was voor iedereen een grote verrassing.' },
        { lang: 'de', text: 'Das Album ist ein Best of der Hits. Es erschien am Montag bei einem kleinen Label.' },
        // (Beside an option broken at a line's end, English prose is still found.)
        { lang: 'de', text: 'Die Option --no-\nverify überspringt die Prüfung, sagte der spokesman.' },
      ],
      pass: [
        // The halves of words hyphenated at a line break.
        { lang: 'de', text: 'Die Regie-\nrung hat die Mel-\ndung am Montag bestätigt.\n\nZweiter Absatz.' },
        // (And in a text of one sentence a line, which the reader goes on over such a break.)
        { lang: 'de', text: 'Die Regie-\nrung hat die Mel-\ndung am Montag bestätigt.' },
        // An option and manual pages broken at a line's end, as man pages break them: no prose.
        { lang: 'de', text: 'Die Option --no-\nverify überspringt die Prüfung, siehe vim\u2010\ndiff(1) und dpkg-\narchitecture(1).' },
        { lang: 'de', text: 'Ende letzten Jahres kündigte die Federal Communications Commission an, den Kauf nicht mehr zu genehmigen.' },
        { lang: 'de', text: 'Einer der Verträge, der als „The Moyu Project“ bezeichnet wird.' },
        { lang: 'de', text: 'Die Software und das Management des Unternehmens.' },
        // Nouns of Latin or Greek shape, in the plural too.
        { lang: 'de', text: 'Auf den Haciendas gab es Rodeos und Fiestas, dazu Polkas.' },
        // Greek and French nouns in -on, in the plural too.
        { lang: 'de', text: 'Das Positron trifft ein Phonon, die Caissons liegen im Plankton der Canyons.' },
        // Latin and French loanwords German shares with English.
        { lang: 'de', text: 'Die Sedimentation formte das Gestein, der Folklorist beschrieb die Balustrade.' },
        { lang: 'de', text: 'Das Magnetometer misst in Megahertz, der Chloroplast setzt ein Megajoule frei, dazu 100 Milliliter.' },
        // (No German noun one or two letters away: "Granulation" is no "Gratulation", "Amnion" no
        // "Anion", "Muffins" no "Muffen"; a team's name in the plural, "Terrapins", neither.)
        { lang: 'de', text: 'Die Granulation der Wunde schützt das Amnion, der Librettist schrieb über die Appellation.' },
        { lang: 'de', text: 'Zum Kaffee gab es Muffins und Gratins, danach gewannen die Terrapins.' },
        // (A singular of Latin or Greek shape, one letter from a German noun, is German too: "Tiara"
        // is no "Tiare", "Manga" no "Menge", "Aria" no "Arie"; only -in, -ea are English's: "Penguin".)
        { lang: 'de', text: 'Sie trug eine Tiara, las einen Manga und sang eine Aria.' },
        { lang: 'de', text: 'Präsidentschaftsanwärter Henry Clay schwor Rache.' },
        { lang: 'de', text: 'Er kam in die Canadian Football Hall of Fame.' },
        { lang: 'de', text: 'Danach sang Callas, und Miller bog den Ball um.' },
        // A name the document writes in full, before or after ("Elon Musk").
        { lang: 'de', text: 'Musk sagte, er wolle Twitter kaufen. Tesla-Chef Elon Musk kündigte das am Montag an. Das Unternehmen von Musk wächst.' },
        { lang: 'es', text: 'Según la OMS y el SAT, en el s. XXI la cifra creció.' },
        { lang: 'fr', text: 'Le groupe Meta et le chanteur Sting sont venus.' },
        { lang: 'de', text: 'Er las The New York Times, The Washington Post and The Wall Street Journal.' },
        { lang: 'de', text: 'Wir sind uns „des Raums für weitere Verbesserungen voll bewusst“.' },
        { lang: 'de', text: 'Die Bewegung Fridays for Future demonstrierte am Freitag.' },
        { lang: 'de', text: 'Er kaufte bei Marks and Spencer ein, der Konzern Procter and Gamble wächst.' },
        { lang: 'de', text: 'Er kaufte bei Marks and Spencer Kleidung und Schuhe.' },
        { lang: 'de', text: 'Nach § 5 Abs. 2 des Gesetzes behandelte ihn Dr. med. Hans Müller.' },
        { lang: 'de', text: 'Odermatt siegte in 1:23,45 min, die Luft enthält 420 ppm CO2 und die Schulden 9,8 Bio. Yen.' },
        // A title after a noun that names a work.
        { lang: 'it', text: 'Il brano We Are the Champions è stato cantato allo stadio.' },
        { lang: 'pt', text: 'Os usuários do aplicativo reclamaram da atualização, que apagou as suas fotos.' },
        // (Dutch writes these English words as its own: its dictionary has them.)
        { lang: 'nl', text: 'De meeting met het team werd uitgesteld vanwege de deadline van de manager.' },
        { lang: 'nl', text: 'Na het weekend zette de manager een update online; de computer van het team was de eerste stap.' },
        { lang: 'es', text: 'La serie The Walking Dead terminó en 2022.' },
        // A name after a noun it is the apposition of, and so the same word elsewhere.
        { lang: 'de', text: 'Der Bezahlsender Sky zeigt die Serie ab Montag. Sie läuft bei Sky am Abend.' },
        // A publication's title, of a plural's shape too.
        { lang: 'de', text: 'Die britische Zeitung Times hat am Montag berichtet, dass der Minister zurücktritt. Die Times berief sich auf Quellen im Ministerium.' },
        // Loanwords German uses as its own that its dictionary lacks and English knows (the Duden's,
        // in wordlists/accept-de.txt; kept by the editors of the MLQE-PE post-edits), with their endings.
        { lang: 'de', text: 'Die Clans handelten mit Rattan, Ginseng und Sorghum, dazu gab es Grapefruit und Ghee.' },
        { lang: 'de', text: 'Ein Epitaph erinnert an den Baluster, die Pheromone und Barbiturate wirken im Perineum.' },
        { lang: 'de', text: 'Die Comedians sahen die Skyline, die Trucker trugen Dreadlocks und einen Holster.' },
        // Miles per hour and per gallon after a number, which German keeps (the profile's `unitSymbols`).
        { lang: 'de', text: 'Der Wagen schaffte 112 mph und verbrauchte 14 mpg in der Stadt.' },
        { lang: 'de', text: 'Der konservative Peer sagte ciao und die Mods fuhren den Skip hinab.' },
        // Nouns German shares with English and declines as its own ("Limousinen", "Idiome").
        { lang: 'de', text: 'Er fuhr eine Limousine, das Idiom ist alt.' },
        // A noun declined as German declines it, with a genitive's -s after "des".
        { lang: 'de', text: 'Der Bogen des Canyons ist steil, er lobte den Stil des gallischen Orators.' },
        // A sound's word written twice, its vowels changed ("tick tack"); a list's Roman numeral.
        { lang: 'de', text: 'Die Uhr machte tick tack, der Weg ging zick zack.' },
        { lang: 'de', text: 'Ziele: ii) Schutz der Arten, iii) Überwachung der Marienkäfer.' },
        // An idiom's words capitalized as a title's are no idiom ("Out of the Blue", a band's name).
        { lang: 'de', text: 'Die Band Out of the Blue spielte am Freitag in Berlin. Das Konzert war ausverkauft.' },
        // Where only names are capitalized, a capitalized word inside a sentence is one, and so
        // the same word opening a sentence.
        { lang: 'fr', text: 'La série commence lundi chez Sky, a annoncé la chaîne. Sky diffusera dix épisodes.' },
        { lang: 'es', text: 'La serie se estrena el lunes en Sky, anunció la cadena. Sky emitirá diez episodios.' },
      ],
    },
  },
  (ctx) => {
    // The language words are left over from: the source's, when it is given and Lektor has its
    // dictionary ("Pressekonferenz" in a French article translated from German), else English.
    const from = leftoverLanguage(ctx);
    const leftover = ctx.doc.resources.speller(from);
    // (The language's code before a region, without an array a block: ~8 ms a pass on the benchmark's 7,000 blocks.)
    const dash = ctx.language.indexOf('-');
    if (!leftover || (dash < 0 ? ctx.language : ctx.language.slice(0, dash)) === from) return;
    // Most paragraphs have no word their own dictionary does not know: none of theirs can be left
    // over, and the rest (some twenty functions a paragraph) is not made for them.
    // (Nor a word of the profile's `englishPhraseWords`, which the dictionary knows: "een first step".)
    const phraseWords = ctx.profile?.englishPhraseWords;
    // (Nor an idiom of the leftover language, each of whose words it may know: Dutch's
    // "Last but not least"; `phraseSpans`.)
    const fromProfile = profileFor(from);
    const phrases = phraseSpans(ctx, ctx.text, fromProfile, ctx.profile);
    if (phrases.length === 0 && !ctx.words.some((w) => !w.opaque && w.alpha && w.value.length > 2 && (!isKnownToken(ctx, w) || phraseWords?.words.has(w.value) === true))) {
      namesInside(ctx, () => false);
      return;
    }
    // (The words its findings quote are the leftover language's, not the paragraph's.)
    const quoting = [from];
    const english = from === SOURCE_LANGUAGE ? leftover : undefined;
    // A word of the leftover language: English's as a common (lower-case) word, as before; another
    // language's as written too, where its nouns are capitalized ("Haushaltsausschuss").
    // (And a word in small letters of the leftover language in another region's spelling, which
    // its dictionary lacks: British "rumours", "organisation" for the American dictionary;
    // `variantSpellings`. Not a capitalized one: "am Harbour", "die Saviours", "Neighbours" on
    // MLQE-PE train's post-edits are names and titles, 3 more false alarms.)
    // Nor a word the paragraph's own dictionary knows: French "prise", "centre", "lettre",
    // Italian "altre" are no British "prize", "center", "letter", "alter", and had joined English runs.)
    const variants = fromProfile?.variantSpellings;
    const ownSpeller = ctx.doc.resources.speller(ctx.language);
    const knownThere = (value: string): boolean =>
      (english ? english.correct(value.toLowerCase()) : leftover.correct(value) || leftover.correct(value.toLowerCase())) ||
      (variants !== undefined && !isCapitalized(value) && ownSpeller?.correct(value) !== true && variants(value).some((v) => leftover.correct(v)));
    const quoted = quotedRanges(ctx.text);
    // A quotation in English as a whole («We are fighting for our parents, not just for
    // ourselves»): quoted as said, or left untranslated. One finding for an editor to decide,
    // not one per word. (Looked for once a word of the block is English left over, which most
    // blocks have none of.)
    let inEnglish: Array<[number, number]> | undefined;
    const inEnglishQuotation = (w: { start: number; end: number }): boolean => {
      if (!inEnglish) {
        inEnglish = [];
        for (const q of foreignQuotations(ctx)) {
          if (q.language !== SOURCE_LANGUAGE) continue;
          inEnglish.push([q.start, q.end]);
          if (ctx.isClaimed(q.start, q.end)) continue;
          ctx.report({
            start: q.start,
            end: q.end,
            message: `\`${ctx.text.slice(q.start, q.end)}\` is a quotation in English: quoted as said, or left untranslated?`,
            severity: 'info',
            quoteLanguages: [q.language],
          });
        }
      }
      return inEnglish.some(([s, e]) => w.start >= s && w.end <= e);
    };
    // With the source: a capitalized word it has verbatim is a name carried over ("Henry Clay").
    const source = sourceView(ctx.doc);
    const { words, text } = ctx;
    const opensSentence = (k: number) => ctx.sentences[words[k].sentence].firstWord === k;
    // The halves of a word hyphenated at a line break ("Regie-\nrung") are no English.
    const own = ctx.doc.resources.speller(ctx.language);
    // (A unit with a metric prefix: the unit, capitalized, is a noun of the language.)
    const metricUnit = (value: string): boolean => {
      const m = METRIC_PREFIX.exec(value);
      return m !== null && own?.correct(m[1][0].toUpperCase() + m[1].slice(1)) === true;
    };
    // (English's spelling of a noun the language spells its own way: "Lemonade", "Penguins".)
    const loanSpellings = ctx.profile?.loanSpellings;
    // (`shape`: a word of a shared loanword's ending, or a Latinate singular or -s plural, which only
    // with the endings the profile names: "Penguin", "Penguins"; not "Tiara", German and one letter
    // from "Tiare".)
    const spelledHere = (value: string, shape: 'loan' | 'singular' | 'plural'): boolean =>
      own !== undefined &&
      loanSpellings !== undefined &&
      (shape === 'loan' || (shape === 'plural' ? loanSpellings.plurals : loanSpellings.singulars)?.test(value) === true) &&
      ownSpelling(own, loanSpellings.spellings, ctx.profile?.nounFlags ?? '', shape === 'plural' ? value.slice(0, -1) : value) !== undefined;
    const broken = lineBreakHyphenation(ctx);
    const loanwords = ctx.profile?.loanwordList === undefined ? undefined : loadWordList(ctx.profile.loanwordList);
    const genitives = ctx.profile?.genitiveDeterminers;
    const declinedHere = (k: number): boolean => {
      if (genitives === undefined || k === 0 || !words[k].value.endsWith('s') || !isCapitalized(words[k].value)) return false;
      let d = k - 1;
      // (Over one adjective in small letters with the weak ending: "des gallischen Orators".)
      if (/^\p{Ll}+en$/u.test(words[d].value) && d > 0 && words[d - 1].sentence === words[k].sentence && spaced(ctx, text, d - 1, d) && spaced(ctx, text, d, k)) d--;
      return words[d].sentence === words[k].sentence && spaced(ctx, text, d, d + 1) && genitives.has(words[d].value.toLowerCase()) && knownThere(words[k].value.slice(0, -1));
    };
    // A compound of capitalized parts joined with hyphens, the parts as words in the source
    // ("Online-Communities" for "online communities", "SERF-Magnetometer" for "SERF magnetometers").
    const joinedHere = (value: string): boolean => {
      if (!value.includes('-')) return false;
      const parts = value.split('-');
      if (parts.length > 4 || !parts.every((part) => /^\p{Lu}/u.test(part))) return false;
      const paragraph = sourceParagraph(ctx)?.toLowerCase();
      return paragraph !== undefined && paragraph.includes(parts.join(' ').toLowerCase().slice(0, -1));
    };
    // A word of the profile's `englishPhraseWords` ("first", "the"), which the dictionary knows
    // from English phrases, beside another word English knows in small letters that is none of
    // this language's small words: English left over ("een first step naar", where "step" is a
    // Dutch loan; not "first" alone, nor beside Dutch words).
    const inEnglishPhrase = (k: number): boolean => {
      if (phraseWords === undefined || !phraseWords.words.has(words[k].value)) return false;
      // (Not a loan phrase the language writes as its own: "de first lady".)
      const english = (n: number): boolean =>
        words[n] !== undefined &&
        joins(Math.min(k, n), Math.max(k, n)) &&
        words[n].alpha &&
        /^\p{Ll}+$/u.test(words[n].value) &&
        !ownSmall(words[n].value) &&
        knownThere(words[n].value) &&
        !phraseWords.loans.has(n < k ? `${words[n].value} ${words[k].value}` : `${words[k].value} ${words[n].value}`);
      return english(k - 1) || english(k + 1);
    };
    // An idiom of the leftover language, or a phrase of it this language writes as its own
    // ("out of the blue", "in spite of"; "Best of"): each of its words is left over, those this
    // language knows too ("out", "in"), and the run takes it in whole. Not inside a quotation, in
    // English or short (a title's), which the other words are not found in either.
    const phraseAt = new Int32Array(words.length);
    const kept: PhraseSpan[] = [];
    for (const span of phrases) {
      const inQuotation = (k: number) => inEnglishQuotation(words[k]) || quoted.some(([s, e]) => words[k].start >= s && words[k].end <= e);
      if (inQuotation(span.first) || inQuotation(span.last)) continue;
      kept.push(span);
      for (let k = span.first; k <= span.last; k++) phraseAt[k] = kept.length;
    }
    // (Asked of a word several times as runs are joined: each answer is kept.)
    const foreignSeen = new Int8Array(words.length);
    const foreign = (k: number): boolean => {
      if (foreignSeen[k] === 0) foreignSeen[k] = phraseAt[k] > 0 || isForeign(k) ? 1 : 2;
      return foreignSeen[k] === 1;
    };
    const isForeign = (k: number): boolean => {
      const w = words[k];
      return (
        !w.opaque &&
        !broken?.has(k) &&
        w.alpha &&
        w.value.length > 2 &&
        // (The cheap, decisive test first: most words are known.)
        (!isKnownToken(ctx, w) || inEnglishPhrase(k)) &&
        // Acronyms and Roman numerals ("la OMS", "el SAT", "s. XXI") are no English words.
        !(w.value.length <= 6 && /^\p{Lu}[\p{Lu}\d]*$/u.test(w.value)) &&
        // An abbreviation of the language, with its period ("Abs. 2", "Dr. med."): capitalized,
        // or in lower case where the sentence goes on after it or another abbreviation comes
        // before ("seine abs." ends a sentence: English left over).
        !(text[w.end] === '.' && ctx.profile?.abbreviations?.has(w.value.toLowerCase()) === true && (isCapitalized(w.value) || /^\s*[\p{Ll}\p{N}]/u.test(text.slice(w.end + 1, w.end + 4)) || /\p{L}\.\s+$/u.test(text.slice(Math.max(0, w.start - 8), w.start)))) &&
        // (Not a noun of a source language that capitalizes nouns, which its dictionary knows: "Pressekonferenz" is left over.)
        !(source && isCapitalized(w.value) && source.words.has(w.value) && !(fromProfile?.capitalizesNouns === true && leftover.correct(w.value))) &&
        // A Roman numeral in small letters that numbers a list ("iii) Überwachung").
        !listNumeral(text, w) &&
        // A sound's word written twice ("Die Uhr machte tick tack").
        !reduplicated(ctx, k) &&
        // A unit after a number ("1:23,45 min", "410 ppm"), as the spelling check reads it.
        !((UNIT_SYMBOLS.has(w.value) || ctx.profile?.unitSymbols?.has(w.value) === true) && nextToNumber(text, w.start, w.end)) &&
        knownThere(w.value) &&
        // A noun the language shares with English and declines as its own ("Limousine":
        // "Limousinen", "Meridian": "Meridiane"; the profile's `loanwordList`): a loanword.
        !(loanwords !== undefined && isCapitalized(w.value) && loanwords.has(w.value)) &&
        // A noun with a genitive's -s after a genitive's determiner, an adjective between or none
        // ("des Canyons", "des gallischen Orators"): declined as this language's noun, a loanword.
        !declinedHere(k) &&
        // An English reference's abbreviation, cited as it is ("Popular Science, vol. 22").
        !citationAbbreviation(text, w.start, w.end) &&
        // Markup left in plain text ("< / ref >", "\\major"), as the spelling check reads it.
        !inMarkup(text, w.start, w.end) &&
        // A noun of Latin or Greek shape ("Aorta", "Meningitis", "Papaya", "Sanatorium"): a
        // loanword both languages share. (On MLQE-PE train: 70 fewer findings on the post-edits,
        // about 59 of them false; 11 lost on the MT that cover a word an editor changed.)
        // (And its -s plural: "Fiestas", "Rodeos", "Haciendas"; on MLQE-PE train 14 fewer findings
        // on the post-edits, none lost on the MT on a word an editor changed.)
        // (Not English's plural of a noun German spells its own way, "Penguins", "Dolphins", "Ideas":
        // "Pinguin", "Delphin", "Idee"; nor its singular in -in, -ea, "Penguin", "Dolphin": on MLQE-PE
        // train one more warning on the MT, "Penguin", which the editor changed, none on the post-edits;
        // with every singular, 16 more on the post-edits, "Tiara", "Manga", "Aria", "Mango".)
        !(ctx.profile?.capitalizesNouns === true && latinateEnding(w.value) && ((LATINATE.test(w.value) && !spelledHere(w.value, 'singular')) || (w.value.endsWith('s') && LATINATE.test(w.value.slice(0, -1)) && !spelledHere(w.value, 'plural')))) &&
        // And one of the endings -ion, -ist, -ade, -meter, -plast, spelt as German may
        // ("Sedimentation", "Folklorist", "Balustrade", "Magnetometer"), or a metric unit ("Megajoule"). (On MLQE-PE train: 21 fewer findings on the post-edits; 4
        // lost on the MT that cover a word an editor changed, "Appellation" twice, "Annalist",
        // "Timpanist", all three German words too.)
        // (Not English's spelling of a German noun: "Lemonade", "Grenade", "Federation".)
        !(ctx.profile?.capitalizesNouns === true && sharedLoanEnding(w.value) && SHARED_LOAN.test(w.value) && !spelledHere(w.value, 'loan')) &&
        !(ctx.profile?.capitalizesNouns === true && metricUnit(w.value)) &&
        // A noun's -s plural or genitive the dictionary lacks ("Sheriffs", "Bases"): its stem is a
        // noun of the language.
        !(ctx.profile?.capitalizesNouns === true && isCapitalized(w.value) && w.value.endsWith('s') && own?.correct(w.value.slice(0, -1)) === true && !own.correct(w.value.slice(0, -1).toLowerCase())) &&
        // A capitalized word that English lists as a name too ("Mason", "Miller", "Callas") is
        // most often that name: on the MLQE-PE train split 10 % of such findings were words the
        // post-editor changed, against 29 % of the other capitalized ones.
        !(english !== undefined && isCapitalized(w.value) && english.isName(w.value)) &&
        // Where only names are capitalized (French, Spanish), a capitalized word inside a
        // sentence is a name ("le groupe Meta", "el presidente Trump"), whatever English makes of it.
        // (Unless the words are left over from a language that capitalizes nouns, and this one is
        // a compound of two of its nouns, which a name seldom is: "Pressekonferenz", "Haushaltsausschuss";
        // or a noun its dictionary lists as one, not as a name: "Wähler", "Gefängnis". Then a
        // sentence's first word counts on the same terms, or as a word the language writes in lower
        // case: "Merkel" opening a sentence is a name still.)
        !(
          ctx.profile?.capitalizesNouns === false &&
          isCapitalized(w.value) &&
          (fromProfile?.capitalizesNouns === true
            ? !(compoundOf(leftover, w.value) || leftover.isCommonNoun(w.value, fromProfile.nounFlags ?? '') || (opensSentence(k) && leftover.correct(w.value.toLowerCase())))
            : !opensSentence(k))
        ) &&
        !inEnglishQuotation(w) &&
        !quoted.some(([s, e]) => w.start >= s && w.end <= e) &&
        // In a phrase of a third language that the source has verbatim ("si sine liberis",
        // "Journal des savants", "Alma mater" for "alma mater"), see `inForeignPhrase`.
        !(source && inForeignPhrase(ctx, k)) &&
        // A word the source writes capitalized with an English plural's or genitive's s, or
        // without it: the name in a form of this language ("die Marauder" for "the Marauders",
        // "Cyborgs zunehmende Prominenz" for "Cyborg 's increased prominence").
        // (In the aligned paragraph, inside a sentence: a capital there is a name's, not a
        // sentence's. Asked last: it searches the paragraph.)
        !(source && fromProfile?.capitalizesNouns !== true && isCapitalized(w.value) && nameInSource(ctx, w.value.endsWith('s') ? w.value.slice(0, -1) : `${w.value}s`))
      );
    };

    // A word both languages know, in small letters and no small word of this one, joins the
    // English words beside it: "un vero game changer", "and create new jobs", "next week" are
    // one finding each (Italian knows "game", "create", "week"). Only between or beside words
    // that are English left over, within one sentence: it lengthens a finding, it makes none.
    const profile = ctx.profile;
    const bridge = (k: number): boolean => {
      const w = words[k];
      if (w === undefined || w.opaque || !w.alpha || w.value.length < 3 || !/^\p{Ll}+$/u.test(w.value) || !knownThere(w.value)) return false;
      const lower = w.value;
      return !(profile && (profile.functionWords.has(lower) || profile.articles?.has(lower) || profile.pronouns?.has(lower) || profile.subordinators.has(lower) || profile.possessives?.has(lower) || profile.prepositions?.has(lower)));
    };
    const joins = (a: number, b: number) => words[a].sentence === words[b].sentence && spaced(ctx, text, a, b);
    // A word of the leftover language that may stand inside a stretch of it, whatever its length
    // or case ("to", "The", "real"): not one of this language's small words, unless the leftover
    // language has it as one too ("a", "in").
    const fromSmall = (lower: string) => fromProfile !== undefined && (fromProfile.functionWords.has(lower) || fromProfile.pronouns?.has(lower) === true || fromProfile.articles?.has(lower) === true);
    const ownSmall = (lower: string) =>
      profile !== undefined && (profile.functionWords.has(lower) || profile.articles?.has(lower) === true || profile.pronouns?.has(lower) === true || profile.subordinators.has(lower) || profile.possessives?.has(lower) === true || profile.prepositions?.has(lower) === true);
    const ownAuxiliary = (k: number): boolean => profile?.finiteAuxiliaries?.has(words[k].value) === true;
    // A small word of the leftover language that is none of this one's, in any case ("the", "on", "The").
    const englishSmall = (k: number): boolean => {
      const w = words[k];
      if (w === undefined || w.opaque || !w.alpha) return false;
      const lower = w.value.toLowerCase();
      // (Or one that is a small word of it only where this language's dictionary lacks it: "no" in German, not in Spanish.)
      const small = fromSmall(lower) || (fromProfile?.smallWordsWhereUnknown?.has(lower) === true && own?.correct(lower) === false);
      return small && !ownSmall(lower) && (lower === w.value || opensSentence(k));
    };
    const leftoverWord = (k: number): boolean => {
      const w = words[k];
      return w !== undefined && !w.opaque && w.alpha && knownThere(w.value) && (!ownSmall(w.value.toLowerCase()) || fromSmall(w.value.toLowerCase()));
    };
    // Whether words a to b are written as a title: capitalized, or small words of the leftover language.
    const titleCase = (a: number, b: number): boolean => {
      for (let k = a; k <= b; k++) if (!isCapitalized(words[k].value) && !fromSmall(words[k].value)) return false;
      return true;
    };
    // Whether a word is of this language by its own inflection: a form with one of its noun
    // endings that its dictionary knows and the leftover language's does not (Spanish "sector",
    // "sectores"; English writes "sectors").
    const inflectsHere = (k: number): boolean => {
      const lower = words[k].value.toLowerCase();
      return (profile?.nounEndings ?? []).some((e) => /^\p{L}+$/u.test(e) && own?.correct(lower + e) === true && !knownThere(lower + e));
    };
    // A capitalized word that stands as a name stands, where the language capitalizes its nouns
    // and its nouns take an article: bare after a preposition that a singular noun follows with one
    // ("bei Sky", "von Apple"; "beim Sender"). Not a plural of the leftover language, nor its verbal
    // noun in -ing (its verb endings), which stand bare as a mass noun does ("mit Flags", "nach
    // Stalking"); nor before a complement that a common noun takes ("bei Release des Spiels").
    const bareNames = profile?.capitalizesNouns === true ? profile.bareNames : undefined;
    const pluralThere = (lower: string): boolean =>
      (fromProfile?.pluralEndings ?? []).some(([plural, singular]) => lower.length > plural.length + 2 && lower.endsWith(plural) && knownThere(lower.slice(0, lower.length - plural.length) + singular));
    // (A verbal noun's stem has a vowel: "Stalking", "Ranching"; not "Sting", "King".)
    const verbalNoun = (lower: string): boolean => {
      const ending = fromProfile?.verbEndings?.exec(lower);
      return ending !== null && ending !== undefined && /[aeiouy]/u.test(lower.slice(0, ending.index));
    };
    const nameShaped = (k: number): boolean => {
      const lower = words[k].value.toLowerCase();
      return !pluralThere(lower) && !verbalNoun(lower);
    };
    const withComplement = (k: number): boolean => bareNames !== undefined && k + 1 < words.length && joins(k, k + 1) && bareNames.complements.has(words[k + 1].value);
    const nameLike = (k: number): boolean =>
      bareNames !== undefined && k > 0 && joins(k - 1, k) && bareNames.prepositions.has(words[k - 1].value.toLowerCase()) && nameShaped(k) && !withComplement(k);
    // Without the source (which would tell a name it has verbatim): a capitalized word of one
    // capital, singular and no adjective's or adverb's shape of the leftover language, standing
    // where a common noun of this language would take an article: opening a sentence, or after a
    // word that is no article, determiner, preposition or inflected adjective ("Sting wehrte
    // seine Gegner ab", "Leutnant Board wurde", "und besiegt Gambit"). In German a
    // singular count noun seldom stands so; a name does. (A list's item, after a comma, tells
    // nothing: "Waschbär, Possum, Bär".) On MLQE-PE train without the source: untranslated
    // warnings on the post-edits 500 → 399, on the MT 109 fewer, 26 of them on words the editor
    // changed (the rule's other warnings there: about half).
    const standsAlone = (k: number): boolean => {
      const w = words[k].value;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || pluralThere(w.toLowerCase()) || /s$/u.test(w) || fromProfile?.modifierEndings?.test(w) === true || withComplement(k)) return false;
      if (opensSentence(k)) return true;
      if (!joins(k - 1, k)) return false;
      const before = words[k - 1].value;
      const lower = before.toLowerCase();
      if (determiner(k - 1) || profile?.prepositions?.has(lower) === true || profile?.functionWords.has(lower) === true || profile?.subordinators.has(lower) === true) return false;
      return !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(before) && !/\p{N}/u.test(before);
    };
    // A common noun: after an article or a possessive, with an adjective between or none ("das
    // Release", "seine Flags", "eine neue Release"; not as a compound's first part, "die
    // Sky-Zentrale"), or before a complement.
    const determiner = (k: number): boolean => {
      const lower = words[k].value.toLowerCase();
      return profile?.articles?.has(lower) === true || profile?.possessives?.has(lower) === true;
    };
    const commonNoun = (k: number): boolean => {
      if (withComplement(k)) return true;
      if (k === 0 || !joins(k - 1, k) || /^[-‐‑]/u.test(text.slice(words[k].end, words[k].end + 1))) return false;
      if (determiner(k - 1)) return true;
      return k > 1 && joins(k - 2, k - 1) && /^\p{Ll}/u.test(words[k - 1].value) && !ownSmall(words[k - 1].value) && determiner(k - 2);
    };
    // Whether the words left over from i to j are each one of the profile's `computingLoanwords`
    // (or two of them one phrase, "mailing list"), or the run as written is one ("file system").
    const computingRun = (i: number, j: number): boolean => {
      if (!profile?.computingLoanwords) return false;
      if (isComputingLoanword(profile, text.slice(words[i].start, words[j].end))) return true;
      for (let k = i; k <= j; k++) {
        if (!foreign(k) || isComputingLoanword(profile, words[k].value)) continue;
        if (k < j && isComputingLoanword(profile, text.slice(words[k].start, words[k + 1].end))) {
          k++;
          continue;
        }
        return false;
      }
      return true;
    };
    // (The last word of the previous finding's run: a run reaches back no further.)
    let previous = -1;
    for (let i = 0; i < words.length; i++) {
      if (!foreign(i)) continue;
      let j = i;
      let leftOver = 1;
      // (Where the run stood before its first join across words of the leftover language.)
      let beforeJoin: [number, number] | undefined;
      // (A run is a sentence or a clause at most: a text of one endless "sentence" of such words,
      // "Tick Tack " × 50,000, had been read to its end from each of its words.)
      for (; j - i < MAX_RUN; ) {
        if (j + 1 < words.length && joins(j, j + 1) && foreign(j + 1)) j++;
        // (At most two known words between two left over: "and create new jobs".)
        else if (j + 2 < words.length && joins(j, j + 1) && bridge(j + 1) && joins(j + 1, j + 2) && foreign(j + 2)) j += 2;
        else if (j + 3 < words.length && joins(j, j + 1) && bridge(j + 1) && joins(j + 1, j + 2) && bridge(j + 2) && joins(j + 2, j + 3) && foreign(j + 3)) j += 3;
        else {
          // Across any words of the leftover language, to the next word left over in the clause:
          // an English sentence left in the text is one finding ("The real estate sector has
          // announced legal steps", where Spanish knows "real", "estate", "sector" and "has").
          let k = j + 1;
          while (k < words.length && k - i <= MAX_RUN && joins(k - 1, k) && !foreign(k) && leftoverWord(k)) k++;
          if (k > j + 1 && k < words.length && joins(k - 1, k) && foreign(k)) {
            beforeJoin ??= [j, leftOver];
            j = k;
          } else break;
        }
        leftOver++;
      }
      // (Not into a title or a name, capitalized words and small ones: "World Encyclopedia of
      // Police Forces", "Department of Justice" stay as they were.)
      if (beforeJoin && titleCase(i, j)) [j, leftOver] = beforeJoin;
      // Two words left over or more: the stretch reaches the clause's ends over the words of the
      // leftover language there ("… ready to talk, ma …": "to", "talk"), where the clause is
      // written in them to its end (or from its start), so no word of this language is taken in.
      if (leftOver >= 2) {
        let k = j;
        while (k + 1 < words.length && k - i < MAX_RUN && joins(k, k + 1) && leftoverWord(k + 1)) k++;
        if (k > j && !(k + 1 < words.length && joins(k, k + 1)) && !titleCase(i, k)) j = k;
        k = i;
        while (k > previous + 1 && j - k < MAX_RUN && joins(k - 1, k) && leftoverWord(k - 1)) k--;
        if (k < i && !(k > 0 && joins(k - 1, k)) && !titleCase(k, j)) i = k;
      }
      // A run English by its small words, one of English's that is none of this language's ("the",
      // "on"; Dutch's dictionary knows "the" from "the best of"): it takes in the small words of
      // English beside it that are none of this language's ("is on the other"), and one it shares
      // that opens the clause ("In the long run"). (Dutch knows "on", "hand", "long" and "run":
      // "On the other hand is de regering …" had been found as "On the other".)
      // (Not in a name or a title, beside a capitalized word inside the sentence: "Dictionary of the
      // English Language" stays as it was.)
      const capitalBeside = (k: number) => words[k] !== undefined && (k < i ? joins(k, i) : joins(j, k)) && isCapitalized(words[k].value) && !opensSentence(k);
      // The nearest small word of English that is none of this language's, a few words from `from`
      // (`step` -1 before it, 1 after), over words English knows that are no small word of this
      // language alone, in small letters (but a sentence's first), none a finite verb of this one.
      const englishNear = (from: number, step: -1 | 1): number | undefined => {
        for (let k = from + step, n = 0; n < NEAR && k > previous && k < words.length && joins(Math.min(k, k - step), Math.max(k, k - step)); k += step, n++) {
          if (englishSmall(k)) return k;
          if (!leftoverWord(k) || ownAuxiliary(k) || (isCapitalized(words[k].value) && !opensSentence(k))) return undefined;
        }
        return undefined;
      };
      let english = false;
      if (fromProfile !== undefined && !capitalBeside(i - 1) && !capitalBeside(j + 1)) {
        for (let k = i; k <= j && !english; k++) english = englishSmall(k);
        // Or one a few words away, over words both languages have ("As a matter of fact", "in a
        // nutshell", "a piece of cake": Dutch knows "matter", "of", "piece" and "cake", and "fact"
        // alone had been found): the run reaches it.
        // (Where the run has one too, "of fact" in German, whose dictionary knows "matter", the
        // run reaches the next as well.)
        // (Not from a capitalized word inside the sentence, a title's: "From Here to Eternity".)
        let capitalized = false;
        for (let k = i; k <= j && !capitalized; k++) capitalized = isCapitalized(words[k].value) && !opensSentence(k);
        // (And from there to the next: German knows "matter", and "As a matter of fact" reaches "a"
        // from "of".)
        const before = capitalized ? undefined : englishNear(i, -1);
        const after = !capitalized && (english || before === undefined) ? englishNear(j, 1) : undefined;
        for (let k = before; k !== undefined; k = englishNear(i, -1)) i = k;
        for (let k = after; k !== undefined && j - i < MAX_RUN; k = englishNear(j, 1)) j = k;
        english ||= before !== undefined || after !== undefined;
        if (english) {
          while (i > previous + 1 && joins(i - 1, i) && englishSmall(i - 1)) i--;
          while (j + 1 < words.length && j - i < MAX_RUN && joins(j, j + 1) && englishSmall(j + 1)) j++;
          if (i > previous + 1 && joins(i - 1, i) && !(i > previous + 2 && joins(i - 2, i - 1)) && fromSmall(words[i - 1].value.toLowerCase())) i--;
          // And over a small word both have to a word of English that ends the clause ("a piece
          // of cake,"): where the clause goes on, the word may be this language's.
          if (j + 2 < words.length && joins(j, j + 1) && joins(j + 1, j + 2) && /^\p{Ll}+$/u.test(words[j + 1].value) && fromSmall(words[j + 1].value) && bridge(j + 2) && !ownAuxiliary(j + 2) && !(j + 3 < words.length && joins(j + 2, j + 3))) j += 2;
        }
      }
      // One known word at either end, in small letters as the words left over are ("game changer",
      // "next week"), but for a sentence's first capital; not one this language inflects its own
      // way ("del sector online"). Two, where the run is English by its small words ("the long
      // run", "the other hand"), up to a word English lacks.
      const lowerRun = words.slice(i, j + 1).every((w, n) => /^\p{Ll}/u.test(w.value) || (n === 0 && opensSentence(i)));
      // (Where the run is English by its small words, a word this language inflects its own way is
      // English still: Dutch has "hand", "handen", English "hands".)
      const ownNoun = (k: number) => !english && inflectsHere(k);
      // (Nor, at either end, a finite verb of this language's that English has too: the Dutch
      // "Dit was the best of both worlds" had been found as "was the best of both worlds". Inside
      // a run it may stand, "the car was stolen".)
      // (Nor, before a run English by its small words that opens with one, "het plan as a matter of
      // fact": the English phrase starts there, the word before it is this language's noun.)
      if (lowerRun && i > 0 && joins(i - 1, i) && bridge(i - 1) && !(i > 1 && joins(i - 2, i - 1) && bridge(i - 2)) && !ownNoun(i - 1) && !ownAuxiliary(i - 1) && !(english && englishSmall(i))) i--;
      if (lowerRun && j + 1 < words.length && joins(j, j + 1) && bridge(j + 1) && !ownNoun(j + 1) && !ownAuxiliary(j + 1)) {
        const twice = j + 2 < words.length && joins(j + 1, j + 2) && bridge(j + 2);
        if (!twice) j++;
        // (Not over a finite verb of this language that English has too, which goes on in it:
        // "the board had besloten", "the board" only.)
        else if (english) j += ownAuxiliary(j + 2) ? 1 : j + 3 < words.length && joins(j + 2, j + 3) && bridge(j + 3) ? 0 : 2;
      }
      // An idiom the run reaches into, whole ("out of the blue", where the run had been "the
      // blue"), and no word of this language beyond it that only a known word's join took in
      // ("In spite of tout": "tout" is French).
      for (let k = i; k <= j; k++) {
        const span = phraseAt[k] > 0 ? kept[phraseAt[k] - 1] : undefined;
        if (span === undefined || span.first <= previous) continue;
        i = Math.min(i, span.first);
        j = Math.max(j, span.last);
        k = span.last;
      }
      let phrase: PhraseSpan | undefined;
      for (let k = i; k <= j; k++) {
        if (phraseAt[k] === 0) continue;
        const span = kept[phraseAt[k] - 1];
        if (span.first === i && span.last === j) phrase = span;
        const trailing = (a: number, b: number) => words.slice(a, b + 1).every((_, n) => !foreign(a + n));
        if (span.last < j && trailing(span.last + 1, j)) j = span.last;
        if (span.first > i && trailing(i, span.first - 1)) i = span.first;
        if (span.first === i && span.last === j) phrase = span;
        k = span.last;
      }
      const run = words.slice(i, j + 1);
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const titleLike = run.length > 1 && run.every((w) => isCapitalized(w.value));
      // A capitalized word next to another capitalized word that does not open the sentence is
      // part of a name ("Henry Clay", "Präsident Hardy"): the dictionary may know the neighbour.
      // Across a name connector too ("Hall of Fame").
      // Where only names are capitalized, a sentence's first word counts too when the language's
      // dictionary lists it as a name ("Peter Drucker", "Charles Duell" opening a line), and so does
      // an initial before ("J. Kegler").
      const onlyNames = profile?.capitalizesNouns === false;
      const neighbourName = (k: number): boolean =>
        words[k] !== undefined &&
        (k < i ? spaced(ctx, text, k, i) : spaced(ctx, text, j, k)) &&
        (onlyNames && k === i - 1 && /^\p{Lu}\.$/u.test(words[k].value)
          ? true
          : isCapitalized(words[k].value)
            ? !isKnownToken(ctx, words[k]) || !opensSentence(k) || (onlyNames && own?.isName(words[k].value) === true)
            : connectsName(ctx, k));
      // A run of name connectors and capitalized words between names ("… Post and The Wall
      // Street Journal", "… Society for the Arts"): the joints of a list of titles.
      const nameParts = isCapitalized(run[run.length - 1].value) && run.every((w) => isCapitalized(w.value) || NAME_CONNECTORS.has(w.value));
      // A connector alone between two capitalized words, one of which the language does not
      // know, is the joint of a name ("Fridays for Future"), not English left over ("das Update
      // for Kunden").
      const capital = (k: number) => words[k] !== undefined && isCapitalized(words[k].value);
      const joint =
        run.length === 1 &&
        NAME_CONNECTORS.has(run[0].value) &&
        // ("the" is English as often; so is "and" where English goes on after the name: "Oxfordshire
        // and Buckinghamshire Light Infantry" left untranslated, while "Marks and Spencer" is a name.)
        run[0].value !== 'the' &&
        // (Where nouns are capitalized, a following word the language knows is no English: "Marks
        // and Spencer Kleidung".)
        (run[0].value !== 'and' ||
          !(words[j + 2] !== undefined && spaced(ctx, text, j + 1, j + 2) && isCapitalized(words[j + 2].value) && !(ctx.profile?.capitalizesNouns === true && isKnownToken(ctx, words[j + 2])))) &&
        i > 0 &&
        spaced(ctx, text, i - 1, i) &&
        spaced(ctx, text, j, j + 1) &&
        capital(i - 1) &&
        capital(j + 1) &&
        (!isKnownToken(ctx, words[i - 1]) || !isKnownToken(ctx, words[j + 1]));
      const inName = joint || ((run.length === 1 ? isCapitalized(run[0].value) : nameParts) && (neighbourName(i - 1) || neighbourName(j + 1)));
      const single = run.length === 1 && isCapitalized(run[0].value);
      // (A name for the whole document only beside a word the language does not know, a given
      // name, "Elon Musk": beside a noun, "Am Montag Flags gehisst", it had silenced every "Flags".)
      const unknownBeside = (k: number) =>
        words[k] !== undefined && (k < i ? spaced(ctx, text, k, i) : spaced(ctx, text, j, k)) && isCapitalized(words[k].value) && !isKnownToken(ctx, words[k]);
      // (Where only names are capitalized and the words are left over from a language that
      // capitalizes its nouns, beside any capitalized word: "Thomas Müller", whose first name
      // English knows, makes "Müller said" a name, though German lists "Müller" as a noun.)
      const besideName = (k: number) =>
        unknownBeside(k) ||
        (profile?.capitalizesNouns === false &&
          fromProfile?.capitalizesNouns === true &&
          words[k] !== undefined &&
          (k < i ? spaced(ctx, text, k, i) : spaced(ctx, text, j, k)) &&
          isCapitalized(words[k].value) &&
          !opensSentence(k));
      // (And after a noun that a name follows as its apposition, "der Bezahlsender Sky": "bei Sky"
      // and "Sky zeigt" elsewhere are that name. Not a plural: "das Pop-Netzwerk Reruns ausstrahlt";
      // but a publication's title may be one: "die Zeitung Times", and so "Die Times berichtete".)
      const kindBefore =
        bareNames !== undefined &&
        i > 0 &&
        joins(i - 1, i) &&
        isCapitalized(words[i - 1].value) &&
        ((bareNames.kinds.some((kind) => words[i - 1].value.toLowerCase().endsWith(kind)) && nameShaped(i)) ||
          bareNames.titleKinds?.some((kind) => words[i - 1].value.toLowerCase().endsWith(kind)) === true);
      if (single && ((inName && (besideName(i - 1) || besideName(j + 1))) || kindBefore)) state(ctx.doc, NAMES, () => new Set<string>()).add(run[0].value);
      // "the" inside a title the source writes so ("das Teach the Children Festival", "Inherit the Wind").
      const sourceTitle =
        source !== undefined && run.length === 1 && run[0].value === 'the' && i > 0 && j + 1 < words.length && isCapitalized(words[i - 1].value) && isCapitalized(words[j + 1].value) &&
        sourceParagraph(ctx)?.includes(text.slice(words[i - 1].start, words[j + 1].end)) === true;
      // A name connector in a title that follows a noun naming a work ("Il brano We Are the
      // Champions", "la serie The Walking Dead"): capitalized words from the noun to it, and after it.
      const workTitle = (): boolean => {
        if (!run.every((w) => NAME_CONNECTORS.has(w.value)) || !capital(j + 1) || !spaced(ctx, text, j, j + 1)) return false;
        let k = i - 1;
        while (k >= 0 && spaced(ctx, text, k, k + 1) && (isCapitalized(words[k].value) || NAME_CONNECTORS.has(words[k].value))) k--;
        return k >= 0 && k < i - 1 && capital(k + 1) && spaced(ctx, text, k, k + 1) && profile?.workNouns?.has(words[k].value.toLowerCase()) === true;
      };
      // A loanword in the singular after a plural determiner, where the language keeps its
      // loanwords invariable ("altri kernel", "sulle mailing list"; the profile's
      // `invariablePluralAfter`): written as the language writes them, information (claimed, so
      // that the spelling check does not report its words). Not an English plural ("i flags").
      const invariable =
        profile?.invariablePluralAfter !== undefined &&
        lowerRun &&
        i > 0 &&
        joins(i - 1, i) &&
        profile.invariablePluralAfter.has(words[i - 1].value.toLowerCase()) &&
        !pluralThere(run[run.length - 1].value.toLowerCase());
      // A computing term the language's technical prose writes in English ("il kernel", "el
      // hardware", "la shell"), or a run of such terms and this language's words (the profile's
      // `computingLoanwords`): a loanword as likely as a word left over, information. A run with
      // another English word ("the kernel") is found as before.
      const computing = lowerRun && !titleLike && computingRun(i, j);
      // A word the document writes in a path or an option too ("apt" of "/etc/apt/sources.list"):
      // a command's or a file's name whose markup plain text has lost, or a word left over:
      // information. (Each word of the run left over so, where only names are capitalized.)
      const named = !computing && lowerRun && !titleLike && countsTerms(ctx) && words.slice(i, j + 1).every((w, n) => !foreign(i + n) || writtenInCode(ctx, w.value));
      if (phrase?.loan !== undefined && !ctx.isClaimed(start, end)) {
        // A phrase this language writes as its own (the profile's `loanPhrases`): information, with its spelling.
        ctx.claim(start, end);
        const as = text.slice(start, end);
        const spelled = /^\p{Lu}/u.test(as) && !/^\p{Lu}/u.test(phrase.loan) ? as[0] + phrase.loan.slice(1) : phrase.loan;
        ctx.report({
          start,
          end,
          message: `\`${as}\`: ${fromProfile?.name ?? 'English'} that ${profile?.name ?? 'the language'} writes as its own${spelled === as ? '' : `, \`${spelled}\``}: kept, or translated?`,
          expected: spelled === as ? [] : [spelled],
          severity: 'info',
          quoteLanguages: [from, ctx.language],
        });
      } else if (invariable && !titleLike && !ctx.isClaimed(start, end)) {
        ctx.claim(start, end);
        ctx.report({ start, end, message: `\`${text.slice(start, end)}\` after \`${words[i - 1].value}\`: a loanword, invariable as ${profile?.name ?? 'the language'} writes them, or English left untranslated?`, severity: 'info', quoteLanguages: [from, ctx.language] });
      } else if (computing && !ctx.isClaimed(start, end)) {
        ctx.claim(start, end);
        ctx.report({ start, end, message: `\`${text.slice(start, end)}\`: a computing term ${profile?.name ?? 'the language'} writes in English, or English left untranslated?`, severity: 'info', quoteLanguages: quoting });
      } else if (named && !ctx.isClaimed(start, end)) {
        ctx.claim(start, end);
        ctx.report({ start, end, message: `\`${text.slice(start, end)}\`: the document writes it in a path or an option too; a command's or a file's name, or English left untranslated?`, severity: 'info', quoteLanguages: quoting });
      } else if (!titleLike && !inName && !sourceTitle && !workTitle() && !ctx.isClaimed(start, end) && !(source && carriedOver(ctx, i, j))) {
        ctx.claim(start, end);
        const message = `\`${text.slice(start, end)}\` looks like ${fromProfile?.name ?? 'English'} left untranslated`;
        // A capitalized word alone may be a name the document writes in full elsewhere
        // ("Musk sagte …" after "Elon Musk"): its finding waits for the document's end.
        if (single) {
          const common = bareNames !== undefined && commonNoun(i);
          if (common) state(ctx.doc, WITH_ARTICLE, () => new Set<string>()).add(run[0].value);
          const asName =
            bareNames !== undefined && !common && nameShaped(i)
              ? { message: `\`${run[0].value}\` stands without an article, as a name does: a name, or ${fromProfile?.name ?? 'English'} left untranslated?`, bare: nameLike(i) }
              : undefined;
          state(ctx.doc, PENDING, (): Pending[] => []).push({
            word: run[0].value,
            start: toSource(ctx.block, start),
            end: toSource(ctx.block, end, true),
            message,
            quoteLanguages: quoting,
            asName,
            alone: source === undefined && asName !== undefined && standsAlone(i) ? true : undefined,
            onlyNames: onlyNames || undefined,
            joined: source && joinedHere(run[0].value)
              ? `\`${run[0].value}\` joins with a hyphen what the source writes as words, as a compound of this language is written: a loanword, or ${fromProfile?.name ?? 'English'} left untranslated?`
              : undefined,
            // (Not a plural: a team takes an article, "die Buccaneers", "die Padres".)
            common: common && !pluralThere(run[0].value.toLowerCase()) ? `\`${run[0].value}\` stands after an article, though the document writes it as a name elsewhere: the name, or ${fromProfile?.name ?? 'English'} left untranslated?` : undefined,
          });
        } else ctx.report({ start, end, message, quoteLanguages: quoting });
      }
      previous = j;
      i = j;
    }
    namesInside(ctx, foreign);
  },
  {
    finish,
    // The paragraph's dictionary's nouns and English's names (the leftover language without a
    // source), which the check reads on first use in nearly every article.
    prepare(language, resources) {
      resources.speller(language)?.prepareNouns(resources.profile(language)?.nounFlags);
      if (language !== SOURCE_LANGUAGE) resources.speller(SOURCE_LANGUAGE)?.prepareNames();
    },
  },
);

/** After the document's blocks: the findings held back until the document's names were known. */
function finish(ctx: FinishContext): void {
  const names = ctx.doc.state.get(NAMES) as Set<string> | undefined;
  const pending = (ctx.doc.state.get(PENDING) as Pending[] | undefined) ?? [];
  const withArticle = ctx.doc.state.get(WITH_ARTICLE) as Set<string> | undefined;
  // Words the document writes as a name stands ("bei Sky") and never after an article: each of
  // their findings without an article is information, opening a sentence too ("Sky zeigt die
  // Serie", "wie Sky mitteilte").
  const asNames = new Set(pending.filter((p) => p.asName?.bare === true && !withArticle?.has(p.word)).map((p) => p.word));
  const inside = ctx.doc.state.get(INSIDE) as Set<string> | undefined;
  for (const p of pending) {
    // (A name's word after an article may be the common noun, "der Sky über Berlin" after "der
    // Bezahlsender Sky", or the name that takes one, "die Shell" after "der Ölkonzern Shell":
    // information.)
    if (names?.has(p.word) && p.common) {
      ctx.report({ start: p.start, end: p.end, message: p.common, severity: 'info', quoteLanguages: p.quoteLanguages });
      continue;
    }
    if (names?.has(p.word) || (p.onlyNames && inside?.has(p.word))) continue;
    const { quoteLanguages } = p;
    if (p.asName && (asNames.has(p.word) || (p.alone && !withArticle?.has(p.word)))) ctx.report({ start: p.start, end: p.end, message: p.asName.message, severity: 'info', quoteLanguages });
    else if (p.joined) ctx.report({ start: p.start, end: p.end, message: p.joined, severity: 'info', quoteLanguages });
    else ctx.report({ start: p.start, end: p.end, message: p.message, quoteLanguages });
  }
}

/**
 * Whether the aligned source paragraph has `word` as a whole word inside a sentence, after a word
 * or a comma, not at the paragraph's start or after a sentence's end or a quotation mark. (Asked
 * only of a word about to be found: a look through one paragraph.)
 */
function nameInSource(ctx: RuleContext, word: string): boolean {
  const paragraph = sourceParagraph(ctx);
  if (paragraph === undefined) return false;
  for (let at = paragraph.indexOf(word); at >= 0; at = paragraph.indexOf(word, at + 1)) {
    const after = paragraph.charAt(at + word.length);
    if (at === 0 || /[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}'’-]/u.test(paragraph.charAt(at - 1))) continue;
    if (/[\p{L}\p{N},;)]\s+$/u.test(paragraph.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

/** The most words one finding of words left over takes in (an English sentence left in the text is shorter). */
const MAX_RUN = 80;

function state<T>(doc: { state: Map<string, unknown> }, key: string, init: () => T): T {
  let value = doc.state.get(key) as T | undefined;
  if (value === undefined) doc.state.set(key, (value = init()));
  return value;
}

/**
 * Where only names are capitalized, a capitalized word inside a sentence that is no word left
 * over (`foreign`) is a name ("La série commence chez Sky"): so it is where it opens a sentence
 * ("Sky diffusera la série"), where the capital tells nothing. Kept for the document's end.
 */
function namesInside(ctx: RuleContext, foreign: (k: number) => boolean): void {
  if (ctx.profile?.capitalizesNouns !== false) return;
  const { words, sentences } = ctx;
  for (let k = 0; k < words.length; k++) {
    if (isCapitalized(words[k].value) && sentences[words[k].sentence].firstWord !== k && words[k].alpha && !foreign(k)) state(ctx.doc, INSIDE, () => new Set<string>()).add(words[k].value);
  }
}

/** Ranges of short quotations (up to six words: titles, names), which may stay in the original language. */
/** A mark a quotation of `quotedRanges` opens with. */
const QUOTATION_OPENER = /[„“”"«‹»›‚‘]/u;
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (Most blocks have no mark a quotation opens with: no expression is made and run for them.)
  if (!QUOTATION_OPENER.test(text)) return out;
  for (const m of text.matchAll(/[„“”"«‹»›‚‘][^„“”"«»‹›\n]{0,80}[“”"»«›‹‘’]/gu)) {
    if (m[0].split(/\s+/).length <= 6) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
/** How many words from a run its English small word may stand (`englishNear`): "As a matter of fact", three from "fact". */
const NEAR = 3;
