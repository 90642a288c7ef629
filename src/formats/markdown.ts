/**
 * Markdown (CommonMark, with YAML/TOML front matter): only prose is checked. Every
 * paragraph, heading and table cell becomes a block; paragraphs inside list items and
 * blockquotes get the kinds 'list-item' and 'blockquote' (the nearest container wins).
 * Code blocks, HTML blocks, front matter, thematic breaks and definitions produce no block.
 *
 * Block text is the prose of the block's inline content, in order:
 * - text is copied verbatim where it matches the source; line prefixes that the parser
 *   drops (`> `, list indentation, trailing spaces before a soft line break) split it
 *   into several verbatim segments. The soft line break itself stays in the text as "\n".
 * - a character escape (`\*`) or reference (`&amp;`) is an opaque segment whose text is
 *   the decoded character(s), so checks see "*" or "&" but nothing there gets fixed.
 * - emphasis, strong, delete and link markers vanish: their children are prose. A link's
 *   URL and title produce nothing (they are not part of the sentence); an autolink
 *   (`<https://…>`, or a link whose text is its URL) is one placeholder.
 * - inline code, inline HTML, images and footnote references are one `OPAQUE` placeholder.
 * - a hard line break is an opaque " " (a verbatim "\n" if its source is exactly that).
 *
 * An image's alt text (`![alt](…)`, `![alt][ref]`, `![alt]`) and a link's or an image's title
 * (`[a](url "title")`) are prose a reader meets too (a screen reader reads the alt text aloud, a
 * browser shows it where the image does not load, the title as a tooltip): each is a block of
 * its own ('alt-text', 'title'), after the block that holds it, mapped to the bytes between
 * `![` and `]` or between the title's quotation marks, read as the paragraph's text is (escapes
 * and references opaque, emphasis marks left out). In its block the image stays one placeholder.
 */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';
