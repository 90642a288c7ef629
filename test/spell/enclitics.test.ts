/**
 * Pronouns joined onto a verb (src/spell/enclitics.ts), against a small dictionary of the
 * verbs' forms: which words are known, and the accent the joined pronouns ask for.
 */
import { describe, it, expect } from 'vitest';
import { joinedToVerb } from '../../src/spell/enclitics.js';
import { es } from '../../src/languages/es.js';
import { it as italian } from '../../src/languages/it.js';

const dictionary = (list: string) => {
  const known = new Set(list.split(' '));
  return { correct: (w: string) => known.has(w) };
};
const spanish = dictionary('dar decir explicar poner poniendo cuenta da digamos vamos sentad divertid reír ríe hagamos decid procesando actualiza reinicia que be car para');
const italianWords = dictionary('dire fare mandare porre tradurre facendo care rendere');

describe('Spanish enclitics', () => {
  it('knows a form with one, two or three pronouns and the accent they ask for', () => {
    for (const w of ['dárselo', 'darlo', 'decírmelo', 'explicárnoslo', 'poniéndose', 'ponérselo', 'cuéntamelo', 'dame', 'dámelo', 'digámoselo', 'vámonos', 'sentaos', 'divertíos', 'reírse', 'ríete', 'hagámoslo', 'decidme', 'procesándolos', 'actualízalo', 'reinícialo', 'Cuéntamelo']) {
      expect(joinedToVerb(es.enclitics!, spanish, w), w).toBe(true);
    }
  });

  it('does not know one misspelt, without its accent or with one too many, nor a word that is no verb', () => {
    for (const w of ['dárselp', 'darselo', 'dárlo', 'decirmelo', 'poniendose', 'cuentamelo', 'cuentáme', 'dáme', 'digamoselo', 'vamonos', 'sentáos', 'divertios', 'reirse', 'procesandolos', 'configuralo', 'quete', 'bela', 'carlo', 'paralos', 'dárSelo']) {
      expect(joinedToVerb(es.enclitics!, spanish, w), w).toBe(false);
    }
  });
});

describe('Italian enclitics', () => {
  it('knows an infinitive without its last vowel, or a gerund, with one pronoun or two', () => {
    for (const w of ['dirglielo', 'farlo', 'mandarmelo', 'porlo', 'tradurlo', 'facendolo', 'mandarsene']) expect(joinedToVerb(italian.enclitics!, italianWords, w), w).toBe(true);
  });

  it('does not know the infinitive whole, a misspelt pronoun, nor a name', () => {
    for (const w of ['renderesi', 'mandarmelp', 'farte', 'Carlo', 'mandàrlo']) expect(joinedToVerb(italian.enclitics!, italianWords, w), w).toBe(false);
  });
});
