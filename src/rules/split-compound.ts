/**
 * Split compounds: a language that writes a compound noun as one word ("Datenschutz",
 * "Süßwassersümpfe") gets it from machine translation as two ("Daten Schutz", "Süßwasser
 * Sümpfe"). Flags two capitalized nouns side by side whose compound the dictionary knows,
 * for review, with the compound as the suggestion. Only for a profile with `closedCompounds`
 * (German).
 *
 * Left alone, as two words of their own: a word the dictionary also knows in lower case (an
 * adjective or verb at a sentence start: "Neue Daten"), a word English knows (names of
 * teams, titles and bodies: "Film Festival", "Service Regiment"), a genitive ("Gottes Sohn",
 * "Staaten Europas"), the profile's `closedCompounds` lists (quantities, measures and times,
 * "Millionen Dollar", "ein Stück Brot"; nouns a name follows, "Stadt Köln", "Bürgermeister
 * Müller"; dates, "Anfang Mai"), two nouns after a number, a subordinator or an auxiliary
 * ("drei Minuten Nachspielzeit", "weil Experten Risiken sahen"), runs of three nouns or more
 * (lists, names), glossary terms and a word twice. Places after a noun are in the list
 * (countries, states, large cities: "Polizei Bayern", "am Freitag Frankreich"), and so are the
 * adjectives of places ("Schweizer Franken"); a place the list lacks is a noun to the
 * dictionary too, and flagged.
 *
 * @example
 *   in:  "Die Süßwasser Sümpfe trocknen aus."
 *   suggestion: "Süßwassersümpfe"
 */
import { defineRule } from '../core/rule.js';
import type { Speller } from '../spell/hunspell.js';
import { isCapitalized, spaced } from '../core/segment.js';

/** A noun as the check reads it: capitalized, then lower-case letters only ("Daten", not "USA" or "E-Mail"). */
const NOUN_SHAPE = /^\p{Lu}\p{Ll}{2,}$/u;