import type { Image, ImageReference, Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { partitionPoint } from '../core/spans.js';
import { OPAQUE, type Block, type BlockKind, type ProseDocument, type Segment } from '../core/document.js';
import { directivesIn, MAX_DIRECTIVES, MAY_HOLD_DIRECTIVE, type Directive } from '../core/directives.js';
import { groupDigits } from '../core/count.js';

// GitHub-flavoured Markdown (tables, footnotes, strikethrough, task lists, bare links), as
// newsrooms write it: without it a table was one paragraph (a fix could merge two rows) and
// a footnote definition "[^1]: …" was prose (French spacing broke it).
type Packages = typeof import('./markdown-parser.js').packages;
function makeProcessor({ unified, remarkParse, remarkGfm, remarkFrontmatter }: Packages) {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(keepLabels);
}

let parser: ReturnType<typeof makeProcessor> | undefined;

/**
 * Loads the parser (once): a check does before it reads a Markdown document (see
 * markdown-parser.ts). A run over plain text never loads it (the cold start of one article).
 */
export async function loadMarkdown(): Promise<void> {
  if (parser) return;
  const { packages } = await import('./markdown-parser.js');
  parser ??= makeProcessor(packages);
}

/**
 * The parser. Where no check loaded it, it is required here, at once (ES modules, which Node
 * 20.19 and later require as it imports them): the render of a review page is synchronous, and
 * the process that renders it may never have checked a Markdown file (LektorPool's caller, or one
 * that read a findings file back).
 */
function processor(): ReturnType<typeof makeProcessor> {
  if (!parser) {
    const require = createRequire(import.meta.url);
    parser = makeProcessor({
      unified: (require('unified') as typeof import('unified')).unified,
      remarkParse: (require('remark-parse') as typeof import('remark-parse')).default,
      remarkGfm: (require('remark-gfm') as typeof import('remark-gfm')).default,
      remarkFrontmatter: (require('remark-frontmatter') as typeof import('remark-frontmatter')).default,
    });
  }
  return parser;
}

/** Whether the Markdown parser has been loaded. */
export function parserLoaded(): boolean {
  return parser !== undefined;
}

/**
 * What the parser reads of an image's alt text and of a title, and drops: the alt text's inline
 * nodes (the tree keeps only their string, `alt`), and the title's text nodes (where it is
 * written, escapes and references); each with its place in the source.
 */
interface Kept {
  alt?: PhrasingContent[];
  title?: PhrasingContent[];
}

/**
 * Keeps them on the node's `data.lektor` (see `Kept`). The parser's own handlers of a label's and
 * a title's end, written again (they are these lines in mdast-util-from-markdown) with what they
 * dropped kept: nothing is parsed twice.
 */
function keepLabels(this: Processor) {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  type Context = { stack: Array<Nodes & { children: PhrasingContent[] }>; resume(): string; data: Record<string, unknown> };
  const kept = (node: Nodes): Kept => ((node.data ??= {}) as { lektor?: Kept }).lektor ??= {};
  const extension = {
    exit: {
      label(this: Context) {
        const fragment = this.stack[this.stack.length - 1];
        const value = this.resume();
        const node = this.stack[this.stack.length - 1] as unknown as Link | Image | ImageReference;
        this.data.inReference = true;
        if (node.type === 'link') node.children = fragment.children as Link['children'];
        else {
          node.alt = value;
          kept(node).alt = fragment.children;
        }
      },
      resourceTitleString(this: Context) {
        const fragment = this.stack[this.stack.length - 1];
        const value = this.resume();
        const node = this.stack[this.stack.length - 1] as unknown as Link | Image;
        node.title = value;
        kept(node).title = fragment.children;
      },
    },
  };
  (data.fromMarkdownExtensions ??= []).push(extension);
}

/** What `keepLabels` kept of a node. */
function keptOf(node: PhrasingContent): Kept | undefined {
  return (node.data as { lektor?: Kept } | undefined)?.lektor;
}

/** Block-level nodes that carry no prose. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition']);

/** Inline nodes that stand for one placeholder. */
const PLACEHOLDER = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference']);

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * More opening brackets than this outside fenced code: the Markdown parser's time grows with
 * their square (10,000 link-like ones: about 4 s; 200,000: minutes).
 */
const MAX_BRACKETS = 10_000;

/**
 * More nesting than this, summed over the lines outside fenced code (each line's indentation in
 * pairs of columns as far as a list item or block quote opened it, and its block-quote marks): the parser's time grows with each line's depth
 * (lists nested 400 deep, 80,000: about 2 s; 800 deep, 320,000: 14 s; 3,000 deep: minutes).
 * An article's lists, a few levels deep, sum to a few thousand.
 */
const MAX_NESTING = 100_000;

/**
 * More emphasis marks than this (`*`, `_`, `~`, not escaped) in one paragraph: the parser
 * resolves a paragraph's marks in time that grows with their square (20,000 in one paragraph:
 * 7 s; 30,000: 13 s; a megabyte of them, hours). Spread over paragraphs they cost little (20,000
 * in 200: about a second). Counted per run of lines between blank lines outside fenced code,
 * which is at least a paragraph (a tight list or a table is one run): an article's paragraph
 * holds a few dozen.
 */
const MAX_EMPHASIS_MARKS = 10_000;

/**
 * More characters than this read in a paragraph by the parser's tries at its HTML comments,
 * declarations and instructions (`<!--`, `<!…`, `<![CDATA[`, `<?`): each is read up to its end
 * (`-->`, `>`, `]]>`, `?>`) or, left open, to the paragraph's end, and the sum of those reads
 * is the parser's time (about 20 ns a character: 6,000 left open in a paragraph of 110 KB, 8 s;
 * 20,000, 94 s; a megabyte, hours). An article's comments, closed, cost a few hundred.
 */
const MAX_OPEN_HTML_READ = 100_000_000;

/** The ends of the HTML constructs that the parser reads to their end (see `MAX_OPEN_HTML_READ`). */
function htmlEnd(text: string, at: number): string {
  if (text.startsWith('<!--', at)) return '-->';
  if (text.startsWith('<![CDATA[', at)) return ']]>';
  return text[at + 1] === '?' ? '?>' : '>';
}

/** Whether the parser's reads of a paragraph's HTML comments, declarations and instructions exceed `MAX_OPEN_HTML_READ` (counted up to there only). */
function openHtmlTooLong(text: string): boolean {
  let read = 0;
  const opening = /<[!?]/g;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    const end = text.indexOf(htmlEnd(text, m.index), m.index + 2);
    read += (end < 0 ? text.length : end) - m.index;
    if (read > MAX_OPEN_HTML_READ) return true;
  }
  return false;
}

