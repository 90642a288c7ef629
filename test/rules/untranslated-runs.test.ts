/**
 * English left over is one finding per run: a word both languages know, in small letters,
 * joins the English words beside it ("game changer", "and create new jobs", "next week").
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const leftovers = async (text: string, language: string) =>
  (await check(text, { language, path: 'a.txt', only: ['untranslated'] })).findings.filter((f) => f.ruleId === 'untranslated').map((f) => f.actual);

describe('untranslated: runs of English', () => {
  it('joins a word both languages know to the English words around it', async () => {
    expect(
      await leftovers('Il direttore ha detto che è stato un vero game changer. La società vuole migliorare il prossimo anno and create new jobs. I negoziati riprenderanno next week a Roma.', 'it'),
    ).toEqual(['game changer', 'and create new jobs', 'next week']);
    expect(await leftovers('Le directeur a parlé d’un véritable game changer. Les négociations reprendront next week à Paris.', 'fr')).toEqual(['game changer', 'next week']);
  });

  it('joins no small word of the language, and makes no finding of its own', async () => {
    // ("di", "il" are Italian's own small words; "performance" is no English left over alone.)
    expect(await leftovers('La sua performance è migliorata di il 10 per cento.', 'it')).toEqual([]);
    expect(await leftovers('Il ministro ha firmato il deal con la società.', 'it')).toEqual(['deal']);
  });
});
