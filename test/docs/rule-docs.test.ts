/**
 * The rules' pages (docs/rules/<id>.md) and the README's table of rules are written from the
 * rules' metadata and examples by `npm run docs` (src/docs/rules.ts): they must be what it
 * writes now, so that the documentation says what the rules do. And every relative link in
 * the README and the docs must lead to a file that exists, and to a heading in it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { defaultRules } from '../../src/rules/index.js';
import { staleDocs, rulePage, handWritten, codeCell, withRulesTable, DETAILS_BEGIN, DETAILS_END } from '../../src/docs/rules.js';

const root = resolve(import.meta.dirname, '../..');

describe('rule pages', () => {
  it('are what `npm run docs` writes from the rules (run it after changing a rule)', () => {
    expect(staleDocs(root, defaultRules).map((p) => relative(root, p))).toEqual([]);
  });

  it("say by hand what each rule finds: no page keeps a new rule's placeholder", () => {
    const placeholder = handWritten(undefined);
    const pages = defaultRules.map((r) => `docs/rules/${r.meta.id}.md`);
    expect(pages.filter((p) => handWritten(readFileSync(join(root, p), 'utf8')) === placeholder)).toEqual([]);
  });

  it('keep the part written by hand and renew the rest', () => {
    const meta = defaultRules.find((r) => r.meta.id === 'fused-token')!.meta;
    const page = rulePage(meta, 'Old words.');
    expect(handWritten(page)).toBe('Old words.');
    // An example added to the rule shows on the page; the words by hand stay.
    const more = { ...meta, examples: { flag: [...meta.examples.flag, { lang: 'de', text: 'Er kamund ging.', output: 'Er kam und ging.' }], pass: meta.examples.pass } };
    const renewed = rulePage(more, handWritten(page));
    expect(renewed).toContain('| de | `Er kamund ging.` | `Er kam und ging.` |');
    expect(renewed).toContain(`${DETAILS_BEGIN}\nOld words.\n${DETAILS_END}`);
    expect(() => handWritten('# a page without markers')).toThrow(/written by hand/);
  });

  it('write any example as one table cell', () => {
    expect(codeCell('a | b')).toBe('`a \\| b`');
    expect(codeCell('two\nlines\tand a tab')).toBe('`two⏎lines→and a tab`');
    expect(codeCell('with `code` inside')).toBe('``with `code` inside``');
    expect(codeCell('`starts with one')).toBe('`` `starts with one ``');
    // Invisible characters are shown: a reader must tell "«\u00a0bonjour\u00a0»" from "« bonjour »".
    expect(codeCell('«\u00a0bonjour\u202f» a\r\nb\u00adc')).toBe('`«⍽bonjour⎵» a␍⏎b¤c`');
  });

  it("rewrite only the README's table", () => {
    const readme = 'Before.\n<!-- rules table: written by `npm run docs` from the rules, do not edit -->\nold\n<!-- rules table: end -->\nAfter.\n';
    const out = withRulesTable(readme, defaultRules.slice(0, 1));
    expect(out.startsWith('Before.\n')).toBe(true);
    expect(out.endsWith('\nAfter.\n')).toBe(true);
    expect(out).toContain('| [`paragraph-language`](docs/rules/paragraph-language.md) |');
    expect(out).not.toContain('\nold\n');
    expect(() => withRulesTable('no table', defaultRules)).toThrow(/no rules table/);
  });
});

/** GitHub's anchor of a heading (github-slugger): lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = !fence && /^#{1,6} (.*)$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function markdownFiles(): string[] {
  const out = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.md')) out.push(p);
    }
  };
  walk(join(root, 'docs'));
  return out;
}

describe('links in the README and docs/', () => {
  it('slugs headings as GitHub does', () => {
    expect(slug('Project configuration (lektor.yaml)')).toBe('project-configuration-lektoryaml');
    expect(slug('`<name>.html`: the review page')).toBe('namehtml-the-review-page');
    expect(slug('Word-level estimate: which words an editor would change')).toBe('word-level-estimate-which-words-an-editor-would-change');
  });

  for (const file of markdownFiles()) {
    it(`${relative(root, file)}: every relative link leads to a file and a heading`, () => {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      const broken: string[] = [];
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const link = m[1];
        if (/^[a-z]+:/i.test(link)) continue;
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? file : resolve(dirname(file), path);
        if (!existsSync(target)) {
          broken.push(`${link}: no such file`);
          continue;
        }
        if (anchor !== undefined && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) broken.push(`${link}: no such heading`);
      }
      expect(broken).toEqual([]);
    });
  }
});
