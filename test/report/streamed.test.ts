/**
 * Reports written as they are made: a long document's reports are tens of MB, and were held
 * whole (each, and all four at once) until the CLI's peak memory had doubled. The parts must
 * say exactly what the whole would, and never be the whole document at once.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentHtmlParts, renderDocumentHtml } from '../../src/report/html.js';
import { jsonDocumentParts, toJsonDocument } from '../../src/report/json.js';
import { writeOutputParts } from '../../src/io/files.js';
import type { DocumentResult, Finding } from '../../src/core/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-streamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A long document: `n` lines, each with two findings (one fixed), some text in „quotes“ and a line separator. */
function longDocument(n: number): { result: DocumentResult; text: string } {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`Zeile ${i} sagt „Tick Tack“ , und\u2028das <b>&amp; ${'x'.repeat(i % 7)}.`);
  const text = lines.join('\n') + '\n';
  const findings: Finding[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const at = offset + line.indexOf('Tick Tack');
    const sp = offset + line.indexOf(' ,');
    findings.push({
      ruleId: 'glossary',
      source: 'lektor',
      category: 'glossary',
      severity: 'error',
      message: 'Use "TikTok"\nnot "Tick Tack"',
      start: { line: i + 1, column: at - offset + 1, offset: at },
      end: { line: i + 1, column: at - offset + 10, offset: at + 9 },
      actual: 'Tick Tack',
      expected: ['TikTok'],
      fixed: true,
    });
    findings.push({
      ruleId: 'space-before-punctuation',
      source: 'lektor',
      category: 'spacing',
      severity: 'warning',
      message: 'Unexpected space before `,`',
      start: { line: i + 1, column: sp - offset + 1, offset: sp },
      end: { line: i + 1, column: sp - offset + 3, offset: sp + 2 },
      actual: ' ,',
      expected: [','],
      fixed: false,
      note: i % 2 ? 'n' : undefined,
    } as Finding);
    offset += line.length + 1;
  }
  const corrected = text.replace(/Tick Tack/g, 'TikTok');
  return { result: { path: 'long.txt', format: 'text', language: 'de', findings, corrected, checks: ['glossary'] }, text };
}

describe('jsonDocumentParts', () => {
  it('says exactly what JSON.stringify(document, null, 2) says, in parts', () => {
    const { result } = longDocument(3000);
    const json = toJsonDocument(result);
    const parts = [...jsonDocumentParts(json)];
    expect(parts.join('')).toBe(JSON.stringify(json, null, 2));
    // Parts, not the whole: none near the size of the document.
    const whole = JSON.stringify(json, null, 2).length;
    expect(parts.length).toBeGreaterThan(20);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(whole / 10);
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(JSON.stringify(json)));
  });

  it('writes an empty list, optional fields and a value with new lines as JSON.stringify does', () => {
    const { result } = longDocument(2);
    const shapes = [
      toJsonDocument({ ...result, findings: [] }),
      toJsonDocument({ ...result, locale: 'de-CH', localeEvidence: ['Strasse'], quality: { score: 50, predictedHter: 0.2, mqm: { score: 90 } as never, sentences: [] } }),
      toJsonDocument({ ...result, corrected: 'a\nb\r\n\u2028"c"\n' }),
    ];
    for (const shape of shapes) expect([...jsonDocumentParts(shape)].join('')).toBe(JSON.stringify(shape, null, 2));
    // A key whose value is undefined is left out, as JSON.stringify leaves it out.
    const withUndefined = { ...toJsonDocument(result), model: undefined };
    expect([...jsonDocumentParts(withUndefined)].join('')).toBe(JSON.stringify(withUndefined, null, 2));
  });
});

describe('documentHtmlParts', () => {
  it('renders a long document in parts that are each a small share of it', () => {
    const { result, text } = longDocument(4000);
    const parts = [...documentHtmlParts(result, text)];
    const whole = parts.join('');
    expect(whole).toBe(renderDocumentHtml(result, text));
    // The text and the table both come in parts (each about 32,000 characters).
    expect(whole.length).toBeGreaterThan(1_500_000);
    expect(parts.length).toBeGreaterThan(30);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(100_000);
    // Every finding is in it: 4,000 fixes and 4,000 open marks, each numbered once.
    expect(whole.match(/<tr id="f-\d+"/g)).toHaveLength(8000);
    expect(whole.match(/<ins>TikTok<\/ins>/g)).toHaveLength(4000);
    expect(whole.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(whole.endsWith('</html>\n')).toBe(true);
  });
});

describe('writeOutputParts', () => {
  it('writes the parts as one file, multi-byte characters across piece boundaries included', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `${i} „Grüße“ 🙂\n`);
    const file = await writeOutputParts(dir, 'sub/a.txt', parts);
    expect(file).toBe(path.join(dir, 'sub/a.txt'));
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
    expect(readdirSync(path.join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('keeps a surrogate pair whole when a part ends between its halves', async () => {
    const emoji = '🙂';
    const parts = ['x'.repeat((1 << 15) - 1) + emoji[0], emoji[1] + ' end'];
    const file = await writeOutputParts(dir, 'pair.txt', parts);
    expect(readFileSync(file, 'utf8')).toBe('x'.repeat((1 << 15) - 1) + emoji + ' end');
  });

  it('leaves the file as it was, and no temporary file, when a part fails', async () => {
    writeFileSync(path.join(dir, 'keep.html'), 'the old report');
    function* failing(): Generator<string> {
      yield 'x'.repeat(100_000);
      throw new Error('rendering failed');
    }
    await expect(writeOutputParts(dir, 'keep.html', failing())).rejects.toThrow('rendering failed');
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('the old report');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a path outside the output folder or through a symbolic link in it', async () => {
    await expect(writeOutputParts(dir, '../escape.txt', ['x'])).rejects.toThrow(/outside the output folder/);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'lektor-elsewhere-'));
    try {
      symlinkSync(elsewhere, path.join(dir, 'link'));
      await expect(writeOutputParts(dir, 'link/x.txt', ['x'])).rejects.toThrow(/symbolic link/);
      expect(existsSync(path.join(elsewhere, 'x.txt'))).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
