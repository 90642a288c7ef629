/**
 * The quotes rule over a whole document: the quotations it fixes take the style most of the
 * document's correctly written quotations take (the language's primary pair, or an accepted
 * alternative: German »…«, Italian and Spanish “…”), in every paragraph, the same on a second run.
 * German keeps one style: its quotations in the pair that lost the count take the winner's, and
 * so do Swiss «…» in a text not read as Swiss, unless those win (then all is listed for review).
 */
import { describe, it, expect } from 'vitest';
import quotesRule from '../../src/rules/quotes.js';
import { check } from '../helpers.js';

const RULES = ['quotes', 'quote-period'];

async function twice(text: string, language: string, format: 'text' | 'markdown' = 'text', only = RULES) {
  const first = await check(text, { language, format, only, path: format === 'markdown' ? 'x.md' : 'x.txt' });
  const second = await check(first.corrected, { language, format, only, path: format === 'markdown' ? 'x.md' : 'x.txt' });
  return { first, second, refixed: second.findings.filter((f) => f.fixed).map((f) => `${f.ruleId}: ${f.actual}`) };
}

describe('a document that quotes in an alternative style keeps it', () => {
  it('German »…«: straight and foreign quotations in every paragraph take »…«, nested ones ›…‹', async () => {
    const text = [
      'Der Minister sagte: »Wir werden das Problem lösen.«',
      'Die Opposition sprach von "leeren Versprechen". Ein Sprecher sagte: "Wir nennen das "Schaufensterpolitik"."',
      'Die Zeitung schrieb von einem “historischen Tag”, der »Spiegel« von ,,Stillstand\'\'.',
    ].join('\n\n');
    const { first, refixed, second } = await twice(text, 'de', 'text', ['quotes']);
    expect(first.corrected).toBe(
      [
        'Der Minister sagte: »Wir werden das Problem lösen.«',
        'Die Opposition sprach von »leeren Versprechen«. Ein Sprecher sagte: »Wir nennen das ›Schaufensterpolitik‹.«',
        'Die Zeitung schrieb von einem »historischen Tag«, der »Spiegel« von »Stillstand«.',
      ].join('\n\n'),
    );
    expect(refixed).toEqual([]);
    expect(second.findings.filter((f) => f.ruleId === 'quotes')).toEqual([]);
  });

  it('is the majority of the correctly written quotations, the primary pair on a tie', async () => {
    const fixOf = async (text: string) => (await check(text, { language: 'de', only: ['quotes'], path: 'x.txt' })).corrected;
    // Two »…« against one „…“: »…«, for the „…“ too.
    expect(await fixOf('»Ja«, sagte er. »Nie«, sagte sie.\n\n„Vielleicht“, sagte ich.\n\nDann kam "Stille".')).toBe(
      '»Ja«, sagte er. »Nie«, sagte sie.\n\n»Vielleicht«, sagte ich.\n\nDann kam »Stille«.',
    );
    // Two „…“ against one »…«: „…“.
    expect(await fixOf('„Ja“, sagte er. „Nie“, sagte sie.\n\n»Vielleicht«, sagte ich.\n\nDann kam "Stille".')).toBe(
      '„Ja“, sagte er. „Nie“, sagte sie.\n\n„Vielleicht“, sagte ich.\n\nDann kam „Stille“.',
    );
    // One of each: the primary, whichever comes first.
    expect(await fixOf('»Ja«, sagte er.\n\n„Nie“, sagte sie.\n\nDann kam "Stille".')).toBe('„Ja“, sagte er.\n\n„Nie“, sagte sie.\n\nDann kam „Stille“.');
    expect(await fixOf('„Nie“, sagte sie.\n\n»Ja«, sagte er.')).toBe('„Nie“, sagte sie.\n\n„Ja“, sagte er.');
    // Quotations to fix and nested ones are not counted: one »…« against „…“ written wrong and nested.
    // (A „…“ inside »…« is accepted as it is.)
    expect(await fixOf('»Ja«, sagte er.\n\n„Nie”, sagte sie. "Er sagte „nein“ und ging."')).toBe('»Ja«, sagte er.\n\n»Nie«, sagte sie. »Er sagte „nein“ und ging.«');
  });

  it('does not flip on a second run: the fixes only add to the winner', async () => {
    for (const text of [
      // One »…« and a mismatched „…” that becomes »…«: two against none.
      '»Ja«, sagte er.\n\n„Test” und „c“, sagte sie.',
      // A straight quotation around a „…“: the outer takes »…«, the inner ›…‹ (one fewer „…“).
      '»a« und »b«.\n\n"Er sagte „nein“ und ging." Dann „c“ und „d“ und „e“.',
      '»Ja«, sagte er.\n\n"Die Lage ist ernst.\n\n"Deshalb handeln wir", sagte er.',
      // A « after a period before a word would open: „…“ there (a tie on the second run, nothing to fix).
      'Er sagte: »Ja.«\n\nSie sagte: „Ja.”Dann ging sie.',
    ]) {
      const { first, second, refixed } = await twice(text, 'de');
      expect(first.findings.some((f) => f.fixed), text).toBe(true);
      expect(refixed, text).toEqual([]);
      expect(second.corrected, text).toBe(first.corrected);
    }
  });

  it('counts a Markdown document on its paragraphs’ source, markup included', async () => {
    const text = '# Bericht\n\n*»Ja«*, sagte er. Sie las **»Bild«**.\n\n- Er sagte: "Nein."\n- Dann `"code"` und <span>"Zitat"</span>.\n';
    const { first, refixed } = await twice(text, 'de', 'markdown', ['quotes']);
    expect(first.corrected).toBe('# Bericht\n\n*»Ja«*, sagte er. Sie las **»Bild«**.\n\n- Er sagte: »Nein.«\n- Dann `"code"` und <span>»Zitat«</span>.\n');
    expect(refixed).toEqual([]);
  });

  it('quote-period writes the same closing mark: one period after »…«', async () => {
    const { first, refixed } = await twice('Er nannte es »klug«.\n\nSie nannte es "das größte Unternehmen." Dann ging sie.', 'de');
    expect(first.corrected).toBe('Er nannte es »klug«.\n\nSie nannte es »das größte Unternehmen«. Dann ging sie.');
    expect(refixed).toEqual([]);
    const it = await twice('Ha parlato di “crisi”.\n\nHa definito la proposta "inaccettabile." Poi se n’è andato.', 'it');
    expect(it.first.corrected).toBe('Ha parlato di “crisi”.\n\nHa definito la proposta “inaccettabile”. Poi se n’è andato.');
    expect(it.refixed).toEqual([]);
  });

  it('Italian and Spanish “…”: the quotations to fix take “…”, and ‘…’ inside', async () => {
    const { first, refixed } = await twice('Il ministro ha parlato di “situazione grave” e di “crisi”.\n\nPoi ha aggiunto: "Il piano "B" non esiste". E «no».', 'it', 'text', ['quotes']);
    // (Two “…” against one «…».)
    expect(first.corrected).toBe('Il ministro ha parlato di “situazione grave” e di “crisi”.\n\nPoi ha aggiunto: “Il piano ‘B’ non esiste”. E «no».');
    expect(refixed).toEqual([]);
    const es = await twice('Dijo que era “un éxito”. Luego añadió: "No vamos a ceder".', 'es', 'text', ['quotes']);
    expect(es.first.corrected).toBe('Dijo que era “un éxito”. Luego añadió: “No vamos a ceder”.');
  });

  it('changes nothing for languages without alternatives (French, English)', async () => {
    const fr = await check('Il a dit “oui”.\n\nPuis "non".', { language: 'fr', only: ['quotes'], path: 'x.txt' });
    expect(fr.corrected).toBe('Il a dit «\u00A0oui\u00A0».\n\nPuis «\u00A0non\u00A0».');
    const en = await check('He said „yes“.\n\nThen "no".', { language: 'en', only: ['quotes'], path: 'x.txt' });
    expect(en.corrected).toBe('He said “yes”.\n\nThen “no”.');
  });

  it('de-CH writes «…» as before, whatever else the document has', async () => {
    const ch = await check('Er sagte: »Ja«.\n\nSie sagte: "Nein". Dann „Vielleicht“.', { language: 'de-CH', only: ['quotes'], path: 'x.txt' });
    expect(ch.corrected).toBe('Er sagte: «Ja».\n\nSie sagte: «Nein». Dann «Vielleicht».');
    const swiss = '«Wir kommen», sagte sie.\n\nEr sagte: «Vielleicht ‹morgen›.»';
    expect((await check(swiss, { language: 'de-CH', only: ['quotes'], path: 'x.txt' })).findings).toEqual([]);
  });
});

