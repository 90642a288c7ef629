/**
 * A term of sport (or another word of two senses) that the machine translation rendered word for
 * word, where the source paragraph (`--source`) shows which sense it had: American football's
 * "interceptions" as "Interzeptionen", cricket's "wickets" as "Dochte" (candle wicks) and "batsmen" as
 * "Fledermäuse", baseball's "bullpen" as "Stift". Each term is one entry of `CALQUES`: the
 * German forms, the source words one of which the source paragraph must have, and what German
 * writes instead.
 *
 * The fix is applied where one word replaces one word and the post-editors wrote it so: the
 * English term "Interceptions" (9 of 10 on MLQE-PE train). The others are suggestions: cricket's
 * and baseball's words, which editors write in English or in German ("Wickets" or "Tore",
 * "Schlagmänner", "Bullpen").
 *
 * Without the source, or where it does not have the term, nothing is reported: bats are
 * animals, and a "Stift" a pen.
 *
 * Measured on MLQE-PE train (7,000 sentences; the terms found there, dev only measured): 38
 * findings, all on words tagged as errors, none on the post-edits. Then cricket's innings as
 * "Gasthöfen" (an inn's "Gasthof"), its "overs" left in small letters, and American football's
 * "passing yards" as "vorbeifahrende Werften" (shipyards going by), each fixed as the
 * post-editors wrote it: train 19 more findings, all on words tagged as errors, none on the
 * post-edits (17 of 19 fixes as the editors made them); a "Werft" alone stays a shipyard. And a
 * sport's "seasons" as "Jahreszeiten", suggested ("Saisons", "Spielzeiten", "Staffeln"), unless the
 * source speaks of the year's seasons ("four seasons", "rainy seasons", "seasons of freezing"):
 * train 4 findings, all on error-tagged words (the one "Jahreszeiten" its editors kept, "seasons of
 * freezing and thawing", is left alone). Left out, since the
 * post-editors on train kept the word in the post-edit (each such word would be a false alarm
 * on correct text): "Pforten" for wickets (24 of 32 tagged as errors; 12 kept), a storm that
 * "dissipated" as "zerstreute" or "verschwand" (19 of 21; 4 kept), the baseball team
 * "Cardinals" as "Kardinäle" (8 of 9; 1 kept) and a road's "terminus" as "Endstation" (7 of 7;
 * 1 kept). With them, dev's false alarms on the post-edits rose from 56 to 58.
 *
 * Not only sport: a word of another sense that the source tells. Then (thirty-seventh session, found
 * on train, each word changed by the editors wherever the source has the term, and kept by none):
 * American football's quarterback as "Quartier" (a lodging; 5 on train), a sloop as "Schleuder" (a
 * sling; 4, "Schaluppe" in all), cricket's "bowled" as "bog", "gekrümmt" or "gebeugt" (bent; 9, "bowlte"
 * or "gebowlt" in 4, reworded in the rest), its crease as "Falte" (a fold; 3, suggested: "Crease" or
 * "Linie"; only where the source has the batsman's crease, "at the crease", not a fold), and a blow's
 * "knocks" as "klopft" (4 of 4 "schlägt"; not a knock on or at a door); words no dictionary has, bivalves
 * as "Biklappen" ("Muscheln", 3) and a philanthropist as "Philanthrope" ("Philanthrop", 3 of 3); a
 * governorship as "Gouvernement" (a governorate; 3, suggested: "Gouverneursamt"); and "wrestled" as
 * "ringt" (the present; 3, "rang" in 2); and a tournament's ranked seed ("13th seed") as "Samen" (3,
 * suggested: "Gesetzte", "Setzplatz"; not a plant's, "100 seeds"); and words made part for part, each
 * written as the editors wrote it: a beachhead as "Strandkopf" ("Brückenkopf"), pallbearers as
 * "Palettenträger" ("Sargträger"), constables as "Konstallationen" ("Polizisten"), Hessians as
 * "Hessianer" ("Hessen"), sportswriters as "Sportlern" ("Sportjournalisten"; not where the source
 * has athletes too), cowpeas as "Kautschukerbsen" ("Kuhbohnen"), sororities as "Sortitäten"
 * ("Schwesternschaften"), a waterspout as "Wasserhahn" (a tap; "Wasserhose"), an understudy as
 * "Unterstudie" ("Zweitbesetzung"), a motorcade as "Autokade" ("Autokorso"), the mesentery as
 * "Mesenterie" ("Mesenterium"), interceptions as "Abhörungen"; and English left where German has a
 * word: schist ("Schiefer"), a parapet ("Brüstung"), pondweed ("Laichkraut"), baleen ("Barten").
 * Train 77 more findings, all on words tagged as errors, none on the post-edits; TER 17.986 →
 * 17.947 (dev, measured: 5 findings, 18.746 → 18.716).
 *
 * @example
 *   source: "He threw two interceptions."   translation: "Er warf zwei Interzeptionen."
 *   out: "Er warf zwei Interceptions."
 */
