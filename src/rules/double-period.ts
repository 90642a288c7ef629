/**
 * A doubled period: a sentence that ends with an abbreviation takes its period once
 * ("usw..", "v. Chr.." → "usw.", "v. Chr."), as machine translation forgets. After a word
 * that is no abbreviation, two periods are a slip for one or for an ellipsis: listed for
 * review with both. An ellipsis ("..."), a range ("1..10"), a path ("../") or an address is
 * left alone.
 *
 * @example
 *   in:  "Er verkauft Kameras, Drohnen usw.. Die Kunden sind Behörden."
 *   out: "Er verkauft Kameras, Drohnen usw. Die Kunden sind Behörden."
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';

/** Two periods, neither part of a longer run, after a letter, before a space, a closing mark or the end. */
const DOUBLE = /(?<=\p{L})\.\.(?=$|[\s"'”“»«’)\]])/gu;

export default defineRule(
  {
    id: 'double-period',
    description: 'A doubled period: once after an abbreviation that ends a sentence ("usw.." → "usw.").',
    category: 'punctuation',
    severity: 'warning',
    languages: 'all',
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', text: 'Er verkauft Kameras, Drohnen usw.. Die Kunden sind Behörden.', output: 'Er verkauft Kameras, Drohnen usw. Die Kunden sind Behörden.' },
        { lang: 'de', text: 'Die Stadt wurde 300 v. Chr.. gegründet.', output: 'Die Stadt wurde 300 v. Chr. gegründet.' },
        { lang: 'en', text: 'They sell cameras, drones etc.. Customers are agencies.', output: 'They sell cameras, drones etc. Customers are agencies.' },
        { lang: 'de', text: 'Das war das Ende.. Dann kam nichts mehr.', output: 'Das war das Ende. Dann kam nichts mehr.' },
      ],
      pass: [
        { lang: 'de', text: 'Er zögerte... dann ging er.' },
        { lang: 'de', text: 'Die Werte 1..10 und der Pfad ../daten sind gültig.' },
        { lang: 'en', text: 'Open the file at example.com/a..b now.' },
        { lang: 'de', text: 'Er verkauft Kameras usw. Die Kunden sind Behörden.' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    if (!text.includes('..')) return;
    const abbreviations = ctx.profile?.abbreviations;
    for (const m of text.matchAll(DOUBLE)) {
      const at = m.index;
      // (Not inside an address or a path: no space before the run of non-spaces. Read back 200
      // characters at most: a run of thousands of "x..)" had made this quadratic.)
      let k = at;
      const floor = Math.max(0, at - 200);
      while (k > floor && !/\s/u.test(text[k - 1])) k--;
      if (/[/@:\\]|www\./u.test(text.slice(k, at))) continue;
      const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[0] ?? '';
      const last = /\p{L}+$/u.exec(word)?.[0] ?? '';
      // (The profile's abbreviations, or letters with periods inside, "z.B", "U.S": Hunspell
      // takes any word with a period for one.)
      const abbreviation = last !== '' && (abbreviations?.has(last.toLowerCase()) === true || /(?:^|\.)\p{L}{1,3}\.\p{L}{1,3}$/u.test(word));
      if (!isVerbatim(ctx.block, at, at + 2)) continue;
      ctx.report({
        start: at,
        end: at + 2,
        message: abbreviation ? `Unexpected \`..\` after the abbreviation \`${word}.\`: a sentence that ends with one takes its period once` : 'Unexpected `..`, expected `.` (or an ellipsis, `...`)',
        ...(abbreviation ? { fix: '.' } : { expected: ['.', '...'] }),
      });
    }
  },
);
