/**
 * Document consistency: the same name written two ways in one document
 * ("Moyu-Projekt" and "Moyu Projekt", "Hikvision" and "HikVision", "Pierre-Richard"
 * and "Pierre Richard"), even when neither form is in the glossary. Names are
 * capitalized words and runs of them inside sentences; two forms are the same name
 * when they differ only in hyphens, spaces, case inside the word or diacritics. The
 * glossary's form wins, else the most frequent, else the first. A form reported here is not
 * also the spelling rule's "a name?" (its information on the same span is taken away).
 *
 * @example
 *   in:  "Das Moyu-Projekt begann 2018. Später wurde das Moyu Projekt eingestellt."
 *   finding: "`Moyu Projekt` is written `Moyu-Projekt` elsewhere in this document"
 */
import { defineRule } from '../core/rule.js';
import { toSource } from '../core/document.js';
import { sourceParagraph } from '../core/source.js';
import { WORD_HYPHENS, inCapitals, isCapitalized, spaced } from '../core/segment.js';

interface Form {
  /** The spelling-insensitive key (see `key`). */
  key: string;
  /** Source offsets, flat: start, end, start, end, … */
  spans: number[];
}

const STATE = 'consistency.names';
/** Source offsets of forms the paragraph's source writes the same way (with --source). */
const SOURCED = 'consistency.sourced';
/** Source offsets of capitalized words alone at the start of their sentence. */
const INITIAL = 'consistency.initial';
/** A capitalized word that is not name-like (digits, apostrophes): never a form; it has no spans. */
const NOT_NAME: Form = Object.freeze({ key: '', spans: Object.freeze([]) as unknown as number[] });
const NAME_WORD = /^[\p{L}\-‐‑]+$/u;
/** Words separated by single spaces only (no other whitespace to normalize). */
const SINGLE_SPACED = /^[^\s]*(?: [^\s]+)*$/;

/**
 * The spelling-insensitive key of a form: without case, spaces, hyphens and accents, but
 * with its umlauts (a diaeresis, U+0308, makes another word in German: "Wolfe" and "Wölfe",
 * "Hafen" and "Häfen").
 */
function key(form: string): string {
  return (/^[\x00-\x7f]*$/.test(form) ? form : form.normalize('NFKD').replace(/[\u0300-\u0307\u0309-\u036f]/g, '').normalize('NFC')).toLowerCase().replace(/[\s\-‐‑]+/gu, '');
}


/** Forms that differ only in the case of their first letter are the same spelling (sentence starts). */
function sameSpelling(a: string, b: string): boolean {
  return a.slice(1) === b.slice(1) && a[0].toLowerCase() === b[0].toLowerCase();
}

