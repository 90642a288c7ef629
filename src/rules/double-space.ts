/**
 * Double spaces: two or more spaces or tabs between the words of a sentence become one
 * space. Left alone: indentation (spaces at the start of a line), trailing spaces before a
 * line break (a Markdown hard break), the gap between two sentences (`Ende.  Neu`, a
 * typewriter habit, not an error within a sentence), and spaces before punctuation, which
 * the space-before-punctuation rule handles.
 *
 * @example
 *   in:  "Hikvision bestreitet  öffentlich seine Beteiligung."
 *   out: "Hikvision bestreitet öffentlich seine Beteiligung."
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';

const RUN = /[ \t]{2,}/g;
/** A sentence end just before a gap: period, question or exclamation mark, ellipsis, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["“”»«’‘)\]]*$/u;
/** Punctuation whose preceding space is the space-before-punctuation rule's concern. */
const PUNCTUATION = /[,.;:!?)]/;

/** Whether the line around `at` (ending at `to`) has two runs of two or more spaces or a tab: columns, not a typo. */
function alignedLine(text: string, at: number, to: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let runs = 0;
  for (const _ of text.slice(from, to).matchAll(/ {2,}|\t/g)) if (++runs >= 2) return true;
  return false;
}

export default defineRule(
  {
    id: 'double-space',
    description: 'Two or more spaces or tabs between the words of a sentence become one space.',
    category: 'spacing',
    severity: 'warning',
    languages: 'all',
    fix: 'safe',
    languageOf: 'document',
    examples: {
      flag: [
        { lang: 'de', text: 'Hikvision bestreitet  öffentlich seine Beteiligung.', output: 'Hikvision bestreitet öffentlich seine Beteiligung.' },
        { lang: 'de', text: 'Das ist ein Test mit   drei Leerzeichen.', output: 'Das ist ein Test mit drei Leerzeichen.' },
        { lang: 'en', text: 'Richard-Pierre Prosper said:  “We are not going to exonerate the company.”', output: 'Richard-Pierre Prosper said: “We are not going to exonerate the company.”' },
        { lang: 'fr', text: 'Une entreprise  chinoise.', output: 'Une entreprise chinoise.' },
      ],
      pass: [
        { lang: 'de', text: 'Das ist ein Satz.  Das ist der nächste.' },
        { lang: 'de', text: 'Wirklich?  Ja.' },
        { lang: 'de', text: 'Erste Zeile\n    eingerückte Zeile' },
        { lang: 'de', text: 'Erste Zeile  \nzweite Zeile' },
        { lang: 'de', text: 'Ein Wort  , das hier  .' },
        { lang: 'de', text: '1. Bayern München      34   92:38   82\n2. Borussia Dortmund   34   81:44   71' },
        { lang: 'de', text: 'Ein Tab\tzwischen Wörtern und\u00A0ein geschütztes Leerzeichen.' },
        { lang: 'fr', text: 'Il a dit «\u00A0oui\u00A0»\u202F; puis il est parti.' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    // (The line of the last run, judged once: a 300,000-character line with a run every few
    // characters took minutes when each run read its whole line again.)
    let lineEnd = -1;
    let aligned = false;
    for (const m of text.matchAll(RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      // Indentation, trailing spaces (a hard break), or the block's edges.
      if (start === 0 || end === text.length) continue;
      if (/[\n\r]/.test(text[start - 1]) || /[\n\r]/.test(text[end])) continue;
      if (PUNCTUATION.test(text[end])) continue;
      if (SENTENCE_END.test(text.slice(Math.max(0, start - 8), start))) continue;
      // A line with two or more such runs is laid out in columns (a league table, a price list): its spaces align.
      if (start >= lineEnd) {
        lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.length;
        aligned = alignedLine(text, start, lineEnd);
      }
      if (aligned) continue;
      if (!ctx.sentences.some((s) => s.start <= start && end <= s.end)) continue;
      if (!isVerbatim(ctx.block, start, end)) continue;
      ctx.report({
        start,
        end,
        message: `Unexpected ${m[0].length} ${m[0].includes('\t') ? 'spaces or tabs' : 'spaces'} between words, expected one space`,
        fix: ' ',
      });
    }
  },
);
