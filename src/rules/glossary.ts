/**
 * Glossary: forbidden variants of names, brands and bodies are replaced by the
 * canonical term (a safe fix), inflection and hyphenation kept.
 *
 * @example
 *   in:  "Hikvision ist weniger bekannt als Huawei oder Tick Tack."
 *   out: "Hikvision ist weniger bekannt als Huawei oder TikTok."
 */
import { defineRule } from '../core/rule.js';

export default defineRule(
  {
    id: 'glossary',
    description: 'Forbidden variants of glossary terms (names, brands, bodies) are replaced by the canonical term.',
    category: 'glossary',
    severity: 'error',
    languages: 'all',
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', text: 'Weniger bekannt als Huawei oder Tick Tack.', output: 'Weniger bekannt als Huawei oder TikTok.' },
        { lang: 'de', text: 'Die Tick-Tack-Videos sind kurz.', output: 'Die TikTok-Videos sind kurz.' },
        { lang: 'de', text: 'Das sagte Richard-Pierre Prosper.', output: 'Das sagte Pierre-Richard Prosper.' },
        { lang: 'en', text: 'Apps such as Tik Tok are popular.', output: 'Apps such as TikTok are popular.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Uhr macht Tick, dann Stille.' },
        { lang: 'de', text: 'TikTok und Huawei sind bekannt.' },
      ],
    },
  },
  (ctx) => {
    const matcher = ctx.doc.resources.glossary.matcher(ctx.language);
    for (const m of matcher.match(ctx, ctx.text)) {
      const actual = ctx.text.slice(m.start, m.end);
      ctx.claim(m.start, m.end);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `Unexpected \`${actual}\`, expected \`${m.replacement}\` (${m.entry.type})`,
        fix: m.replacement,
        ruleId: `glossary/${slug(m.entry.term)}`,
        source: 'glossary',
        note: m.entry.note,
      });
    }
  },
);

function slug(term: string): string {
  return term.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
