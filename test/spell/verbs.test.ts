/**
 * The verbs a Hunspell dictionary lists (src/spell/verbs.ts), which tell the article-form rule
 * an infinitive after a pronoun ("de le faire") from a noun after an article ("de le ministère").
 */
import { describe, it, expect } from 'vitest';
import { readVerbs, dictionaryVerbs } from '../../src/spell/verbs.js';
import { loadSpeller } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';

describe('dictionary verbs', () => {
  it('are the stems with a suffix class that makes a form ending so', () => {
    const aff = "SET UTF-8\nFLAG long\nSFX a0 Y 2\nSFX a0 er ons/n' er\nSFX a0 er ez er\nSFX S. Y 1\nSFX S. 0 s .\n";
    const dic = '3\nmanger/a0p+\nministre/S.\ndîner/S.\ndîner/a0p.\n';
    expect([...readVerbs(aff, dic, /ons$/u)].sort()).toEqual(['dîner', 'manger']);
    // (One letter a flag, the default.)
    expect([...readVerbs('SET UTF-8\nSFX V Y 1\nSFX V r mos r\n', '2\nhablar/V\ncasa/S\n', /mos$/u)]).toEqual(['hablar']);
  });

  it('are read from dictionary-fr: its infinitives, not its nouns', async () => {
    const verbs = dictionaryVerbs(await loadSpeller(profileFor('fr')!), /ons$/u)!;
    for (const v of ['faire', 'lire', 'voir', 'manger', 'protéger', 'mettre', 'prendre', 'savoir', 'dîner']) expect(verbs.has(v), v).toBe(true);
    for (const n of ['ministère', 'ministre', 'centre', 'premier', 'dossier', 'plaisir', 'budget']) expect(verbs.has(n), n).toBe(false);
    expect(verbs.size).toBeGreaterThan(5000);
  });
});
