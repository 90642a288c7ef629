/**
 * A paragraph in another language than its document (English left in a German article, an
 * Arabic one): the check says which (`paragraphLanguages`), and the HTML report marks up that
 * paragraph's text, and the findings in it, in its language and direction, not the document's
 * (a browser hyphenated and spell-checked the English paragraph as German, a screen reader read
 * it with a German voice).
 */
import { describe, it, expect } from 'vitest';
import { renderDocumentHtml } from '../../src/report/html.js';
import { toJsonDocument } from '../../src/report/json.js';
import type { DocumentResult, Finding, Point } from '../../src/core/types.js';
import { check } from '../helpers.js';

const GERMAN = 'Die Regirung hat heute neue Regeln für den Datenschutz beschlossen, sagte ein Sprecher in Berlin.\n\n';
const ENGLISH = 'The company denied any involvment in the camps and said it takes human rights seriously.';
const ARABIC = 'قالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين.';

function point(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
}

function textSection(html: string): string {
  const m = /<div class="text" id="text"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error('no text section');
  return m[1];
}

const unescape = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const asOriginal = (section: string): string => unescape(section.replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/g, '').replace(/<ins\b[^>]*>[\s\S]*?<\/ins>/g, '').replace(/<[^>]*>/g, ''));

describe('a paragraph in another language than its document', () => {
  it('is told in the result and its JSON: its span and its language', async () => {
    const text = `${GERMAN}${ENGLISH}\n`;
    const result = await check(text, { path: 'a.txt', language: 'de' });
    const at = text.indexOf(ENGLISH);
    expect(result.paragraphLanguages).toEqual([{ start: point(text, at), end: point(text, at + ENGLISH.length), language: 'en' }]);
    expect(toJsonDocument(result).paragraphLanguages).toEqual(result.paragraphLanguages);
    // A document all in its language has none.
    const german = await check(GERMAN, { path: 'b.txt', language: 'de' });
    expect(german.paragraphLanguages).toBeUndefined();
    expect('paragraphLanguages' in toJsonDocument(german)).toBe(false);
  });

  it('is marked up in its language in the text, and so are the findings in it: their quotations, their words and their sentence', async () => {
    const text = `${GERMAN}${ENGLISH}\n`;
    const result = await check(text, { path: 'a.txt', language: 'de' });
    const misspelt = result.findings.find((f) => f.ruleId === 'spelling' && f.actual === 'involvment');
    expect(misspelt, JSON.stringify(result.findings.map((f) => [f.ruleId, f.actual]))).toBeDefined();
    const html = renderDocumentHtml(result, text);
    const section = textSection(html);
    // The paragraph, in the document's German text, is English; the German one is not marked again.
    expect(section).toMatch(/<span lang="en">[^]*The company[^]*seriously[^]*<\/span>\n$/);
    expect(section.match(/<span lang=/g)).toHaveLength(1);
    expect(section.slice(0, section.indexOf('<span lang="en">'))).toContain('Die ');
    expect(asOriginal(section)).toBe(text);
    // Its findings: the words they quote, their words and suggestions, in English.
    expect(html).toContain('<code lang="en">involvment</code>');
    expect(html).not.toContain('<code lang="de">involvment</code>');
    expect(html).toContain('<code class="actual" lang="en">involvment</code>');
    // The German paragraph's findings keep German.
    const german = result.findings.findIndex((f) => f.actual === 'Regirung');
    expect(german).toBe(0);
    const row = html.slice(html.indexOf('<tr id="f-1"'), html.indexOf('</tr>', html.indexOf('<tr id="f-1"')));
    expect(row).toContain('<code lang="de">Regirung</code>');
    expect(row).toContain('<code class="actual" lang="de">Regirung</code>');
    // Its sentence, in the sentences table.
    expect(html).toMatch(/<td class="t" lang="en">The company denied/);
    expect(html).toMatch(/<td class="t" lang="de">Die Regirung/);
  });

  it("gives the findings' numbers in the text the report's language, English, not the paragraph's or the text's", async () => {
    // (A number and its label, "Finding 2 spelling · …", are the report's words: a screen reader
    // read them with the English paragraph's voice, or the German text's.)
    const text = `${GERMAN}${ENGLISH}\n`;
    const result = await check(text, { path: 'a.txt', language: 'de' });
    const section = textSection(renderDocumentHtml(result, text));
    const refs = [...section.matchAll(/<sup class="ref[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const r of refs) expect(r).toContain(' lang="en"');
    // One inside the English paragraph, one in the German text.
    const english = section.indexOf('<span lang="en">');
    expect(section.slice(english)).toMatch(/<sup class="ref[^>]* lang="en"/);
    expect(section.slice(0, english)).toMatch(/<sup class="ref[^>]* lang="en"/);
  });

  it('runs right to left where its script does, in a left-to-right document, and the words of its findings too', () => {
    const text = `${GERMAN}${ARABIC}\n`;
    const at = text.indexOf(ARABIC);
    const word = 'الشركة';
    const w = text.indexOf(word);
    const finding: Finding = {
      ruleId: 'spelling', source: 'lektor', category: 'spelling', severity: 'warning', message: `Unknown word \`${word}\``,
      start: point(text, w), end: point(text, w + word.length), actual: word, expected: [], fixed: false,
    };
    const result: DocumentResult = {
      path: 'a.txt', format: 'text', language: 'de', findings: [finding], corrected: text, checks: [],
      paragraphLanguages: [{ start: point(text, at), end: point(text, at + ARABIC.length), language: 'ar' }],
    };
    const html = renderDocumentHtml(result, text);
    const section = textSection(html);
    expect(html).toContain('<div class="text" id="text" lang="de" dir="ltr">');
    expect(section).toContain('<span lang="ar" dir="rtl">');
    expect(asOriginal(section)).toBe(text);
    expect(html).toContain(`<code class="actual" lang="ar" dir="rtl">${word}</code>`);
    expect(html).toContain(`Unknown word <code lang="ar" dir="rtl">${word}</code>`);
  });

  it('keeps the text whole and well nested around fixes and marks at its edges; ignores a malformed span', () => {
    const text = `${GERMAN}${ENGLISH}\n`;
    const at = text.indexOf(ENGLISH);
    const mk = (actual: string, props: Partial<Finding>): Finding => {
      const s = text.indexOf(actual);
      return { ruleId: 'x', source: 'lektor', category: 'grammar', severity: 'warning', message: 'm', start: point(text, s), end: point(text, s + actual.length), actual, expected: [], fixed: false, ...props };
    };
    // A fix from the German paragraph's end into the English one (none does, but the data may say so), and a mark over the whole paragraph.
    const across = mk('Berlin.\n\nThe', { fixed: true, expected: ['Berlin. The'] });
    const whole = mk(ENGLISH, { ruleId: 'paragraph-language', category: 'language', severity: 'error' });
    const result: DocumentResult = {
      path: 'a.txt', format: 'text', language: 'de', findings: [across, whole], corrected: text, checks: [],
      paragraphLanguages: [
        { start: point(text, at), end: point(text, at + ENGLISH.length), language: 'en' },
        { start: point(text, 0), end: point(text, 5), language: '"><script>' },
      ],
    };
    const section = textSection(renderDocumentHtml(result, text));
    expect(asOriginal(section)).toBe(text);
    expect(section).not.toContain('<script>');
    // Every span opened is closed, in order.
    const stack: string[] = [];
    for (const m of section.matchAll(/<(\/?)(span|mark|del|ins|sup|a)\b/g)) {
      if (m[1] === '') stack.push(m[2]);
      else expect(stack.pop(), `</${m[2]}> at ${m.index}`).toBe(m[2]);
    }
    expect(stack).toEqual([]);
    expect(section).toContain('<span lang="en">');
  });
});

describe('an XLIFF target in another language than its file', () => {
  const unit = (id: number, source: string, target: string) => `      <trans-unit id="${id}">\n        <source>${source}</source>\n        <target>${target}</target>\n      </trans-unit>\n`;
  /** A German file whose second target is `target`: its check, and the attributes of each unit's target in the report. */
  const checked = async (target: string) => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="a.html" source-language="en" target-language="de" datatype="html">\n    <body>\n' +
      unit(1, 'The government adopted new rules today, a spokesman said in Berlin.', 'Die Regierung hat heute neue Regeln für den Datenschutz beschlossen, sagte ein Sprecher in Berlin.') +
      unit(2, 'The company said it would do more to protect its users.', target) +
      '    </body>\n  </file>\n</xliff>\n';
    const result = await check(xml, { path: 'a.xlf', language: 'de' });
    const html = renderDocumentHtml(result, xml);
    return {
      languages: result.paragraphLanguages?.map((l) => [xml.slice(l.start.offset, l.end.offset), l.language]),
      targets: [...html.matchAll(/<div class="text unit-target"([^>]*)>/g)].map((m) => m[1]),
    };
  };

  it('is told, and its unit\'s target is marked up in its language and direction; the others in the file\'s', async () => {
    const { languages, targets } = await checked(ARABIC);
    expect(languages).toEqual([[ARABIC, 'ar']]);
    expect(targets).toEqual([' lang="de" dir="ltr"', ' lang="ar" dir="rtl"']);
  });

  it('is marked up in its language where its text lies inside an inline tag (the target begins before the paragraph)', async () => {
    const { languages, targets } = await checked(`<g id="b1">${ARABIC}</g>`);
    expect(languages).toEqual([[ARABIC, 'ar']]);
    // (It had been the file's language: the target's window begins at its <g>, the paragraph after it.)
    expect(targets).toEqual([' lang="de" dir="ltr"', ' lang="ar" dir="rtl"']);
  });
});
