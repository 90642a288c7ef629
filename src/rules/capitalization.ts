/**
 * Capitalized function words mid-sentence: an article, preposition or conjunction (the
 * profile's `functionWords`) written with a capital in the middle of a sentence, as machine
 * translation leaves them (`Analysten schätzen Auf Hikvision entfallen`): the lower-case
 * form is suggested for review.
 *
 * Only a word right after a lower-case word of the same sentence (German: a conjunction after a
 * known noun too, "in der Ukraine Und im Nahen Osten", outside headings and title-case runs;
 * with at most a comma
 * between) is flagged, so sentence starts, words after a colon, a quote, a bracket, a dash
 * or a line break, and title-like runs (`Bank Of America`, `Gone With The Wind`) are left
 * alone. So are:
 * - a word after a lower-case function word, where titles and names begin
 *   (`in Der Vizekönig von Ouidah`, `und In Flames`);
 * - in languages that do not capitalize nouns, a word before a capitalized common word
 *   (`described Of Moths and Men`, but not `estimate That Hikvision`);
 * - all-caps and one-letter words (`MIT`, `AUF`, `Plan A`);
 * - nouns: after an article (`das Aus`), in a capitalized pair (`ohne Wenn und Aber`), or
 *   spelled like a function word (the profile's `nounHomographs`: `Trotz`, `Laut`);
 * - an article that belongs to a name (`Des Moines`, `The Hague`, `Le Monde`, and the names a
 *   profile lists, `Den Haag`, `Der Spiegel`, `Die Linke`), and words
 *   of glossary terms.
 * German formal address (`Sie`, `Ihnen`, `Ihre`) is not a function word.
 *
 * @example
 *   in:  "Analysten schätzen Auf Hikvision entfallen fast 20 %."
 *   suggestion: "auf"
 */
import { defineRule, type RuleContext, type WordToken } from '../core/rule.js';
import { COLUMN_GAP, WORD_HYPHENS, isCapitalized, wordListTest } from '../core/segment.js';
import { isKnownToken } from './spelling.js';
import { wordsOfAll } from '../languages/index.js';

/** Particles of family names that may be written with a capital ("De Gea", "Van Dijk", "Di Maria", "Du Pont"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'van', 'von', 'ter', 'ten', 'le', 'la']);

/** Nouns that name a party, movement or alliance, whose name follows them: every language's (the profiles' `partyNouns`). */
const PARTY_NOUNS = wordsOfAll((p) => p.partyNouns);

/** What may stand between the previous word and a flagged word: spaces, at most one comma. */
const GAP = /^,?[ \t\u00A0\u202F]+$/u;

