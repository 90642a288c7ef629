/**
 * A term of sport (or another word of two senses) that the machine translation rendered word for
 * word, where the source paragraph (`--source`) shows which sense it had: American football's
 * "interceptions" as "Interzeptionen", cricket's "wickets" as "Dochte" (candle wicks) and "batsmen" as
 * "Fledermäuse", baseball's "bullpen" as "Stift". Without the source, or where it does not have the
 * term, nothing is reported: bats are animals, and a "Stift" a pen.
 *
 * The terms are data, a table per language pair: `wordlists/calques-<source>-<target>.yaml`
 * (English→German: `calques-en-de.yaml`, whose header says what an entry is and how each was
 * measured), read by src/languages/calques.ts the first time a document of the pair is checked
 * (the source's language, given or told from the source, English where it could not be told; the
 * paragraph's language), and validated then. A pair without a table gets no finding; the rule runs
 * on the target languages of the tables shipped. An entry holds the forms of the translation and
 * what the target language writes instead, the source words one of which the source paragraph
 * must have, and, where the word has another sense the source can tell, an expression of that
 * sense (`unless`: "four seasons", "bowled over by") or of the term's (`when`: "at the crease").
 *
 * The fix is applied where one word replaces one word and the post-editors wrote it so (an entry's
 * `fix`): the English term "Interceptions" (9 of 10 on MLQE-PE train). The others are suggestions:
 * cricket's and baseball's words, which editors write in English or in German ("Wickets" or "Tore",
 * "Schlagmänner", "Bullpen"). A two-word calque ("vorbeifahrende Werften" for "passing yards") is
 * its form and the words before it (`before`), replaced together.
 *
 * Where the fix changes a noun's gender (the entry's `genders`: "Wasserhahn" m, "Wasserhose" f),
 * the article right before it is fixed with it where its case is told ("dem Wasserhahn" → "der
 * Wasserhose", "den Gasthof" → "das Inning"; a determiner read as the article it inflects as,
 * "seinen Schleuder" → "seine Schaluppe"), read in the cases in which it agrees with the noun as
 * written, or by the noun's number where it agrees in none (the translation wrote the noun as
 * another gender). Where the case is not told ("das Quartier": "der" or "den Quarterback"), the
 * new article would be a masculine's or neuter's genitive ("des Mesenterium" lacks its -s), or an
 * adjective stands before the noun ("ein großer Wasserhahn"), the finding is a suggestion.
 *
 * English→German, measured on MLQE-PE train (7,000 sentences; dev only measured): each entry taken
 * where the post-editors changed the word wherever the source has the term and kept it nowhere.
 * Train: 197 findings, all on words tagged as errors, none on the post-edits; 95 fixes, 71 as the
 * editors made them, 67 edits fewer against the post-edits (TER −0.06; before the article was read,
 * 97 fixes, 73 and 67: 5 fixes became suggestions, "einer Autokade", "der Mesenterie"; the
 * thirty-ninth session's 59 findings, 3 of them fixes). Dev: 16 findings, all on error-tagged
 * words; 11 fixes, 10 as the editors made them (TER −0.05). Words the editors kept
 * ("Pforten" for wickets, "Kardinäle" for the Cardinals) are left out: each would be a false alarm
 * on correct text.
 *
 * @example
 *   source: "He threw two interceptions."   translation: "Er warf zwei Interzeptionen."
 *   out: "Er warf zwei Interceptions."
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { sourceParagraph, sourceView, wordsOf } from '../core/source.js';
import { calqueTable, calqueTargets, type CalqueTable, type NounGender } from '../languages/calques.js';
import { articleTargets, determinerAsArticle, isAgreeingArticle } from '../languages/agreement.js';
import type { AgreementSlot } from '../languages/types.js';

const LOWER = 'source-calque/lower';

/**
 * The table of the pair the rule context's paragraph is in: from the source's language (given
 * with `--source-lang`, or told from the source; English where it could not be told) into the
 * paragraph's. Read the first time a document of the pair is checked.
 */
function tableOf(ctx: RuleContext): CalqueTable | undefined {
  const from = ctx.doc.original?.language;
  return calqueTable(from === undefined || from === '' || from === 'und' ? 'en' : from, ctx.language);
}

