/**
 * An apostrophe written for an accent, or where the language writes none (the profile's
 * `apostropheSlips`): Italian "E' stato" → "È stato", the capital an Italian keyboard lacks;
 * "un pò" → "un po'", a truncation written as an accent; "qual'è" → "qual è", a truncation
 * written as an elision. A listed word is written, in the document's apostrophe; the vowel
 * and apostrophe only where they begin a sentence before a word in small letters ("E' stato").
 * In small letters between words ("la democrazia e' un sistema") it is only listed: "e'" may
 * be a letter named in quotes, or the old "e'" for "ei".
 *
 * @example
 *   in:  "E' stato un successo. Aspettiamo un pò."
 *   out: "È stato un successo. Aspettiamo un po’."
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { PROFILES } from '../languages/index.js';
import { inDocumentApostrophe, casedLike } from './article-form.js';

const APOSTROPHE = /['’]/u;

export default defineRule(
  {
    id: 'accent-apostrophe',
    description: 'An apostrophe written for an accent, or where the language writes none ("E\' stato" → "È stato", "un pò" → "un po\'").',
    category: 'spelling',
    severity: 'warning',
    languages: PROFILES.filter((p) => p.apostropheSlips).map((p) => p.code),
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'it', text: "E' stato un successo, ha detto.", output: 'È stato un successo, ha detto.' },
        { lang: 'it', text: 'Aspettiamo un pò, e poi un altro pò.', output: 'Aspettiamo un po’, e poi un altro po’.' },
        { lang: 'it', text: "Qual'è la posizione del governo?", output: 'Qual è la posizione del governo?' },
        // (The document's straight apostrophe.)
        { lang: 'it', text: "L'attesa dura un pò.", output: "L'attesa dura un po'." },
        { lang: 'it', text: 'Qual’era il problema?', output: 'Qual era il problema?' },
      ],
      pass: [
        { lang: 'it', text: 'È stato un successo. Aspettiamo un po’. Qual è la posizione?' },
        { lang: 'it', text: 'Il Po è un fiume, e può straripare.' },
        // A letter named in quotes, and a vowel and a closing quote.
        { lang: 'it', text: "La lettera 'E' è una vocale." },
        { lang: 'it', text: 'Scrisse ‘E’ sul muro.' },
      ],
    },
  },
  (ctx) => {
    const slips = ctx.profile?.apostropheSlips;
    if (!slips) return;
    const { words, text } = ctx;
    const quote = (form: string) => inDocumentApostrophe(ctx, form);
    const cased = casedLike;
    const report = (start: number, end: number, expected: string, fix: boolean, why: string) => {
      if (ctx.isClaimed(start, end) || !isVerbatim(ctx.block, start, end)) return;
      const actual = text.slice(start, end);
      ctx.report({ start, end, message: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, ...(fix ? { fix: expected } : { expected: [expected] }) });
      ctx.claim(start, end);
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.opaque) continue;
      const lower = w.value.toLowerCase().replace('’', "'");
      const form = slips.words[lower];
      // (Not a part of a longer word: "dopò", a hyphenated or quoted one.)
      if (form !== undefined && (w.value === w.value.toLowerCase() || /^\p{Lu}[^\p{Lu}]+$/u.test(w.value))) {
        if (/[\p{L}'’-]/u.test(text[w.start - 1] ?? '') || /[\p{L}'’-]/u.test(text[w.end] ?? '')) continue;
        report(w.start, w.end, cased(quote(form), w.value), true, 'no accent and no elision here');
        continue;
      }
      // A vowel, an apostrophe, a space and a word in small letters: "E' stato", "e' un".
      const accent = slips.accents[lower];
      if (accent === undefined || !APOSTROPHE.test(text[w.end] ?? '') || text[w.end + 1] !== ' ') continue;
      const next = words[i + 1];
      if (!next || next.sentence !== w.sentence || next.start !== w.end + 2 || !/^\p{Ll}/u.test(next.value)) continue;
      // (Not after a letter, a quotation mark or an apostrophe: "'E' è", "‘E’ sul".)
      const before = text[w.start - 1] ?? '';
      if (before !== '' && !/\s/u.test(before)) continue;
      const first = ctx.sentences[w.sentence].firstWord === i;
      if (first && w.value !== lower) report(w.start, w.end + 1, accent.toUpperCase(), true, 'the accented capital, not an apostrophe');
      else if (!first && w.value === lower) report(w.start, w.end + 1, accent, false, 'the accented vowel, not an apostrophe (or a letter named in quotes)');
    }
  },
);
