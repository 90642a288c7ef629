/**
 * Ignore patterns for the files a folder walk finds (a project configuration's `ignore`), read
 * as `.gitignore` reads its lines, relative to a base folder (the configuration file's):
 *
 * - `drafts` or `*.draft.md`: a pattern without a slash matches a file or folder of that name
 *   at any depth (a folder's files with it);
 * - `archive/2019` or `/notes.md`: a pattern with a slash (not only at the end) is anchored to
 *   the base folder;
 * - `build/`: a trailing slash matches folders only;
 * - `*` matches within a name (not `/`), `?` one character, `[abc]`, `[a-z]` and `[!abc]` one of
 *   a set, `**` any number of folders (`a/** /b` without the space, `**` at either end);
 * - `!pattern` takes a path back in (the last matching pattern decides, as in git);
 * - `\` escapes the next character; `#` starts a comment line.
 *
 * Matching is done without regular expressions, by dynamic programming over the pattern's parts
 * and the path's names: patterns come from a user's file, and a pattern such as
 * `*a*a*a*a*a*a*b` compiled to a backtracking regular expression takes exponential time on a
 * long name; here each test is at most (pattern length × path length) steps.
 */

export class IgnorePatternError extends Error {}

interface Pattern {
  /** The pattern as written (for messages). */
  text: string;
  negated: boolean;
  directoryOnly: boolean;
  anchored: boolean;
  /** The parts between slashes; `**` stands alone. */
  parts: string[];
}

/** Longest pattern accepted: a path is at most a few thousand characters. */
const MAX_PATTERN = 4096;

function parsePattern(line: string): Pattern | undefined {
  // (Its length is checked first: a pattern is user input, and every step below reads all of it.)
  if (line.length > MAX_PATTERN) throw new IgnorePatternError(`a pattern longer than ${MAX_PATTERN} characters`);
  // A block of lines (YAML's \`ignore: |\`) would be one pattern that matches nothing.
  if (/[\r\n]/.test(line)) throw new IgnorePatternError('one pattern per list item (this one holds a line break)');
  // Trailing spaces are dropped unless escaped ("a\\ ").
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1]) && !(end >= 2 && line[end - 2] === '\\')) end--;
  let text = line.slice(0, end);
  if (text === '' || text.startsWith('#')) return undefined;
  text = text.normalize('NFC');
  const original = text;
  let negated = false;
  if (text.startsWith('!')) {
    negated = true;
    text = text.slice(1);
  } else if (text.startsWith('\\!') || text.startsWith('\\#')) text = text.slice(1);
  let directoryOnly = false;
  if (text.endsWith('/') && !text.endsWith('\\/')) {
    directoryOnly = true;
    text = text.replace(/\/+$/, '');
  }
  if (text === '') throw new IgnorePatternError(`"${original}" matches nothing`);
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.replace(/^\/+/, '');
  const parts = text.split('/').filter((p) => p !== '');
  for (const p of parts) {
    if (p.includes('**') && p !== '**') throw new IgnorePatternError(`"${original}": ** must be a whole part of the path (a/**/b, **/x, x/**)`);
    checkClasses(p, original);
  }
  // A trailing ** matches what is inside a folder, not the folder itself (as in git): "abc/**"
  // with "!abc/keep.md" keeps that file, and "x/**" ignores no file named x.
  if (parts.length > 1 && parts[parts.length - 1] === '**') parts.splice(parts.length - 1, 1, '*', '**');
  // A pattern without a slash matches a name at any depth: it is **/pattern.
  return { text: original, negated, directoryOnly, anchored, parts: anchored ? parts : ['**', ...parts] };
}

/** Every `[` opens a class that closes. */
function checkClasses(part: string, original: string): void {
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '\\') {
      i++;
      continue;
    }
    if (part[i] === '[') {
      const close = classEnd(part, i);
      if (close < 0) throw new IgnorePatternError(`"${original}": a [ without its ]`);
      i = close;
    }
  }
}

/** The index of the `]` closing the class opened at `open`, or -1. */
function classEnd(part: string, open: number): number {
  let i = open + 1;
  if (part[i] === '!' || part[i] === '^') i++;
  if (part[i] === ']') i++;
  for (; i < part.length; i++) {
    if (part[i] === '\\') i++;
    else if (part[i] === ']') return i;
  }
  return -1;
}

