import { describe, expect, it } from 'vitest';
import { IgnoreList, matchName } from '../../src/io/ignore.js';

describe('ignore patterns (as .gitignore reads them)', () => {
  it('matches names with *, ?, classes and escapes', () => {
    expect(matchName('*.md', 'a.md')).toBe(true);
    expect(matchName('*.md', 'a.txt')).toBe(false);
    expect(matchName('draft-?.txt', 'draft-1.txt')).toBe(true);
    expect(matchName('draft-?.txt', 'draft-12.txt')).toBe(false);
    expect(matchName('[ab]*', 'bar')).toBe(true);
    expect(matchName('[!ab]*', 'bar')).toBe(false);
    expect(matchName('[a-c]x', 'bx')).toBe(true);
    expect(matchName('[a-c]x', 'dx')).toBe(false);
    expect(matchName('\\*.md', '*.md')).toBe(true);
    expect(matchName('\\*.md', 'a.md')).toBe(false);
  });

  it('a pattern without a slash matches at any depth; with one, from the base folder', () => {
    const list = new IgnoreList(['drafts', '/archive/2019', '*.bak.md', 'build/']);
    expect(list.ignores('drafts', true)).toBe(true);
    expect(list.ignores('de/drafts', true)).toBe(true);
    expect(list.ignores('archive/2019', true)).toBe(true);
    expect(list.ignores('de/archive/2019', true)).toBe(false);
    expect(list.ignores('de/a.bak.md', false)).toBe(true);
    expect(list.ignores('de/a.md', false)).toBe(false);
    // A trailing slash: folders only.
    expect(list.ignores('build', true)).toBe(true);
    expect(list.ignores('build', false)).toBe(false);
  });

  it('** spans folders; ! takes a path back in (the last match decides)', () => {
    const list = new IgnoreList(['# comment', '', 'news/**/old-*.md', '*.md', '!keep.md']);
    expect(list.size).toBe(3);
    expect(list.ignores('news/old-a.md', false)).toBe(true);
    expect(list.ignores('news/2020/05/old-a.md', false)).toBe(true);
    expect(list.ignores('x/keep.md', false)).toBe(false);
    expect(list.ignores('x/other.md', false)).toBe(true);
    expect(new IgnoreList(['a/**']).ignores('a/b/c.md', false)).toBe(true);
    expect(new IgnoreList(['a/**']).ignores('b/a.md', false)).toBe(false);
    // Paths outside the base folder are never ignored.
    expect(new IgnoreList(['*']).ignores('../x.md', false)).toBe(false);
  });

  it('refuses a malformed pattern, naming it and its place', () => {
    expect(() => new IgnoreList(['ok', 'a**b'])).toThrow(/"a\*\*b": \*\* must be a whole part/);
    try {
      new IgnoreList(['ok', '[abc']);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/a \[ without its \]/);
      expect((e as { index: number }).index).toBe(1);
    }
  });

  it('takes linear steps on patterns that make a backtracking regular expression explode', () => {
    // /^(?:[^/]*?a){12}[^/]*?b$/ against 60 a's and no b: a backtracking engine tries
    // C(60,12) ≈ 1.4e12 splits. The dynamic programme answers in (pattern × name) steps.
    const pattern = `${'*a'.repeat(12)}*b`;
    const name = 'a'.repeat(60);
    const list = new IgnoreList([pattern, `**/${'*/'.repeat(30)}x`]);
    const path = Array.from({ length: 60 }, () => name).join('/');
    // (No timing assertion: the answer comes back at all, and it is right.)
    expect(list.ignores(name, false)).toBe(false);
    expect(list.ignores(`${name}b`, false)).toBe(true);
    expect(list.ignores(path, false)).toBe(false);
  });

  it('reads a trailing /** as what is inside the folder, as git does', () => {
    const list = new IgnoreList(['abc/**', '!abc/keep.md']);
    expect(list.ignores('abc', true)).toBe(false);
    expect(list.ignores('abc/keep.md', false)).toBe(false);
    expect(list.ignores('abc/other.md', false)).toBe(true);
    expect(list.ignores('abc/sub', true)).toBe(true);
    expect(new IgnoreList(['x/**']).ignores('x', false)).toBe(false);
  });

  it('refuses a block of lines as one pattern, and a long pattern before reading it', () => {
    expect(() => new IgnoreList(['drafts\narchive'])).toThrow(/one pattern per list item/);
    // (Its trailing spaces are not trimmed first: a regular expression had taken 20 s on 150,000.)
    expect(() => new IgnoreList([`a${' '.repeat(150_000)}b`])).toThrow(/longer than 4096/);
    expect(new IgnoreList(['a\\ ']).ignores('a ', false)).toBe(true);
    expect(new IgnoreList(['a   ']).ignores('a', false)).toBe(true);
  });
});
