/**
 * parse-latin, with two of its steps done without per-character regular expressions: the
 * same trees, node for node and position for position (`test/core/latin.test.ts` compares
 * them with the stock parser's on every line of the shared data), in about 60 % of the time
 * (44 vs 72 ms over the bench text). Parsing is the one step every word of every document
 * goes through.
 *
 *  - `tokenize` classifies each UTF-16 code unit once per process, by asking the stock
 *    tokenizer about that one character, instead of testing three regular expressions on
 *    every character of every text;
 *  - the paragraph plugin that breaks a sentence at a blank line (`breakImplicitSentences`)
 *    counts line breaks instead of splitting every white-space node's text into an array;
 *  - three paragraph plugins that removed or inserted sentences in the paragraph's list in
 *    place (quadratic: 8 s for a paragraph of 100,000 sentences) build the list in one pass.
 */
import { ParseLatin } from 'parse-latin';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst';

/**
 * The stock test of a word's lower-case first letter (parse-latin's own expression, read from
 * its file: the package exports only its parser), so the linear plugin below decides exactly
 * as the stock one.
 */
const { lowerInitial, wordSymbolInner, terminalMarker } = (await import(pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('parse-latin')), 'lib/expressions.js')).href)) as {
  lowerInitial: RegExp;
  wordSymbolInner: RegExp;
  terminalMarker: RegExp;
};

type NodeType = SentenceContent['type'];

/** Node type of each code unit as the stock tokenizer sees it, filled on first sight. */
const TYPES: Array<NodeType | undefined> = new Array(65536);
const stock = new ParseLatin();

