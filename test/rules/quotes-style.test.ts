/**
 * The quotes rule over a whole document: the quotations it fixes take the style most of the
 * document's correctly written quotations take (the language's primary pair, or an accepted
 * alternative: German »…«, Italian and Spanish “…”), in every paragraph, the same on a second run.
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
    // Two »…« against one „…“: »…«.
    expect(await fixOf('»Ja«, sagte er. »Nie«, sagte sie.\n\n„Vielleicht“, sagte ich.\n\nDann kam "Stille".')).toBe(
      '»Ja«, sagte er. »Nie«, sagte sie.\n\n„Vielleicht“, sagte ich.\n\nDann kam »Stille«.',
    );
    // Two „…“ against one »…«: „…“.
    expect(await fixOf('„Ja“, sagte er. „Nie“, sagte sie.\n\n»Vielleicht«, sagte ich.\n\nDann kam "Stille".')).toBe(
      '„Ja“, sagte er. „Nie“, sagte sie.\n\n»Vielleicht«, sagte ich.\n\nDann kam „Stille“.',
    );
    // One of each: the primary.
    expect(await fixOf('»Ja«, sagte er.\n\n„Nie“, sagte sie.\n\nDann kam "Stille".')).toBe('»Ja«, sagte er.\n\n„Nie“, sagte sie.\n\nDann kam „Stille“.');
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

  it('leaves the regional logic as it was: de-CH writes «…», Swiss «…» in a German text is a suggestion', async () => {
    const ch = await check('Er sagte: »Ja«.\n\nSie sagte: "Nein".', { language: 'de-CH', only: ['quotes'], path: 'x.txt' });
    expect(ch.corrected).toBe('Er sagte: «Ja».\n\nSie sagte: «Nein».');
    const de = await check('Die Ministerin sagte: «Wir kommen.»\n\nEr sagte "vielleicht".', { language: 'de', only: ['quotes'], path: 'x.txt' });
    expect(de.findings.filter((f) => f.ruleId === 'quotes').map((f) => [f.actual, f.severity, f.fixed])).toEqual([
      ['«', 'info', false],
      ['»', 'info', false],
      ['"', 'warning', true],
      ['"', 'warning', true],
    ]);
    expect(de.corrected).toBe('Die Ministerin sagte: «Wir kommen.»\n\nEr sagte „vielleicht“.');
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
