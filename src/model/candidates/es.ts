import { set, type CandidateTables } from './types.js';

export const es: CandidateTables = {
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  articleFamilies: [
    ['el', 'la', 'los', 'las'],
    ['un', 'una', 'unos', 'unas'],
    ['este', 'esta', 'estos', 'estas'],
    ['ese', 'esa', 'esos', 'esas'],
    ['aquel', 'aquella', 'aquellos', 'aquellas'],
    ['del', 'de la'],
    ['al', 'a la'],
    ['su', 'sus'],
    ['nuestro', 'nuestra', 'nuestros', 'nuestras'],
  ],
};