export default defineRule(
  {
    id: 'split-compound',
    description: 'A compound noun written as two words where the language writes it as one ("Daten Schutz").',
    category: 'spelling',
    severity: 'warning',
    languages: ['de'],
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Die Süßwasser Sümpfe trocknen im Sommer aus.', output: 'Die Süßwassersümpfe trocknen im Sommer aus.' },
        { lang: 'de', text: 'Das Subjekt Pronomen steht am Anfang.', output: 'Das Subjektpronomen steht am Anfang.' },
        { lang: 'de', text: 'Der Staat baute neue Straßenbahn Linien.', output: 'Der Staat baute neue Straßenbahnlinien.' },
        { lang: 'de-CH', text: 'Die Süsswasser Sümpfe trocknen im Sommer aus.', output: 'Die Süsswassersümpfe trocknen im Sommer aus.' },
      ],
      pass: [
        { lang: 'de', text: 'Termine:\nKlausur        Mittwoch\nPressekonferenz  Freitag' },
        { lang: 'de', text: 'Die Süßwassersümpfe trocknen im Sommer aus.' },
        { lang: 'de', text: 'Er ist Gottes Sohn, sagen die Staaten Europas.' },
        { lang: 'de', text: 'Das kostete Millionen Dollar, zum Beispiel Rosen, und ein Stück Brot.' },
        { lang: 'de', text: 'Sie flogen in 500 Fuß Höhe, mit drei Minuten Verspätung und zwei Wochen Urlaub.' },
        { lang: 'de', text: 'In der Hauptstadt Kiew und am Flughafen München sprach Bürgermeister Müller.' },
        { lang: 'de', text: 'Weil Experten Risiken sahen, fragte man, ob Deutschland Panzer liefert.' },
        { lang: 'de', text: 'Ressorts: Politik Wirtschaft Sport Kultur' },
        { lang: 'de', text: 'Die Bücher Anfang Mai und die Zeitschrift Ende Juni.' },
        { lang: 'de', text: 'Das Film Festival und das Service Regiment.' },
        // A word the dictionary knows in lower case too ("binnen"): "Binnentagen" is a word, but not here.
        { lang: 'de', text: 'Binnen Tagen war alles vorbei, sagte Herr Müller.' },
        { lang: 'de', text: 'Das Buch Buch ist doppelt.' },
        { lang: 'de', text: 'Die Polizei Bayern ermittelt, Deutschland spielt am Freitag Frankreich, das kostet fünf Schweizer Franken.' },
      ],
    },
  },
  (ctx) => {
    const closed = ctx.profile?.closedCompounds;
    const speller = ctx.doc.resources.speller(ctx.language);
    if (!closed || !speller) return;
    const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
    // Could it be a noun: capitalized, known so, not a function word at a sentence start
    // ("Die", "Mit"), not a glossary term (verdicts the other rules asked for already). Whether
    // the dictionary knows it in lower case too (an adjective or verb: "Neue") is asked only
    // of the pairs whose compound it knows.
    const functionWords = ctx.profile?.functionWords;
    const candidates = new Map<string, boolean>();
    const candidate = (w: string): boolean => {
      let v = candidates.get(w);
      if (v === undefined) candidates.set(w, (v = NOUN_SHAPE.test(w) && !terms.has(w) && !functionWords?.has(w.toLowerCase()) && speller.correct(w)));
      return v;
    };
    const onlyNoun = (w: string) => !speller.correct(w.toLowerCase());
    const profile = ctx.profile!;
    const after = (w: string) => {
      const lower = w.toLowerCase();
      return /^\d/.test(w) || closed.notAfter.has(lower) || profile.subordinators.has(lower) || (profile.finiteAuxiliaries?.has(lower) ?? false);
    };
    // Asked last, of the few pairs left: a word English knows is a name's ("Film Festival").
    const english = ctx.doc.resources.speller('en');
    const englishKnows = (w: string) => english !== undefined && english !== speller && (english.correct(w) || english.correct(w.toLowerCase()));
    // A genitive ending on a word the dictionary knows without it ("Gottes", "Europas").
    const genitive = (w: string) => (w.endsWith('s') && speller.correct(w.slice(0, -1))) || (w.endsWith('es') && speller.correct(w.slice(0, -2)));
    const { words, text } = ctx;
    for (let i = 0; i + 1 < words.length; i++) {
      const b = words[i + 1];
      // (Two capitals side by side first, by character code: most pairs end here.)
      if (!b.alpha || !isCapitalized(b.value)) {
        i++;
        continue;
      }
      const a = words[i];
      if (!a.alpha || !isCapitalized(a.value) || a.opaque || b.opaque || a.value === b.value) continue;
      if (closed.notModifiers.has(a.value) || closed.notHeads.has(b.value)) continue;
      // (One space between them: two spaces or more are a table's columns, "Klausur        Mittwoch".)
      if (!candidate(a.value) || !candidate(b.value) || !spaced(ctx, text, i, i + 1) || b.start - a.end !== 1) continue;
      // After a number the first noun is a measure ("500 Fuß Höhe", "drei Minuten Nachspielzeit");
      // after a subordinator or an auxiliary, two nouns are subject and object ("weil Experten
      // Risiken sahen", "ob Deutschland Panzer liefert").
      const before = i > 0 && a.sentence === words[i - 1].sentence ? words[i - 1].value : undefined;
      if (before !== undefined && after(before)) continue;
      // A run of three nouns or more is a list or a name ("Politik Wirtschaft Sport Kultur").
      if ((before !== undefined && candidate(before)) || (words[i + 2]?.sentence === b.sentence && spaced(ctx, text, i + 1, i + 2) && candidate(words[i + 2].value))) continue;
      // (Short words' verdicts first: a compound's costs Hunspell ten times as much.)
      if (!onlyNoun(a.value) || !onlyNoun(b.value) || genitive(a.value) || genitive(b.value)) continue;
      const compound = compoundOf(speller, a.value, b.value);
      if (compound === undefined || englishKnows(a.value) || englishKnows(b.value)) continue;
      if (ctx.isClaimed(a.start, b.end)) continue;
      ctx.report({
        start: a.start,
        end: b.end,
        message: `Unexpected \`${text.slice(a.start, b.end)}\`, expected \`${compound}\`: a compound noun is written as one word`,
        expected: [compound],
      });
      i++;
    }
  },
);

/** The compound of two nouns that the dictionary knows ("Daten" + "Schutz" → "Datenschutz"). */
function compoundOf(speller: Speller, a: string, b: string): string | undefined {
  const compound = a + b[0].toLowerCase() + b.slice(1);
  if (!speller.correct(compound)) return undefined;
  // As the locale writes it: ss for ß in Swiss German ("Süsswassersümpfe").
  return speller.ssForSharpS ? compound.replace(/ß/g, 'ss') : compound;
}
