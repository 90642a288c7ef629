/**
 * Given names in Spanish, French, Italian, Portuguese and Dutch articles: a name the dictionary lacks is no "Unknown word
 * (a name?)" information where it is one of the language's given names (the profile's
 * `givenNames`, wordlists/names-<code>.txt) or stands before a surname, as editors of those
 * languages read "Iker Casillas" or "Ainhoa Arteta".
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';
import { NAME_SHAPE, WordList, loadNameList } from '../../src/spell/wordlist.js';
import { profileFor } from '../../src/languages/index.js';

const names = async (text: string, language: string) =>
  (await check(text + '\n', { path: 'a.txt', language, only: ['spelling'] })).findings.map((f) => `${f.actual}:${f.severity}`);

describe('given names', () => {
  it('Spanish: a given name of the language, and a name with its surname, are no finding; a surname alone still is', async () => {
    // ("Iker", "Ximena" are on the list; "Almudena", "Unai" stand before their surnames, "Díaz"
    // after "Yolanda"; "Errejón" and "Colau" stand alone.)
    expect(await names('Según Iker y Ximena, el proyecto de Almudena Grandes, Yolanda Díaz y Unai Simón sigue adelante, dijo Errejón a Colau.', 'es')).toEqual(['Errejón:info', 'Colau:info']);
    expect(await names('Ximena llegó tarde.', 'es')).toEqual([]);
  });

  it('French: a surname after a given name is no finding; a surname alone still is', async () => {
    // ("Lyam" and "Lyna" are on the list; the dictionary knows "Gérald" and "Jordan" as names.)
    expect(await names('Selon Lyam et Lyna, le projet de Gérald Darmanin et Jordan Bardella avance, a dit Tondelier.', 'fr')).toEqual(['Tondelier:info']);
    // (Not after a word the dictionary knows in small letters: "Selon" opens the sentence.)
    expect(await names('Selon Darmanin, le projet avance.', 'fr')).toEqual(['Darmanin:info']);
  });

  it('a misspelt word in small letters stays a warning, and a German noun before a capital is still found', async () => {
    expect(await names('Iker dijo que el proyceto sigue.', 'es')).toEqual(['proyceto:warning']);
    // (English capitalizes the words of titles and headlines: a capital after a word is no surname there.)
    expect(await names('The Albanese Labor Government will help.', 'en')).toEqual(['Albanese:info']);
    // (German capitalizes its nouns: a capital after a word is no surname there.)
    expect((await names('Das Problemm Wächst.', 'de')).map((f) => f.split(':')[0])).toContain('Problemm');
  });

  it("a sentence's first word before a given name is no name by it: a misspelling there is still asked about", async () => {
    // ("Segun" for "Según", "Apres" for "Après": before "Pedro", "Jean", given names, they open
    // the sentence; the given name begins the name, not the word before it.)
    expect(await names('Segun Pedro Sánchez, el Gobierno aprobó el presupuesto.', 'es')).toEqual(['Segun:info']);
    expect(await names('Apres Jean Castex, le gouvernement a réagi.', 'fr')).toEqual(['Apres:info']);
    // (A name that opens the sentence still stands before its surname: "Almudena Grandes".)
    expect(await names('Almudena Grandes escribió la novela.', 'es')).toEqual([]);
  });

  it('Italian, Portuguese: given names of the list, and a name before its surname, are no finding; a surname alone still is', async () => {
    // ("Ludovica", "Gianmarco", "Heloísa", "Gonçalo" are on the lists; "Giancarlo Giorgetti",
    // "Fernando Haddad": a surname after a given name; "Elly" before her surname.)
    expect(await names('Secondo Ludovica e Gianmarco, il progetto di Elly Schlein e Giancarlo Giorgetti va avanti, ha detto Tajani.', 'it')).toEqual(['Schlein:info', 'Tajani:info']);
    expect(await names('Segundo Heloísa e Gonçalo, o projeto de Simone Tebet e Fernando Haddad avança, disse Lupi.', 'pt')).toEqual(['Lupi:info']);
  });

  it('Dutch, which capitalizes adjectives of names: a surname after a given name, but no word before a capitalized one by its place', async () => {
    // ("Sem", "Tijn" are on the list; "Koopmeiners" stands after "Teun".)
    expect(await names('Volgens Sem en Tijn gaat het plan van Teun Koopmeiners en Femke Halsema door.', 'nl')).toEqual([]);
    // (A misspelt adjective before a capitalized noun, as Dutch writes "de Europese Commissie", is still asked about.)
    expect(await names('De Europeese Commissie en de Nederlandsee Spoorwegen vergaderen.', 'nl')).toEqual(['Europeese:info', 'Nederlandsee:info']);
  });

  it('Italian, Portuguese, Dutch: a misspelt word opening the sentence before a given name is still reported', async () => {
    expect(await names('Secodno Giorgia Meloni, il governo approverà la manovra.', 'it')).toEqual(['Secodno:info']);
    expect(await names('Segudno Fernando Haddad, o governo vai investir.', 'pt')).toEqual(['Segudno:info']);
    expect(await names('Volgnes Femke Halsema is het plan te duur.', 'nl')).toEqual(['Volgnes:info']);
  });

  it('a listed name without the accent the dictionary writes it with, standing alone: information with the accented form', async () => {
    const named = async (text: string, language: string) =>
      (await check(text + '\n', { path: 'a.txt', language, only: ['spelling'] })).findings.map((f) => [f.actual, f.severity, f.expected]);
    // (The list has "Jose" and "José", "Andre" and "André"; the dictionary only the accented ones.)
    expect(await named('Jose dijo que el proyecto sigue adelante.', 'es')).toEqual([['Jose', 'info', ['José']]]);
    expect(await named('Según Victor, el proyecto sigue adelante.', 'es')).toEqual([['Victor', 'info', ['Víctor']]]);
    expect(await named('Andre a dit que le projet avance.', 'fr')).toEqual([['Andre', 'info', ['André']]]);
    // (With a surname, the person's own spelling: "Jose Altuve".)
    expect(await named('Según Jose Altuve, el proyecto sigue adelante.', 'es')).toEqual([]);
    // (The dictionary writes "Cristian", not "Cristián": no accent is missing.)
    expect(await named('Cristian dijo que el proyecto sigue adelante.', 'es')).toEqual([]);
    // (An accent on the capital only, which French often leaves off: "Elodie", "Élodie".)
    expect(await named('Elodie a dit que le projet avance.', 'fr')).toEqual([]);
  });

  it('on sample news paragraphs (test/fixtures/names), the surnames alone are left as "a name?" information', async () => {
    // (Without the lists of Italian, Portuguese and Dutch names: 9, 7 and 2 such findings. Left:
    // "Schlein" after "Elly", which is on no list; the nickname "Gigio" and "Rodrygo" alone; Dutch
    // "Tijjani" before his surname, which tells no name there.)
    const asked = async (code: string) => {
      const text = readFileSync(path.join(ROOT, 'test/fixtures/names', `${code}.txt`), 'utf8');
      return (await check(text, { path: 'a.txt', language: code, only: ['spelling'] })).findings.filter((f) => f.message.includes('a name?')).map((f) => f.actual);
    };
    expect(await asked('it')).toEqual(['Schlein', 'Gigio']);
    expect(await asked('pt')).toEqual(['Rodrygo']);
    expect(await asked('nl')).toEqual(['Tijjani']);
  });

  it('the lists are checked when loaded: one name a line, a capital then small letters', () => {
    expect(() => new WordList('Ana\nana\n', 'names-es.txt', undefined, NAME_SHAPE)).toThrow('names-es.txt:2: "ana" is no name');
    expect(() => new WordList('Ana María\n', 'names-es.txt', undefined, NAME_SHAPE)).toThrow('has whitespace');
    for (const code of ['es', 'fr', 'it', 'pt', 'nl']) {
      const list = loadNameList(profileFor(code)!.givenNames!);
      expect(list.size, code).toBeGreaterThan(200);
    }
    expect(loadNameList('names-es.txt').has('Iker')).toBe(true);
    expect(loadNameList('names-fr.txt').has('Maëlle')).toBe(true);
    expect(loadNameList('names-it.txt').has('Gianmarco')).toBe(true);
    expect(loadNameList('names-pt.txt').has('Gonçalo')).toBe(true);
    expect(loadNameList('names-nl.txt').has('Tijn')).toBe(true);
  });
});
