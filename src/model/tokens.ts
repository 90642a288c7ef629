/**
 * Words and model tokens of a sentence, with their character offsets.
 *
 * A sentence is cut into units: words (letters, with inner hyphens and apostrophes), numbers
 * and single punctuation marks. The model's tokenizer runs on each whitespace-separated
 * chunk separately (which is what BERT's and XLM-R's pre-tokenizers do anyway, so the ids
 * are the same as for the whole sentence, and chunks can be cached), and each token is
 * placed in the chunk by matching its text, so every token belongs to a unit and every
 * finding can be reported as a character span.
 */

export type UnitKind = 'word' | 'number' | 'punct';

export interface Unit {
  start: number;
  end: number;
  text: string;
  kind: UnitKind;
  /** Index of its first token and one past its last (`tokenStart === tokenEnd` when it has none). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token {
  id: number;
  piece: string;
  start: number;
  end: number;
  unit: number;
}

export interface Tokenized {
  text: string;
  units: Unit[];
  tokens: Token[];
}

/** What the scorer needs of a tokenizer. */
export interface PieceTokenizer {
  /** Token strings of one whitespace-free chunk (no special tokens). */
  pieces(chunk: string): string[];
  idOf(piece: string): number;
  pieceOf(id: number): string;
  /** The text a piece stands for, without its word-boundary marker ("##", "▁", "Ġ"). */
  surface(piece: string): string;
  /** Whether a piece starts a word (it can stand as a whole word when it is the only piece). */
  startsWord(piece: string): boolean;
  /** Whether the token is special ([CLS], <s>, …) or unknown. */
  isSpecial(id: number): boolean;
}

const UNIT = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function splitUnits(text: string): Array<Pick<Unit, 'start' | 'end' | 'text' | 'kind'>> {
  const out: Array<Pick<Unit, 'start' | 'end' | 'text' | 'kind'>> = [];
  for (const m of text.matchAll(UNIT)) {
    const t = m[0];
    const kind: UnitKind = /^[\p{L}\p{M}]/u.test(t) ? 'word' : /^\p{N}/u.test(t) ? 'number' : 'punct';
    out.push({ start: m.index!, end: m.index! + t.length, text: t, kind });
  }
  return out;
}

/** Tokenize a sentence into units and tokens (with a per-chunk cache). */
export function tokenize(text: string, tokenizer: PieceTokenizer, chunkCache?: Map<string, Array<{ id: number; piece: string }>>): Tokenized {
  const base = splitUnits(text);
  const units: Unit[] = base.map((u) => ({ ...u, tokenStart: 0, tokenEnd: 0 }));
  const tokens: Token[] = [];
  let u = 0;
  for (const chunk of text.matchAll(/\S+/g)) {
    const cStart = chunk.index!;
    const cText = chunk[0];
    const cEnd = cStart + cText.length;
    let pieces = chunkCache?.get(cText);
    if (!pieces) {
      pieces = tokenizer.pieces(cText).map((piece) => ({ piece, id: tokenizer.idOf(piece) }));
      if (chunkCache) {
        if (chunkCache.size > 50_000) chunkCache.clear();
        chunkCache.set(cText, pieces);
      }
    }
    while (u < units.length && units[u].end <= cStart) u++;
    let cursor = cStart;
    for (const { piece, id } of pieces) {
      const surface = tokenizer.surface(piece);
      let start = cursor;
      let end = cursor;
      if (surface && !tokenizer.isSpecial(id)) {
        const at = text.slice(cursor, cEnd).indexOf(surface);
        if (at >= 0) {
          start = cursor + at;
          end = start + surface.length;
        } else {
          // Normalisation changed the text (NFKC, …): advance by the surface length.
          end = Math.min(cEnd, cursor + Math.max(1, surface.length));
        }
      } else {
        // An unknown token covers the rest of the unit it starts in.
        const unit = units.find((x) => x.end > cursor && x.start < cEnd);
        end = unit ? Math.min(unit.end, cEnd) : cEnd;
        start = Math.max(cursor, unit ? unit.start : cursor);
      }
      // The unit the token starts in (or the nearest before it within the chunk).
      let k = u;
      while (k + 1 < units.length && units[k + 1].start <= start) k++;
      if (k >= units.length || units[k].start >= cEnd) continue;
      tokens.push({ id, piece, start, end, unit: k });
      cursor = Math.max(cursor, end);
    }
  }
  // Unit → token ranges (tokens are in order, so each unit's tokens are contiguous).
  for (let i = 0; i < units.length; i++) {
    units[i].tokenStart = units[i].tokenEnd = -1;
  }
  tokens.forEach((t, i) => {
    const unit = units[t.unit];
    if (unit.tokenStart < 0) unit.tokenStart = i;
    unit.tokenEnd = i + 1;
  });
  let last = 0;
  for (const unit of units) {
    if (unit.tokenStart < 0) unit.tokenStart = unit.tokenEnd = last;
    last = unit.tokenEnd;
  }
  return { text, units, tokens };
}

/** Detects the tokenizer's piece convention from its vocabulary. */
export function pieceConvention(vocab: readonly string[]): 'wordpiece' | 'metaspace' | 'bytelevel' {
  let hash = 0;
  let meta = 0;
  let byte = 0;
  const step = Math.max(1, Math.floor(vocab.length / 5000));
  for (let i = 0; i < vocab.length; i += step) {
    const p = vocab[i];
    if (typeof p !== 'string') continue;
    if (p.startsWith('##')) hash++;
    else if (p.startsWith('▁')) meta++;
    else if (p.startsWith('Ġ')) byte++;
  }
  if (meta >= hash && meta >= byte) return 'metaspace';
  if (byte > hash) return 'bytelevel';
  return 'wordpiece';
}
