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
import { defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim, toSource } from '../core/document.js';

const RUN = /[ \t]{2,}/g;
/** A sentence end just before a gap: period, question or exclamation mark, ellipsis, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["“”»«’‘)\]]*$/u;
/** Punctuation whose preceding space is the space-before-punctuation rule's concern. */
const PUNCTUATION = /[,.;:!?)]/;

/**
 * Whether the period before a run of spaces ends an abbreviation, not a sentence: a lower-case
 * word or a number follows ("z. B.  einen", "ca.  8"), or the word is one of the language's
 * abbreviations or a single letter ("Dr.  Peter", "Nr.  17").
 */
function afterAbbreviation(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (text[start - 1] !== '.' || PUNCTUATION.test(text[end] ?? '')) return false;
  if (/[\p{Ll}\d]/u.test(text[end] ?? '')) return true;
  return abbreviationBefore(text, 0, start, ctx.profile?.abbreviations);
}

/**
 * Whether the text ending at `start` (not before `from`) ends in an abbreviation and its period:
 * one letter, or one of the language's. (A space before the period too, "H .  Prescott", which
 * space-before-punctuation takes out in the same run: the second read "H.  Prescott".)
 */
function abbreviationBefore(text: string, from: number, start: number, abbreviations: ReadonlySet<string> | undefined): boolean {
  const word = /(?<!\p{L})(\p{L}+)[ \u00A0]?\.$/u.exec(text.slice(Math.max(from, start - 12), start))?.[1];
  return word !== undefined && (word.length === 1 || (abbreviations?.has(word.toLowerCase()) ?? false));
}

/**
 * Whether the line of the run `[start, end)` has a column's gap besides: three spaces or more, or
 * a tab, after a word ("Nr.  Verein    Punkte"). (Two spaces are the typo this rule fixes: "z. B.
 * einen Euro und  mehr" is fixed whole in one run.)
 */
function otherRun(text: string, start: number, end: number, lines: LineGaps): boolean {
  // The line's gaps, found once per line (each run had read its whole line again: quadratic on
  // a long line of abbreviations, "z. B.  einen " × 20,000).
  if (start < lines.from || start > lines.to) {
    lines.from = lineStartOf(text, start);
    lines.to = lineEndOf(text, start);
    lines.gaps = [];
    for (const m of text.slice(lines.from, lines.to).matchAll(/[^.,;:\s]( {3,}|\t)/g)) {
      const at = lines.from + m.index + 1;
      lines.gaps.push(at, at + m[1].length);
    }
  }
  // A gap wholly before the run or wholly after it (as the two slices either side had read it).
  const g = lines.gaps;
  for (let k = 0; k < g.length; k += 2) if (g[k + 1] <= start || g[k] - 1 >= end) return true;
  return false;
}

/** The column gaps of the line last looked at by `otherRun`: offsets, start and end, flat. */
interface LineGaps {
  from: number;
  to: number;
  gaps: number[];
}

