/**
 * source-calque: a term of sport that the machine translation rendered word for word, told by
 * the source paragraph ("interceptions" as "Interzeptionen", "wickets" as "Dochte"). Its examples
 * run in examples.test.ts; here, which fixes are applied, and the source's role.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const run = (source: string | undefined, text: string) =>
  check(text, { language: 'de', only: ['source-calque'], path: 'a.txt', ...(source === undefined ? {} : { sourceText: source, sourceLanguage: 'en' }) });

describe('source-calque', () => {
  it('writes American football’s English term where the translation has a German word for another thing', async () => {
    const r = await run('He threw 28 touchdowns against two interceptions. Only one interception was returned.', 'Er warf 28 Touchdowns gegen zwei Interzeptionen. Nur eine Interzeption wurde zurückgetragen.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.severity, f.fixed])).toEqual([
      ['Interzeptionen', 'Interceptions', 'warning', true],
      ['Interzeption', 'Interception', 'warning', true],
    ]);
    expect(r.corrected).toBe('Er warf 28 Touchdowns gegen zwei Interceptions. Nur eine Interception wurde zurückgetragen.');
  });

  it('suggests cricket’s and baseball’s terms, which editors write in English or in German', async () => {
    const r = await run('Laker took four wickets, and two batsmen were out.\n\nHe was moved to the bullpen.', 'Laker nahm vier Dochte, und zwei Fledermäuse waren aus.\n\nEr wurde in den Stift versetzt.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Dochte', 'Wickets', false],
      ['Fledermäuse', 'Schlagmänner', false],
      ['Stift', 'Bullpen', false],
    ]);
    expect(r.corrected).toBe('Laker nahm vier Dochte, und zwei Fledermäuse waren aus.\n\nEr wurde in den Stift versetzt.');
  });

  it('writes cricket’s overs and innings, and football’s passing yards, as the editors did; one finding a word', async () => {
    const source = 'Essex made 83 in their first innings and capitulated within 37 overs.\n\nManning threw for 176 passing yards.';
    const text = 'Essex erreichte 83 in ihren ersten Gasthöfen und kapitulierte innerhalb von 37 overs.\n\nManning warf 176 vorbeifahrende Werften.';
    const r = await check(text, { language: 'de', path: 'a.txt', sourceText: source, sourceLanguage: 'en', only: ['source-calque', 'untranslated', 'spelling'] });
    // (The untranslated check no longer reports "overs" a second time: the span is claimed.)
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.expected[0], f.fixed])).toEqual([
      ['source-calque', 'Gasthöfen', 'Innings', true],
      ['source-calque', 'overs', 'Overs', true],
      ['source-calque', 'vorbeifahrende Werften', 'Passing Yards', true],
    ]);
    expect(r.corrected).toBe('Essex erreichte 83 in ihren ersten Innings und kapitulierte innerhalb von 37 Overs.\n\nManning warf 176 Passing Yards.');
  });

  it('reads the source paragraph of the word: another paragraph’s term does not count', async () => {
    const r = await run('Two batsmen were out.\n\nThe cave holds 500 bats.', 'Zwei Fledermäuse waren aus.\n\nDie Höhle beherbergt 500 Fledermäuse.');
    expect(r.findings.map((f) => [f.actual, f.start.line])).toEqual([['Fledermäuse', 1]]);
  });

  it('reports nothing without a source', async () => {
    expect((await run(undefined, 'Er warf zwei Interzeptionen. Zwei Fledermäuse waren aus.')).findings).toEqual([]);
  });

  it('takes only its own words before a two-word calque, not a name an object inherits ("constructor")', async () => {
    const r = await run('Manning threw for 176 passing yards.', 'Manning warf 176 constructor Werften.');
    expect(r.findings).toEqual([]);
  });
});

describe('source-calque: words of the thirty-seventh session (found on MLQE-PE train)', () => {
  it('writes American football’s quarterback where the translation has a lodging ("Quartier")', async () => {
    const r = await run('Miami senior quarterback Kyle Wright threw for 275 yards.\n\nBoth teams’ quarterbacks benefited.', 'Miami Senior Quartier Kyle Wright warf 275 Yards.\n\nBeide Teams Quartiere profitierten.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Quartier', 'Quarterback', true],
      ['Quartiere', 'Quarterbacks', true],
    ]);
    expect(r.corrected).toBe('Miami Senior Quarterback Kyle Wright warf 275 Yards.\n\nBeide Teams Quarterbacks profitierten.');
  });

  it('leaves a lodging a lodging where the source has no quarterback', async () => {
    expect((await run('She rushes back to her quarters.', 'Sie eilt zurück in ihr Quartier.')).findings).toEqual([]);
  });

  it('writes a sloop as the editors did ("Schleuder" is a sling), not where the source has none', async () => {
    const r = await run('The seizure of the sloop Liberty in 1768 triggered a riot.', 'Die Beschlagnahme der Schleuder Liberty 1768 löste einen Aufruhr aus.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([['Schleuder', 'Schaluppe', true]]);
    expect(r.corrected).toBe('Die Beschlagnahme der Schaluppe Liberty 1768 löste einen Aufruhr aus.');
    expect((await run('David killed Goliath with a sling.', 'David tötete Goliath mit einer Schleuder.')).findings).toEqual([]);
  });

  it('writes cricket’s bowling where the translation bent something ("bog", "gekrümmt", "gebeugt")', async () => {
    const r = await run('Miller then bowled the English skipper Yardley.\n\nEngland survived the first three overs, bowled by McGrath and Lee.', 'Miller bog dann den englischen Skipper Yardley.\n\nEngland überlebte die ersten drei Overs, von McGrath und Lee gekrümmt.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['bog', 'bowlte', true],
      ['gekrümmt', 'gebowlt', true],
    ]);
    expect(r.corrected).toBe('Miller bowlte dann den englischen Skipper Yardley.\n\nEngland überlebte die ersten drei Overs, von McGrath und Lee gebowlt.');
  });

  it('leaves "bowled over" (overwhelmed) alone, and a road that bends', async () => {
    expect((await run('She was bowled over by his kindness and bent down.', 'Sie war gebeugt und überwältigt von seiner Güte.')).findings).toEqual([]);
    expect((await run('The road turned north.', 'Die Straße bog nach Norden ab.')).findings).toEqual([]);
  });

  it('suggests cricket’s crease for a fold ("Falte")', async () => {
    const r = await run('Bradman joined Barnes at the crease.', 'Bradman schloss sich Barnes an der Falte an.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['Falte', ['Crease', 'Linie'], false]]);
  });

  it('writes "knocks" as a blow, not a knock at the door', async () => {
    const r = await run('Mary knocks the gun from his hands.', 'Mary klopft die Waffe aus seinen Händen.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([['klopft', 'schlägt', true]]);
    expect(r.corrected).toBe('Mary schlägt die Waffe aus seinen Händen.');
    expect((await run('He knocks on the door twice.', 'Er klopft zweimal an die Tür.')).findings).toEqual([]);
    expect((await run('When Jason enters without knocking, she shuts the notebook.', 'Als Jason eintritt, ohne zu klopfen, schließt sie das Notizbuch.')).findings).toEqual([]);
  });
});

describe('source-calque: a term of several senses needs the source’s sense too', () => {
  it('takes a crease for cricket’s only where the source has it so ("at the crease"), not a fold in paper', async () => {
    expect((await run('The letter had a crease in it.', 'Der Brief hatte eine Falte.')).findings).toEqual([]);
    expect((await run('Lindwall brought Edrich to the crease.', 'Lindwall brachte Edrich an die Falte.')).findings.map((f) => f.actual)).toEqual(['Falte']);
  });
});

describe('source-calque: words no dictionary has, and a tense, told by the source', () => {
  it('writes bivalves as mussels and a philanthropist as German writes him', async () => {
    const r = await run('Most bivalves bury themselves in sediment.\n\nHe was an Australian businessman and philanthropist.', 'Die meisten Biklappen vergraben sich in Sedimenten.\n\nEr war australischer Geschäftsmann und Philanthrope.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Biklappen', 'Muscheln', true],
      ['Philanthrope', 'Philanthrop', true],
    ]);
    expect(r.corrected).toBe('Die meisten Muscheln vergraben sich in Sedimenten.\n\nEr war australischer Geschäftsmann und Philanthrop.');
  });

  it('writes the past a wrestler wrestled in, not where the source says he wrestles', async () => {
    const r = await run('He also wrestled dark matches before Raw.', 'Er ringt auch dunkle Kämpfe vor Raw.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([['ringt', 'rang', true]]);
    expect((await run('He wrestled in Japan and now wrestles for Impact.', 'Er rang in Japan und ringt heute für Impact.')).findings).toEqual([]);
  });

  it('suggests the office of a governor for a governorship, not for a governorate', async () => {
    const r = await run('Aguayo resigned his governorship.', 'Aguayo trat von seinem Gouvernement zurück.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['Gouvernement', ['Gouverneursamt', 'Statthalterschaft'], false]]);
    expect((await run('The governorate of Cherson was formed.', 'Das Gouvernement Cherson wurde gebildet.')).findings).toEqual([]);
  });

  it('takes the quarterback written with a hyphen too ("Quartier-Back")', async () => {
    const r = await run('The Packers signed quarterback Chris Pizzotti.', 'Die Packers verpflichteten Quartier-Back Chris Pizzotti.');
    expect(r.corrected).toBe('Die Packers verpflichteten Quarterback Chris Pizzotti.');
  });
});

describe('source-calque: a tournament’s seed', () => {
  it('suggests a seeded player’s rank where the translation has a plant’s seed, only for a ranked seed', async () => {
    const r = await run('She beat 13th seed Svetlana Kuznetsova in the quarterfinals.', 'Sie schlug den 13. Samen Svetlana Kuznetsova im Viertelfinale.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['Samen', ['Gesetzte', 'Setzplatz'], false]]);
    expect((await run('The ovule develops into a seed.', 'Die Samenanlage entwickelt sich zu einem Samen.')).findings).toEqual([]);
    expect((await run('Most fruits of this genus disperse 100 seeds.', 'Die meisten Früchte dieser Gattung verstreuen 100 Samen.')).findings).toEqual([]);
  });
});

describe('source-calque: military, funeral and press words rendered part for part', () => {
  it('writes a beachhead, pallbearers, constables and Hessians as the editors did', async () => {
    const source = 'They closed the beachhead.\n\nSix colonels served as the pallbearers.\n\nThe mine wounded four constables.\n\nThe Hessians began to move.';
    const text = 'Sie schlossen den Strandkopf.\n\nSechs Oberste dienten als Palettenträger.\n\nDie Mine verwundete vier Konstallationen.\n\nDie Hessianer setzten sich in Bewegung.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Strandkopf', 'Brückenkopf', true],
      ['Palettenträger', 'Sargträger', true],
      ['Konstallationen', 'Polizisten', true],
      ['Hessianer', 'Hessen', true],
    ]);
    expect(r.corrected).toBe('Sie schlossen den Brückenkopf.\n\nSechs Oberste dienten als Sargträger.\n\nDie Mine verwundete vier Polizisten.\n\nDie Hessen setzten sich in Bewegung.');
  });

  it('writes sportswriters as journalists, not where the source has athletes too', async () => {
    const r = await run('A poll of sportswriters elected the Commodores.', 'Eine Umfrage unter Sportlern wählte die Commodores.');
    expect(r.corrected).toBe('Eine Umfrage unter Sportjournalisten wählte die Commodores.');
    expect((await run('A poll of sportswriters and athletes.', 'Eine Umfrage unter Sportjournalisten und Sportlern.')).findings).toEqual([]);
    // ("Sportler" is one word and many: no plural written for a singular.)
    expect((await run('The sportswriter wrote a column.', 'Der Sportler schrieb eine Kolumne.')).findings).toEqual([]);
  });

  it('writes schist as German does, told by the source', async () => {
    const r = await run('The ore lies in hornblende schist.', 'Das Erz liegt in Hornblende Schist.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([['Schist', 'Schiefer', true]]);
  });
});

describe('source-calque: plants, a wall and societies', () => {
  it('writes cowpeas, sororities, a parapet and pondweed as German does', async () => {
    const source = 'He wrote four bulletins on cowpeas.\n\nThe system comprises 8 fraternities and 6 sororities.\n\nIt is crowned with a parapet.\n\nSago pondweed dominates.';
    const text = 'Er schrieb vier Bulletins über Kautschukerbsen.\n\nDas System umfasst 8 Bruderschaften und 6 Sortitäten.\n\nEs ist mit einem Parapet gekrönt.\n\nSago Pondweed dominiert.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Kautschukerbsen', 'Kuhbohnen', true],
      ['Sortitäten', 'Schwesternschaften', true],
      // ("einem", a neuter's dative: a feminine's is "einer".)
      ['einem Parapet', 'einer Brüstung', true],
      ['Pondweed', 'Laichkraut', true],
    ]);
  });

  it('leaves a pondweed the source does not name', async () => {
    expect((await run('The pond has weeds.', 'Der Teich hat Pondweed.')).findings).toEqual([]);
  });
});

describe('source-calque: more words made part for part (a spout, an understudy, a motorcade)', () => {
  it('writes them as German does', async () => {
    const source = 'A waterspout hit several yachts.\n\nHe hired her as understudy for Bankhead.\n\nThe motorcade passed the first assassin.\n\nLipomas can form on the mesentery.\n\nThe teeth or baleen sit on the upper jaw.\n\nHe threw a touchdown and no interceptions.';
    const text = 'Ein Wasserhahn traf mehrere Yachten.\n\nEr stellte sie als Unterstudie für Bankhead ein.\n\nDie Autokade passierte den ersten Mörder.\n\nLipome können sich auf der Mesenterie bilden.\n\nDie Zähne oder Baleen sitzen im Oberkiefer.\n\nEr warf einen Touchdown und keine Abhörungen.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      // (The article with the noun whose gender changes, where its case is told: "Ein" is a
      // masculine nominative; "Die" a nominative or an accusative, "der" a dative or a genitive:
      // suggested.)
      ['Ein Wasserhahn', 'Eine Wasserhose', true],
      ['Unterstudie', 'Zweitbesetzung', true],
      ['Die Autokade', 'Der Autokorso', false],
      ['der Mesenterie', 'dem Mesenterium', false],
      ['Baleen', 'Barten', true],
      ['Abhörungen', 'Interceptions', true],
    ]);
  });

  it('leaves a tap a tap where the source has one', async () => {
    expect((await run('He turned on the tap.', 'Er drehte den Wasserhahn auf.')).findings).toEqual([]);
  });
});

describe('source-calque: the article before a noun whose gender the fix changes', () => {
  it('fixes the article with the noun where the article’s case is unambiguous', async () => {
    // ("der Wasserhahn": masculine nominative; "dem": dative; "den Gasthof": accusative.)
    const source = 'The waterspout hit the yachts.\n\nThey sailed behind the waterspout.\n\nHe took two wickets in the innings.';
    const text = 'Der Wasserhahn traf die Yachten.\n\nSie segelten hinter dem Wasserhahn.\n\nEr nahm zwei Wickets über den Gasthof.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Der Wasserhahn', ['Die Wasserhose'], true],
      ['dem Wasserhahn', ['der Wasserhose'], true],
      ['den Gasthof', ['das Inning'], true],
    ]);
    expect(r.corrected).toBe('Die Wasserhose traf die Yachten.\n\nSie segelten hinter der Wasserhose.\n\nEr nahm zwei Wickets über das Inning.');
  });

  it('takes the case the article shows with the noun as the translation wrote it: "der Schleuder" is a feminine genitive, "den Schleuder" a masculine accusative', async () => {
    const r = await run('The sloop was seized, and a frigate captured the sloop.', 'Die Beschlagnahme der Schleuder folgte, und eine Fregatte kaperte den Schleuder.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Schleuder', ['Schaluppe'], true],
      ['den Schleuder', ['die Schaluppe'], true],
    ]);
    expect(r.corrected).toBe('Die Beschlagnahme der Schaluppe folgte, und eine Fregatte kaperte die Schaluppe.');
  });

  it('suggests, and does not fix, where the article may be two cases that the new gender writes differently', async () => {
    // ("das Quartier": nominative or accusative, "der Quarterback" or "den Quarterback".)
    const r = await run('The team signed the quarterback.', 'Das Team verpflichtete das Quartier.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['das Quartier', ['der Quarterback', 'den Quarterback'], false]]);
    expect(r.corrected).toBe('Das Team verpflichtete das Quartier.');
  });

  it('suggests where an adjective or a determiner the article table lacks stands before a noun whose gender changes', async () => {
    const r = await run('A large waterspout hit the yachts.', 'Ein großer Wasserhahn traf die Yachten.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['Wasserhahn', ['Wasserhose'], false]]);
  });

  it('fixes the noun alone where its gender stays, or no article or adjective agrees with it', async () => {
    const r = await run('Most bivalves bury themselves.\n\nIt entered the Atlantic as a waterspout.', 'Die meisten Biklappen vergraben sich.\n\nEr zog als Wasserhahn auf den Atlantik.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Biklappen', ['Muscheln'], true],
      ['Wasserhahn', ['Wasserhose'], true],
    ]);
  });
});

describe('source-calque: a determiner that inflects as an article', () => {
  it('reads "jedem" as "dem", "seinen" as "einen", and leaves a genitive to the editor', async () => {
    const source = 'He took two wickets in each innings.\n\nHe threw a touchdown to his quarterback.\n\nThe sloop was seized, and a frigate captured his sloop.\n\nLipomas form on the mesentery.';
    const text = 'Er nahm zwei Wickets in jedem Gasthof.\n\nEr warf einen Touchdown zu seinem Quartier.\n\nDie Beschlagnahme folgte, und eine Fregatte kaperte seinen Schleuder.\n\nLipome bilden sich auf der Mesenterie.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Gasthof', ['Inning'], true],
      ['Quartier', ['Quarterback'], true],
      ['seinen Schleuder', ['seine Schaluppe'], true],
      // ("der": a feminine's dative or genitive; "des Mesenterium" would lack the genitive's -s.)
      ['der Mesenterie', ['dem Mesenterium'], false],
    ]);
    expect(r.corrected).toBe('Er nahm zwei Wickets in jedem Inning.\n\nEr warf einen Touchdown zu seinem Quarterback.\n\nDie Beschlagnahme folgte, und eine Fregatte kaperte seine Schaluppe.\n\nLipome bilden sich auf der Mesenterie.');
  });
});

describe('source-calque: a plural after a possessive', () => {
  it('fixes the plural noun alone: a plural article is the same for every gender', async () => {
    const r = await run('In his innings Ganguly hit four fours.', 'In seinen Gasthöfen traf Ganguly vier Vierer.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['Gasthöfen', ['Innings'], true]]);
  });
});

describe('source-calque: words of the thirty-ninth session (found on MLQE-PE train)', () => {
  it('suggests baseball’s batter and strikeout where the translation has dough and a labour strike', async () => {
    const r = await run('Boston pitching struck out 11 Orioles batters.\n\nIt was his 12th strikeout in the series.', 'Boston Pitching schlug 11 Orioles Teige.\n\nEs war sein 12. Streik in der Serie.');
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Teige', ['Schlagmänner', 'Batter'], false],
      ['Streik', ['Strikeout'], false],
    ]);
  });

  it('leaves dough dough where the source has a cook’s batter, and a strike a strike without a strikeout', async () => {
    expect((await run('Pour the pancake batter into the pan.', 'Gießen Sie den Pfannkuchenteig, den Teig, in die Pfanne.')).findings).toEqual([]);
    expect((await run('The workers went on strike.', 'Die Arbeiter traten in den Streik.')).findings).toEqual([]);
  });

  it('suggests a retreat of troops, marksmanship, proctors and a vigilante’s deeds where the translation has another sense', async () => {
    const source = 'They began their retreat towards the fortalice.\n\nThe infantry were not as good at marksmanship as the Boers.\n\nStudents resented two unpopular Proctors.\n\nThe KKK did not hide its vigilante activity.';
    const text = 'Sie begannen ihre Exerzitien in Richtung Festung.\n\nDie Infanterie war nicht so gut in der Markierung wie die Buren.\n\nDie Studenten grollten zwei unpopulären Prozessoren.\n\nDer KKK verbarg seine Wachsamkeit nicht.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Exerzitien', 'Rückzug', false],
      ['Markierung', 'Treffsicherheit', false],
      ['Prozessoren', 'Aufsichtspersonen', false],
      ['Wachsamkeit', 'Selbstjustiz', false],
    ]);
  });

  it('leaves a spiritual retreat, markings and processors alone', async () => {
    expect((await run('The monks hold a spiritual retreat every year.', 'Die Mönche halten jedes Jahr Exerzitien ab.')).findings).toEqual([]);
    expect((await run('The road marking was repainted.', 'Die Markierung wurde neu gestrichen.')).findings).toEqual([]);
    expect((await run('The processors are fast.', 'Die Prozessoren sind schnell.')).findings).toEqual([]);
  });

  it('writes a carcass as a dead animal’s and an election’s landslide as a win', async () => {
    const r = await run('Wolves fight over carcasses.\n\nJackson defeated Adams in a landslide.', 'Wölfe streiten um Schlachtkörper.\n\nJackson besiegte Adams in einem Erdrutsch.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['Schlachtkörper', 'Kadaver', true],
      ['Erdrutsch', 'Erdrutschsieg', true],
    ]);
    expect(r.corrected).toBe('Wölfe streiten um Kadaver.\n\nJackson besiegte Adams in einem Erdrutschsieg.');
  });

  it('leaves a slaughterhouse’s carcass and a landslide of earth alone', async () => {
    expect((await run('The slaughterhouse weighs each carcass.', 'Der Schlachthof wiegt jeden Schlachtkörper.')).findings).toEqual([]);
    expect((await run('A landslide buried the road after heavy rain.', 'Ein Erdrutsch begrub nach starkem Regen die Straße.')).findings).toEqual([]);
  });

  it('suggests verbs of the source’s sense: retaliated, embarrasses, branded, pinned, advanced', async () => {
    const source = 'Stewart retaliated by reversing into him.\n\nThis embarrasses the couple.\n\nA writer branded him the "beacon of benevolence".\n\nKane pinned Ziggler.\n\nHewitt advanced to the semifinal.';
    const text = 'Stewart vergeltet, indem er in ihn zurücksetzte.\n\nDas verleumdet das Paar.\n\nEin Schriftsteller markierte ihn als „Leuchtfeuer des Wohlwollens“.\n\nKane fesselte Ziggler.\n\nHewitt avancierte ins Halbfinale.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['vergeltet', 'revanchiert sich', false],
      ['verleumdet', 'bringt in Verlegenheit', false],
      ['markierte', 'bezeichnete', false],
      ['fesselte', 'schulterte', false],
      ['avancierte', 'rückte vor', false],
    ]);
  });

  it('leaves those verbs where the source has their own sense', async () => {
    expect((await run('The rancher branded his cattle.', 'Der Rancher markierte sein Vieh.')).findings).toEqual([]);
    expect((await run('He was pinned down and tied up by the robbers.', 'Er wurde von den Räubern gefesselt, und sie fesselte ihn.')).findings).toEqual([]);
    expect((await run('He advanced to become the leading actor.', 'Er avancierte zum führenden Schauspieler.')).findings).toEqual([]);
  });

  it('suggests a river’s mouth, fused segments and sirens that sound, only in the source’s sense', async () => {
    const source = 'It extends for 42 km and empties into the bay.\n\nThe thorax is made of three fused segments.\n\nSirens sounded around the country.';
    const text = 'Es erstreckt sich über 42 km und entleert sich in die Bucht.\n\nDer Thorax besteht aus drei geschmolzenen Segmenten.\n\nSirenen klang im ganzen Land.';
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['entleert', 'mündet', false],
      ['geschmolzenen', 'verwachsenen', false],
      ['klang', 'ertönten', false],
    ]);
    expect((await run('He emptied his revolvers into the crowd.', 'Er entleerte seine Revolver in die Menge.')).findings).toEqual([]);
    expect((await run('The ice melted and the fused glass cooled.', 'Das Eis schmolz, und das geschmolzene Glas kühlte ab.')).findings).toEqual([]);
    expect((await run('Her voice sounded tired.', 'Ihre Stimme klang müde.')).findings).toEqual([]);
  });
});

describe('source-calque: more of the thirty-ninth session (ships, roads, troops, chemistry, baseball)', () => {
  it('suggests the term of the source’s sense', async () => {
    const source = [
      'TF 58 sortied on 10 February.',
      'East of Bedford the turnpike passes through the narrows.',
      'Interest petered out by the 1890s.',
      'The Cardinals signed reliever Bud Norris.',
      'The 52nd then charged, and the chasseurs broke.',
      'Xenon liquifies at −161.4 °C.',
      'The Utes shot arrows onto the mounted militia below.',
      'He also had five pass breakups.',
    ].join('\n\n');
    const text = [
      'Die TF 58 sortierte sich am 10. Februar.',
      'Östlich von Bedford führt die Drehkreuze durch die Enge.',
      'Das Interesse versteinerte in den 1890er Jahren.',
      'Die Cardinals verpflichteten den Reliefs Bud Norris.',
      'Die 52. dann geladen, und die Chasseurs brachen.',
      'Xenon liquidiert sich bei −161,4 °C.',
      'Die Utes schossen Pfeile auf die darunter montierte Miliz.',
      'Er hatte auch fünf Durchgänge.',
    ].join('\n\n');
    const r = await run(source, text);
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['sortierte', 'lief aus', false],
      ['Drehkreuze', 'Mautstraßen', false],
      ['versteinerte', 'ließ nach', false],
      ['Reliefs', 'Reliever', false],
      ['geladen', 'gestürmt', false],
      ['liquidiert', 'verflüssigt', false],
      ['montierte', 'berittene', false],
      ['Durchgänge', 'Pass-Abbrüche', false],
    ]);
  });

  it('leaves the words in their own sense', async () => {
    expect((await run('The mail was sorted by hand.', 'Die Post sortierte man von Hand.')).findings).toEqual([]);
    expect((await run('The gun was charged with powder; a charged particle moved.', 'Die Kanone wurde geladen; ein geladenes Teilchen bewegte sich.')).findings).toEqual([]);
    expect((await run('He charged the battery.', 'Er hat die Batterie geladen.')).findings).toEqual([]);
    expect((await run('The camera was mounted on the wall.', 'Die Kamera wurde an der Wand montiert, die man montierte Kamera nennt.')).findings).toEqual([]);
    expect((await run('The company was liquidated and the gas liquified.', 'Die Firma wurde liquidiert.')).findings).toEqual([]);
    expect((await run('The fossils petrified.', 'Die Fossilien versteinerten.')).findings).toEqual([]);
  });
});

describe('source-calque: a ship sunk by another (transitive "sank")', () => {
  it('suggests "versenkte" where the source sank something and the translation has it sink itself', async () => {
    const r = await run('The Japanese torpedoes hit and sank the U.S. cruiser.\n\nCase rammed and sank a Japanese midget submarine.', 'Die japanischen Torpedos trafen und sanken den US-Kreuzer.\n\nCase rammte und sank ein japanisches Kleinst-U-Boot.');
    expect(r.findings.map((f) => [f.actual, f.expected[0], f.fixed])).toEqual([
      ['sanken', 'versenkten', false],
      ['sank', 'versenkte', false],
    ]);
  });

  it('leaves a ship that sank, and one that sank her', async () => {
    expect((await run('The ship sank after hitting a mine.', 'Das Schiff sank, nachdem es auf eine Mine gelaufen war.')).findings).toEqual([]);
    expect((await run('The destroyer sank her before her own demise.', 'Der Zerstörer sank vor ihrem eigenen Untergang.')).findings).toEqual([]);
    expect((await run('The boat sank to the bottom of the lake.', 'Das Boot sank auf den Grund des Sees.')).findings).toEqual([]);
  });
});