export default defineRule(
  {
    id: 'capitalization',
    description: 'A capitalized function word (article, preposition, conjunction) in the middle of a sentence.',
    category: 'capitalization',
    severity: 'warning',
    languages: 'all',
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Die Lage in der Ukraine Und im Nahen Osten bleibt angespannt.' },
        { lang: 'de', text: 'Die Partei Und die Fraktion stimmten gestern zu.' },
        // Capitalized words that are words in lower case too, but no run of them: no title.
        { lang: 'de', text: 'Die Abgeordneten der Koalition Und der Grünen stimmten am Montag dagegen.', output: 'Die Abgeordneten der Koalition und der Grünen stimmten am Montag dagegen.' },
        { lang: 'de', text: 'Er las die Zeitung Und trank Kaffee.' },
        { lang: 'en', text: 'The party And the coalition voted against it.' },
        // Not after a verb or a noun that names no work: "figures show That", "children play In".
        { lang: 'en', text: 'The latest figures show That inflation rose again in March.', output: 'The latest figures show that inflation rose again in March.' },
        { lang: 'en', text: 'Children play In the park every day.', output: 'Children play in the park every day.' },
        { lang: 'en', text: 'The vote was delayed Until next week by the speaker.', output: 'The vote was delayed until next week by the speaker.' },
        {
          lang: 'de',
          text: 'Analysten schätzen Auf Hikvision entfallen fast 20 % aller Kameras.',
          output: 'Analysten schätzen auf Hikvision entfallen fast 20 % aller Kameras.',
        },
        // A listed name only where all its words follow: "Die Linke" is one, "Die Linken" and "Die Welt" of a sentence are not.
        { lang: 'de', text: 'Er hob Die linke Hand.', output: 'Er hob die linke Hand.' },
        { lang: 'de', text: 'Sie wollen Die Welten verbinden.', output: 'Sie wollen die Welten verbinden.' },
        // Names that are everyday phrases too are not listed.
        { lang: 'de', text: 'Er hat Die Zeit vergessen.', output: 'Er hat die Zeit vergessen.' },
        { lang: 'de', text: 'Die Firma arbeitet Mit der Regierung zusammen.', output: 'Die Firma arbeitet mit der Regierung zusammen.' },
        { lang: 'de', text: 'Er sagte, Dass es stimmt.', output: 'Er sagte, dass es stimmt.' },
        { lang: 'de', text: 'Das sagte Von der Leyen gestern.', output: 'Das sagte von der Leyen gestern.' },
        { lang: 'en', text: 'Analysts estimate That Hikvision accounts for almost 20 % of all cameras.', output: 'Analysts estimate that Hikvision accounts for almost 20 % of all cameras.' },
        { lang: 'en', text: 'The company was founded By the state in 2001.', output: 'The company was founded by the state in 2001.' },
        { lang: 'fr', text: 'Elle a été fondée Par l\'État.', output: 'Elle a été fondée par l\'État.' },
        { lang: 'es', text: 'La empresa dijo Que las reglas cambian.', output: 'La empresa dijo que las reglas cambian.' },
        { lang: 'fr', text: 'Le chômage est resté stable À 3,7 % en mars.', output: 'Le chômage est resté stable à 3,7 % en mars.' },
        { lang: 'es', text: 'Vive en la ciudad De Madrid.', output: 'Vive en la ciudad de Madrid.' },
        { lang: 'fr', text: 'Il a joué au stade De France.', output: 'Il a joué au stade de France.' },
      ],
      pass: [
        // A conjunction where none can stand is a name, there and elsewhere in the text.
        { lang: 'de', text: 'Ministerpräsident Stephan Weil (SPD) kam. Später sagte Weil, er sei zufrieden. Das sagte Weil.' },
        { lang: 'fr', text: 'Le mouvement En marche a été fondé en 2016.' },
        { lang: 'es', text: 'Los diputados de la coalición Por Andalucía votaron en contra.' },
        // Titles in title case: after the noun naming the work, or in a run of capitalized words the language writes small.
        { lang: 'de', text: 'Der Film Als Ich Mal Groß War lief. Die Sendung Wetten Dass lief. Das Magazin Natur Und Kosmos erscheint.' },
        { lang: 'de', text: 'Die Gruppe Wir Sind Helden Und Freunde spielt am Abend.' },
        { lang: 'de', text: 'Auf Hikvision entfallen fast 20 %. Der Rest verteilt sich.' },
        { lang: 'de', text: 'Er sagte: Auf keinen Fall. Er fragte: „Mit wem?“ (Aus Sicht der Firma ein Erfolg.)' },
        { lang: 'de', text: 'Das ist ein Problem, von dem Sie noch nie gehört haben, sagte er zu Ihnen und Ihrer Firma.' },
        { lang: 'de', text: 'Die MIT Technology Review nannte es das größte Unternehmen, AUF jeden Fall.' },
        { lang: 'de', text: 'Das bedeutet das Aus für die Firma, ohne Wenn und Aber, mit allem Für und Wider.' },
        { lang: 'de', text: 'Er hob in einem letzten Trotz das Gesetz auf, ohne einen leisen Laut, und es gab kein Aus.' },
        { lang: 'de', text: 'Das Büro in Des Moines schließt.' },
        { lang: 'de', text: 'Der Minister verließ Den Haag am Dienstag. Das meldete Der Spiegel, und kritisiert hat es Die Linke.' },
        { lang: 'de', text: 'Die Botschaft liegt Unter den Linden, die Konzerte gaben Die Toten Hosen.' },
        { lang: 'de', text: 'Er sah den Film Vom Winde verweht im Kino Am Markt.' },
        { lang: 'de', text: 'Sie kauften Vitamin A und Vitamin E.' },
        { lang: 'de', text: 'Hikvision ist möglicherweise weniger bekannt als andere umstrittene chinesische Technologieunternehmen Huawei oder Tick Tack.' },
        { lang: 'en', text: 'I think I read The Lord of the Rings at the Bank Of America.' },
        { lang: 'en', text: 'The court in The Hague ruled that the US and the UK were right.' },
        { lang: 'fr', text: 'Selon Le Monde et Le Pen, la Cour De cassation a jugé.' },
        { lang: 'es', text: 'Según El País, el equipo de Los Angeles ganó.' },
        { lang: 'es', text: 'Paró el portero De Gea, y lo celebró De Ligt.' },
        { lang: 'fr', text: 'Il a appelé De Ligt et Van Dijk.' },
        { lang: 'en', text: 'It happened\nIn the morning.' },
        // A command's short option, then its description.
        { lang: 'de', text: 'Die Optionen sind -e Wenn der Pfad fehlt, und -p Den Stapel ausgeben.' },
        // "Wegen", a noun's plural ("auf anderen Wegen"), far more often than a capitalized preposition.
        { lang: 'de', text: 'Sie suchen nach anderen Wegen, das System zu starten.' },
        // A column after a tab or three spaces: a definition list, a table.
        { lang: 'de', text: 'Optionen: -s\tDer stille Modus, und xz    Die Kompression im Format xz.' },
        // A word hyphenated at a line's end, as text copied from print has it.
        { lang: 'de', text: 'Ohne eine ausdrückliche An‐\ngabe gilt die Grenze, und die Ein-\ngabe bleibt leer.' },
        { lang: 'de', text: 'Ouidah, wie von Bruce Chatwin in Der Vizekönig von Ouidah beschrieben, und Bands wie Mastodon und In Flames.' },
        { lang: 'en', text: 'Majerus himself described Of Moths and Men as a novel, on the album From Here to Eternity.' },
        { lang: 'es', text: 'La serie La casa de papel y la película La sociedad de la nieve triunfaron.' },
        { lang: 'en', text: 'She quoted the novel Through the Looking-Glass.' },
      ],
    },
  },
  (ctx) => {
    const fw = ctx.profile?.functionWords;
    if (!fw) return;
    const { words } = ctx;
    const functionWord = wordListTest(fw);
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      // (One letter only where it is no ASCII letter: "À Paris" is the preposition, "Plan A" and
      // "vitamina A" are names.)
      if (w.opaque || (w.value.length < 2 && /^[A-Za-z]?$/.test(w.value)) || !w.alpha || !isCapitalized(w.value)) continue;
      // (Most capitalized words are no function word by their length or first letter, without
      // their lower case: German capitalizes every noun. See `wordListTest`.)
      if (!functionWord(w.value)) continue;
      const lower = w.value.toLowerCase();
      // Only "Auf": not "AUF", "MIT", "McDonald".
      if (w.value.slice(1) !== lower.slice(1) || !fw.has(lower)) continue;
      // A word's first part before a hyphen ("An‐" of "An‐⏎gabe", a word hyphenated at a line's
      // end, as text copied from print or a PDF has it): no function word.
      if (WORD_HYPHENS.has(ctx.text.charCodeAt(w.end))) continue;
      if (!midSentence(ctx, i) || excused(ctx, i)) continue;
      if (ctx.isClaimed(w.start, w.end)) continue;
      ctx.report({
        start: w.start,
        end: w.end,
        message: `Unexpected capitalized \`${w.value}\` in the middle of a sentence, expected \`${lower}\``,
        expected: [lower],
      });
    }
  },
);

