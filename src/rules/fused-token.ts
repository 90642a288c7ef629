/**
 * Fused tokens: two words written together by the translation ("IPVMSwie",
 * "dieHauptaufgabe"). An unknown word is split at a change of case, or where one
 * side is a function word, and the split is proposed when both sides are known words
 * or glossary terms (a stray possessive "S" after an acronym is dropped), or an acronym
 * runs into a function word or auxiliary ("BSWwaren"). Not split: an acronym before another
 * word ("RTLzwei", "ZDFneo": brands), and, where nouns are capitalized, a capitalized
 * function word before a lower-case word ("Odermatt", "Weilheim": names).
 *
 * @example
 *   in:  "zuerst erhalten durch IPVMSwie Richard"
 *   suggestion: "IPVM wie"
 */
import { defineRule, type RuleContext } from '../core/rule.js';

import { WORD_HYPHENS, elided, isCapitalized, longestWord } from '../core/segment.js';
import { isKnownToken, isKnownWord, lineBreakHyphenation } from './spelling.js';
import { sourceView } from '../core/source.js';
import { SUPPORTED_LANGUAGES } from '../languages/index.js';

export default defineRule(
  {
    id: 'fused-token',
    description: 'Two words fused into one ("IPVMSwie").',
    category: 'spelling',
    severity: 'warning',
    // (Every language with a profile: it reads the profile's function words and auxiliaries.)
    languages: SUPPORTED_LANGUAGES,
    fix: 'review',
    examples: {
      flag: [
        // Italian: a preposition run into an article, an articulated preposition into a noun, an acronym into an auxiliary.
        { lang: 'it', text: 'Ha parlato conla stampa ieri sera.', output: 'Ha parlato con la stampa ieri sera.' },
        { lang: 'it', text: 'Il testo dellariforma è pronto.', output: 'Il testo della riforma è pronto.' },
        { lang: 'it', text: 'La NATOha annunciato nuove misure.', output: 'La NATO ha annunciato nuove misure.' },
        { lang: 'fr', text: 'Il est monté surla table.', output: 'Il est monté sur la table.' },
        { lang: 'de', text: 'Die Aufzeichnungen, zuerst erhalten durch IPVMSwie Prosper.', output: 'Die Aufzeichnungen, zuerst erhalten durch IPVM wie Prosper.' },
        { lang: 'de', text: 'Das war dieHauptaufgabe des Ermittlers.', output: 'Das war die Hauptaufgabe des Ermittlers.' },
        { lang: 'en', text: 'He said thatthe company knew.', output: 'He said that the company knew.' },
        { lang: 'de', text: 'Die Gefangeneund ihre Wärter.', output: 'Die Gefangene und ihre Wärter.' },
        { lang: 'de', text: 'Er sagte, dassdie Firma es wusste.', output: 'Er sagte, dass die Firma es wusste.' },
        // A noun or a name run into an article is still found.
        { lang: 'de', text: 'Das sagte der Kanzlerdie Woche zuvor.', output: 'Das sagte der Kanzler die Woche zuvor.' },
        // A preposition run into an article, a conjunction or "nicht" into a verb.
        { lang: 'de', text: 'Er stand zwischenden Bäumen im Garten.', output: 'Er stand zwischen den Bäumen im Garten.' },
        { lang: 'de', text: 'Er kam undsagte nichts.', output: 'Er kam und sagte nichts.' },
        { lang: 'de', text: 'Er hat nichtgewusst, wie es geht.', output: 'Er hat nicht gewusst, wie es geht.' },
        // An acronym the dictionary does not know, before a function word or an auxiliary.
        { lang: 'de', text: 'Die Abgeordneten des BSWwaren dagegen.', output: 'Die Abgeordneten des BSW waren dagegen.' },
        { lang: 'de', text: 'Die Abgeordneten der CDUund der SPD waren dafür.', output: 'Die Abgeordneten der CDU und der SPD waren dafür.' },
        // Other languages' auxiliaries.
        { lang: 'en', text: 'NATOhas announced new measures on Monday.', output: 'NATO has announced new measures on Monday.' },
        { lang: 'es', text: 'La OTANha anunciado nuevas medidas.', output: 'La OTAN ha anunciado nuevas medidas.' },
        { lang: 'es', text: 'Hay que leer paralos datos.', output: 'Hay que leer para los datos.' },
        // An article at a sentence's start, run into the next word.
        { lang: 'de', text: 'Derneue Präsident kam am Montag.', output: 'Der neue Präsident kam am Montag.' },
        // (Next to a word hyphenated at a line's end, as a man page has it.)
        { lang: 'de', text: 'Die Daten gehen auf die Standardaus\u2010\ngabe, sagte er, dassdie Firma es wusste.', output: 'Die Daten gehen auf die Standardaus\u2010\ngabe, sagte er, dass die Firma es wusste.' },
      ],
      pass: [
        // A noun German has that its dictionary lacks (wordlists/accept-de.txt): no "Makropo den".
        { lang: 'de', text: 'Dazu gehören die Makropoden und die Springhasen.' },
        // Italian elisions with the typographic apostrophe (dictionary-it lists them with the straight one).
        { lang: 'it', text: 'Le telecamere dell’azienda e l’incontro di ieri.' },
        // A preposition that is a prefix too: "contro|esodo" is one word the dictionary lacks.
        { lang: 'it', text: 'Il controesodo di agosto è cominciato.' },
        { lang: 'de', text: 'Die Videoüberwachungsgeräte von Hikvision.' },
        { lang: 'de', text: 'Norman Osborn schimpft über die Cardinals.' },
        { lang: 'de', text: 'Auf der Bühne standen Rammstein, dann sprach Estée Lauder mit Einstein.' },
        { lang: 'de', text: 'Er wurde von ihm ausgetrickst.' },
        { lang: 'de', text: 'In drei aufeinanderfolgenden Jahren stieg der Umsatz der Aufsichtsführenden.' },
        { lang: 'de', text: 'In außertropischen Regionen leben die Nichtgläubigen.' },
        { lang: 'de', text: 'Der Packers-Punter kam zurück.' },
        // Words hyphenated at a line's end with the hyphen (U+2010) or the soft hyphen, as man pages and print have them.
        { lang: 'de', text: 'Die Daten gehen auf die Standardaus\u2010\ngabe, die Standardfehleraus\u00AD\ngabe bleibt leer, wie wir ermit\u2010\nteln konnten.' },
        { lang: 'en', text: 'He won at WrestleMania and on SmackDown.' },
        { lang: 'en', text: 'Josef Theodor Erb signed an overbroad warrant.' },
        { lang: 'de', text: 'Das iPhone und die McDonalds-Filiale.' },
        { lang: 'en', text: 'Apple updated macOS, iPadOS and watchOS.' },
        // Names that begin with a function word; a broadcaster's channels.
        { lang: 'de', text: 'Marco Odermatt gewann vor dem Weilheimer Team, in Weilheim jubelten sie.' },
        { lang: 'de', text: 'RTLzwei und ZDFneo zeigen den Film, ARDalpha nicht.' },
        { lang: 'fr', text: 'Le surtourisme et la surinflation inquiètent.' },
        { lang: 'es', text: 'El sobrecoste de la entreguerra.' },
        // (A pronoun joined onto an infinitive: one word, "descodificar|los" of `enclitics`.)
        { lang: 'es', text: 'Al descodificarlos, los datos pueden incluir saltos de línea.' },
        { lang: 'fr', text: 'Les modèles d’OpenAI et d’AstraZeneca.' },
      ],
    },
  },
  (ctx) => {
    const english = ctx.language === 'en' ? undefined : ctx.doc.resources.speller('en');
    const source = sourceView(ctx.doc);
    // The halves of a word hyphenated at a line's end ("ermit‐⏎teln"), read as spelling reads them.
    const broken = lineBreakHyphenation(ctx);
    for (let k = 0; k < ctx.words.length; k++) {
      const w = ctx.words[k];
      // (Not inside a hyphenated compound: "Packers-Punter" is no "Packers-P unter".)
      if (w.opaque || !w.alpha || w.value.length < 4 || w.value.length > 40 || w.value.includes('-')) continue;
      // Nor a compound's first part before the hyphen (U+2010) or the soft hyphen, which are no
      // part of the word as hyphen-minus is ("Standardaus‐⏎gabe" copied from a man page or print,
      // no "Standard aus"), nor a half of a broken word.
      if (WORD_HYPHENS.has(ctx.text.charCodeAt(w.end)) || broken?.has(k)) continue;
      if (ctx.isClaimed(w.start, w.end) || isKnownToken(ctx, w)) continue;
      // A capitalized word English knows is a name or an English word, not two fused ones
      // ("Cardinals"). (Asked in lower case, as the untranslated check asks: the spelling
      // worker computes those verdicts ahead.)
      if (english && isCapitalized(w.value) && english.correct(w.value.toLowerCase())) continue;
      // A word the source has as it is ("Jason Marsden", no "Mars den") was carried over, not run together.
      if (source?.words.has(w.value)) continue;
      // After an elided article ("d’OpenAI"), the word itself is what may be fused.
      const { core, offset } = elided(w.value, ctx.profile?.elision);
      if (offset > 0 && (core.length < 4 || (english && isCapitalized(core) && english.correct(core.toLowerCase())))) continue;
      const fused = splitFused(ctx, core, ctx.sentences[w.sentence]?.firstWord === k && offset === 0);
      if (!fused) continue;
      const split = w.value.slice(0, offset) + fused;
      ctx.claim(w.start, w.end);
      ctx.report({
        start: w.start,
        end: w.end,
        message: `Unexpected \`${w.value}\`, expected \`${split}\`: two words fused into one`,
        expected: [split],
      });
    }
  },
);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Function words that begin compound adjectives and nouns where nouns are capitalized ("außertropisch", "Nichtgläubige", "überregional"). */
const COMPOUND_STARTS: ReadonlySet<string> = new Set(['außer', 'nicht', 'über', 'unter', 'inner', 'wider', 'gegen']);

