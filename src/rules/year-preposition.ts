/**
 * A year after a bare preposition, copied from English ("in 2019"), where the language writes
 * none or another (the profile's `yearPreposition`: German "2019" or "im Jahr 2019", "in den
 * 1990er Jahren", "in den Jahren 1996, 2005 und 2014"; Italian "nel 2019"; French and Spanish
 * "en 2019", for the English "in" left or French "dans"), and a span of years where the profile
 * has `range`, with a hyphen, a dash or a season's slash ("dans 2019-2020": "en 2019-2020", "de
 * 2019 à 2020"; "in 2019/20": "en 2019/20"; German "in 2019/20": "2019/20", "von 2019 bis
 * 2020"). Listed for review:
 * which form reads best depends on the sentence. (German style guides call "in 2019" an
 * anglicism the Duden does not accept generally, though older German has it now and then; on
 * MLQE-PE every post-editor took it out.)
 *
 * Left alone: a number outside 1000–2099, or one in a time or a decimal ("1:0", "2019,5"), a
 * range or a season where the profile has no `range`, a year and month
 * ("1970-01", "2019/05"); a count (a number before a unit, a noun or one of the profile's
 * `countAfter`: "in 2000 Metern Höhe", "in 1000 der Fälle", "in 1010 Wien"; where only names
 * are capitalized, a word in small letters that is no small word, no finite verb and none of the
 * profile's `notCounted`: "in 2019 casi", not "in 2019 vinse", "in 2019 si giocò"; where a
 * count's noun shows its plural, the profile's `plural`, only a word with that ending, a
 * number's word ("mil"), an abbreviation or a word the dictionary lacks: "dans 2000 ans",
 * "dans 1000 évaluations", "dans 2000 m", not "in 2019 fut", "in 2019 hubo"); an adjective
 * before its noun that the year belongs to ("in 2019 erschienenen Büchern"); a short quotation
 * (a title) and a quotation in another language; a title: a year in brackets after the number
 * ("dans 1984 (1956)"), a number the document writes as a title elsewhere («1984», *1984*).
 *
 * A title that only the sentence's sense makes one, "Orwell décrit dans 1984 une dystopie", cannot
 * be told from "Le rapport décrit dans 2019 une hausse", a year, with the same words around it:
 * after a verb of telling (the profile's `workVerbs`) the finding is information, a title or a year.
 *
 * @example
 *   in:  "Jackson kandidierte in 1828 erneut."
 *   suggestion: "im Jahr 1828", "1828"
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { inCapitals, isCapitalized } from '../core/segment.js';
import { isKnownToken } from './spelling.js';
import { inForeignQuotation, inTitle } from '../core/quotations.js';
import { UNIT_SYMBOLS } from '../spell/units.js';
import { PROFILES } from '../languages/index.js';

/** A year, as the check takes one: four digits from 1000 to 2099. */
const YEAR = /^(?:1\d{3}|20\d\d)/u;
/**
 * After a year: not a letter or digit, nor a time's, a decimal's, a range's or a season's digits
 * ("1:0", "2019/20", "2019-20"), nor a percent, nor a sign of arithmetic: a number in a
 * dimension or a sum ("dans 1024 × 640 pixels", "1024 + 512") is no year.
 */
const YEAR_END = /^(?![\p{L}\p{N}]|[.,:/–-]\p{N}|[ \u00A0]?[%‰°×*+=÷])/u;
/** A further year of a list: after a comma. */
const COMMA_YEAR = /^[ \u00A0]*,[ \u00A0]*(\d{4})/u;
/** A span of years after the first: a hyphen, a dash or a season's slash and the last year, of four digits or two ("2019-2020", "2019–20", "2019/20"), then no further digits. */
const RANGE = /^[ \u00A0]?[–/-][ \u00A0]?(\d{4}|\d\d)(?![\p{L}\p{N}]|[.,:/–-]\p{N}|[ \u00A0]?[%‰°])/u;
/** After a year, another year in brackets: a title's ("dans 1984 (1956)", a film's year). */
const BRACKETED_YEAR = /^[ \u00A0]*\((?:1\d{3}|20\d\d)\)/u;