function typeOf(code: number): NodeType {
  let type = TYPES[code];
  if (type === undefined) TYPES[code] = type = stock.tokenize(String.fromCharCode(code))[0].type;
  return type;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Line breaks in a text, CR LF counting once (as /\r\n|\r|\n/ splits). */
function lineBreaks(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (value.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * `breakImplicitSentences`: a sentence is broken where a white-space node holds two line
 * breaks or more (the stock plugin splits the node's text by line breaks and counts parts).
 */
function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children;
  // As unist-util-modify-children iterates: a returned index is where to go on.
  let index = 0;
  while (index < siblings.length) {
    const next = breakAt(siblings[index], index, paragraph);
    index = next ?? index + 1;
  }
}

function breakAt(child: Paragraph['children'][number], index: number, parent: Paragraph): number | undefined {
  if (child.type !== 'SentenceNode') return undefined;
  const children = child.children;
  // Ignore the first and last child.
  let position = 0;
  while (++position < children.length - 1) {
    const node = children[position];
    if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue;
    child.children = children.slice(0, position);
    const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) };
    const tail = children[position - 1];
    const head = children[position + 1];
    parent.children.splice(index + 1, 0, node, insertion);
    if (child.position && tail.position && head.position) {
      const end = child.position.end;
      child.position.end = tail.position.end;
      insertion.position = { start: head.position.start, end };
    }
    return index + 1;
  }
  return undefined;
}

/** Whether a paragraph plugin breaks a sentence at a blank line (so it is the one replaced). */
function isBreakImplicitSentences(plugin: (node: Paragraph) => void): boolean {
  const word = (value: string) => ({ type: 'WordNode' as const, children: [{ type: 'TextNode' as const, value }] });
  const probe: Paragraph = {
    type: 'ParagraphNode',
    children: [{ type: 'SentenceNode', children: [word('a'), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b')] }],
  };
  try {
    plugin(probe);
  } catch {
    return false;
  }
  return probe.children.length === 3 && probe.children[1].type === 'WhiteSpaceNode' && probe.children[2].type === 'SentenceNode';
}

type ParagraphChild = Paragraph['children'][number];
const hasChildren = (node: ParagraphChild | undefined): node is Sentence => node !== undefined && 'children' in node;

/** The text of a node (as nlcst-to-string gives it). */
function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  let out = '';
  for (const child of (node.children ?? []) as Array<{ value?: string; children?: unknown[] }>) out += textOf(child);
  return out;
}

/**
 * `mergeNonWordSentences`, in one pass: a sentence without a word joins the sentence before it
 * (or, first in its paragraph, the one after it, which is then taken as it is). The stock
 * plugin removed each such sentence from the paragraph's list in place: quadratic in a
 * paragraph of many sentences.
 */
function mergeNonWordSentences(paragraph: Paragraph): void {
  const children = paragraph.children;
  const out: ParagraphChild[] = [];
  let takeNext = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (takeNext || !hasChildren(child) || child.children.some((n) => n.type === 'WordNode')) {
      takeNext = false;
      out.push(child);
      continue;
    }
    const previous = out[out.length - 1];
    if (hasChildren(previous)) {
      appendChildren(previous, child);
      continue;
    }
    const next = children[i + 1];
    if (hasChildren(next)) {
      next.children.unshift(...child.children);
      if (next.position && child.position) next.position.start = child.position.start;
      takeNext = true;
      continue;
    }
    out.push(child);
  }
  paragraph.children = out;
}

/** Moves `child`'s children to the end of `into`, which then ends where `child` ended. */
function appendChildren(into: { children: unknown[]; position?: { end: unknown } }, child: { children: unknown[]; position?: { end: unknown } }): void {
  into.children.push(...child.children);
  if (into.position && child.position) into.position.end = child.position.end;
}

/**
 * `mergeInitialLowerCaseLetterSentences`, in one pass: a sentence whose first word (before any
 * symbol or punctuation) starts with a lower-case letter joins the sentence before it.
 */
function mergeInitialLowerCaseLetterSentences(paragraph: Paragraph): void {
  const out: ParagraphChild[] = [];
  for (const child of paragraph.children) {
    const previous = out[out.length - 1];
    if (child.type === 'SentenceNode' && previous?.type === 'SentenceNode' && child.children.length > 0) {
      let merge = false;
      for (const node of child.children) {
        if (node.type === 'WordNode') {
          merge = lowerInitial.test(textOf(node));
          break;
        }
        if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') break;
      }
      if (merge) {
        appendChildren(previous, child);
        continue;
      }
    }
    out.push(child);
  }
  paragraph.children = out;
}

/**
 * `makeInitialWhiteSpaceSiblings`, in one pass: white space that starts a sentence becomes the
 * sentence's sibling before it.
 */
function makeInitialWhiteSpaceSiblings(paragraph: Paragraph): void {
  const out: ParagraphChild[] = [];
  for (const child of paragraph.children) {
    if (hasChildren(child)) {
      while (child.children[0]?.type === 'WhiteSpaceNode') {
        out.push(child.children.shift() as ParagraphChild);
        const next = child.children[0];
        if (next && next.position && child.position) child.position.start = next.position.start;
      }
    }
    out.push(child);
  }
  paragraph.children = out;
}

/**
 * `mergeRemainingFullStops`, in one pass per sentence: a full stop that is not the sentence's
 * last terminal marker joins the word before it ("z.", "B."), or else the word after it. The
 * stock plugin removed each from the sentence's list in place, quadratic in a long sentence:
 * 15 s for 400 KB of "z. B. ". Read from the end, as the stock one reads; the nodes after a
 * position are the ones kept so far.
 */
function mergeRemainingFullStops(paragraph: Paragraph): void {
  for (const sentence of paragraph.children) {
    if (!('children' in sentence)) continue;
    const children = sentence.children as SentenceContent[];
    const removed = new Uint8Array(children.length);
    // Indices kept after the current position, nearest last.
    const kept: number[] = [];
    let hasFoundDelimiter = false;
    let any = false;
    // (Kept with `kept.push`, not a closure made per node.)
    for (let position = children.length - 1; position >= 0; position--) {
      const grandchild = children[position];
      if (grandchild.type !== 'SymbolNode' && grandchild.type !== 'PunctuationNode') {
        if (grandchild.type === 'WordNode') hasFoundDelimiter = true;
        kept.push(position);
        continue;
      }
      const value = grandchild.value;
      if (!terminalMarker.test(value)) {
        kept.push(position);
        continue;
      }
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true;
        kept.push(position);
        continue;
      }
      if (value !== '.') {
        kept.push(position);
        continue;
      }
      const previous = children[position - 1];
      const next = kept.length > 0 ? children[kept[kept.length - 1]] : undefined;
      if (previous && previous.type === 'WordNode') {
        const nextNext = kept.length > 1 ? children[kept[kept.length - 2]] : undefined;
        // "{.} ." stays.
        if (next && nextNext && next.type === 'WhiteSpaceNode' && textOf(nextNext) === '.') {
          kept.push(position);
          continue;
        }
        removed[position] = 1;
        any = true;
        previous.children.push(grandchild as WordNode['children'][number]);
        if (grandchild.position && previous.position) previous.position.end = grandchild.position.end;
      } else if (next && next.type === 'WordNode') {
        removed[position] = 1;
        any = true;
        next.children.unshift(grandchild as WordNode['children'][number]);
        if (grandchild.position && next.position) next.position.start = grandchild.position.start;
      } else kept.push(position);
    }
    if (any) sentence.children = children.filter((_, k) => removed[k] === 0) as typeof sentence.children;
  }
}

/**
 * The stock paragraph plugins this module does in one pass, by their place in parse-latin
 * 7's list (checked: another list is left as it is). Each removed or inserted sentences in the
 * paragraph's list in place, quadratic in the sentences of a paragraph: 8 s for one of
 * 100,000 sentences, in `mergeInitialLowerCaseLetterSentences` alone.
 */
const LINEAR: ReadonlyArray<readonly [number, (node: Paragraph) => void]> = [
  [0, mergeNonWordSentences],
  [2, mergeInitialLowerCaseLetterSentences],
  [6, mergeRemainingFullStops],
  [7, makeInitialWhiteSpaceSiblings],
];

type WordNode = Extract<SentenceContent, { type: 'WordNode' }>;
const isMark = (node: SentenceContent) => node.type === 'SymbolNode' || node.type === 'PunctuationNode';

/**
 * A sentence's nodes in one pass, where `take(siblings, i)` may join the mark at `i` and what
 * follows it into the word before: it gives the word's new children (their last ends the word)
 * and the index after the nodes taken. The stock plugins removed the joined nodes from the
 * sentence's list in place, quadratic in a long sentence: 29 s for one of 400 KB ("a-b "
 * repeated).
 */
function joinIntoWords(sentence: Sentence, take: (siblings: readonly SentenceContent[], i: number, previous: WordNode) => { tokens: WordNode['children']; next: number } | undefined): void {
  const siblings = sentence.children;
  const out: SentenceContent[] = [];
  let i = 0;
  while (i < siblings.length) {
    const child = siblings[i];
    const previous = out[out.length - 1];
    const taken = previous?.type === 'WordNode' && isMark(child) ? take(siblings, i, previous) : undefined;
    if (previous?.type === 'WordNode' && taken) {
      previous.children.push(...taken.tokens);
      const last = taken.tokens[taken.tokens.length - 1];
      if (previous.position && last.position) previous.position.end = last.position.end;
      i = taken.next;
      continue;
    }
    out.push(child);
    i++;
  }
  sentence.children = out;
}

/** `mergeInnerWordSymbol`, in one pass: words joined by inner-word symbols ("a-b", "z.B", "l’l’") become one word. */
function mergeInnerWordSymbol(sentence: Sentence): void {
  joinIntoWords(sentence, (siblings, i) => {
    let position = i;
    const tokens: WordNode['children'] = [];
    let queue: WordNode['children'] = [];
    for (; position < siblings.length; position++) {
      const sibling = siblings[position];
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children);
        queue = [];
      } else if (isMark(sibling) && wordSymbolInner.test(textOf(sibling))) {
        queue.push(sibling as WordNode['children'][number]);
      } else break;
    }
    // (Inner-word marks after the last word are not taken.)
    return tokens.length > 0 ? { tokens, next: position - queue.length } : undefined;
  });
}

