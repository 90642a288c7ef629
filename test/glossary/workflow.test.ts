import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { Lektor } from '../../src/core/pipeline.js';
import { loadGlossaryPath, parseGlossary, GlossaryError, type GlossaryEntry } from '../../src/glossary/index.js';
import { addEntry, removeEntry, topicOf, GlossaryWorkspace } from '../../src/glossary/edit.js';
import { csvToEntries, entriesToCsv } from '../../src/glossary/csv.js';
import { tbxToEntries, entriesToTbx } from '../../src/glossary/tbx.js';
import { ROOT, Capture } from '../helpers.js';


let tmp: string;
let dir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lektor-glossary-'));
  dir = path.join(tmp, 'glossary');
  mkdirSync(dir);
  for (const name of readdirSync(path.join(ROOT, 'glossary'))) copyFileSync(path.join(ROOT, 'glossary', name), path.join(dir, name));
});

async function cli(...args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['glossary', ...args, '--glossary', dir], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Every file of the glossary folder, name → bytes. */
function snapshot(folder = dir): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((n) => [n, readFileSync(path.join(folder, n), 'latin1')]));
}

const withoutOrigin = (entries: readonly GlossaryEntry[]) => entries.map(({ origin: _origin, ...rest }) => rest);

const byTerm = (a: { term: string; languages: string[] }, b: { term: string; languages: string[] }) =>
  a.term === b.term ? a.languages.join().localeCompare(b.languages.join()) : a.term < b.term ? -1 : 1;

/** Entries with every field in use, including text that CSV and XML must quote or escape. */
const TRICKY: GlossaryEntry[] = [
  {
    term: 'Olaf Scholz',
    languages: ['de', 'en'],
    type: 'person',
    wrong: ['Olaf Schulz', 'O. Scholz'],
    caseSensitive: false,
    firstMention: 'Bundeskanzler Olaf Scholz',
    doNotTranslate: true,
    note: 'He said "no", then, later:\nleft <the room> & the building; tab\there, CR\r\nand ümlauts, 😀',
    source: "Bundesregierung, 'Kabinett' page",
    examples: { flag: [{ text: 'Olaf Schulz sagte', fixed: 'Olaf Scholz sagte' }, { text: 'o. scholz sprach', fixed: undefined }], pass: ['Scholz, Olaf', 'a "quoted", b'] },
    origin: { file: 'x.yaml', line: 1 },
  },
  {
    term: 'AT&T',
    languages: ['en'],
    type: 'brand',
    wrong: [],
    caseSensitive: true,
    firstMention: undefined,
    doNotTranslate: false,
    note: undefined,
    source: undefined,
    examples: { flag: [], pass: [] },
    origin: { file: 'x.yaml', line: 9 },
  },
];

const entry = (fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'term' | 'languages'>): GlossaryEntry => ({
  type: 'term', wrong: [], caseSensitive: true, firstMention: undefined, doNotTranslate: false, note: undefined, source: undefined,
  examples: { flag: [], pass: [] }, origin: { file: 'c.yaml', line: 1 }, ...fields,
});

/**
 * Entries with concepts, mixed with entries without: the English and the German name
 * of the FCC (one concept, fields that differ), a concept whose entries are apart, two
 * entries of one concept in the same language, a concept that is no XML id, and a
 * concept alone in its conceptEntry whose id looks generated.
 */
const CONCEPTS: GlossaryEntry[] = [
  entry({ term: 'Federal Communications Commission', languages: ['en'], type: 'body', concept: 'fcc', note: 'The US regulator.', source: 'fcc.gov' }),
  entry({
    term: 'US-Telekommunikationsbehörde FCC', languages: ['de'], type: 'body', concept: 'fcc', wrong: ['US-Telekommunikationsbehörde'],
    firstMention: 'US-Telekommunikationsbehörde FCC (Federal Communications Commission)', doNotTranslate: true,
    examples: { flag: [], pass: ['Die US-Telekommunikationsbehörde FCC.'] },
  }),
  TRICKY[1],
  entry({ term: 'Bundesnetzagentur', languages: ['de'], type: 'body', concept: 'bnetza' }),
  TRICKY[0],
  entry({ term: 'Federal Network Agency', languages: ['en', 'fr'], type: 'body', concept: 'bnetza' }),
  entry({ term: 'FCC', languages: ['de'], type: 'body', concept: 'fcc', caseSensitive: false }),
  entry({ term: 'Kanzleramt', languages: ['de'], concept: 'Bundeskanzleramt (Berlin)' }),
  entry({ term: 'Chancellery', languages: ['en'], concept: 'Bundeskanzleramt (Berlin)' }),
  entry({ term: 'ATT', languages: ['de'], concept: 'c-at-t' }),
];

/** The order TBX gives back: a concept's entries together, where the first of them was. */
function byConcept(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const e of entries) {
    if (out.includes(e)) continue;
    out.push(...(e.concept === undefined ? [e] : entries.filter((x) => x.concept === e.concept)));
  }
  return out;
}

