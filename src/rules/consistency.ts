/**
 * Document consistency: the same name written two ways in one document
 * ("Moyu-Projekt" and "Moyu Projekt", "Hikvision" and "HikVision", "Pierre-Richard"
 * and "Pierre Richard"), even when neither form is in the glossary. Names are
 * capitalized words and runs of them inside sentences; two forms are the same name
 * when they differ only in hyphens, spaces, case inside the word or diacritics. The
 * glossary's form wins, else the most frequent, else the first.
 *
 * @example
 *   in:  "Das Moyu-Projekt begann 2018. Später wurde das Moyu Projekt eingestellt."
 *   finding: "`Moyu Projekt` is written `Moyu-Projekt` elsewhere in this document"
 */
import { defineRule } from '../core/rule.js';
import { toSource } from '../core/document.js';
import { isCapitalized, spaced } from '../core/segment.js';

interface Form {
  count: number;
  spans: Array<[number, number]>;
}

const STATE = 'consistency.names';

const keys = new Map<string, string>();

/** The spelling-insensitive key of a form (cached: the same names recur). */
function key(form: string): string {
  let k = keys.get(form);
  if (k === undefined) {
    k = (/^[\x00-\x7f]*$/.test(form) ? form : form.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase().replace(/[\s\-‐‑]+/gu, '');
    if (keys.size > 100_000) keys.clear();
    keys.set(form, k);
  }
  return k;
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
        { lang: 'de', text: 'Das Moyu-Projekt begann. Das Moyu-Projekt endete.' },
      ],
    },
  },
  (ctx) => {
    let names = ctx.doc.state.get(STATE) as Map<string, Map<string, Form>> | undefined;
    if (!names) ctx.doc.state.set(STATE, (names = new Map()));
    const { words, text } = ctx;
    const add = (form: string, start: number, end: number) => {
      const k = key(form);
      if (k.length < 3) return;
      let forms = names!.get(k);
      if (!forms) names!.set(k, (forms = new Map()));
      let f = forms.get(form);
      if (!f) forms.set(form, (f = { count: 0, spans: [] }));
      f.count++;
      f.spans.push([toSource(ctx.block, start), toSource(ctx.block, end, true)]);
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.opaque || !isCapitalized(w.value) || !/^[\p{L}\-‐‑]+$/u.test(w.value)) continue;
      add(w.value, w.start, w.end);
      // Runs of two or three capitalized words: "Moyu Projekt", "Pierre Richard Prosper".
      let j = i;
      while (j + 1 < words.length && j - i < 2 && spaced(ctx, text, j, j + 1) && isCapitalized(words[j + 1].value) && !words[j + 1].opaque) {
        j++;
        add(text.slice(w.start, words[j].end).replace(/\s+/g, ' '), w.start, words[j].end);
      }
    }
  },
  (ctx) => {
    const names = ctx.doc.state.get(STATE) as Map<string, Map<string, Form>> | undefined;
    if (!names) return;
    const terms = ctx.doc.resources.glossary.matcher(ctx.doc.language).termWords;
    for (const forms of names.values()) {
      if (forms.size < 2) continue;
      const list = [...forms.entries()];
      // Distinct spellings only (a capital at a sentence start is not another spelling).
      const distinct = list.filter(([form], i) => !list.slice(0, i).some(([other]) => sameSpelling(form, other)));
      if (distinct.length < 2) continue;
      const canonical =
        distinct.find(([form]) => form.split(/[\s\-‐‑]+/u).every((w) => terms.has(w))) ??
        [...distinct].sort((a, b) => b[1].count - a[1].count || a[1].spans[0][0] - b[1].spans[0][0])[0];
      for (const [form, info] of list) {
        if (sameSpelling(form, canonical[0])) continue;
        for (const [start, end] of info.spans) {
          if (ctx.doc.claimed.some(([s, e]) => start < e && s < end)) continue; // already reported (glossary)
          ctx.report({
            start,
            end,
            message: `\`${form}\` is written \`${canonical[0]}\` elsewhere in this document`,
            expected: [canonical[0]],
          });
        }
      }
    }
  },
);