/** Whether `ch` is in the class `part[open..close]` (`[abc]`, `[a-z]`, `[!abc]`, `\]` escaped). */
function inClass(part: string, open: number, close: number, ch: string): boolean {
  let i = open + 1;
  let negate = false;
  if (part[i] === '!' || part[i] === '^') {
    negate = true;
    i++;
  }
  // The class's members, escapes resolved, then ranges read from them.
  const members: string[] = [];
  const literal: boolean[] = [];
  for (let first = true; i < close || (first && part[i] === ']'); i++, first = false) {
    if (part[i] === '\\' && i + 1 < close) {
      members.push(part[++i]);
      literal.push(true);
    } else {
      members.push(part[i]);
      literal.push(false);
    }
  }
  let found = false;
  for (let k = 0; k < members.length; k++) {
    if (k + 2 < members.length && members[k + 1] === '-' && !literal[k + 1]) {
      if (ch >= members[k] && ch <= members[k + 2]) found = true;
      k += 2;
    } else if (members[k] === ch) found = true;
  }
  return found !== negate;
}

/** One name against one part (`*`, `?`, classes, escapes): a dynamic programme, O(|part| × |name|). */
export function matchName(part: string, name: string): boolean {
  // Tokens of the part: literal characters, '?', '*', or classes.
  type Token = { kind: 'char'; ch: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; open: number; close: number };
  const tokens: Token[] = [];
  // (By code point: "?" is one character, an emoji too.)
  const at = (i: number) => String.fromCodePoint(part.codePointAt(i)!);
  for (let i = 0; i < part.length; i++) {
    const c = at(i);
    if (c === '\\' && i + 1 < part.length) {
      const next = at(i + 1);
      tokens.push({ kind: 'char', ch: next });
      i += next.length;
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '[') {
      const close = classEnd(part, i);
      if (close < 0) tokens.push({ kind: 'char', ch: c });
      else {
        tokens.push({ kind: 'class', open: i, close });
        i = close;
      }
    } else {
      tokens.push({ kind: 'char', ch: c });
      i += c.length - 1;
    }
  }
  // can[j]: the first i characters of the name are matched by the first j tokens.
  let can = new Array<boolean>(tokens.length + 1).fill(false);
  can[0] = true;
  for (let j = 1; j <= tokens.length && tokens[j - 1].kind === 'star'; j++) can[j] = true;
  for (const ch of name) {
    const next = new Array<boolean>(tokens.length + 1).fill(false);
    for (let j = 1; j <= tokens.length; j++) {
      const t = tokens[j - 1];
      if (t.kind === 'star') next[j] = next[j - 1] || can[j];
      else if (can[j - 1]) next[j] = t.kind === 'any' || (t.kind === 'char' ? t.ch === ch : inClass(part, t.open, t.close, ch));
    }
    can = next;
  }
  return can[tokens.length];
}

/** A path's names against a pattern's parts, `**` standing for any number of names: O(|parts| × |names|) name tests. */
function matchParts(parts: readonly string[], names: readonly string[]): boolean {
  let can = new Array<boolean>(parts.length + 1).fill(false);
  can[0] = true;
  for (let j = 1; j <= parts.length && parts[j - 1] === '**'; j++) can[j] = true;
  for (let i = 0; i < names.length; i++) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    for (let j = 1; j <= parts.length; j++) {
      const p = parts[j - 1];
      if (p === '**') next[j] = next[j - 1] || can[j];
      else if (can[j - 1]) next[j] = matchName(p, names[i]);
    }
    can = next;
  }
  return can[parts.length];
}

export class IgnoreList {
  private readonly patterns: Pattern[];

  /** Throws an IgnorePatternError naming the pattern (its index in `lines`: `error.index`). */
  constructor(lines: readonly string[]) {
    this.patterns = [];
    lines.forEach((line, index) => {
      try {
        const p = parsePattern(line);
        if (p) this.patterns.push(p);
      } catch (error) {
        if (error instanceof IgnorePatternError) Object.assign(error, { index });
        throw error;
      }
    });
  }

  get size(): number {
    return this.patterns.length;
  }

  /**
   * Whether a path (relative to the base folder, `/`-separated, not leaving it) is ignored. A
   * folder walk asks about each folder before it enters it, so a file inside an ignored folder
   * is never asked about; as in git, `!` cannot take back a file inside an ignored folder.
   */
  ignores(relative: string, isDirectory: boolean): boolean {
    // (Composed, as the patterns are: macOS writes names decomposed, "Entwu\u0308rfe".)
    const names = relative.normalize('NFC').split('/').filter((n) => n !== '' && n !== '.');
    if (names.length === 0 || names[0] === '..') return false;
    let ignored = false;
    for (const p of this.patterns) {
      if (p.negated !== ignored) continue;
      if (p.directoryOnly && !isDirectory) continue;
      if (matchParts(p.parts, names)) ignored = !p.negated;
    }
    return ignored;
  }
}