describe('German keeps one style (gap: a document with three »…« and one „…“ stayed mixed)', () => {
  it('writes the quotations in the pair that lost the count in the winner’s, with their nested marks, and a second run finds nothing', async () => {
    const text = [
      'Der Minister sagte: »Wir werden das lösen.« Die Opposition sprach von »Stillstand«.',
      'Ein Sprecher sagte: „Wir nennen das ‚Schaufensterpolitik‘.“ Die »Zeit« schrieb das auch.',
    ].join('\n\n');
    const { first, second, refixed } = await twice(text, 'de');
    expect(first.corrected).toBe(
      [
        'Der Minister sagte: »Wir werden das lösen.« Die Opposition sprach von »Stillstand«.',
        'Ein Sprecher sagte: »Wir nennen das ›Schaufensterpolitik‹.« Die »Zeit« schrieb das auch.',
      ].join('\n\n'),
    );
    const conversions = first.findings.filter((f) => f.ruleId === 'quotes');
    expect(conversions.map((f) => [f.actual, f.expected, f.fixed, f.severity])).toEqual([
      ['„', ['»'], true, 'warning'],
      ['‚', ['›'], true, 'warning'],
      ['‘', ['‹'], true, 'warning'],
      ['“', ['«'], true, 'warning'],
    ]);
    expect(conversions[0].message).toContain('the document quotes in »…« (3 of its 4 quotations)');
    expect(refixed).toEqual([]);
    expect(second.findings).toEqual([]);
  });

  it('turns a quotation nested in the one converted into the level below: »Er sagte „nein“« becomes „Er sagte ‚nein‘“', async () => {
    const { first, refixed } = await twice('„Ja“, sagte er. „Nie“, sagte sie.\n\n»Er sagte „nein“ und ging.«', 'de', 'text', ['quotes']);
    expect(first.corrected).toBe('„Ja“, sagte er. „Nie“, sagte sie.\n\n„Er sagte ‚nein‘ und ging.“');
    expect(refixed).toEqual([]);
    // Every quotation inside one whose style changes takes the new style's inner marks, also one
    // that stays as written inside an unchanged »…« („…“) or „…“ (»…«).
    for (const [text, output] of [
      ['»Ja«, sagte er. »Nie«.\n\n„Er sagte »nein«, *„doch“* und ‚ja‘.“', '»Ja«, sagte er. »Nie«.\n\n»Er sagte ›nein‹, *›doch‹* und ›ja‹.«'],
      ['„Ja“, sagte er. „Nie“.\n\n»Er sagte „nein“ und ›ja‹.«', '„Ja“, sagte er. „Nie“.\n\n„Er sagte ‚nein‘ und ‚ja‘.“'],
    ]) {
      const r = await twice(text, 'de', 'markdown', ['quotes']);
      expect(r.first.corrected, text).toBe(output);
      expect(r.refixed, text).toEqual([]);
    }
  });

  it('lists for review, and leaves, a quotation in a paragraph whose marks do not all pair up', async () => {
    const text = '»Ja«, sagte er. »Nie«, sagte sie.\n\n„Vielleicht“, sagte ich. Dann rief er: „Warte';
    const { first, second } = await twice(text, 'de', 'text', ['quotes']);
    expect(first.corrected).toBe(text);
    expect(first.findings.map((f) => [f.actual, f.expected, f.fixed, f.severity])).toEqual([
      ['„', ['»'], false, 'info'],
      ['“', ['«'], false, 'info'],
      ['„', [], false, 'info'],
    ]);
    expect(first.findings[0].message).toContain('left as written');
    expect(second.findings.length).toBe(3);
  });

  it('keeps a quotation whose marks in the winner’s style would be read the other way round (`„Ja.“Dann`)', async () => {
    const { first, refixed } = await twice('»Ja«, sagte er. »Nie«, sagte sie.\n\nSie sagte „Ja.“Dann ging sie.', 'de', 'text', ['quotes']);
    expect(first.corrected).toBe('»Ja«, sagte er. »Nie«, sagte sie.\n\nSie sagte „Ja.“Dann ging sie.');
    expect(refixed).toEqual([]);
  });

  it('writes the period after a converted closing mark once (quote-period agrees)', async () => {
    const { first, refixed } = await twice('»Ja«, sagte er. »Nie«, sagte sie.\n\nSie nannte es „klug.“ Dann ging sie.', 'de');
    expect(first.corrected).toBe('»Ja«, sagte er. »Nie«, sagte sie.\n\nSie nannte es »klug«. Dann ging sie.');
    expect(refixed).toEqual([]);
  });

  it('in a Markdown document too, where the marks are verbatim', async () => {
    // (Three »…« against two „…“: the one in code is not counted, nor changed.)
    const text = '# Bericht\n\n*»Ja«*, sagte er. Sie las **»Bild«** und »Zeit«.\n\n- Er sagte: „Nein.“\n- Dann `„code“` und `„mehr“` und <span>„Zitat“</span>.\n';
    const { first, refixed } = await twice(text, 'de', 'markdown', ['quotes']);
    expect(first.corrected).toBe('# Bericht\n\n*»Ja«*, sagte er. Sie las **»Bild«** und »Zeit«.\n\n- Er sagte: »Nein.«\n- Dann `„code“` und `„mehr“` und <span>»Zitat«</span>.\n');
    expect(refixed).toEqual([]);
  });

  it('does not flip on a second run, with every rule', async () => {
    for (const text of [
      '»Ja«, sagte er. »Nie«, sagte sie.\n\n„Vielleicht“, sagte ich. Er sagte "nein" und ging.',
      '»Ja«, sagte er.\n\n„Nie“, sagte sie. Er las ,,Die Zeit\'\' und „Bild“.',
      '„Ja.“Dann ging er.\n\n»Nie«, sagte sie. Er sagte: "Doch."',
      '»Ja«, sagte er.\n\n„Er sagte ‚nein‘, dann ‚ja‘.“ Sie las „Bild“.',
      'Die «Weltwoche» und die »Zeit«.\n\n„Ja“, sagte er. "Nein", sagte sie.',
    ]) {
      const { first, second, refixed } = await twice(text, 'de', 'text', []);
      expect(refixed, text).toEqual([]);
      expect(second.corrected, text).toBe(first.corrected);
    }
  });

  it('leaves Italian and Spanish documents that write «…» and “…” side by side as they are', async () => {
    for (const [text, language] of [
      ['Ha detto: «Non ci sono le condizioni».\n\nIl cosiddetto “piano B” non esiste. E «no».', 'it'],
      ['Dijo: «No vamos a ceder».\n\nEl llamado “plan B” no existe. Y «no».', 'es'],
    ]) {
      const r = await check(text, { language, only: ['quotes'], path: 'x.txt' });
      expect(r.findings, text).toEqual([]);
    }
  });
});

