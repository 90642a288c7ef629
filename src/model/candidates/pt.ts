import { set, type CandidateTables } from './types.js';

export const pt: CandidateTables = {
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  articleFamilies: [
    ['o', 'a', 'os', 'as'],
    ['um', 'uma', 'uns', 'umas'],
    ['este', 'esta', 'estes', 'estas'],
    ['esse', 'essa', 'esses', 'essas'],
    ['aquele', 'aquela', 'aqueles', 'aquelas'],
    ['do', 'da', 'dos', 'das'],
    ['no', 'na', 'nos', 'nas'],
    ['ao', 'à', 'aos', 'às'],
    ['pelo', 'pela', 'pelos', 'pelas'],
    ['seu', 'sua', 'seus', 'suas'],
    ['nosso', 'nossa', 'nossos', 'nossas'],
  ],
};