/** Whether word `i` follows a lower-case word of its sentence, with only spaces (or a comma) between. */
function midSentence(ctx: RuleContext, i: number): boolean {
  const w = ctx.words[i];
  const prev = ctx.words[i - 1];
  if (prev.sentence !== w.sentence || prev.opaque) return false;
  // (After a command's short option, "-e Wenn …", "-p Den Verzeichnisstapel …": its description begins.)
  if (prev.value.length <= 2 && ctx.text[prev.start - 1] === '-' && (prev.start < 2 || /\s/u.test(ctx.text[prev.start - 2]))) return false;
  const gap = ctx.text.slice(prev.end, w.start);
  // (A tab or three spaces or more: a table's or a definition list's next column, "-s⇥Der stille Modus".)
  if (!GAP.test(gap) || COLUMN_GAP.test(gap)) return false;
  if (/^\p{Ll}/u.test(prev.value) && prev.alpha) return true;
  // Where nouns are capitalized (German), a conjunction after a noun too ("in der Ukraine Und
  // im Nahen Osten", "nach Washington, Wo er"): no title or name goes on with one in capitals.
  // (Not after a sentence's first word, nor after a word the dictionary does not know: a name.)
  const lower = w.value.toLowerCase();
  const profile = ctx.profile!;
  return (
    profile.capitalizesNouns &&
    ctx.block.kind !== 'heading' &&
    (profile.coordinators.has(lower) || profile.subordinators.has(lower) || lower === 'wo') &&
    prev.alpha &&
    ctx.sentences[prev.sentence].firstWord !== i - 1 &&
    isKnownToken(ctx, prev) &&
    !titleCase(ctx, i)
  );
}

