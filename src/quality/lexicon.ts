/**
 * The edit-rate lexicon: for the tokens that occur often in the training MT, how often a
 * post-editor changed them (the share of their occurrences tagged BAD in train/tags.txt),
 * and one shared rate for every rarer or unseen token. A sentence's `lex_edit_rate` is the
 * mean rate of its tokens. It is learned on train/ only and ships inside the weights file
 * (a few hundred entries: function words, punctuation and frequent content words).
 *
 * It is a property of the MT system and the domain the lexicon was learned on (Wikipedia,
 * en→de); a score without it is available by giving the feature weight 0.
 */
import { splitTokens, detokenize } from '../eval/detok.js';
import { forEachLexToken } from './lex-tokens.js';

export interface Lexicon {
  /** Minimum number of training occurrences for a token to get its own rate. */
  minCount: number;
  /** Rate of every token below `minCount` (pooled). */
  rare: number;
  /** Smoothed share of BAD occurrences per token (case-sensitive). */
  rates: Record<string, number>;
}

export const LEX_TOKEN = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * The tokens the lexicon counts: words (as the features count them) and single non-word
 * characters, as `LEX_TOKEN` matches them (found by `forEachLexToken`).
 */
export function lexTokens(text: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  forEachLexToken(text, (start, end) => out.push({ value: text.slice(start, end), start, end }));
  return out;
}

/** A token's rate in the lexicon (the pooled rare rate for a token it does not list). */
export function tokenRate(lexicon: Lexicon, token: string): number {
  // Own properties only: a token such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(lexicon.rates, token) ? lexicon.rates[token] : lexicon.rare;
}

/** Mean lexicon rate of a text's tokens (undefined for a text without tokens). */
export function lexEditRate(text: string, lexicon: Lexicon): number | undefined {
  let s = 0;
  let n = 0;
  forEachLexToken(text, (start, end) => {
    s += tokenRate(lexicon, text.slice(start, end));
    n++;
  });
  return n === 0 ? undefined : s / n;
}

/**
 * Learn a lexicon from tokenized MT lines and their gold token tags. The MT is
 * detokenized as for checking, and each lexicon token is BAD when an MT token it
 * overlaps is BAD, so training and use see the same tokens.
 */
export function buildLexicon(mt: readonly string[], bad: readonly (readonly boolean[])[], minCount = 20, smoothing = 2): Lexicon {
  const counts = new Map<string, [number, number]>();
  mt.forEach((line, i) => {
    const d = detokenize(line);
    if (splitTokens(line).length !== bad[i].length) throw new Error(`lexicon: line ${i + 1} has ${bad[i].length} tags for ${d.tokens.length} tokens`);
    for (const t of lexTokens(d.text)) {
      let isBad = false;
      for (let k = 0; k < d.spans.length; k++) if (d.spans[k][0] < t.end && t.start < d.spans[k][1] && bad[i][k]) isBad = true;
      const c = counts.get(t.value) ?? [0, 0];
      c[0] += isBad ? 1 : 0;
      c[1]++;
      counts.set(t.value, c);
    }
  });
  let rareBad = 0;
  let rareAll = 0;
  for (const [, [b, n]] of counts) {
    if (n < minCount) {
      rareBad += b;
      rareAll += n;
    }
  }
  const rare = rareAll > 0 ? rareBad / rareAll : 0;
  const rates: Record<string, number> = {};
  const frequent = [...counts].filter(([, [, n]]) => n >= minCount).sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1));
  for (const [token, [b, n]] of frequent) rates[token] = Math.round(((b + smoothing * rare) / (n + smoothing)) * 1e4) / 1e4;
  return { minCount, rare: Math.round(rare * 1e4) / 1e4, rates };
}