describe('glossary add', () => {
  it('says that a CSV file given as the glossary is to be imported, and leaves it as it is (it had said that "entries" must be a list)', async () => {
    const csv = path.join(tmp, 'terms.csv');
    writeFileSync(csv, 'term,wrong,languages,type\nFoo,Fo,de,term\n');
    for (const args of [['add', 'Bar', '--lang', 'de'], ['remove', 'Foo'], ['list']]) {
      const stderr = new Capture();
      const code = await main(['glossary', ...args, '--glossary', csv], { stdout: new Capture(), stderr });
      expect(code).toBe(2);
      expect(stderr.text).toContain(`${csv}:1: a CSV file: a glossary is YAML files; import it into one with "lektor glossary import ${csv}"`);
    }
    expect(readFileSync(csv, 'utf8')).toBe('term,wrong,languages,type\nFoo,Fo,de,term\n');
  });

  it('appends a person to the matching file, keeps its comments and lines, and the next check enforces it', async () => {
    const before = readFileSync(path.join(dir, 'people.yaml'), 'utf8');
    const { code, stdout, stderr } = await cli('add', 'Olaf Scholz', '--wrong', 'Olaf Schulz', '--wrong', 'Olaf Scholtz', '--lang', 'de,en,fr,es,it,pt,nl', '--type', 'person', '--note', 'German chancellor: "Scholz"', '--source', 'Bundesregierung');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/added "Olaf Scholz" \(person; de, en, fr, es, it, pt, nl\) to .*people\.yaml:\d+/);
    const after = readFileSync(path.join(dir, 'people.yaml'), 'utf8');
    // Every original byte is kept (the comment line included); the entry is appended at the end.
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain('# People named in the corpus. Given names in the wrong order are forbidden variants.');
    expect(after.slice(before.length)).toBe(
      ['  - term: Olaf Scholz', '    type: person', '    wrong: [Olaf Schulz, Olaf Scholtz]', "    note: 'German chancellor: \"Scholz\"'", '    source: Bundesregierung', ''].join('\n'),
    );
    const entries = parseGlossary(after, 'people.yaml');
    expect(entries.at(-1)).toMatchObject({ term: 'Olaf Scholz', type: 'person', wrong: ['Olaf Schulz', 'Olaf Scholtz'], languages: ['de', 'en', 'fr', 'es', 'it', 'pt', 'nl'], note: 'German chancellor: "Scholz"' });

    const lektor = await Lektor.create({ glossary: dir, only: ['glossary'] });
    const result = await lektor.check('Am Montag sagte Olaf Schulz in Berlin, dass Huawei oder Tick Tack beliebt seien.\n', { language: 'de' });
    expect(result.corrected).toBe('Am Montag sagte Olaf Scholz in Berlin, dass Huawei oder TikTok beliebt seien.\n');
    expect(result.findings.map((f) => f.actual)).toEqual(['Olaf Schulz', 'Tick Tack']);
  });

  it('creates <topic>-<lang>.yaml with a header when no file has those languages, and --file adds to a chosen file', async () => {
    let r = await cli('add', 'Bundestag', '--lang', 'de', '--type', 'body', '--wrong', 'Bundes Tag');
    expect(r.code).toBe(0);
    // bodies-de.yaml has languages [de] and the topic of bodies.
    expect(readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8')).toMatch(/# Organisations and public bodies, German house style\.[\s\S]*  - term: Bundestag\n    type: body\n    wrong: \[Bundes Tag\]\n$/);

    r = await cli('add', 'Élysée', '--lang', 'fr', '--type', 'place', '--wrong', 'Elysee', '--case-insensitive', '--do-not-translate');
    expect(r.code).toBe(0);
    const places = readFileSync(path.join(dir, 'places-fr.yaml'), 'utf8');
    expect(places).toBe(
      ['# Places (fr). Created by "lektor glossary"; edit freely.', '', 'languages: [fr]', 'entries:', '  - term: Élysée', '    type: place', '    wrong: [Elysee]', '    caseSensitive: false', '    doNotTranslate: true', ''].join('\n'),
    );

    r = await cli('add', 'Hikvision-Kamera', '--lang', 'de', '--file', 'brands.yaml', '--wrong', 'Hikvision Camera');
    expect(r.code).toBe(0);
    const brands = parseGlossary(readFileSync(path.join(dir, 'brands.yaml'), 'utf8'), 'brands.yaml');
    expect(brands.at(-1)).toMatchObject({ term: 'Hikvision-Kamera', languages: ['de'], type: 'term' });
    expect(readFileSync(path.join(dir, 'brands.yaml'), 'utf8')).toContain('\n\n  - term: Hikvision-Kamera\n    languages: [de]\n');
    expect((await cli('validate')).code).toBe(0);
  });

  it('merges new variants into an existing term, keeping its comments, and says so', async () => {
    const before = readFileSync(path.join(dir, 'brands.yaml'), 'utf8');
    const { code, stdout } = await cli('add', 'TikTok', '--lang', 'de', '--wrong', 'Tick-Tock', '--wrong', 'Tick Tack');
    expect(code).toBe(0);
    expect(stdout).toMatch(/"TikTok" already exists \(.*brands\.yaml:5\): added variant "Tick-Tock" to it/);
    const after = readFileSync(path.join(dir, 'brands.yaml'), 'utf8');
    expect(after).toBe(before.replace('wrong: [Tick Tack, Tik Tok, Tiktok]', 'wrong: [Tick Tack, Tik Tok, Tiktok, Tick-Tock]'));
    expect(parseGlossary(after, 'b').filter((e) => e.term === 'TikTok')).toHaveLength(1);

    // Nothing new: nothing written.
    const again = await cli('add', 'TikTok', '--lang', 'de', '--wrong', 'Tick-Tock');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to change/);
    expect(readFileSync(path.join(dir, 'brands.yaml'), 'utf8')).toBe(after);
  });

  it('--concept writes the concept after the type, merging adds a missing one and keeps an existing one', async () => {
    let r = await cli('add', 'US-Telekommunikationsbehörde FCC', '--lang', 'de', '--type', 'body', '--concept', 'fcc', '--wrong', 'US-Behörde FCC');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bodies = readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8');
    expect(bodies.endsWith('  - term: US-Telekommunikationsbehörde FCC\n    type: body\n    concept: fcc\n    wrong: [US-Behörde FCC]\n')).toBe(true);

    // The existing English name (bodies-de.yaml lists it for de): merging adds the concept after its type.
    const before = readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8');
    r = await cli('add', 'Federal Communications Commission', '--lang', 'de', '--concept', 'fcc');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"Federal Communications Commission" \(.*bodies-de\.yaml:4\): added its concept/);
    expect(readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8')).toBe(
      before.replace('  - term: Federal Communications Commission\n    type: body\n', '  - term: Federal Communications Commission\n    type: body\n    concept: fcc\n'),
    );
    const merged = readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8');
    r = await cli('add', 'Federal Communications Commission', '--lang', 'de', '--concept', 'ftc');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/kept its concept "fcc" \(not "ftc"\)/);
    expect(readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8')).toBe(merged);

    // Through the library, into a new file; and list shows the concept.
    await addEntry(dir, { term: 'Federal Communications Commission', languages: ['en'], type: 'body', concept: ' fcc ' });
    expect(readFileSync(path.join(dir, 'bodies-en.yaml'), 'utf8')).toContain('  - term: Federal Communications Commission\n    type: body\n    concept: fcc\n');
    r = await cli('list', '--format', 'json');
    const list = JSON.parse(r.stdout) as GlossaryEntry[];
    expect(list.filter((e) => e.concept === 'fcc').map((e) => [e.term, e.languages])).toEqual([
      ['Federal Communications Commission', ['de']],
      ['US-Telekommunikationsbehörde FCC', ['de']],
      ['Federal Communications Commission', ['en']],
    ]);
    expect(list.find((e) => e.term === 'TikTok')).not.toHaveProperty('concept');
    r = await cli('list', '--lang', 'en', '--type', 'body');
    expect(r.stdout).toMatch(/^Federal Communications Commission \(body; en; concept fcc\)/m);
    expect((await cli('validate')).code).toBe(0);
    expect((await cli('add', 'X', '--lang', 'de', '--concept', ' ')).code).toBe(2);
    expect((await cli('remove', 'X', '--concept', 'fcc')).code).toBe(2);

    // Export and import (CSV and TBX) into an empty folder keep the concepts.
    const original = await loadGlossaryPath(dir);
    for (const format of ['csv', 'tbx']) {
      const out = path.join(tmp, `concepts.${format}`);
      expect((await cli('export', '--format', format, '--out', out)).code).toBe(0);
      const empty = path.join(tmp, `concepts-${format}`);
      const code = await main(['glossary', 'import', out, '--glossary', empty], { stdout: new Capture(), stderr: new Capture() });
      expect(code).toBe(0);
      const back = await loadGlossaryPath(empty);
      expect(withoutOrigin(back).sort(byTerm)).toEqual(withoutOrigin(original).sort(byTerm));
      expect(readFileSync(path.join(empty, 'bodies-en.yaml'), 'utf8')).toContain('    type: body\n    concept: fcc\n');
    }
  });

  it('refuses a conflicting entry with exit 2, names the other entry and its file:line, and writes nothing', async () => {
    const before = snapshot();
    // A variant that is another entry's term.
    let r = await cli('add', 'Huawai', '--lang', 'de', '--type', 'brand', '--wrong', 'Huawei');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refused, nothing was written/);
    expect(r.stderr).toMatch(/variant "Huawei" is the term of entry "Huawei" \(.*brands\.yaml:\d+\)/);
    expect(snapshot()).toEqual(before);
    // A variant that already belongs to another term.
    r = await cli('add', 'TikTak', '--lang', 'de', '--type', 'brand', '--wrong', 'Tick Tack');
    expect(r.code).toBe(2);
    // Both entries are named, each with its file and line.
    expect(r.stderr).toMatch(/"Tick Tack"/);
    expect(r.stderr).toMatch(/"TikTok"/);
    expect(r.stderr).toMatch(/"TikTak" \(.*brands-de\.yaml:5\)/);
    // (At the variant at fault, its line and column: "Tick Tack" in the existing entry's list.)
    expect(r.stderr).toMatch(/brands\.yaml:7:13: entry "TikTok": "Tick Tack" is also a variant of entry "TikTak"/);
    expect(snapshot()).toEqual(before);
    // A new term that is another entry's variant.
    r = await cli('add', 'Tick Tack', '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/entry "TikTok": variant "Tick Tack" is the term of entry "Tick Tack"/);
    expect(snapshot()).toEqual(before);
    // Invalid input.
    r = await cli('add', 'X', '--lang', 'de', '--type', 'animal');
    expect(r.code).toBe(2);
    r = await cli('add', 'Xyz');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no language/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses through the library too (addEntry throws the GlossaryError)', async () => {
    const before = snapshot();
    await expect(addEntry(dir, { term: 'Tik Tok', languages: ['fr'], type: 'brand' })).rejects.toThrow(GlossaryError);
    expect(snapshot()).toEqual(before);
  });
});

describe('glossary remove', () => {
  it('removes an entry, or one language of it', async () => {
    let r = await cli('remove', 'FCC');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/removed "FCC" \(de\)/);
    const bodies = readFileSync(path.join(dir, 'bodies-de.yaml'), 'utf8');
    expect(bodies).not.toMatch(/term: FCC/);
    expect(bodies).toContain('# Organisations and public bodies, German house style.');
    expect(bodies).toContain('  - term: Federal Communications Commission\n');

    r = await cli('remove', 'Hikvision', '--lang', 'fr');
    expect(r.code).toBe(0);
    const hik = (await loadGlossaryPath(dir)).find((e) => e.term === 'Hikvision')!;
    expect(hik.languages).toEqual(['de', 'en', 'es', 'it', 'pt', 'nl']);

    r = await cli('remove', 'Nobody');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no entry "Nobody"/);

    const results = await removeEntry(dir, 'Hikvision');
    expect(results[0].action).toBe('removed');
    expect((await loadGlossaryPath(dir)).some((e) => e.term === 'Hikvision')).toBe(false);
  });
});

