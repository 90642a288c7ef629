/**
 * The indefinite article after a glossary replacement, and the indefinite-article check beyond
 * its examples: one run of every rule leaves an article that agrees with the term it put in
 * (English "a", "an"; French "du", "au", "le", "de"; Italian "il", "uno"), and a second run over
 * that output fixes nothing more. Then the sound of words (src/languages/indefinite-article.ts)
 * on the cases retext-indefinite-article gets wrong or leaves, and texts in other languages.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { main } from '../../src/cli/main.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { profileFor } from '../../src/languages/index.js';
import { soundOf } from '../../src/languages/indefinite-article.js';
import { loadSpeller } from '../../src/spell/hunspell.js';
import { Capture, check } from '../helpers.js';

// A term that begins with a vowel whose variants begin with a consonant, and the reverse.
const GLOSSARY = `languages: [de, en, fr, es, it]
entries:
  - term: Instagram
    type: brand
    wrong: [Pinstagram, Linstagram]
  - term: Snapchat
    type: brand
    wrong: [Esnapchat]
  - term: Uber
    type: brand
    wrong: [Juber]
  - term: YouTube
    type: brand
    wrong: [Joutube]
  - term: Yahoo
    type: brand
    wrong: [Jahoo]
  - term: Zalando
    type: brand
    wrong: [Salando]
  - term: Pinterest
    type: brand
    wrong: [Spinterest]
  - term: Xiaomi
    type: brand
    wrong: [Chiaomi]
  - term: ZTE
    type: brand
    wrong: [CTE]
`;

async function twice(text: string, language: string) {
  const lektor = await Lektor.create({ glossary: compileGlossary(parseGlossary(GLOSSARY, 'g.yaml')) });
  const first = await lektor.check(text, { path: 'a.txt', language });
  const again = await lektor.check(first.corrected, { path: 'a.txt', language });
  const open = (r: typeof first) => r.findings.filter((f) => f.source !== 'qe' && !f.fixed).map((f) => [f.ruleId, f.actual, f.expected]);
  return { corrected: first.corrected, open: open(first), fixedAgain: again.findings.filter((f) => f.fixed).map((f) => [f.ruleId, f.actual]), openAgain: open(again) };
}

describe('the article before a term the glossary puts in', () => {
  it('English: "a", "an" agree with the term in one run, and a second run fixes nothing', async () => {
    const r = await twice('I saw a Pinstagram post and an Esnapchat story. A Pinstagram reel went viral, an Linstagram video too.', 'en');
    expect(r.corrected).toBe('I saw an Instagram post and a Snapchat story. An Instagram reel went viral, an Instagram video too.');
    expect(r.open).toEqual([]);
    expect(r.fixedAgain).toEqual([]);
    expect(r.openAgain).toEqual([]);
  });

  it('English: leaves the article before a term whose sound the letters do not tell ("a Uber"), and a capital "A" inside a sentence', async () => {
    const r = await twice('He booked a Juber ride after Plan A Pinstagram failed.', 'en');
    expect(r.corrected).toBe('He booked a Uber ride after Plan A Instagram failed.');
    expect(r.fixedAgain).toEqual([]);
  });

  it('English: "A" with a capital after a quotation mark, a bracket or a colon agrees in the first run (found: a second run fixed "“A Instagram", "(A Instagram", "Headline: A Instagram")', async () => {
    const r = await twice('He wrote: “A Pinstagram post is enough,” she said. They said (A Pinstagram post was deleted). Headline: A Pinstagram post went viral.', 'en');
    expect(r.corrected).toBe('He wrote: “An Instagram post is enough,” she said. They said (An Instagram post was deleted). Headline: An Instagram post went viral.');
    expect(r.fixedAgain).toEqual([]);
    // (Not "Plan A" inside a sentence.)
    expect((await twice('We chose Plan A Pinstagram ads.', 'en')).corrected).toBe('We chose Plan A Instagram ads.');
  });

  it('English: the article twice before a term ("a a Pinstagram") becomes one article that agrees (found: "a an Instagram", which no check then flagged)', async () => {
    const r = await twice('He read a a Pinstagram post and an an Esnapchat story.', 'en');
    expect(r.corrected).toBe('He read an Instagram post and a Snapchat story.');
    expect(r.fixedAgain).toEqual([]);
    expect(r.openAgain).toEqual([]);
  });

  it('Markdown: the article before a term in a link or emphasis agrees in the first run, in a fix of its own (found: the article and the term made one replacement over the link\'s mark, which was not applied, and the variant stayed)', async () => {
    const lektor = await Lektor.create({ glossary: compileGlossary(parseGlossary(GLOSSARY, 'g.yaml')) });
    for (const [text, language, corrected] of [
      ['I saw a [Pinstagram](https://x.example) post and a *Pinstagram* reel.\n', 'en', 'I saw an [Instagram](https://x.example) post and an *Instagram* reel.\n'],
      ['Il parle du [Pinstagram](https://x.example) et du **Pinstagram**.\n', 'fr', 'Il parle de l’[Instagram](https://x.example) et de l’**Instagram**.\n'],
    ]) {
      const first = await lektor.check(text, { path: 'a.md', language });
      expect(first.corrected).toBe(corrected);
      const again = await lektor.check(first.corrected, { path: 'a.md', language });
      expect(again.findings.filter((f) => f.fixed)).toEqual([]);
    }
  });

  it('the article before a term after two spaces agrees in the first run, the gap made one space as double-space makes it in prose (found: "a Instagram" fixed by a second run, French "du Instagram" never), and a table keeps its gap', async () => {
    const en = await twice('I saw a  Pinstagram post.', 'en');
    expect(en.corrected).toBe('I saw an Instagram post.');
    expect(en.fixedAgain).toEqual([]);
    const fr = await twice('Il parle du  Pinstagram et de  Esnapchat.', 'fr');
    expect(fr.corrected).toBe('Il parle de l’Instagram et de Snapchat.');
    expect(fr.fixedAgain).toEqual([]);
    // (A line with other runs of spaces is a table's: its gaps stay, the article still agrees.)
    const table = await twice('Post     | a  Pinstagram post  | 2019\nVideo    | a  Esnapchat story  | 2020', 'en');
    expect(table.corrected).toBe('Post     | an  Instagram post  | 2019\nVideo    | a  Snapchat story  | 2020');
    expect(table.fixedAgain).toEqual([]);
  });

  it('English: the article before a term after a no-break space agrees in the first run and keeps the space (found: a second run fixed "a\u00a0Instagram")', async () => {
    const r = await twice('She saw a\u00a0Pinstagram post and an\u00a0Esnapchat story.', 'en');
    expect(r.corrected).toBe('She saw an\u00a0Instagram post and a\u00a0Snapchat story.');
    expect(r.fixedAgain).toEqual([]);
    expect(r.openAgain).toEqual([]);
  });

  it('English: leaves the article of another language’s phrase before a term (found: "grazie a Pinstagram" became "grazie an Instagram")', async () => {
    const r = await twice('He said “grazie a Pinstagram” and “Vamos a Pinstagram”, then read a Pinstagram post.', 'en');
    expect(r.corrected).toBe('He said “grazie a Instagram” and “Vamos a Instagram”, then read an Instagram post.');
    expect(r.fixedAgain).toEqual([]);
  });

  it('French: "du", "au", "le", "de" before a term that begins with a vowel; the reverse "d’" written in full', async () => {
    const r = await twice('Le compte du Pinstagram, au Pinstagram, le Pinstagram et de Pinstagram, puis d’Esnapchat.', 'fr');
    expect(r.corrected).toBe('Le compte de l’Instagram, à l’Instagram, l’Instagram et d’Instagram, puis de Snapchat.');
    expect(r.fixedAgain).toEqual([]);
    // "Du" at a sentence's start keeps its capital; the straight apostrophe of a text that writes it.
    const straight = await twice("Du Pinstagram, on sait peu. C'est l'avis au Pinstagram.", 'fr');
    expect(straight.corrected).toBe("De l'Instagram, on sait peu. C'est l'avis à l'Instagram.");
    expect(straight.fixedAgain).toEqual([]);
  });

  it('French: "ce" before a term that begins with a vowel is "cet" (found: "ce Pinstagram" became "ce Instagram")', async () => {
    const r = await twice('Ce Pinstagram est nouveau, et ce Juber aussi, ce Esnapchat reste.', 'fr');
    expect(r.corrected).toBe('Cet Instagram est nouveau, et cet Uber aussi, ce Snapchat reste.');
    expect(r.fixedAgain).toEqual([]);
    // The reverse: "cet" before a term that begins with a consonant (found: "cet Esnapchat" became "cet Snapchat").
    const back = await twice('Cet Esnapchat est nouveau, et cet Esnapchat aussi.', 'fr');
    expect(back.corrected).toBe('Ce Snapchat est nouveau, et ce Snapchat aussi.');
    expect(back.fixedAgain).toEqual([]);
  });

  it('Italian: "il", "uno" before a term that begins with a vowel; "un’" before one that does not', async () => {
    const r = await twice('Il Pinstagram e uno Pinstagram nuovo, con un’Esnapchat.', 'it');
    expect(r.corrected).toBe('L’Instagram e un Instagram nuovo, con una Snapchat.');
    expect(r.fixedAgain).toEqual([]);
    // And "i", "dei" before one are "gli", "degli" (found: "i Pinstagram" became "i Instagram").
    const plural = await twice('I Pinstagram e i Pinstagram, dei Pinstagram e ai Pinstagram.', 'it');
    expect(plural.corrected).toBe('Gli Instagram e gli Instagram, degli Instagram e agli Instagram.');
    expect(plural.fixedAgain).toEqual([]);
  });

  it('Italian: "un", "il", "i" and the articulated prepositions before a term that begins with s and a consonant, z, gn or ps are "uno", "lo", "gli", "dello" (found: "un Esnapchat" became "un Snapchat")', async () => {
    const r = await twice('Ho visto un Esnapchat, il Salando e un Salando. Un Esnapchat, del Salando, nel Esnapchat, i Salando e dei Salando.', 'it');
    expect(r.corrected).toBe('Ho visto uno Snapchat, lo Zalando e uno Zalando. Uno Snapchat, dello Zalando, nello Snapchat, gli Zalando e degli Zalando.');
    expect(r.fixedAgain).toEqual([]);
    // The reverse: "uno", "lo", "gli", "dello" before a term that begins with another consonant, whose variant did not.
    const back = await twice('Ho visto uno Spinterest, lo Spinterest, gli Spinterest e dello Spinterest.', 'it');
    expect(back.corrected).toBe('Ho visto un Pinterest, il Pinterest, i Pinterest e del Pinterest.');
    expect(back.fixedAgain).toEqual([]);
  });

  it('Italian: the article is left where the term’s first letters are read either way (x, y, i and a vowel, an acronym) or the variant began as the term does', async () => {
    // ("l’Xbox" and "lo Xiaomi" are both written, "lo ZTE" and "il ZTE"; "un" before an s and a consonant may be a slip for "una".)
    const r = await twice('Ho visto un Chiaomi, il Chiaomi, un Jahoo, il CTE, un Salando e lo Esnapchat. Non un Spinterest.', 'it');
    expect(r.corrected).toBe('Ho visto un Xiaomi, il Xiaomi, un Yahoo, il ZTE, uno Zalando e lo Snapchat. Non un Pinterest.');
    expect(r.fixedAgain).toEqual([]);
  });

  it('French and Italian: a term that begins with y before a vowel begins with a consonant (found: "du Joutube" became "de l’YouTube", "uno Jahoo" "un Yahoo", "lo Jahoo" "l’Yahoo")', async () => {
    const fr = await twice('Il parle du Joutube, au Joutube, le Joutube et de Joutube.', 'fr');
    expect(fr.corrected).toBe('Il parle du YouTube, au YouTube, le YouTube et de YouTube.');
    expect(fr.fixedAgain).toEqual([]);
    const it = await twice('Ho visto uno Jahoo, lo Jahoo e il Pinstagram.', 'it');
    expect(it.corrected).toBe('Ho visto uno Yahoo, lo Yahoo e l’Instagram.');
    expect(it.fixedAgain).toEqual([]);
  });

  it('Spanish is left as it is ("el", "del", "al" before a vowel)', async () => {
    const r = await twice('El Pinstagram, del Pinstagram y al Pinstagram.', 'es');
    expect(r.corrected).toBe('El Instagram, del Instagram y al Instagram.');
  });

  it('through the CLI: one run of `lektor check` writes the article, a second over its output fixes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-article-'));
    writeFileSync(path.join(dir, 'g.yaml'), GLOSSARY);
    writeFileSync(path.join(dir, 'a.txt'), 'I saw a Pinstagram post and an video about a hour long.\n');
    const run = async (file: string) => {
      const stdout = new Capture();
      await main(['check', file, '--format', 'json', '--model', 'none', '--no-reports', '--lang', 'en', '--glossary', path.join(dir, 'g.yaml')], { stdout, stderr: new Capture() });
      return JSON.parse(stdout.text).files[0] as { corrected: string; findings: Array<{ fixed: boolean; source: string }> };
    };
    const first = await run(path.join(dir, 'a.txt'));
    expect(first.corrected).toBe('I saw an Instagram post and a video about an hour long.\n');
    writeFileSync(path.join(dir, 'b.txt'), first.corrected);
    const second = await run(path.join(dir, 'b.txt'));
    expect(second.findings.filter((f) => f.source !== 'qe')).toEqual([]);
    expect(second.corrected).toBe(first.corrected);
  });
});

describe('which sound a word begins with', () => {
  const data = profileFor('en')!.indefiniteArticle!;
  let known: (word: string) => boolean = () => true;
  beforeAll(async () => {
    const speller = await loadSpeller(profileFor('en')!);
    // (The glossary's terms are known to the check too: "Instagram", "Uber".)
    known = (word) => speller.correct(word) || word === 'Instagram' || word === 'Uber';
  });
  const article = (word: string) => {
    const s = soundOf(word, data, known);
    return s === undefined ? 'either' : `${s.vowel ? 'an' : 'a'}${s.sure ? '' : '?'}`;
  };
  it('where retext-indefinite-article guesses wrong or says nothing', () => {
    // The library's guess by the first letter ("an unicorn") and its silence on names and acronyms.
    expect(['unicorn', 'unilateral', 'unusual', 'unidentified', 'umbrella', 'Instagram', 'Uber', 'NHS', 'BBC', 'EU', 'NATO', 'NASA'].map(article)).toEqual([
      'a?', 'a?', 'an', 'an', 'an', 'an', 'a?', 'an?', 'a?', 'an?', 'either', 'either',
    ]);
  });
  it('an acronym with a vowel that English cannot say as a word is said by its letters (found: "a HBO show" never flagged)', () => {
    // A cluster no English word begins with ("HB", "NS", "HM"), nor ends with ("PD", "CP", an h after a vowel). (The lists hold "NBA", "NGO", "MBA".)
    expect(['HBO', 'NBA', 'HSBC', 'NGO', 'NSA', 'HMO', 'MBA', 'HDMI', 'LAPD', 'NYPD', 'NAACP', 'NIH', 'RKO', 'BDO'].map(article)).toEqual([
      'an?', 'an', 'an?', 'an', 'an?', 'an?', 'an', 'an?', 'an?', 'an?', 'an?', 'an?', 'an?', 'a?',
    ]);
    // One English can say as a word may be one ("a NATO summit", "a REPL" said "repple"), a word in capitals is a word ("A
    // NIGHT", "A SCHOOL"), and a Roman numeral is said as a number.
    expect(['NATO', 'NASA', 'NAFTA', 'FIFA', 'FEMA', 'NASCAR', 'SWAT', 'SCOTUS', 'NASDAQ', 'LOT', 'NYT', 'NIGHT', 'SCHOOL', 'STRENGTHS', 'H2O', 'REPL', 'XLII', 'MCMXCIX', 'SCHWARZENEGGER'].map(article)).toEqual(
      Array(19).fill('either'),
    );
    // Nor one English says as a word for all its letters ("FTSE" "footsie", "SCSI" "scuzzy", "MRSA" "mersa" or by its letters): the list of words said either way has them.
    expect(['FTSE', 'SCSI', 'MRSA'].map(article)).toEqual(['either', 'either', 'either']);
  });
  it('where its lists are right', () => {
    expect(['hour', 'honest', 'European', 'one-off', 'unique', 'FBI', 'MRI', 'UN', 'US', 'X-ray', 'U-turn', 'e-mail'].map(article)).toEqual([
      'an', 'an', 'a', 'a', 'a', 'an', 'an', 'a', 'a', 'an', 'a', 'an',
    ]);
  });
  it('an abbreviation whose last period is cut off as the one before its word is ("B.A ."), as with it (found: "an B.A ." for review, then fixed by a second run once the space was taken out)', () => {
    expect(['B.A.', 'B.A', 'U.S', 'M.A', 'F.B.I'].map(article)).toEqual(['a', 'a', 'a', 'an', 'an']);
  });
  it('numbers, and words said either way', () => {
    expect(['8-hour', '11', '18th', '80s', '100', '1990s', '1800s', '1100', 'URL', 'SQL', 'historic', 'herb', 'hotel'].map(article)).toEqual([
      'an', 'an', 'an', 'an', 'a', 'a', 'either', 'either', 'either', 'either', 'either', 'either', 'either',
    ]);
  });
  it('a word in small letters the dictionary does not know is left (another language’s)', () => {
    expect(soundOf('der', data, () => false)).toBeUndefined();
    expect(soundOf('Ozblax', data, () => false)).toEqual({ vowel: true, sure: false });
  });
});

describe('the check on real text', () => {
  it('raises nothing on "a" and "an" in other languages, in code, or in quotations', async () => {
    for (const [text, language] of [
      ['Siamo andati a Instagram e a Roma, a ottobre.', 'it'],
      ['Fueron a Italia y a Europa en avión.', 'es'],
      ['Er schrieb an Anna, an Instagram und an Oskar.', 'de'],
      ['Il a un avis, a Anne aussi.', 'fr'],
    ]) {
      const result = await check(text, { language, only: ['indefinite-article'] });
      expect(result.findings, text).toEqual([]);
    }
    const md = await check('Run `a example` here, and read a “umbrella” note.\n', { language: 'en', path: 'a.md', only: ['indefinite-article'] });
    expect(md.findings).toEqual([]);
  });
});

describe('the article as the text writes it', () => {
  const fixed = async (text: string) => (await check(text, { language: 'en', only: ['indefinite-article'] })).corrected;
  it('a headline in capitals gets "AN", not "An" (found: "A HOUR LATER" became "An HOUR LATER")', async () => {
    expect(await fixed('A HOUR LATER, THE POLICE ARRIVED.')).toBe('AN HOUR LATER, THE POLICE ARRIVED.');
    expect(await fixed('BREAKING: A FBI AGENT IS MISSING.')).toBe('BREAKING: AN FBI AGENT IS MISSING.');
    // An acronym in a sentence of small letters keeps "An".
    expect(await fixed('A FBI agent and a MRI scan.')).toBe('An FBI agent and an MRI scan.');
    expect(await fixed('A Hour Later: The Story')).toBe('An Hour Later: The Story');
  });
});

describe('another language’s phrase inside English', () => {
  const fixed = async (text: string) => (await check(text, { language: 'en', only: ['indefinite-article'] })).corrected;
  it('leaves "a", "an" after a word the dictionary does not know (found: "Vamos a Argentina" became "Vamos an Argentina")', async () => {
    for (const text of [
      'The banner read "Vamos a Argentina" in big letters.',
      'The banner read "Gracias a Obama" in big letters.',
      'The slogan "Alle an Deck" was printed on the shirts.',
      'He sang “Andiamo a Ostia” all night.',
    ]) {
      expect(await fixed(text), text).toBe(text);
    }
  });
  it('still fixes the article after an English word, a name or a number', async () => {
    expect(await fixed('The banner read "Welcome a Argentina" and "Thanks an Obama".')).toBe('The banner read "Welcome an Argentina" and "Thanks an Obama".');
    expect(await fixed('Trump called Zelenskyy a honest man, and 3 a hour.')).toBe('Trump called Zelenskyy an honest man, and 3 an hour.');
    // (An acronym in capitals is no other language's word.)
    expect(await fixed('PSA a hour-long outage is planned.')).toBe('PSA an hour-long outage is planned.');
    // (A word spelt as en-GB spells it, which the en-US dictionary does not know.)
    expect(await fixed('Seat rents marginalised an chapel and organised a event.')).toBe('Seat rents marginalised a chapel and organised an event.');
    expect(await fixed('The song said "grazie a Obama" and "que a Obama".')).toBe('The song said "grazie a Obama" and "que a Obama".');
  });
});

describe('German’s "an" inside English', () => {
  const fixed = async (text: string) => (await check(text, { language: 'en', only: ['indefinite-article'] })).corrected;
  it('leaves "an die", "an den" before a noun with a capital (found: "Ode an die Freude" became "Ode a die Freude")', async () => {
    for (const text of ['Beethoven set the Ode an die Freude to music.', 'Kafka wrote "Brief an den Vater" in 1919.', 'The poem "An die Musik" was sung.', 'A letter an dem Tag.']) {
      expect(await fixed(text), text).toBe(text);
    }
  });
  it('still fixes English "an den", "an die" ("a den of thieves", "a die roll")', async () => {
    expect(await fixed('It was an den of thieves and an die roll decided it.')).toBe('It was a den of thieves and a die roll decided it.');
  });
});

describe('"a" as a label', () => {
  const fixed = async (text: string) => (await check(text, { language: 'en', only: ['indefinite-article'] })).corrected;
  it('leaves a letter before "above", "below" (found: "Note a above" became "Note an above")', async () => {
    for (const text of ['See Section a, and Note a above.', 'Items a below and b below are optional.']) expect(await fixed(text), text).toBe(text);
  });
  it('still fixes an article before "above-average"', async () => {
    expect(await fixed('It was a above-average year.')).toBe('It was an above-average year.');
  });
});

describe('words said both ways', () => {
  it('leaves "a homage" and "an homage" (found: "a homage", as American usage writes it, was changed to "an homage": the library lists only "an")', async () => {
    const text = 'The film is a homage to Hitchcock and an homage to Lang.';
    expect((await check(text, { language: 'en', only: ['indefinite-article'] })).findings).toEqual([]);
  });
});
