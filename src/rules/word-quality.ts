/**
 * Word-level quality estimate: the words a post-editor would most likely change, from a
 * small model learned on human post-edits of machine translation (`quality/word-qe-<lang>.json`,
 * see `src/quality/word-model.ts`; rebuilt by `npm run train:qe`). It is a review hint,
 * not an error: severity `info`, no fix, and the confidence is the estimated probability
 * of an edit. With the source text given (`--source`) and its paragraphs lined up with the
 * translation's, it also weighs how well the source supports each word.
 *
 * Runs only for the languages a model file ships for (German today). It flags about as
 * many tokens as editors changed in its training data (15 %), so on good text it flags
 * less and on poor text more; adjacent flagged tokens make one finding.
 *
 * @example
 *   in:  "Gleichzeitig nahm die Legion an der Befriedung Algeriens teil, die von verschiedenen Stammesaufständen und Rasias heimgesucht wurde."
 *   finding: "An editor would likely change „Rasias“ (estimated 46 %)"
 */
import { defineRule } from '../core/rule.js';
import { OPAQUE, toSource } from '../core/document.js';
import { sourceParagraph } from '../core/source.js';
import { onlyWhitespace } from '../core/segment.js';
import { estimateWords, loadWordModel, sourceSide, wordModelLanguages, type WordEstimate } from '../quality/word-model.js';

const percent = (p: number) => `${Math.round(p * 100)} %`;


/** Document state: sentence source offset → mean estimate of its tokens (the quality score reuses it). */
export const SENTENCE_MEANS = 'word-quality.means';

/** A long run quoted by its ends ("erste Wörter … letzte Wörter"): the finding's span shows it whole. */
function clipped(text: string): string {
  return text.length > 80 ? `${text.slice(0, 38)} … ${text.slice(-38)}` : text;
}

export default defineRule(
  {
    id: 'word-quality',
    description: 'Words a post-editor would likely change (word-level quality estimate learned from post-edits).',
    category: 'quality',
    severity: 'info',
    languages: wordModelLanguages(),
    fix: 'none',
    examples: {
      flag: [{ lang: 'de', text: 'Gleichzeitig nahm die Legion an der Befriedung Algeriens teil, die von verschiedenen Stammesaufständen und Rasias heimgesucht wurde.' }],
      pass: [{ lang: 'de', text: 'Er beginnt auch eine Affäre mit Veronica Harrington, die ihn rettet.' }],
    },
  },
  (ctx) => {
    const model = loadWordModel(ctx.language);
    if (!model) return;
    const original = ctx.doc.original;
    const paragraph = original && original.language === model.sourceLanguage ? sourceParagraph(ctx) : undefined;
    const side = paragraph === undefined ? undefined : sourceSide(paragraph, ctx.text);
    let means = ctx.doc.state.get(SENTENCE_MEANS) as Map<number, number> | undefined;
    if (!means) ctx.doc.state.set(SENTENCE_MEANS, (means = new Map()));
    for (const s of ctx.sentences) {
      const sentence = ctx.text.slice(s.start, s.end);
      let estimates: WordEstimate[] = estimateWords(model, sentence, side);
      if (sentence.includes(OPAQUE)) estimates = estimates.filter((e) => !e.token.includes(OPAQUE));
      if (estimates.length) means.set(toSource(ctx.block, s.start), estimates.reduce((a, e) => a + e.p, 0) / estimates.length);
      // Adjacent flagged tokens (nothing but spaces between them) make one finding.
      let run: WordEstimate[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const start = s.start + run[0].start;
        const end = s.start + run[run.length - 1].end;
        let p = 0;
        for (const e of run) p = Math.max(p, e.p);
        run = [];
        if (ctx.isClaimed(start, end)) return;
        ctx.report({
          start,
          end,
          message: `An editor would likely change „${clipped(ctx.text.slice(start, end))}“ (estimated ${percent(p)})`,
          expected: [],
          confidence: Math.round(p * 1000) / 1000,
          source: 'qe',
        });
      };
      for (const e of estimates) {
        const last = run[run.length - 1];
        if (e.flagged && (!last || onlyWhitespace(sentence, last.end, e.start))) run.push(e);
        else {
          flush();
          if (e.flagged) run.push(e);
        }
      }
      flush();
    }
  },
  {
    // (The model's file, read on first use: ~40 ms for German.)
    prepare(language) {
      loadWordModel(language);
    },
  },
);
