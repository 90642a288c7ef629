/**
 * Detokenization of tokenized MT lines (the MLQE-PE / WMT QE format: one sentence per
 * line, Moses-style spaces around punctuation), and the way back.
 *
 * The spaces around punctuation are an artefact of the data's tokenizer, not an error of
 * the machine translation: the evaluation checks the detokenized text, so spacing rules
 * do not fire on them, and maps every finding back onto the MT tokens it overlaps.
 *
 * Decisions (documented because they change what the rules see):
 * - `, . ; : ! ? ) ] } %` and `...` attach to the previous token; `( [ {` to the next.
 * - Straight double quotes `"` are paired left to right (odd = opening, even = closing,
 *   as the Moses detokenizer does) and, by default, written in the language's style
 *   (German „…“, English “…”): the data's tokenizer normalized them to `"`, and the
 *   post-editors did not treat them as errors, so the quotes rule must not count them.
 *   `quotes: 'keep'` leaves them straight. An unpaired last `"` is left straight and
 *   attached to the previous token.
 * - An apostrophe token `'` joins both neighbours before an English clitic
 *   (`Gödel ' s` → `Gödel's`) and otherwise attaches to the previous token
 *   (`Bayes ' Satz` → `Bayes' Satz`).
 * - Every other token is separated by one space. Replacements keep each token's length,
 *   so `spans[i]` is exactly where token `i` is in the detokenized text.
 */

export interface DetokOptions {
  /** ISO 639-1 language of the text; selects the quotation marks (default `de`). */
  language?: string;
  /** `language` (default): write paired `"` in the language's style; `keep`: leave them. */
  quotes?: 'language' | 'keep';
}

export interface Detokenized {
  /** The detokenized text. */
  text: string;
  /** The MT tokens, as split on whitespace. */
  tokens: string[];
  /** For every token, its `[start, end)` in `text`. */
  spans: Array<[number, number]>;
}

