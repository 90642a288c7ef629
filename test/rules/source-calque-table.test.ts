/**
 * The source-calque check's tables (wordlists/calques-<source>-<target>.yaml, read by
 * src/languages/calques.ts): loaded per language pair, and validated at load, a broken entry
 * an error naming the file, its line and the problem.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calqueTable, calqueTargets, parseCalques, CalqueTableError } from '../../src/languages/calques.js';
import { check } from '../helpers.js';

/** The error `parseCalques` throws for a file's text (or fails the test). */
function errorOf(text: string): CalqueTableError {
  try {
    parseCalques(text, 'calques-en-xx.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(CalqueTableError);
    return e as CalqueTableError;
  }
  throw new Error('no error');
}

const ENTRY = ['- what: a sloop', '  source: [sloop]', '  forms: { Schleuder: Schaluppe }', '  fix: true'];
const file = (...lines: string[]) => lines.join('\n') + '\n';

describe('the English→German table', () => {
  it('is read from wordlists/, every entry with its forms, source words and expressions', () => {
    const table = calqueTable('en', 'de')!;
    expect(table.file).toMatch(/wordlists[\\/]calques-en-de\.yaml$/);
    expect(table.entries.length).toBeGreaterThan(30);
    const interception = table.byForm.get('Interzeptionen')!;
    expect([interception.forms.get('Interzeptionen'), interception.fix, interception.what]).toEqual(['Interceptions', true, "American football's interception"]);
    expect(interception.source).toEqual(['interception', 'interceptions']);
    const seasons = table.byForm.get('Jahreszeiten')!;
    expect([seasons.fix, seasons.also, seasons.unless!.test('vivaldi wrote the four seasons.'), seasons.unless!.test('five seasons for ferrari')]).toEqual([false, ['Spielzeiten', 'Staffeln'], true, false]);
    expect(table.byForm.get('Werften')!.before!.get('vorbeifahrende')).toBe('Passing');
    expect(table.byForm.get('Falte')!.when!.test('barnes at the crease')).toBe(true);
  });

  it('is read once: the same table for every document of the pair', () => {
    expect(calqueTable('en', 'de')).toBe(calqueTable('en', 'de'));
  });

  it('makes the check run on German: the targets of the tables shipped', async () => {
    const { defaultRules } = await import('../../src/rules/index.js');
    expect(calqueTargets()).toContain('de');
    expect(defaultRules.find((r) => r.meta.id === 'source-calque')!.meta.languages).toEqual(calqueTargets());
  });
});

describe('a pair without a table', () => {
  it('has none (and a code that is no language code is no file name)', () => {
    expect(calqueTable('fr', 'de')).toBeUndefined();
    expect(calqueTable('de', 'en')).toBeUndefined();
    expect(calqueTable('../en', 'de')).toBeUndefined();
  });

  it('gets no finding: a source in French is not read with the English table', async () => {
    const text = 'Er warf zwei Interzeptionen.';
    const en = await check(text, { language: 'de', only: ['source-calque'], path: 'a.txt', sourceText: 'He threw two interceptions.', sourceLanguage: 'en' });
    expect(en.findings.map((f) => f.actual)).toEqual(['Interzeptionen']);
    const fr = await check(text, { language: 'de', only: ['source-calque'], path: 'a.txt', sourceText: 'Il a lancé deux interceptions.', sourceLanguage: 'fr' });
    expect(fr.findings).toEqual([]);
  });

  it('is chosen by the source’s language as told from its text where none is given', async () => {
    const r = await check('Er warf 28 Touchdowns gegen zwei Interzeptionen.', { language: 'de', only: ['source-calque'], path: 'a.txt', sourceText: 'He threw 28 touchdowns against two interceptions in the game on Sunday.' });
    expect(r.findings.map((f) => f.expected[0])).toEqual(['Interceptions']);
  });
});

describe('another pair', () => {
  it('is a file of the same name in the folder: English→French', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'calques-'));
    writeFileSync(path.join(dir, 'calques-en-fr.yaml'), file('- what: a bat', '  source: [batsman]', '  forms: { chauve-souris: batteur }'));
    writeFileSync(path.join(dir, 'calques-en-de.yaml'), file(...ENTRY));
    writeFileSync(path.join(dir, 'calques-notes.txt'), '');
    expect(calqueTargets(dir)).toEqual(['de', 'fr']);
    const fr = calqueTable('en', 'fr', dir)!;
    expect(fr.byForm.get('chauve-souris')!.forms.get('chauve-souris')).toBe('batteur');
    expect(fr.byForm.get('chauve-souris')!.fix).toBe(false);
    expect(calqueTable('en', 'it', dir)).toBeUndefined();
  });

  it('fails when it is first asked for, naming the file and line, and again when asked again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'calques-'));
    writeFileSync(path.join(dir, 'calques-en-fr.yaml'), file('- what: a bat', '  forms: { chauve-souris: batteur }'));
    const broken = path.join(dir, 'calques-en-fr.yaml');
    expect(() => calqueTable('en', 'fr', dir)).toThrow(`${broken}:1: "source" is missing`);
    expect(() => calqueTable('en', 'fr', dir)).toThrow(CalqueTableError);
  });
});