/** Whether a run of spaces from `start` to `end` is one the spacing rules fix anyway: before punctuation, or after a sentence's end. */
function notColumn(text: string, start: number, end: number): boolean {
  // (Past the rest of the gap: in "Preis\t ;" the tab stands before punctuation too.)
  let next = end;
  while (text[next] === ' ' || text[next] === '\t') next++;
  // (Two commas before a word open a quotation, as a typewriter writes „ (",,Die Zeit''"): no
  // punctuation, the quotes rule writes „ in the same run.)
  const typewriter = text[next] === ',' && text[next + 1] === ',' && /[\p{L}\p{N}]/u.test(text[next + 2] ?? '');
  return (PUNCTUATION.test(text[next] ?? '') && !typewriter) || SENTENCE_END.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Whether the line from `from` to `to` has two runs of two or more spaces, or a tab, between
 * its words: columns, not a typo. (A run before punctuation or after a sentence's end, "Hause  .",
 * does not count: the other rules fix it, and the next run would see a line without columns.)
 */
function alignedLine(text: string, from: number, to: number): { columns: boolean; prose: boolean } {
  let runs = 0;
  let tab = false;
  for (const m of text.slice(from, to).matchAll(/ {2,}|\t/g)) {
    const start = from + m.index;
    if ((m[0] !== '\t' && start === from) || notColumn(text, start, start + m[0].length)) continue;
    if (m[0] === '\t') tab = true;
    if (++runs >= 2) break;
  }
  if (runs < 2) return { columns: false, prose: false };
  if (tab) return { columns: true, prose: false };
  // A table's cells are short and hold no sentence: a stretch of five words or more, a comma
  // or a sentence end inside a cell, or a line of six words or more that ends a sentence, is
  // prose, and its runs typos ("wurden drei  Menschen verletzt. Die Straße war für  mehrere
  // Stunden gesperrt", "Er sagte  am Montag, dass  er kommt."). (A comma as the spacing rules
  // write it in the same run counts too: "Polizei , die", "Polizei ,die", "Hikvision,Huawei";
  // read only after their fix, the line's gaps waited for a second run.)
  const line = text.slice(from, to);
  const cells = line.split(/ {2,}/);
  const words = (cell: string) => cell.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const prose =
    cells.some((cell) => words(cell) >= 5 || /\p{L}[ \t]*,(?: \S|\p{L})/u.test(cell) || /\p{L}[.!?] \p{L}/u.test(cell)) ||
    (/[.!?…]["“”»«’)]*\s*$/u.test(line) && cells.reduce((n, cell) => n + words(cell), 0) >= 6);
  return { columns: true, prose };
}

/**
 * Whether the line from `from` to `to` is a label and its value ("Montag  Sitzung des
 * Kabinetts", "Bayern - Dortmund  2:1"): one gap of two or more spaces or a tab after one to
 * four words, eight words at most in all, and no sentence's end. Consecutive lines of that shape are a layout (a
 * schedule, results), whose gaps are no typo even where they do not align.
 */
function labelLine(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to);
  const gap = / {2,}|\t/.exec(line);
  if (!gap || gap.index === 0 || / {2,}|\t/.test(line.slice(gap.index + gap[0].length))) return false;
  // (A short sentence is no value: "Die Polizei  sperrte die Straße.")
  if (/[.!?…]["“”»«’)]*\s*$/u.test(line)) return false;
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const label = words(line.slice(0, gap.index));
  const value = words(line.slice(gap.index));
  // A value starts with a capital, a digit or a mark ("Sitzung", "2:1"); a verb after the gap is
  // a headline's ("Die Opposition  kritisiert die Pläne").
  if (/^\p{Ll}/u.test(line.slice(gap.index + gap[0].length))) return false;
  return label >= 1 && label <= 4 && value >= 1 && label + value <= 8;
}

/** The start of the line `pos` is on (after LF, CR or CRLF). */
function lineStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The end of the line `pos` is on (before LF, CR or CRLF). */
function lineEndOf(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Whether the line from `from` to `to` has a run of two spaces or more that ends at `column` (a key and its value aligned under another's: "Name:     Hans"). */
function runEndsAt(text: string, from: number, to: number, column: number, abbreviations?: ReadonlySet<string>): boolean {
  const at = from + column;
  if (!(column >= 2 && at < to && text[at - 1] === ' ' && text[at - 2] === ' ' && text[at] !== ' ' && text[at] !== '\t')) return false;
  // (Not one the spacing rules fix anyway, before punctuation or after a sentence's end: the
  // next run would no longer see it.)
  let start = at - 2;
  while (start > from && text[start - 1] === ' ') start--;
  // (A run after an abbreviation's period counts: "Ausg.  12" over "Seite  4", neither is fixed.)
  return !notColumn(text, start, at) || abbreviationBefore(text, from, start, abbreviations);
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
        { lang: 'de', text: 'Bei dem Unfall wurden drei  Menschen verletzt. Die Straße war für  mehrere Stunden gesperrt.', output: 'Bei dem Unfall wurden drei Menschen verletzt. Die Straße war für mehrere Stunden gesperrt.' },
        { lang: 'de', text: 'Er sagte  am Montag, dass  er kommt.', output: 'Er sagte am Montag, dass er kommt.' },
        { lang: 'de', text: 'Er sagte  am Montag, dass  er kommt.\nSie sagte  am Dienstag, dass  sie geht.', output: 'Er sagte am Montag, dass er kommt.\nSie sagte am Dienstag, dass sie geht.' },
        { lang: 'de', text: 'Die Polizei  sperrte die Straße für  mehrere Stunden.', output: 'Die Polizei sperrte die Straße für mehrere Stunden.' },
        // Lines that end in CR alone.
        { lang: 'de', text: 'Vorwort.\r\rDas ist  gut.\rEr sagte es dann  laut.', output: 'Vorwort.\r\rDas ist gut.\rEr sagte es dann laut.' },
        { lang: 'de', text: 'Hikvision bestreitet  öffentlich seine Beteiligung.', output: 'Hikvision bestreitet öffentlich seine Beteiligung.' },
        { lang: 'de', text: 'Das ist ein Test mit   drei Leerzeichen.', output: 'Das ist ein Test mit drei Leerzeichen.' },
        { lang: 'en', text: 'Richard-Pierre Prosper said:  “We are not going to exonerate the company.”', output: 'Richard-Pierre Prosper said: “We are not going to exonerate the company.”' },
        { lang: 'fr', text: 'Une entreprise  chinoise.', output: 'Une entreprise chinoise.' },
        // Short sentences, one a line, are no labels and values.
        { lang: 'de', text: 'Die Polizei  sperrte die Straße.\nDer Stau  dauerte an.', output: 'Die Polizei sperrte die Straße.\nDer Stau dauerte an.' },
        { lang: 'de', text: 'Die Opposition  kritisiert die Pläne\nDer Kanzler  verteidigt den Kompromiss', output: 'Die Opposition kritisiert die Pläne\nDer Kanzler verteidigt den Kompromiss' },
        // A run before punctuation or after a sentence end does not make the line a table.
        { lang: 'de', text: 'Er kam  gestern nach Hause  .', output: 'Er kam gestern nach Hause  .' },
        { lang: 'en', text: 'The talks ended.  Officials said the deal  was dead.', output: 'The talks ended.  Officials said the deal was dead.' },
        { lang: 'de', text: 'Er kam.  Sie ging nach Hause.\nDas ist  gut so, sagte er.', output: 'Er kam.  Sie ging nach Hause.\nDas ist gut so, sagte er.' },
        // After an abbreviation's period, not a sentence's (not a table's head: see the pass examples).
        // A tab before punctuation makes no column: the run after it is fixed in the same pass.
        { lang: 'de', text: 'Der Preis\t ; die Kosten und  der Rest.', output: 'Der Preis\t ; die Kosten und der Rest.' },
        { lang: 'de', text: 'Das kostet z. B.  einen Euro, ca.  8 Stück, sagte Dr.  Peter Müller.', output: 'Das kostet z. B. einen Euro, ca. 8 Stück, sagte Dr. Peter Müller.' },
        { lang: 'de', text: 'Das kostet z. B.  einen Euro und  mehr, sagte Dr.  Meier,  der Händler.', output: 'Das kostet z. B. einen Euro und mehr, sagte Dr. Meier, der Händler.' },
        // A comma the spacing rules write in the same run makes the line prose, as it does after them.
        { lang: 'de', text: 'Die Polizei , die Feuerwehr  und  der Notarzt', output: 'Die Polizei , die Feuerwehr und der Notarzt' },
        // Two commas that open a quotation are no punctuation ("las  ,,Die Zeit''": the quotes rule writes „).
        { lang: 'de', text: "Er las  ,,Die Zeit'' jeden Morgen.", output: "Er las ,,Die Zeit'' jeden Morgen." },
      ],
      pass: [
        // A schedule: one cell a long description, the lines around it in columns too.
        { lang: 'de', text: 'Montag  Treffen mit dem Vorstand der Firma  Berlin\nDienstag  Besuch beim Kunden  Hamburg\nMittwoch  Messe  Köln' },
        { lang: 'de', text: 'Das ist ein Satz.  Das ist der nächste.' },
        { lang: 'de', text: 'Wirklich?  Ja.' },
        { lang: 'de', text: 'Erste Zeile\n    eingerückte Zeile' },
        { lang: 'de', text: 'Erste Zeile  \nzweite Zeile' },
        { lang: 'de', text: 'Ein Wort  , das hier  .' },
        { lang: 'de', text: '1. Bayern München      34   92:38   82\n2. Borussia Dortmund   34   81:44   71' },
        { lang: 'de', text: 'Name:     Hans Müller\nAlter:    45 Jahre\nWohnort:  Berlin' },
        { lang: 'de', text: 'Nr.  Verein    Punkte\n1.   Bayern    30\n2.   Dortmund  28' },
        { lang: 'de', text: 'Öffnungszeiten:\nMo.  9 bis 18 Uhr\nSa.  10 bis 14 Uhr\nSo.  geschlossen' },
        { lang: 'de', text: 'Ausg.  12\nSeite  4' },
        // Labels and values that do not align: a schedule, results.
        { lang: 'de', text: 'Termine:\nMontag  Sitzung des Kabinetts\nDienstag  Pressekonferenz im Kanzleramt\n\nErgebnisse 1. Spieltag\nBayern - Dortmund  2:1\nKöln - Bremen  0:0' },
        { lang: 'de', text: 'Umsatz            19.200\nGewinn             2.100\nMitarbeiter          320' },
        { lang: 'de', text: 'Ein Tab\tzwischen Wörtern und\u00A0ein geschütztes Leerzeichen.' },
        { lang: 'fr', text: 'Il a dit «\u00A0oui\u00A0»\u202F; puis il est parti.' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    // (The line of the last run, judged once: a 300,000-character line with a run every few
    // characters took minutes when each run read its whole line again.)
    let lineStart = 0;
    let lineEnd = -1;
    let aligned = false;
    const source = ctx.doc.source;
    let sourceLineStart = 0;
    let sourceLineEnd = 0;
    // In the source: the start of the line before and the end of the line after (-1: none).
    let previousStart = -1;
    let previousEnd = -1;
    let nextStart = -1;
    let nextEnd = -1;
    let rightAligned = false;
    let labels = false;
    const gapLine: LineGaps = { from: 1, to: 0, gaps: [] };
    // (Most blocks have no run: two spaces or a tab are looked for first, without the regular
    // expression, whose `matchAll` copies it for every block.)
    if (!text.includes('  ') && !text.includes('\t')) return;
    for (const m of text.matchAll(RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      // Indentation, trailing spaces (a hard break), or the block's edges.
      if (start === 0 || end === text.length) continue;
      if (/[\n\r]/.test(text[start - 1]) || /[\n\r]/.test(text[end])) continue;
      // (After an abbreviation, the segmenter may have ended a sentence: "Dr.  Peter".)
      // (Not on a line with another run: "Nr.  Verein    Punkte" heads a table.)
      const abbreviation = afterAbbreviation(ctx, start, end) && !otherRun(text, start, end, gapLine);
      if (notColumn(text, start, end) && !abbreviation) continue;
      // A line with two or more such runs is laid out in columns (a league table, a price list):
      // its spaces align; so does a run that ends where one ends on the line before or after.
      if (start >= lineEnd) {
        lineStart = lineStartOf(text, start);
        lineEnd = lineEndOf(text, start);
        const line = alignedLine(text, lineStart, lineEnd);
        // The line's neighbours in the document (a plain-text file's lines are blocks of their own).
        const at = toSource(ctx.block, start);
        sourceLineStart = lineStartOf(source, at);
        sourceLineEnd = lineEndOf(source, at);
        // (The line before ends before its LF, CR or CRLF; the line after starts after it.)
        previousEnd = sourceLineStart - (source[sourceLineStart - 1] === '\n' && source[sourceLineStart - 2] === '\r' ? 2 : 1);
        previousStart = sourceLineStart === 0 ? -1 : lineStartOf(source, previousEnd);
        nextStart = sourceLineEnd + (source[sourceLineEnd] === '\r' && source[sourceLineEnd + 1] === '\n' ? 2 : 1);
        nextEnd = sourceLineEnd >= source.length ? -1 : lineEndOf(source, nextStart);
        // Prose with two runs is a table row still where a neighbouring line has columns too
        // (a schedule whose one cell is a long description).
        // (A neighbour in columns that are no prose: two prose lines do not excuse each other.)
        const table = (from: number, to: number) => {
          const l = alignedLine(source, from, to);
          return l.columns && !l.prose;
        };
        aligned = line.columns && (!line.prose || (previousStart >= 0 && table(previousStart, previousEnd)) || (nextEnd >= 0 && table(nextStart, nextEnd)));
        // Right-aligned columns ("Umsatz        19.200" over "Gewinn         2.100"): a line as
        // long as the one before or after, both with a run of spaces.
        const length = sourceLineEnd - sourceLineStart;
        const hasRun = (from: number, to: number) => {
          for (let k = from; k + 1 < to; k++) if (source.charCodeAt(k) === 32 && source.charCodeAt(k + 1) === 32) return true;
          return false;
        };
        rightAligned =
          hasRun(sourceLineStart, sourceLineEnd) &&
          ((previousStart >= 0 && previousEnd - previousStart === length && hasRun(previousStart, previousEnd)) ||
            (nextEnd >= 0 && nextEnd - nextStart === length && hasRun(nextStart, nextEnd)));
        // Labels and values on consecutive lines, aligned or not.
        labels =
          labelLine(source, sourceLineStart, sourceLineEnd) &&
          ((previousStart >= 0 && labelLine(source, previousStart, previousEnd)) || (nextEnd >= 0 && labelLine(source, nextStart, nextEnd)));
      }
      if (aligned || rightAligned || labels) continue;
      if (!isVerbatim(ctx.block, start, end)) continue;
      const column = toSource(ctx.block, end, true) - sourceLineStart;
      const abbreviations = ctx.profile?.abbreviations;
      if (previousStart >= 0 && runEndsAt(source, previousStart, previousEnd, column, abbreviations)) continue;
      if (nextEnd >= 0 && runEndsAt(source, nextStart, nextEnd, column, abbreviations)) continue;
      if (!abbreviation && !ctx.sentences.some((s) => s.start <= start && end <= s.end)) continue;
      // (After an abbreviation, not where a neighbouring line has a run of spaces too: a list of
      // labels and values, "Mo.  9 bis 18 Uhr" over "Sa.  10 bis 14 Uhr", "Ausg.  12" over "Seite  4".)
      if (abbreviation && ((previousStart >= 0 && /(?: {2,}|\t)/.test(source.slice(previousStart, previousEnd))) || (nextEnd >= 0 && /(?: {2,}|\t)/.test(source.slice(nextStart, nextEnd))))) continue;
      if (!isVerbatim(ctx.block, start, end)) continue;
      // Two spaces are a typo; three or more, or a tab, are most often layout (a label and its
      // value, "Schiedsrichter:   Felix Zwayer", a column that lost its neighbours): suggested,
      // not written.
      const layout = m[0].length > 2 || m[0].includes('\t');
      ctx.report({
        start,
        end,
        message: `Unexpected ${m[0].length} ${m[0].includes('\t') ? 'spaces or tabs' : 'spaces'} between words, expected one space`,
        ...(layout ? { expected: [' '], severity: 'info' as const } : { fix: ' ' }),
      });
    }
  },
);