/** `mergeInnerWordSlash`, in one pass: short words joined by a slash ("a/b", "km/h") become one word. */
function mergeInnerWordSlash(sentence: Sentence): void {
  joinIntoWords(sentence, (siblings, i, previous) => {
    const slash = siblings[i];
    if (textOf(slash) !== '/' || textOf(previous).length >= 3) return undefined;
    const tokens: WordNode['children'] = [slash as WordNode['children'][number]];
    const next = siblings[i + 1];
    if (next?.type !== 'WordNode') return { tokens, next: i + 1 };
    if (textOf(next).length >= 3) return undefined;
    tokens.push(...next.children);
    return { tokens, next: i + 2 };
  });
}

/** The stock sentence plugins done in one pass, by their place in parse-latin 7's list. */
const LINEAR_SENTENCE: ReadonlyArray<readonly [number, (node: Sentence) => void]> = [
  [2, mergeInnerWordSymbol],
  [3, mergeInnerWordSlash],
];

/**
 * parse-latin's `patchPosition`, last in each of its three lists, without visiting every child: a
 * node without a start (an end) takes its first (last) child's, as the stock plugin's visitor
 * does at index 0 (the last index). The visit and its callback per node were ~1 % of the
 * starter checks' time on the benchmark.
 */
function patchPosition(node: { children: ReadonlyArray<{ position?: { start: Point; end: Point } }>; position?: Partial<{ start: Point; end: Point }> }): void {
  const children = node.children;
  if (children.length === 0) return;
  const first = children[0];
  if (first.position && (!node.position || !node.position.start)) {
    node.position ??= {};
    node.position.start = first.position.start;
  }
  const last = children[children.length - 1];
  if (last.position && (!node.position || !node.position.end)) {
    node.position ??= {};
    node.position.end = last.position.end;
  }
}

