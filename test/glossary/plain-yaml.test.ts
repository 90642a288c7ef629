import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readPlainYaml, type ImplicitType } from '../../src/glossary/plain-yaml.js';
import { parseGlossary, parseYaml } from '../../src/glossary/load.js';
import { generateGlossaryYaml } from '../../src/bench/generate-glossary.js';
import { ROOT } from '../helpers.js';

const TYPES = (yaml.DEFAULT_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

/** What the glossary loader reads of a text, directly or with js-yaml only: the data and the lines of the lists that hold entries, or the error. */
function read(text: string, direct: boolean): unknown {
  try {
    const { data, itemLines } = parseYaml(text, 'g.yaml', { direct });
    const lists = Array.isArray(data) ? { '': itemLines.get(data) } : data !== null && typeof data === 'object' ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? itemLines.get(v) : undefined])) : {};
    return { data, lists };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const SHIPPED = readdirSync(path.join(ROOT, 'glossary'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(path.join(ROOT, 'glossary', f), 'utf8'));

describe('plain YAML, read directly', () => {
  it('reads the shipped glossaries and a generated one directly, as js-yaml reads them, lines too', () => {
    for (const text of [...SHIPPED, generateGlossaryYaml(200, 3, ['de', 'en'])]) {
      expect(readPlainYaml(text, TYPES)).toBeDefined();
      expect(read(text, true)).toEqual(read(text, false));
    }
  });

  it('reads the forms of the subset as js-yaml does: scalars resolved by its types, quotes, comments, lists at their key’s indentation, a list as the document', () => {
    const plain = [
      'languages: [de]\nentries:\n- term: A\n  wrong: [B]\n- term: C\n',
      '- term: A\n  wrong:\n  - B\n  - C   # a comment\n\n# between\n- term: D\n  note: ~\n',
      'entries:\n  - term: "x: y"\n    note: \'it\'\'s\'\n    source: null\n    caseSensitive: false\n    gender: { de: f, es: m }\n    extra: [1, 0x1F, 1.5, .inf, 2024-05-01, true, "true", \'\', [a, [b]], {}]\n    plural:\n    type: brand\n',
      'entries:\n  -   term: Wide\n      wrong: [Wi De]\n',
      'entries:\n  - term: C# and 10:30 and http://x.org/a?b=c, [brackets]\n  - term: Ünïcödé 😀\n    examples:\n      flag:\n        - { text: "a", fixed: "b" }\n        - plain text\n      pass: []\n',
    ];
    for (const text of plain) {
      expect(readPlainYaml(text, TYPES), text).toBeDefined();
      expect(read(text, true), text).toEqual(read(text, false));
    }
    expect((read(plain[2], true) as { data: { entries: Array<Record<string, unknown>> } }).data.entries[0]).toMatchObject({ term: 'x: y', note: "it's", source: null, caseSensitive: false, plural: null });
  });

  it('leaves every other text to js-yaml, which reads it or gives its error', () => {
    const other = [
      '', '# only a comment\n', '---\nentries: []\n', 'entries:\n  - term: |\n      block\n', 'entries:\n  - term: &a A\n  - term: *a\n', 'entries:\n  - term: !!str 1\n',
      'entries:\n  - term: two\n      lines\n', 'entries:\n\t- term: A\n', 'entries:\n  - term: "a\\"b"\n', 'entries:\n  - term: A\n    term: B\n', 'entries:\n  -\n  - term: A\n',
      'entries:\n  - term: A\n   wrong: [B]\n', 'entries:\n  - term: A\n    wrong: [B,\n      C]\n', 'entries: [a, , b]\n', 'entries: [a, b,]\n', 'entries:\n  - term: a: b\n', 'null: x\n',
      'entries:\r\n  - term: A\r\n', '\ufeffentries: []\n', 'entries:\n  - - a\n', '"entries": []\n', 'entries:\n  - term: A\n - term: B\n',
    ];
    for (const text of other) {
      expect(readPlainYaml(text, TYPES), JSON.stringify(text)).toBeUndefined();
      expect(read(text, true), JSON.stringify(text)).toEqual(read(text, false));
    }
  });

  it('gives js-yaml’s data, lines and errors for texts edited at random', () => {
    // Glossaries with a few random edits each (marks YAML reads, indentation, line breaks):
    // whatever is read directly is what js-yaml reads; what js-yaml refuses is never read directly.
    const seeds = [generateGlossaryYaml(4), ...SHIPPED.map((t) => t.slice(0, 4000))];
    const pieces = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\n', '\n  ', '\n    ', 'a', '1', '~', '&', '*', '|', '>', 'null', 'true', '2024-01-01', '.inf', '\\', '\t', 'key: v\n', '- x\n', '\r\n', '---\n', '!', '%', '?', '@'];
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let direct = 0;
    for (let k = 0; k < 4000; k++) {
      let text = seeds[k % seeds.length];
      for (let e = 0; e < 1 + Math.floor(random() * 3); e++) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + (random() < 0.4 ? Math.floor(random() * 4) : 0));
      }
      if (readPlainYaml(text, TYPES)) direct++;
      expect(read(text, true), JSON.stringify(text)).toEqual(read(text, false));
    }
    expect(direct).toBeGreaterThan(1000);
  });

  it('gives the same entries, lines and problems for a glossary read either way', () => {
    const text = generateGlossaryYaml(50).replace('type: brand', 'type: brnad');
    expect(() => parseGlossary(text, 'g.yaml')).toThrow(/g\.yaml:5: entry "Pixkasen0": "type" must be one of/);
    const good = generateGlossaryYaml(50);
    expect(parseGlossary(good, 'g.yaml').map((e) => e.origin.line)).toEqual(Array.from({ length: 50 }, (_, k) => 4 + 6 * k));
  });
});