describe('CSV', () => {
  it('round-trips every field (the repository glossary and tricky text)', async () => {
    const entries = [...(await loadGlossaryPath(dir)), ...TRICKY];
    const csv = entriesToCsv(entries);
    expect(csv.split('\n')[0]).toBe('term,languages,type,variant,review,reviewNear,caseSensitive,doNotTranslate,firstMention,note,source,concept,gender,plural,flag_examples,pass_examples');
    expect(withoutOrigin(csvToEntries(csv, 'g.csv'))).toEqual(withoutOrigin(entries));
  });

  it('round-trips concepts, entries with and without one, in order', () => {
    const csv = entriesToCsv(CONCEPTS);
    const lines = csv.split('\n');
    expect(lines).toContain('Federal Communications Commission,en,body,,,,true,false,,The US regulator.,fcc.gov,fcc,,,,');
    expect(lines.filter((l) => l.startsWith('AT&T,'))).toEqual(['AT&T,en,brand,,,,true,false,,,,,,,,']);
    expect(withoutOrigin(csvToEntries(csv, 'c.csv'))).toEqual(withoutOrigin(CONCEPTS));
    expect(csvToEntries(csv, 'c.csv').find((e) => e.term === 'AT&T')).not.toHaveProperty('concept');
  });

  it('reads the concept column when there is one, and refuses two concepts for one entry', () => {
    const entries = csvToEntries('term,language,concept,variant\nFCC,en,fcc,\nUS-Telekommunikationsbehörde FCC,de,fcc,US-Behörde\nTikTok,de,,Tick Tack\n', 's.csv');
    expect(entries.map((e) => [e.term, e.concept])).toEqual([['FCC', 'fcc'], ['US-Telekommunikationsbehörde FCC', 'fcc'], ['TikTok', undefined]]);
    expect(() => csvToEntries('term,languages,concept\nFCC,de,fcc\nFCC,de,ftc\n', 'bad.csv')).toThrow(/^bad\.csv:3: "FCC": concept "ftc" differs from "fcc" on line 2/);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads them back', () => {
    const csv = entriesToCsv([TRICKY[0]]);
    expect(csv).toContain('"He said ""no"", then, later:\nleft <the room> & the building; tab\there, CR\r\nand ümlauts, 😀"');
    expect(csv.split('\n').filter((l) => l.startsWith('Olaf Scholz,'))).toHaveLength(2); // one row per variant
    const [back] = csvToEntries(csv, 'g.csv');
    expect(back.note).toBe(TRICKY[0].note);
    expect(back.origin).toEqual({ file: 'g.csv', line: 2 });
  });

  it('reads rows from spreadsheets: one row per language, empty cells, CRLF, BOM', () => {
    const csv = '\uFEFFterm,language,variant,type,note\r\nTikTok,de,Tick Tack,brand,"Brand, never translated"\r\nTikTok,de,Tik Tok,,\r\n\r\nIPVM,en,,organisation,\r\n';
    const entries = csvToEntries(csv, 'sheet.csv');
    expect(withoutOrigin(entries)).toEqual([
      { term: 'TikTok', languages: ['de'], type: 'brand', wrong: ['Tick Tack', 'Tik Tok'], caseSensitive: true, doNotTranslate: false, firstMention: undefined, note: 'Brand, never translated', source: undefined, examples: { flag: [], pass: [] } },
      { term: 'IPVM', languages: ['en'], type: 'organisation', wrong: [], caseSensitive: true, doNotTranslate: false, firstMention: undefined, note: undefined, source: undefined, examples: { flag: [], pass: [] } },
    ]);
    expect(entries[1].origin.line).toBe(5);
  });

  it('names the file and line of a bad row', () => {
    const bad = (csv: string) => {
      try {
        csvToEntries(csv, 'bad.csv');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(bad('term,languages,type\nA,de,brand\n"B\nC",de,animal\n')).toMatch(/^bad\.csv:3: "B\nC": type must be one of/);
    expect(bad('term,languages,colour\n')).toMatch(/^bad\.csv:1: unknown column "colour"/);
    expect(bad('term,languages,note\nA,de,x\nA,de,y\n')).toMatch(/^bad\.csv:3: "A": note "y" differs from "x" on line 2/);
    expect(bad('term,languages\nA,de\nB,"de\n')).toMatch(/^bad\.csv:3: invalid CSV/);
    expect(bad('term,languages,flag_examples\nA,de,[oops\n')).toMatch(/^bad\.csv:2: "A": flag_examples is not valid JSON/);
  });
});

describe('TBX', () => {
  it('exports TBX-Basic and round-trips every field', async () => {
    const entries = [...(await loadGlossaryPath(dir)), ...TRICKY];
    const tbx = entriesToTbx(entries);
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">/);
    expect(tbx).toContain('<conceptEntry id="c-tiktok">');
    expect(tbx).toContain('<term>AT&amp;T</term>');
    expect(tbx).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(tbx).toContain('<termNote type="partOfSpeech">properNoun</termNote>');
    const { entries: back, warnings } = tbxToEntries(tbx, 'g.tbx');
    expect(warnings).toEqual([]);
    expect(withoutOrigin(back)).toEqual(withoutOrigin(entries));
  });

  it('exports the entries of a concept as one conceptEntry and round-trips them', async () => {
    const tbx = entriesToTbx(CONCEPTS);
    const concepts = tbx.split('<conceptEntry ').slice(1).map((c) => c.slice(0, c.indexOf('</conceptEntry>')));
    // fcc, AT&T, bnetza, Olaf Scholz, the chancellery, ATT
    expect(concepts).toHaveLength(6);
    const fcc = concepts[0];
    expect(fcc).toMatch(/^id="fcc">\n\s*<admin type="lektor:concept">fcc<\/admin>\n\s*<descrip type="subjectField">body<\/descrip>\n/);
    expect(fcc.match(/<langSec xml:lang="(\w+)">/g)).toEqual(['<langSec xml:lang="en">', '<langSec xml:lang="de">', '<langSec xml:lang="de">']);
    // Fields that differ are on the langSecs; two entries in German, so each langSec names its entry.
    expect(fcc).toMatch(/<langSec xml:lang="en">\n\s*<admin type="lektor:entry">1<\/admin>\n\s*<admin type="source">fcc\.gov<\/admin>\n\s*<note>The US regulator\.<\/note>\n\s*<termSec>/);
    expect(fcc).toContain('<admin type="lektor:caseSensitive">false</admin>');
    expect(concepts[1]).toMatch(/^id="c-at-t-2">/); // "c-at-t" is a concept's
    expect(concepts[2]).toMatch(/^id="bnetza">/);
    expect(concepts[2]).not.toContain('lektor:entry');
    expect(concepts[3]).not.toContain('lektor:concept');
    expect(concepts[4]).toMatch(/^id="c-bundeskanzleramt-berlin">\n\s*<admin type="lektor:concept">Bundeskanzleramt \(Berlin\)<\/admin>/);
    expect(concepts[5]).toMatch(/^id="c-at-t">/);

    const { entries: back, warnings } = tbxToEntries(tbx, 'c.tbx');
    expect(warnings).toEqual([]);
    expect(withoutOrigin(back)).toEqual(withoutOrigin(byConcept(CONCEPTS)));
    expect(back.filter((e) => e.concept === undefined).map((e) => e.term)).toEqual(['AT&T', 'Olaf Scholz']);
    for (const e of back.filter((x) => x.concept === undefined)) expect(e).not.toHaveProperty('concept');

    // With the repository glossary too, and through YAML: the rule's data survives.
    const all = [...(await loadGlossaryPath(dir)), ...CONCEPTS];
    expect(withoutOrigin(tbxToEntries(entriesToTbx(all), 'all.tbx').entries)).toEqual(withoutOrigin(byConcept(all)));
    // One language: the German entries of fcc stay apart.
    const de = tbxToEntries(entriesToTbx(CONCEPTS, { lang: 'de' }), 'de.tbx').entries;
    expect(de.filter((e) => e.concept === 'fcc').map((e) => [e.term, e.languages])).toEqual([['US-Telekommunikationsbehörde FCC', ['de']], ['FCC', ['de']]]);
  });

  it('tells entries of one concept apart that differ only in their languages', () => {
    const twins = [
      entry({ term: 'Hikvision', languages: ['de'], concept: 'hik' }),
      entry({ term: 'Hikvision', languages: ['en'], concept: 'hik' }),
      entry({ term: 'Dahua', languages: ['en', 'de'], concept: 'dahua' }),
    ];
    const tbx = entriesToTbx(twins);
    expect(tbx.match(/lektor:entry/g)).toHaveLength(2);
    expect(withoutOrigin(tbxToEntries(tbx, 't.tbx').entries)).toEqual(withoutOrigin(twins));
  });

  it('imports a foreign concept with a German and an English term as two entries of that concept', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>A termbase</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="C0042">
      <descrip type="subjectField">body</descrip>
      <langSec xml:lang="de-DE">
        <termSec><term>US-Telekommunikationsbehörde FCC</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en-US">
        <termSec><term>Federal Communications Commission</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>FCC</term><termNote type="termType">acronym</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="C0043">
      <langSec xml:lang="de"><termSec><term>TikTok</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>TikTok</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry>
      <langSec xml:lang="de"><termSec><term>Bundestag</term></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>Bundestag allemand</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    const { entries, warnings } = tbxToEntries(foreign, 'foreign.tbx');
    // The abbreviation beside the full name is not imported, and that is said.
    expect(warnings).toEqual(['foreign.tbx:5: "FCC" [en] is another allowed term beside "Federal Communications Commission": not imported (Lektor keeps one term per language; add it as an entry of its own if it should be checked)']);
    const base = { wrong: [], caseSensitive: true, doNotTranslate: false, firstMention: undefined, note: undefined, source: undefined, examples: { flag: [], pass: [] } };
    expect(withoutOrigin(entries)).toEqual([
      { ...base, term: 'US-Telekommunikationsbehörde FCC', languages: ['de'], type: 'body', concept: 'C0042' },
      { ...base, term: 'Federal Communications Commission', languages: ['en'], type: 'body', concept: 'C0042' },
      // One term for every language: one entry, no concept.
      { ...base, term: 'TikTok', languages: ['de', 'en'], type: 'term' },
      // No id: a generated one.
      { ...base, term: 'Bundestag', languages: ['de'], type: 'term', concept: 'c-bundestag' },
      { ...base, term: 'Bundestag allemand', languages: ['fr'], type: 'term', concept: 'c-bundestag' },
    ]);
    expect(entries[2]).not.toHaveProperty('concept');
  });

  it('refuses to export over what the glossary is read from, and writes nothing', async () => {
    const before = readFileSync(path.join(dir, 'brands.yaml'), 'utf8');
    let r = await cli('export', '--out', path.join(dir, 'brands.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has a YAML name, but the export is CSV');
    expect(readFileSync(path.join(dir, 'brands.yaml'), 'utf8')).toBe(before);
    r = await cli('export', '--out', path.join(dir, 'accept-fr.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would be read as part of the glossary');
    expect(existsSync(path.join(dir, 'accept-fr.txt'))).toBe(false);
    // A CSV beside the glossary is fine, again and again.
    for (let i = 0; i < 2; i++) expect((await cli('export', '--out', path.join(dir, 'terms.csv'))).code).toBe(0);
    expect((await cli('validate')).code).toBe(0);
  });

  it('exports one language with --lang', async () => {
    const tbx = entriesToTbx(await loadGlossaryPath(dir), { lang: 'fr' });
    expect(tbx).not.toContain('xml:lang="de"');
    const { entries } = tbxToEntries(tbx, 'fr.tbx');
    const all = await loadGlossaryPath(dir);
    expect(entries.map((e) => e.term)).toEqual(all.filter((e) => e.languages.includes('fr')).map((e) => e.term));
    expect(entries.map((e) => e.term)).toEqual(expect.arrayContaining(['TikTok', 'Pierre-Richard Prosper']));
    expect(entries.every((e) => e.languages.join() === 'fr')).toBe(true);
  });

  it('imports TBX v2 (martif, termEntry, langSet, tig) from other tools', () => {
    const martif = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>From a CAT tool</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="t1">
        <descrip type="subjectField">Technology</descrip>
        <descripGrp><descrip type="definition">Chinese maker of video surveillance equipment.</descrip></descripGrp>
        <langSet xml:lang="de-DE">
          <tig>
            <term>Hikvision</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>Hik Vision</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="en">
          <tig><term>Hikvision</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <tig><term>Hik Vision</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
        </langSet>
      </termEntry>
      <termEntry id="t2">
        <note>Use the German name.</note>
        <admin type="source">Duden</admin>
        <langSet xml:lang="de">
          <ntig>
            <termGrp><term>Bundesnetzagentur</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp>
          </ntig>
          <ntig>
            <termGrp><term>Federal Network Agency</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp>
          </ntig>
        </langSet>
        <langSet xml:lang="en">
          <tig><term>Federal Network Agency</term></tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;
    const { entries, warnings } = tbxToEntries(martif, 'cat.tbx');
    expect(warnings).toEqual(['cat.tbx:7: subject field "Technology" is no Lektor type (person, organisation, body, brand, title, place, term): imported as "term"']);
    // Another tool's plural subject field names a type.
    expect(tbxToEntries(martif.replace('Technology', 'Brands'), 'cat.tbx').entries[0].type).toBe('brand');
    const base = { caseSensitive: true, doNotTranslate: false, firstMention: undefined, examples: { flag: [], pass: [] } };
    expect(withoutOrigin(entries)).toEqual([
      { ...base, term: 'Hikvision', languages: ['de', 'en'], type: 'term', wrong: ['Hik Vision'], note: 'Chinese maker of video surveillance equipment.', source: undefined },
      // Different terms per language: one entry each, linked by the termEntry's id.
      { ...base, term: 'Bundesnetzagentur', languages: ['de'], type: 'term', wrong: ['Federal Network Agency'], note: 'Use the German name.', source: 'Duden', concept: 't2' },
      { ...base, term: 'Federal Network Agency', languages: ['en'], type: 'term', wrong: [], note: 'Use the German name.', source: 'Duden', concept: 't2' },
    ]);
    expect(entries.map((e) => e.origin.line)).toEqual([7, 25, 25]);
  });

  it('reads TBX 2019 in the DCT style', () => {
    const dct = `<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="a">
      <basic:subjectField>brand</basic:subjectField>
      <langSec xml:lang="fr">
        <termSec><term>TikTok</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term>Tic Tac</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    const { entries } = tbxToEntries(dct, 'dct.tbx');
    expect(entries).toMatchObject([{ term: 'TikTok', languages: ['fr'], type: 'brand', wrong: ['Tic Tac'] }]);
  });

  it('does not expand external entities (XXE) or entity bombs', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE martif [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<martif type="TBX-Basic"><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>`;
    const attempt = (xml: string) => {
      try {
        return JSON.stringify(tbxToEntries(xml, 'evil.tbx'));
      } catch (error) {
        expect(error).toBeInstanceOf(GlossaryError);
        return (error as Error).message;
      }
    };
    const message = attempt(xxe);
    expect(message).toMatch(/^evil\.tbx:2: the DOCTYPE declares entities/);
    expect(message).not.toMatch(/root:/);
    // An entity used without a declaration is not resolved either.
    expect(attempt('<!DOCTYPE martif SYSTEM "http://example.invalid/x.dtd"><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>')).toMatch(/undefined entity/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><martif>&lol2;</martif>`;
    expect(attempt(bomb)).toMatch(/declares entities/);
    // A DOCTYPE without entity declarations is ignored (nothing is fetched).
    expect(attempt('<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd"><martif><text><body/></text></martif>')).toBe('{"entries":[],"warnings":[]}');
    expect(attempt('<html/>')).toMatch(/not a TBX document/);
    expect(attempt('<martif><text>')).toMatch(/^evil\.tbx:1:\d+: invalid XML/);
    // The line and column of the character at fault (the unquoted value's "1").
    expect(attempt('<martif>\n  <text x=1/></martif>')).toMatch(/^evil\.tbx:2:11: invalid XML: unquoted attribute value/);
  });
});

describe('lektor glossary (CLI)', () => {
  it('validate: OK with counts, or the error with file:line and exit 2', async () => {
    const entries = await loadGlossaryPath(dir);
    const files = readdirSync(dir).filter((n) => n.endsWith('.yaml')).length;
    const acceptFiles = readdirSync(dir).filter((n) => /^accept-.*\.txt$/.test(n)).sort();
    const acceptLanguages = acceptFiles.map((n) => n.slice('accept-'.length, -'.txt'.length)).join(', ');
    const accepted = acceptFiles.reduce((n, f) => n + readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length, 0);
    const variants = entries.reduce((n, e) => n + e.wrong.length, 0);
    const reviewed = entries.reduce((n, e) => n + (e.review?.length ?? 0), 0);
    let r = await cli('validate');
    expect(r.code).toBe(0);
    expect(reviewed).toBeGreaterThan(0);
    expect(r.stdout).toMatch(new RegExp(`^OK: ${entries.length} entries in ${files} files \\(de, en, es, fr, it, nl, pt\\), ${variants} forbidden variants and ${reviewed} for review, \\d+ examples passed${accepted > 0 ? `, ${accepted} accepted words \\(${acceptLanguages}\\)` : ''}\n$`));
    writeFileSync(path.join(dir, 'zz.yaml'), 'languages: [de]\nentries:\n  - term: Tiktok\n    wrong: [Tick Tick]\n');
    r = await cli('validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/brands\.yaml:7:33: entry "TikTok": variant "Tiktok" is the term of entry "Tiktok" \(.*zz\.yaml:3\)/);
  });

  it('add says when a variant to replace is a word of the entry’s language, with the command that lists it for review', async () => {
    const r = await cli('add', 'Die Zeit', '--lang', 'de', '--type', 'brand', '--wrong', 'Zeit', '--wrong', 'Dié Zeitt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'note: "Zeit" is a word of German: it will be replaced wherever it is written, in any sense; if it is right in other contexts, list it for review instead: lektor glossary add "Die Zeit" --lang de --review "Zeit"',
    );
    expect(r.stdout).not.toContain('"Dié Zeitt" is');
  });

  it('validate lists every error of every file, each at its field\'s line, then exits 2; check lists a file\'s first 20', async () => {
    dir = path.join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brnd\n    wrong: [Tick Tack]\n  - term: Huawei\n    wrongs: [Hua Wei]\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'languages: [de]\nentries:\n  - term: Yahoo\n    wrong:\n      - Jahu\n      - Yahu!\n');
    const r = await cli('validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        `lektor glossary: ${path.join(dir, 'a.yaml')}:4:11: entry "TikTok": "type" must be one of person, organisation, body, brand, title, place, term`,
        `lektor glossary: ${path.join(dir, 'a.yaml')}:7:5: entry "Huawei": unknown field "wrongs"`,
        `lektor glossary: ${path.join(dir, 'b.yaml')}:6:9: entry "Yahoo": variant "Yahu!" must begin and end with a letter or digit: Lektor matches variants as words, so this one could never match`,
        'lektor glossary: 3 errors',
        '',
      ].join('\n'),
    );
    // `check` stops at the first file with errors, and lists them (up to 20, the rest counted).
    writeFileSync(path.join(dir, 'a.yaml'), `languages: [de]\nentries:\n${Array.from({ length: 25 }, (_, k) => `  - term: T${k}\n    type: brnd\n`).join('')}`);
    writeFileSync(path.join(tmp, 'a.txt'), 'Das ist gut.\n');
    const stderr = new Capture();
    const code = await main(['check', path.join(tmp, 'a.txt'), '--no-reports', '--model', 'none', '--glossary', dir], { stdout: new Capture(), stderr });
    expect(code).toBe(2);
    const lines = stderr.text.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`lektor: glossary error: ${path.join(dir, 'a.yaml')}:4:11: entry "T0": "type" must be one of person, organisation, body, brand, title, place, term`);
    expect(lines[19]).toContain(`a.yaml:42:11: entry "T19"`);
    expect(lines[20]).toBe(`lektor: glossary error: … and 5 more in ${path.join(dir, 'a.yaml')} (lektor glossary validate lists them all)`);
  });

  it('add says nothing of a name made of words ("Tick Tack", "Peter-Hans Müller", "Bundesnetz Agentur", "Merkels"), and still of "Zeit", "Welt" and "Spiegel"', async () => {
    dir = path.join(tmp, 'fresh');
    mkdirSync(dir);
    for (const [term, variant] of [['TikTok', 'Tick Tack'], ['Hans-Peter Müller', 'Peter-Hans Müller'], ['Bundesnetzagentur', 'Bundesnetz Agentur'], ['Hikvision', 'Hickvision'], ['Angela Merkel', 'Merkels']]) {
      const r = await cli('add', term, '--lang', 'de,en,fr,es,it', '--type', 'brand', '--wrong', variant);
      expect(r.code, variant).toBe(0);
      expect(r.stdout, variant).not.toContain('note:');
    }
    let r = await cli('add', 'Die Zeit', '--lang', 'de', '--type', 'brand', '--wrong', 'Zeit');
    expect(r.stdout).toContain('note: "Zeit" is a word of German');
    // A noun whose plural takes no ending: dictionary-de gives "Spiegel" (the mirror) no flag of a
    // plural, only those of a compound's part, as it gives "Wagen", "Rahmen", "Presse", "Standard";
    // a name ("Merkel/S", "Tick/Sm") has neither.
    for (const [term, variant] of [['Der Spiegel', 'Spiegel'], ['Der Standard', 'Standard'], ['Die Presse', 'Presse']]) {
      r = await cli('add', term, '--lang', 'de', '--type', 'brand', '--wrong', variant);
      expect(r.stdout, variant).toContain(`note: "${variant}" is a word of German: it will be replaced wherever it is written, in any sense; if it is right in other contexts, list it for review instead: lektor glossary add "${term}" --lang de --review "${variant}"`);
    }
    // Ordinary in German and English ("welt"), not in French: no command that moves it to review
    // for French too (the note had suggested "--lang en --review", which did).
    r = await cli('add', 'Die Welt', '--lang', 'de,en,fr', '--type', 'brand', '--wrong', 'Welt', '--wrong', 'Die Weltt');
    const note = r.stdout.split('\n').find((l) => l.startsWith('note:'));
    expect(note).toBe(
      'note: "Welt" is a word of German and English: it will be replaced wherever it is written, in any sense; if it is right in other contexts, list it for review in those languages only, in an entry of their own (--review on this entry would move it for fr too): ' +
        'lektor glossary remove "Die Welt" --lang de && lektor glossary remove "Die Welt" --lang en && lektor glossary add "Die Welt" --lang de,en --type brand --wrong "Die Weltt" --review "Welt"',
    );
    // The command does what it says: French still replaces "Welt", German and English review it.
    for (const command of note!.split(': lektor ').at(-1)!.split(' && ')) {
      const args = [...command.replace(/^(lektor )?glossary /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      expect((await cli(...args)).code, command).toBe(0);
    }
    const entries = (await loadGlossaryPath(dir)).filter((e) => e.term === 'Die Welt');
    expect(entries.map((e) => [e.languages, e.wrong, e.review ?? []])).toEqual(
      expect.arrayContaining([
        [['fr'], ['Welt', 'Die Weltt'], []],
        [['de', 'en'], ['Die Weltt'], ['Welt']],
      ]),
    );
    // A phrase of ordinary words, one of them an accepted word ("App", Lektor's wordlists/accept-de.txt; "Klappy", the glossary's).
    r = await cli('add', 'WhatsApp', '--lang', 'de', '--type', 'brand', '--wrong', 'Was App');
    expect(r.stdout).toContain('note: "Was App" is made of ordinary words of German');
    expect((await cli('add', 'Klapp', '--lang', 'de', '--wrong', 'die Klappy')).stdout).not.toContain('note:');
    writeFileSync(path.join(dir, 'accept-de.txt'), 'Klappy\n');
    expect((await cli('add', 'Klapp2', '--lang', 'de', '--wrong', 'der Klappy')).stdout).toContain('note: "der Klappy" is made of ordinary words of German');
  });

  it('add --lang takes a regional tag of a language Lektor has, as the YAML does, and refuses another', async () => {
    let r = await cli('add', 'Foobar', '--lang', 'de-DE,fr-CH', '--wrong', 'Foobarr');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/added "Foobar" \(term; de, fr\)/i);
    r = await cli('add', 'Foobaz', '--lang', 'xx-YY');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang must be a language code such as de or en, not "xx-yy"');
  });

  it('test "TEXT": shows what the glossary finds and writes in a text, fixed or suggested', async () => {
    let r = await cli('test', 'Huawei oder Tick Tack ist toll. Der Wecker machte Tick Tack.', '--lang', 'de');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '"Tick Tack" → "TikTok" (fixed)  glossary/tiktok: Unexpected `Tick Tack`, expected `TikTok` (brand)\n' +
        '"Tick Tack" → "TikTok"? (suggested)  glossary/tiktok: `Tick Tack` may stand for `TikTok` (brand); beside `Wecker` in this sentence, it may mean something else: check which is meant\n' +
        'corrected (de): Huawei oder TikTok ist toll. Der Wecker machte Tick Tack.\n',
    );
    r = await cli('test', 'Nichts zu finden hier.', '--lang', 'de');
    expect(r.stdout).toBe('no glossary entry matches (read as de)\n');
    // A text of several words given unquoted is named, with the quotes it needs.
    r = await cli('test', 'Tick', 'Tack');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lektor glossary test "Tick Tack"');
  });

  it('test: counts passing examples; failing examples exit 1 with their messages, every one of an entry', async () => {
    let r = await cli('test');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ examples passed\n$/);
    const passed = Number(/^(\d+)/.exec(r.stdout)![1]);
    writeFileSync(
      path.join(dir, 'zz.yaml'),
      'languages: [de]\nentries:\n  - term: Berlin\n    wrong: [Berlyn]\n    examples:\n      flag: ["Berlyn ist groß", "Berlin ist groß", "Berlin liegt an der Spree"]\n  - term: Hamburg\n    examples:\n      pass: ["Hamburg"]\n  - term: Köln\n    wrong: [Koeln]\n    examples:\n      pass: ["Koeln"]\n',
    );
    r = await cli('test');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${passed + 2} of ${passed + 5} examples passed; 3 failed, in 2 entries:\n` +
        `  ${path.join(dir, 'zz.yaml')}:6:33: entry "Berlin" [de]: example "Berlin ist groß" should be flagged but is not\n` +
        `  ${path.join(dir, 'zz.yaml')}:6:52: entry "Berlin" [de]: example "Berlin liegt an der Spree" should be flagged but is not\n` +
        `  ${path.join(dir, 'zz.yaml')}:13:14: entry "Köln" [de]: example "Koeln" must not be flagged, but "Koeln" is\n`,
    );
  });

  it('list: text and JSON, filtered by language and type', async () => {
    let r = await cli('list', '--type', 'brand', '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^TikTok \(brand; de, en, fr, es, it, pt, nl; do not translate\)  ← Tick Tack, Tik Tok, Tiktok  \?← Tic Tac \(review\)  \(review near Uhr, Wecker, Wanduhr, .*\)  \[.*brands\.yaml:5\]$/);
    r = await cli('list', '--lang', 'de', '--format', 'json');
    const list = JSON.parse(r.stdout) as GlossaryEntry[];
    expect(list.map((e) => e.term)).toContain('Xinjiang');
    r = await cli('list', '--format', 'yaml');
    expect(r.code).toBe(2);
  });

  it('export and import: CSV and TBX into an empty glossary give the same entries; into the same glossary change nothing', async () => {
    const original = await loadGlossaryPath(dir);
    for (const format of ['csv', 'tbx']) {
      const out = path.join(tmp, `export.${format}`);
      let r = await cli('export', '--format', format, '--out', out);
      expect(r.code).toBe(0);
      // Into the same glossary: everything is already there.
      const before = snapshot();
      r = await cli('import', out);
      expect(r.code).toBe(0);
      const n = original.length;
      expect(r.stdout).toMatch(new RegExp(`${n} entries, 0 added, 0 merged, ${n} unchanged; no file changed`));
      expect(snapshot()).toEqual(before);
      // Into an empty folder: files by topic and language, the same entries.
      const empty = path.join(tmp, `fresh-${format}`);
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['glossary', 'import', out, '--glossary', empty], { stdout, stderr });
      expect(stderr.text).toBe('');
      expect(code).toBe(0);
      // IPVM (an organisation in brands.yaml) goes to bodies-…, Xinjiang (a place in bodies-de.yaml) to places-de.yaml.
      expect(readdirSync(empty).sort()).toEqual([...new Set(original.map((e) => `${topicOf(e.type)}-${e.languages.join('-')}.yaml`))].sort());
      expect(readdirSync(empty)).toEqual(expect.arrayContaining(['bodies-de-en-fr-es-it-pt-nl.yaml', 'places-de.yaml', 'people-de-en-fr-es-it-pt-nl.yaml']));
      const back = await loadGlossaryPath(empty);
      expect(withoutOrigin(back).sort(byTerm)).toEqual(withoutOrigin(original).sort(byTerm));
      const check = await main(['glossary', 'validate', '--glossary', empty], { stdout: new Capture(), stderr: new Capture() });
      expect(check).toBe(0);
    }
    // stdout by default
    const r = await cli('export', '--lang', 'de');
    expect(r.stdout.split('\n')[1]).toMatch(/^Federal Communications Commission,de,body,,,,true,true,/);
  });

  it('import merges variants into existing entries and refuses a conflicting file, naming its line', async () => {
    const csv = path.join(tmp, 'new.csv');
    writeFileSync(csv, 'term,languages,type,variant\nTikTok,de|en|fr|es,brand,Tik-Tok\nZDF,de,body,Zdf\n');
    let r = await cli('import', csv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/added variant "Tik-Tok"/);
    expect(r.stdout).toMatch(/2 entries, 1 added, 1 merged, 0 unchanged/);
    const entries = await loadGlossaryPath(dir);
    expect(entries.find((e) => e.term === 'TikTok')!.wrong).toContain('Tik-Tok');
    expect(entries.find((e) => e.term === 'ZDF')!.origin.file).toMatch(/bodies-de\.yaml$/);

    const before = snapshot();
    writeFileSync(csv, 'term,languages,type,variant\nARD,de,body,Ard\nHuawai,de,brand,Huawei\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/import refused, nothing was written: .*variant "Huawei" is the term of entry "Huawei" .*\(imported from .*new\.csv:3\)/);
    expect(snapshot()).toEqual(before);

    // The row that writes the clashing variant is named, wherever it is: not the row of the entry it clashes with. (Every conflict is said, a line each: here also that the variant "Tic Tac" is that entry's term.)
    for (const rows of ['TikTok,de|en|fr|es,brand,Tikk Tokk\nTic Tac,de,brand,Tick Tack\nAxios,de|en|fr|es,brand,Axois\n', 'Axios,de|en|fr|es,brand,Axois\nTikTok,de|en|fr|es,brand,Tikk Tokk\nTic Tac,de,brand,Tick Tack\n']) {
      writeFileSync(csv, 'term,languages,type,variant\n' + rows);
      r = await cli('import', csv);
      expect(r.code).toBe(2);
      const line = rows.split('\n').findIndex((row) => row.startsWith('Tic Tac')) + 2;
      expect(r.stderr).toMatch(new RegExp(`"Tick Tack" is also a variant of entry "Tic Tac"[^]*\\(imported from [^,]*new\\.csv:${line}\\)\\n$`));
    }
    // A variant on a later row of its entry names that row, not the entry's first.
    writeFileSync(csv, 'term,languages,type,variant\nTic Tac,de,brand,Tik Tak\nTic Tac,de,brand,Tick Tack\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"Tick Tack" is also a variant of entry "Tic Tac"[^]*\(imported from [^,]*new\.csv:3\)\n$/);
    // An entry added earlier in the same import has no line yet: no "file:0".
    writeFileSync(csv, 'term,languages,type,variant\nMoyu,de,brand,Moju\nMoyu,de|en,brand,Mojo\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/new\.csv:3: entry "Moyu" already exists for de \(.*brands-de\.yaml, added earlier in this import\)/);
    // A cell of two lines is two variants, not one: refused.
    writeFileSync(csv, 'term,languages,type,variant\nTikTok,de,brand,"Tick Tack\nTik Tok"\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/new\.csv:2: entry "TikTok": variant .* has a line break or tab inside/);
    expect(snapshot()).toEqual(before);

    // A spreadsheet saved with semicolons, a number as a term: the message says what to do.
    writeFileSync(csv, 'term;languages;type;variant\nTikTok;de;brand;Tick Tack\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:1: the file seems separated by semicolons or tabs: save it as CSV with commas/);
    expect(() => parseGlossary('languages: [de]\nentries:\n  - term: 1860\n    wrong: [Sechzig]\n', 'n.yaml')).toThrow(/"term" must be a non-empty string \(YAML reads 1860 as a number: quote it, term: "1860"\)/);

    writeFileSync(csv, 'term,languages,type\nA,de,animal\n');
    r = await cli('import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/new\.csv:2: "A": type must be one of/);
  });

  it('usage errors exit 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('add')).code).toBe(2);
    expect((await cli('add', 'Tick', 'Tack', '--lang', 'de')).code).toBe(2);
    expect((await cli('remove', 'X', '--wrong', 'y')).code).toBe(2);
    expect((await cli('export', '--format', 'xlsx')).code).toBe(2);
    // A file that cannot be written is said plainly, without a stack trace.
    const folder = await cli('export', '--format', 'csv', '--out', tmp);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`lektor glossary: ${tmp} is a folder, not a file\n`);
    expect((await cli('import', path.join(tmp, 'missing.csv'))).code).toBe(2);
    expect((await cli('add', 'X', '--lang', 'de', '--file', '../outside.yaml')).code).toBe(2);
    expect(existsSync(path.join(tmp, 'outside.yaml'))).toBe(false);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/lektor glossary <command>/);
  });
});

describe('GlossaryWorkspace', () => {
  it('keeps CRLF files and untouched lines byte for byte', async () => {
    const crlf = '# Kommentar\r\nlanguages: [ de ]   # padded\r\nentries:\r\n  - term: Berlin\r\n    wrong: [ Berlyn ]\r\n';
    writeFileSync(path.join(dir, 'terms-de.yaml'), crlf);
    const ws = await GlossaryWorkspace.open(dir);
    ws.add({ term: 'Berlin', languages: ['de'], wrong: ['Bärlin'] });
    ws.add({ term: 'München', languages: ['de'], wrong: ['Muenchen'] });
    await ws.save();
    expect(readFileSync(path.join(dir, 'terms-de.yaml'), 'utf8')).toBe(
      '# Kommentar\r\nlanguages: [ de ]   # padded\r\nentries:\r\n  - term: Berlin\r\n    wrong: [ Berlyn, Bärlin ]\r\n  - term: München\r\n    type: term\r\n    wrong: [ Muenchen ]\r\n',
    );
  });

  it('merges examples and a missing source in the style of the file', async () => {
    const before = readFileSync(path.join(dir, 'brands.yaml'), 'utf8');
    const ws = await GlossaryWorkspace.open(dir);
    const r = ws.add({ term: 'TikTok', languages: ['de'], source: 'ByteDance', caseSensitive: false, examples: { flag: [{ text: 'Das Tik Tok Video', fixed: 'Das TikTok Video' }], pass: ['Tok'] } });
    expect(r.action).toBe('merged');
    expect(r.messages.join('\n')).toMatch(/added its source[\s\S]*kept caseSensitive: true \(not false\)[\s\S]*added 2 example/);
    await ws.save();
    expect(readFileSync(path.join(dir, 'brands.yaml'), 'utf8')).toBe(
      before
        .replace('machine translation).\n', 'machine translation).\n    source: ByteDance\n')
        .replace('fixed: "Die Firma Tick-Tack-Toe GmbH" }\n', 'fixed: "Die Firma Tick-Tack-Toe GmbH" }\n        - { text: "Das Tik Tok Video", fixed: "Das TikTok Video" }\n')
        .replace('"Le tic-tac de l\'horloge."]', '"Le tic-tac de l\'horloge.", "Tok"]'),
    );
    expect((await cli('test')).code).toBe(0);
  });

  it('gives a file that --file creates the languages of the entry', async () => {
    const r = await addEntry(dir, { term: 'Sport', languages: ['de', 'en'], wrong: ['Spoort'] }, { file: 'sports.yaml' });
    expect(r.action).toBe('added');
    expect(readFileSync(path.join(dir, 'sports.yaml'), 'utf8')).toBe(
      '# Glossary entries (de, en). Created by "lektor glossary"; edit freely.\n\nlanguages: [de, en]\nentries:\n  - term: Sport\n    type: term\n    wrong: [Spoort]\n',
    );
  });
});

describe('GlossaryWorkspace keeps what it does not touch', () => {
  it('keeps padding before a comment and a blank line before a trailing comment, byte for byte', async () => {
    const text = '# K\nlanguages: [de]   # Sprache\nentries:\n  - term: Meyer\n    type: person\n    wrong: [Meier]\n\n  # Ende\n';
    writeFileSync(path.join(dir, 'people-extra.yaml'), text);
    const ws = await GlossaryWorkspace.open(dir);
    ws.add({ term: 'Schmidt', languages: ['de'], type: 'person', wrong: ['Schmitt'] }, { file: 'people-extra.yaml' });
    await ws.save();
    const after = readFileSync(path.join(dir, 'people-extra.yaml'), 'utf8');
    expect(after.startsWith('# K\nlanguages: [de]   # Sprache\nentries:\n  - term: Meyer\n    type: person\n    wrong: [Meier]\n')).toBe(true);
    expect(after).toContain('  - term: Schmidt\n');
    // Every line of the file is still there, as written and in order (the blank line too).
    const lines = after.split('\n');
    let at = 0;
    for (const line of text.split('\n')) {
      while (at < lines.length && lines[at] !== line) at++;
      expect(at, `line ${JSON.stringify(line)}`).toBeLessThan(lines.length);
      at++;
    }
    expect(after.endsWith('  # Ende\n')).toBe(true);
  });

  it('keeps a folded note, and multi-line scalars, as written through edits of their file', async () => {
    const folded = 'languages: [de]\nentries:\n  - term: Alpha\n    wrong: [Alfa]\n    note: >\n      A folded\n      note.\n\n  # Section B\n  - term: Beta\n    wrong: [Betta]\n';
    writeFileSync(path.join(dir, 'zz-folded.yaml'), folded);
    // Three edits of the file: the note was doubled at each (the renderer writes it on one line).
    for (const term of ['Gamma', 'Delta', 'Epsilon']) {
      const ws = await GlossaryWorkspace.open(dir);
      ws.add({ term, languages: ['de'], wrong: [term + 'x'] }, { file: 'zz-folded.yaml' });
      await ws.save();
    }
    let after = readFileSync(path.join(dir, 'zz-folded.yaml'), 'utf8');
    expect(after.startsWith(folded)).toBe(true);
    expect(after.match(/folded/g)).toHaveLength(1);
    // Removing the entry with the note takes its lines, and keeps the next section's comment.
    await removeEntry(dir, 'Alpha');
    after = readFileSync(path.join(dir, 'zz-folded.yaml'), 'utf8');
    expect(after).not.toMatch(/Alpha|folded|note\./);
    expect(after).toContain('  # Section B\n  - term: Beta\n    wrong: [Betta]\n');
    expect((await loadGlossaryPath(path.join(dir, 'zz-folded.yaml'))).map((e) => e.term)).toEqual(['Beta', 'Gamma', 'Delta', 'Epsilon']);

    // A plain and a double-quoted note over two lines (valid YAML): an edit was refused ("duplicated mapping key").
    const multi = 'languages: [de]\nentries:\n  - term: Zeta\n    wrong: [Zetta]\n    note: A long plain note\n      that continues here.\n  - term: Eta\n    wrong: [Etta]\n    note: "a quoted note\n      over two lines"\n';
    writeFileSync(path.join(dir, 'zz-multi.yaml'), multi);
    const ws = await GlossaryWorkspace.open(dir);
    ws.add({ term: 'Theta', languages: ['de'], wrong: ['Tetha'] }, { file: 'zz-multi.yaml' });
    await ws.save();
    expect(readFileSync(path.join(dir, 'zz-multi.yaml'), 'utf8')).toBe(multi + '  - term: Theta\n    type: term\n    wrong: [Tetha]\n');
  });

  it('takes a term typed with combining marks for the same term as its composed form', async () => {
    const ws = await GlossaryWorkspace.open(dir);
    ws.add({ term: 'Lüdenscheid', languages: ['de'], type: 'place', wrong: ['Lüdenscheidt'] });
    const merged = ws.add({ term: 'Lüdenscheid'.normalize('NFD'), languages: ['de'], type: 'place', wrong: ['Lüdenschaid'.normalize('NFD')] });
    expect(merged.action).toBe('merged');
    await ws.save();
    const entries = (await loadGlossaryPath(dir)).filter((e) => e.term.startsWith('L'));
    expect(entries.map((e) => [e.term, e.wrong])).toEqual([['Lüdenscheid', ['Lüdenscheidt', 'Lüdenschaid']]]);
    expect(ws.remove('Lüdenscheid'.normalize('NFD')).map((r) => r.action)).toEqual(['removed']);
  });

  it('writes all the files a change touches or none', async () => {
    writeFileSync(path.join(dir, 'aa-first.yaml'), 'languages: [de]\nentries:\n  - term: Alpha\n    wrong: [Alfa]\n');
    writeFileSync(path.join(dir, 'zz-last.yaml'), 'languages: [de]\nentries:\n  - term: Omega\n    wrong: [Omaga]\n');
    const before = snapshot();
    const ws = await GlossaryWorkspace.open(dir);
    ws.add({ term: 'Alpha', languages: ['de'], wrong: ['Alpfa'] });
    ws.add({ term: 'Omega', languages: ['de'], wrong: ['Omegga'] });
    // The last file cannot be written (it became a folder): the first must not be either.
    rmSync(path.join(dir, 'zz-last.yaml'));
    mkdirSync(path.join(dir, 'zz-last.yaml'));
    await expect(ws.save()).rejects.toThrow(/zz-last\.yaml is a folder, not a file; nothing was written/);
    const files = () => Object.fromEntries(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, readFileSync(path.join(dir, e.name), 'latin1')]));
    delete before['zz-last.yaml'];
    expect(files()).toEqual(before);
    // No temporary file left behind.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses, naming it, a removal that would leave a YAML alias without its anchor', async () => {
    const text = 'languages: [de]\nentries:\n  - term: Alpha\n    wrong: [Alfa]\n    note: &n Shared note.\n  - term: Beta\n    wrong: [Betta]\n    note: *n\n';
    writeFileSync(path.join(dir, 'anchors.yaml'), text);
    const { code, stderr } = await cli('remove', 'Alpha');
    expect(code).toBe(2);
    expect(stderr).toMatch(/anchors\.yaml: the change removes the anchor &n that another entry of the file refers to \(\*n\)/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(path.join(dir, 'anchors.yaml'), 'utf8')).toBe(text);
  });

  it("keeps the next section's heading comment when an entry goes, and the entry's own comment goes with it", async () => {
    writeFileSync(path.join(dir, 'sections.yaml'), 'languages: [de, en]\nentries:\n  - term: Alphabet\n    type: brand\n    wrong: [Alfabet]\n    # reviewed 2024\n\n  # --- Section B: phones ---\n  - term: Samsung\n    type: brand\n    wrong: [Samsong]\n');
    await removeEntry(dir, 'Alphabet');
    expect(readFileSync(path.join(dir, 'sections.yaml'), 'utf8')).toBe('languages: [de, en]\nentries:\n\n  # --- Section B: phones ---\n  - term: Samsung\n    type: brand\n    wrong: [Samsong]\n');
  });
});

describe('several changes at once', () => {
  it('keeps every entry when four adds run together (each waits for the folder’s lock), and leaves no lock behind', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-glossary-lock-'));
    writeFileSync(path.join(dir, 'people.yaml'), 'languages: [de]\nentries:\n  - term: Anna Beispiel\n    type: person\n');
    await Promise.all(
      [1, 2, 3, 4].map((i) => addEntry(dir, { term: `Person Nummer${i}`, type: 'person', languages: ['de'], wrong: [`Nummer${i} Person`] }, { file: 'people.yaml' })),
    );
    const terms = (await loadGlossaryPath(dir)).map((e) => e.term).sort();
    expect(terms).toEqual(['Anna Beispiel', 'Person Nummer1', 'Person Nummer2', 'Person Nummer3', 'Person Nummer4']);
    expect(readdirSync(dir)).toEqual(['people.yaml']);
    // A lock left by a process that is gone is taken over at once.
    writeFileSync(path.join(dir, '.lektor-glossary.lock'), '2147483646\n');
    await addEntry(dir, { term: 'Person Nummer5', type: 'person', languages: ['de'] }, { file: 'people.yaml' });
    expect((await loadGlossaryPath(dir)).map((e) => e.term)).toContain('Person Nummer5');
    expect(readdirSync(dir)).toEqual(['people.yaml']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('reviewNear: words that make a variant a suggestion in their sentence', () => {
  it('suggests the term beside such a word (with its endings), replaces it elsewhere, and is validated at load', async () => {
    const { compileGlossary } = await import('../../src/glossary/index.js');
    const yaml = 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n    reviewNear: [Wecker, Wanduhr]\n';
    const lektor = await Lektor.create({ glossary: compileGlossary(parseGlossary(yaml, 'g.yaml')), only: ['glossary'] });
    const check = async (text: string) => (await lektor.check(text, { path: 'a.txt', language: 'de' }));
    const near = await check('Die alten Wanduhren machten die ganze Nacht Tick Tack, sagte sie.');
    expect(near.corrected).toBe('Die alten Wanduhren machten die ganze Nacht Tick Tack, sagte sie.');
    expect(near.findings.map((f) => [f.actual, f.severity, f.expected])).toEqual([['Tick Tack', 'warning', ['TikTok']]]);
    expect(near.findings[0].message).toMatch(/beside `Wanduhren` in this sentence/);
    // Not at a title's or a number's abbreviation either, where the segmenter ends one.
    expect((await check('Die Wanduhr von Dr. Müller machte Tick Tack.')).corrected).toBe('Die Wanduhr von Dr. Müller machte Tick Tack.');
    // A word of the term or of its variants would make every mention a suggestion: refused.
    expect(() => parseGlossary(yaml.replace('[Wecker, Wanduhr]', '[Wecker, tack]'), 'g.yaml')).toThrow(/reviewNear "tack" is a word of the term or of its variants/);
    // The sentence as the segmenter ends it: not at an abbreviation's or a decimal's period.
    expect((await check('Der Wecker, ca. 20 Euro teuer, machte 3.5 Sekunden lang Tick Tack.')).corrected).toBe('Der Wecker, ca. 20 Euro teuer, machte 3.5 Sekunden lang Tick Tack.');
    // In another sentence, the word changes nothing.
    const elsewhere = await check('Der Wecker klingelte. Danach öffnete sie Tick Tack auf dem Handy.');
    expect(elsewhere.corrected).toBe('Der Wecker klingelte. Danach öffnete sie TikTok auf dem Handy.');
    // A short noun before a period ends its sentence ("Tag.", "Ort."): only one capital letter is an initial.
    expect((await check('Reporter berichteten über Tick Tack direkt vor Ort. Der Wecker im Hotel klingelte früh.')).corrected).toBe('Reporter berichteten über TikTok direkt vor Ort. Der Wecker im Hotel klingelte früh.');
    expect((await check('Er nutzt Tick Tack jeden Tag. Der Wecker klingelt.')).corrected).toBe('Er nutzt TikTok jeden Tag. Der Wecker klingelt.');
    expect((await check('Die Wanduhr von J. Müller machte Tick Tack.')).corrected).toBe('Die Wanduhr von J. Müller machte Tick Tack.');
    expect(() => parseGlossary(yaml.replace('[Wecker, Wanduhr]', '[alte Uhr]'), 'g.yaml')).toThrow(/g\.yaml:6:18: entry "TikTok": reviewNear "alte Uhr" must be one word/);
    expect(() => parseGlossary('languages: [de]\nentries:\n  - term: TikTok\n    reviewNear: [Wecker]\n', 'g.yaml')).toThrow(/"reviewNear" needs variants/);
  });

  it('is added with glossary add --review-near, merged into an existing entry, and kept by CSV and TBX', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-review-near-'));
    writeFileSync(path.join(dir, 'brands.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n');
    const run = async (args: string[]) => {
      const out: string[] = [];
      const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
      return { code: await main(['glossary', ...args, '--glossary', dir], io as never), out: out.join('') };
    };
    expect((await run(['add', 'TikTok', '--lang', 'de', '--review-near', 'Wecker', '--review-near', 'Zeiger'])).code).toBe(0);
    const [entry] = await loadGlossaryPath(dir);
    expect(entry.reviewNear).toEqual(['Wecker', 'Zeiger']);
    expect(readFileSync(path.join(dir, 'brands.yaml'), 'utf8')).toMatch(/reviewNear: \[ ?Wecker, Zeiger ?\]/);
    expect((await run(['list'])).out).toContain('TikTok (brand; de)  ← Tick Tack  (review near Wecker, Zeiger)');
    expect(withoutOrigin(csvToEntries(entriesToCsv([entry]), 'g.csv'))).toEqual(withoutOrigin([entry]));
    expect(withoutOrigin(tbxToEntries(entriesToTbx([entry]), 'g.tbx').entries)).toEqual(withoutOrigin([entry]));
    // A cell of two words is refused, as YAML refuses it, not read as two.
    expect(() => csvToEntries('term,languages,variant,reviewNear\nTikTok,de,Tick Tack,Wand uhr|Zeiger\n', 'n.csv')).toThrow(/n\.csv:2: "TikTok": reviewNear "Wand uhr" must be one word/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a hyphenated variant after an elided article', () => {
  it('is found as it is without the article ("d’Open-AI", "l’Hik-Vision")', async () => {
    const { compileGlossary } = await import('../../src/glossary/index.js');
    const glossary = compileGlossary(parseGlossary('languages: [fr]\nentries:\n  - term: OpenAI\n    type: brand\n    wrong: [Open AI]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const found = async (text: string) => (await lektor.check(text, { path: 'a.txt', language: 'fr' })).findings.map((f) => [f.actual, f.expected[0]]);
    expect(await found('Le modèle Open-AI arrive.')).toEqual([['Open-AI', 'OpenAI']]);
    expect(await found('Le nouveau modèle d’Open-AI arrive.')).toEqual([['Open-AI', 'OpenAI']]);
    expect(await found("Le nouveau modèle d'Open-AI arrive.")).toEqual([['Open-AI', 'OpenAI']]);
  });
});
