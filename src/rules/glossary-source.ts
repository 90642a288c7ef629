/**
 * Glossary terms of the source: when the source text is given (`--source`), every
 * glossary term found in it must appear in the translation in its target form: the
 * same term when it is never translated or shared by both languages, or the entry of
 * the same `concept` in the document's language. A missing term is a finding, placed
 * on the paragraph that corresponds to the source paragraph when the two texts have
 * the same number of paragraphs, else on the first.
 *
 * @example
 *   source: "Shares of TikTok fell."   translation: "Die Aktien von Tick Tack fielen."
 *   finding: "The source has `TikTok`, the translation does not"
 */
import { defineRule } from '../core/rule.js';
import { sourceView } from '../core/source.js';
import { segment } from '../core/segment.js';
import type { GlossaryEntry } from '../glossary/index.js';
import { entryRef, occurrences, slug } from './glossary.js';

export default defineRule(
  {
    id: 'glossary-source',
    description: 'A glossary term of the source text is missing from the translation.',
    category: 'glossary',
    severity: 'warning',
    languages: 'all',
    needsSource: true,
    fix: 'none',
    examples: { flag: [], pass: [] },
  },
  () => {},
  (ctx) => {
    const { doc } = ctx;
    const view = sourceView(doc);
    if (!doc.original || !view) return;
    const glossary = doc.resources.glossary;
    const from = doc.original.language;
    const matcher = glossary.matcher(from);
    const present = new Set(occurrences(doc.state).map((o) => o.match.entry));
    const reported = new Set<GlossaryEntry>();
    view.blocks.forEach((block, index) => {
      for (const m of matcher.match(segment(block), block.text)) {
        const targets = targetEntries(glossary.entries, m.entry, doc.language);
        if (targets.length === 0 || targets.some((t) => present.has(t)) || reported.has(targets[0])) continue;
        reported.add(targets[0]);
        const where = view.aligned ? doc.blocks[index] : doc.blocks[0];
        if (!where) continue;
        ctx.report({
          start: where.start,
          end: where.end,
          message: `The source has \`${block.text.slice(m.start, m.end)}\`, the translation has no \`${targets[0].term}\``,
          expected: [],
          quoteLanguages: [from, doc.language],
          ruleId: `glossary-source/${slug(targets[0].term)}`,
          source: 'glossary',
          glossaryEntry: entryRef(targets[0]),
        });
      }
    });
  },
);

/** The entries that render `entry` in `language`: itself, or the same concept's entries. */
function targetEntries(all: readonly GlossaryEntry[], entry: GlossaryEntry, language: string): GlossaryEntry[] {
  if (entry.languages.includes(language)) return [entry];
  if (!entry.concept) return [];
  return all.filter((e) => e.concept === entry.concept && e.languages.includes(language));
}