const lowerCased = (words: Iterable<string>): ReadonlySet<string> => new Set(Array.from(words, (x) => x.toLowerCase()));

export default defineRule(
  {
    id: 'source-calque',
    description: 'A term of sport (or another word) translated in a sense the source does not have ("interceptions" as "Interzeptionen" → "Interceptions").',
    category: 'accuracy',
    severity: 'warning',
    // (The target languages of the tables shipped: the folder's listing, no table read.)
    languages: calqueTargets(),
    needsSource: true,
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', source: 'He threw 28 touchdowns against two interceptions.', text: 'Er warf 28 Touchdowns gegen zwei Interzeptionen.', output: 'Er warf 28 Touchdowns gegen zwei Interceptions.' },
        { lang: 'de', source: 'Laker took four wickets for 20 runs.', text: 'Laker nahm vier Dochte für 20 Läufe.', output: 'Laker nahm vier Wickets für 20 Läufe.' },
        { lang: 'de', source: 'Two batsmen were out before lunch.', text: 'Zwei Fledermäuse waren vor dem Mittagessen aus.', output: 'Zwei Schlagmänner waren vor dem Mittagessen aus.' },
        { lang: 'de', source: 'Essex made only 83 in their first innings.', text: 'Essex erreichte nur 83 in ihren ersten Gasthöfen.', output: 'Essex erreichte nur 83 in ihren ersten Innings.' },
        { lang: 'de', source: 'He took two wickets in each innings.', text: 'Er nahm zwei Pforten in jedem Gasthof.', output: 'Er nahm zwei Pforten in jedem Inning.' },
        { lang: 'de', source: 'Essex capitulated within 37 overs.', text: 'Essex kapitulierte innerhalb von 37 overs.', output: 'Essex kapitulierte innerhalb von 37 Overs.' },
        { lang: 'de', source: 'Manning threw for 176 passing yards.', text: 'Manning warf 176 vorbeifahrende Werften.', output: 'Manning warf 176 Passing Yards.' },
        { lang: 'de', source: 'He finished with 2,954 passing yards.', text: 'Er beendete mit 2.954 vorbei Werften.', output: 'Er beendete mit 2.954 Passing Yards.' },
        // Suggested: editors wrote "Saisons", "Spielzeiten" or, for a series, "Staffeln".
        { lang: 'de', source: 'Alonso raced for Ferrari for five seasons.', text: 'Alonso fuhr für Ferrari fünf Jahreszeiten.', output: 'Alonso fuhr für Ferrari fünf Saisons.' },
        { lang: 'de', source: 'Miami senior quarterback Kyle Wright threw for 275 yards.', text: 'Miami Senior Quartier Kyle Wright warf 275 Yards.', output: 'Miami Senior Quarterback Kyle Wright warf 275 Yards.' },
        { lang: 'de', source: 'Each sloop had rigging, sails and oars.', text: 'Jede Schleuder hatte Takelage, Segel und Ruder.', output: 'Jede Schaluppe hatte Takelage, Segel und Ruder.' },
        { lang: 'de', source: 'Miller then bowled the English skipper Yardley.', text: 'Miller bog dann den englischen Skipper Yardley.', output: 'Miller bowlte dann den englischen Skipper Yardley.' },
        { lang: 'de', source: 'A total of 10 maiden overs were bowled in the innings.', text: 'Insgesamt 10 Maiden Overs wurden im Innings gekrümmt.', output: 'Insgesamt 10 Maiden Overs wurden im Innings gebowlt.' },
        { lang: 'de', source: 'Bradman joined Barnes at the crease.', text: 'Bradman schloss sich Barnes an der Falte an.', output: 'Bradman schloss sich Barnes an der Crease an.' },
        { lang: 'de', source: 'Superman knocks off the helmet.', text: 'Superman klopft den Helm ab.', output: 'Superman schlägt den Helm ab.' },
        { lang: 'de', source: 'Most bivalves bury themselves in sediment.', text: 'Die meisten Biklappen vergraben sich in Sedimenten.', output: 'Die meisten Muscheln vergraben sich in Sedimenten.' },
        { lang: 'de', source: 'He was a businessman and philanthropist.', text: 'Er war Geschäftsmann und Philanthrope.', output: 'Er war Geschäftsmann und Philanthrop.' },
        { lang: 'de', source: 'Aguayo resigned his governorship.', text: 'Aguayo trat von seinem Gouvernement zurück.', output: 'Aguayo trat von seinem Gouverneursamt zurück.' },
        { lang: 'de', source: 'Hero wrestled for TNA in 2003.', text: 'Hero ringt 2003 für TNA.', output: 'Hero rang 2003 für TNA.' },
        { lang: 'de', source: 'She beat 13th seed Svetlana Kuznetsova.', text: 'Sie schlug die 13. Samen Svetlana Kuznetsova.', output: 'Sie schlug die 13. Gesetzte Svetlana Kuznetsova.' },
        { lang: 'de', source: 'They closed the beachhead to Soviet reinforcements.', text: 'Sie schlossen den Strandkopf für sowjetische Verstärkungen.', output: 'Sie schlossen den Brückenkopf für sowjetische Verstärkungen.' },
        { lang: 'de', source: 'Six colonels served as the pallbearers.', text: 'Sechs Oberste dienten als Palettenträger.', output: 'Sechs Oberste dienten als Sargträger.' },
        { lang: 'de', source: 'The mine wounded four constables.', text: 'Die Mine verwundete vier Konstallationen.', output: 'Die Mine verwundete vier Polizisten.' },
        { lang: 'de', source: 'The Hessians began to move.', text: 'Die Hessianer setzten sich in Bewegung.', output: 'Die Hessen setzten sich in Bewegung.' },
        { lang: 'de', source: 'A poll of sportswriters elected the Commodores.', text: 'Eine Umfrage unter Sportlern wählte die Commodores.', output: 'Eine Umfrage unter Sportjournalisten wählte die Commodores.' },
        { lang: 'de', source: 'The ore lies in hornblende schist.', text: 'Das Erz liegt in Hornblende Schist.', output: 'Das Erz liegt in Hornblende Schiefer.' },
        { lang: 'de', source: 'He wrote four bulletins on cowpeas.', text: 'Er schrieb vier Bulletins über Kautschukerbsen.', output: 'Er schrieb vier Bulletins über Kuhbohnen.' },
        { lang: 'de', source: 'It has 8 fraternities and 6 sororities.', text: 'Es hat 8 Bruderschaften und 6 Sortitäten.', output: 'Es hat 8 Bruderschaften und 6 Schwesternschaften.' },
        { lang: 'de', source: 'It is crowned with a parapet.', text: 'Es ist mit einer Parapet gekrönt.', output: 'Es ist mit einer Brüstung gekrönt.' },
        { lang: 'de', source: 'Sago pondweed dominates.', text: 'Sago Pondweed dominiert.', output: 'Sago Laichkraut dominiert.' },
        { lang: 'de', source: 'The tornado entered the Atlantic as a waterspout.', text: 'Der Tornado zog als Wasserhahn auf den Atlantik.', output: 'Der Tornado zog als Wasserhose auf den Atlantik.' },
        // (The noun's gender changes: the article before it with it, where its case is told.)
        { lang: 'de', source: 'They sailed behind the waterspout.', text: 'Sie segelten hinter dem Wasserhahn.', output: 'Sie segelten hinter der Wasserhose.' },
        { lang: 'de', source: 'A frigate captured his sloop.', text: 'Eine Fregatte kaperte seinen Schleuder.', output: 'Eine Fregatte kaperte seine Schaluppe.' },
        { lang: 'de', source: 'She was hired as understudy for Bankhead.', text: 'Sie wurde als Unterstudie für Bankhead eingestellt.', output: 'Sie wurde als Zweitbesetzung für Bankhead eingestellt.' },
      ],
      pass: [
        { lang: 'de', source: 'The cave holds 500 bats.', text: 'Die Höhle beherbergt 500 Fledermäuse.' },
        { lang: 'de', source: 'He signed the letter with a pen.', text: 'Er unterschrieb den Brief mit einem Stift.' },
        // "Pforten" for wickets: the post-editors wrote it too.
        { lang: 'de', source: 'Laker took four wickets.', text: 'Laker nahm vier Pforten.' },
        // An inn is a "Gasthof"; the source has no innings.
        { lang: 'de', source: 'They stayed at an inn.', text: 'Sie übernachteten in einem Gasthof.' },
        // Shipyards are "Werften", even where the source says yards: only the word for word "passing yards" is the calque.
        { lang: 'de', source: 'The yards built 40 ships.', text: 'Die Werften bauten 40 Schiffe.' },
        { lang: 'de', source: 'The yards built 40 ships for passing trade.', text: 'Die Werften bauten 40 Schiffe für vorbeifahrende Händler.' },
        // "overs" without the source's cricket is no finding here (English left over is untranslated's).
        { lang: 'de', source: 'It is all over.', text: 'Es ist alles overs.' },
        // The year's seasons.
        { lang: 'de', source: 'Ice wedges enlarge with successive seasons of freezing and thawing.', text: 'Eiskeile vergrößern sich mit aufeinander folgenden Jahreszeiten des Gefrierens und Tauens.' },
        { lang: 'de', source: 'The region has dry and rainy seasons.', text: 'Die Region hat trockene und regnerische Jahreszeiten.' },
        { lang: 'de', source: 'Vivaldi wrote The Four Seasons.', text: 'Vivaldi schrieb Die vier Jahreszeiten.' },
        // Quarters are a lodging; a sling is a "Schleuder"; "bowled over by" is overwhelmed; a knock at the door is a knock.
        { lang: 'de', source: 'She rushes back to her quarters.', text: 'Sie eilt zurück in ihr Quartier.' },
        { lang: 'de', source: 'David killed Goliath with a sling.', text: 'David tötete Goliath mit einer Schleuder.' },
        { lang: 'de', source: 'She was bowled over by his kindness.', text: 'Sie war gebeugt und überwältigt von seiner Güte.' },
        { lang: 'de', source: 'He knocks on the door twice.', text: 'Er klopft zweimal an die Tür.' },
        // A governorate is a "Gouvernement"; a plant's seeds are "Samen"; the source's present "wrestles".
        { lang: 'de', source: 'The governorate of Kherson was formed.', text: 'Das Gouvernement Cherson wurde gebildet.' },
        { lang: 'de', source: 'The fruits disperse 100 seeds.', text: 'Die Früchte verstreuen 100 Samen.' },
        { lang: 'de', source: 'He wrestled in Japan and now wrestles for Impact.', text: 'Er rang in Japan und ringt heute für Impact.' },
        // English's present perfect of what still goes on is German's present ("has wrestled since 2003": "ringt seit 2003");
        // the source's quarters and sling beside the term keep the lodging and the sling.
        { lang: 'de', source: 'He has wrestled for TNA since 2003.', text: 'Er ringt seit 2003 für TNA.' },
        { lang: 'de', source: 'The quarterback returned to his quarters.', text: 'Der Quarterback kehrte in sein Quartier zurück.' },
        { lang: 'de', source: 'The sloop carried a sling for the anchor.', text: 'Die Schaluppe trug eine Schleuder für den Anker.' },
        { lang: 'de', source: 'He turned on the tap.', text: 'Er drehte den Wasserhahn auf.' },
        // Athletes are "Sportler", even beside sportswriters.
        { lang: 'de', source: 'A poll of sportswriters and athletes.', text: 'Eine Umfrage unter Sportjournalisten und Sportlern.' },
        // A crease in paper is a fold.
        { lang: 'de', source: 'The paper has a crease.', text: 'Das Papier hat eine Falte.' },
        { lang: 'de', source: 'He ironed the crease in his trousers.', text: 'Er bügelte die Falte in seiner Hose.' },
      ],
    },
  },
  (ctx) => {
    if (!sourceView(ctx.doc)) return;
    const table = tableOf(ctx);
    if (!table) return;
    const { byForm } = table;
    // The source paragraph's words in lower case, read at the first German form found (most paragraphs have none).
    let lower: ReadonlySet<string> | undefined;
    // (The paragraph's text in lower case, for an entry's `unless`; '' where the paragraphs do not line up.)
    let lowerText = '';
    const { words } = ctx;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const calque = byForm.get(w.value);
      if (!calque || w.opaque) continue;
      // (The word before, when the calque is two words: in the same sentence, nothing but a space
      // between.)
      const prev = i > 0 ? words[i - 1] : undefined;
      const first = calque.before && prev && prev.sentence === w.sentence && !prev.opaque && ctx.text.slice(prev.end, w.start) === ' ' ? calque.before.get(prev.value) : undefined;
      if (calque.before && first === undefined) continue;
      if (!lower) {
        const paragraph = sourceParagraph(ctx);
        if (paragraph === undefined) {
          // (Paragraphs that do not line up: the whole source's words, lower-cased once a document.)
          lower = ctx.doc.state.get(LOWER) as ReadonlySet<string> | undefined;
          if (!lower) ctx.doc.state.set(LOWER, (lower = lowerCased(sourceView(ctx.doc)!.words)));
        } else {
          lower = lowerCased(wordsOf(paragraph));
          lowerText = paragraph.toLowerCase();
        }
      }
      // (Where the source paragraph is not known, a word with another sense is left alone.)
      if (calque.unless && (lowerText === '' || calque.unless.test(lowerText))) continue;
      if (calque.when && !calque.when.test(lowerText)) continue;
      if (!calque.source.some((s) => lower!.has(s))) continue;
      const replacement = calque.forms.get(w.value)!;
      // (A noun whose gender the fix changes: its article with it, or a suggestion.)
      const agreed = first === undefined && calque.genders ? withArticle(ctx, i, calque.genders, w.value, replacement) : undefined;
      const start = agreed?.start ?? (first === undefined ? w.start : prev!.start);
      if (ctx.isClaimed(start, w.end)) continue;
      const expected = agreed?.expected ?? [first === undefined ? replacement : `${first} ${replacement}`];
      // (Claimed: "overs" is no English left over for the untranslated check to report again.)
      ctx.claim(start, w.end);
      const written = ctx.text.slice(start, w.end);
      ctx.report({
        start,
        end: w.end,
        message: agreed && !agreed.decided
          ? `Unexpected \`${written}\`, expected ${expected.map((e) => `\`${e}\``).join(' or ')}: the source has ${calque.what}, whose gender differs; the article or adjective before it may change too`
          : `Unexpected \`${written}\`, expected \`${expected[0]}\`: the source has ${calque.what}`,
        expected: calque.also ? [...expected, ...calque.also] : expected,
        ...(calque.fix && (agreed?.decided ?? true) ? { fix: expected[0] } : {}),
      });
    }
  },
);

