/**
 * Translation Edit Rate (Snover et al., 2006, "A Study of Translation Edit Rate with
 * Targeted Human Annotation"): the number of edits (insertions, deletions, substitutions
 * and shifts of word sequences, each costing 1) that turn a hypothesis into the
 * reference, divided by the reference's length.
 *
 * The npm registry has no maintained TER implementation, so this is one, written to
 * reproduce tercom as sacreBLEU reimplements it (`sacrebleu/metrics/lib_ter.py`), with the
 * same constants and heuristics:
 * - a greedy search: repeatedly take the shift that lowers the edit distance most, until
 *   none does (ties: longer shift, then earlier source position, then earlier target);
 * - shift candidates are word sequences of at most 10 words that occur in both sentences
 *   at most 50 positions apart, where the hypothesis words are misaligned and the
 *   reference words are not matched, not shifted within themselves;
 * - at most 1,000 shift candidates are evaluated per sentence pair;
 * - the edit distance is a Levenshtein distance restricted to a beam of 25 cells around
 *   the (length-ratio) diagonal, preferring match/substitution, then deletion, then
 *   insertion when tracing back (as tercom, for the same alignments).
 *
 * Tokens are split on whitespace. As in tercom and sacreBLEU, the comparison ignores case
 * by default (`caseSensitive: true` makes a change of case an edit). With the defaults,
 * this reproduces the gold HTER of MLQE-PE (mt against pe) on all 1,000 dev sentences and
 * on 6,991 of the 7,000 train sentences (the other 9 are gold values capped at 1).
 * Corpus TER is total edits over total reference words. The tests check the published
 * examples (sacreBLEU's test cases and the Snover et al. example) and the gold HTER.
 */

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_SHIFT_CANDIDATES = 1000;

const OP_NOP = 0;
const OP_SUB = 1;
const OP_INS = 2;
const OP_DEL = 3;
const OP_UNDEF = 4;

export interface TerOptions {
  /** Compare tokens case-sensitively (default false, as tercom and sacreBLEU). */
  caseSensitive?: boolean;
}

export interface TerResult {
  /** Number of edits, shifts included. */
  edits: number;
  /** Number of reference words. */
  refLength: number;
  /** edits / refLength (1 when the reference is empty and the hypothesis is not; 0 when both are). */
  score: number;
  /** Number of shifts among the edits. */
  shifts: number;
}

export function tokenize(text: string, options: TerOptions = {}): string[] {
  const t = options.caseSensitive ? text : text.toLowerCase();
  const trimmed = t.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/u);
}

/** TER of one hypothesis against one reference (strings are split on whitespace). */
export function sentenceTer(hypothesis: string | readonly string[], reference: string | readonly string[], options: TerOptions = {}): TerResult {
  const hyp = typeof hypothesis === 'string' ? tokenize(hypothesis, options) : normalizeCase(hypothesis, options);
  const ref = typeof reference === 'string' ? tokenize(reference, options) : normalizeCase(reference, options);
  const { edits, shifts } = translationEditRate(hyp, ref);
  return { edits, shifts, refLength: ref.length, score: ratio(edits, ref.length) };
}

/** Corpus TER: total edits over total reference words. */
export function corpusTer(
  hypotheses: ReadonlyArray<string | readonly string[]>,
  references: ReadonlyArray<string | readonly string[]>,
  options: TerOptions = {},
): TerResult & { sentences: TerResult[] } {
  if (hypotheses.length !== references.length) throw new Error(`TER: ${hypotheses.length} hypotheses but ${references.length} references`);
  const sentences = hypotheses.map((h, i) => sentenceTer(h, references[i], options));
  const edits = sentences.reduce((a, s) => a + s.edits, 0);
  const shifts = sentences.reduce((a, s) => a + s.shifts, 0);
  const refLength = sentences.reduce((a, s) => a + s.refLength, 0);
  return { edits, shifts, refLength, score: ratio(edits, refLength), sentences };
}

function ratio(edits: number, refLength: number): number {
  if (refLength > 0) return edits / refLength;
  return edits > 0 ? 1 : 0;
}

