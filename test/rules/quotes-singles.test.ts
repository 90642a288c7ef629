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

describe('quotes: straight single quotes inside a quotation already in curly marks', () => {
  it('take the secondary marks, or inside German »…« its own ›…‹', async () => {
    expect(await quotes("„Er las 'Der Prozess' gestern“, sagte sie.", 'de')).toBe('„Er las ‚Der Prozess‘ gestern“, sagte sie.');
    expect(await quotes("Er sagte: „Sie las 'Die Zeit' und 'Bild'.“", 'de')).toBe('Er sagte: „Sie las ‚Die Zeit‘ und ‚Bild‘.“');
    expect(await quotes("Sie sagte: „Er antwortete 'nein' und ging.“", 'de')).toBe('Sie sagte: „Er antwortete ‚nein‘ und ging.“');
    // (An apostrophe between two letters is no mark: geht's stays.)
    expect(await quotes("„Das geht's nicht, sagte er 'ja'“", 'de')).toBe("„Das geht's nicht, sagte er ‚ja‘“");
    expect(await quotes("Sie zitierte: »Er sagte 'nein' und ging.«", 'de')).toBe('Sie zitierte: »Er sagte ›nein‹ und ging.«');
    // (German ‚…‘ inside »…« is kept, as „…“ there is.)
    expect(await quotes('Sie zitierte: »Er sagte ‚nein‘ und ›ja‹.«', 'de')).toBe('Sie zitierte: »Er sagte ‚nein‘ und ›ja‹.«');
    expect(await quotes("He said, “I saw 'Berlin' twice.”")).toBe('He said, “I saw ‘Berlin’ twice.”');
    // Before punctuation or the quotation's end, a mark after s closes: a possessive stands before what it owns.
    expect(await quotes("He said, “I watched 'Friends'.”")).toBe('He said, “I watched ‘Friends’.”');
  });

  it('are left where one may be an apostrophe: \'90s, Hans\', nothin\'', async () => {
    for (const [text, language] of [
      ["„Die '90er waren 'super'“, sagte er.", 'de'],
      // A name's possessive (capitalized, no article before it), with an elision the list lacks.
      ["„Komm 'rein, das ist Klaus' Haus“, rief er.", 'de'],
      // English writes the possessive after any noun: "the players' union".
      ["“'Kay, the players' union is here,” he said.", 'en'],
      ["He said, “I watched 'Friends' yesterday.”", 'en'],
      ['He said, “It\'s all \'bout nothin\'.”', 'en'],
      ["He said, “We were 'goin' home'.”", 'en'],
    ]) {
      expect(await quotes(text, language), text).toBe(text);
    }
  });
});
