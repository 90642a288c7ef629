/**
 * Numbers of the source: when the source text is given (`--source`) and its paragraphs line
 * up with the translation's, every number of a source paragraph must be in the translated
 * paragraph, as the target language writes it ("15,000" in English is "15.000" in German,
 * "15 000" in French; "5.3" is "5,3"). A wrong figure is the costliest slip of a translated
 * news story, and machine translation makes it: a number dropped, changed ("150.000" for
 * "15,000"), or copied in the source's notation ("15,000" in German reads as fifteen).
 *
 * Each side is read with its own language's marks (the profile's `numbers`). A small
 * number may be written as a word ("3" as "drei", "3rd" as "dritten"), a decade as a century
 * ("the 1600s", "im 17. Jahrhundert"), an hour after noon on a 24-hour clock ("2 p.m.", "14
 * Uhr"), and leading zeros mean nothing ("01." is "1."). A number glued to letters ("CO2",
 * "G7", "A380") is a name, not a figure, and one copied as written is the source's ("TG 52.2",
 * "7.1 innings", "Windows 3.1") unless the target reads it as another ("15,000"). A number
 * with a unit a translation may convert ("50 yd", "4 oz", "8600000 acre": the source
 * profile's `convertibleUnits`) is not compared.
 *
 * Reported: a number of the translation that is the source's in the source's notation, with
 * the target's notation as the suggestion; a number changed (one source number and one
 * translation number left unmatched in the paragraph), on the translation's number; a number
 * missing, on the paragraph.
 *
 * @example
 *   source: "The company employs 15,000 people."   translation: "Das Unternehmen beschäftigt 1.500 Menschen."
 *   finding: "`1.500`: the source has `15,000` (15.000)"
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { sourceParagraph } from '../core/source.js';
import { profileFor, type LanguageProfile } from '../languages/index.js';

type NumberFormat = NonNullable<LanguageProfile['numbers']>;

/** What may follow a number and still leave it a figure: ordinal and plural endings ("1st", "1990s", "1990er"). */
const SUFFIX = /^(?:st|nd|rd|th|s|er|e|en|ern|te|ten|ème|re|º|ª)(?![\p{L}])/u;

interface Figure {
  raw: string;
  /** The value as digits, with "." for the decimal mark and no leading zeros ("15000", "5.3"). */
  value: string;
  start: number;
  end: number;
  /** Whether the text goes on with a plural s ("1600s"), a decade or century. */
  decade: boolean;
  /** Whether it is an hour after noon ("2 p.m."), which a 24-hour clock writes 14. */
  afternoon: boolean;
  /** Whether a unit a translation may convert follows it ("50 yd" as "45 m"): not compared. */
  converted: boolean;
}

/** The figures of a text, each read with the language's marks. */
function figures(text: string, format: NumberFormat, units?: ReadonlySet<string>): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(numberPattern(format))) {
    const start = m.index;
    let raw = m[0];
    const before = text[start - 1];
    if (before !== undefined && /[\p{L}_]/u.test(before)) continue;
    let end = start + raw.length;
    const rest = text.slice(end, end + 5);
    if (/^\p{L}/u.test(rest) && !SUFFIX.test(rest)) continue;
    // A trailing mark is punctuation ("in 2020, the"), not part of the number.
    while (/[.,\u00a0\u202f ’']$/.test(raw)) {
      raw = raw.slice(0, -1);
      end--;
    }
    const after = text.slice(end, end + 6);
    // The unit after it, when a translation may convert it ("50 yd", "45 m").
    const unit = /^[\s\u00a0]?(°F|[\p{L}]+)/u.exec(text.slice(end, end + 12))?.[1];
    const converted = unit !== undefined && units !== undefined && units.has(unit);
    out.push(
      ...split(raw, start, format).map((f) => ({
        ...f,
        decade: f.end === end && /^s\b/.test(rest),
        afternoon: f.end === end && /^\s?p\.?\s?m\b/i.test(after),
        converted: f.end === end && converted,
      })),
    );
  }
  return out;
}

/**
 * One written number as figures: "15.000" (German) is 15000; "3,5" is 3.5; a run the
 * language's marks do not make one number of ("10:30", "2 3") is each of its parts.
 */
function split(raw: string, start: number, format: NumberFormat): Array<{ raw: string; value: string; start: number; end: number }> {
  const value = read(raw, format);
  if (value !== undefined) return [{ raw, value, start, end: start + raw.length }];
  const out: Array<{ raw: string; value: string; start: number; end: number }> = [];
  // Numbers side by side ("1972 1.015.568"), each read on its own; else the digit runs.
  const parts = /\s/.test(raw) ? [...raw.matchAll(/\S+/g)] : [...raw.matchAll(/\d+/g)];
  for (const m of parts) {
    const v = read(m[0], format);
    if (v !== undefined) out.push({ raw: m[0], value: v, start: start + m.index, end: start + m.index + m[0].length });
    else for (const d of m[0].matchAll(/\d+/g)) out.push({ raw: d[0], value: canonical(d[0]), start: start + m.index + d.index, end: start + m.index + d.index + d[0].length });
  }
  return out;
}