/**
 * More setext headings than this (a line of text underlined with `=` or `-`): the parser's time
 * grows faster than their square (2,000 tight: 1 s; 4,000: 5 s; 10,000: 32 s; with a paragraph
 * each, 4,000 took 9 s). Counted conservatively: every line of only `=` or `-` after a line with
 * text, outside fenced code. An article has a few dozen headings.
 */
const MAX_SETEXT_HEADINGS = 2_000;

/**
 * Opening brackets, the nesting summed over lines (see `MAX_NESTING`), and the first paragraph
 * the parser would take minutes over (the line it begins on, and why: too many emphasis marks,
 * see `MAX_EMPHASIS_MARKS`, or HTML comments left open, see `MAX_OPEN_HTML_READ`), outside
 * fenced code blocks (``` or ~~~).
 */
function outsideCode(source: string): { brackets: number; nesting: number; setext: number; slowParagraph?: { line: number; why: 'emphasis' | 'html' } } {
  let brackets = 0;
  let nesting = 0;
  // Lines that may underline a setext heading (see MAX_SETEXT_HEADINGS), and whether the line before held text.
  let setext = 0;
  let afterText = false;
  // The run of lines being read (a paragraph or more, see MAX_EMPHASIS_MARKS): the line it
  // began on (1-based), its emphasis marks, its lines when one holds "<!" or "<?".
  let marks = 0;
  let runStart = 0;
  let runLines: string[] = [];
  let html = false;
  let slowParagraph: { line: number; why: 'emphasis' | 'html' } | undefined;
  // In an HTML block of a comment, declaration or instruction: the text that ends it.
  let htmlBlockEnd: string | undefined;
  let lineNumber = 0;
  const endRun = () => {
    if (slowParagraph === undefined && html && openHtmlTooLong(runLines.join('\n'))) slowParagraph = { line: runStart, why: 'html' };
    marks = 0;
    runLines = [];
    html = false;
  };
  // The depth of the containers open (in pairs of columns and quote marks; 0: none, after a
  // paragraph at the margin), and of the last list item's or block quote's indentation.
  let container = -1;
  let depth = 0;
  let blank = false;
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    lineNumber++;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      endRun();
      afterText = false;
      continue;
    }
    if (fence !== undefined) continue;
    const text = !/^[ \t\r]*$/.test(line);
    if (afterText && /^ {0,3}(?:=+|-+)[ \t]*\r?$/.test(line)) setext++;
    afterText = text;
    for (let i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) brackets++;
    if (slowParagraph === undefined) {
      // An HTML block that begins with a comment, a declaration or an instruction runs to the
      // line that ends it (or to the end), and is read at once: no paragraph's.
      let inHtmlBlock = htmlBlockEnd !== undefined;
      if (htmlBlockEnd !== undefined) {
        if (line.includes(htmlBlockEnd)) htmlBlockEnd = undefined;
      } else {
        const block = /^ {0,3}<[!?]/.exec(line);
        if (block) {
          endRun();
          inHtmlBlock = true;
          const end = htmlEnd(line, block[0].length - 2);
          if (!line.includes(end, block[0].length)) htmlBlockEnd = end;
        }
      }
      // (A blank line ends the paragraph.)
      if (inHtmlBlock) {
        // read with its block
      } else if (/^[ \t\r]*$/.test(line)) endRun();
      else {
        if (runLines.length === 0 && marks === 0) runStart = lineNumber;
        // (A mark after an odd number of backslashes is escaped: "\*" is no emphasis.)
        let escaped = false;
        for (let i = 0; i < line.length; i++) {
          const c = line.charCodeAt(i);
          if ((c === 42 || c === 95 || c === 126) && !escaped) marks++; // * _ ~
          escaped = c === 92 && !escaped;
        }
        if (marks > MAX_EMPHASIS_MARKS) slowParagraph = { line: runStart, why: 'emphasis' };
        runLines.push(line);
        html ||= line.includes('<!') || line.includes('<?');
      }
    }
    // Only nesting counts: a line's indentation up to the deepest container open (the last list
    // item's or block quote's, and a little more for its text), not the indentation of code or of
    // HTML, which opens none (26,000 lines of indented code had been refused).
    let columns = 0;
    let quotes = 0;
    // List markers stacked on one line ("- - - x") open one list each.
    let items = 0;
    let k = 0;
    for (; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else if (c === 62) quotes++; // ">"
      else if ((c === 45 || c === 42 || c === 43) && (line.charCodeAt(k + 1) === 32 || line.charCodeAt(k + 1) === 9)) items++; // "- ", "* ", "+ "
      else break;
    }
    if (k === line.length) {
      blank = true;
      continue;
    }
    const item = items > 0 || /^\d{1,9}[.)](?:[ \t]|$)/.test(line.slice(k));
    if (item || quotes > 0) {
      container = columns;
      depth = (columns >> 1) + items + quotes;
    } else if (columns === 0 && blank) {
      // A paragraph at the margin after a blank line closes the lists; without one, it is a
      // lazy continuation of the deepest, and costs its depth.
      container = -1;
      depth = 0;
    }
    blank = false;
    nesting += container < 0 ? 0 : Math.max(depth, Math.min(columns, container + 4) >> 1) + quotes;
  }
  endRun();
  return { brackets, nesting, setext, ...(slowParagraph !== undefined ? { slowParagraph } : {}) };
}