describe('Swiss «…» in a German text not read as Swiss, over the whole document (gap: handled per paragraph only)', () => {
  it('take the German pair most quotations take, where those are more', async () => {
    const { first, refixed } = await twice('„Ja“, sagte er. „Nie“, sagte sie. „Gut“.\n\nDie «Weltwoche» schrieb: «Der Rat ‹prüft› es.»', 'de', 'text', ['quotes']);
    expect(first.corrected).toBe('„Ja“, sagte er. „Nie“, sagte sie. „Gut“.\n\nDie „Weltwoche“ schrieb: „Der Rat ‚prüft‘ es.“');
    expect(refixed).toEqual([]);
  });

  it('where they are as many or more, every quotation to fix in the document is listed for review, none changed', async () => {
    const text = 'Die Ministerin sagte: «Wir kommen.»\n\nEr sagte "vielleicht." Dann ging er.\n\nSie las ,,Die Zeit\'\'.';
    const { first, second, refixed } = await twice(text, 'de');
    expect(first.corrected).toBe('Die Ministerin sagte: «Wir kommen.»\n\nEr sagte "vielleicht". Dann ging er.\n\nSie las ,,Die Zeit\'\'.');
    expect(first.findings.filter((f) => f.ruleId === 'quotes').map((f) => [f.actual, f.expected, f.fixed, f.severity])).toEqual([
      ['«', ['„'], false, 'info'],
      ['»', ['“'], false, 'info'],
      ['"', ['„', '«'], false, 'info'],
      ['"', ['“', '»'], false, 'info'],
      [',,', ['„', '«'], false, 'info'],
      ["''", ['“', '»'], false, 'info'],
    ]);
    expect(first.findings.find((f) => f.actual === '"')?.message).toContain('--locale de-CH');
    // (quote-period moves the period, and keeps the closing mark as it is written.)
    expect(refixed).toEqual([]);
    expect(second.corrected).toBe(first.corrected);
    // A German quotation beside as many Swiss ones stays too (a tie says nothing of where the text is read).
    const tie = await check('«Ja», sagte er.\n\n„Nein“, sagte sie.', { language: 'de', only: ['quotes'], path: 'x.txt' });
    expect(tie.corrected).toBe('«Ja», sagte er.\n\n„Nein“, sagte sie.');
    expect(tie.findings.map((f) => [f.actual, f.fixed])).toEqual([
      ['«', false],
      ['»', false],
    ]);
  });
});

