/** Straight single quotes inside a quotation whose straight double quotes are curled. */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const quotes = async (text: string, language = 'en') => (await check(text, { language, only: ['quotes'], path: 'x.txt' })).corrected;

describe('quotes: straight single quotes', () => {
  it('are curled with the quotation they are in, when they pair up', async () => {
    expect(await quotes('He told me, "This is not \'over,\' and that\'s that."')).toBe('He told me, “This is not ‘over,’ and that\'s that.”');
  });

  it('are left alone where an apostrophe could be one of them, or outside a quotation', async () => {
    // The players' union: an apostrophe where a closing mark could be. Three marks: nothing paired, nothing touched.
    expect(await quotes('He said, "The players\' union said \'no\' today."')).toBe('He said, “The players\' union said \'no\' today.”');
    expect(await quotes("The players' union said 'no' today.")).toBe("The players' union said 'no' today.");
  });
});

describe('quotes: straight single quotes that are apostrophes', () => {
  it('are never taken for a pair of quotes', async () => {
    expect(await quotes('He said, "The \'90s belonged to the players\' union."')).toBe('He said, “The \'90s belonged to the players\' union.”');
    expect(await quotes('Er sagte: "Das war \'ne Sache, die Hans\' Bruder kannte."', 'de')).toBe('Er sagte: „Das war \'ne Sache, die Hans\' Bruder kannte.“');
    expect(await quotes('Dijo: "Los \'90 fueron la década de Andrés\' padre".', 'es')).toBe('Dijo: «Los \'90 fueron la década de Andrés\' padre».');
    expect(await quotes('He said, "It\'s all \'bout nothin\'."')).toBe('He said, “It\'s all \'bout nothin\'.”');
  });
});
