/**
 * A month's name left in the source's language (English, or the given source's where its profile
 * names its months), with the date written in the source's way: "am March 5" → "am 5. März",
 * "March 5, 2019" → "5. März 2019", "24 December 1940" → "24. Dezember 1940", "in March" → "im
 * März" (the profiles' `calendar`: the months and the shapes of a date). One finding for the
 * date, which keeps the spelling and untranslated checks off its month.
 *
 * A month written alike in both languages ("April", "August", "September", "November" in German)
 * is found only in the source's order, the month before the day ("April 5, 2019"); one that is
 * another word too (the source's `dateOnly`: English "May", a modal and a name) only in a date's
 * shape; another one alone only after one of the language's `cues` ("im", "Anfang", "en"), and
 * one that is a given name too (`names`: "June") not after a cue a name may follow ("verliebt in
 * June"). Before a day, the preposition becomes the language's (`dayCues`: "in April 24, 1972"
 * → "am 24. April 1972"). Left
 * alone: a month without a day after a capitalized word (not a cue), or before a capitalized
 * word the language does not know, part of a name ("Bataan Death March", "March Madness"; with a
 * day, "Spring March 5", it is a date all the same), a short quotation (a title) and a quotation
 * in another language. A month and its year after a comma at the end of a sentence
 * ("Social Justice, March 1938") is a reference's date, perhaps kept as published: information.
 *
 * @example
 *   in:  "Die Sitzung findet am March 5 statt."
 *   suggestion: "5. März"
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { isCapitalized } from '../core/segment.js';
import { inForeignQuotation, inTitle } from '../core/quotations.js';
import { PROFILES, profileFor, type LanguageProfile } from '../languages/index.js';

const SOURCE_LANGUAGE = 'en';
/**
 * The shapes of a date around a month of the source language, its days' suffixes in them (the
 * source's `daySuffixes`: English "5th"): after a month, a day and a year ("March 5, 2019", "March
 * 5th 2019") or a day ("March 5"); before one, a day without a period ("5 March", "5th March").
 */
interface Shapes {
  dayYear: RegExp;
  day: RegExp;
  dayBefore: RegExp;
}
const SHAPES = new WeakMap<object, Shapes>();
function shapesOf(calendar: NonNullable<LanguageProfile['calendar']>): Shapes {
  let shapes = SHAPES.get(calendar);
  if (!shapes) {
    const suffix = calendar.daySuffixes?.length ? `(?:${calendar.daySuffixes.join('|')})?` : '';
    shapes = {
      dayYear: new RegExp(`^[ \\u00A0]+(\\d{1,2})${suffix}(?:[ \\u00A0]*,)?[ \\u00A0]+(\\d{4})(?![\\p{L}\\p{N}])`, 'u'),
      day: new RegExp(`^[ \\u00A0]+(\\d{1,2})${suffix}(?![\\p{L}\\p{N}]|[.,:/]\\p{N})`, 'u'),
      dayBefore: new RegExp(`(?<![\\p{L}\\p{N}.,:/])(\\d{1,2})${suffix}[ \\u00A0]+$`, 'u'),
    };
    SHAPES.set(calendar, shapes);
  }
  return shapes;
}
/** After a month: a year ("March 2019"). */
const YEAR = /^[ \u00A0]+(\d{4})(?![\p{L}\p{N}])/u;
/** Before a month: a day with its period ("5. March"), or its particle ("5 de March"). */
const DAY_POINT_BEFORE = /(?<![\p{N}])\d{1,2}\.[ \u00A0]+$/u;
const DAY_PARTICLE_BEFORE = /(?<![\p{N}])\d{1,2}[ \u00A0]+(\p{L}+)[ \u00A0]+$/u;

/** The profile whose months may be left over: the given source's, where it names them, else English's. */
function sourceCalendar(ctx: { doc: { original?: { language: string }; translatedFrom?: string } }): LanguageProfile | undefined {
  const code = (ctx.doc.original?.language ?? ctx.doc.translatedFrom)?.split('-')[0];
  const given = code !== undefined ? profileFor(code) : undefined;
  return given?.calendar ? given : profileFor(SOURCE_LANGUAGE);
}

