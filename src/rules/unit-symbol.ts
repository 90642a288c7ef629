/**
 * An imperial unit's English symbol after a number, where the language writes the unit as a
 * word: German "fast 59 mi" → "fast 59 Meilen", "auf 5000 ft" → "5000 Fuß". The symbols are
 * English's (its profile's `lengthUnits.kinds` that are `unitSymbols` too: "ft", "yd", "mi"; not
 * "in", a word of too many languages); how the document's language writes each unit, singular
 * after "1" and plural otherwise, is its profile's `lengthUnits.written`. A language without it
 * (English itself) gets no finding.
 *
 * The fix is applied for the units of the profile's `lengthUnits.symbolFix` (German: the mile,
 * which the post-editors of MLQE-PE train wrote out 6 times and left 2, 2 more becoming
 * kilometres; on dev 2 of 2); the others are suggested (German "ft": train's post-editors wrote
 * "Fuß" 6 times and left "ft" 8).
 *
 * Left alone: a symbol in a compound unit ("mi/h", "mi²", "sq mi"), after a fraction's slash
 * ("1/2 mi"), not after a number, or in a quotation in another language (Spanish "„En 2005 mi
 * padre …“", Italian "„Nel 2005 mi sono …“": the possessive, the pronoun, had been "Meilen").
 *
 * @example
 *   in:  "Tara ritt am weitesten von allen; fast 59 mi."
 *   out: "Tara ritt am weitesten von allen; fast 59 Meilen."
 */
import { defineRule } from '../core/rule.js';
import { PROFILES, profileFor } from '../languages/index.js';
import type { ImperialUnit } from '../languages/types.js';
import { inOtherLanguageQuotation } from '../core/quotations.js';

/** English's imperial symbols of length, each by its unit ("mi" → mile): its `lengthUnits.kinds` that are also its `unitSymbols`. */
const SYMBOLS: ReadonlyMap<string, ImperialUnit> = (() => {
  const en = profileFor('en');
  const kinds = en?.lengthUnits?.kinds;
  const symbols = en?.unitSymbols;
  return new Map(kinds && symbols ? [...kinds].filter(([w]) => symbols.has(w)) : []);
})();

/** A number that ends right before the symbol, with one space between: "59 ", "85,28 ", "2.954 ". */
const NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}/.,])(\d[\d.,]*)[ \u00a0\u202f]$/u;

export default defineRule(
  {
    id: 'unit-symbol',
    description: 'An imperial unit\'s English symbol after a number, where the language writes the unit as a word ("59 mi" → "59 Meilen").',
    category: 'untranslated',
    severity: 'warning',
    // (The languages whose profile writes the units out: German.)
    languages: PROFILES.filter((p) => p.lengthUnits?.written !== undefined).map((p) => p.code),
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', text: 'Tara ritt am weitesten von allen; fast 59 mi.', output: 'Tara ritt am weitesten von allen; fast 59 Meilen.' },
        { lang: 'de', text: 'Der Ort liegt 1 mi nordöstlich von Gardner.', output: 'Der Ort liegt 1 Meile nordöstlich von Gardner.' },
        { lang: 'de', text: 'Der Bach mündet 85,28 mi flussaufwärts.', output: 'Der Bach mündet 85,28 Meilen flussaufwärts.' },
        // Suggested, not fixed: editors write "Fuß" or keep "ft".
        { lang: 'de', text: 'Die Straße steigt über eine Entfernung von 4000 ft.', output: 'Die Straße steigt über eine Entfernung von 4000 Fuß.' },
      ],
      pass: [
        { lang: 'de', text: 'Trotz eines Unfalls bei etwa 135 mi/h trug er nur Prellungen davon.' },
        { lang: 'de', text: 'Sie zogen sich 1/2 mi nach Westen zurück.' },
        { lang: 'de', text: 'Die Fläche beträgt 40 sq mi.' },
        { lang: 'de', text: 'Die Fläche beträgt 40 mi² Wald.' },
        { lang: 'de', text: 'Der Ort liegt 5 Meilen entfernt.' },
        { lang: 'en', text: 'The town lies 5 mi north of the river.' },
        // (A quotation in another language: Spanish's possessive.)
        { lang: 'de', text: 'Er erinnerte sich: „En 2005 mi padre me llevó a Madrid“, sagte er.' },
      ],
    },
  },
  (ctx) => {
    const written = ctx.profile?.lengthUnits?.written;
    if (!written || SYMBOLS.size === 0) return;
    const { text } = ctx;
    const fixed = ctx.profile!.lengthUnits!.symbolFix;
    const kept = ctx.profile!.unitSymbols;
    for (const w of ctx.words) {
      const unit = SYMBOLS.get(w.value);
      if (unit === undefined || w.opaque || kept?.has(w.value)) continue;
      // (A compound unit: "mi/h", "mi²", "mi-Marke".)
      const after = text[w.end];
      if (after === '/' || after === '²' || after === '³' || after === '-') continue;
      const number = NUMBER_BEFORE.exec(text.slice(Math.max(0, w.start - 24), w.start))?.[1];
      if (number === undefined || ctx.isClaimed(w.start, w.end) || inOtherLanguageQuotation(ctx, w.start, w.end)) continue;
      const [singular, plural] = written[unit];
      const expected = number === '1' ? singular : plural;
      ctx.claim(w.start, w.end);
      ctx.report({
        start: w.start,
        end: w.end,
        message: `Unexpected \`${w.value}\`, expected \`${expected}\`: the unit's English symbol, which ${ctx.profile!.name} writes as a word`,
        expected: [expected],
        ...(fixed?.has(unit) ? { fix: expected } : {}),
      });
    }
  },
);
