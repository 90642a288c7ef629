/**
 * Untrusted text: pathological inputs must finish (the suite's timeout catches a hang or
 * a quadratic path) and give sane results. Regression tests for what once broke:
 * `x@` × 100,000 overflowed parse-latin's stack; `http://` × 50,000 took 200 s in the
 * spacing rule; 150,000 findings in one sentence were quadratic in the quality score;
 * a 200,000-character token must never reach Hunspell; "ab," × 100,000 took 9 minutes in the
 * missing-space rule, "a  b  " × 50,000 as long in double-space's look at the line, and
 * "Tick Tack" × 50,000 25 s in name-compound (a search of the words per glossary match), and
 * then for ever in untranslated (each word left over read the endless "sentence" of words
 * English knows to its end, looking for the next).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const CASES: Record<string, string> = {
  'one 500,000-letter word': 'a'.repeat(500_000),
  'x@ repeated (parse-latin stack)': 'x@'.repeat(100_000),
  'http:// repeated (spacing rule)': 'http://'.repeat(50_000),
  'quotation marks only': '"„“'.repeat(50_000),
  'a hyphen chain': 'Tick-'.repeat(50_000),
  // (Windows paths are no prose: each part of one ends at the next backslash.)
  'a path of 50,000 folders': 'C:\\' + 'Tick Tack\\'.repeat(50_000) + 'x',
  'a drive letter before 200,000 letters without a backslash': 'C:\\' + 'a b '.repeat(50_000),
  '200,000 spaces between two words': 'Wort' + ' '.repeat(200_000) + 'Wort.',
  '50,000 spaces before commas': 'Wort ,'.repeat(50_000),
  '100,000 capitalized function words in one sentence': 'AuF '.repeat(100_000),
  '50,000 glossary variants': 'Tick Tack '.repeat(50_000),
  // (Each took minutes when every joint or run looked at its whole run or line again.)
  '100,000 commas between letters, no space (missing-space)': 'ab,'.repeat(100_000),
  '50,000 double spaces on one line (double-space)': 'a  b  '.repeat(50_000),
  '30,000 quotations with single quotes inside (quotes)': '"x \'a\' y" '.repeat(30_000),
  // (parse-latin's sentence-merging plugins: 8 s before they were made linear.)
  '100,000 sentences in one paragraph, each in lower case': 'qué? '.repeat(100_000),
  '50,000 quoted sentences with a second period': 'Er sagte „Ja.“. '.repeat(50_000),
  // (Each word searched every hashtag and handle: 21 s for 400 KB.)
  '50,000 hashtags and handles': '#ab @cd #ab '.repeat(33_000),
  '50,000 quotations run into the next sentence': '„Ja“.Die '.repeat(50_000),
  // (An unanchored word before a joint: every letter of a long word began a scan to its end.)
  'a 300,000-letter word before a joint (missing-space)': 'Er ' + 'a'.repeat(300_000) + ' x.Yy war enttäuscht.„Wir haben“',
  '300,000 template openers and emoji colons (Markdown templates)': '{{ {% :a '.repeat(100_000),
  // (Each zu-infinitive's edit copied the rest of a clause without end: out of memory at 80 KB.)
  '10,000 zu-infinitives in one clause (word-order)': 'Das ' + 'zu gehen '.repeat(10_000) + ' x.',
  // (Each doubled period read back to the start of its run of non-spaces: 20 s for 80 KB.)
  '20,000 doubled periods in one run (double-period)': 'Das ist gut. ' + 'x..)'.repeat(20_000),
  // (Each run after an abbreviation read its whole line again: 40 s for 200 KB.)
  '10,000 abbreviations with a double space on one line (double-space)': 'Das ' + 'z. B.  einen '.repeat(10_000),
  // (Each mark's role was read over the whole run of marks around it: 12 s for 20,000.)
  '50,000 guillemets in a row (quotes)': '«'.repeat(50_000),
};

describe('untrusted Spanish input', () => {
  it('checks 50,000 questions without their opening marks in one paragraph (inverted-marks)', async () => {
    const text = 'qué? '.repeat(25_000) + 'qué?'.repeat(25_000);
    const result = await check(text, { path: 'x.txt', language: 'es' });
    const marks = result.findings.filter((f) => f.ruleId === 'inverted-marks');
    expect(marks.length).toBeGreaterThan(1000);
    for (const f of marks.slice(0, 100)) expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
  });
});

describe('untrusted input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`checks ${name} without hanging, with spans inside the text`, async () => {
      const result = await check(text, { path: 'x.txt', language: 'de' });
      for (const f of result.findings.slice(0, 1000)) {
        expect(f.start.offset).toBeLessThanOrEqual(f.end.offset);
        expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
      }
      expect(typeof result.corrected).toBe('string');
    });
  }
  it('fixes every one of 50,000 glossary variants', async () => {
    // Separated by commas: 50,000 variants, not one repeated term (which becomes one term).
    const result = await check('Tick Tack, '.repeat(50_000), { path: 'x.txt', language: 'de' });
    expect(result.corrected).toBe('TikTok, '.repeat(50_000));
  });
});
