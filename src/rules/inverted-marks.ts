/**
 * Spanish opening marks: a question or exclamation opens with ¿ or ¡ ("¿Cuánto cuesta?"),
 * which a translation from English leaves out ("Cuánto cuesta?"). The mark goes where the
 * question begins: the start of the sentence, or of the clause after a comma, semicolon or
 * colon ("Si vienes, ¿me llamas?"). Where it begins is a guess, so the mark is suggested,
 * not written. Runs for the languages whose profile sets `invertedMarks`.
 *
 * @example
 *   in:  "Cuánto cuesta un piso en Madrid?"
 *   suggestion: "¿Cuánto"
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { PROFILES } from '../languages/index.js';

const CLOSING: Record<string, string> = { '?': '¿', '!': '¡' };
/** Opening quotation marks and brackets a question may begin with: the mark goes after them. */
const OPENERS = /["“„«‘‚(\[—–-]/u;

export default defineRule(
  {
    id: 'inverted-marks',
    description: 'A Spanish question or exclamation without its opening ¿ or ¡.',
    category: 'punctuation',
    severity: 'warning',
    languages: PROFILES.filter((p) => p.invertedMarks).map((p) => p.code),
    fix: 'review',
    examples: {
      flag: [
        { lang: 'es', text: 'Cuánto cuesta un piso en Madrid? Nadie lo sabe.', output: '¿Cuánto cuesta un piso en Madrid? Nadie lo sabe.' },
        { lang: 'es', text: 'Si vienes, me llamas?', output: 'Si vienes, ¿me llamas?' },
        { lang: 'es', text: 'Qué sorpresa! Vino.', output: '¡Qué sorpresa! Vino.' },
        { lang: 'es', text: 'Preguntó: «Vienes?»', output: 'Preguntó: «¿Vienes?»' },
      ],
      pass: [
        { lang: 'es', text: '¿Cuánto cuesta un piso en Madrid? Nadie lo sabe.' },
        { lang: 'es', text: 'Si vienes, ¿me llamas? ¡Claro que sí!' },
        { lang: 'es', text: '¿Vienes? ¿Cuándo? ¿Con quién?' },
        { lang: 'es', text: 'Visita https://example.org/?q=1 hoy.' },
        { lang: 'es', text: '¿Lo sabías?!' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    if (!text.includes('?') && !text.includes('!')) return;
    for (let q = 0; q < text.length; q++) {
      const mark = text[q];
      const opening = CLOSING[mark];
      if (opening === undefined || !isVerbatim(ctx.block, q, q + 1)) continue;
      // "?!", "!!": one closing run. A mark that ends nothing (a URL's "?q=1", "Yahoo!Mail") is no question.
      if (q > 0 && CLOSING[text[q - 1]] !== undefined) continue;
      if (q + 1 < text.length && !/[\s"”»’)\]!?.,;:…]/u.test(text[q + 1])) continue;
      const sentence = ctx.sentences.find((s) => s.start <= q && q < s.end + 1);
      if (!sentence) continue;
      // Back to where the question begins: the sentence start, a clause mark, or an earlier ?!.
      let begin = q - 1;
      let opened = false;
      for (; begin >= sentence.start; begin--) {
        const c = text[begin];
        if (c === '¿' || c === '¡') {
          opened = true;
          break;
        }
        if (c === '?' || c === '!' || c === '.' || c === ',' || c === ';' || c === ':' || c === '\n') break;
      }
      if (opened) continue;
      // A mark anywhere earlier in the sentence opens it too ("¿Vienes, o no?").
      if (text.slice(sentence.start, q).includes(opening)) continue;
      let start = begin + 1;
      while (start < q && /\s/u.test(text[start])) start++;
      while (start < q && OPENERS.test(text[start])) start++;
      const word = /^[\p{L}\p{N}]+/u.exec(text.slice(start, q))?.[0];
      if (!word || !isVerbatim(ctx.block, start, start + word.length)) continue;
      ctx.report({
        start,
        end: start + word.length,
        message: `A ${mark === '?' ? 'question' : 'exclamation'} opens with \`${opening}\` in Spanish: expected \`${opening}${word}\``,
        expected: [opening + word],
      });
    }
  },
);
