/**
 * Punctuation, spacing and capitalization rules beyond their own examples: idempotence,
 * the German sample article, French spacing, and Markdown inline code.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { check, ROOT } from '../helpers.js';

const MINE = ['capitalization', 'quotes', 'quote-period', 'space-before-punctuation', 'double-space'];
const mine = (ruleId: string) => MINE.includes(ruleId.split('/')[0]);

const NBSP = '\u00A0';
const NNBSP = '\u202F';

async function fixTwice(text: string, language: string, format: 'text' | 'markdown' = 'text') {
  const first = await check(text, { language, format, only: MINE });
  const second = await check(first.corrected, { language, format, only: MINE });
  return { first, second };
}

describe('idempotence: a second pass over the corrected text finds nothing to fix', () => {
  const cases: Array<[string, string]> = [
    ['de', 'Er nannte es "unfair." Dann  ging er , sagte “man”.'],
    ['de', 'Sie nannte es "das größte Unternehmen, von dem Sie noch nie gehört haben."'],
    ['de', '„Er sagte "nein" , dann ging er.“ Danach kam „ein Test”  .'],
    ['en', 'Prosper said:  "We are not going to exonerate the company." It was „The Moyu Project“ .'],
    ['fr', 'Le projet appelé "Moyu." Il a dit : «bonjour» ; vraiment?'],
    ['fr', 'Il parle d\'un " succès " et  « Vraiment ? » !'],
    ['es', 'Según un portavoz , dijo que era "un éxito."'],
    ['fr', "Il a parlé d'un « succès . » Puis il est parti."],
    ['de', 'Er nannte es „das größte Unternehmen .“'],
    ['de', 'Sie fragte ,warum ?Die Antwort kam nicht.'],
    ['fr', 'Il a quitté la réunion ?Personne ne sait pourquoi.'],
    ['de', 'Er fragte,warum ?Die Antwort kam nie.'],
    ['de', 'Er ging nach Hause  .\nSie sagte es ihnen  nicht.'],
  ];
  for (const [language, text] of cases) {
    it(`[${language}] ${JSON.stringify(text)}`, async () => {
      const { first, second } = await fixTwice(text, language);
      expect(first.findings.some((f) => f.fixed)).toBe(true);
      expect(second.findings.filter((f) => mine(f.ruleId) && f.fixed)).toEqual([]);
      expect(second.corrected).toBe(first.corrected);
    });
  }

  it('fixes a foreign closing quote and a misplaced period together (German)', async () => {
    const { first } = await fixTwice('Er nannte es "unfair." Dann ging er.', 'de');
    expect(first.corrected).toBe('Er nannte es „unfair“. Dann ging er.');
  });

  it('fixes French guillemets, their inner space and the period in one pass', async () => {
    const { first } = await fixTwice('Le projet appelé "Moyu." Il a dit : «bonjour» ; vraiment?', 'fr');
    expect(first.corrected).toBe(
      `Le projet appelé «${NBSP}Moyu${NBSP}». Il a dit${NBSP}: «${NBSP}bonjour${NBSP}»${NNBSP}; vraiment${NNBSP}?`,
    );
  });
});

describe('a doubled comma', () => {
  it('is listed for review, not fixed: a list’s item may be missing between the two', async () => {
    const r = await check('Die Geschütze beschädigten die Kreuzer , , und schwer. Er sagte , ,„Ja“ und ging.', { language: 'de', only: ['space-before-punctuation'] });
    expect(r.corrected).toBe('Die Geschütze beschädigten die Kreuzer, , und schwer. Er sagte, ,„Ja“ und ging.');
    expect(r.findings.filter((f) => !f.fixed).map((f) => [f.actual, f.severity, f.expected])).toEqual([
      [' ,', 'warning', ['']],
      [' ,', 'warning', [' ']],
    ]);
  });
});

describe('a missing space after a word that ends in a character reference', () => {
  it('is found in Markdown as in plain text, and the space written after the reference; not across markup', async () => {
    const md = await check('Er ist gro&szlig;.Der Mann schwieg.\n', { language: 'de', format: 'markdown', only: ['missing-space'] });
    expect(md.findings.map((f) => [f.actual, f.fixed])).toEqual([['.', true]]);
    expect(md.corrected).toBe('Er ist gro&szlig;. Der Mann schwieg.\n');
    // (Emphasis marks between the word and the period: markup the reader left out, as before.)
    expect((await check('Er ist *groß*.Der Mann schwieg.\n', { language: 'de', format: 'markdown', only: ['missing-space'] })).findings).toEqual([]);
  });
});

describe('a missing space at a quotation whose marks are character references', () => {
  const xliff = (target: string) => `<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a</source><target>${target}</target></trans-unit></body></file></xliff>`;
  // (As the marks themselves: „Ja“.Die, „A“,„B“, enttäuscht.„Wir. The space is written after the
  // mark of the sentence or the list, which is the file's own; the references stay as written.)
  const cases: Array<[string, string]> = [
    ['Er sagte &#8222;Ja&#8220;.Die Frage bleibt.', 'Er sagte &#8222;Ja&#8220;. Die Frage bleibt.'],
    ['Firmen wie &#8222;Hikvision&#8220;,&#8222;Huawei&#8220; liefern.', 'Firmen wie &#8222;Hikvision&#8220;, &#8222;Huawei&#8220; liefern.'],
    ['Er war enttäuscht.&#8222;Wir haben verloren&#8220;, sagte er.', 'Er war enttäuscht. &#8222;Wir haben verloren&#8220;, sagte er.'],
    ['Der Minister sagte:&#8222;Hallo&#8220;, und ging.', 'Der Minister sagte: &#8222;Hallo&#8220;, und ging.'],
  ];
  for (const [target, fixed] of cases) {
    it(`is found in XLIFF as in plain text: ${target}`, async () => {
      const r = await check(xliff(target), { language: 'de', format: 'xliff', path: 'a.xlf', only: ['missing-space'] });
      expect(r.findings.map((f) => [f.ruleId, f.fixed])).toEqual([['missing-space', true]]);
      expect(r.corrected).toBe(xliff(fixed));
    });
  }

  it('is found in Markdown and HTML, their named references kept', async () => {
    const md = await check('Er sagte &bdquo;Ja&ldquo;.Die Frage bleibt.\n', { language: 'de', format: 'markdown', only: ['missing-space'] });
    expect(md.corrected).toBe('Er sagte &bdquo;Ja&ldquo;. Die Frage bleibt.\n');
    const html = await check('<p>Er war enttäuscht.&bdquo;Wir haben verloren&ldquo;, sagte er.</p>', { language: 'de', format: 'html', path: 'a.html', only: ['missing-space'] });
    expect(html.corrected).toBe('<p>Er war enttäuscht. &bdquo;Wir haben verloren&ldquo;, sagte er.</p>');
  });

  it('is not found across a tag between the mark and the word', async () => {
    expect((await check(xliff('Er sagte &#8222;Ja&#8220;<x id="1"/>.Die Frage bleibt.'), { language: 'de', format: 'xliff', path: 'a.xlf', only: ['missing-space'] })).findings).toEqual([]);
    expect((await check(xliff('Firmen wie &#8222;Hikvision&#8220;,<g id="1">&#8222;Huawei&#8220;</g> liefern.'), { language: 'de', format: 'xliff', path: 'a.xlf', only: ['missing-space'] })).findings).toEqual([]);
  });
});

describe('an empty quotation', () => {
  it('gets one inner space in French and none in English, in one pass', async () => {
    const fr = await fixTwice('Une chaîne vide «» ou « » ou «  » selon eux.', 'fr');
    expect(fr.first.corrected).toBe(`Une chaîne vide «${NBSP}» ou «${NBSP}» ou «${NBSP}» selon eux.`);
    const en = await fixTwice('An empty string « » or «» per the police.', 'en');
    expect(en.first.corrected).toBe('An empty string “” or “” per the police.');
    for (const { second } of [fr, en]) expect(second.findings.filter((f) => f.fixed)).toEqual([]);
  });
});

describe('quote-period and abbreviations inside the quotation', () => {
  it('keeps the period of a listed abbreviation, and only suggests moving one after a short word no dictionary knows', async () => {
    for (const [text, language] of [
      ['Er kaufte bei „Schmidt Wwe.“ Dann ging er.', 'de'],
      ['Su rival era «Gómez Hnos.» Después llegó la crisis.', 'es'],
      ['Il a signé avec « Dupont & Fils Ets. »', 'fr'],
    ]) {
      const r = await check(text, { language, only: ['quote-period'] });
      expect(r.findings, text).toEqual([]);
    }
    // ("Gbr." may be an abbreviation the lists lack: the sentence's period is suggested, not moved.)
    const r = await check('Er kaufte bei „Meier Gbr.“ Dann ging er.', { language: 'de', only: ['quote-period'] });
    expect(r.corrected).toBe('Er kaufte bei „Meier Gbr.“ Dann ging er.');
    expect(r.findings.map((f) => [f.actual, f.fixed, f.severity, f.expected])).toEqual([['.“', false, 'warning', ['“.']]]);
    const word = await check('Er kaufte bei „Meier Bau.“ Dann ging er.', { language: 'de', only: ['quote-period'] });
    expect(word.corrected).toBe('Er kaufte bei „Meier Bau“. Dann ging er.');
  });
});

describe('the German sample article (corpus/hikvision-de.txt)', () => {
  const source = readFileSync(path.join(ROOT, 'corpus/hikvision-de.txt'), 'utf8');

  it('flags and fixes the one misplaced period after an embedded quotation', async () => {
    const result = await check(source, { language: 'de', only: ['quote-period'] });
    expect(result.findings.map((f) => f.actual)).toEqual(['.“']);
    expect(result.corrected).toContain('von dem Sie noch nie gehört haben“.');
    expect(result.corrected).toContain('die Sie hätten prüfen sollen.“');
    expect(result.corrected).toContain('Bedrohung für die nationale Sicherheit darzustellen“.');
  });

  it('suggests the lower-case `auf` in "Analysten schätzen Auf Hikvision"', async () => {
    const result = await check(source, { language: 'de', only: ['capitalization'] });
    expect(result.findings.map((f) => [f.actual, f.expected])).toEqual([['Auf', ['auf']]]);
    expect(source.slice(result.findings[0].start.offset - 19, result.findings[0].end.offset)).toBe('Analysten schätzen Auf');
  });

  it('has nothing else for these rules: German quotes, spacing and MIT Technology Review are right', async () => {
    const result = await check(source, { language: 'de', only: MINE });
    expect(result.findings.map((f) => `${f.ruleId}: ${f.actual}`)).toEqual(['capitalization: Auf', 'quote-period: .“']);
    const fixed = source.replace('gehört haben.“', 'gehört haben“.');
    expect(result.corrected).toBe(fixed);
  });
});

describe('French spacing', () => {
  it('puts a no-break space before : and a narrow one before ; ! ?', async () => {
    const result = await check('Attention: il le savait! Et toi? Oui; bien sûr.', { language: 'fr', only: ['space-before-punctuation'] });
    expect(result.corrected).toBe(`Attention${NBSP}: il le savait${NNBSP}! Et toi${NNBSP}? Oui${NNBSP}; bien sûr.`);
  });

  it('replaces ordinary spaces, keeps either no-break space', async () => {
    const text = `Il dit : non ! Puis${NNBSP}: oui${NBSP}!`;
    const result = await check(text, { language: 'fr', only: ['space-before-punctuation'] });
    expect(result.corrected).toBe(`Il dit${NBSP}: non${NNBSP}! Puis${NNBSP}: oui${NBSP}!`);
  });

  it('removes spaces before , . ) as in any language', async () => {
    const result = await check('Une entreprise , savait-elle (vraiment ) .', { language: 'fr', only: ['space-before-punctuation'] });
    expect(result.corrected).toBe('Une entreprise, savait-elle (vraiment).');
  });

  it('leaves URLs, times, scores and ?! alone', async () => {
    const text = `Voir https://www.ipvm.com/a?b=1 à 12:30, score 3:1, quoi${NNBSP}?!`;
    const result = await check(text, { language: 'fr', only: ['space-before-punctuation'] });
    expect(result.findings).toEqual([]);
  });

  it('suggests, not fixes, a space in a "!" glued to an unknown capitalized word before a capital (a name)', async () => {
    for (const text of ['Yahoo! Japan a publié ses résultats.', 'Le jeu Jeopardy! Masters revient.']) {
      const result = await check(text, { language: 'fr', only: ['space-before-punctuation'] });
      expect(result.corrected, text).toBe(text);
      expect(result.findings.map((f) => [f.fixed, f.severity, f.expected[0]]), text).toEqual([[false, 'info', `${NNBSP}!`]]);
    }
    // At the end of a sentence, nothing after it: fixed.
    expect((await check('Qui a vraiment parlé avec Zelensky?', { language: 'fr', only: ['space-before-punctuation'] })).corrected).toBe(`Qui a vraiment parlé avec Zelensky${NNBSP}?`);
    // A known word before the mark: a sentence's end, fixed.
    const result = await check('Il est parti! Personne ne sait pourquoi. Bravo! Merci.', { language: 'fr', only: ['space-before-punctuation'] });
    expect(result.corrected).toBe(`Il est parti${NNBSP}! Personne ne sait pourquoi. Bravo${NNBSP}! Merci.`);
  });

  it('does not space punctuation in German, and removes it there', async () => {
    const result = await check('Er sagte : nein !', { language: 'de', only: ['space-before-punctuation'] });
    expect(result.corrected).toBe('Er sagte: nein!');
  });
});

describe('Markdown inline code is never touched', () => {
  it('leaves spaces, punctuation and quotes inside inline code alone', async () => {
    const text = 'Das ist `a  ,b` gut. Und `x "y" ; z .` auch,  sagt `Auf` er.\n';
    const result = await check(text, { language: 'de', format: 'markdown', only: MINE });
    expect(result.findings.filter((f) => mine(f.ruleId)).map((f) => f.actual)).toEqual(['  ']);
    expect(result.corrected).toBe('Das ist `a  ,b` gut. Und `x "y" ; z .` auch, sagt `Auf` er.\n');
  });

  it('leaves French text around inline code and autolinks alone', async () => {
    const text = 'Le code `hik_export()` et le site <https://www.ipvm.com> ne sont pas vérifiés.\n';
    const result = await check(text, { language: 'fr', format: 'markdown', only: MINE });
    expect(result.findings).toEqual([]);
    expect(result.corrected).toBe(text);
  });

  it('leaves fenced code blocks alone', async () => {
    const text = 'Ein Satz.\n\n```\nx = "a"  ,  y ;\n```\n';
    const result = await check(text, { language: 'de', format: 'markdown', only: MINE });
    expect(result.findings).toEqual([]);
  });
});

describe('Swiss quotation marks in a German text whose region was not told', () => {
  it('«Zitat» is a suggestion, not rewritten; « Zitat » with spaces inside is fixed', async () => {
    const swiss = 'Bern – «Wir haben ein Problem mit den Prämien», sagte die Ministerin am Dienstag vor den Medien.';
    const r = await check(swiss, { language: 'de', only: ['quotes'], path: 'x.txt' });
    expect(r.corrected).toBe(swiss);
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed, f.severity])).toEqual([
      ['«', ['„'], false, 'info'],
      ['»', ['“'], false, 'info'],
    ]);
    expect(r.findings[0].message).toContain('--locale de-CH');
    const spaced = await check('Bern – « Wir haben ein Problem », sagte die Ministerin.', { language: 'de', only: ['quotes'], path: 'x.txt' });
    expect(spaced.corrected).toBe('Bern – „Wir haben ein Problem“, sagte die Ministerin.');
    // Read as Swiss, nothing to say.
    const ch = await check(swiss, { language: 'de-CH', only: ['quotes'], path: 'x.txt' });
    expect(ch.findings).toEqual([]);
  });

  it('leaves the paragraph in one style: quotations nested in «…» and the others in «» are suggestions too', async () => {
    for (const text of ['«Er sagte "Nein" und ging.» Dann war es still.', 'Er sagte «Ja» und «Nein ». Dann war es still.', 'Er rief «Ja» und dann "Nein" laut.']) {
      const r = await check(text, { language: 'de', only: ['quotes'], path: 'x.txt' });
      expect(r.corrected, text).toBe(text);
      expect(r.findings.length, text).toBe(4);
      expect(r.findings.every((f) => !f.fixed && f.severity === 'info'), text).toBe(true);
    }
  });
});

describe('capitalization: a German conjunction after a noun', () => {
  it('is found in prose, not in a Markdown heading in title case', async () => {
    const r = await check('# Krieg In Der Ukraine Und Kein Ende\n\nDie Lage in der Ukraine Und im Nahen Osten bleibt angespannt.\n', { language: 'de', format: 'markdown', only: ['capitalization'], path: 'a.md' });
    expect(r.findings.map((f) => [f.actual, f.start.line])).toEqual([['Und', 3]]);
  });

  it('after a noun whose lower-case form is a word too, or a work noun right before it; not in a title-case run', async () => {
    const errors = 'Er sprach über das Leben Und die Arbeit. Der Film Und die Musik waren gut. Wir trafen uns am Morgen Und gingen los. Er ging nach Hause Und schlief.';
    expect((await check(errors, { language: 'de', only: ['capitalization'], path: 'x.txt' })).findings.map((f) => f.actual)).toEqual(['Und', 'Und', 'Und', 'Und']);
    const titles = 'Der Film Als Ich Mal Groß War lief im Kino. Das Magazin Natur Und Kosmos erscheint. Die Gruppe Wir Sind Helden Und Freunde spielt.';
    expect((await check(titles, { language: 'de', only: ['capitalization'], path: 'x.txt' })).findings).toEqual([]);
  });
});

describe('word-order after a noun', () => {
  it('is an information: the article may be a relative pronoun or begin a main clause', async () => {
    for (const text of ['Die Stadt plant neue Radwege, die Opposition ist dagegen.', 'Das ist die Firma, die Kameras hat gebaut.']) {
      const r = await check(text, { language: 'de', only: ['word-order'], path: 'x.txt' });
      expect(r.findings.map((f) => f.severity), text).toEqual(['info']);
    }
    const verbFinal = await check('Er wusste, dass seine Technologie war verwendet.', { language: 'de', only: ['word-order'], path: 'x.txt' });
    expect(verbFinal.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('double-space: three spaces or more', () => {
  it('are suggested, not written: a label and its value, a column that lost its neighbours', async () => {
    const text = 'Anpfiff: 20.45 Uhr\nSchiedsrichter:   Felix Zwayer\nDie Partie endete  torlos.';
    const r = await check(text, { language: 'de', only: ['double-space'], path: 'x.txt' });
    expect(r.corrected).toBe('Anpfiff: 20.45 Uhr\nSchiedsrichter:   Felix Zwayer\nDie Partie endete torlos.');
    expect(r.findings.map((f) => [f.actual.length, f.fixed, f.severity])).toEqual([
      [3, false, 'info'],
      [2, true, 'warning'],
    ]);
  });
});

describe('double-period', () => {
  it('fixes a doubled period after an abbreviation, and lists one after another word for review', async () => {
    const r = await check('Das war das Ende.. Dann kam nichts. Er kaufte Drohnen usw.. Dann ging er.', { language: 'de', only: ['double-period'], path: 'x.txt' });
    expect(r.findings.map((f) => [f.actual, f.fixed, f.expected])).toEqual([
      ['..', false, ['.', '...']],
      ['..', true, ['.']],
    ]);
    expect(r.corrected).toBe('Das war das Ende.. Dann kam nichts. Er kaufte Drohnen usw. Dann ging er.');
  });
});
