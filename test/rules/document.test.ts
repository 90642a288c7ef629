/** Document-level rules: paragraph language, glossary terms of the source, first mentions, consistency. */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { check } from '../helpers.js';

describe('paragraph-language', () => {
  it('flags an English paragraph left in a German article', async () => {
    const text =
      'Hikvision bestreitet öffentlich seine Beteiligung an der Inhaftierung, aber neue Details scheinen das Gegenteil zu zeigen.\n' +
      'The company denied any involvement in the detention camps and said it takes human rights seriously.\n' +
      'Die Aufzeichnungen wurden zuerst von IPVM veröffentlicht und später von Axios bestätigt.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    const f = result.findings.filter((x) => x.ruleId === 'paragraph-language');
    expect(f).toHaveLength(1);
    expect(f[0].actual.startsWith('The company denied')).toBe(true);
    expect(f[0].start.line).toBe(2);
    // With the language given (--lang de): the document's language, and the paragraph is still found.
    const given = await check(text, { path: 'a.txt', language: 'de' });
    expect(given.findings.filter((x) => x.ruleId === 'paragraph-language').map((x) => x.start.line)).toEqual([2]);
  });
  it('flags a paragraph mostly in a script the document\'s language is not written in, named by its language or its script; not a name in it', async () => {
    const german = 'Die Regierung hat heute neue Regeln für den Datenschutz beschlossen, sagte ein Sprecher in Berlin.\n\n';
    const found = async (paragraph: string) =>
      (await check(`${german}${paragraph}\n`, { path: 'a.txt' })).findings.filter((x) => x.ruleId === 'paragraph-language').map((x) => [x.start.line, x.severity, x.message, x.actual]);
    // Its letters have no case (Arabic, Chinese), or its language is not told by the German
    // dictionary's verdicts (Cyrillic): no finding had been made of any.
    expect(await found('قالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين.')).toEqual([
      [3, 'error', 'Paragraph is in Arabic, the document is in German: untranslated?', 'قالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين'],
    ]);
    expect((await found('中国政府今天宣布了新的数据保护政策，以保护用户。')).map((f) => f[2])).toEqual(['Paragraph is in Chinese, the document is in German: untranslated?']);
    // (Russian, Bulgarian and Macedonian trigrams come close in one sentence: named by its script.)
    expect((await found('Президент заявил сегодня, что правительство изменит закон о наблюдении за гражданами.')).map((f) => f.slice(1, 3))).toEqual([
      ['error', 'Paragraph is in Cyrillic script, the document is in German: untranslated?'],
    ]);
    expect((await found('Президент заявив сьогодні, що уряд змінить закон про спостереження.')).map((f) => f[2])).toEqual(['Paragraph is in Ukrainian, the document is in German: untranslated?']);
    // Names in a script with case, as a line of Latin names is: information.
    expect((await found('Президент Владимир Путин и Министр Сергей Лавров')).map((f) => f.slice(1, 3))).toEqual([
      ['info', 'Paragraph is mostly Cyrillic-script names and titles, the document is in German: translate those that have a German name'],
    ]);
    // A quotation in its script introduced in German: information, as a quotation in English is.
    expect((await found('Er sagte: „Мы никогда не сдадимся и будем бороться до самого конца“.')).map((f) => f[1])).toEqual(['info']);
    expect((await found('Der Sprecher sagte am Montag: „قالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين“.')).map((f) => f.slice(1, 3))).toEqual([
      ['info', 'Paragraph quotes Arabic text, the document is in German: a quotation kept in its language, or left untranslated?'],
    ]);
    // A long passage in Chinese or Japanese, written without spaces, quoted in a German sentence:
    // a quotation, information (it had been Chinese "names and titles", by the case of the German
    // words around it; unquoted, or a paragraph all in it, is an error still).
    expect((await found('Der Präsident sagte: „我们将继续推进改革开放，坚定不移地走和平发展道路，维护世界和平“.')).map((f) => f.slice(1, 3))).toEqual([
      ['info', 'Paragraph quotes Chinese text, the document is in German: a quotation kept in its language, or left untranslated?'],
    ]);
    expect((await found('„我们将继续推进改革开放，坚定不移地走和平发展道路，维护世界和平“')).map((f) => f[1])).toEqual(['error']);
    expect((await found('Sein Motto 我们将继续推进改革开放坚定不移地走和平发展道路 kennt jeder.')).map((f) => f[1])).toEqual(['error']);
    // A caption of names in a script without case, of three words or more: no finding, as one in Latin letters; running text is an error.
    expect(await found('محمد بن سلمان آل سعود')).toEqual([]);
    expect(await found('جامعة الملك عبد العزيز')).toEqual([]);
    expect((await found('قالت الشركة إنها ستفعل المزيد.')).map((f) => f[1])).toEqual(['error']);
    // A name in its script, alone or in a German sentence: no finding.
    expect(await found('Пётр Иванов')).toEqual([]);
    expect(await found('Der Schriftsteller Пётр Иванов lebt in Berlin und nutzt TikTok (تيك توك) jeden Tag.')).toEqual([]);
  });
  it('flags a paragraph that opens with a path or an option from its first character', async () => {
    const german = 'Die Firma hat neue Kameras verkauft, die in vielen Städten hängen und die Bürger überwachen. Die Regierung prüft nun, ob sie verboten werden sollen. Eine Entscheidung wird für den Herbst erwartet, nachdem die Gutachten der Behörden vorliegen.\n\n';
    for (const opening of ['/etc/shadow holds', '--verbose prints', './build holds', 'The file']) {
      const text = `${german}${opening} the passwords of the users and must never be readable by others.\n`;
      const [f] = (await check(text, { path: 'a.txt' })).findings.filter((x) => x.ruleId === 'paragraph-language');
      expect(f.start.column).toBe(1);
      expect(f.actual.slice(0, opening.length)).toBe(opening);
    }
  });
  it('checks the words of an English paragraph with the English dictionary, and takes the German words in it for German', async () => {
    // The paragraph's language is told from the German dictionary's verdicts on its words;
    // once it is English, "recieved" is an English misspelling, and "veröffentlicht", a German
    // word in a paragraph that mixes both, is not (the paragraph itself is reported).
    const text =
      'Hikvision bestreitet öffentlich seine Beteiligung an der Inhaftierung, aber neue Details scheinen das Gegenteil zu zeigen.\n' +
      'The company denied any involvement in the camps and said the report was recieved and veröffentlicht without its consent.\n' +
      'Die Aufzeichnungen wurden zuerst von IPVM veröffentlicht und später von Axios bestätigt.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.findings.filter((x) => x.ruleId === 'paragraph-language').map((f) => f.start.line)).toEqual([2]);
    const unknown = result.findings.filter((x) => x.ruleId === 'spelling').map((f) => [f.actual, f.start.line]);
    expect(unknown).toEqual([['recieved', 2]]);
  });
  it('reports a line of English names and titles (a reference) as information, running English text as an error', async () => {
    const text =
      'Die Ausstellung zeigte Werke aus drei Jahrhunderten und wurde von vielen Besuchern gelobt.\n' +
      'Sie war in der Stadt zu sehen, bevor sie im Herbst nach Wien und danach nach Zürich ging.\n' +
      'Harris, Jonathan, Byzantium and the Crusades, Bloomsbury, 2nd ed., London and New York, 2014.\n' +
      'The museum said the exhibition had drawn more visitors than any other show in its history.\n' +
      'Connelly, Joan Breton, The Parthenon Enigma, Knopf Doubleday Publishing Group, New York, 2014.\n' +
      'Der Katalog ist im Buchhandel erhältlich und kostet zwanzig Euro.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    const f = result.findings.filter((x) => x.ruleId === 'paragraph-language').map((x) => [x.start.line, x.severity]);
    // (Line 5 has no lower-case word at all: names only, in no language of their own.)
    expect(f).toEqual([
      [3, 'info'],
      [4, 'error'],
    ]);
  });
  it('reports an English quotation a German sentence introduces as information, an English paragraph in quotation marks alone as an error', async () => {
    const text =
      'Die Rede von Präsident Kennedy gilt bis heute als Wendepunkt der amerikanischen Raumfahrt.\n' +
      'Im Original heißt es: „We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard.“\n' +
      '„We choose to go to the Moon in this decade and do the other things, not because they are easy, but because they are hard.“\n' +
      'Die Mission wurde im Jahr 1969 erfolgreich abgeschlossen, und die Astronauten kehrten zurück.\n' +
      'Viele Historiker sehen in der Ansprache den Beginn eines neuen Zeitalters der Wissenschaft.\n' +
      'Die Kosten des Programms waren allerdings enorm und wurden im Kongress heftig diskutiert.\n' +
      'Heute erinnert ein Museum in Houston an die Landung und an die Menschen, die sie möglich machten.\n' +
      // A long quotation and one word of the document's language after it ("er" is English too).
      '„This is a very sad day for our country and for democracy“, schrieb er.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    const f = result.findings.filter((x) => x.ruleId === 'paragraph-language').map((x) => [x.start.line, x.severity]);
    expect(f).toEqual([
      [2, 'info'],
      [3, 'error'],
      [8, 'info'],
    ]);
  });
  it('keeps the document’s quotation marks in a paragraph read as English (a German reference to an English title)', async () => {
    const text =
      'Die Ausstellung zeigte Werke aus drei Jahrhunderten und wurde von vielen Besuchern gelobt.\n' +
      'Robinson, John M. „The LGBT Movement Springs from the Stonewall Riots“, New York Review of Books, 2019.\n' +
      'Der Katalog ist im Buchhandel erhältlich und kostet zwanzig Euro.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    expect(result.findings.filter((x) => x.category === 'punctuation')).toEqual([]);
    expect(result.corrected).toBe(text);
  });
  it('tells a paragraph’s language by its lower-case words: names and titles do not make French English', async () => {
    const text =
      'Les plateformes de streaming se multiplient en France et le public suit avec enthousiasme.\n' +
      'Netflix diffuse The Crown, House of Cards et « Stranger Things » : génial !\n' +
      'Les abonnements ont encore augmenté cette année, selon les chiffres publiés mardi.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('fr');
    expect(result.findings.filter((x) => x.ruleId === 'paragraph-language')).toEqual([]);
    // French typography: guillemets stay, and the spaces before « : » and « ! » become no-break spaces.
    expect(result.corrected.split('\n')[1]).toMatch(/^Netflix diffuse The Crown, House of Cards et «[\u00A0\u202F]Stranger Things[\u00A0\u202F]»[\u00A0\u202F]: génial[\u00A0\u202F]!$/);
  });
  it('keeps the period of an English abbreviation at the end of a quotation in an English paragraph', async () => {
    const text =
      'Die Ausstellung zeigte Werke aus drei Jahrhunderten und wurde von vielen Besuchern gelobt.\n' +
      'Sie war in der Stadt zu sehen, bevor sie im Herbst nach Wien und danach nach Zürich ging.\n' +
      'The speech was given by "the wife of the late senator, Mrs." Everyone in the room stood up and clapped for a long time.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    expect(result.findings.filter((x) => x.ruleId === 'quote-period')).toEqual([]);
  });
  it('does not report the German words of a German paragraph read as English (many English names) as misspelled', async () => {
    const text =
      'Die Band spielte im Herbst in vielen Städten und veröffentlichte danach ein neues Album.\n' +
      'Bands wie Pixies, The Replacements, Sonic Youth, The Smiths, The Stone Roses, The Jesus and Mary Chain, The Cure and The Pogues.\n' +
      'Die Kritiker lobten das Album, und die Tournee war schnell ausverkauft.\n';
    const result = await check(text, { path: 'a.txt' });
    expect(result.language).toBe('de');
    expect(result.findings.filter((x) => x.ruleId === 'spelling' && x.actual === 'wie')).toEqual([]);
  });
  it('reads "of" and "and" inside an English institution\'s name in a German line as the name\'s, not running English text (MLQE-PE train 1994)', async () => {
    const text =
      'Die Forscher arbeiten seit Jahren an dem Thema und haben viele Ergebnisse veröffentlicht.\n' +
      'Wissenschaftler des University of Manchester Institute of Science and Technology\n' +
      'The scientists said the method was cheaper and faster than any of the ones used before.\n' +
      // (A headline-cased English sentence left untranslated, MLQE-PE dev 450: no German word, an error still.)
      'Regiment Deployed from the Seattle Port of Embarkation on 24 December 1940 .\n' +
      'Die Methode soll im nächsten Jahr getestet werden, sagte ein Sprecher der Universität.\n';
    const result = await check(text, { path: 'a.txt', language: 'de' });
    const f = result.findings.filter((x) => x.ruleId === 'paragraph-language').map((x) => [x.start.line, x.severity]);
    // (Line 2 may be read as names, information; line 3 is running English text, an error still.)
    expect(f.filter(([, severity]) => severity === 'error')).toEqual([[3, 'error'], [4, 'error']]);
  });
  it('does not flag German paragraphs full of names and English brand terms', async () => {
    const text =
      'Hikvision schlug im Februar bei der FCC zurück.\n' +
      'MIT Technology Review nannte Hikvision das größte Überwachungsunternehmen.\n' +
      'Hikvision sieht sich weltweit mit Rückschlägen konfrontiert\n';
    const result = await check(text, { path: 'a.txt', language: undefined });
    expect(result.findings.filter((x) => x.ruleId === 'paragraph-language')).toEqual([]);
  });
});