export function readMarkdown(source: string): ProseDocument {
  if (source.length > 2_000) {
    const { brackets, nesting, setext, slowParagraph } = outsideCode(source);
    if (setext > MAX_SETEXT_HEADINGS) {
      throw new Error(`the Markdown has more than ${groupDigits(MAX_SETEXT_HEADINGS)} setext headings (a line underlined with = or -), which its parser would take minutes over; check it as plain text (.txt), or write its headings with #`);
    }
    if (brackets > MAX_BRACKETS) {
      throw new Error(`the Markdown has more than ${groupDigits(MAX_BRACKETS)} opening brackets "[" outside code, which its parser would take minutes over; check it as plain text (.txt)`);
    }
    if (slowParagraph !== undefined) {
      const what = slowParagraph.why === 'emphasis' ? `more than ${groupDigits(MAX_EMPHASIS_MARKS)} emphasis marks (*, _ or ~) outside code` : 'thousands of HTML comments, declarations or instructions left open (<!--, <!…, <?)';
      throw new Error(`line ${slowParagraph.line}: a paragraph with ${what}, which its parser would take minutes over; check it as plain text (.txt)`);
    }
    if (nesting > MAX_NESTING) {
      throw new Error('the Markdown is nested too deeply (lists or block quotes hundreds of levels inside each other), which its parser would take minutes over; check it as plain text (.txt)');
    }
  }
  try {
    return readMarkdownTree(source);
  } catch (error) {
    // (Thousands of nested quotes or lists: the parser and the tree walk recurse once per level.)
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new Error('the Markdown is nested too deeply to be read (thousands of block quotes or lists inside each other); check it as plain text (.txt)');
    }
    throw error;
  }
}

function readMarkdownTree(source: string): ProseDocument {
  // The parser skips a leading byte order mark and counts its positions without it: the
  // document is read without it, and its offsets moved past it.
  if (source.charCodeAt(0) === 0xfeff) {
    const doc = readMarkdownTree(source.slice(1));
    for (const b of doc.blocks) for (const s of b.segments) s.sourceStart += 1;
    for (const d of doc.directives ?? []) {
      d.start += 1;
      d.end += 1;
    }
    return { ...doc, source };
  }
  const tree = processor().parse(source) as Root;
  const blocks: Block[] = [];
  const templates = templateRanges(source);
  // A block, then the alt texts and titles inside it, in the order they begin.
  const pushBlocks = (src: string, kind: BlockKind, children: PhrasingContent[]) => {
    const inner: Block[] = [];
    const b = new BlockBuilder(templates, inner);
    inlineChildren(src, b, children);
    pushBlock(blocks, { kind, text: b.text, segments: b.segments });
    if (inner.length > 1) inner.sort((x, y) => x.segments[0].sourceStart - y.segments[0].sourceStart);
    for (const block of inner) pushBlock(blocks, block);
  };

  // Directive comments (`<!-- lektor-disable -->`), in block or inline HTML, looked for only
  // where the text names one.
  const directives: Directive[] = [];
  const mayDirect = MAY_HOLD_DIRECTIVE.test(source);
  const collect = (node: Nodes) => {
    if (node.type === 'html') {
      // (Read from the source, not the node's value: inside a block quote or a list item the
      // value has lost its lines' "> " and indentation, and its offsets would drift.)
      const at = node.position?.start.offset;
      const end = node.position?.end.offset;
      // (One past the most a document's comments are read, so that the rest can be said.)
      if (at !== undefined && end !== undefined && directives.length <= MAX_DIRECTIVES) directives.push(...directivesIn(source.slice(at, end), at));
    } else if ('children' in node) for (const child of (node as Parents).children) collect(child as Nodes);
  };
  if (mayDirect) collect(tree);
  const visit = (node: Nodes, container: BlockKind) => {
    if (node.type === 'yaml') {
      for (const block of frontMatterBlocks(source, node.position?.start.offset, node.position?.end.offset, templates)) pushBlock(blocks, block);
      return;
    }
    if (SKIPPED.has(node.type)) return;
    switch (node.type) {
      case 'paragraph':
        pushBlocks(source, container, node.children);
        return;
      case 'heading':
        pushBlocks(source, 'heading', node.children);
        return;
      case 'tableCell':
        pushBlocks(source, 'table-cell', node.children);
        return;
      case 'listItem':
        for (const child of node.children) visit(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, 'blockquote');
        return;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, container);
  };
  visit(tree, 'paragraph');
  return directives.length > 0 ? { source, format: 'markdown', blocks, directives } : { source, format: 'markdown', blocks };
}

