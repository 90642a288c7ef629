import { set, type CandidateTables } from './types.js';

/**
 * Dutch: the families of articles and determiners that differ between a de-word and a het-word
 * or in number ("de", "het"; "deze", "dit"; "die", "dat" as a relative pronoun too: "de man die",
 * "het huis dat"; "onze", "ons"). No verb-final tables: a Dutch subordinate clause ends with its
 * verbs in either order ("dat hij heeft gewerkt", "dat hij gewerkt heeft"), which German's
 * candidates do not know.
 */
export const nl: CandidateTables = {
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  articleFamilies: [
    ['de', 'het'],
    ['deze', 'dit'],
    ['die', 'dat'],
    ['onze', 'ons'],
    ['elke', 'elk'],
    ['welke', 'welk'],
    ['zulke', 'zulk'],
  ],
};
