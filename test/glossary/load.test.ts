/** Glossary data is checked at load: every error names the file, the line and the entry. */
import { describe, it, expect } from 'vitest';
import { parseGlossary, compileGlossary, GlossaryError, applyGlossary, loadGlossaryPath } from '../../src/glossary/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glossaryError } from '../helpers.js';

const error = glossaryError;

const HEAD = 'languages: [de]\nentries:\n';

describe('glossary loading', () => {
  it('names the line and column of an unknown field (it had named the entry\'s line)', () => {
    const e = error(HEAD + '  - term: A1\n  - term: B2\n    wrong: [B 2]\n    colour: red\n');
    expect(e.line).toBe(6);
    expect(e.message).toBe('g.yaml:6:13: entry "B2": unknown field "colour"');
  });
  it('names every error of a file, each at its field\'s line (it had named the first, at its entry\'s line)', () => {
    const e = error(
      HEAD +
        '  - term: TikTok\n    type: brnd\n    wrong: [Tick Tack]\n' +
        '  - term: Huawei\n    wrongs: [Hua Wei]\n' +
        '  - term: Yahoo\n    wrong:\n      - Jahu\n      - Yahu!\n    review: [Jahu]\n    caseSensitive: yes\n' +
        '  - term: OK\n    wrong: [Okay]\n',
    );
    expect(e.problems).toEqual([
      'g.yaml:4:11: entry "TikTok": "type" must be one of person, organisation, body, brand, title, place, term',
      'g.yaml:7:5: entry "Huawei": unknown field "wrongs"',
      'g.yaml:11:9: entry "Yahoo": variant "Yahu!" must begin and end with a letter or digit: Lektor matches variants as words, so this one could never match',
      'g.yaml:12:14: entry "Yahoo": variant "Jahu" is listed under both "wrong" and "review"',
      'g.yaml:13:20: entry "Yahoo": "caseSensitive" must be true or false',
    ]);
    expect(e.line).toBe(4);
    expect(e.message).toBe(e.problems.join('\n'));
  });
  it('says that a CSV or TBX file given as the glossary is to be imported (it had said that "entries" must be a list)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-glossary-file-'));
    const csv = path.join(dir, 'terms.csv');
    writeFileSync(csv, 'term,wrong,languages,type\nFoo,Fo,de,term\n');
    await expect(loadGlossaryPath(csv)).rejects.toThrow(`${csv}:1: a CSV file: a glossary is YAML files; import it into one with "lektor glossary import ${csv}"`);
    const tbx = path.join(dir, 'terms.TBX');
    writeFileSync(tbx, '<?xml version="1.0"?><martif type="TBX"><text><body></body></text></martif>\n');
    await expect(loadGlossaryPath(tbx)).rejects.toThrow(`${tbx}:1: a TBX file: a glossary is YAML files; import it into one with "lektor glossary import ${tbx}"`);
    // A YAML file given is read, whatever its name.
    const yml = path.join(dir, 'terms.txt');
    writeFileSync(yml, HEAD + '  - term: Foo\n    type: term\n    wrong: [Fo]\n');
    expect((await loadGlossaryPath(yml)).map((e) => e.term)).toEqual(['Foo']);
  });
  it('names the line of invalid YAML', () => {
    const e = error(HEAD + '  - term: A1\n    wrong: [unclosed\n');
    expect(e.file).toBe('g.yaml');
    expect(e.message).toMatch(/^g\.yaml:\d+: invalid YAML/);
  });
  it('rejects a variant mapped to two terms', () => {
    const e = error(HEAD + '  - term: Alpha\n    wrong: [Alfa]\n  - term: Alpha AG\n    wrong: [Alfa]\n');
    // (At the variant's own line and column, not its entry's first line: gloss32.)
    expect(e.line).toBe(6);
    expect(e.problems[0]).toMatch(/^g\.yaml:6:13: /);
    expect(e.message).toContain('"Alfa" is also a variant of entry "Alpha" (g.yaml:3)');
  });
  it('rejects a variant that is another entry\'s term (a chain of replacements)', () => {
    const e = error(HEAD + '  - term: Beta\n    wrong: [Gamma]\n  - term: Gamma\n    wrong: [Delta]\n');
    expect(e.message).toContain('variant "Gamma" is the term of entry "Gamma" (g.yaml:5)');
  });
  it('rejects a cycle', () => {
    const e = error(HEAD + '  - term: Beta\n    wrong: [Gamma]\n  - term: Gamma\n    wrong: [Beta]\n');
    expect(e.message).toMatch(/is the term of entry/);
  });
  it('runs the examples: a flagged example that is not flagged fails with the entry', () => {
    const e = error(HEAD + '  - term: TikTok\n    wrong: [Tick Tack]\n    examples:\n      flag: [{ text: "Tik Tak", fixed: "TikTok" }]\n');
    // (At the example, not the entry's first line.)
    expect(e.line).toBe(6);
    expect(e.message).toContain('g.yaml:6:14: entry "TikTok" [de]: example "Tik Tak" should be flagged but is not');
  });
  it('runs the examples: a wrong expected correction fails', () => {
    const e = error(HEAD + '  - term: TikTok\n    wrong: [Tick Tack]\n    examples:\n      flag: [{ text: "Mit Tick Tacks", fixed: "Mit TikTok" }]\n');
    expect(e.message).toContain('becomes "Mit TikToks", expected "Mit TikTok"');
  });
  it('requires a language', () => {
    const e = error('entries:\n  - term: X1\n');
    expect(e.message).toContain('no language');
  });
});

