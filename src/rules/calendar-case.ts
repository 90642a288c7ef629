/**
 * Months and days written with a capital inside a sentence, where the language writes them in
 * small letters (the profile's `calendarWords`: French "janvier", "lundi"; Spanish "enero",
 * "lunes"), as machine translation from English or German leaves them ("le 3 Janvier", "el
 * Lunes"): listed for review, since a name may hold one ("le 14 Juillet", the holiday;
 * "Hospital 12 de Octubre").
 *
 * Left alone: a sentence's first word, a word after a quotation mark, a colon, a bracket, a
 * line break or three spaces (a column's first word: a man page's footer); a run of capitalized words (a title: "Lundi Matin"); a name with a particle
 * before it (`placeParticles`: "Plaza de Mayo"); a street named after a date (`streetWords`: "rue
 * du 4 Septembre", "Avenida 9 de Julio", "Piazza 4 Novembre"); and the words that are names too (`calendarNames`: "Mars", the planet) except after
 * a number.
 *
 * @example
 *   in:  "La réunion aura lieu le 3 Janvier à Paris."
 *   suggestion: "janvier"
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { PROFILES, STREET_WORDS as STREETS, wordsOfAll } from '../languages/index.js';

/**
 * The particles in places' names ("Plaza de Mayo", "Avenue du Maine"), every language's (the
 * profiles' `placeParticles`), as with the street words, which may name a street after a date
 * ("rue du 4 Septembre", "Avenida 9 de Julio", "Piazza 4 Novembre"): a street abroad keeps its
 * own language's name.
 */
const PARTICLES = wordsOfAll((p) => p.placeParticles);

