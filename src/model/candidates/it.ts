import { set, type CandidateTables } from './types.js';

export const it: CandidateTables = {
  // (No verb-final clauses.)
  finiteVerbs: set(''),
  clauseOpeners: set(''),
  relativePronouns: set(''),
  // By gender and number, and by the next word's sound ("lo studente", "il giudice").
  articleFamilies: [
    ['il', 'lo', 'la', 'i', 'gli', 'le'],
    ['un', 'uno', 'una'],
    ['del', 'dello', 'della', 'dei', 'degli', 'delle'],
    ['al', 'allo', 'alla', 'ai', 'agli', 'alle'],
    ['dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle'],
    ['nel', 'nello', 'nella', 'nei', 'negli', 'nelle'],
    ['sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle'],
    ['questo', 'questa', 'questi', 'queste'],
    ['quel', 'quello', 'quella', 'quei', 'quegli', 'quelli', 'quelle'],
    ['suo', 'sua', 'suoi', 'sue'],
    ['mio', 'mia', 'miei', 'mie'],
    ['nostro', 'nostra', 'nostri', 'nostre'],
    ['vostro', 'vostra', 'vostri', 'vostre'],
  ],
};