function splitFused(ctx: RuleContext, value: string, opensSentence = false): string | undefined {
  const functionWords = ctx.profile?.functionWords ?? new Set<string>();
  const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
  const known = (part: string) => part.length > 1 && isKnownWord(ctx, part);
  const speller = ctx.doc.resources.speller(ctx.language);
  const lowerKnown = (part: string) => speller?.correct(part.toLowerCase()) ?? false;
  const candidates: Array<[string, string]> = [];
  const longest = longestWord(functionWords);
  // Letter case per position, once (the same tests as /\p{Lu}/u and /\p{Ll}/u on each letter;
  // an ASCII letter without them).
  const upper: boolean[] = [];
  const lower: boolean[] = [];
  let latin1 = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) latin1 = false;
    if (c < 128) {
      upper.push(c >= 65 && c <= 90);
      lower.push(c >= 97 && c <= 122);
    } else {
      const ch = value[i];
      upper.push(UPPER.test(ch));
      lower.push(LOWER.test(ch));
    }
  }
  // A word written in CamelCase is a brand or a name ("WrestleMania", "SmackDown"), not two
  // fused words; a fused word that starts with a capital and is split at a function word is a
  // name too where nouns are not capitalized ("Theodor" is no "The odor").
  const camel = upper[0];
  const nameLike = upper[0] && !(ctx.profile?.capitalizesNouns ?? false);
  // A part in lower case: a slice of the word's lower case where each letter's lower case is one
  // letter, whatever its neighbours (Latin-1; not "İ", nor a final "Σ"). (On the benchmark the
  // tests at the split points, two strings each, were half of this function's time.)
  const lowered = latin1 ? value.toLowerCase() : undefined;
  const lowerPart = (from: number, to?: number) => (lowered !== undefined ? lowered.slice(from, to) : value.slice(from, to).toLowerCase());
  for (let i = 1; i < value.length; i++) {
    // (A lower-case start then a capital is a product name, "macOS", "iPadOS", "eBay", unless
    // what comes first is a function word: "derFirma".)
    const caseChange = lower[i - 1] && upper[i] && !camel && functionWords.has(lowerPart(0, i));
    const capsToLower = upper[i - 1] && lower[i] && i > 1 && upper[i - 2];
    // A function word is short: only a short side can be one. One of one or two letters is too
    // often the end of a word ("Norm|an"), and a lower-case word does not split after a
    // separable verb prefix ("aus|getrickst") unless a function word follows ("dass|die").
    const leftWord = i <= longest && i >= 3 && functionWords.has(lowerPart(0, i));
    const rightWord = value.length - i <= longest && value.length - i >= 3 && functionWords.has(lowerPart(i));
    const prefix = leftWord && !upper[0] && (ctx.profile?.separablePrefixes?.has(lowerPart(0, i)) ?? false);
    // A preposition run into an article ("surla", "dansle", "sobrela"): articles may be two letters.
    const articleRight = leftWord && value.length - i >= 2 && (ctx.profile?.articles?.has(lowerPart(i)) ?? false);
    // A capitalized word that ends like an article is mostly a name ("Rammstein", "Lauder",
    // "Einstein"), not a word run into the article after it.
    // (Only where the part before is a word written in lower case, "lau", "rammst", "einst": a
    // noun or a name before the article, "Kanzlerdie", "Merkelder", is two words run together.)
    const nameEnding = upper[0] && rightWord && !leftWord && (ctx.profile?.articles?.has(lowerPart(i)) ?? false) && lowerKnown(value.slice(0, i));
    // Where nouns are capitalized (German), a function word before a lower-case word is a
    // compound adjective or adverb ("außer|tropischen", "Nicht|gläubigen"), not two words run
    // together; and a verb's "-en" before "den", "der", "des", "dem" is a present participle
    // ("aufeinanderfolgen|den", "Aufsichtsführen|den").
    // (Only after the words that begin such compounds, "außer", "nicht", "über", "unter", and not
    // before a past participle, "nicht|gewusst"; not a preposition ending in -en, "zwischen|den".)
    const compound = (ctx.profile?.capitalizesNouns ?? false) && leftWord && !rightWord && !articleRight && lower[i] && COMPOUND_STARTS.has(lowerPart(0, i)) && !/^ge\p{L}+t$/u.test(value.slice(i));
    const participle = (ctx.profile?.capitalizesNouns ?? false) && rightWord && /en$/u.test(value.slice(0, i)) && !functionWords.has(lowerPart(0, i)) && /^de[nmrs]$/iu.test(value.slice(i));
    const functionSide = !nameLike && !compound && !participle && ((leftWord && (!prefix || rightWord || articleRight)) || (rightWord && !nameEnding));
    if (!caseChange && !capsToLower && !functionSide) continue;
    candidates.push([value.slice(0, i), value.slice(i)]);
  }
  // Where nouns are capitalized, a capitalized function word before a word in lower case is a
  // name's start ("Oder|matt", "Weil|heim"), not two words run together.
  const capitalStart = upper[0] && (ctx.profile?.capitalizesNouns ?? false);
  const auxiliaries = ctx.profile?.finiteAuxiliaries;
  const joins = (part: string) => functionWords.has(part) || (auxiliaries?.has(part) ?? false);
  // The articles a sentence may begin with run into the next word ("Derneue"; not "Ein|hart", "Den|hart": names).
  const openingArticles = ctx.profile?.openingArticles;
  for (const [left, right] of candidates) {
    // "IPVMS" + "wie": an acronym from the glossary with a stray possessive S.
    if (/^\p{Lu}+S$/u.test(left) && terms.has(left.slice(0, -1)) && known(right)) return `${left.slice(0, -1)} ${right}`;
    // (At a sentence's start an article is capitalized anyway: "Derneue Präsident" is two words.)
    if (capitalStart && functionWords.has(left.toLowerCase()) && !joins(right.toLowerCase()) && !(opensSentence && (openingArticles?.has(left.toLowerCase()) ?? false))) continue;
    // An acronym then a word in lower case: a brand ("RTLzwei", "ZDFneo") unless the word is one
    // that joins a sentence, a function word or an auxiliary ("BSWwaren", "CDUund"): two words
    // then, the acronym known or not.
    const acronym = /^\p{Lu}{2,6}$/u.test(left) && /^\p{Ll}/u.test(right);
    if (acronym) {
      if (joins(right)) return `${left} ${right}`;
      continue;
    }
    if (known(left) && known(right)) return `${left} ${right}`;
  }
  return undefined;
}
