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
import { isKnownWord } from './spelling.js';

const CLOSING: Record<string, string> = { '?': '¿', '!': '¡' };
/** Opening quotation marks, brackets and dashes a question may begin with: the mark goes after them. */
const OPENERS = /["“„«‘‚(\[—–]/u;

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
        { lang: 'es', text: 'Todos se preguntan: Ganará el Manchester United?', output: 'Todos se preguntan: ¿Ganará el Manchester United?' },
        { lang: 'es', text: 'La película «Qué pasó ayer?» fue un éxito.', output: 'La película «¿Qué pasó ayer?» fue un éxito.' },
        { lang: 'es', text: 'Le preguntó —vienes mañana?— y se fue.', output: 'Le preguntó —¿vienes mañana?— y se fue.' },
        { lang: 'es', text: '¿Cuánto cuesta?, preguntó, y luego: dónde está?', output: '¿Cuánto cuesta?, preguntó, y luego: ¿dónde está?' },
      ],
      pass: [
        { lang: 'es', text: 'El lema de la campaña, “Are you ready?”, se ha convertido en viral.' },
        { lang: 'es', text: '¿Cuánto cuesta un piso en Madrid? Nadie lo sabe.' },
        { lang: 'es', text: 'Si vienes, ¿me llamas? ¡Claro que sí!' },
        { lang: 'es', text: '¿Vienes? ¿Cuándo? ¿Con quién?' },
        { lang: 'es', text: 'Visita https://example.org/?q=1 hoy.' },
        { lang: 'es', text: '¿Lo sabías?!' },
        { lang: 'es', text: 'El concurso Jeopardy! llega a España, como el musical Oklahoma! antes.' },
        { lang: 'es', text: 'La web Yahoo! Respuestas cerró en 2021.' },
        { lang: 'es', text: 'Lo dijo en inglés: "What happened?"' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    if (!text.includes('?') && !text.includes('!')) return;
    // The sentence a mark is in, and the last opening and closing marks of that sentence so
    // far, kept as the scan goes (linear in the text, however many marks it has).
    let k = 0;
    let current = -1;
    const last: Record<string, number> = { '¿': -1, '¡': -1, '?': -1, '!': -1 };
    for (let q = 0; q < text.length; q++) {
      const mark = text[q];
      while (k < ctx.sentences.length && ctx.sentences[k].end + 1 <= q) k++;
      if (k !== current) {
        current = k;
        for (const c of Object.keys(last)) last[c] = -1;
      }
      if (mark === '¿' || mark === '¡') last[mark] = q;
      const opening = CLOSING[mark];
      if (opening === undefined) continue;
      const previous = last[mark];
      last[mark] = q;
      if (!isVerbatim(ctx.block, q, q + 1)) continue;
      // "?!", "!!": one closing run. A mark that ends nothing (a URL's "?q=1", "Yahoo!Mail") is no question.
      if (q > 0 && CLOSING[text[q - 1]] !== undefined) continue;
      if (q + 1 < text.length && !/[\s"”»’)\]!?.,;:…—–-]/u.test(text[q + 1])) continue;
      // A "!" the sentence goes on after in lower case belongs to a name or title ("Jeopardy!
      // llega", "Yahoo! Noticias" is a name too, but a capital there is a new sentence).
      if (mark === '!' && /^ \p{Ll}/u.test(text.slice(q + 1, q + 3))) continue;
      // Glued to a capitalized word the dictionary does not know, a capital after it: as likely
      // a name ("Yahoo! Respuestas") as an exclamation; nothing said.
      if (mark === '!' && /^ \p{Lu}/u.test(text.slice(q + 1, q + 3))) {
        const before = /\p{Lu}[\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, q - 40), q))?.[0];
        if (before !== undefined && !isKnownWord(ctx, before)) continue;
      }
      const sentence = ctx.sentences[k];
      if (!sentence || sentence.start > q) continue;
      // An opening mark after the last closing one of the sentence opens this one ("¿Vienes, o
      // no?"); one before it opened an earlier question ("¿Cuánto cuesta?, preguntó, y luego: dónde está?").
      if (last[opening] > previous) continue;
      // Back to where the question begins: the sentence start, a clause mark, an earlier ?!, or
      // an opening quotation mark or bracket ("La película «Qué pasó ayer?» fue un éxito").
      let begin = q - 1;
      for (; begin >= sentence.start; begin--) {
        const c = text[begin];
        if (c === '?' || c === '!' || c === '.' || c === ',' || c === ';' || c === ':' || c === '\n' || c === '¿' || c === '¡') break;
        if (OPENERS.test(c)) break;
      }
      let start = begin + 1;
      while (start < q && (/\s/u.test(text[start]) || OPENERS.test(text[start]))) start++;
      const word = /^[\p{L}\p{N}]+/u.exec(text.slice(start, q))?.[0];
      if (!word || !isVerbatim(ctx.block, start, start + word.length)) continue;
      // A question quoted in English ("What happened?"): not Spanish.
      const spanish = ctx.doc.resources.speller(ctx.language);
      const english = ctx.doc.resources.speller('en');
      if (spanish && english && !spanish.correct(word) && english.correct(word)) continue;
      // Nor where most of its words are English and not Spanish ("“Are you ready?”": "are" is a
      // Spanish word too, a unit of area).
      // (Its lower-case words: names are no one's, "Ganará el Manchester United?" is Spanish.)
      if (spanish && english) {
        const words = (text.slice(start, q).match(/\p{L}+/gu) ?? []).filter((w) => /^\p{Ll}/u.test(w));
        const englishOnly = words.filter((w) => english.correct(w) && !spanish.correct(w)).length;
        if (englishOnly >= 2 && englishOnly * 2 >= words.length) continue;
      }
      ctx.report({
        start,
        end: start + word.length,
        message: `${mark === '?' ? 'A question' : 'An exclamation'} opens with \`${opening}\` in Spanish: expected \`${opening}${word}\``,
        expected: [opening + word],
      });
    }
  },
);
