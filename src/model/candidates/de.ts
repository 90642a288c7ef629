import { set, type CandidateTables } from './types.js';

export const de: CandidateTables = {
  finiteVerbs: set(`
    ist sind war waren wird werden wurde wurden würde würden sei seien wäre wären bin bist
    hat haben hatte hatten habe hätte hätten
    kann können konnte konnten könnte könnten muss müssen musste mussten müsste
    soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte mag möchte möchten
    gibt gab gaben geht ging steht stand stehen liegt lag bleibt blieb scheint schien
  `),
  clauseOpeners: set('dass ob weil wenn obwohl damit falls sobald nachdem bevor seit seitdem indem als da während wo wie'),
  relativePronouns: set('der die das dem den deren dessen denen welcher welche welches welchem welchen'),
  infinitiveParticle: 'zu',
  infinitiveOpeners: set('um ohne statt anstatt'),
  infinitiveEnding: /n$/u,
  particleIdioms: [['ab', 'und']],
  articleFamilies: [
    ['der', 'die', 'das', 'den', 'dem', 'des'],
    ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
    ['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines'],
    ['dieser', 'diese', 'dieses', 'diesen', 'diesem'],
    ['jeder', 'jede', 'jedes', 'jeden', 'jedem'],
    ['sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines'],
    ['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'],
    ['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
    ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
  ],
};