export default defineRule(
  {
    id: 'calendar-case',
    description: 'A month or a day written with a capital inside a sentence, in a language that writes them in small letters (French, Spanish, Italian, Portuguese, Dutch).',
    category: 'capitalization',
    severity: 'warning',
    // (The profiles that list `calendarWords`.)
    languages: PROFILES.filter((p) => p.calendarWords).map((p) => p.code),
    fix: 'review',
    examples: {
      flag: [
        { lang: 'it', text: 'Il vertice si terrà il 3 Marzo a Roma.', output: 'Il vertice si terrà il 3 marzo a Roma.' },
        { lang: 'pt', text: 'A cúpula será realizada em 3 de Março em Lisboa.' },
        { lang: 'nl', text: 'De top vindt plaats op 3 Maart in Den Haag.' },
        { lang: 'it', text: 'Il Consiglio dei ministri si è riunito Lunedì a Palazzo Chigi.', output: 'Il Consiglio dei ministri si è riunito lunedì a Palazzo Chigi.' },
        // The day's number with its ordinal sign.
        { lang: 'it', text: 'Il vertice si terrà il 1° Marzo a Bruxelles.', output: 'Il vertice si terrà il 1° marzo a Bruxelles.' },
        { lang: 'fr', text: 'La réunion aura lieu le 3 Janvier à Paris.' },
        { lang: 'es', text: 'La votación será el 12 de Septiembre de 2024.' },
        { lang: 'es', text: 'El Gobierno se reunió el Lunes con los sindicatos.' },
        { lang: 'fr', text: 'Le sommet a commencé Jeudi dernier à Bruxelles.' },
      ],
      pass: [
        { lang: 'it', text: 'Il concerto del Primo Maggio si tiene in piazza San Giovanni.' },
        { lang: 'it', text: 'Abita in piazza 4 Novembre a Perugia.' },
        { lang: 'pt', text: 'Mora na Avenida 9 de Julho, em São Paulo, desde março.' },
        { lang: 'nl', text: 'Dinsdag begint de campagne; de uitslag volgt op 3 maart.' },
        { lang: 'it', text: 'Lo ha raccontato a Domenica, la sorella della vittima.' },
        { lang: 'it', text: 'La riunione è fissata per lunedì 3 marzo.' },
        { lang: 'fr', text: 'Lundi, le gouvernement a présenté son budget.' },
        { lang: 'es', text: 'Miles de personas se reunieron en la Plaza de Mayo.' },
        { lang: 'fr', text: 'La sonde est arrivée sur Mars le 3 février.' },
        { lang: 'fr', text: 'Il a lu « Dimanche » et le journal Lundi Matin.' },
        { lang: 'en', text: 'The meeting is on Monday, 3 January.' },
        { lang: 'fr', text: 'Le café de la rue du 4 Septembre ferme.' },
        { lang: 'es', text: 'Vive en la Avenida 9 de Julio desde 2010.' },
        // (A column of a table or of a man page's footer, after three spaces.)
        { lang: 'fr', text: 'GNU coreutils 9.1        Septembre 2022        CAT(1)' },
        { lang: 'es', text: 'GNU coreutils 9.1        Septiembre de 2022        CAT(1)' },
      ],
    },
  },
  (ctx) => {
    const calendar = ctx.profile?.calendarWords;
    if (!calendar) return;
    const { words, text } = ctx;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (!/^\p{Lu}\p{Ll}+$/u.test(w.value)) continue;
      const lower = w.value.toLowerCase();
      if (!calendar.has(lower)) continue;
      const prev = words[i - 1];
      if (prev.sentence !== w.sentence || ctx.sentences[w.sentence].firstWord === i) continue;
      // Only spaces (or a comma) before it: not after a quotation mark, a colon, a bracket, a line
      // break, nor after three spaces or more, which begin a table's column (a man page's footer:
      // "GNU coreutils 9.1        Septembre 2022        CAT(1)").
      // (After a day's number, its ordinal sign may stand between: Italian "il 1° Marzo".)
      const gap = text.slice(prev.end, w.start);
      if (!/^,?[ \u00A0\u202F]{1,2}$/u.test(gap) && !(/^\d{1,2}$/u.test(prev.value) && /^[°º][ \u00A0\u202F]{1,2}$/u.test(gap))) continue;
      // The number of the day before it ("le 3 Janvier", "el 12 de Septiembre"), not in a street's name.
      const day = /^\d{1,2}(?:er|º|°)?$/u.test(prev.value) ? i - 1 : PARTICLES.has(prev.value) && /^\d{1,2}$/u.test(words[i - 2]?.value ?? '') ? i - 2 : -1;
      const street = day >= 0 && words.slice(Math.max(0, day - 2), day).some((x) => x.sentence === w.sentence && STREETS.has(x.value.toLowerCase()));
      if (street) continue;
      const date = day >= 0 && words[day].sentence === w.sentence;
      if (ctx.profile?.calendarNames?.has(lower) && !date) continue;
      if (!date) {
        // A title or a name: a capitalized word before it (not the sentence's first, which is
        // capitalized anyway), or after it; or a name with a particle before it ("Plaza de Mayo").
        const next = words[i + 1];
        if (next && next.sentence === w.sentence && /^\p{Lu}/u.test(next.value) && /^[ \u00A0\u202F]+$/u.test(text.slice(w.end, next.start))) continue;
        if (/^\p{Lu}/u.test(prev.value) && ctx.sentences[w.sentence].firstWord !== i - 1) continue;
        const before = words[i - 2];
        if (PARTICLES.has(prev.value) && before && before.sentence === w.sentence && /^\p{Lu}/u.test(before.value)) continue;
      }
      if (ctx.isClaimed(w.start, w.end) || !isVerbatim(ctx.block, w.start, w.end)) continue;
      ctx.report({
        start: w.start,
        end: w.end,
        message: `Unexpected \`${w.value}\`, expected \`${lower}\`: months and days are written in small letters`,
        // (Listed for review, after a day's number too: a name may hold a date, "le 14 Juillet"
        // the holiday, "Hospital 12 de Octubre", "Mouvement du 23 Mars".)
        expected: [lower],
      });
      // (The spelling rule, after this one, leaves it: one finding for one error.)
      ctx.claim(w.start, w.end);
    }
  },
);