describe('glossary matching', () => {
  const g = compileGlossary(
    parseGlossary(
      HEAD +
        '  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n' +
        '  - term: Pierre-Richard Prosper\n    type: person\n' +
        '  - term: Ursula von der Leyen\n    type: person\n    caseSensitive: true\n',
      'g.yaml',
    ),
  );
  const fix = (text: string) => applyGlossary(g, 'de', text).text;
  it('keeps inflection, hyphenation and sentence-initial capitals', () => {
    expect(fix('Die Tick Tacks Algorithmen.')).toBe('Die TikToks Algorithmen.');
    expect(fix('Viele Tick-Tack-Videos.')).toBe('Viele TikTok-Videos.');
    expect(fix('Tick Tack wächst.')).toBe('TikTok wächst.');
  });
  it('matches whole words only, across line breaks', () => {
    expect(fix('Ticktack und Tick allein.')).toBe('Ticktack und Tick allein.');
    // (The line break is kept: before the term, as the rule writes it; see fix/line-breaks.ts.)
    expect(fix('Mehr zu Tick\nTack.')).toBe('Mehr zu\nTikTok.');
    expect(fix('Das Tick, Tack.')).toBe('Das Tick, Tack.');
  });
  it('catches a person\'s given names in another order without listing them', () => {
    expect(fix('Laut Richard-Pierre Prosper.')).toBe('Laut Pierre-Richard Prosper.');
    expect(fix('Laut Richard Pierre Prosper.')).toBe('Laut Pierre-Richard Prosper.');
    expect(fix('Laut Pierre Richard Prosper.')).toBe('Laut Pierre-Richard Prosper.');
    expect(fix('Laut Pierre-Richard Prosper.')).toBe('Laut Pierre-Richard Prosper.');
    // Particles belong to the family name and never move; one given name has no other order.
    expect(fix('Laut von der Ursula Leyen.')).toBe('Laut von der Ursula Leyen.');
    expect(fix('Laut Ursula von der Leyen.')).toBe('Laut Ursula von der Leyen.');
  });
});

describe('variants that could never match', () => {
  it.each(['Yahu!', '.*', '(a+)+$', 'C++', '-Tack'])('refuses %s, naming the file and line', (wrong) => {
    const yaml = `languages: [de]\nentries:\n  - term: Yahoo\n    wrong: [Jahu]\n  - term: TikTok\n    wrong: [${JSON.stringify(wrong)}]\n`;
    expect(() => parseGlossary(yaml, 'brands.yaml')).toThrow(/brands\.yaml:6:13: entry "TikTok": variant ".*" must begin and end with a letter or digit/);
  });
  it('refuses a term or first mention with a control or invisible character, which would be published', () => {
    expect(error(HEAD + '  - term: A1\n  - term: "Tik\\eTok"\n    wrong: [Tick Tack]\n').message).toBe(
      'g.yaml:4:11: entry "Tik\\u001bTok": "term" contains the invisible or control character U+001B, which would be written into the corrected text',
    );
    expect(error(HEAD + '  - term: "Tik\\u202eTok"\n').message).toMatch(/^g\.yaml:3:11: .*U\+202E/);
    expect(error(HEAD + '  - term: EZB\n    firstMention: "Europäische\\u200bZentralbank (EZB)"\n').message).toMatch(/^g\.yaml:4:19: entry "EZB": "firstMention" contains .*U\+200B/);
    // A first mention is stored as written: a byte order mark or line separator at its end counts too.
    expect(error(HEAD + '  - term: EZB\n    firstMention: "\\ufeffEuropäische Zentralbank (EZB)\\u2028"\n').message).toMatch(/^g\.yaml:4:19: entry "EZB": "firstMention" contains .*U\+FEFF/);
    // Spaces around a term are trimmed, as before; a block scalar's line break is one of them.
    expect(parseGlossary(HEAD + '  - term: |\n      TikTok\n    wrong: [Tick Tack]\n', 'g.yaml')[0].term).toBe('TikTok');
  });
  it('names each variant that could never match at its own item, under "wrong" and under "review" alike', () => {
    const yaml = 'languages: [de]\nentries:\n  - term: TikTok\n    wrong: [Tick Tack, "C++"]\n    review:\n      - Tic Tac\n      - "Tik!"\n';
    const never = 'must begin and end with a letter or digit: Lektor matches variants as words, so this one could never match';
    expect(error(yaml).problems).toEqual([`g.yaml:4:24: entry "TikTok": variant "C++" ${never}`, `g.yaml:7:9: entry "TikTok": variant "Tik!" ${never}`]);
    expect(() => parseGlossary(yaml.replace('"C++"', 'Tik Tok').replace('"Tik!"', 'Tiktok'), 'g.yaml')).not.toThrow();
  });
  it('takes variants with inner punctuation', () => {
    const yaml = `languages: [de]\nentries:\n  - term: TikTok\n    wrong: ["Tick-Tack", "Tick Tack", "O'Tick", "T"]\n`;
    expect(parseGlossary(yaml, 'brands.yaml')[0].wrong).toEqual(['Tick-Tack', 'Tick Tack', "O'Tick", 'T']);
  });
});