const ATTACH_LEFT = /^(?:[,.;:!?)\]}%]|\.{2,}|…)$/u;
const ATTACH_RIGHT = /^[([{]$/u;
const CLITIC = /^(?:s|t|re|ll|ve|d|m)$/iu;

const QUOTES: Record<string, [string, string]> = {
  de: ['„', '“'],
  en: ['“', '”'],
  es: ['“', '”'],
  fr: ['“', '”'],
};

/** Split a tokenized line into its tokens (on runs of whitespace). */
export function splitTokens(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/** Detokenize one tokenized line; see the module comment for the rules. */
export function detokenize(line: string, options: DetokOptions = {}): Detokenized {
  const tokens = splitTokens(line);
  const [open, close] = options.quotes === 'keep' ? ['"', '"'] : (QUOTES[options.language ?? 'de'] ?? ['"', '"']);
  const quoteCount = tokens.filter((t) => t === '"').length;
  const out: string[] = [];
  const spans: Array<[number, number]> = [];
  let length = 0;
  let quotesSeen = 0;
  // Whether the next token attaches to the one before (no space between them).
  let glueNext = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let written = token;
    let glueLeft = ATTACH_LEFT.test(token);
    let glueRight = ATTACH_RIGHT.test(token);
    if (token === '"') {
      quotesSeen++;
      const opening = quotesSeen % 2 === 1;
      const paired = opening ? quotesSeen < quoteCount : true;
      if (!paired) {
        glueLeft = true; // a stray last quote: keep it straight, attached to its word
      } else if (opening) {
        written = open;
        glueRight = true;
      } else {
        written = close;
        glueLeft = true;
      }
    } else if (token === open && open !== '"') {
      // The language's own marks, as post-editors wrote them ("„ Royals “" in the tokenized
      // data): closed up to their words, as in print.
      glueRight = true;
    } else if (token === close && close !== '"') {
      glueLeft = true;
    } else if (token === "'") {
      glueLeft = i > 0;
      glueRight =
        i + 1 < tokens.length &&
        ((CLITIC.test(tokens[i + 1]) && /\p{L}$/u.test(tokens[i - 1] ?? '')) ||
          // An apostrophe inside a name ("Mi ' kmaq", "Sa ' iqa") or after an
          // elided j', l', d' ("j ' aurai"): before a word in small letters, after a capitalized
          // word that does not end in s (whose apostrophe is its genitive's, "Jones ' Buch").
          (/^\p{Ll}/u.test(tokens[i + 1]) && /^(?:\p{Lu}\p{L}*[^s\P{L}]|\p{Lu}|[jldJLD])$/u.test(tokens[i - 1] ?? '')));
    }
    if (i > 0 && !glueNext && !glueLeft) {
      out.push(' ');
      length += 1;
    }
    spans.push([length, length + written.length]);
    out.push(written);
    length += written.length;
    glueNext = glueRight;
  }
  return { text: out.join(''), tokens, spans };
}

/**
 * The MT tokens a character range `[start, end)` of the detokenized text touches: every
 * token it overlaps; for an empty range (an insertion), the token ending or starting there
 * (the one before preferred). Returns token indices in order.
 */
export function tokensInRange(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): number[] {
  const hit: number[] = [];
  if (end > start) {
    for (let i = 0; i < spans.length; i++) if (spans[i][0] < end && start < spans[i][1]) hit.push(i);
    return hit;
  }
  for (let i = 0; i < spans.length; i++) {
    if (spans[i][1] === start || (spans[i][0] <= start && start < spans[i][1])) return [i];
  }
  for (let i = 0; i < spans.length; i++) if (spans[i][0] === start) return [i];
  return hit;
}

/** Straight quotes back: the data writes every double quote as `"`. */
const TO_STRAIGHT = /[„“”«»]/gu;
const LEADING = /^[([{"']/u;
const TRAILING = /[,;:!?)\]}"'%]$/u;

/**
 * Tokenize a (short) detokenized text the way the data is tokenized: whitespace, then
 * opening brackets and quotes split off the front, closing punctuation off the back.
 * A final period is split off only when `final` (the end of the sentence), since
 * abbreviations and ordinals (`St.`, `1.`) keep theirs in the data.
 */
export function retokenize(text: string, final = false): string[] {
  const out: string[] = [];
  const words = splitTokens(text.replace(TO_STRAIGHT, '"'));
  words.forEach((word, index) => {
    const head: string[] = [];
    const tail: string[] = [];
    let w = word;
    while (w.length > 1 && LEADING.test(w)) {
      head.push(w[0]);
      w = w.slice(1);
    }
    for (;;) {
      if (w.length > 1 && TRAILING.test(w)) {
        tail.unshift(w[w.length - 1]);
        w = w.slice(0, -1);
      } else if (w.length > 1 && w.endsWith('.') && final && index === words.length - 1 && tail.length === 0 && !/^\.+$/u.test(w)) {
        tail.unshift('.');
        w = w.slice(0, -1);
      } else break;
    }
    out.push(...head, w, ...tail);
  });
  return out.filter((t) => t !== '');
}

export interface TextEdit {
  /** `[start, end)` in the detokenized text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Apply edits (non-overlapping, on the detokenized text) at the token level: tokens that
 * no edit touches are kept exactly as in the MT; each group of touched tokens is replaced
 * by the retokenized edited text of its range. So an edit changes only the tokens it
 * touches, and the result compares with the (tokenized) post-edit.
 */
export function applyEditsToTokens(detok: Detokenized, edits: readonly TextEdit[]): string[] {
  const { text, tokens, spans } = detok;
  if (edits.length === 0) return [...tokens];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Each edit's token range [first, last] (last < first: an insertion between tokens).
  const groups: Array<{ first: number; last: number; edits: TextEdit[] }> = [];
  for (const e of sorted) {
    const hit = tokensInRange(spans, e.start, e.end);
    let first: number;
    let last: number;
    if (hit.length > 0) {
      first = hit[0];
      last = hit[hit.length - 1];
    } else {
      // Between tokens (in whitespace): an empty token range at the insertion point.
      first = spans.findIndex((s) => s[0] >= e.end);
      if (first < 0) first = tokens.length;
      last = first - 1;
    }
    const prev = groups[groups.length - 1];
    if (prev && first <= prev.last) {
      prev.last = Math.max(prev.last, last);
      prev.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }
  const out: string[] = [];
  let next = 0;
  for (const g of groups) {
    for (; next < g.first; next++) out.push(tokens[next]);
    const regionStart = Math.min(g.first <= g.last ? spans[g.first][0] : Infinity, ...g.edits.map((e) => e.start));
    const regionEnd = Math.max(g.first <= g.last ? spans[g.last][1] : -Infinity, ...g.edits.map((e) => e.end));
    let region = '';
    let at = regionStart;
    for (const e of g.edits) {
      if (e.start < at) continue; // overlapping edits: the first wins
      region += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    region += text.slice(at, regionEnd);
    const final = regionEnd >= text.length;
    out.push(...retokenize(region, final));
    next = Math.max(next, g.last + 1);
  }
  for (; next < tokens.length; next++) out.push(tokens[next]);
  return out;
}