export default defineRule(
  {
    id: 'untranslated-month',
    description: "A month's name left in English, with the date in English's order (\"am March 5\", \"March 5, 2019\", \"in March\").",
    category: 'untranslated',
    severity: 'warning',
    // (The profiles that list `calendar`.)
    languages: PROFILES.filter((p) => p.calendar).map((p) => p.code),
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Die Sitzung findet am March 5 statt.', output: 'Die Sitzung findet am 5. März statt.' },
        { lang: 'de', text: 'Das Buch erschien March 5, 2019 in Berlin.', output: 'Das Buch erschien 5. März 2019 in Berlin.' },
        { lang: 'de', text: 'Der Vertrag wurde in March unterzeichnet.', output: 'Der Vertrag wurde im März unterzeichnet.' },
        { lang: 'de', text: 'Der Vertrag wurde im March 2019 unterzeichnet.', output: 'Der Vertrag wurde im März 2019 unterzeichnet.' },
        { lang: 'de', text: 'Das Regiment wurde am 24 December 1940 verlegt.', output: 'Das Regiment wurde am 24. Dezember 1940 verlegt.' },
        { lang: 'de', text: 'Er wurde am 24. December 1940 geboren.', output: 'Er wurde am 24. Dezember 1940 geboren.' },
        // (Written alike in both languages: in the source's order only.)
        { lang: 'de', text: 'Das Album erschien am April 5, 2019 in den USA.', output: 'Das Album erschien am 5. April 2019 in den USA.' },
        { lang: 'de', text: 'Die Wahl fand am May 5 statt.', output: 'Die Wahl fand am 5. Mai statt.' },
        { lang: 'de', text: 'Die Wahl fand am 5th March statt, die nächste am March 1st, 2024.', output: 'Die Wahl fand am 5. März statt, die nächste am March 1st, 2024.' },
        { lang: 'de', text: 'Die Show wurde in April 24, 1972 uraufgeführt.', output: 'Die Show wurde am 24. April 1972 uraufgeführt.' },
        { lang: 'it', text: 'Il vertice si terrà il March 5 a Roma.', output: 'Il vertice si terrà il 5 marzo a Roma.' },
        { lang: 'it', text: 'Il contratto è stato firmato a March.', output: 'Il contratto è stato firmato a marzo.' },
        { lang: 'pt', text: 'O contrato foi assinado em March.', output: 'O contrato foi assinado em março.' },
        { lang: 'nl', text: 'Het contract werd getekend in March.', output: 'Het contract werd getekend in maart.' },
        { lang: 'de', text: 'Das Album erscheint im June.', output: 'Das Album erscheint im Juni.' },
        { lang: 'it', text: 'Il contratto è stato firmato in March 5, 2019.', output: 'Il contratto è stato firmato il 5 marzo 2019.' },
        { lang: 'fr', text: 'Le sommet aura lieu le March 1, 2024 à Paris.', output: 'Le sommet aura lieu le 1er mars 2024 à Paris.' },
        { lang: 'es', text: 'La votación será el September 12, 2024.', output: 'La votación será el 12 de septiembre de 2024.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Sitzung findet am 5. April statt, im August und im September 2019 auch.' },
        { lang: 'de', text: 'May Menassa ist eine libanesische Schriftstellerin.' },
        { lang: 'de', text: 'Er überlebte den Bataan Death March und die March Madness.' },
        { lang: 'de', text: 'Er schoss im April 5 Tore.' },
        { lang: 'de', text: 'Er kaperte zwischen dem 29. April und dem 18. September 12 britische Walfänger.' },
        { lang: 'de', text: 'Sie las „March 5“ und den Roman von June.' },
        { lang: 'de', text: 'Er war in June verliebt.' },
        { lang: 'it', text: 'Il libro è dedicato a June.' },
        { lang: 'it', text: 'Il vertice si terrà il 5 marzo a Roma.' },
        { lang: 'pt', text: 'A cúpula será realizada em 5 de março em Brasília.' },
        { lang: 'nl', text: 'De top vindt plaats op 5 maart in Den Haag.' },
        { lang: 'en', text: 'The summit is on March 5, 2019.' },
      ],
    },
  },
  (ctx) => {
    const target = ctx.profile?.calendar;
    const source = sourceCalendar(ctx);
    if (!target || !source?.calendar || source.code === ctx.language) return;
    const from = source.calendar;
    const shapes = shapesOf(from);
    const { words, text } = ctx;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const m = from.months.indexOf(w.value);
      if (m < 0) continue;
      const month = target.months[m];
      const shared = from.months[m].toLowerCase() === month.toLowerCase();
      const dateOnly = from.dateOnly?.has(w.value) === true;
      const after = text.slice(w.end, w.end + 24);
      const before = text.slice(Math.max(0, w.start - 24), w.start);
      const day = (d: string) => (d === '1' && target.first ? target.first : String(Number(d)));
      const validDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;
      let start = w.start;
      let end = w.end;
      let replacement: string | undefined;
      let info = false;
      let withDay = false;
      const prev = i > 0 && words[i - 1].sentence === w.sentence && /^[ \u00A0]+$/u.test(text.slice(words[i - 1].end, w.start)) ? words[i - 1] : undefined;
      const next = i + 1 < words.length && words[i + 1].sentence === w.sentence && /^[ \u00A0]+$/u.test(text.slice(w.end, words[i + 1].start)) ? words[i + 1] : undefined;
      let x: RegExpExecArray | null;
      // (A day before the month makes a date of the language's order, and a number after it a count:
      // "am 18. September 12 Walfänger".)
      const dayBefore = shapes.dayBefore.test(before) || DAY_POINT_BEFORE.test(before) || ((x = DAY_PARTICLE_BEFORE.exec(before)) !== null && ctx.profile?.placeParticles?.has(x[1]) === true);
      if (!dayBefore && (x = shapes.dayYear.exec(after)) && validDay(x[1])) {
        // "March 5, 2019".
        end = w.end + x[0].length;
        replacement = fill(target.dayYear, day(x[1]), month, x[2]);
        withDay = true;
      } else if (!dayBefore && (x = shapes.day.exec(after)) && validDay(x[1]) && (!shared || /^(?:[ \u00A0]*[,;:!?)]|[ \u00A0]+\p{Ll}|[ \u00A0]*\.?[ \u00A0]*$)/u.test(after.slice(x[0].length)))) {
        // "am March 5" (not "im April 5 Tore", a count).
        end = w.end + x[0].length;
        replacement = fill(target.day, day(x[1]), month);
        withDay = true;
      } else if (shared) {
        continue;
      } else if ((x = shapes.dayBefore.exec(before))) {
        // "24 December 1940", "5 March".
        if (!validDay(x[1])) continue;
        start = w.start - x[0].length;
        const y = YEAR.exec(after);
        if (y) end = w.end + y[0].length;
        replacement = y ? fill(target.dayYear, day(x[1]), month, y[1]) : fill(target.day, day(x[1]), month);
      } else if (DAY_POINT_BEFORE.test(before) || ((x = DAY_PARTICLE_BEFORE.exec(before)) && ctx.profile?.placeParticles?.has(x[1]) === true)) {
        // "24. December 1940", "12 de September".
        replacement = month;
      } else {
        // A month alone, or with its year: not a name's part ("Bataan Death March", "March Madness").
        if (dateOnly) {
          const y = YEAR.exec(after);
          if (!y) continue;
        }
        if (prev && isCapitalized(prev.value) && ctx.sentences[w.sentence].firstWord !== i - 1 && !Object.hasOwn(target.cues, prev.value.toLowerCase())) continue;
        if (next && isCapitalized(next.value) && ctx.doc.resources.speller(ctx.language)?.correct(next.value) !== true) continue;
        const y = YEAR.exec(after);
        const cue = prev && Object.hasOwn(target.cues, prev.value.toLowerCase()) ? target.cues[prev.value.toLowerCase()] : undefined;
        if (!y && cue === undefined) continue;
        // (A given name too, after a preposition a name may follow: "verliebt in June", "a June".)
        if (!y && from.names?.has(w.value) === true && prev && target.nameCues?.has(prev.value.toLowerCase()) === true) continue;
        if (y) end = w.end + y[0].length;
        replacement = y ? fill(target.monthYear, '', month, y[1]) : month;
        // "in March" → "im März".
        if (prev && cue !== undefined && cue.toLowerCase() !== prev.value.toLowerCase()) {
          start = prev.start;
          replacement = `${cue} ${replacement}`;
          if (isCapitalized(prev.value)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
        }
        // A reference's date ("Social Justice, March 1938."): kept as published, perhaps.
        info = y !== null && !cue && /,[ \u00A0]*$/u.test(before) && /^[ \u00A0]*[.;)\]]?[ \u00A0]*$/u.test(after.slice(y[0].length));
      }
      if (replacement === undefined) continue;
      // "in April 24, 1972" → "am 24. April 1972".
      const dayCue = withDay && prev && target.dayCues && Object.hasOwn(target.dayCues, prev.value.toLowerCase()) ? target.dayCues[prev.value.toLowerCase()] : undefined;
      if (prev && dayCue !== undefined && dayCue.toLowerCase() !== prev.value.toLowerCase()) {
        start = prev.start;
        replacement = `${dayCue} ${replacement}`;
        if (isCapitalized(prev.value)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      }
      if (ctx.isClaimed(start, end) || !isVerbatim(ctx.block, start, end)) continue;
      if (inForeignQuotation(ctx, start, end) || inTitle(ctx, start, end)) continue;
      // (A sentence's first word keeps its capital.)
      const sentenceStart = words[ctx.sentences[w.sentence].firstWord]?.start === start;
      if (sentenceStart) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      const written = text.slice(start, end);
      ctx.claim(start, end);
      ctx.report({
        start,
        end,
        message: info
          ? `\`${written}\` is a date in ${source.name}: kept as a reference published it, or left untranslated (\`${replacement}\`)?`
          : `\`${written}\` is ${/\d/u.test(written) ? 'a date' : "a month's name"} left in ${source.name}: ${ctx.profile?.name ?? ctx.language} writes \`${replacement}\``,
        expected: [replacement],
        ...(info ? { severity: 'info' as const } : {}),
      });
      // (On past the words of the date: a search from here, not from the block's start, which
      // made a long list of dates quadratic.)
      while (i + 1 < words.length && words[i + 1].start < end) i++;
    }
  },
);

/** A date's shape with its parts. */
function fill(shape: string, day: string, month: string, year = ''): string {
  return shape.replace('{day}', day).replace('{month}', month).replace('{year}', year);
}