export default defineRule(
  {
    id: 'year-preposition',
    description: 'A year after a bare preposition, copied from English ("in 2019"), where the language writes none or another (German "im Jahr 2019", Italian "nel 2019", French "en 2019" for "dans 2019").',
    category: 'grammar',
    severity: 'warning',
    // (The profiles that list `yearPreposition`.)
    languages: PROFILES.filter((p) => p.yearPreposition).map((p) => p.code),
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Jackson kandidierte in 1828 erneut und besiegte Adams.', output: 'Jackson kandidierte im Jahr 1828 erneut und besiegte Adams.' },
        { lang: 'de', text: 'In 2009 strahlte der Sender Wiederholungen aus.', output: 'Im Jahr 2009 strahlte der Sender Wiederholungen aus.' },
        { lang: 'de', text: 'Die Familie wanderte in 1600er Jahren nach Norwegen aus.', output: 'Die Familie wanderte in den 1600er Jahren nach Norwegen aus.' },
        { lang: 'de', text: 'Die Band war in 1990er-Jahren erfolgreich.', output: 'Die Band war in den 1990er Jahren erfolgreich.' },
        { lang: 'de', text: 'Indien war Gastgeber der Trophy in 1996, 2005 und 2014.', output: 'Indien war Gastgeber der Trophy in den Jahren 1996, 2005 und 2014.' },
        { lang: 'de', text: 'Er regierte in 1990 bis 1995 das Land.', output: 'Er regierte in den Jahren 1990 bis 1995 das Land.' },
        { lang: 'de', text: 'Der Umsatz stieg in 2019/20 deutlich.', output: 'Der Umsatz stieg 2019/20 deutlich.' },
        { lang: 'de', text: 'In 2019–2020 wuchs die Firma.', output: '2019–2020 wuchs die Firma.' },
        // (A participle that is no adjective's inflected form: the year is the sentence's.)
        { lang: 'de', text: 'Die Star-Spieler in 1906 enthalten Kapitän Chip Robert.' },
        { lang: 'de', text: 'Er heiratete in 2019 seine Frau Anna.', output: 'Er heiratete im Jahr 2019 seine Frau Anna.' },
        // (A name the dictionary does not know, and a word in small letters after it: the clause's
        // subject and its verb, no count's noun nor a postcode's place.)
        { lang: 'de', text: 'In 1820 Harrison lief gegen Jennings an.', output: 'Im Jahr 1820 Harrison lief gegen Jennings an.' },
        { lang: 'de', text: 'Dann trat in 1998 Kowalczyk zurück.', output: 'Dann trat im Jahr 1998 Kowalczyk zurück.' },
        { lang: 'it', text: 'La squadra ha vinto il campionato in 2019.', output: 'La squadra ha vinto il campionato nel 2019.' },
        { lang: 'pt', text: 'O time venceu o campeonato in 2019.', output: 'O time venceu o campeonato em 2019.' },
        { lang: 'it', text: 'In 2019 la squadra ha vinto il campionato.', output: 'Nel 2019 la squadra ha vinto il campionato.' },
        { lang: 'it', text: 'Il torneo si è giocato in 1996 e 2005.', output: 'Il torneo si è giocato negli anni 1996 e 2005.' },
        // (French and Spanish: the English preposition left, or French "dans".)
        { lang: 'fr', text: 'Il a été élu en 1998 et réélu dans 2002.', output: 'Il a été élu en 1998 et réélu en 2002.' },
        { lang: 'fr', text: 'La société a été fondée in 2019 à Lyon.', output: 'La société a été fondée en 2019 à Lyon.' },
        { lang: 'es', text: 'El equipo ganó el campeonato in 2019.', output: 'El equipo ganó el campeonato en 2019.' },
        // (A finite verb after the year, the profile's `pastTense`, and a clitic or adverb, its `notCounted`: no count's noun.)
        { lang: 'it', text: 'In 2019 vinse il campionato.', output: 'Nel 2019 vinse il campionato.' },
        { lang: 'it', text: 'La squadra in 2020 perse la finale.', output: 'La squadra nel 2020 perse la finale.' },
        // ("ha" is the symbol of the hectare too: the verb here.)
        { lang: 'it', text: 'La squadra in 2020 ha perso la finale.', output: 'La squadra nel 2020 ha perso la finale.' },
        { lang: 'it', text: 'In 2019 si giocò la finale a Roma.', output: 'Nel 2019 si giocò la finale a Roma.' },
        { lang: 'it', text: 'In 2018 non ci furono elezioni.', output: 'Nel 2018 non ci furono elezioni.' },
        // (Where a count's noun shows its plural, the profile's `plural`: a word of the dictionary
        // without the ending, a verb, an elided article, is no count's.)
        { lang: 'fr', text: 'La saison in 2019 fut difficile pour le club.', output: 'La saison en 2019 fut difficile pour le club.' },
        { lang: 'fr', text: 'Le club dans 1998 remporta la coupe de France.', output: 'Le club en 1998 remporta la coupe de France.' },
        { lang: 'fr', text: 'Dans 2019 l’équipe a gagné la coupe.', output: 'En 2019 l’équipe a gagné la coupe.' },
        { lang: 'es', text: 'In 2019 hubo elecciones en el país.', output: 'En 2019 hubo elecciones en el país.' },
        // (A span of years, with a hyphen or a dash, its last year in four digits or two: the profile's `range`.)
        { lang: 'fr', text: 'Il a été député dans 2019-2020 à Paris.', output: 'Il a été député en 2019-2020 à Paris.' },
        { lang: 'fr', text: 'La saison in 2019–2020 a été difficile.', output: 'La saison en 2019–2020 a été difficile.' },
        { lang: 'fr', text: 'Dans 2019-20, le club a gagné.', output: 'En 2019-20, le club a gagné.' },
        { lang: 'es', text: 'El club ganó in 1999-00 la liga.', output: 'El club ganó en 1999-00 la liga.' },
        { lang: 'it', text: 'La squadra ha vinto il campionato in 2019-2020.', output: 'La squadra ha vinto il campionato nel 2019-2020.' },
        { lang: 'it', text: 'In 2019 – 2020 la squadra vinse due coppe.', output: 'Nel 2019 – 2020 la squadra vinse due coppe.' },
        { lang: 'es', text: 'El equipo ganó la liga in 2019-2020.', output: 'El equipo ganó la liga en 2019-2020.' },
        // (A season with a slash, as the span with a hyphen.)
        { lang: 'fr', text: 'Le club a gagné la coupe dans 2019/2020 à Paris.', output: 'Le club a gagné la coupe en 2019/2020 à Paris.' },
        { lang: 'fr', text: 'La saison in 2019/20 a été difficile.', output: 'La saison en 2019/20 a été difficile.' },
        { lang: 'es', text: 'El club ganó la liga in 2019 / 2020.', output: 'El club ganó la liga en 2019 / 2020.' },
        { lang: 'it', text: 'In 1999/00 la squadra vinse la coppa.', output: 'Nel 1999/00 la squadra vinse la coppa.' },
        // (A title ends a list of years, not the preposition's: "in 1996 e 2005" is a list.)
        { lang: 'fr', text: 'Il a été élu dans 1998 et 2002.', output: 'Il a été élu en 1998 et 2002.' },
        // (A year, and the next clause after a coordinator, its subject a name.)
        { lang: 'es', text: 'Fue elegido in 2016 y Trump asumió el cargo.', output: 'Fue elegido en 2016 y Trump asumió el cargo.' },
        // (Another number is the document's title: this one is a year.)
        { lang: 'fr', text: 'Orwell publie «\u00a01984\u00a0» dans 1949 à Londres.', output: 'Orwell publie «\u00a01984\u00a0» en 1949 à Londres.' },
        // After a verb of telling (the profile's `workVerbs`), a work's title or a year: information,
        // with the year's forms suggested; after another verb, a year, a warning.
        { lang: 'fr', text: 'Orwell décrit dans 1984 une société de surveillance.', output: 'Orwell décrit en 1984 une société de surveillance.' },
        { lang: 'it', text: 'Orwell descrive in 1984 una società di sorveglianza.', output: 'Orwell descrive nel 1984 una società di sorveglianza.' },
        { lang: 'fr', text: 'Orwell a publié dans 1949 un roman.', output: 'Orwell a publié en 1949 un roman.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Hütte liegt in 2000 Metern Höhe.' },
        { lang: 'de', text: 'Die Hütten liegen in 2000 bis 3000 Metern Höhe, in 1000 und 1200 Metern auch.' },
        { lang: 'de', text: 'In 1000 Fällen wurde die Frist versäumt.' },
        { lang: 'de', text: 'In 1000 der Fälle wurde die Frist versäumt, in 1000 oder mehr Fällen nicht.' },
        { lang: 'de', text: 'In 2019 erschienenen Büchern wird das Thema behandelt.' },
        { lang: 'de', text: 'Er lebt in 1010 Wien.' },
        // (A postcode before a place the dictionary lacks: the place ends the phrase, or a
        // preposition or coordinator follows it.)
        { lang: 'de', text: 'Das Hotel liegt in 3920 Zermatt, das Haus in 3920 Zermatt im Wallis und in 3920 Zermatt und Täsch.' },
        { lang: 'de', text: 'In 2000 Kilometern Entfernung und in 1500 Dollar teuren Hotels.' },
        { lang: 'de', text: 'Die Hütten liegen in 1500-2000 Metern Höhe; in 2019-2020 erschienenen Büchern steht es, in 2019/05 nicht.' },
        { lang: 'fr', text: 'L’image tient dans 1024 × 640 pixels, le fond dans 2000 × 2000 px et le total dans 1024 + 512 octets.' },
        { lang: 'de', text: 'Bayern führte in 1:0 Spielen, in 12 Jahren und in 3000 m Höhe.' },
        { lang: 'de', text: 'Er kandidierte 1828 erneut, im Jahr 1832 und in den 1840er Jahren.' },
        { lang: 'de', text: 'Sie spielten das Album „Live in 1969“ nach.' },
        { lang: 'it', text: 'Il rifugio si trova in 2000 metri di quota.' },
        { lang: 'it', text: 'La squadra ha vinto il campionato nel 2019, nel 2020 vinse la coppa.' },
        // (A count before its noun, in small letters: "casi", "persone".)
        { lang: 'it', text: 'In 2019 casi il contagio è avvenuto in famiglia, in 1500 persone a scuola.' },
        { lang: 'it', text: 'Il rifugio si raggiunge in 20 minuti.' },
        { lang: 'it', text: 'Il fuoco si è esteso in 2000 ha di bosco.' },
        { lang: 'en', text: 'The team won the league in 2019.' },
        { lang: 'fr', text: 'La ville compte 1500 habitants et sera reconstruite dans 2000 ans, dans 1500 des cas.' },
        { lang: 'es', text: 'El equipo ganó la liga en 2019.' },
        { lang: 'fr', text: "L'équipe a gagné le championnat en 2019." },
        // (Spans written as the language writes them; a span that runs backwards, over a century, or a count's.)
        { lang: 'fr', text: 'Il a été député en 2019-2020, puis de 2021 à 2022.' },
        { lang: 'it', text: 'Ha giocato nel 2019-2020 e tra il 2021 e il 2022.' },
        { lang: 'es', text: 'El equipo ganó la liga en 2019-2020 y de 2021 a 2022.' },
        { lang: 'fr', text: 'Le refuge se trouve dans 1500-2000 mètres de neige, la pièce dans 2020-1999 et dans 1800-1950.' },
        { lang: 'fr', text: 'Le fichier dans 1970-01 et dans 2021-05-12 est vide.' },
        // (A year and month, a date, a count's or a fraction's numbers with a slash.)
        { lang: 'fr', text: 'Le dossier dans 2019/05 et dans 2019/05/12 est vide.' },
        { lang: 'fr', text: 'Il a roulé dans 1500/2000 mètres de neige, dans 1024/2048 aussi.' },
        { lang: 'es', text: 'El club ganó la liga en 2019/2020.' },
        // (A title: in quotation marks, the preposition's, or a year in brackets after it; "de",
        // "d’" and its author: a count's word.)
        { lang: 'fr', text: 'Dans «\u00a01984\u00a0», Orwell décrit une dystopie, dans "1984" aussi.' },
        { lang: 'fr', text: 'Dans «1984», Winston travaille; dans « 1984 » aussi.' },
        { lang: 'fr', text: 'Il a joué dans 1984 (1956) et dans 1984 (1984).' },
        // (A number the document writes as a title elsewhere, in quotation marks: that title.)
        { lang: 'fr', text: 'Orwell publie «\u00a01984\u00a0» en 1949. Dans 1984, Winston Smith travaille au ministère.' },
        { lang: 'es', text: 'La novela “1984” se publicó en 1949; in 1984, Winston Smith trabaja en el ministerio.' },
        { lang: 'fr', text: 'Orwell décrit dans 1984 d’Orwell et dans 1984 de George Orwell une dystopie.' },
        // (A plural, though a verb's ending reads it so too; a unit's symbol, an abbreviation;
        // "d’": "de", a count's word.)
        { lang: 'fr', text: 'Il a été jugé dans 1000 évaluations et dans 2000 questions.' },
        { lang: 'fr', text: 'Le signal porte dans 2000 m et tourne dans 1500 tr/min.' },
        { lang: 'fr', text: 'Dans 1500 d’entre eux, rien ne change.' },
        { lang: 'it', text: 'Orwell descrive in «1984» una distopia.' },
        { lang: 'es', text: 'Orwell describe in «1984» una distopía.' },
      ],
    },
  },
  (ctx) => {
    const data = ctx.profile?.yearPreposition;
    if (!data) return;
    const { words, text } = ctx;
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      const lower = w.value.toLowerCase();
      if (!data.prepositions.has(lower)) continue;
      // (Capitalized only as a sentence's first word.)
      if (w.value !== lower && ctx.sentences[w.sentence].firstWord !== i) continue;
      const found = yearAfter(ctx, i);
      if (!found) continue;
      const { end, year, years, range, decade } = found;
      if (ctx.isClaimed(w.start, end) || !isVerbatim(ctx.block, w.start, end)) continue;
      if (inForeignQuotation(ctx, w.start, end) || inTitle(ctx, w.start, end)) continue;
      // (A number the document writes as a title elsewhere: "«1984»", "*1984*", then "dans 1984".)
      if (!years && !range && !decade && titledInDocument(ctx, year)) continue;
      const templates = decade ? (data.decade?.suggestions ?? []) : range ? (data.range ?? []) : years ? data.years : data.year;
      const capital = w.value !== lower;
      const expected = templates.map((t) => {
        const s = t.replace('{year}', year).replace('{years}', years ?? year).replace('{range}', range?.written ?? year).replace('{to}', range?.to ?? year);
        return capital ? s.charAt(0).toUpperCase() + s.slice(1) : s;
      });
      const written = text.slice(w.start, end);
      // After a verb of telling (the profile's `workVerbs`: "Orwell décrit dans 1984"), a single
      // number may be a work's title as much as a year: information.
      const before = i > 0 && words[i - 1].sentence === w.sentence && /^[ \u00A0]+$/u.test(text.slice(words[i - 1].end, w.start)) ? words[i - 1].value : undefined;
      if (!years && !range && !decade && before !== undefined && data.workVerbs?.has(before.toLowerCase())) {
        ctx.report({ start: w.start, end, message: `\`${written}\` after \`${before}\`: a work's title (\`${year}\`), or a year copied from English (${expected.map((e) => `\`${e}\``).join(' or ')})?`, expected, severity: 'info' });
        continue;
      }
      ctx.report({
        start: w.start,
        end,
        message: decade
          ? `Unexpected \`${written}\`: a decade takes an article here (\`${expected[0]}\`)`
          : `Unexpected \`${written}\`, copied from English: ${range ? 'a span of years is' : years ? 'years are' : 'a year is'} written ${expected.map((e) => `\`${e}\``).join(' or ')}`,
        expected,
      });
    }
  },
);

/**
 * The year, list of years or decade after the preposition `words[i]`, where it is one: the end
 * of the span to replace, the first year, the list as written from its first year to its last,
 * and whether it is a decade.
 */
function yearAfter(ctx: RuleContext, i: number): { end: number; year: string; years?: string; range?: { written: string; to: string }; decade: boolean } | undefined {
  const data = ctx.profile!.yearPreposition!;
  const { words, text } = ctx;
  const w = words[i];
  const first = /^[ \u00A0]+(\d{4})/u.exec(text.slice(w.end, w.end + 12));
  if (!first || !YEAR.test(first[1])) return undefined;
  const yearStart = w.end + first[0].length - 4;
  let end = w.end + first[0].length;
  // A decade: "in 1600er Jahren".
  if (data.decade) {
    const d = data.decade.suffix.exec(text.slice(end, end + 12));
    if (d && d[0].length > 0) return { end: end + d[0].length, year: first[1], decade: true };
  }
  // A span of years: "in 2019-2020", "dans 2019–20", a season "in 2019/20" (the profile's `range`).
  if (data.range) {
    const r = RANGE.exec(text.slice(end, end + 10));
    if (r) {
      const from = Number(first[1]);
      // (The last year in full: "2019-20" ends in 2020, "1999-00" in 2000; "1970-01" and
      // "2019/05", a month, end nowhere.)
      let to = Number(r[1]);
      if (r[1].length === 2) {
        to += from - (from % 100);
        if (to <= from && from % 100 >= 90 && to % 100 < 10) to += 100;
      }
      const rangeEnd = end + r[0].length;
      // (Not a span that runs backwards or over a century, nor one a count's noun follows: "dans 1500-2000 mètres".)
      if (to <= from || to - from > 100 || !YEAR.test(String(to)) || isCount(ctx, rangeEnd, i + 1) || titleAfter(ctx, rangeEnd)) return undefined;
      return { end: rangeEnd, year: first[1], range: { written: text.slice(yearStart, rangeEnd), to: String(to) }, decade: false };
    }
  }
  if (!YEAR_END.test(text.slice(end, end + 3))) return undefined;
  // A list: "in 1996, 2005 und 2014", "in 1183 und 1184".
  const coordinators = ctx.profile?.coordinators;
  let listed = false;
  for (;;) {
    const rest = text.slice(end, end + 40);
    const comma = COMMA_YEAR.exec(rest);
    const joined = comma ? undefined : /^[ \u00A0]+(\p{L}+)[ \u00A0]+(\d{4})/u.exec(rest);
    const next = comma ?? (joined && (coordinators?.has(joined[1]) || data.through?.has(joined[1])) ? joined : undefined);
    if (!next) break;
    const number = next[next.length - 1];
    if (!YEAR.test(number) || !YEAR_END.test(text.slice(end + next[0].length, end + next[0].length + 3))) return undefined;
    end += next[0].length;
    listed = true;
  }
  if (isCount(ctx, end, i + 1) || (!listed && titleAfter(ctx, end))) return undefined;
  return { end, year: first[1], years: listed ? text.slice(yearStart, end) : undefined, decade: false };
}

/** Document state: the numbers the document writes as titles, by number. */
const TITLED = 'year-preposition.titled';

/**
 * Whether the document writes `year` alone as a title somewhere: in quotation marks ("«1984»",
 * "“1984”"), in Markdown's emphasis ("*1984*", "_1984_") or in HTML's ("<i>1984</i>",
 * "<em>", "<cite>"). Its bare mentions are that title then ("Orwell décrit dans 1984 …").
 */
function titledInDocument(ctx: RuleContext, year: string): boolean {
  let titled = ctx.doc.state.get(TITLED) as Map<string, boolean> | undefined;
  if (!titled) ctx.doc.state.set(TITLED, (titled = new Map()));
  let found = titled.get(year);
  if (found === undefined) {
    // (Spaces inside guillemets only: in '"bonjour" 1984 "x"' the marks are two quotations'.)
    const title = new RegExp(`(?:«[ \u00A0\u202F]?|[‹"“„‘]|(?<![*_])[*_]{1,2}|<(?:i|em|cite)>)${year}(?:[ \u00A0\u202F]?»|[›"”“’]|[*_]{1,2}(?![*_])|</(?:i|em|cite)>)`, 'u');
    titled.set(year, (found = title.test(ctx.doc.source)));
  }
  return found;
}

/**
 * Whether what follows the number that ends at `end` makes it a title, not a year: another
 * year in brackets ("dans 1984 (1956)", a film's). (Not a coordinator and a capitalized word:
 * "dans 1984 et Brazil" names two films, but "elegido in 2016 y Trump asumió" is a year and
 * the next clause.)
 */
function titleAfter(ctx: RuleContext, end: number): boolean {
  return BRACKETED_YEAR.test(ctx.text.slice(end, end + 12));
}

/**
 * Whether word `k`, capitalized, is a name that opens the clause after a year: a word the
 * dictionary does not know (nor as a compound, a glossary term or an accepted word), no
 * acronym, and a word in small letters after it, spaced, that is no preposition, coordinator or
 * article ("In 1820 Harrison lief": a verb follows the subject).
 */
function nameBeforeVerb(ctx: RuleContext, k: number): boolean {
  const { words, text, profile } = ctx;
  const w = words[k];
  const next = words[k + 1];
  if (next === undefined || next.sentence !== w.sentence || !/^[ \u00A0]+$/u.test(text.slice(w.end, next.start))) return false;
  const lower = next.value;
  if (!/^\p{Ll}/u.test(lower) || profile?.prepositions?.has(lower) || profile?.coordinators?.has(lower) || profile?.articles?.has(lower)) return false;
  if (inCapitals(w.value)) return false;
  return !isKnownToken(ctx, w);
}

/** Whether what follows the number that ends at `end` makes it a count, not a year ("in 2000 Metern", "in 1000 der Fälle"). */
function isCount(ctx: RuleContext, end: number, from: number): boolean {
  const profile = ctx.profile!;
  const data = profile.yearPreposition!;
  const { words, text } = ctx;
  // The word right after the number, with only spaces between.
  // (Searched from the preposition on, `from`: not from the block's start for every year.)
  let k = from;
  while (k < words.length && words[k].start < end) k++;
  if (k === words.length || !/^[ \u00A0]+$/u.test(text.slice(end, words[k].start))) return false;
  const followed = (a: number) => a + 1 < words.length && words[a + 1].sentence === words[a].sentence && /^[ \u00A0]+$/u.test(text.slice(words[a].end, words[a + 1].start));
  let lower = words[k].value.toLowerCase();
  // (A coordinator before a count's word: "in 1000 oder mehr Fällen".)
  if (profile.coordinators?.has(lower) && followed(k) && data.countAfter.has(words[k + 1].value.toLowerCase())) return true;
  if (data.countAfter.has(lower)) return true;
  const value = words[k].value;
  // (A unit's symbol that is a finite auxiliary too, Italian "ha" for hectares and "has": the
  // verb, unless a count's word follows it, "in 2000 ha di bosco"; "in 2020 ha perso" is a year.)
  const verb = profile.finiteAuxiliaries?.has(value) === true && !(followed(k) && data.countAfter.has(words[k + 1].value.toLowerCase()));
  if (!verb && (UNIT_SYMBOLS.has(value) || profile.unitSymbols?.has(value) === true)) return true;
  lower = value.toLowerCase();
  const small =
    profile.functionWords.has(lower) ||
    profile.articles?.has(lower) === true ||
    profile.prepositions?.has(lower) === true ||
    profile.pronouns?.has(lower) === true ||
    profile.possessives?.has(lower) === true ||
    profile.subordinators.has(lower) ||
    profile.coordinators?.has(lower) === true ||
    profile.finiteAuxiliaries?.has(lower) === true;
  if (profile.capitalizesNouns) {
    // A noun: a count ("in 2000 Metern"), a postcode ("in 1010 Wien"). Not a name the dictionary
    // does not know with a word in small letters after it, no preposition or coordinator: the
    // clause's subject and its verb ("In 1820 Harrison lief", "trat in 1998 Kowalczyk zurück"),
    // where a postcode's place ends its phrase ("in 3920 Zermatt, …", "in 3920 Zermatt im Wallis").
    if (isCapitalized(value)) return !nameBeforeVerb(ctx, k);
    // (A small word opens the sentence's next phrase: "in 2019 seine Frau".)
    if (small) return false;
    // An adjective before its noun ("in 2019 erschienenen Büchern"): its form without the
    // ending is a word of the language ("erschienen"); not a verb's ("enthalten").
    const m = data.attributive?.exec(value);
    if (m && followed(k) && isCapitalized(words[k + 1].value)) {
      const speller = ctx.doc.resources.speller(ctx.language);
      const stem = value.slice(0, m.index);
      if (stem.length > 2 && speller?.correct(stem) === true) return true;
    }
    return false;
  }
  // Where only names are capitalized: a name, one of the language's small words, or a finite
  // verb (the profile's `pastTense`, `verbEndings`) follows a year ("in 2019 la squadra", "in 2019
  // Trump", "in 2019 vinse"); a word in small letters else is a noun, counted ("in 2019 casi").
  if (isCapitalized(value)) return false;
  if (data.notCounted?.has(lower) === true) return false;
  const finite = profile.pastTense?.test(lower) === true || profile.verbEndings?.test(lower) === true;
  if (!data.plural) return !finite && !small;
  if (small) return false;
  // Where a noun counted by a year's number, a thousand or more, is plural and shows it (the
  // profile's `plural`): a word of the dictionary without the ending is no counted noun but the
  // sentence's next word, a verb ("in 2019 fut difficile", "in 2019 hubo elecciones") or an
  // adverb; one with it is counted, though a verb's ending reads it so too ("dans 1000
  // évaluations", not "-ons"). An elided word is an article's or a clitic's ("in 2019 l’équipe",
  // "dans 2019 s’est tenu"), or one of `countAfter`'s, "de": "dans 1500 d’entre eux".
  const elided = profile.elision?.exec(value);
  if (elided) {
    const particle = elided[0].slice(0, -1).toLowerCase();
    return [...data.countAfter].some((w) => w === particle || profile.elides?.[w] === particle);
  }
  if (data.plural.test(lower)) return true;
  if (finite) return false;
  // (A number's word: "in 2019 mil coches", two million and some.)
  if (profile.numbers?.magnitudes?.some(([m]) => m.test(text.slice(words[k].start, words[k].start + 20))) === true) return true;
  // (A word of one letter or two is a unit's symbol or an abbreviation, as one with a period is:
  // "dans 2000 m", "dans 2000 tr/min", "dans 2000 m.", "env."; so is a word the dictionary lacks:
  // counted, as before.)
  if ([...lower].length < 3 || lower.endsWith('.')) return true;
  return ctx.doc.resources.speller(ctx.language)?.correct(value) !== true;
}