describe('validated at load: each kind of error names the file, the line and the problem', () => {
  it('reads a valid file', () => {
    const t = parseCalques(file(...ENTRY), 'calques-en-xx.yaml');
    expect(t.entries).toHaveLength(1);
    expect(t.byForm.get('Schleuder')!.forms.get('Schleuder')).toBe('Schaluppe');
  });

  it('a field missing', () => {
    const e = errorOf(file(...ENTRY, '- what: a sling', '  forms: { Schleudern: Schaluppen }'));
    expect(e.message).toBe('calques-en-xx.yaml:5: "source" is missing');
    expect([e.file, e.line]).toEqual(['calques-en-xx.yaml', 5]);
  });

  it('an unknown key, with the key it was likely meant to be', () => {
    expect(errorOf(file(...ENTRY, '  unles: x')).message).toBe('calques-en-xx.yaml:5: unknown key "unles" (did you mean "unless"?); an entry has what, source, forms, fix, also, unless, when, before, genders');
  });

  it('a gender that is none, or given for a word that is no form or replacement of the entry', () => {
    expect(errorOf(file(...ENTRY, '  genders: { Schleuder: x }')).message).toBe('calques-en-xx.yaml:5: "genders": "Schleuder" is "x"; write m, f, n or pl');
    expect(errorOf(file(...ENTRY, '  genders: { Katapult: m }')).message).toBe('calques-en-xx.yaml:5: "genders": "Katapult" is no form or replacement of this entry');
  });

  it('a form in two entries, at the second, naming the first', () => {
    const e = errorOf(file(...ENTRY, '- what: a catapult', '  source: [catapult]', '  forms: { Katapult: Katapult, Schleuder: Katapult }'));
    expect(e.message).toBe('calques-en-xx.yaml:7: the form "Schleuder" is in the entry of line 1 too (a form belongs to one entry)');
  });

  it('an expression that does not compile', () => {
    expect(errorOf(file(...ENTRY, "  unless: '\\bseasons (of\\b'")).message).toMatch(/^calques-en-xx\.yaml:5: "unless" is no regular expression: .*Unterminated group/);
  });

  it('an expression that could backtrack catastrophically', () => {
    expect(errorOf(file(...ENTRY, "  when: '(?:\\w+\\s?)+ sloop'")).message).toMatch(/^calques-en-xx\.yaml:5: "when" could take exponential time: a repeated group holds a repetition of its own/);
  });

  it('an expression with a capital letter, which the lower-cased paragraph never matches', () => {
    expect(errorOf(file(...ENTRY, "  when: '\\bThe sloop\\b'")).message).toBe('calques-en-xx.yaml:5: "when" has a capital letter ("T"): it is matched against the source paragraph in lower case');
    // (Escapes and property names are no letters of the text.)
    expect(parseCalques(file(...ENTRY, "  when: '\\Bsloop\\P{Lu}\\S'"), 'x.yaml').entries[0].when).toBeInstanceOf(RegExp);
  });

  it('a field of the wrong kind', () => {
    expect(errorOf(file('- what: a sloop', '  source: sloop', '  forms: { Schleuder: Schaluppe }')).message).toBe('calques-en-xx.yaml:2: "source" must be a list of words in lower case');
    expect(errorOf(file('- what: a sloop', '  source: [Sloop]', '  forms: { Schleuder: Schaluppe }')).message).toBe('calques-en-xx.yaml:2: "source" must be a list of words in lower case ("Sloop": write "sloop")');
    expect(errorOf(file('- what: a sloop', '  source: [sloop of war]', '  forms: { Schleuder: Schaluppe }')).message).toBe('calques-en-xx.yaml:2: "source" must be a list of words in lower case ("sloop of war" is not one word)');
    expect(errorOf(file(...ENTRY.slice(0, 3), '  fix: yes')).message).toBe('calques-en-xx.yaml:4: "fix" must be true or false');
    expect(errorOf(file('- what: a sloop', '  source: [sloop]', '  forms: []')).message).toBe('calques-en-xx.yaml:3: "forms" must map each form (a word) to its replacement');
    expect(errorOf(file('- what: a sloop', '  source: [sloop]', '  forms: { Schleuder der: Schaluppe }')).message).toBe('calques-en-xx.yaml:3: "forms" must map each form (a word) to its replacement ("Schleuder der" is not one word)');
    expect(errorOf(file(...ENTRY, '  also: Kutter')).message).toBe('calques-en-xx.yaml:5: "also" must be a list of suggestions');
    expect(errorOf(file(...ENTRY, '  before: [vorbei]')).message).toBe('calques-en-xx.yaml:5: "before" must map each word before the form to what it becomes');
  });

  it('an entry that is no mapping, and a file that is no list', () => {
    expect(errorOf(file(...ENTRY, '- a sling')).message).toBe('calques-en-xx.yaml:5: an entry must be a mapping (what, source, forms, …)');
    expect(errorOf(file('calques: []')).message).toBe('calques-en-xx.yaml:1: the file must be a list of entries');
  });

  it('YAML that does not parse, and a key given twice', () => {
    expect(errorOf(file(...ENTRY, '  what: [a sloop')).message).toMatch(/^calques-en-xx\.yaml:6: invalid YAML: /);
    expect(errorOf(file('- what: a sloop', '  source: [sloop]', '  forms: { Schleuder: Schaluppe, Schleuder: Kutter }')).message).toMatch(/^calques-en-xx\.yaml:3: invalid YAML: duplicated mapping key/);
  });

  it('every problem of the file at once, a line each', () => {
    const e = errorOf(file('- what: a sloop', '  forms: { Schleuder: Schaluppe }', '- source: [sling]', '  forms: { Schleuder: Kutter }'));
    expect(e.problems).toEqual([
      'calques-en-xx.yaml:1: "source" is missing',
      'calques-en-xx.yaml:3: "what" is missing',
      'calques-en-xx.yaml:4: the form "Schleuder" is in the entry of line 1 too (a form belongs to one entry)',
    ]);
    expect(e.message).toBe(e.problems.join('\n'));
  });

  it('at most twenty problems in the message, the rest counted', () => {
    const entries = Array.from({ length: 23 }, (_, k) => [`- what: a sloop ${k}`, `  forms: { Schleuder${k}: Schaluppe }`]).flat();
    const e = errorOf(file(...entries));
    expect(e.problems).toHaveLength(23);
    const lines = e.message.split('\n');
    expect([lines.length, lines[19], lines[20]]).toEqual([21, 'calques-en-xx.yaml:39: "source" is missing', '(and 3 more problems in calques-en-xx.yaml)']);
  });
});
