/**
 * English, French, Spanish and Italian: false alarms found on the human translations of The
 * Debian Administrator's Handbook (some 6,000 words of prose a language), each with the change
 * that removes it and a case that must still be found.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

type Result = Awaited<ReturnType<typeof check>>;
/** The findings of a rule above information, by the text they cover. */
const of = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => f.actual);
/** The findings of a rule given as information, by the text they cover. */
const infoOf = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity === 'info').map((f) => f.actual);

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('French spacing: an ordinary space where a no-break one belongs', () => {
  it('is information before : ; ! ?, fixed still; no space at all is a warning', async () => {
    const r = await check('Il dit : non ! Puis il part; voilà:', { language: 'fr', only: ['space-before-punctuation'] });
    expect(of(r, 'space-before-punctuation')).toEqual([';', ':']);
    expect(infoOf(r, 'space-before-punctuation')).toEqual([' :', ' !']);
    expect(r.corrected).toBe(`Il dit${NBSP}: non${NNBSP}! Puis il part${NNBSP}; voilà${NBSP}:`);
  });

  it('is a warning still where the space after a ? is missing too', async () => {
    const r = await check('Pourquoi ?Parce que personne ne sait.', { language: 'fr', only: ['space-before-punctuation'] });
    expect(of(r, 'space-before-punctuation')).toEqual([' ?']);
  });

  it('is information inside guillemets, fixed still; straight quotes and unspaced guillemets are warnings', async () => {
    const r = await check('Il a dit « bonjour » hier, puis "au revoir" et «merci».', { language: 'fr', only: ['quotes'] });
    expect(infoOf(r, 'quotes')).toEqual(['« ', ' »']);
    expect(of(r, 'quotes')).toEqual(['"', '"', '«', '»']);
    expect(r.corrected).toBe(`Il a dit «${NBSP}bonjour${NBSP}» hier, puis «${NBSP}au revoir${NBSP}» et «${NBSP}merci${NBSP}».`);
  });
});
