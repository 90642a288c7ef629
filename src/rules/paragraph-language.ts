/**
 * A paragraph in another language than its document (English left untranslated in a
 * German article). The pipeline decides each paragraph's language (franc plus the
 * dictionaries, see `Lektor.paragraphLanguage`); this rule reports the difference.
 *
 * @example
 *   in:  a German article with the paragraph "The company denied any involvement in the detention camps."
 *   finding: "Paragraph is in English, the document is in German"
 */
import { defineRule } from '../core/rule.js';
import { profileFor } from '../languages/index.js';

export default defineRule(
  {
    id: 'paragraph-language',
    description: 'A paragraph in another language than the document.',
    category: 'language',
    severity: 'error',
    languages: 'all',
    fix: 'none',
    examples: { flag: [], pass: [] },
  },
  (ctx) => {
    if (ctx.language === ctx.doc.language || ctx.words.length === 0) return;
    const name = (code: string) => profileFor(code)?.name ?? code;
    const start = ctx.words[0].start;
    const end = ctx.words[ctx.words.length - 1].end;
    ctx.report({
      start,
      end,
      message: `Paragraph is in ${name(ctx.language)}, the document is in ${name(ctx.doc.language)}: untranslated?`,
    });
  },
);