const GLOSSARY = `
entries:
  - term: Federal Communications Commission
    languages: [en]
    type: body
    concept: fcc
  - term: US-Telekommunikationsbehörde FCC
    languages: [de]
    type: body
    concept: fcc
    firstMention: US-Telekommunikationsbehörde FCC (Federal Communications Commission)
  - term: TikTok
    languages: [en, de]
    type: brand
    wrong: [Tick Tack]
`;

async function lektor() {
  return Lektor.create({ glossary: compileGlossary(parseGlossary(GLOSSARY, 'test.yaml')) });
}

describe('glossary-source', () => {
  it('requires a source term in its target form, on the matching paragraph', async () => {
    const l = await lektor();
    const source = 'Hikvision makes cameras.\nLate last year the Federal Communications Commission announced a ban.\n';
    const target = 'Hikvision stellt Kameras her.\nEnde letzten Jahres kündigte die Behörde ein Verbot an.\n';
    const result = await l.check(target, { path: 'a.txt', language: 'de', sourceText: source, sourceLanguage: 'en' });
    const f = result.findings.filter((x) => x.ruleId.startsWith('glossary-source'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('Federal Communications Commission');
    expect(f[0].message).toContain('US-Telekommunikationsbehörde FCC');
    expect(f[0].start.line).toBe(2);
  });
  it('is satisfied by the target form, and by a term kept unchanged', async () => {
    const l = await lektor();
    const source = 'The Federal Communications Commission and TikTok.\n';
    const target = 'Die US-Telekommunikationsbehörde FCC (Federal Communications Commission) und TikTok.\n';
    const result = await l.check(target, { path: 'a.txt', language: 'de', sourceText: source, sourceLanguage: 'en' });
    expect(result.findings.filter((x) => x.ruleId.startsWith('glossary-source'))).toEqual([]);
  });
  it("tells a one-sentence source's language by its words, as a document's (franc alone read it as Scots)", async () => {
    const l = await lektor();
    const source = 'The company Hikvision sold devices to the Federal Communications Commission, said a spokesman on Monday in Washington.\n';
    const target = 'Das Unternehmen Hikvizion verkaufte Geräte an die Behörde, sagte ein Sprecher am Montag in Washington.\n';
    const result = await l.check(target, { path: 'a.txt', language: 'de', sourceText: source });
    expect(result.findings.filter((x) => x.ruleId.startsWith('glossary-source')).map((f) => f.ruleId)).toEqual(['glossary-source/us-telekommunikationsbehorde-fcc']);
  });
  it('counts a forbidden variant as present (the glossary rule corrects it)', async () => {
    const l = await lektor();
    const result = await l.check('Die App Tick Tack wächst.\n', { path: 'a.txt', language: 'de', sourceText: 'The TikTok app grows.\n', sourceLanguage: 'en' });
    expect(result.findings.filter((x) => x.ruleId.startsWith('glossary-source'))).toEqual([]);
    expect(result.corrected).toBe('Die App TikTok wächst.\n');
  });
});

describe('first mention', () => {
  it('asks for the first-mention form when a term is first used in its short form', async () => {
    const l = await lektor();
    const result = await l.check('Die US-Telekommunikationsbehörde FCC verbietet den Kauf.\n', { path: 'a.txt', language: 'de' });
    const f = result.findings.filter((x) => x.message.startsWith('First mention'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toEqual(['US-Telekommunikationsbehörde FCC (Federal Communications Commission)']);
  });
  it('is satisfied when the first mention uses the long form', async () => {
    const l = await lektor();
    const text = 'Die US-Telekommunikationsbehörde FCC (Federal Communications Commission) verbietet den Kauf. Die US-Telekommunikationsbehörde FCC prüft.\n';
    const result = await l.check(text, { path: 'a.txt', language: 'de' });
    expect(result.findings.filter((x) => x.message.startsWith('First mention'))).toEqual([]);
  });
  it('is satisfied by the long form inflected, or broken over two lines', async () => {
    const l = await lektor();
    for (const text of [
      'Die Entscheidung der US-Telekommunikationsbehörden FCC (Federal Communications Commission) fiel. Die US-Telekommunikationsbehörde FCC prüft.\n',
      'Die US-Telekommunikationsbehörde FCC\n(Federal Communications\nCommission) verbietet den Kauf.\n\nDie US-Telekommunikationsbehörde FCC prüft.\n',
    ]) {
      const result = await l.check(text, { path: 'a.txt', language: 'de' });
      expect(result.findings.filter((x) => x.message.startsWith('First mention')), text).toEqual([]);
    }
  });
});

describe('document language', () => {
  it.each([
    // Trigrams alone rank Spanish first (and franc over all languages says Danish); German is
    // a close second and its dictionary knows the words.
    ['Der Tick Tack Tick Tack Konzern.', 'de'],
    ['Die Regierung hat das Gesetz geändert.', 'de'],
    ['Le gouvernement a changé la loi.', 'fr'],
    ['El gobierno cambió la ley.', 'es'],
    ['The government changed the law.', 'en'],
    ['La casa è molto bella e la città è grande. Il governo ha deciso di cambiare la legge sulla sorveglianza.', 'it'],
    ['Il governo ha cambiato la legge.', 'it'],
    ['Het kabinet heeft de wet veranderd en de regering is blij met het resultaat.', 'nl'],
    ['De regering heeft de begroting goedgekeurd.', 'nl'],
    // Languages without rules stay what franc says (by their ISO 639-1 code): a close supported language's dictionary does not know them.
    ['Regeringen har ändrat lagen och ministern är nöjd med resultatet.', 'sv'],
    ['Riksdagen har godkänt regeringens budget för nästa år.', 'sv'],
    ['Rząd przyjął budżet na przyszły rok.', 'pl'],
    // Short texts full of names, which trigrams ranked as French, English or Low German: the dictionaries tell.
    ['Apple-Chef Tim Cook: „Wir lieben Berlin.“', 'de'],
    ['Maria singt „The Lonely Goatherd“, um sie abzulenken.', 'de'],
    ['Scott „Bam Bam“ Bigelow, 45, amerikanischer Profi-Wrestler, Drogenüberdosis.', 'de'],
    ['Tim Cook : « Nous aimons Berlin. »', 'fr'],
    ['Netflix estrena The Crown.', 'es'],
    ['Apple CEO Tim Cook: "We love Berlin."', 'en'],
    // Read without its quotations: a quotation in another language does not make the document its language.
    ['„Yes we can“, skandierte die Menge.', 'de'],
    ['Sein Motto: „Keep calm and carry on.“', 'de'],
    ['Google-Chef Sundar Pichai: „AI is the most profound technology“', 'de'],
    ['“Wir schaffen das,” Merkel said in 2015.', 'en'],
    ['«Wir schaffen das», dijo Angela Merkel en 2015.', 'es'],
    ['Le Premier ministre britannique a déclaré « We will not back down ».', 'fr'],
    // In straight marks too, which the quotes rule curls: the second run reads what the first read.
    ['Olaf Scholz trifft Emmanuel Macron in Paris: "Une amitié solide."', 'de'],
    ['Biden sagte am Montag: "We will never give up on Ukraine."', 'de'],
    // Hardly a word in small letters outside it: read with it.
    ['Die Zeit interviews Olaf Scholz: "Germany is ready."', 'en'],
    ['Lowie, Robert H. "Bibliography of Franz Boas in Folklore."', 'en'],
    // A unit without a vowel ("mg") is no word of a language.
    ['Für die Schwangerschaft 100 mg/Tag; für die Stillzeit 155 mg/Tag.', 'de'],
    // Written with combining marks (NFD).
    ['Qui succe\u0301dera a\u0300 Michel Barnier\u00a0?', 'fr'],
    // German marks around another language's words, with that language around them: that language, in the wrong marks.
    ['„Nous allons gagner“, a dit le ministre.', 'fr'],
    ['„We will win“, the minister said.', 'en'],
    ['„Ganaremos“, dijo el ministro a los periodistas.', 'es'],
  ])('%s → %s', async (text, language) => {
    expect((await check(`${text}\n`, { path: 'a.txt', language: undefined })).language).toBe(language);
  });
});

describe('consistency with the glossary', () => {
  it('never proposes a form the glossary corrected everywhere', async () => {
    const glossary = compileGlossary(parseGlossary('entries:\n  - term: Selenskyj\n    languages: [de]\n    type: person\n    wrong: [Selenski]\n', 'people.yaml'));
    const lektor = await Lektor.create({ glossary });
    const result = await lektor.check('Selenski kam. Selenski ging. Dann schrieb SeLenski einen Brief.\n', { path: 'a.txt', language: 'de' });
    expect(result.corrected).toBe('Selenskyj kam. Selenskyj ging. Dann schrieb SeLenski einen Brief.\n');
    expect(result.findings.filter((f) => f.ruleId === 'consistency')).toEqual([]);
  });

  it('corrects a variant written in capitals (a headline), in capitals', async () => {
    const glossary = compileGlossary(parseGlossary('entries:\n  - term: Selenskyj\n    languages: [de]\n    type: person\n    wrong: [Selenski]\n', 'people.yaml'));
    const lektor = await Lektor.create({ glossary });
    const result = await lektor.check('SELENSKI TRIFFT DEN KANZLER\n\nSelenski kam.\n', { path: 'a.txt', language: 'de' });
    expect(result.corrected).toBe('SELENSKYJ TRIFFT DEN KANZLER\n\nSelenskyj kam.\n');
    // The term in capitals is a word, not a spelling error.
    expect(result.findings.filter((f) => f.ruleId === 'spelling' && f.actual.startsWith('SELENSK'))).toEqual([]);
  });
});

describe('names with lower-case connectors', () => {
  it('does not report "of" in "Bank of America" as a misspelling, nor "Fame" in "Hall of Fame" as English', async () => {
    const result = await check('Die Bank of America wuchs. Er kam in die Canadian Football Hall of Fame.\n', { path: 'a.txt', language: 'de' });
    expect(result.findings.filter((f) => f.actual === 'of')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'untranslated')).toEqual([]);
  });
  it('does not report name particles ("von der", "des") between capitalized words as misspellings', async () => {
    const result = await check('Ursula von der Leyen spoke at the Parc des Princes in Paris.', { path: 'a.txt', language: 'en' });
    expect(result.findings.filter((f) => f.ruleId === 'spelling' && f.severity !== 'info').map((f) => f.actual)).toEqual([]);
  });
  it('still reports "of" between two German nouns: in German every noun is capitalized', async () => {
    const result = await check('Er sprach mit Vertretern of Polizei und Justiz.\n', { path: 'a.txt', language: 'de' });
    expect(result.findings.filter((f) => f.actual === 'of').map((f) => f.ruleId)).toEqual(['spelling']);
  });
});

describe('glossary variants in capitals', () => {
  const glossary = () =>
    compileGlossary(
      parseGlossary(
        'languages: [de]\nentries:\n  - term: Huawei\n    type: brand\n    wrong: [HUAWEI]\n  - term: Volksrepublik China\n    type: body\n    wrong: [VRC]\n  - term: Richard Strauß\n    type: person\n    wrong: [Richard Strauss]\n',
        'g.yaml',
      ),
    );
  it.each([
    // A variant the glossary writes in capitals is matched and replaced as written.
    ['Das Unternehmen HUAWEI hat geklagt.', 'Das Unternehmen Huawei hat geklagt.'],
    ['Die Regierung der VRC hat geklagt.', 'Die Regierung der Volksrepublik China hat geklagt.'],
    // A headline in capitals where the term in capitals is the same text: nothing to correct.
    ['RICHARD STRAUSS KOMPONIERTE VIEL.', 'RICHARD STRAUSS KOMPONIERTE VIEL.'],
    ['Richard Strauss komponierte viel.', 'Richard Strauß komponierte viel.'],
    // In a headline in capitals the term is written in capitals: "HUAWEI" is right there, and
    // a replacement is in capitals too.
    ['HUAWEI KLAGT GEGEN DIE VRC.', 'HUAWEI KLAGT GEGEN DIE VOLKSREPUBLIK CHINA.'],
  ])('%s → %s', async (text, corrected) => {
    const result = await (await Lektor.create({ glossary: glossary() })).check(`${text}\n`, { path: 'a.txt', language: 'de' });
    expect(result.corrected).toBe(`${corrected}\n`);
    expect(result.findings.filter((f) => f.ruleId.startsWith('glossary') && !f.fixed)).toEqual([]);
  });
});

describe('a title carried over from the source', () => {
  it('has no spelling or untranslated finding on its English words, which stay findings without the source', async () => {
    const l = await Lektor.create({ only: ['spelling', 'untranslated'] });
    const source = 'He starred in From Here to Eternity and in Welcome to the Dollhouse.\n';
    const target = 'Er spielte in From Here to Eternity und in Welcome to the Dollhouse.\n';
    const withSource = await l.check(target, { path: 'a.txt', language: 'de', sourceText: source, sourceLanguage: 'en' });
    expect(withSource.findings.filter((f) => ['to', 'the'].includes(f.actual))).toEqual([]);
    const without = await l.check(target, { path: 'a.txt', language: 'de' });
    expect(without.findings.map((f) => f.actual)).toContain('to');
    // Not a phrase the translation made up: "to" between German words stays a finding.
    const mixed = await l.check('Er ging to Hause.\n', { path: 'a.txt', language: 'de', sourceText: 'He went home.\n', sourceLanguage: 'en' });
    expect(mixed.findings.map((f) => f.actual)).toContain('to');
    // Three words the source has are no title ("Merkel and Macron" is as often English left over).
    const three = await l.check('Er segelte Sydney to Hobart gestern.\n', { path: 'a.txt', language: 'de', sourceText: 'He sailed Sydney to Hobart yesterday.\n', sourceLanguage: 'en' });
    expect(three.findings.map((f) => f.actual)).toContain('to');
  });
});