/** The value of a node that is a mark (symbol or punctuation), else undefined. */
const markValue = (node: SentenceContent): string | undefined => (node.type === 'SymbolNode' || node.type === 'PunctuationNode' ? node.value : undefined);

/**
 * Stock sentence plugins, by their place in parse-latin 7's list, run only on a sentence where
 * they may change something: each acts at a mark only, which it moves into a word beside it (no
 * move makes another mark they act at). Each visits every node of every sentence through
 * `unist-util-modify-children` otherwise: with their string per node, ~2 % of the starter checks'
 * time on the benchmark, where few sentences have such a mark.
 */
const GUARDED_SENTENCE: ReadonlyArray<readonly [number, (children: readonly SentenceContent[]) => boolean]> = [
  // mergeInitialWordSymbol: an "&" before a word ("&foo").
  [0, (children) => children.some((c) => markValue(c) === '&')],
  // mergeFinalWordSymbol: a "-" after the sentence's first node ("foo-").
  [1, (children) => children.some((c, i) => i > 0 && markValue(c) === '-')],
  // mergeInitialisms: a full stop after a word of several parts, an odd number of them ("U.S.A" + ".").
  [
    4,
    (children) =>
      children.some((c, i) => {
        if (i === 0 || c.type !== 'PunctuationNode' || c.value !== '.') return false;
        const previous = children[i - 1];
        return previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0;
      }),
  ],
];

export class LatinParser extends ParseLatin {
  constructor() {
    super();
    const sentencePlugins = this.tokenizeSentencePlugins;
    const stockSentence = ParseLatin.prototype.tokenizeSentencePlugins;
    if (stockSentence.length === 6) {
      for (const [k, plugin] of LINEAR_SENTENCE) if (sentencePlugins[k] === stockSentence[k]) sentencePlugins[k] = plugin as (typeof sentencePlugins)[number];
      for (const [k, acts] of GUARDED_SENTENCE) {
        const stock = stockSentence[k];
        if (sentencePlugins[k] === stock) sentencePlugins[k] = ((sentence: Sentence) => acts(sentence.children) && stock(sentence)) as (typeof sentencePlugins)[number];
      }
    }
    const plugins = this.tokenizeParagraphPlugins;
    // Replaced only where the stock plugin is found (another parse-latin keeps its own).
    const at = plugins.findIndex((p) => isBreakImplicitSentences(p as (node: Paragraph) => void));
    if (at >= 0) plugins[at] = breakImplicitSentences as (typeof plugins)[number];
    const stockList = ParseLatin.prototype.tokenizeParagraphPlugins;
    if (stockList.length === 12) {
      for (const [k, plugin] of LINEAR) if (plugins[k] === stockList[k]) plugins[k] = plugin as (typeof plugins)[number];
    }
    // The stock `patchPosition`: the plugin last in all three lists (checked: the same function in each).
    const stockPatch: unknown = stockList[stockList.length - 1];
    const rootPlugins = this.tokenizeRootPlugins;
    if (stockSentence[stockSentence.length - 1] === stockPatch && ParseLatin.prototype.tokenizeRootPlugins[ParseLatin.prototype.tokenizeRootPlugins.length - 1] === stockPatch) {
      for (const list of [sentencePlugins, plugins, rootPlugins] as Array<Array<(node: never) => void>>) {
        for (let k = 0; k < list.length; k++) if (list[k] === stockPatch) list[k] = patchPosition as (node: never) => void;
      }
    }
    // (Set last: a class field would be set before the lists above are changed. Only for the
    // steps of parse-latin 7, which `plainSentence` was checked against.)
    this.built = stockSentence.length === 6 && stockList.length === 12 && ParseLatin.prototype.tokenizeRootPlugins.length === 4 ? this.plugins.map((list) => [...list]) : undefined;
  }

  /**
   * The tree of a text of one plain sentence (`plainSentence`) built directly, else parse-latin's
   * steps. A glossary's examples are such texts ("Die App Tick Tack wächst."): 20,000 of them
   * are parsed when a glossary of 10,000 entries is loaded.
   */
  override parse(value?: string | null): Root {
    const built = this.built;
    if (value && built && sameList(this.tokenizeSentencePlugins, built[0]) && sameList(this.tokenizeParagraphPlugins, built[1]) && sameList(this.tokenizeRootPlugins, built[2])) {
      const tree = plainSentence(value);
      if (tree) return tree;
    }
    return super.parse(value);
  }

