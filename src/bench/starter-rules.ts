/**
 * The starter checks, by rule id: glossary, the three repetition checks, spelling and
 * fused tokens, untranslated words, capitalization, quotes, the period after a quote, space
 * before punctuation, doubled spaces, and the paragraph's language. The rule set its figure of
 * 200,000 words/s is set for; `npm run bench` times it as a pass of its own (`--pass starter`).
 */
export const STARTER_RULES = [
  'paragraph-language',
  'glossary',
  'repeated-word',
  'coordinated-duplicate',
  'repeated-stem',
  'spelling',
  'fused-token',
  'untranslated',
  'capitalization',
  'quotes',
  'quote-period',
  'space-before-punctuation',
  'double-space',
] as const;