/**
 * The keys of YAML front matter whose values are the article's prose (its headline, standfirst,
 * teaser): Hugo, Jekyll and most static site generators name them so. Only a top-level key of
 * one line is read.
 */
const PROSE_KEYS = /^(title|subtitle|headline|description|summary|excerpt|lead|teaser|standfirst|deck)[ \t]*:[ \t]+(\S[^\n\r]*?)[ \t]*\r?$/gm;

/**
 * The prose values of YAML front matter (`title: "…"`), as blocks: a title as a heading, the
 * others as paragraphs; each marked with its scalar style, so that a fix is applied only where
 * the value stays valid YAML (see `fixable`). A value that YAML reads otherwise than as written
 * (escapes in double quotes, a doubled quote in single ones, a comment, a block scalar, a
 * flow collection) is left out.
 */
function frontMatterBlocks(source: string, start: number | undefined, end: number | undefined, templates: ReadonlyArray<readonly [number, number]>): Block[] {
  if (start === undefined || end === undefined) return [];
  const yaml = source.slice(start, end);
  const out: Block[] = [];
  PROSE_KEYS.lastIndex = 0;
  for (let m = PROSE_KEYS.exec(yaml); m !== null; m = PROSE_KEYS.exec(yaml)) {
    const raw = m[2];
    let at = start + m.index + m[0].length - (m[0].endsWith('\r') ? 1 : 0) - raw.length;
    let value = raw;
    let scalar: 'plain' | 'single' | 'double';
    const q = raw[0];
    if (q === '"' || q === "'") {
      if (raw.length < 3 || raw[raw.length - 1] !== q) continue;
      value = raw.slice(1, -1);
      if (value.includes(q) || (q === '"' && value.includes('\\'))) continue;
      at += 1;
      scalar = q === '"' ? 'double' : 'single';
    } else {
      if (/^[-?:,[\]{}#&*!|>%@`]/.test(raw) || raw.includes(' #') || raw.includes(': ')) continue;
      scalar = 'plain';
    }
    const b = new BlockBuilder(templates);
    b.verbatim(at, value);
    out.push({ kind: /^(title|headline)$/.test(m[1]) ? 'heading' : 'paragraph', text: b.text, segments: b.segments, scalar });
  }
  return out;
}

function pushBlock(blocks: Block[], block: Block) {
  // A block without any prose (an empty heading, a lone image) has nothing to check.
  if (block.text.replaceAll(OPAQUE, '').trim() !== '') blocks.push(block);
}

/** Collects block text and segments, merging verbatim runs that are contiguous in both. */
class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  /** Inside text that is also a link's label: checked as written, never fixed (see `inline`). */
  locked = 0;

  /**
   * Template tags of the source (`templateRanges`), sorted: placeholders wherever they fall. The
   * blocks of the alt texts and titles met in this one's text go to `inner` (none where it is undefined).
   */
  constructor(
    readonly templates: ReadonlyArray<readonly [number, number]> = [],
    readonly inner?: Block[],
  ) {}

  verbatim(sourceStart: number, value: string) {
    if (value === '') return;
    const templates = this.templates;
    const end = sourceStart + value.length;
    // The first tag that ends after this text begins (bisection: most documents have none).
    const lo = partitionPoint(templates, (t) => t[1] <= sourceStart);
    // Every tag that overlaps this text, whole or in part (a tag may span an escape or an
    // emphasis, several text nodes): its part here is one placeholder, the rest is text.
    let at = sourceStart;
    for (let k = lo; k < templates.length && templates[k][0] < end; k++) {
      const a = Math.max(templates[k][0], at);
      const b = Math.min(templates[k][1], end);
      if (b <= a) continue;
      this.plain(at, value.slice(at - sourceStart, a - sourceStart));
      this.opaque(a, b - a, OPAQUE);
      at = b;
    }
    this.plain(at, value.slice(at - sourceStart));
  }

  private plain(sourceStart: number, value: string) {
    if (value === '') return;
    if (this.locked > 0) {
      this.opaque(sourceStart, value.length, value);
      return;
    }
    const last = this.segments[this.segments.length - 1];
    if (last && !last.opaque && last.sourceStart + last.length === sourceStart) {
      last.length += value.length;
    } else {
      this.segments.push({ textStart: this.text.length, sourceStart, length: value.length });
    }
    this.text += value;
  }

  /** `character`: an escape or a character reference, which stands for its text and no markup (`Segment.character`). */
  opaque(sourceStart: number, sourceLength: number, value: string, character = false) {
    this.segments.push({ textStart: this.text.length, sourceStart, length: value.length, sourceLength, opaque: true, ...(character ? { character: true as const } : {}) });
    this.text += value;
  }
}

/**
 * Template tags in the Markdown of static site generators (Liquid and Jekyll `{{ … }}` and
 * `{% … %}`, Hugo shortcodes `{{< … >}}`, WordPress shortcodes `[caption id="…"]`) and emoji
 * shortcodes (`:smile:`): not prose, each
 * one placeholder. French spacing had made `:smile:` `:smile :`, and the quotes rule had
 * curled the quotes of `{{ "Hallo" | upcase }}`, breaking the site's build. (Bounded: linear.)
 */
const SHORTCODE = /\[(?:\/[a-z][a-z0-9_-]{0,30}|[a-z][a-z0-9_-]{0,30}(?:[ \t]+[a-z_-]{1,30}="[^"\n\]]{0,300}"){1,20})[ \t]*\/?\]/g;
const EMOJI = /(?<![\p{L}\p{N}:]):[a-z0-9_+-]{2,40}:(?![\p{L}\p{N}:])/gu;

function templateRanges(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Tags: each opener closed by the first closer after it on its line, within 2,000 characters.
  // The closers are found once and each opener looks its closer up by bisection: linear in the
  // text times a logarithm, whatever it holds ("{{" × 300,000 without a closer).
  for (const [open, close] of [['{{', '}}'], ['{%', '%}']] as const) {
    if (!source.includes(open)) continue;
    const closers: number[] = [];
    for (let i = source.indexOf(close); i >= 0; i = source.indexOf(close, i + 2)) closers.push(i);
    let from = 0;
    // The next line break after the opener, found again only once an opener is past it.
    let newline = -1;
    for (let i = source.indexOf(open); i >= 0; i = source.indexOf(open, Math.max(i + 2, from))) {
      if (newline !== Infinity && newline < i) {
        newline = source.indexOf('\n', i);
        if (newline < 0) newline = Infinity;
      }
      const c = closers[partitionPoint(closers, (k) => k < i + 2)];
      if (c === undefined || c - i > 2000) continue;
      if (newline < c) continue;
      out.push([i, c + 2]);
      from = c + 2;
    }
  }
  if (source.includes(':')) for (const m of source.matchAll(EMOJI)) out.push([m.index, m.index + m[0].length]);
  // WordPress shortcodes: "[caption id="a" align="b"]", "[/caption]" (a tag with an attribute, or a closing one).
  if (source.includes('[')) for (const m of source.matchAll(SHORTCODE)) out.push([m.index, m.index + m[0].length]);
  // Sorted, overlaps merged (a tag inside another, an emoji inside a tag).
  out.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Inline HTML elements whose content is code, keyboard input, program output or a script,
 * not prose: from the opening tag to its closing tag, all of it is one placeholder
 * (`<code>rm "so"</code>`, `<kbd>Strg</kbd>`). Other elements (`<b>`, `<span>`) keep their
 * text as prose: only their tags are placeholders.
 */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'tt', 'pre', 'script', 'style', 'textarea', 'math', 'svg']);
const OPENING_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^>]*>$/;
const CLOSING_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/;

