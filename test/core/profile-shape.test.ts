import { describe, expect, it } from 'vitest';
import { PROFILES, profileFor, regionalProfile } from '../../src/languages/index.js';

// The checks read `ctx.profile.…` in their inner loops for whatever language a paragraph is in:
// profiles of one shape keep V8 from throwing their optimized code away at the first paragraph
// in another language (src/languages/index.ts, `sameShape`).
describe('language profiles', () => {
  it('all have the same fields in the same order, and are frozen', () => {
    const keys = Object.keys(PROFILES[0]);
    expect(keys.length).toBeGreaterThan(40);
    for (const p of PROFILES) {
      expect(Object.keys(p)).toEqual(keys);
      expect(Object.isFrozen(p)).toBe(true);
    }
  });

  it('keep their own values (a field a profile lacks is undefined)', () => {
    const de = profileFor('de')!;
    const en = profileFor('en')!;
    expect(de.code).toBe('de');
    expect(de.capitalizesNouns).toBe(true);
    expect(en.functionWords.has('the')).toBe(true);
    const missing = Object.keys(de).find((k) => (en as unknown as Record<string, unknown>)[k] === undefined);
    expect(missing).toBeDefined();
  });

  it('a regional copy has the same fields in the same order', () => {
    const ch = regionalProfile(profileFor('de')!, 'CH');
    expect(ch).not.toBe(profileFor('de'));
    expect(Object.keys(ch)).toEqual(Object.keys(PROFILES[0]));
    expect(ch.quotes.primary).toEqual(['«', '»']);
  });
});