function normalizeCase(words: readonly string[], options: TerOptions): string[] {
  return options.caseSensitive ? [...words] : words.map((w) => w.toLowerCase());
}

/** Number of edits (and shifts) turning `hyp` into `ref`. */
export function translationEditRate(hyp: readonly string[], ref: readonly string[]): { edits: number; shifts: number } {
  if (ref.length === 0) return { edits: hyp.length, shifts: 0 };
  // Words as integers: comparisons in the inner loops are then cheap.
  const ids = new Map<string, number>();
  const id = (w: string) => {
    let v = ids.get(w);
    if (v === undefined) ids.set(w, (v = ids.size));
    return v;
  };
  const r = Int32Array.from(ref, id);
  let h: Int32Array = Int32Array.from(hyp, id);
  const ed = new BeamEditDistance(r, h.length);
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const step = bestShift(h, r, ed, checked);
    checked = step.checked;
    if (checked >= MAX_SHIFT_CANDIDATES) break;
    if (step.delta <= 0) break;
    shifts++;
    h = step.words;
  }
  return { edits: shifts + ed.distance(h).cost, shifts };
}

interface ShiftStep {
  delta: number;
  words: Int32Array;
  checked: number;
}

function bestShift(h: Int32Array, r: Int32Array, ed: BeamEditDistance, checkedBefore: number): ShiftStep {
  const base = ed.distance(h, true);
  // The alignment, from the trace of rewriting the reference into the hypothesis.
  const align = new Int32Array(r.length).fill(-2); // -2: unset
  const hypErr = new Uint8Array(h.length);
  const refErr = new Uint8Array(r.length);
  {
    let ph = -1;
    let pr = -1;
    for (const op of base.trace) {
      // Flipped: an insertion of the hypothesis trace is a deletion here, and vice versa.
      if (op === OP_NOP || op === OP_SUB) {
        ph++;
        pr++;
        align[pr] = ph;
        if (op === OP_SUB) {
          hypErr[ph] = 1;
          refErr[pr] = 1;
        }
      } else if (op === OP_DEL) {
        // (hypothesis trace: deletion of a hypothesis word) → an extra hypothesis word
        ph++;
        hypErr[ph] = 1;
      } else if (op === OP_INS) {
        // (hypothesis trace: insertion of a reference word) → a reference word without partner
        pr++;
        align[pr] = ph;
        refErr[pr] = 1;
      }
    }
  }

  let checked = checkedBefore;
  let best: { delta: number; length: number; start: number; target: number; words: Int32Array } | undefined;
  const nh = h.length;
  const nr = r.length;
  outer: for (let startH = 0; startH < nh; startH++) {
    for (let startR = 0; startR < nr; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
      let length = 0;
      while (h[startH + length] === r[startR + length] && length < MAX_SHIFT_SIZE) {
        length++;
        const done = nh === startH + length || nr === startR + length;
        // Candidate (startH, startR, length).
        if (sum(hypErr, startH, startH + length) > 0 && sum(refErr, startR, startR + length) > 0) {
          const a = align[startR];
          if (!(startH <= a && a < startH + length)) {
            let prevIdx = -1;
            for (let offset = -1; offset < length; offset++) {
              let idx: number;
              if (startR + offset === -1) idx = 0;
              else if (startR + offset < nr && align[startR + offset] !== -2) idx = align[startR + offset] + 1;
              else break;
              if (idx === prevIdx) continue;
              prevIdx = idx;
              const words = performShift(h, startH, length, idx);
              const delta = base.cost - ed.distance(words).cost;
              checked++;
              if (
                !best ||
                delta > best.delta ||
                (delta === best.delta &&
                  (length > best.length ||
                    (length === best.length && (startH < best.start || (startH === best.start && idx < best.target)))))
              ) {
                best = { delta, length, start: startH, target: idx, words };
              }
            }
          }
        }
        if (done) break;
      }
      if (checked >= MAX_SHIFT_CANDIDATES) break outer;
    }
  }
  if (!best) return { delta: 0, words: h, checked };
  return { delta: best.delta, words: best.words, checked };
}