function inlineChildren(source: string, b: BlockBuilder, children: PhrasingContent[]) {
  // Each code element's opening tag and its closing one among the siblings (the same element
  // nested counts), in one pass: a search from each opening tag had been quadratic when none
  // closed ("a <code> " × 50,000: minutes).
  const closing = new Map<number, number>();
  const open = new Map<string, number[]>();
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    if (c.type !== 'html') continue;
    const opening = !c.value.endsWith('/>') ? OPENING_TAG.exec(c.value)?.[1].toLowerCase() : undefined;
    if (opening !== undefined) {
      if (CODE_ELEMENTS.has(opening)) (open.get(opening) ?? open.set(opening, []).get(opening)!).push(k);
      continue;
    }
    const closed = CLOSING_TAG.exec(c.value)?.[1].toLowerCase();
    const stack = closed !== undefined ? open.get(closed) : undefined;
    const from = stack?.pop();
    if (from !== undefined) closing.set(from, k);
  }
  for (let k = 0; k < children.length; k++) {
    const child = children[k];
    const close = closing.get(k) ?? -1;
    if (close >= 0) {
      const start = child.position?.start.offset;
      const end = close >= 0 ? children[close].position?.end.offset : undefined;
      if (start !== undefined && end !== undefined) {
        b.opaque(start, end - start, OPAQUE);
        k = close;
        continue;
      }
    }
    inline(source, b, child);
  }
}