/**
 * Whether word `i` is inside a run written in title case: two capitalized words or more
 * around it (three each way, in its sentence, not its first word) that the language writes in
 * lower case ("Wir Sind Helden Und Freunde", "Der Film Als Ich Mal Groß War"); or a noun naming
 * a work two or three words before it, a title between ("Das Magazin Natur Und Kosmos"). A
 * noun whose lower-case form is a word too ("das Leben Und die Arbeit") is one such word only.
 */
function titleCase(ctx: RuleContext, i: number): boolean {
  const { words } = ctx;
  const w = words[i];
  const speller = ctx.doc.resources.speller(ctx.language);
  let small = 0;
  // (Only in the unbroken run of capitalized words around it: "der Koalition Und der Grünen" is
  // no title, though "grünen" and "abgeordneten" are words in lower case too.)
  let run = true;
  for (const k of [i - 1, i - 2, i - 3, i + 1, i + 2, i + 3]) {
    if (k === i + 1) run = true;
    const v = words[k];
    if (v === undefined || v.sentence !== w.sentence || ctx.sentences[v.sentence].firstWord === k) continue;
    const lower = v.value.toLowerCase();
    if (k < i - 1 && (ctx.profile?.workNouns?.has(lower) || ctx.profile?.workNouns?.has(lower.replace(/e?s$/u, '')))) return true;
    if (!isCapitalized(v.value)) run = false;
    if (run && speller?.correct(lower) === true) small++;
  }
  return small >= 2;
}

/** Nominalizations, names and glossary terms: a capital that is right. */
function excused(ctx: RuleContext, i: number): boolean {
  const profile = ctx.profile!;
  const articles = profile.articles ?? new Set<string>();
  const coordinators = profile.coordinators;
  const { words } = ctx;
  const w = words[i];
  const prev = words[i - 1];
  const next = adjacent(ctx, i, i + 1) ? words[i + 1] : undefined;
  const after = next && adjacent(ctx, i + 1, i + 2) ? words[i + 2] : undefined;
  const before = adjacent(ctx, i - 2, i - 1) ? words[i - 2] : undefined;
  const lower = w.value.toLowerCase();

  // "das Aus", "im Aus": a noun after an article; "in einem letzten Trotz": a noun anyway.
  if (articles.has(prev.value) || profile.nounHomographs?.has(lower)) return true;
  // A conjunction cannot end a clause: before a sentence's end or a bracket it is a name ("sagte
  // Weil.", "Stephan Weil (SPD)"), and so it is wherever else the document writes it.
  if ((coordinators.has(lower) || profile.subordinators.has(lower)) && conjunctionNames(ctx).has(w.value)) return true;
  // "ohne Wenn und Aber", "Für und Wider": a coordinated pair of capitalized words.
  if (next && after && coordinators.has(next.value) && isCapitalized(after.value)) return true;
  if (before && coordinators.has(prev.value) && isCapitalized(before.value) && profile.functionWords.has(before.value.toLowerCase())) return true;
  // An article that belongs to a name or title: "Des Moines", "The Hague", "Le Monde", "El País".
  if (articles.has(lower) && next && isCapitalized(next.value) && (!profile.capitalizesNouns || isName(ctx, next))) return true;
  // A title after the noun that names its work: "la serie La casa de papel", "the novel Through the Looking-Glass".
  // (Not a conjunction before an article, nor in German any word before one: "Der Film Und die
  // Musik", "The party And the coalition" are errors; "den Film Und täglich grüßt das
  // Murmeltier" and "the novel Through the Looking-Glass" are titles.)
  // (Where nouns are capitalized, not a conjunction at all: "die Zeitung Und trank Kaffee",
  // "nach dem Spiel Und vor der Pressekonferenz" are errors.)
  const nextArticle = next !== undefined && articles.has(next.value.toLowerCase());
  const beginsName = profile.capitalizesNouns ? !nextArticle && !coordinators.has(lower) : !(nextArticle && coordinators.has(lower));
  if (profile.workNouns?.has(prev.value.toLowerCase()) && beginsName) return true;
  // A party's or movement's name after the noun that says what it is: "le mouvement En marche",
  // "la coalición Por Andalucía".
  if (PARTY_NOUNS.has(prev.value.toLowerCase()) && beginsName) return true;
  // A title or name that starts after a preposition or conjunction: "in Der Vizekönig von Ouidah", "and In Flames".
  if (profile.functionWords.has(prev.value)) return true;
  // Title case where nouns are not capitalized: "described Of Moths and Men" (but not "estimate That Hikvision").
  if (!profile.capitalizesNouns && next && isCapitalized(next.value) && isCommonWord(ctx, next.value.toLowerCase())) return true;
  // A family name's particle, capitalized where the name is written so ("el portero De Gea",
  // "De la Fuente", "a appelé De Ligt"), where only names take a capital.
  // (Only before a word the dictionary does not know: a family name, "Gea", "Ligt", "Dijk";
  // "en la ciudad De Madrid", "le stade De France" are errors.)
  const surname = next && isCapitalized(next.value) ? next : next && articles.has(next.value) && after && isCapitalized(after.value) ? after : undefined;
  if (!profile.capitalizesNouns && SURNAME_PARTICLES.has(lower) && surname && !isKnownToken(ctx, surname)) return true;
  // A name the language lists as beginning with its article or preposition ("verließ Den Haag", "kritisierte Die Linke").
  if (profile.articleNames && beginsArticleName(ctx, i, profile.articleNames)) return true;
  // Part of a glossary term written with a capitalized function word ("Der Spiegel", were it one).
  const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
  if (terms.has(w.value) && ((next && terms.has(next.value)) || terms.has(prev.value))) return true;
  return false;
}