describe('an entry that is not a mapping', () => {
  it('is reported at its own line, an empty one ("-" alone) included', () => {
    // (The glossary's own error helper: loading stops at the entry, before any compiling.)
    const at = (yaml: string) => error(yaml).problems[0];
    expect(at('languages: [de]\nentries:\n  - term: Berlin\n    wrong: [Berlyn]\n  -\n  - term: Hamburg\n')).toBe('g.yaml:5: entry: must be a mapping with at least "term"');
    expect(at('languages: [de]\nentries:\n  - term: Berlin\n  - 42\n  - term: Hamburg\n')).toBe('g.yaml:4: entry: must be a mapping with at least "term"');
    expect(at('- term: Berlin\n  languages: [de]\n\n# a comment\n-\n')).toBe('g.yaml:5: entry: must be a mapping with at least "term"');
    expect(at('languages: [de]\nentries:\n  -\n  - term: Hamburg\n')).toBe('g.yaml:3: entry: must be a mapping with at least "term"');
    // A null js-yaml reports ("- ~") before a bare "-"; a bare "-" first in a top-level list;
    // a "-" inside an entry's text is no item.
    expect(at('languages: [de]\nentries:\n  - ~\n  - term: A\n  -\n')).toBe('g.yaml:3: entry: must be a mapping with at least "term"');
    expect(error('languages: [de]\nentries:\n  - ~\n  - term: A\n  -\n').problems).toEqual(['g.yaml:3: entry: must be a mapping with at least "term"', 'g.yaml:5: entry: must be a mapping with at least "term"']);
    expect(at('-\n- term: Berlin\n  languages: [de]\n-\n')).toBe('g.yaml:1: entry: must be a mapping with at least "term"');
    expect(at('languages: [de]\nentries:\n  - term: Berlin\n    note: |\n      Liste:\n      -\n      Ende\n  -\n')).toBe('g.yaml:8: entry: must be a mapping with at least "term"');
    expect(at('languages: [de]\r\nentries:\r\n  - term: A\r\n  -\r\n')).toBe('g.yaml:4: entry: must be a mapping with at least "term"');
  });
});

describe('nfc', () => {
  it('is String.prototype.normalize’s NFC, asked only of texts with a character from U+0300 on', async () => {
    const { nfc } = await import('../../src/glossary/load.js');
    for (let c = 0; c < 0x300; c++) expect(nfc(String.fromCharCode(c))).toBe(String.fromCharCode(c).normalize('NFC'));
    const samples = ['Tick Tack', 'Lu\u0308denscheid', 'Ångström \u212b', 'Café', 'e\u0301', '\u1100\u1161', 'ﬁ', 'Ω \u2126', 'a\u0300\u0316'];
    for (const s of samples) expect(nfc(s), s).toBe(s.normalize('NFC'));
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const ranges = [[0x20, 0x7f], [0xa0, 0x2ff], [0x300, 0x36f], [0x1100, 0x1175], [0x2100, 0x2140], [0xac00, 0xac10]];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let j = 0; j < 1 + Math.floor(random() * 6); j++) {
        const [lo, hi] = ranges[Math.floor(random() * (k % 2 === 0 ? 2 : ranges.length))];
        s += String.fromCharCode(lo + Math.floor(random() * (hi - lo)));
      }
      expect(nfc(s), JSON.stringify(s)).toBe(s.normalize('NFC'));
    }
  });
});