/** The value of a written number under a format, or undefined when the format does not read it as one. */
function read(raw: string, format: NumberFormat): string | undefined {
  if (/^\d+$/.test(raw)) return canonical(raw);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const group = `[${esc(format.group)}]`;
  const decimal = esc(format.decimal);
  const m = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?$`).exec(raw);
  if (!m) return undefined;
  const whole = canonical(m[1].replace(/\D/g, ''));
  const fraction = m[2]?.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const canonical = (digits: string) => digits.replace(/^0+(?=\d)/, '');

const patterns = new Map<string, RegExp>();
/** Digits with the marks the format writes numbers with, and the decimal marks of other languages. */
function numberPattern(format: NumberFormat): RegExp {
  const marks = [...new Set([...format.group, format.decimal, '.', ','])].join('').replace(/[\]\\^-]/g, '\\$&');
  let re = patterns.get(marks);
  if (!re) patterns.set(marks, (re = new RegExp(`\\d+(?:[${marks}]\\d+)*`, 'gu')));
  return re;
}

/** The value written as the format writes it ("15000" → "15.000" in German; only groups of thousands and the decimal mark). */
function write(value: string, format: NumberFormat): string {
  const [whole, fraction] = value.split('.');
  const group = format.group[0];
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return fraction === undefined ? grouped : `${grouped}${format.decimal}${fraction}`;
}

/** Whether the text writes a small number as a word, cardinal or ordinal ("drei", "dritten", "ersten"). */
function inWords(n: number, text: string, format: NumberFormat): boolean {
  if (!Number.isInteger(n) || n > 12) return false;
  const cardinal = format.words[n];
  const ordinal = format.ordinals[n];
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w === cardinal || (w.startsWith(cardinal) && w.length - cardinal.length <= 2 && /^(?:e|en|em|er|es|s|a|e)$/.test(w.slice(cardinal.length)))) return true;
    if (w.startsWith(ordinal) && w.length - ordinal.length <= 4) return true;
  }
  return false;
}

export default defineRule(
  {
    id: 'source-numbers',
    description: 'A number of the source text missing from its translation, changed, or written in the source’s notation.',
    category: 'accuracy',
    severity: 'warning',
    languages: 'all',
    fix: 'review',
    examples: { flag: [], pass: [] },
  },
  (ctx) => check(ctx),
);

function check(ctx: RuleContext): void {
  const original = ctx.doc.original;
  if (!original) return;
  const source = sourceParagraph(ctx);
  const from = profileFor(original.language)?.numbers;
  const to = ctx.profile?.numbers;
  if (source === undefined || !from || !to) return;
  const wanted = figures(source, from, profileFor(original.language)?.convertibleUnits).filter((f) => !f.converted);
  if (wanted.length === 0) return;
  const text = ctx.text;
  const found = figures(text, to);
  // A number copied as written is the source's ("TG 52.2", "7.1 innings", "Windows 3.1"), unless
  // the target reads its marks as another number: "15,000" in German is fifteen.
  const copies = new Set<string>();
  for (const f of wanted) {
    if (!/\D/.test(f.raw) || !text.includes(f.raw)) continue;
    if (read(f.raw, to) === undefined) copies.add(f.raw);
  }
  // Each source number takes one translation number of the same value.
  const unmatched: Figure[] = [];
  const free = found.filter((g) => !copies.has(g.raw));
  for (const f of wanted) {
    if (copies.has(f.raw)) continue;
    const i = free.findIndex((g) => g.value === f.value);
    if (i >= 0) free.splice(i, 1);
    else unmatched.push(f);
  }
  const missing = unmatched.filter((f) => {
    const n = Number(f.value);
    if (inWords(n, text, to)) return false;
    // "2 p.m.": "14 Uhr".
    if (f.afternoon && n < 12) {
      const i = free.findIndex((g) => g.value === String(n + 12));
      if (i >= 0) {
        free.splice(i, 1);
        return false;
      }
    }
        // "the 1600s": "das 17. Jahrhundert" (or "die 1600er Jahre", matched above).
    if (f.decade && /00$/.test(f.value)) {
      const century = String(n / 100 + 1);
      const i = free.findIndex((g) => g.value === century);
      if (i >= 0) {
        free.splice(i, 1);
        return false;
      }
    }
    return true;
  });
  for (const f of missing) {
    // Written as the source writes it ("15,000" copied into German, where it reads as 15).
    const copied = free.findIndex((g) => g.raw === f.raw && g.value !== f.value);
    if (copied >= 0) {
      const g = free.splice(copied, 1)[0];
      const expected = write(f.value, to);
      if (expected === g.raw) continue;
      ctx.report({
        start: g.start,
        end: g.end,
        message: `\`${g.raw}\` is the source's number in its notation: ${ctx.profile?.name ?? ctx.language} writes it \`${expected}\``,
        expected: [expected],
      });
      continue;
    }
    if (missing.length === 1 && free.length === 1) {
      const g = free[0];
      ctx.report({
        start: g.start,
        end: g.end,
        message: `\`${g.raw}\`: the source has \`${f.raw}\` (${write(f.value, to)})`,
        expected: [write(f.value, to)],
      });
      continue;
    }
    ctx.report({
      start: 0,
      end: text.length,
      message: `The source has \`${f.raw}\` (${write(f.value, to)}); the translation of this paragraph does not`,
      expected: [],
    });
  }
}