import { defineRule } from '../core/rule.js';
import { sourceParagraph, sourceView, wordsOf } from '../core/source.js';

interface Calque {
  /** The translation's word for word rendering → what German writes instead. */
  forms: Readonly<Record<string, string>>;
  /** Source words, in lower case, one of which the source paragraph must have (in any case). */
  source: readonly string[];
  /** A source paragraph (in lower case) this matches has the word in its other sense: no finding. */
  unless?: RegExp;
  /** The source paragraph (in lower case) must match this too: the term's sense, where the word has others ("at the crease"). */
  when?: RegExp;
  /** Further suggestions, after the form's own. */
  also?: readonly string[];
  /**
   * Words that, right before the form, are part of the calque → what they become ("vorbeifahrende
   * Werften" for "passing yards" → "Passing Yards"). With it, the form alone is no finding: a
   * "Werft" is a shipyard.
   */
  before?: Readonly<Record<string, string>>;
  /** Whether the replacement is applied (as editors write it). */
  fix?: boolean;
  /** What the term is, for the message. */
  what: string;
}

const CALQUES: readonly Calque[] = [
  { forms: { Interzeption: 'Interception', Interzeptionen: 'Interceptions', Abhörung: 'Interception', Abhörungen: 'Interceptions' }, source: ['interception', 'interceptions'], fix: true, what: "American football's interception" },
  { forms: { Docht: 'Wicket', Dochte: 'Wickets', Dochten: 'Wickets' }, source: ['wicket', 'wickets'], what: "cricket's wicket" },
  { forms: { Fledermaus: 'Schlagmann', Fledermäuse: 'Schlagmänner', Fledermäusen: 'Schlagmännern' }, source: ['batsman', 'batsmen'], what: "cricket's batsman" },
  { forms: { Stift: 'Bullpen' }, source: ['bullpen'], what: "baseball's bullpen" },
  {
    forms: { Jahreszeiten: 'Saisons' },
    source: ['seasons'],
    // (The year's seasons: "four seasons", "the dry and the rainy seasons", "seasons of freezing and thawing", "mating seasons".)
    unless: /\b(?:four|all|changing|dry|wet|rainy|monsoon|breeding|mating|growing|nesting|hunting|fishing|winter|summer|spring|autumn|fall)(?: and \w+)? seasons\b|\bseasons of\b/u,
    also: ['Spielzeiten', 'Staffeln'],
    what: 'seasons of a sport or a series',
  },
  { forms: { Gasthof: 'Inning', Gasthöfe: 'Innings', Gasthöfen: 'Innings' }, source: ['innings'], fix: true, what: "cricket's innings" },
  // (English left in small letters: a German noun is capitalized.)
  { forms: { overs: 'Overs' }, source: ['overs'], fix: true, what: "cricket's overs" },
  {
    forms: { Werften: 'Yards' },
    before: { vorbei: 'Passing', vorbeifahrende: 'Passing', vorbeifahrenden: 'Passing' },
    source: ['yards'],
    fix: true,
    what: "American football's passing yards",
  },
  // (Thirty-seventh session, from MLQE-PE train: each word only ever changed by the editors where the source has the term.)
  { forms: { Quartier: 'Quarterback', 'Quartier-Back': 'Quarterback', Quartiere: 'Quarterbacks', Quartieren: 'Quarterbacks' }, source: ['quarterback', 'quarterbacks'], fix: true, what: "American football's quarterback" },
  { forms: { Schleuder: 'Schaluppe', Schleudern: 'Schaluppen' }, source: ['sloop', 'sloops'], fix: true, what: 'a sloop (a ship)' },
  // (Not "bowled over by", overwhelmed.)
  { forms: { bog: 'bowlte', gekrümmt: 'gebowlt', gebeugt: 'gebowlt' }, source: ['bowled'], unless: /\bbowled over by\b/u, fix: true, what: "cricket's bowling" },
  // (Cricket's crease is where a batsman stands: "at the crease", "the popping crease"; a crease in paper or cloth is a "Falte".)
  {
    forms: { Falte: 'Crease' },
    source: ['crease'],
    when: /\b(?:at|to|behind|from|out of|in) (?:the|his|her) crease\b|\b(?:popping|return|bowling) crease\b/u,
    also: ['Linie'],
    what: "cricket's crease",
  },
  // (Not a knock at the door: "knocks on", "knocks at".)
  { forms: { klopft: 'schlägt' }, source: ['knocks'], unless: /\bknocks (?:on|at)\b/u, fix: true, what: 'a blow ("knocks")' },
  // (A tournament's seed, ranked: "13th seed", "no. 2 seed", "top seed"; not a plant's, "100 seeds", "the seed coat".)
  {
    forms: { Samen: 'Gesetzte' },
    source: ['seed', 'seeds'],
    when: /\b(?:\d+(?:st|nd|rd|th)|top|no\. ?\d+|number \d+) seeds?\b/u,
    also: ['Setzplatz'],
    what: "a tournament's seed",
  },
  // (Words no dictionary has, "Biklappen" for "bi-valves"; "Philanthrope" for German's "Philanthrop".)
  { forms: { Biklappe: 'Muschel', Biklappen: 'Muscheln' }, source: ['bivalve', 'bivalves'], fix: true, what: 'bivalves (mussels)' },
  { forms: { Philanthrope: 'Philanthrop' }, source: ['philanthropist'], fix: true, what: 'a philanthropist' },
  // (A governor's office; a "Gouvernement" is a governorate, a province.)
  { forms: { Gouvernement: 'Gouverneursamt' }, source: ['governorship'], also: ['Statthalterschaft'], what: "a governor's office (governorship)" },
  // (Words made part for part: a beach's head, pallets' carriers, "constellations" for constables, an English -ian.)
  { forms: { Strandkopf: 'Brückenkopf', Strandkopfes: 'Brückenkopfes', Strandköpfe: 'Brückenköpfe', Strandköpfen: 'Brückenköpfen' }, source: ['beachhead', 'beachheads'], fix: true, what: 'a beachhead' },
  { forms: { Palettenträger: 'Sargträger', Palettenträgern: 'Sargträgern' }, source: ['pallbearer', 'pallbearers'], fix: true, what: 'pallbearers' },
  { forms: { Konstallation: 'Polizist', Konstallationen: 'Polizisten' }, source: ['constable', 'constables'], fix: true, what: 'constables' },
  { forms: { Hessianer: 'Hessen', Hessianern: 'Hessen' }, source: ['hessian', 'hessians'], fix: true, what: 'Hessian soldiers' },
  // (Not where the source has athletes too; not "Sportler", one or many, whose number the fix could not tell.)
  { forms: { Sportlern: 'Sportjournalisten' }, source: ['sportswriter', 'sportswriters'], unless: /\b(?:athletes?|sportsm[ae]n|sportspeople)\b/u, fix: true, what: 'sportswriters' },
  { forms: { Wasserhahn: 'Wasserhose', Wasserhähne: 'Wasserhosen' }, source: ['waterspout', 'waterspouts'], fix: true, what: 'a waterspout' },
  { forms: { Unterstudie: 'Zweitbesetzung' }, source: ['understudy'], fix: true, what: 'an understudy' },
  { forms: { Autokade: 'Autokorso' }, source: ['motorcade'], also: ['Wagenkolonne'], fix: true, what: 'a motorcade' },
  { forms: { Mesenterie: 'Mesenterium' }, source: ['mesentery'], fix: true, what: 'the mesentery' },
  { forms: { Baleen: 'Barten' }, source: ['baleen'], fix: true, what: "a whale's baleen" },
  { forms: { Kautschukerbsen: 'Kuhbohnen' }, source: ['cowpea', 'cowpeas'], also: ['Augenbohnen'], fix: true, what: 'cowpeas' },
  { forms: { Sortität: 'Schwesternschaft', Sortitäten: 'Schwesternschaften' }, source: ['sorority', 'sororities'], also: ['Studentinnenverbindungen'], fix: true, what: 'sororities' },
  // (English left in the translation, where German has its own word.)
  { forms: { Schist: 'Schiefer' }, source: ['schist', 'schists'], fix: true, what: 'schist (a rock)' },
  { forms: { Parapet: 'Brüstung' }, source: ['parapet', 'parapets'], fix: true, what: 'a parapet' },
  { forms: { Pondweed: 'Laichkraut' }, source: ['pondweed'], fix: true, what: 'pondweed' },
  // (The present for the source's past; not where the source has the present too.)
  { forms: { ringt: 'rang' }, source: ['wrestled'], unless: /\bwrestles\b/u, fix: true, what: 'the past tense "wrestled"' },
];

