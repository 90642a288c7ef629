import { set, type CandidateTables } from './types.js';

export const fr: CandidateTables = {
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  articleFamilies: [
    ['le', 'la', 'les'],
    ['un', 'une', 'des'],
    ['du', 'des', 'au', 'aux'],
    ['ce', 'cet', 'cette', 'ces'],
    ['son', 'sa', 'ses'],
    ['mon', 'ma', 'mes'],
    ['ton', 'ta', 'tes'],
    ['notre', 'nos'],
    ['votre', 'vos'],
    ['leur', 'leurs'],
  ],
};