function inline(source: string, b: BlockBuilder, node: PhrasingContent) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const raw = source.slice(start, end);

  switch (node.type) {
    case 'text':
      alignText(source, b, node, start, end);
      return;
    case 'break':
      if (raw === '\n') b.verbatim(start, raw);
      else b.opaque(start, raw.length, ' ');
      return;
    case 'html':
      // A word-break opportunity inside a word ("Bundes<wbr>regierung", as CMS exports of long
      // compounds have it) is what a soft hyphen is: the word stays one.
      if (/^<wbr\s*\/?>$/i.test(raw)) {
        b.opaque(start, raw.length, '\u00AD');
        return;
      }
      break;
    case 'image':
    case 'imageReference': {
      b.opaque(start, raw.length, OPAQUE);
      // The alt text of "![alt]" and "![alt][]" is also the label that finds the image's
      // definition: checked, but a fix there would break the image (as a link's, below).
      const label = node.type === 'imageReference' && node.referenceType !== 'full';
      innerBlock(source, b, 'alt-text', keptOf(node)?.alt, label);
      if (node.type === 'image') titleBlock(source, b, keptOf(node)?.title);
      return;
    }
    case 'link':
      titleBlock(source, b, keptOf(node)?.title);
      if (raw.startsWith('<') || isUrlText(node.children, node.url)) {
        b.opaque(start, raw.length, OPAQUE);
        return;
      }
      break;
    case 'linkReference':
      // "[Tick Tack]" and "[Tick Tack][]": the text is also the label that finds the link's
      // definition. It is checked, but a fix there would break the link: it stays for review.
      if (node.referenceType !== 'full') {
        b.locked++;
        inlineChildren(source, b, node.children);
        b.locked--;
        return;
      }
      break;
  }
  if (PLACEHOLDER.has(node.type)) {
    b.opaque(start, raw.length, OPAQUE);
  } else if ('children' in node) {
    // emphasis, strong, delete, link, linkReference: the markers vanish, the children are prose.
    inlineChildren(source, b, node.children);
  } else if (raw !== '') {
    // Any other leaf (from an extension): not prose.
    b.opaque(start, raw.length, OPAQUE);
  }
}

/**
 * The block of an alt text or a title (`children`, as the parser read them), for the builder's
 * `inner` blocks: read as a paragraph's text, its own sentences. Checked as written, never fixed,
 * where it is a reference's label (`locked`) or inside one (the builder's text is locked).
 */