/** Every German form → its entry (the forms of different entries are distinct). */
const BY_FORM = new Map<string, Calque>(CALQUES.flatMap((c) => Object.keys(c.forms).map((f) => [f, c] as const)));

const LOWER = 'source-calque/lower';

const lowerCased = (words: Iterable<string>): ReadonlySet<string> => new Set(Array.from(words, (x) => x.toLowerCase()));

export default defineRule(
  {
    id: 'source-calque',
    description: 'A term of sport (or another word) translated in a sense the source does not have ("interceptions" as "Interzeptionen" → "Interceptions").',
    category: 'accuracy',
    severity: 'warning',
    languages: ['de'],
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
    // The source paragraph's words in lower case, read at the first German form found (most paragraphs have none).
    let lower: ReadonlySet<string> | undefined;
    // (The paragraph's text in lower case, for an entry's `unless`; '' where the paragraphs do not line up.)
    let lowerText = '';
    const { words } = ctx;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const calque = BY_FORM.get(w.value);
      if (!calque || w.opaque) continue;
      // (The word before, when the calque is two words: in the same sentence, nothing but a space
      // between; an entry's own word, not "constructor", which every object has.)
      const prev = i > 0 ? words[i - 1] : undefined;
      const first = calque.before && prev && prev.sentence === w.sentence && !prev.opaque && ctx.text.slice(prev.end, w.start) === ' ' && Object.hasOwn(calque.before, prev.value) ? calque.before[prev.value] : undefined;
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
      const start = first === undefined ? w.start : prev!.start;
      if (!calque.source.some((s) => lower!.has(s)) || ctx.isClaimed(start, w.end)) continue;
      const expected = first === undefined ? calque.forms[w.value] : `${first} ${calque.forms[w.value]}`;
      // (Claimed: "overs" is no English left over for the untranslated check to report again.)
      ctx.claim(start, w.end);
      ctx.report({
        start,
        end: w.end,
        message: `Unexpected \`${ctx.text.slice(start, w.end)}\`, expected \`${expected}\`: the source has ${calque.what}`,
        expected: calque.also ? [expected, ...calque.also] : [expected],
        ...(calque.fix ? { fix: expected } : {}),
      });
    }
  },
);
