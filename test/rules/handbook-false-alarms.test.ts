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
    // (Not a computing term French writes in English, which is information: « auteur upstream », see below.)
    const fr = await check('Il devient un « auteur downstream » pour ces créations.', { language: 'fr', only: ['spelling', 'untranslated'] });
    expect(of(fr, 'spelling')).toEqual(['downstream']);
  });

  it('is a warning still when the quoted word is no English word either, or the quotation has a word of the language', async () => {
    const es = await check('Un «flamewar» es una discusión, y el «transgesores» también.', { language: 'es', only: ['spelling'] });
    expect(of(es, 'spelling')).toEqual(['flamewar', 'transgesores']);
    const it_ = await check('Si scarica la "versione downstream" del programma.', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual(['downstream']);
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
    expect(of(fr, 'spelling')).toEqual(['microcdes']);
    // (Unknown still: as words joined by hyphens, one of them no word, a package's name, information.)
    expect(infoOf(fr, 'spelling')).toEqual(['xyz-codes']);
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
    const r = await check('Debian supporta altri kernel, discussi sulle mailing list. Linux è solo un engine. Il programma controlla i flags.', { language: 'it', only: ['untranslated'] });
    expect(of(r, 'untranslated')).toEqual(['engine', 'flags']);
  });
});

describe('a computing term the language\'s technical prose writes in English (the profile\'s `computingLoanwords`)', () => {
  it('is information in Italian, alone or as a phrase; English words beside it, another English word, are still found', async () => {
    const r = await check('Il kernel e la shell girano sul server, e le mailing list ne parlano. Il sistema carica the kernel, poi controlla i flags del developer.', { language: 'it', only: ['untranslated', 'spelling'] });
    expect(of(r, 'untranslated')).toEqual(['the kernel', 'flags', 'developer']);
    expect(infoOf(r, 'untranslated')).toEqual(['kernel', 'shell', 'mailing list']);
    expect(of(r, 'spelling')).toEqual([]);
  });

  it('is information in Spanish and French, in the plural too; another English word is still found', async () => {
    const es = await check('El hardware ejecuta los scripts del kernel, y los developers lo saben.', { language: 'es', only: ['untranslated', 'spelling'] });
    expect(of(es, 'untranslated')).toEqual(['developers']);
    expect(infoOf(es, 'untranslated')).toEqual(['hardware', 'scripts', 'kernel']);
    const fr = await check('Les merge requests passent par le shell, mais les developers attendent.', { language: 'fr', only: ['untranslated', 'spelling'] });
    expect(of(fr, 'untranslated')).toEqual(['developers']);
    expect(infoOf(fr, 'untranslated')).toEqual(['merge requests']);
  });

  it('is information in the spelling check, where the untranslated-word check leaves it (in a quotation); a misspelt word beside it stays a warning', async () => {
    const r = await check('Il ramo "upstream del progetto" e il lavoro dei manutentori sono diffcili.', { language: 'it', only: ['spelling'] });
    expect(infoOf(r, 'spelling')).toEqual(['upstream']);
    expect(of(r, 'spelling')).toEqual(['diffcili']);
  });
});

describe('two English words closed up', () => {
  it('are information, a compound the dictionary lacks; fused words with a pronoun, a determiner, a quantifier or after an inflected word stay warnings', async () => {
    const r = await check('The bootloader mounts the filesystem and picks the runlevel; uncomment the line. They help eachother everytime, he walkedhome with itsown car and the governmentsaid no.', { language: 'en', only: ['spelling'] });
    expect(infoOf(r, 'spelling')).toEqual(['bootloader', 'filesystem', 'runlevel']);
    expect(of(r, 'spelling')).toEqual(['eachother', 'everytime', 'walkedhome', 'itsown', 'governmentsaid']);
  });
});

describe('a word in small letters the document writes again and again (a command, a program, a term)', () => {
  it('is information where it stands three times or more and is no slip of a known word, or where the document writes it in a path too', async () => {
    const it_ = await check('Il primo processo è init, che legge /etc/init.d; poi init avvia i servizi del runlevel.\n\nCambiare runlevel: init passa al nuovo runlevel.', { language: 'it', only: ['spelling'] });
    expect(of(it_, 'spelling')).toEqual([]);
    expect(infoOf(it_, 'spelling')).toEqual(['init', 'init', 'runlevel', 'runlevel', 'init', 'runlevel']);
    // (English "nit" is one letter away: a slip, unless a path has the word too.)
    const en = await check('The first process is init. Then init reads its files, and init starts the services.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual(['init', 'init', 'init']);
    const enPath = await check('The first process is init, which reads /etc/init.d. Then init starts the services, and init waits.', { language: 'en', only: ['spelling'] });
    expect(of(enPath, 'spelling')).toEqual([]);
  });

  it('is a warning still when it stands once or twice, or is an accent\'s slip of a known word, repeated or not', async () => {
    const r = await check('Non so perchè parte, nè perchè si ferma; perchè è così. Il programma è diffcile e diffcile.', { language: 'it', only: ['spelling'] });
    expect(of(r, 'spelling')).toEqual(['perchè', 'nè', 'perchè', 'perchè', 'diffcile', 'diffcile']);
  });

  it('an English word the document writes in a path or an option too is information in the untranslated-word check; another is still found', async () => {
    const r = await check('La configurazione di apt è in /etc/apt/sources.list, e apt la legge. Il programma controlla i flags.', { language: 'it', only: ['untranslated'] });
    expect(of(r, 'untranslated')).toEqual(['flags']);
    expect(infoOf(r, 'untranslated')).toEqual(['apt', 'apt']);
  });
});

describe('words in small letters joined by hyphens, one of them no word (a package, a command)', () => {
  it('are information; a slip in one of the words, or known words joined, stay as before', async () => {
    const fr = await check('Le paquet sysv-rc fournit les scripts, debian-installer les installe, et le programme est bien-connnu.', { language: 'fr', only: ['spelling'] });
    expect(infoOf(fr, 'spelling')).toEqual(['sysv-rc', 'debian-installer']);
    const en = await check('It is a well-knwon problem of the debian-installer.', { language: 'en', only: ['spelling'] });
    expect(of(en, 'spelling')).toEqual(['well-knwon']);
    expect(infoOf(en, 'spelling')).toEqual(['debian-installer']);
  });
});
