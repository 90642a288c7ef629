/**
 * Repeated stems: two adjacent words built on the same stem ("seine
 * Aufrechterhaltung aufrechtzuerhalten"), a typical trace of a translation that
 * rendered one source word twice. Stems come from the language's Snowball stemmer,
 * after removing inflectional infixes ("zu" in German) when the word without them is
 * in the dictionary.
 *
 * @example
 *   in:  "seine Aufrechterhaltung aufrechtzuerhalten"
 *   suggestions: "aufrechtzuerhalten", "Aufrechterhaltung"
 */
import { defineRule } from '../core/rule.js';
import { laidOutApart, sameLowerCase, spaced } from '../core/segment.js';
import { SUPPORTED_LANGUAGES } from '../languages/index.js';

function fold(prefix: string): string {
  return prefix.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** An ASCII letter's code in lower case. */
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Whether two words begin with the same two letters, folded (`fold` of each one's first two).
 * Asked of every pair of neighbouring words: two ASCII starts are compared by code, without the
 * four strings `fold` makes for each.
 */
function sameFoldedStart(a: string, b: string): boolean {
  if (a.length >= 2 && b.length >= 2) {
    const a0 = a.charCodeAt(0);
    const a1 = a.charCodeAt(1);
    const b0 = b.charCodeAt(0);
    const b1 = b.charCodeAt(1);
    if ((a0 | a1 | b0 | b1) < 128) return lowerCode(a0) === lowerCode(b0) && lowerCode(a1) === lowerCode(b1);
    // (Two ASCII first letters that differ differ folded: "für" and "Staat".)
    if (a0 < 128 && b0 < 128 && lowerCode(a0) !== lowerCode(b0)) return false;
  }
  return fold(a.slice(0, 2)) === fold(b.slice(0, 2));
}

export default defineRule(
  {
    id: 'repeated-stem',
    description: 'Two adjacent words with the same stem ("Aufrechterhaltung aufrechtzuerhalten").',
    category: 'repetition',
    severity: 'warning',
    // (Every language with a profile: each names its Snowball stemmer.)
    languages: SUPPORTED_LANGUAGES,
    fix: 'review',
    examples: {
      flag: [
        { lang: 'it', text: 'Serve la sorveglianza sorvegliare delle strade.', output: 'Serve la sorvegliare delle strade.' },
        { lang: 'de', text: 'Um seine Aufrechterhaltung aufrechtzuerhalten führende Stelle.', output: 'Um seine aufrechtzuerhalten führende Stelle.' },
        { lang: 'de', text: 'Die Überwachung überwachen wir.', output: 'Die überwachen wir.' },
        { lang: 'en', text: 'They need the protection protected.', output: 'They need the protected.' },
      ],
      pass: [
        // Agent nouns before a verb of their stem: a subject and its verb.
        { lang: 'it', text: 'I manifestanti manifestavano davanti al Parlamento.' },
        { lang: 'it', text: 'Gli organizzatori organizzano il festival dal 1998.' },
        { lang: 'de', text: 'Die Überwachung der Kameras.' },
        { lang: 'de', text: 'Er ist ist.' },
        { lang: 'en', text: 'The maintenance of the machine.' },
        // A heading alone on its line, and two cells of a table.
        { lang: 'de', text: 'Die Pflichten folgen.\n\nAufrechterhaltung\n    aufrechtzuerhalten ist die erste.' },
        { lang: 'de', text: 'Pflicht\t\tAufrechterhaltung\taufrechtzuerhalten' },
        { lang: 'en', text: 'Protesters protested outside the building.' },
        { lang: 'fr', text: 'Les manifestants manifestaient devant la mairie.' },
        { lang: 'es', text: 'Los manifestantes manifestaron su rechazo.' },
        { lang: 'de', text: 'Die Veranstalter veranstalten das Festival seit 1998.' },
      ],
    },
  },
  (ctx) => {
    const { words, text, language } = ctx;
    const { resources } = ctx.doc;
    const speller = resources.speller(language);
    const infixes = ctx.profile?.infixes ?? [];
    const stems = (value: string): string[] => {
      const lower = value.toLowerCase();
      const out = [resources.stem(language, lower)];
      for (const infix of infixes) {
        let at = lower.indexOf(infix, 2);
        while (at > 0) {
          const without = lower.slice(0, at) + lower.slice(at + infix.length);
          if (speller?.correct(without)) out.push(resources.stem(language, without));
          at = lower.indexOf(infix, at + 1);
        }
      }
      return out;
    };
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i];
      const b = words[i + 1];
      if (a.opaque || b.opaque || a.value.length < 5 || b.value.length < 5) continue;
      if (!a.alpha || !b.alpha) continue;
      // Same stem implies the same first letters (umlauts folded as the stemmers do): a cheap filter.
      if (!sameFoldedStart(a.value, b.value)) continue;
      if (sameLowerCase(a.value, b.value)) continue;
      if (!spaced(ctx, text, i, i + 1)) continue;
      // Two cells of a table, or a heading or label alone on its line ("COMMANDS⏎  COMMAND …").
      if (laidOutApart(text, a, b)) continue;
      // A plural subject and its verb ("Protesters protested", "les manifestants manifestaient").
      const past = ctx.profile?.pastTense;
      if (past && /s$/i.test(a.value) && past.test(b.value)) continue;
      // An agent noun and a verb ("Die Veranstalter veranstalten", "Sprecherinnen sprechen").
      if (ctx.profile?.agentNouns?.test(a.value) && /^\p{Ll}/u.test(b.value)) continue;
      const sa = stems(a.value);
      const shared = stems(b.value).find((s) => s.length >= 4 && sa.includes(s));
      if (!shared || ctx.isClaimed(a.start, b.end)) continue;
      ctx.report({
        start: a.start,
        end: b.end,
        message: `Unexpected \`${a.value} ${b.value}\`: both words share the stem \`${shared}\`, expected one of them`,
        expected: [b.value, a.value],
      });
      i++;
    }
  },
);