/** Whether words `a` and `b` (a + 1) are of one sentence with only spaces between. */
function adjacent(ctx: RuleContext, a: number, b: number): boolean {
  const { words } = ctx;
  return a >= 0 && words[a].sentence === words[b].sentence && !words[a].opaque && /^[ \u00A0]+$/u.test(ctx.text.slice(words[a].end, words[b].start));
}

/**
 * Where the fix of noun `i` (`form` → `replacement`, the entry's `genders` giving both) changes
 * its gender: the span from the article before it and the article and noun that replace it, or,
 * where that cannot be decided, the suggestions and `decided: false` (a suggestion, never a fix).
 * Undefined where the noun alone is replaced, as without `genders`.
 *
 * - An article right before the noun (the profile's `agreement`, "dem", "in der") is read in the
 *   cases in which it agrees with the noun as written, by the noun's gender ("der Schleuder": a
 *   feminine's dative or genitive), or, where it agrees with none (the translation wrote the
 *   noun as another gender: "den Schleuder"), by its number alone; the replacement's gender then
 *   takes one form of that article in those cases ("der Schaluppe", "die Schaluppe"), written
 *   with the noun, or several ("das Quartier": "der Quarterback" or "den Quarterback"), suggested.
 * - Another word before the noun that may agree with the old gender too, an inflected one or a
 *   possessive, in small letters (an adjective, "großer") or as a sentence's first word (a
 *   determiner, "Jeder"): suggested, where the gender changes.
 */
