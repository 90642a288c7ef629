import { describe, it, expect } from 'vitest';
import { datelineSpan } from '../../src/core/segment.js';
import { check } from '../helpers.js';

describe('datelines', () => {
  it('finds the agency code (and a date) after the place, before a dash, a colon or a sentence', () => {
    const span = (t: string) => {
      const s = datelineSpan(t);
      return s && t.slice(s[0], s[1]).trim();
    };
    expect(span('HAMBURG (epd) - Die Kirche hat beschlossen.')).toBe('(epd)');
    expect(span('STUTTGART (dpa/lsw) – Die Landesregierung')).toBe('(dpa/lsw)');
    expect(span('Frankfurt/Main (dpa-AFX) - Der Dax stieg.')).toBe('(dpa-AFX)');
    expect(span('BARCELONA, 1 may (EFE).- La policía detuvo a un hombre.')).toBe(', 1 may (EFE)');
    expect(span('WASHINGTON (Reuters) - The talks ended.')).toBe('(Reuters)');
    expect(span('(dpa/lby) Die Staatsregierung hat beschlossen.')).toBe('(dpa/lby)');
    // A name or a party in brackets inside a sentence is prose.
    expect(span('Der Kanzler (SPD) sagte am Montag etwas.')).toBeUndefined();
    expect(span('Die Firma (Hikvision) - so hieß es - schwieg.')).toBeUndefined();
    expect(span('Ein Satz ohne Klammer.')).toBeUndefined();
  });

  it('leaves agency codes and a dateline date unchecked, and the place still checked', async () => {
    const de = await check('MÜNCHEN (sid) - Der Verein gewann.\n\nSTUTTGART (dpa/lsw) – Die Regierung tagte.\n\n(dpa/lby) Die Staatsregierung hat beschlossen.\n\nKÖLN (ots) - Die Polizei meldet einen Unfall.', { language: 'de', only: ['spelling', 'untranslated'], path: 'x.txt' });
    expect(de.findings.map((f) => f.actual)).toEqual([]);
    const es = await check('BARCELONA, 1 may (EFE).- La policía detuvo a un hombre en el centro de la ciudad.', { language: 'es', only: ['spelling', 'untranslated'], path: 'x.txt' });
    expect(es.findings.map((f) => f.actual)).toEqual([]);
    // Outside a dateline the same words are still looked at.
    const later = await check('Der Verein gewann, sagte der sid am Montag.', { language: 'de', only: ['spelling'], path: 'x.txt' });
    expect(later.findings.map((f) => f.actual)).toContain('sid');
  });

  it('does not take a telephone label for English', async () => {
    const r = await check('Pressekontakt: Dr. Hans Meier, Tel.: +49 30 18681-0, Fax: +49 30 18681-1', { language: 'de', only: ['untranslated'], path: 'x.txt' });
    expect(r.findings.map((f) => f.actual)).toEqual([]);
  });
});
