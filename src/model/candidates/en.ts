import { set, type CandidateTables } from './types.js';

export const en: CandidateTables = {
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  articleFamilies: [
    ['a', 'an'],
    ['this', 'these'],
    ['that', 'those'],
    ['much', 'many'],
    ['less', 'fewer'],
  ],
};
