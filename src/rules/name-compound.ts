/**
 * Name compounds: in German a name and a noun form one compound, written with a
 * hyphen ("Hikvision-Geräte"); machine translation leaves them as two words
 * ("verboten Hikvision Geräte"). Flags a glossary name (brand, organisation, body,
 * person, place) followed by a common noun, unless the name is plausibly the subject
 * of a clause ("dass Hikvision Daten teilt": after a subordinating conjunction or a
 * finite auxiliary). A review item: an editor confirms.
 *
 * @example
 *   in:  "Großbritannien verbot Hikvision Geräte aus sensiblen Bereichen."
 *   suggestion: "Hikvision-Geräte"
 */
import { defineRule } from '../core/rule.js';
import { isCapitalized, spaced } from '../core/segment.js';
import { blockMatches } from './glossary.js';

const NAME_TYPES = new Set(['brand', 'organisation', 'body', 'person', 'place']);

export default defineRule(
  {
    id: 'name-compound',
    description: 'A name and a noun written as two words where the language hyphenates the compound ("Hikvision Geräte").',
    category: 'glossary',
    severity: 'warning',
    languages: ['de'],
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Großbritannien verbot Hikvision Geräte aus sensiblen Bereichen.', output: 'Großbritannien verbot Hikvision-Geräte aus sensiblen Bereichen.' },
        { lang: 'de', text: 'Die Huawei Smartphones sind teuer.', output: 'Die Huawei-Smartphones sind teuer.' },
        // A variant the glossary corrects: the compound with the corrected name, in the same run.
        { lang: 'de', text: 'Die Tick Tack Videos sind kurz.', output: 'Die TikTok-Videos sind kurz.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Hikvision-Geräte sind verboten.' },
        { lang: 'de', text: 'Er fürchtet, dass Hikvision Daten mit der Regierung teilt.' },
        { lang: 'de', text: 'Laut Hikvision ist das falsch.' },
        { lang: 'de', text: 'Heute verkauft Hikvision Kameras in Europa.' },
      ],
    },
  },
  (ctx) => {
    if (!ctx.profile?.hyphenatesNameCompounds) return;
    const speller = ctx.doc.resources.speller(ctx.language);
    if (!speller) return;
    const { words, text } = ctx;
    const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
    const matches = blockMatches(ctx);
    if (matches.length === 0) return;
    // Words by their start and end offsets (a search of the block's words per match was
    // quadratic: "Tick Tack" × 50,000 took 25 s).
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    words.forEach((w, k) => {
      if (!byStart.has(w.start)) byStart.set(w.start, k);
      if (!byEnd.has(w.end)) byEnd.set(w.end, k);
    });
    for (const m of matches) {
      // The term, or a variant the glossary rule corrects ("Tick Tack Videos": the compound
      // is asked for at once, with the corrected name, not only on the next run).
      if (m.review || !NAME_TYPES.has(m.entry.type) || m.ending) continue;
      const last = byEnd.get(m.end) ?? -1;
      if (last < 0) continue;
      const first = byStart.get(m.start) ?? -1;
      const next = words[last + 1];
      if (!next || next.opaque || !spaced(ctx, text, last, last + 1)) continue;
      // A common noun: capitalized, known to the dictionary only capitalized, not itself a name.
      const noun = next.value;
      if (!isCapitalized(noun) || noun.length < 3 || /^\p{Lu}+$/u.test(noun) || terms.has(noun)) continue;
      if (!speller.correct(noun) || speller.correct(noun.toLowerCase())) continue;
      const prev = words[first - 1];
      if (prev && spaced(ctx, text, first - 1, first)) {
        const p = prev.value.toLowerCase();
        if (ctx.profile.subordinators.has(p) || ctx.profile.finiteAuxiliaries?.has(p)) continue;
      }
      if (ctx.isClaimed(m.kind === 'term' ? m.start : next.start, next.end)) continue;
      const name = m.kind === 'term' ? text.slice(m.start, m.end) : m.replacement;
      const compound = `${name.replace(/\s+/gu, '-')}-${noun}`;
      ctx.report({
        start: m.start,
        end: next.end,
        message: `Unexpected \`${text.slice(m.start, next.end)}\`, expected \`${compound}\`: a compound with a name takes a hyphen`,
        expected: [compound],
      });
    }
  },
);