describe('the quotes rule’s own examples', () => {
  it('are settled after one run: a second finds nothing to fix', async () => {
    for (const ex of quotesRule.meta.examples.flag) {
      if (ex.output === undefined) continue;
      const again = await check(ex.output, { language: ex.lang, only: ['quotes'], path: 'example.txt' });
      expect(again.findings.filter((f) => f.fixed).map((f) => f.actual), `${ex.lang}: ${ex.text}`).toEqual([]);
      expect(again.corrected).toBe(ex.output);
    }
  });
});

describe('straight quotations as a house style (English, Italian, Spanish, Dutch: `straightAccepted`, `straightStyleFrom`, `straightKept`)', () => {
  const severities = async (text: string, language: string) =>
    (await check(text, { language, only: ['quotes'], path: 'x.txt' })).findings.filter((f) => f.ruleId === 'quotes').map((f) => [f.actual, f.severity, f.fixed]);

  it('a document that quotes in straight marks: information, fixed still', async () => {
    const text = 'Il comando "apt" installa i pacchetti.\n\nIl ramo "stable" è quello consigliato, e il "kernel" viene da Linux.\n\nLa sezione «Il ruolo delle distribuzioni» ne parla.';
    const { corrected, findings } = await check(text, { language: 'it', only: ['quotes'], path: 'x.txt' });
    expect(findings.filter((f) => f.ruleId === 'quotes').every((f) => f.severity === 'info' && f.fixed)).toBe(true);
    expect(findings.filter((f) => f.ruleId === 'quotes')).toHaveLength(6);
    expect(corrected).toBe('Il comando «apt» installa i pacchetti.\n\nIl ramo «stable» è quello consigliato, e il «kernel» viene da Linux.\n\nLa sezione «Il ruolo delle distribuzioni» ne parla.');
    expect(findings[0].message).toContain('the document quotes in straight marks (3 of its 4 quotations)');
    expect((await severities('The command "apt" installs packages; the "stable" branch and the "testing" one.', 'en')).every(([, s]) => s === 'info')).toBe(true);
    expect((await severities('El programa "apt" instala paquetes; la rama "stable" y la "testing".', 'es')).every(([, s]) => s === 'info')).toBe(true);
  });

  it('one or two straight quotations, or fewer than in the language\'s marks: a warning, as a break in the style', async () => {
    expect(await severities('Il ministro ha detto che "la situazione è grave".', 'it')).toEqual([
      ['"', 'warning', true],
      ['"', 'warning', true],
    ]);
    const mixed = 'Il ramo «stable», il ramo «testing» e il ramo «unstable».\n\nIl comando "apt" installa i pacchetti, "dpkg" li spacchetta.';
    expect((await severities(mixed, 'it')).map(([, s]) => s)).toEqual(['warning', 'warning', 'warning', 'warning']);
  });

  it('Spanish: one or two straight quotations are a style of their own, as Spanish web news writes them: information, fixed still', async () => {
    // (The profile's `straightStyleFrom`: 1. Newsrooms print «…» or “…”; the web writes "…".)
    expect(await severities('El ministro dijo que "la situación es grave".', 'es')).toEqual([
      ['"', 'info', true],
      ['"', 'info', true],
    ]);
    const two = await check('El ministro dijo que "la situación es grave" y que la reforma es "urgente".', { language: 'es', only: ['quotes'], path: 'x.txt' });
    expect(two.findings.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(two.findings[0].message).toContain('the document quotes in straight marks (2 of its 2 quotations)');
    expect(two.corrected).toBe('El ministro dijo que «la situación es grave» y que la reforma es «urgente».');
    // (Beside as many in the language's marks, a break in the style: a warning.)
    expect((await severities('El ministro habló de «reformas» y de "ajustes".', 'es')).map(([, s]) => s)).toEqual(['warning', 'warning']);
  });

  it('Dutch: straight quotations are one of the styles Dutch writes ("…" beside “…” and „…”): left as written', async () => {
    // (The profile's `straightKept`. Onze Taal: straight marks are no error; a text keeps to one style.)
    const text = 'De minister zei dat "de situatie ernstig is". Volgens de oppositie is het plan "te laat".\n';
    const r = await check(text, { language: 'nl', only: ['quotes'], path: 'x.txt' });
    expect(r.findings).toEqual([]);
    expect(r.corrected).toBe(text);
    expect(await severities('De minister zei dat "de situatie ernstig is".', 'nl')).toEqual([]);
    // (Beside as many in curly marks, or in marks the quotes rule rewrites, a break in the style: a warning, curled.)
    expect((await severities('De minister noemde het “een goede stap”, maar ook "riskant".', 'nl')).map(([, s]) => s)).toEqual(['warning', 'warning']);
    expect((await severities('Hij noemde het «een stap» en "riskant".', 'nl')).map(([a, s]) => `${a}:${s}`)).toEqual(['«:warning', '»:warning', '":warning', '":warning']);
  });

  it('not in French nor German, whose writing keeps its own marks', async () => {
    expect((await severities('La commande "apt" installe, la branche "stable" et la "testing" aussi.', 'fr')).every(([, s]) => s === 'warning')).toBe(true);
    expect((await severities('Der Befehl "apt" installiert, der Zweig "stable" und der "testing" auch.', 'de')).every(([, s]) => s === 'warning')).toBe(true);
  });
});