function sum(a: Uint8Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to && i < a.length; i++) s += a[i];
  return s;
}

/** Move `words[start, start+length)` so that it is inserted before index `target`. */
function performShift(words: Int32Array, start: number, length: number, target: number): Int32Array {
  const w = Array.from(words);
  let out: number[];
  if (target < start) {
    out = [...w.slice(0, target), ...w.slice(start, start + length), ...w.slice(target, start), ...w.slice(start + length)];
  } else if (target > start + length) {
    out = [...w.slice(0, start), ...w.slice(start + length, target), ...w.slice(start, start + length), ...w.slice(target)];
  } else {
    out = [...w.slice(0, start), ...w.slice(start + length, length + target), ...w.slice(start, start + length), ...w.slice(length + target)];
  }
  return Int32Array.from(out);
}

/**
 * Levenshtein distance of hypotheses (all of one length) to a fixed reference, restricted
 * to a beam around the diagonal. The rows of the last hypothesis computed are kept: a
 * shifted hypothesis shares a prefix with the one it came from, and those rows are reused.
 */
class BeamEditDistance {
  private readonly ref: Int32Array;
  private readonly beam: number;
  private readonly ratio: number;
  /** Rows of the last computed hypothesis: costs and ops, (n+1) × (m+1). */
  private lastWords: Int32Array | undefined;
  private cost: Float64Array[] = [];
  private ops: Uint8Array[] = [];

  constructor(ref: Int32Array, hypLength: number) {
    this.ref = ref;
    this.ratio = hypLength > 0 ? ref.length / hypLength : 1;
    this.beam = BEAM_WIDTH < this.ratio / 2 ? Math.ceil(this.ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
  }

  /** Edit distance and trace (ops, from the start) of `hyp` against the reference. */
  distance(hyp: Int32Array, withTrace = false): { cost: number; trace: number[] } {
    const m = this.ref.length;
    const n = hyp.length;
    // How many leading rows can be reused from the previous hypothesis.
    let reuse = 0;
    if (this.lastWords && this.lastWords.length === n) {
      const limit = Math.min(n, this.cost.length - 1);
      while (reuse < limit && this.lastWords[reuse] === hyp[reuse]) reuse++;
    }
    if (this.cost.length !== n + 1) {
      this.cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
      this.ops = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
      reuse = 0;
    }
    const cost = this.cost;
    const ops = this.ops;
    if (reuse === 0) {
      for (let j = 0; j <= m; j++) {
        cost[0][j] = j;
        ops[0][j] = OP_INS;
      }
    }
    for (let i = reuse + 1; i <= n; i++) {
      const row = cost[i];
      const rowOps = ops[i];
      row.fill(Infinity);
      rowOps.fill(OP_UNDEF);
      const prev = cost[i - 1];
      const diag = Math.floor(i * this.ratio);
      const minJ = Math.max(0, diag - this.beam);
      const maxJ = i === n ? m + 1 : Math.min(m + 1, diag + this.beam);
      const word = hyp[i - 1];
      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          row[0] = prev[0] + 1;
          rowOps[0] = OP_DEL;
          continue;
        }
        const match = word === this.ref[j - 1];
        let best = prev[j - 1] + (match ? 0 : 1);
        let op = match ? OP_NOP : OP_SUB;
        const del = prev[j] + 1;
        if (del < best) {
          best = del;
          op = OP_DEL;
        }
        const ins = row[j - 1] + 1;
        if (ins < best) {
          best = ins;
          op = OP_INS;
        }
        row[j] = best;
        rowOps[j] = op;
      }
    }
    this.lastWords = hyp;
    const trace: number[] = [];
    if (!withTrace) return { cost: cost[n][m], trace };
    // Trace back from (n, m).
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
      const op = ops[i][j];
      trace.push(op);
      if (op === OP_SUB || op === OP_NOP) {
        i--;
        j--;
      } else if (op === OP_INS) j--;
      else if (op === OP_DEL) i--;
      else throw new Error(`TER: undefined edit operation at ${i},${j}`);
    }
    trace.reverse();
    return { cost: cost[n][m], trace };
  }
}