export default defineRule(
  {
    id: 'consistency',
    description: 'The same name written in two different ways in one document.',
    category: 'glossary',
    severity: 'warning',
    languages: 'all',
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Das Moyu-Projekt begann 2018. Später wurde das Moyu Projekt eingestellt.', output: 'Das Moyu-Projekt begann 2018. Später wurde das Moyu-Projekt eingestellt.' },
        { lang: 'en', text: 'HikVision said no. Critics of Hikvision and of Hikvision disagree.', output: 'Hikvision said no. Critics of Hikvision and of Hikvision disagree.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Zeit war knapp. Er hatte die Zeit nicht.' },
        { lang: 'de', text: 'Die Wölfe jagten. Später kam Wolfe zurück.' },
        { lang: 'de', text: 'Mit Wirkung zum Frühjahr wechselte er an das MIT.' },
        { lang: 'de', text: 'Der Alpha- oder Beta-Zerfall. Das Alpha-Teilchen.' },
        { lang: 'de', text: 'Das Moyu-Projekt begann. Das Moyu-Projekt endete.' },
        // The first parts of words broken at a line's end by the hyphen (U+2010), as a man page has them.
        { lang: 'de', text: 'Eine Multi-Thread-De\u2010\nkompression ist geplant.\n\nDie Multithread-De\u2010\ncodierung gibt es.' },
        { lang: 'es', text: 'Esta semana hubo protestas en la capital. Está previsto que sigan mañana.' },
        { lang: 'fr', text: 'Des manifestants sont sortis dans la rue. Dès lundi, la grève reprend.' },
      ],
    },
  },
  (ctx) => {
    // Every occurrence of every form, by form; grouped by key only at the end, so that an
    // occurrence costs one look-up (in German every noun is capitalized: most words pass here).
    let forms = ctx.doc.state.get(STATE) as Map<string, Form> | undefined;
    if (!forms) ctx.doc.state.set(STATE, (forms = new Map()));
    const { words, text, block } = ctx;
    // A form the paragraph's source writes the same way is the source's spelling, carried over
    // sentence by sentence ("García" in one, "Garcia" in another): no inconsistency of the
    // translation's (on MLQE-PE train, 38 of this rule's 51 findings on the post-edits).
    const srcPara = sourceParagraph(ctx);
    let sourced = ctx.doc.state.get(SOURCED) as Set<string> | undefined;
    if (!sourced) ctx.doc.state.set(SOURCED, (sourced = new Set()));
    const add = (form: string, start: number, end: number) => {
      if (srcPara?.includes(form)) sourced!.add(`${toSource(block, start)}:${toSource(block, end, true)}`);
      const f = forms!.get(form);
      if (f) {
        if (f.key.length >= 3) f.spans.push(toSource(block, start), toSource(block, end, true));
        return;
      }
      // A new form's spans made at their size: an empty array pushed to took room for 16
      // offsets, and German capitalizes every noun (some 40,000 forms in the benchmark's
      // document, nearly all seen once: 5 MB that lived until the document's findings were made).
      const k = key(form);
      forms!.set(form, { key: k, spans: k.length >= 3 ? [toSource(block, start), toSource(block, end, true)] : [] });
    };
    // Each word's capital tested once (a word is looked at up to three times, in runs).
    const capital = words.map((w) => !w.opaque && isCapitalized(w.value));
    let initial = ctx.doc.state.get(INITIAL) as Set<number> | undefined;
    if (!initial) ctx.doc.state.set(INITIAL, (initial = new Set()));
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!capital[i]) continue;
      // A word alone at a sentence start may be a common word with a capital (see the finish).
      if (ctx.sentences[w.sentence].firstWord === i && !capital[i + 1]) initial.add(toSource(block, w.start));
      // Not a word's first part before the hyphen (U+2010) or the soft hyphen at a line's end
      // ("Multithread-De‐⏎kompression", as man pages and print break words), which are no part of
      // the word as hyphen-minus is (see the suspended part below); the same word elsewhere may be a name.
      if (WORD_HYPHENS.has(text.charCodeAt(w.end))) continue;
      // A form seen before passed or failed the name test already (a failed one is NOT_NAME).
      const seen = forms.get(w.value);
      // (Not a suspended compound's first part either: "Alpha- oder Beta-Zerfall".)
      if (seen === NOT_NAME || (seen === undefined && (!NAME_WORD.test(w.value) || inCapitals(w.value) || /^[-‐‑]|[-‐‑]$/u.test(w.value)))) {
        if (seen === undefined) forms.set(w.value, NOT_NAME);
        continue;
      }
      add(w.value, w.start, w.end);
      // Runs of two or three capitalized words: "Moyu Projekt", "Pierre Richard Prosper".
      let j = i;
      while (j + 1 < words.length && j - i < 2 && capital[j + 1] && spaced(ctx, text, j, j + 1) && !WORD_HYPHENS.has(text.charCodeAt(words[j + 1].end))) {
        j++;
        const run = text.slice(w.start, words[j].end);
        add(SINGLE_SPACED.test(run) ? run : run.replace(/\s+/g, ' '), w.start, words[j].end);
      }
    }
  },
  (ctx) => {
    const all = ctx.doc.state.get(STATE) as Map<string, Form> | undefined;
    if (!all) return;
    const sourced = ctx.doc.state.get(SOURCED) as Set<string> | undefined;
    // Forms by key, in order of first occurrence.
    const names = new Map<string, string[]>();
    for (const [form, f] of all) {
      if (f.spans.length === 0) continue;
      const group = names.get(f.key);
      if (group) group.push(form);
      else names.set(f.key, [form]);
    }
    const terms = ctx.doc.resources.glossary.matcher(ctx.doc.language).termWords;
    const initial = ctx.doc.state.get(INITIAL) as Set<number> | undefined;
    const speller = ctx.doc.resources.speller(ctx.doc.language);
    // Spans this pass reports: the spelling rule's "a name?" on one of them is answered by the
    // report ("Guantánamo" is written "Guantanamo" elsewhere) and is taken away below.
    const reported = new Set<string>();
    for (const group of names.values()) {
      if (group.length < 2) continue;
      // A common word that opens its sentence is no name ("Esta semana …" and "Está previsto …",
      // "Des manifestants …" and "Dès lundi …" are different words). Asked here, for the few
      // forms that have a rival, not for every sentence's first word.
      const list = group
        .map((form) => {
          const flat = all.get(form)!.spans;
          const common = initial !== undefined && speller !== undefined && !form.includes(' ') && speller.correct(form.toLowerCase());
          const spans: Array<[number, number]> = [];
          for (let i = 0; i < flat.length; i += 2) if (!(common && initial!.has(flat[i]))) spans.push([flat[i], flat[i + 1]]);
          return [form, { count: spans.length, spans }] as const;
        })
        .filter(([, info]) => info.count > 0);
      if (list.length < 2) continue;
      // Distinct spellings only (a capital at a sentence start is not another spelling), and
      // only those still written somewhere: a form an earlier rule corrected everywhere (a
      // glossary variant) must not be proposed ("Selenski" for "SELENSKI").
      const claimed = (start: number, end: number) => {
        const spans = ctx.doc.claimed;
        for (let i = 0; i < spans.length; i += 2) if (start < spans[i + 1] && spans[i] < end) return true;
        return false;
      };
      const distinct = list
        .filter(([form], i) => !list.slice(0, i).some(([other]) => sameSpelling(form, other)))
        .filter(([form]) => list.some(([other, info]) => sameSpelling(form, other) && info.spans.some(([s, e]) => !claimed(s, e))));
      if (distinct.length < 2) continue;
      const canonical =
        distinct.find(([form]) => form.split(/[\s\-‐‑]+/u).every((w) => terms.has(w))) ??
        [...distinct].sort((a, b) => b[1].count - a[1].count || a[1].spans[0][0] - b[1].spans[0][0])[0];
      // Where nouns close up into compounds (German): the most frequent form proposing an open
      // compound, or the closed one that is right ("29. Infanterieregiment" is not to be written
      // "Infanterie Regiment", nor "Dinosaurierfossilien" "Dinosaurier Fossilien"). (On MLQE-PE
      // train, checked as one document: 9 fewer findings on the post-edits, all false; none lost
      // on the MT.)
      const compounds = ctx.doc.resources.profile(ctx.doc.language)?.capitalizesNouns === true && speller !== undefined;
      const openCompound = compounds && /\s/u.test(canonical[0]) && (speller.correct(closedUp(canonical[0])) || nounsOnly(speller, canonical[0]));
      for (const [form, info] of list) {
        if (sameSpelling(form, canonical[0])) continue;
        if (openCompound || (compounds && !/[\s\-‐‑]/u.test(form) && (speller.correct(form) || nounsOnly(speller, canonical[0])))) continue;
        for (const [start, end] of info.spans) {
          if (claimed(start, end)) continue; // already reported (glossary)
          if (sourced?.has(`${start}:${end}`)) continue;
          ctx.report({
            start,
            end,
            message: `\`${form}\` is written \`${canonical[0]}\` elsewhere in this document`,
            expected: [canonical[0]],
          });
          reported.add(`${start}:${end}`);
        }
      }
    }
    if (reported.size > 0) {
      // (In place: a document may have tens of thousands of findings.)
      const findings = ctx.doc.findings;
      let n = 0;
      for (const f of findings) if (!(f.ruleId === 'spelling' && f.severity === 'info' && f.fix === undefined && reported.has(`${f.start}:${f.end}`))) findings[n++] = f;
      findings.length = n;
    }
  },
);

/** An open compound closed up: "Infanterie Regiment" → "Infanterieregiment". */
function closedUp(form: string): string {
  return form
    .split(/[\s\-‐‑]+/u)
    .map((p, n) => (n === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1)))
    .join('');
}

/** Whether a form of several words is all nouns (words the dictionary knows capitalized only). */
function nounsOnly(speller: { correct(w: string): boolean }, form: string): boolean {
  const parts = form.split(/[\s\-‐‑]+/u);
  return parts.length > 1 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && speller.correct(p) && !speller.correct(p.toLowerCase()));
}