function withArticle(ctx: RuleContext, i: number, genders: ReadonlyMap<string, NounGender>, form: string, replacement: string): { start: number; expected: string[]; decided: boolean } | undefined {
  const profile = ctx.profile;
  const from = genders.get(form);
  const to = genders.get(replacement);
  const agreement = profile?.agreement;
  if (!profile || !agreement || from === undefined || to === undefined) return undefined;
  const { words } = ctx;
  const w = words[i];
  const one = adjacent(ctx, i - 1, i) ? words[i - 1] : undefined;
  const two = one && adjacent(ctx, i - 2, i - 1) ? words[i - 2] : undefined;
  // The article's forms in the cases it agrees with the noun as written in, by its gender, or
  // by its number alone; none where it is no article.
  const targetsOf = (article: string): string[] => {
    if (!isAgreeingArticle(profile, article)) return [];
    const told = articleTargets(profile, article, [from], to);
    return told.length > 0 ? told : articleTargets(profile, article, from === 'pl' ? ['pl'] : agreement.genders, to);
  };
  // (Two words first, "in der"; a determiner that inflects as an article, "jedem" as "dem".)
  let found: { start: number; written: string; targets: string[] } | undefined;
  if (two) {
    const written = ctx.text.slice(two.start, one!.end);
    const targets = targetsOf(written.toLowerCase().replace(/[ \u00A0]+/gu, ' '));
    if (targets.length > 0) found = { start: two.start, written, targets };
  }
  if (!found && one) {
    const lower = one.value.toLowerCase();
    let targets = targetsOf(lower);
    const determiner = targets.length === 0 ? determinerAsArticle(profile, lower) : undefined;
    if (determiner) {
      const all = determiner.articles.flatMap(targetsOf).map(determiner.written);
      targets = all.includes(undefined) ? [] : [...new Set(all as string[])];
    }
    if (targets.length > 0 || isAgreeingArticle(profile, lower) || determiner) found = { start: one.start, written: one.value, targets };
  }
  if (!found) {
    if (from === to) return undefined;
    // (An inflected word, "großer", or a possessive, "sein": no preposition, coordinator or
    // subordinator, "über", "aber", "als".)
    const lower = one?.value.toLowerCase() ?? '';
    const inflected = /(?:e|en|em|er|es)$/u.test(lower) || profile.possessives?.has(lower) === true;
    const agrees = one !== undefined && inflected && !profile.prepositions?.has(lower) && !profile.coordinators?.has(lower) && !profile.subordinators.has(lower) && (ctx.sentences[w.sentence].firstWord === i - 1 || /^\p{Ll}/u.test(one.value));
    return agrees ? { start: w.start, expected: [replacement], decided: false } : undefined;
  }
  const form0 = found.written.toLowerCase();
  let targets = found.targets;
  // (No case of the article fits the noun as written: where the gender stays, what agreed agrees.)
  if (targets.length === 0) return from === to ? undefined : { start: w.start, expected: [replacement], decided: false };
  if (targets.length === 1 && targets[0] === form0) return undefined;
  let decided = targets.length === 1;
  // (A masculine's or neuter's genitive takes an ending the replacement does not have, "des
  // Mesenteriums": not written, and the rest only suggested. "jedes", "dieses" may be a neuter's
  // nominative too: suggested as well.)
  if ((to === 'm' || to === 'n') && targets.some((t) => GENITIVE.test(t))) {
    decided = false;
    targets = targets.filter((t) => !GENITIVE.test(t));
    if (targets.length === 0) return { start: w.start, expected: [replacement], decided: false };
  }
  // (The article as written first among several; its capital kept.)
  if (targets.includes(form0)) targets = [form0, ...targets.filter((t) => t !== form0)];
  const cased = (t: string) => (/^\p{Lu}/u.test(found!.written) ? t[0].toUpperCase() + t.slice(1) : t);
  return { start: found.start, expected: targets.map((t) => `${cased(t)} ${replacement}`), decided };
}

/** An article or determiner that may be a masculine's or neuter's genitive ("des", "eines", "jedes", "seines"). */
const GENITIVE = /es$/u;