const conjunctionNamesOf = new WeakMap<object, Map<string, ReadonlySet<string>>>();
/** A conjunction capitalized after a word and before a sentence's end or a bracket ("sagte Weil.", "Weil (SPD)"). */
const CONJUNCTION_NAME = /(?<=\p{L}[ \u00A0]{1,4})\p{Lu}\p{Ll}{1,20}(?=[ \u00A0]{0,4}[.!?(])/gu;

/**
 * The capitalized conjunctions of the language that the document writes where no conjunction
 * can stand, before a sentence's end or a bracket: names ("Stephan Weil"), read once per
 * document (and language) when a capitalized conjunction is first found.
 */
function conjunctionNames(ctx: RuleContext): ReadonlySet<string> {
  let byLanguage = conjunctionNamesOf.get(ctx.doc);
  if (!byLanguage) conjunctionNamesOf.set(ctx.doc, (byLanguage = new Map()));
  let names = byLanguage.get(ctx.language);
  if (!names) {
    const found = new Set<string>();
    const { coordinators, subordinators } = ctx.profile!;
    for (const m of ctx.doc.source.matchAll(CONJUNCTION_NAME)) {
      const lower = m[0].toLowerCase();
      if (coordinators.has(lower) || subordinators.has(lower)) found.add(m[0]);
    }
    byLanguage.set(ctx.language, (names = found));
  }
  return names;
}

const articleNameIndex = new WeakMap<readonly string[], ReadonlyMap<string, readonly string[][]>>();

/** Whether the words from `i` on spell one of `names` (each a run of words, the first written as in the text). */
function beginsArticleName(ctx: RuleContext, i: number, names: readonly string[]): boolean {
  let index = articleNameIndex.get(names);
  if (!index) {
    const map = new Map<string, string[][]>();
    for (const name of names) {
      const [first, ...rest] = name.split(' ');
      map.set(first, [...(map.get(first) ?? []), rest]);
    }
    articleNameIndex.set(names, (index = map));
  }
  const rests = index.get(ctx.words[i].value);
  return (
    rests?.some((rest) =>
      rest.every((word, k) => adjacent(ctx, i + k, i + k + 1) && ctx.words[i + k + 1].value === word),
    ) ?? false
  );
}

/** Whether word `b` directly follows word `a` in the same sentence, with only spaces between. */
function adjacent(ctx: RuleContext, a: number, b: number): boolean {
  const wa = ctx.words[a];
  const wb = ctx.words[b];
  if (!wa || !wb || wa.sentence !== wb.sentence || wb.opaque) return false;
  return /^[ \t\u00A0\u202F]+$/u.test(ctx.text.slice(wa.end, wb.start));
}

/** Whether a lower-case word is in the dictionary (a common word, not a name). */
function isCommonWord(ctx: RuleContext, lower: string): boolean {
  return ctx.doc.resources.speller(ctx.language)?.correct(lower) ?? false;
}

/** Whether a capitalized word is a name: all caps, a glossary term word, or unknown to the dictionary. */
function isName(ctx: RuleContext, w: WordToken): boolean {
  if (/^\p{Lu}{2,}$/u.test(w.value)) return true;
  if (ctx.doc.resources.glossary.matcher(ctx.language).termWords.has(w.value)) return true;
  const speller = ctx.doc.resources.speller(ctx.language);
  return speller ? !speller.correct(w.value) : false;
}