  /** The plugin lists as the constructor left them: `plainSentence` gives their tree only while they are these. */
  private readonly built: ReadonlyArray<readonly unknown[]> | undefined;
  private get plugins(): ReadonlyArray<readonly unknown[]> {
    return [this.tokenizeSentencePlugins, this.tokenizeParagraphPlugins, this.tokenizeRootPlugins];
  }

  /** The stock tokenizer's loop, with a table look-up where it tested regular expressions. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const current: Point = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index = 0;
    let start: Point = { ...current };
    let previousType: NodeType | undefined;
    let previous = -1;
    const node = (type: NodeType, text: string): SentenceContent =>
      type === 'WordNode'
        ? { type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end: { ...current } } }], position: { start, end: { ...current } } }
        : ({ type, value: text, position: { start, end: { ...current } } } as SentenceContent);
    while (index < value.length) {
      const code = value.charCodeAt(index);
      const type = typeOf(code);
      if (
        from < index &&
        previousType &&
        // Words and white space continue; so does the same punctuation or symbol character, or a surrogate.
        !(previousType === type && (type === 'WordNode' || type === 'WhiteSpaceNode' || code === previous || (code >= 0xd800 && code <= 0xdfff)))
      ) {
        children.push(node(previousType, value.slice(from, index)));
        from = index;
        start = { ...current };
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        current.line++;
        current.column = 1;
      } else if (code !== 10) current.column++;
      current.offset++;
      previousType = type;
      previous = code;
      index++;
    }
    if (previousType && from < index) children.push(node(previousType, value.slice(from, index)));
    return children;
  }
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** parse-latin's `abbreviationPrefix` (merge-prefix-exceptions.js): a sentence's full stop after such a word goes into the word ("etc."). */
const ABBREVIATION_PREFIX = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

/**
 * The tree parse-latin gives a text of one plain sentence, built without its steps: words
 * (runs of code units it reads as word characters, no surrogates) separated by one space each,
 * maybe ending in one ".", "!" or "?" right after the last word. No step of parse-latin changes
 * such a sentence: none has a mark inside, a white space with a line break or a second
 * sentence; only a final full stop after a word such as "etc." or "a." would go into the word,
 * and such a text is left to the parser. The nodes share their points as parse-latin's do (a
 * word and its text node one start; each parent its first child's start and last child's end).
 * Undefined for any other text.
 */
export function plainSentence(value: string): Root | undefined {
  const n = value.length;
  if (n === 0 || !isWordUnit(value.charCodeAt(0))) return undefined;
  let end = n;
  const last = value.charCodeAt(n - 1);
  if (last === 46 || last === 33 || last === 63) {
    end = n - 1;
    if (end === 0 || !isWordUnit(value.charCodeAt(end - 1))) return undefined;
  }
  // (The checks first, so that most other texts are refused before any node is made.)
  for (let k = 1; k < end; k++) {
    const c = value.charCodeAt(k);
    // (A space is followed by a word's first unit; one before the final mark or the end is none.)
    if (c === 32 ? k + 1 >= end || !isWordUnit(value.charCodeAt(k + 1)) : !isWordUnit(c)) return undefined;
  }
  if (last === 46) {
    const wordStart = value.lastIndexOf(' ', end - 1) + 1;
    if (ABBREVIATION_PREFIX.test(value.slice(wordStart, end).toLowerCase())) return undefined;
  }
  const point = (offset: number): Point => ({ line: 1, column: offset + 1, offset });
  const children: SentenceContent[] = [];
  let from = 0;
  for (let k = 0; k <= end; k++) {
    if (k < end && value.charCodeAt(k) !== 32) continue;
    const start = point(from);
    const text = value.slice(from, k);
    children.push({ type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end: point(k) } }], position: { start, end: point(k) } } satisfies Word);
    if (k < end) children.push({ type: 'WhiteSpaceNode', value: ' ', position: { start: point(k), end: point(k + 1) } });
    from = k + 1;
  }
  if (end < n) children.push({ type: 'PunctuationNode', value: value[end], position: { start: point(end), end: point(n) } });
  const position = () => ({ start: children[0].position!.start, end: children[children.length - 1].position!.end });
  const sentence: Sentence = { type: 'SentenceNode', children, position: position() };
  const paragraph: Paragraph = { type: 'ParagraphNode', children: [sentence], position: position() };
  return { type: 'RootNode', children: [paragraph], position: position() };
}

/** Whether parse-latin reads a code unit as a word character (a surrogate, one of a pair, is left to it). */
function isWordUnit(code: number): boolean {
  return !(code >= 0xd800 && code <= 0xdfff) && typeOf(code) === 'WordNode';
}
