/**
 * English, French, Spanish and Italian: false alarms found on the human translations of The
 * Debian Administrator's Handbook (some 6,000 words of prose a language), each with the change
 * that removes it and a case that must still be found.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

type Result = Awaited<ReturnType<typeof check>>;
/** The findings of a rule above information, by the text they cover. */
const of = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => f.actual);
/** The findings of a rule given as information, by the text they cover. */
const infoOf = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity === 'info').map((f) => f.actual);

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('French spacing: an ordinary space where a no-break one belongs', () => {
  it('is information before : ; ! ?, fixed still; no space at all is a warning', async () => {
    const r = await check('Il dit : non ! Puis il part; voilà:', { language: 'fr', only: ['space-before-punctuation'] });
    expect(of(r, 'space-before-punctuation')).toEqual([';', ':']);
    expect(infoOf(r, 'space-before-punctuation')).toEqual([' :', ' !']);
    expect(r.corrected).toBe(`Il dit${NBSP}: non${NNBSP}! Puis il part${NNBSP}; voilà${NBSP}:`);
  });

  it('is a warning still where the space after a ? is missing too', async () => {
    const r = await check('Pourquoi ?Parce que personne ne sait.', { language: 'fr', only: ['space-before-punctuation'] });
    expect(of(r, 'space-before-punctuation')).toEqual([' ?']);
  });

  it('is information inside guillemets, fixed still; straight quotes and unspaced guillemets are warnings', async () => {
    const r = await check('Il a dit « bonjour » hier, puis "au revoir" et «merci».', { language: 'fr', only: ['quotes'] });
    expect(infoOf(r, 'quotes')).toEqual(['« ', ' »']);
    expect(of(r, 'quotes')).toEqual(['"', '"', '«', '»']);
    expect(r.corrected).toBe(`Il a dit «${NBSP}bonjour${NBSP}» hier, puis «${NBSP}au revoir${NBSP}» et «${NBSP}merci${NBSP}».`);
  });
});

describe('a term cited in English in quotation marks', () => {
  it('is information in a French, Spanish or Italian text; a word of the language beside it is judged as before', async () => {
    const it_ = await check('Il lavoro è inviato all\'autore (definito "upstream"), che rilascia le varianti, note come "flavor".', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual([]);
    expect(infoOf(it_, 'spelling')).toEqual(['upstream', 'flavor']);
    const es = await check('Permite distribuir «parches» («patch files») con el código.', { language: 'es', only: ['spelling'] });
    expect(of(es, 'spelling')).toEqual([]);
    const fr = await check('Il devient un « auteur upstream » pour ces créations.', { language: 'fr', only: ['spelling', 'untranslated'] });
    expect(of(fr, 'spelling')).toEqual(['upstream']);
  });

  it('is a warning still when the quoted word is no English word either, or the quotation has a word of the language', async () => {
    const es = await check('Un «flamewar» es una discusión, y el «transgesores» también.', { language: 'es', only: ['spelling'] });
    expect(of(es, 'spelling')).toEqual(['flamewar', 'transgesores']);
    const it_ = await check('Si scarica la "versione upstream" del programma.', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual(['upstream']);
  });

  it('is a warning in an English text', async () => {
    const en = await check('The developer calls it "upstreem" work.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual(['upstreem']);
  });
});

describe('a prefix joined to a known word', () => {
  it('is known with a hyphen or without, in English, French, Spanish and Italian', async () => {
    const en = await check('Only a pre-selected set of packages runs its pre-installation scripts.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual([]);
    const fr = await check('Les pilotes utilisent des microcodes.', { language: 'fr', only: ['spelling'] });
    expect(of(fr, 'spelling')).toEqual([]);
    const es = await check('El proyecto es una metadistribución.', { language: 'es', only: ['spelling'] });
    expect(of(es, 'spelling')).toEqual([]);
    const it_ = await check('La lista dei sottoprogetti e dei pacchetti pre-selezionati.', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual([]);
  });

  it('leaves a slip after the prefix, and a word that is no prefix, unknown', async () => {
    const en = await check('Only a pre-selcted set of packages runs its pre-instalation scripts.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual(['pre-selcted', 'pre-instalation']);
    const fr = await check('Les pilotes utilisent des microcdes et des xyz-codes.', { language: 'fr', only: ['spelling'] });
    expect(of(fr, 'spelling')).toEqual(['microcdes', 'xyz-codes']);
    const it_ = await check('La lista dei sottoprogeti.', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual(['sottoprogeti']);
  });
});

describe('an English possessive of a known word', () => {
  it('is known, with either apostrophe; a misspelt stem is not, nor a German noun with an apostrophe s', async () => {
    const en = await check('The maintainer’s work and the maintainer\'s tools; the maintainr\'s job.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual(["maintainr's"]);
    const de = await check('Die Auto\'s fahren.', { language: 'de', only: ['spelling'] });
    expect(de.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual)).toEqual(["Auto's"]);
  });
});

describe('a word in small letters with no vowel', () => {
  it('is information (a command, a program, an abbreviation); a misspelt word with vowels stays a warning', async () => {
    const fr = await check('On manipule le paquet avec le programme dpkg, puis gcc le compile en binare.', { language: 'fr', only: ['spelling'] });
    expect(of(fr, 'spelling')).toEqual(['binare']);
    expect(infoOf(fr, 'spelling')).toEqual(['dpkg', 'gcc']);
  });
});

describe('an English word in the singular after an Italian plural determiner', () => {
  it('is an Italian loanword, invariable; the same word in the singular, or an English plural, is still found', async () => {
    const r = await check('Debian supporta altri kernel, discussi sulle mailing list. Linux è solo un kernel. Il programma controlla i flags.', { language: 'it', only: ['untranslated'] });
    expect(of(r, 'untranslated')).toEqual(['kernel', 'flags']);
  });
});

describe('two English words closed up', () => {
  it('are information, a compound the dictionary lacks; fused words with a pronoun, a determiner, a quantifier or after an inflected word stay warnings', async () => {
    const r = await check('The bootloader mounts the filesystem and picks the runlevel; uncomment the line. They help eachother everytime, he walkedhome with itsown car and the governmentsaid no.', { language: 'en', only: ['spelling'] });
    expect(infoOf(r, 'spelling')).toEqual(['bootloader', 'filesystem', 'runlevel']);
    expect(of(r, 'spelling')).toEqual(['eachother', 'everytime', 'walkedhome', 'itsown', 'governmentsaid']);
  });
});
