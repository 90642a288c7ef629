/**
 * The plain YAML that glossary files are written in, read directly: block mappings and
 * sequences indented with spaces, keys of letters and digits, and values on their key's line
 * (a plain, single-quoted or double-quoted scalar, or a flow sequence or mapping of such).
 * A file of 10,000 entries is read in a fraction of js-yaml's time.
 *
 * The result is js-yaml's for the same text, object for object, and the lines are the ones its
 * listener reports; plain scalars are resolved by the schema's own implicit types (null,
 * booleans, numbers, timestamps) in its order. Anything else (a block scalar, an anchor, a tag,
 * a value continued on the next line, a tab, an escape in a double-quoted scalar, a duplicated
 * key, an empty list item, a line indented otherwise than these forms need) is no plain YAML:
 * `readPlainYaml` returns undefined, and the caller asks js-yaml, which reads it or says
 * what is wrong, on which line.
 */

/** A type of js-yaml's schema, as its loader applies an implicit one to a plain scalar. */
export interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

export interface PlainYaml {
  data: unknown;
  /**
   * For the document's sequence, and for the sequences that are values of its mapping: the line
   * (1-based) on which each item starts, as js-yaml's listener reports them.
   */
  itemLines: WeakMap<object, number[]>;
}

/** Not plain YAML: the caller reads the text with js-yaml. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

/** js-yaml's test of characters a YAML text must not hold, the line breaks it reads otherwise than "\n", a tab, a byte-order mark. */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** A key as the plain subset writes it. */
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Characters a plain scalar must not begin with (YAML's indicators, white space). */
const INDICATOR = new Set('-?:,[]{}#&*!|>\'"%@` '.split('').map((c) => c.charCodeAt(0)));

/** Read a text of plain YAML, or undefined for any other. */
export function readPlainYaml(text: string, implicit: readonly ImplicitType[]): PlainYaml | undefined {
  if (REFUSED.test(text)) return undefined;
  try {
    return new Reader(text, implicit).document();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  /** The next line with content (neither blank nor only a comment), its indentation. */
  private row = -1;
  private indent = -1;
  private readonly itemLines = new WeakMap<object, number[]>();
  /** How deep the node being read is: item lines are kept for depths 0 and 1. */
  private depth = 0;
  /** The column after the inline value last read (`flow`, `flowItem`, `quoted`). */
  private at = 0;
  /** Keys found to stay strings (`isKey`): a file has a handful, each written thousands of times. */
  private readonly keys = new Set<string>();

  constructor(
    text: string,
    private readonly implicit: readonly ImplicitType[],
  ) {
    this.lines = text.split('\n');
    this.advance(0);
  }

  document(): PlainYaml {
    if (this.row >= this.lines.length || this.indent !== 0) throw NOT_PLAIN;
    const line = this.lines[this.row];
    if (line === '---' || line.startsWith('--- ') || line.startsWith('...') || line[0] === '%') throw NOT_PLAIN;
    const data = this.block(0);
    if (this.row < this.lines.length) throw NOT_PLAIN;
    return { data, itemLines: this.itemLines };
  }

  /** Move to the first line from `from` on with content. */
  private advance(from: number): void {
    let k = from;
    for (; k < this.lines.length; k++) {
      const line = this.lines[k];
      let i = 0;
      while (at(line, i) === 32) i++;
      if (i < line.length && at(line, i) !== 35) {
        this.indent = i;
        break;
      }
    }
    this.row = k;
    if (k >= this.lines.length) this.indent = -1;
  }

  /** The block node (a mapping or a sequence) whose first line is the current one, at its indentation `n`. */
  private block(n: number): unknown {
    const line = this.lines[this.row];
    return isItem(line, n) ? this.sequence(n) : this.mapping(n, n);
  }

  private sequence(n: number): unknown[] {
    const out: unknown[] = [];
    const lines: number[] = [];
    this.depth++;
    while (this.row < this.lines.length && this.indent === n && isItem(this.lines[this.row], n)) {
      const line = this.lines[this.row];
      let c = n + 1;
      while (at(line, c) === 32) c++;
      // (An empty item, "-", which js-yaml reports no line for; a nested sequence on the dash's line.)
      if (c >= line.length || at(line, c) === 35 || isItem(line, c)) throw NOT_PLAIN;
      lines.push(this.row + 1);
      const key = keyAt(line, c);
      if (key !== undefined && KEY.test(key)) out.push(this.mapping(c, n + 1));
      else {
        out.push(this.inline(line, c));
        this.advance(this.row + 1);
        if (this.indent > n) throw NOT_PLAIN;
      }
    }
    this.depth--;
    if (this.depth <= 1) this.itemLines.set(out, lines);
    return out;
  }

  /**
   * A block mapping whose keys stand at column `n`; its first key may follow a sequence's dash
   * on the current line (`n` is then past the dash, and `least` the column after the dash).
   */
  private mapping(n: number, least: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.depth++;
    let first = true;
    while (this.row < this.lines.length && (first || this.indent === n)) {
      const line = this.lines[this.row];
      if (!first && isItem(line, n)) throw NOT_PLAIN;
      first = false;
      const key = keyAt(line, n);
      // (A key js-yaml would resolve to another type, "null", "true", is left to it.)
      if (key === undefined || !this.isKey(key) || Object.prototype.hasOwnProperty.call(out, key)) throw NOT_PLAIN;
      let c = n + key.length + 1;
      while (at(line, c) === 32) c++;
      if (c >= line.length || at(line, c) === 35) {
        // The value is on the lines below: more indented, or a sequence at the key's own indentation.
        if (c < line.length && at(line, c - 1) !== 32) throw NOT_PLAIN;
        this.advance(this.row + 1);
        if (this.row < this.lines.length && (this.indent > n || (this.indent === n && isItem(this.lines[this.row], n)))) {
          out[key] = this.block(this.indent);
          // (Whatever follows must be a key of this mapping, or less indented.)
          if (this.row < this.lines.length && this.indent > n) throw NOT_PLAIN;
        } else out[key] = null;
      } else {
        out[key] = this.inline(line, c);
        this.advance(this.row + 1);
        if (this.row < this.lines.length && this.indent > n) throw NOT_PLAIN;
      }
      if (this.row < this.lines.length && this.indent < n && this.indent >= least) throw NOT_PLAIN;
    }
    this.depth--;
    return out;
  }

  /** A value on one line from column `c` to its end (or to a comment). */
  private inline(line: string, c: number): unknown {
    const ch = at(line, c);
    let value: unknown;
    let end: number;
    if (ch === 91 || ch === 123) value = this.flow(line, c);
    else if (ch === 34 || ch === 39) value = this.quoted(line, c);
    else {
      if (INDICATOR.has(ch)) throw NOT_PLAIN;
      // To the end of the line, or to " #"; a ": " would be a key, which the subset does not nest so.
      end = line.indexOf(' #', c);
      if (end < 0) end = line.length;
      const raw = line.slice(c, end);
      if (raw.includes(': ') || raw.endsWith(':')) throw NOT_PLAIN;
      return this.plain(raw.trimEnd());
    }
    end = this.at;
    while (at(line, end) === 32) end++;
    if (end < line.length && (at(line, end) !== 35 || at(line, end - 1) !== 32)) throw NOT_PLAIN;
    return value;
  }

  /** A flow sequence or mapping at `c`, on this line (`at`: the column after it). */
  private flow(line: string, c: number): unknown {
    const mapping = at(line, c) === 123;
    const close = mapping ? 125 : 93;
    const out: unknown = mapping ? {} : [];
    this.depth++;
    // (Only the lists at depth 0 and 1 keep their lines.)
    const lines: number[] | undefined = !mapping && this.depth <= 2 ? [] : undefined;
    let k = skipSpaces(line, c + 1);
    if (at(line, k) === close) k++;
    else {
      for (;;) {
        let key: string | undefined;
        if (mapping) {
          const colon = line.indexOf(':', k);
          key = colon < 0 ? undefined : line.slice(k, colon);
          if (key === undefined || !this.isKey(key) || at(line, colon + 1) !== 32 || Object.prototype.hasOwnProperty.call(out, key)) throw NOT_PLAIN;
          k = skipSpaces(line, colon + 1);
        }
        lines?.push(this.row + 1);
        const value = this.flowItem(line, k);
        if (mapping) (out as Record<string, unknown>)[key!] = value;
        else (out as unknown[]).push(value);
        k = skipSpaces(line, this.at);
        const ch = at(line, k);
        if (ch === close) {
          k++;
          break;
        }
        if (ch !== 44) throw NOT_PLAIN;
        k = skipSpaces(line, k + 1);
        // (No empty item, and no comma before the closing bracket.)
        const next = at(line, k);
        if (next === 44 || next === close || k >= line.length) throw NOT_PLAIN;
      }
    }
    this.depth--;
    if (lines) this.itemLines.set(out as unknown[], lines);
    this.at = k;
    return out;
  }

  /** An item of a flow collection at `k` (`at`: the column after it). */
  private flowItem(line: string, k: number): unknown {
    const ch = at(line, k);
    if (ch === 91 || ch === 123) return this.flow(line, k);
    if (ch === 34 || ch === 39) return this.quoted(line, k);
    if (k >= line.length || INDICATOR.has(ch)) throw NOT_PLAIN;
    let end = k;
    for (; end < line.length; end++) {
      const c = line.charCodeAt(end);
      if (c === 44 || c === 93 || c === 125) break;
      // (A colon or a comment mark inside: the subset has none.)
      if (c === 58 || c === 35 || c === 91 || c === 123) throw NOT_PLAIN;
    }
    this.at = end;
    return this.plain(line.slice(k, end).trimEnd());
  }

  /** A quoted scalar at `k`, on this line (`at`: the column after it). Single quotes double inside; double-quoted ones have no escape. */
  private quoted(line: string, k: number): string {
    if (at(line, k) === 34) {
      const end = line.indexOf('"', k + 1);
      if (end < 0) throw NOT_PLAIN;
      const value = line.slice(k + 1, end);
      if (value.includes('\\')) throw NOT_PLAIN;
      this.at = end + 1;
      return value;
    }
    let value = '';
    let from = k + 1;
    for (;;) {
      const end = line.indexOf("'", from);
      if (end < 0) throw NOT_PLAIN;
      value += line.slice(from, end);
      if (at(line, end + 1) !== 39) {
        this.at = end + 1;
        return value;
      }
      value += "'";
      from = end + 2;
    }
  }

  /** Whether a key is one the subset takes: letters, digits and underscores, which no implicit type resolves ("null", "true" are left to js-yaml). */
  private isKey(key: string): boolean {
    if (this.keys.has(key)) return true;
    if (!KEY.test(key) || this.plain(key) !== key) return false;
    this.keys.add(key);
    return true;
  }

  /** A plain scalar, resolved as js-yaml resolves it: by the first implicit type that takes it, else a string. */
  private plain(raw: string): unknown {
    for (const type of this.implicit) if (type.resolve(raw)) return type.construct(raw);
    return raw;
  }
}

/** Whether the line has a sequence's dash at column `n` ("- x" or a lone "-"). */
function isItem(line: string, n: number): boolean {
  if (at(line, n) !== 45) return false;
  const next = at(line, n + 1);
  return next === 32 || n + 1 >= line.length;
}

/** The key of a block mapping's entry at column `c` ("term: …", "examples:"), if the line has a colon that ends one (`isKey` tells whether the subset takes it). */
function keyAt(line: string, c: number): string | undefined {
  const colon = line.indexOf(':', c);
  if (colon < 0 || (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32)) return undefined;
  return line.slice(c, colon);
}

/** The code unit at `k`, or -1 past the end (`charCodeAt` past the end made the optimized reader start over). */
function at(line: string, k: number): number {
  return k < line.length ? line.charCodeAt(k) : -1;
}

function skipSpaces(line: string, k: number): number {
  while (at(line, k) === 32) k++;
  return k;
}
