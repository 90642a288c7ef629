/**
 * The rules, in priority order: earlier rules claim spans first (the glossary before
 * spelling), and when two fixes collide the earlier rule's fix wins. A new rule is a
 * new file in this folder plus one line here; see README "Adding a rule".
 */
import type { Rule } from '../core/rule.js';
import paragraphLanguage from './paragraph-language.js';
import glossary from './glossary.js';
import nameCompound from './name-compound.js';
import consistency from './consistency.js';
import glossarySource from './glossary-source.js';
import sourceNumbers from './source-numbers.js';
import sourceNames from './source-names.js';
import sourceCalque from './source-calque.js';
import repeatedWord from './repeated-word.js';
import articleForm from './article-form.js';
import accentApostrophe from './accent-apostrophe.js';
import indefiniteArticle from './indefinite-article.js';
import coordinatedDuplicate from './coordinated-duplicate.js';
import repeatedStem from './repeated-stem.js';
import wordOrder from './word-order.js';
import fusedToken from './fused-token.js';
import splitCompound from './split-compound.js';
import nameNoun from './name-noun.js';
import englishGenitive from './english-genitive.js';
import unitSymbol from './unit-symbol.js';
import yearPreposition from './year-preposition.js';
import untranslatedMonth from './untranslated-month.js';
import untranslated from './untranslated.js';
import spelling from './spelling.js';
// -- punctuation, spacing and capitalization rules (below this line) --
import capitalization from './capitalization.js';
import calendarCase from './calendar-case.js';
import officeTitle from './office-title.js';
import quotes from './quotes.js';
import quotePeriod from './quote-period.js';
import spaceBeforePunctuation from './space-before-punctuation.js';
import doublePeriod from './double-period.js';
import doubleSpace from './double-space.js';
import missingSpace from './missing-space.js';
import invertedMarks from './inverted-marks.js';
import wordQuality from './word-quality.js';

export const defaultRules: Rule[] = [
  paragraphLanguage,
  glossary,
  nameCompound,
  glossarySource,
  sourceNumbers,
  sourceNames,
  sourceCalque,
  articleForm,
  accentApostrophe,
  indefiniteArticle,
  repeatedWord,
  coordinatedDuplicate,
  repeatedStem,
  wordOrder,
  fusedToken,
  splitCompound,
  nameNoun,
  englishGenitive,
  unitSymbol,
  yearPreposition,
  untranslatedMonth,
  untranslated,
  // (Before spelling, which leaves the word it claims: Dutch's dictionary has "maart" in small
  // letters only, and "3 Maart" had been "a name?" too.)
  calendarCase,
  spelling,
  consistency,
  // -- punctuation, spacing and capitalization rules (below this line) --
  capitalization,
  officeTitle,
  quotes,
  quotePeriod,
  spaceBeforePunctuation,
  doublePeriod,
  doubleSpace,
  missingSpace,
  invertedMarks,
  // -- learned estimates, after every rule (they skip what a rule claimed) --
  wordQuality,
];