function innerBlock(source: string, b: BlockBuilder, kind: 'alt-text' | 'title', children: PhrasingContent[] | undefined, locked: boolean, delimiter?: Block['delimiter']) {
  if (!b.inner || !children || children.length === 0) return;
  const inner = new BlockBuilder(b.templates, b.inner);
  inner.locked = b.locked + (locked ? 1 : 0);
  inlineChildren(source, inner, children);
  if (inner.segments.length === 0) return;
  b.inner.push({ kind, text: inner.text, segments: inner.segments, ...(delimiter !== undefined ? { delimiter } : {}) });
}

/**
 * The block of a title, with the character that closes it (`"`, `'` or `)`, read after its text
 * in the source), which a fix may not write; never fixed where that cannot be read.
 */
function titleBlock(source: string, b: BlockBuilder, children: PhrasingContent[] | undefined) {
  const end = children?.[children.length - 1]?.position?.end.offset;
  const c = end === undefined ? undefined : source[end];
  const delimiter = c === '"' || c === "'" || c === ')' ? c : undefined;
  innerBlock(source, b, 'title', children, delimiter === undefined, delimiter);
}

/** Whether a link shows its own URL (`[https://x.y](https://x.y)`, `<a@b.c>`). */
function isUrlText(children: PhrasingContent[], url: string): boolean {
  if (children.length !== 1 || children[0].type !== 'text') return false;
  const text = children[0].value;
  return text === url || 'mailto:' + text === url;
}

/**
 * Map a text node's value onto its source slice. Where they agree the text is verbatim;
 * escapes and character references become opaque segments holding the decoded text;
 * source the parser dropped (line prefixes in containers, trailing whitespace before a
 * line ending) is skipped. Anything else makes the rest of the node one opaque segment.
 */
function alignText(source: string, b: BlockBuilder, node: Text, start: number, end: number) {
  const value = node.value;
  let i = 0;
  let j = start;
  let runText = 0;
  let runSource = start;
  const flush = () => {
    b.verbatim(runSource, value.slice(runText, i));
  };
  const restart = () => {
    runText = i;
    runSource = j;
  };

  while (i < value.length) {
    const c = source[j];
    if (j < end && c === '\\' && j + 1 < end && ASCII_PUNCTUATION.test(source[j + 1]) && value[i] === source[j + 1]) {
      flush();
      b.opaque(j, 2, value[i], true);
      i += 1;
      j += 2;
      restart();
      continue;
    }
    if (j < end && c === '&') {
      const m = REFERENCE.exec(source.slice(j, Math.min(end, j + 40)));
      const decoded = m ? decodeReference(m[0]) : undefined;
      if (m && decoded !== undefined && value.startsWith(decoded, i)) {
        flush();
        b.opaque(j, m[0].length, decoded, true);
        i += decoded.length;
        j += m[0].length;
        restart();
        continue;
      }
    }
    if (j < end && c === value[i]) {
      i++;
      j++;
      continue;
    }
    const skip = skippable(source, j, end);
    if (skip > 0) {
      flush();
      j += skip;
      restart();
      continue;
    }
    // Cannot align: the rest is one opaque span that keeps the parser's text.
    flush();
    b.opaque(j, Math.max(end - j, 0), value.slice(i));
    return;
  }
  flush();
}

/**
 * How many source characters at `j` the parser dropped from a text value: whitespace
 * before a line ending, or a container's line prefix (indentation, `>` markers) after one.
 */
function skippable(source: string, j: number, end: number): number {
  let k = j;
  while (k < end && (source[k] === ' ' || source[k] === '\t')) k++;
  if (k > j && (source[k] === '\n' || source[k] === '\r')) return k - j;
  if (j > 0 && source[j - 1] === '\n') {
    k = j;
    while (k < end && (source[k] === ' ' || source[k] === '\t' || source[k] === '>')) k++;
    return k - j;
  }
  return 0;
}

const referenceCache = new Map<string, string | undefined>();

/** Decode a character reference the way the parser does; undefined if it is not one. */
function decodeReference(reference: string): string | undefined {
  if (referenceCache.has(reference)) return referenceCache.get(reference);
  const tree = processor().parse(`x${reference}x`) as Root;
  const paragraph = tree.children[0];
  let decoded: string | undefined;
  if (paragraph?.type === 'paragraph' && paragraph.children.length === 1 && paragraph.children[0].type === 'text') {
    const text = paragraph.children[0].value;
    if (text !== `x${reference}x` && text.startsWith('x') && text.endsWith('x')) decoded = text.slice(1, -1);
  }
  referenceCache.set(reference, decoded);
  return decoded;
}
