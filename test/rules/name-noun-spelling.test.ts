/**
 * A name before a noun that name-noun finds ("die Bellefontaine Eisenbahn": "Bellefontaine-Eisenbahn",
 * a compound with a name) is one finding. The spelling rule had also said "Unknown word
 * `Bellefontaine` (a name?)" inside it: a question the other finding has answered (13 such pairs
 * on MLQE-PE dev). A misspelt noun after the name is still the spelling rule's.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const open = async (text: string) =>
  (await check(text, { path: 'a.txt', language: 'de' })).findings.filter((f) => f.category !== 'quality').map((f) => [f.ruleId, f.actual]);

describe('name-noun and spelling', () => {
  it('the name of a compound with a name is not also "a name?"', async () => {
    expect(await open('Er fuhr mit der Bellefontaine Eisenbahn nach Osten.\n')).toEqual([['name-noun', 'Bellefontaine Eisenbahn']]);
    expect(await open('Die Zeitung nannte die Wharton Studie einen Erfolg.\n')).toEqual([['name-noun', 'Wharton Studie']]);
  });

  it('a name name-noun leaves alone is still "a name?"', async () => {
    expect(await open('Er sprach mit Bellefontaine über die Bahn.\n')).toEqual([['spelling', 'Bellefontaine']]);
  });
});
