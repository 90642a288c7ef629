/**
 * Untrusted text: pathological inputs must finish (the suite's timeout catches a hang or
 * a quadratic path) and give sane results. Regression tests for what once broke:
 * `x@` × 100,000 overflowed parse-latin's stack; `http://` × 50,000 took 200 s in the
 * spacing rule; 150,000 findings in one sentence were quadratic in the quality score;
 * a 200,000-character token must never reach Hunspell.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const CASES: Record<string, string> = {
  'one 500,000-letter word': 'a'.repeat(500_000),
  'x@ repeated (parse-latin stack)': 'x@'.repeat(100_000),
  'http:// repeated (spacing rule)': 'http://'.repeat(50_000),
  'quotation marks only': '"„“'.repeat(50_000),
  'a hyphen chain': 'Tick-'.repeat(50_000),
  '200,000 spaces between two words': 'Wort' + ' '.repeat(200_000) + 'Wort.',
  '50,000 spaces before commas': 'Wort ,'.repeat(50_000),
  '100,000 capitalized function words in one sentence': 'AuF '.repeat(100_000),
  '50,000 glossary variants': 'Tick Tack '.repeat(50_000),
};

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
