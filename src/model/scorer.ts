/**
 * What the model finds in a sentence, in three steps.
 *
 * 1. Screening: one forward pass over the unmasked sentence gives every token's probability
 *    in context. A word's screening score is the sum of its tokens' log-probabilities; the
 *    words below `screenLogProb` (at most `maxSuspiciousFraction` of the sentence, lowest
 *    first) are suspicious. Padded positions and special tokens never reach the output
 *    projection (see onnx/prepare.ts).
 * 2. Targeted re-scoring: each suspicious word is masked and scored again, token by token
 *    from left to right with the rest of the word masked too ("PLL-word-l2r", Kauf & Ivanova
 *    2023), which gives its masked log-probability and, from the first token's distribution,
 *    the model's own fill-ins. A word is flagged when P(error) (calibration.ts) reaches
 *    `flagThreshold`.
 * 3. Ranking corrections: around each group of adjacent flagged words, the language's
 *    candidate edits (candidates.ts) and the model's fill-ins are scored by the
 *    pseudo-log-likelihood of the sentence (Salazar et al. 2020) over a window of the edited
 *    words and `window` words either side (the rest of the sentence is shared and cancels
 *    out, up to its dependence on the edit). The gain over the unchanged sentence ranks
 *    them; a softmax over the gains gives the confidence of the best.
 *
 * Every score request goes through the batcher, so sentences of many documents share batches.
 */
import { Batcher } from './batcher.js';
import { candidatePosteriors, errorProbability, type Calibration } from './calibration.js';
import { applyEdit, generateCandidates, LOCAL_KINDS, STRUCTURAL_KINDS, type Edit, type EditKind } from './candidates.js';
import { profileFor } from '../languages/index.js';
import type { MaskedLM } from './runtime.js';
import { tokenize, type Tokenized } from './tokens.js';

export interface ScorerSettings {
  /** Words whose unmasked log-probability is below this are re-scored (default ln 0.5). */
  screenLogProb: number;
  /** At most this fraction of a sentence's words is re-scored (at least one word). */
  maxSuspiciousFraction: number;
  /** And at most this many words per sentence. */
  maxSuspicious: number;
  /** P(error) from which a word is flagged. */
  flagThreshold: number;
  /** Minimum pseudo-log-likelihood gain (nats) for an edit to be suggested. */
  minGain: number;
  /** Words of context either side of an edit in the windowed pseudo-log-likelihood. */
  window: number;
  /** Candidate edits per flagged group (rules first, then fill-ins). */
  maxCandidates: number;
  /** Model fill-ins per flagged word. */
  fillIns: number;
  /** Suggestions per finding. */
  maxSuggestions: number;
}

export const DEFAULT_SETTINGS: ScorerSettings = {
  screenLogProb: Math.log(0.5),
  maxSuspiciousFraction: 0.25,
  maxSuspicious: 6,
  flagThreshold: 0.5,
  minGain: 1,
  window: 1,
  maxCandidates: 8,
  fillIns: 3,
  maxSuggestions: 3,
};

/** A finding of the model in one sentence (offsets into the sentence text). */
export interface SentenceFinding {
  start: number;
  end: number;
  ruleId: string;
  kind: EditKind | 'unlikely';
  category: 'fluency' | 'grammar';
  message: string;
  /** Calibrated: P(the first suggestion is right) with suggestions, P(error) without. */
  confidence: number;
  expected: string[];
  /** The flagged words inside the span. */
  focus: { start: number; end: number };
}

const RULE_OF_KIND: Record<EditKind | 'unlikely', string> = {
  'verb-final': 'model/word-order',
  infinitive: 'model/word-order',
  swap: 'model/word-order',
  duplicate: 'model/duplicate',
  article: 'model/agreement',
  fill: 'model/word-choice',
  unlikely: 'model/unlikely',
};

interface Scored {
  tok: Tokenized;
  /** Unmasked log-probability of each token. */
  screen: Float32Array;
}

/** A sentence's words and tokens, cut into pieces the model can take (long sentences are split). */
interface Piece {
  offset: number;
  text: string;
}

export class Scorer {
  private readonly chunkCache = new Map<string, Array<{ id: number; piece: string }>>();

  constructor(
    private readonly lm: MaskedLM,
    private readonly batcher: Batcher,
    private readonly settings: ScorerSettings,
    private readonly calibration: Calibration,
  ) {}

  tokenize(text: string): Tokenized {
    return tokenize(text, this.lm.tokenizer, this.chunkCache);
  }

  /** All findings of one sentence. */
  async checkSentence(text: string, language: string): Promise<SentenceFinding[]> {
    const out: SentenceFinding[] = [];
    for (const piece of this.pieces(text)) {
      for (const f of await this.checkPiece(piece.text, language)) {
        out.push({ ...f, start: f.start + piece.offset, end: f.end + piece.offset, focus: { start: f.focus.start + piece.offset, end: f.focus.end + piece.offset } });
      }
    }
    return out;
  }

  /** Screening only: every word's unmasked log-probability (for benchmarks and diagnostics). */
  async screen(text: string): Promise<Scored> {
    const tok = this.tokenize(text);
    const ids = this.withSpecials(tok.tokens.map((t) => t.id));
    const n = tok.tokens.length;
    if (n === 0) return { tok, screen: new Float32Array(0) };
    const select = Array.from({ length: n }, (_, i) => i + 1);
    const r = await this.batcher.score({ ids, select, targets: tok.tokens.map((t) => t.id) });
    return { tok, screen: r.logprob };
  }

  private pieces(text: string): Piece[] {
    const limit = this.lm.maxLength - 2;
    const tok = this.tokenize(text);
    if (tok.tokens.length <= limit) return [{ offset: 0, text }];
    const out: Piece[] = [];
    let startUnit = 0;
    while (startUnit < tok.units.length) {
      let endUnit = startUnit;
      while (endUnit < tok.units.length && tok.units[endUnit].tokenEnd - tok.units[startUnit].tokenStart <= limit) endUnit++;
      if (endUnit === startUnit) endUnit++;
      const s = tok.units[startUnit].start;
      const e = tok.units[endUnit - 1].end;
      out.push({ offset: s, text: text.slice(s, e) });
      startUnit = endUnit;
    }
    return out;
  }

  private withSpecials(ids: number[]): number[] {
    return [this.lm.special.cls, ...ids, this.lm.special.sep];
  }

  /** Masked, left-to-right log-probabilities of the tokens of units `[from, to)`, summed per unit. */
  private maskedVariants = new Map<string, Promise<{ logprob: number; top: Array<{ id: number; logprob: number }> }>>();

  private masked(ids: number[], tok: Tokenized, j: number): Promise<{ logprob: number; top: Array<{ id: number; logprob: number }> }> {
    // Mask token j and the rest of its word; score token j.
    const unit = tok.units[tok.tokens[j].unit];
    const key = `${ids.join(',')}|${j}|${unit.tokenEnd}`;
    let hit = this.maskedVariants.get(key);
    if (!hit) {
      const variant = this.withSpecials(ids);
      for (let k = j; k < unit.tokenEnd; k++) variant[k + 1] = this.lm.special.mask;
      hit = this.batcher.score({ ids: variant, select: [j + 1], targets: [ids[j]] }).then((r) => {
        const K = this.lm.topK;
        const top: Array<{ id: number; logprob: number }> = [];
        for (let i = 0; i < K; i++) top.push({ id: r.topIds[i], logprob: r.topLogprob[i] });
        return { logprob: r.logprob[0], top };
      });
      this.maskedVariants.set(key, hit);
      if (this.maskedVariants.size > 20_000) this.maskedVariants.clear();
    }
    return hit;
  }

  /** Pseudo-log-likelihood of the tokens of units `[from, to)`. */
  private async pll(tok: Tokenized, from: number, to: number): Promise<number> {
    const ids = tok.tokens.map((t) => t.id);
    const a = tok.units[Math.max(0, from)]?.tokenStart ?? 0;
    const b = tok.units[Math.min(tok.units.length, to) - 1]?.tokenEnd ?? a;
    const parts: Array<Promise<{ logprob: number }>> = [];
    for (let j = a; j < b; j++) parts.push(this.masked(ids, tok, j));
    const scores = await Promise.all(parts);
    return scores.reduce((s, x) => s + x.logprob, 0);
  }

  private async checkPiece(text: string, language: string): Promise<SentenceFinding[]> {
    const s = this.settings;
    const { tok, screen } = await this.screen(text);
    const { units, tokens } = tok;
    if (tokens.length === 0) return [];
    const ids = tokens.map((t) => t.id);

    // 1. Screening: which words are suspicious.
    const wordScores: Array<{ unit: number; score: number }> = [];
    units.forEach((u, i) => {
      if (u.kind !== 'word' || u.tokenEnd <= u.tokenStart) return;
      if (tokens.slice(u.tokenStart, u.tokenEnd).some((t) => this.lm.tokenizer.isSpecial(t.id))) return;
      let sum = 0;
      for (let k = u.tokenStart; k < u.tokenEnd; k++) sum += screen[k];
      wordScores.push({ unit: i, score: sum });
    });
    const cap = Math.min(s.maxSuspicious, Math.max(1, Math.round(wordScores.length * s.maxSuspiciousFraction)));
    const suspicious = wordScores
      .filter((w) => w.score < s.screenLogProb)
      .sort((a, b) => a.score - b.score)
      .slice(0, cap);
    if (suspicious.length === 0) return [];

    // 2. Targeted re-scoring of the suspicious words.
    const rescored = await Promise.all(
      suspicious.map(async ({ unit }) => {
        const u = units[unit];
        const parts = await Promise.all(Array.from({ length: u.tokenEnd - u.tokenStart }, (_, k) => this.masked(ids, tok, u.tokenStart + k)));
        const logprob = parts.reduce((a, p) => a + p.logprob, 0);
        const own = u.text.toLowerCase();
        const fills = parts[0].top
          .map((t) => ({ ...t, piece: this.lm.tokenizer.pieceOf(t.id) }))
          .filter((t) => !this.lm.tokenizer.isSpecial(t.id) && this.lm.tokenizer.startsWord(t.piece))
          .map((t) => ({ text: this.lm.tokenizer.surface(t.piece), logprob: t.logprob }))
          .filter((t) => /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(t.text) && t.text.toLowerCase() !== own);
        const best = fills.length ? fills[0].logprob : parts[0].top[0]?.logprob ?? logprob;
        const margin = Math.max(0, best - logprob);
        return { unit, logprob, margin, pError: errorProbability(this.calibration, margin, logprob), fills };
      }),
    );
    if (process.env.LEKTOR_MODEL_DEBUG) {
      for (const r of rescored) process.stderr.write(`[model] ${units[r.unit].text}: screen ${wordScores.find((w) => w.unit === r.unit)!.score.toFixed(2)} masked ${r.logprob.toFixed(2)} margin ${r.margin.toFixed(2)} P(error) ${r.pError.toFixed(3)} fills ${r.fills.slice(0, 3).map((f) => `${f.text}:${f.logprob.toFixed(1)}`).join(' ')}\n`);
    }
    const flagged = rescored.filter((r) => r.pError >= s.flagThreshold).sort((a, b) => a.unit - b.unit);

    // Groups of adjacent flagged words.
    const groups: Region[] = [];
    for (const f of flagged) {
      const last = groups[groups.length - 1];
      if (last && f.unit <= last.to) {
        last.to = f.unit + 1;
        last.members.push(f);
      } else groups.push({ from: f.unit, to: f.unit + 1, members: [f], edits: [] });
    }
    // Structural edits (verb-final, infinitive, duplicate) anywhere in the sentence: with the
    // flagged group they touch, or on their own when a word they move is suspicious.
    const suspiciousUnits = new Set(wordScores.filter((w) => w.score < s.screenLogProb).map((w) => w.unit));
    const standalone: Region[] = [];
    for (const edit of generateCandidates({ text, units, language, kinds: STRUCTURAL_KINDS })) {
      const group = groups.find((g) => edit.from <= g.to && g.from <= edit.to);
      if (group) {
        group.edits.push(edit);
        continue;
      }
      const inside = [...suspiciousUnits].filter((u) => u >= edit.from && u < edit.to);
      if (inside.length === 0) continue;
      const region = standalone.find((r) => edit.from < r.to && r.from < edit.to);
      if (region) {
        region.edits.push(edit);
        region.focusFrom = Math.min(region.focusFrom!, ...inside);
        region.focusTo = Math.max(region.focusTo!, ...inside.map((u) => u + 1));
        region.from = Math.min(region.from, edit.from);
        region.to = Math.max(region.to, edit.to);
      } else {
        standalone.push({ from: edit.from, to: edit.to, members: [], edits: [edit], focusFrom: Math.min(...inside), focusTo: Math.max(...inside) + 1 });
      }
    }

    // 3. Candidate edits, ranked by windowed pseudo-log-likelihood.
    const findings = await Promise.all([...groups, ...standalone].map((g) => this.rankRegion(text, language, tok, g)));
    const all = findings.filter((f): f is SentenceFinding => !!f).sort((a, b) => b.confidence - a.confidence);
    const kept: SentenceFinding[] = [];
    for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  }

  private async rankRegion(text: string, language: string, tok: Tokenized, region: Region): Promise<SentenceFinding | undefined> {
    const s = this.settings;
    const { units } = tok;
    const edits: Edit[] = [...region.edits];
    const seen = new Set(edits.map((e) => applyEdit(text, units, e)));
    const add = (e: Edit) => {
      const t = applyEdit(text, units, e);
      if (seen.has(t)) return;
      seen.add(t);
      edits.push(e);
    };
    if (region.members.length) {
      for (const e of generateCandidates({ text, units, language, focus: { from: region.from, to: region.to }, kinds: LOCAL_KINDS, max: s.maxCandidates })) add(e);
      const profile = profileFor(language);
      for (const m of region.members) {
        const word = units[m.unit].text;
        // No fill-ins for what looks like a name, acronym or brand.
        if (/\p{N}|.\p{Lu}/u.test(word) || (m.unit > 0 && /^\p{Lu}/u.test(word) && !profile?.capitalizesNouns)) continue;
        const neighbours = [units[m.unit - 1]?.text.toLowerCase(), units[m.unit + 1]?.text.toLowerCase()];
        for (const fill of m.fills.slice(0, s.fillIns)) {
          if (neighbours.includes(fill.text.toLowerCase())) continue; // would make a repeated word
          const textFill = /^\p{Lu}/u.test(word) && m.unit === 0 ? fill.text.charAt(0).toUpperCase() + fill.text.slice(1) : fill.text;
          add({ from: m.unit, to: m.unit + 1, text: textFill, kind: 'fill', category: 'fluency', description: `„${textFill}“ instead of „${word}“` });
        }
      }
    }
    const w = s.window;
    const scored = await Promise.all(
      edits.map(async (edit) => {
        const candidateText = applyEdit(text, units, edit);
        const cand = this.tokenize(candidateText);
        const added = cand.units.length - (units.length - (edit.to - edit.from));
        const [orig, next] = await Promise.all([this.pll(tok, edit.from - w, edit.to + w), this.pll(cand, edit.from - w, edit.from + added + w)]);
        return { edit, candidateText, gain: next - orig };
      }),
    );
    if (process.env.LEKTOR_MODEL_DEBUG) {
      for (const c of scored) process.stderr.write(`[model]   ${c.edit.kind} ${c.gain.toFixed(2)}: ${c.candidateText}\n`);
    }
    const better = scored.filter((c) => c.gain > 0).sort((a, b) => b.gain - a.gain);
    const focusFrom = region.focusFrom ?? region.from;
    const focusTo = region.focusTo ?? region.to;
    const focus = { start: units[focusFrom].start, end: units[focusTo - 1].end };
    const words = text.slice(focus.start, focus.end);
    const top = better[0];
    if (!top || top.gain < s.minGain) {
      if (region.members.length === 0) return undefined;
      const pError = Math.max(...region.members.map((m) => m.pError));
      const p = Math.exp(Math.min(...region.members.map((m) => m.logprob)));
      return {
        ...focus,
        ruleId: RULE_OF_KIND.unlikely,
        kind: 'unlikely',
        category: 'fluency',
        message: `„${words}“ is unlikely here (model probability ${formatP(p)}); no correction scores better`,
        confidence: round(pError),
        expected: [],
        focus,
      };
    }
    const posteriors = candidatePosteriors(
      scored.map((c) => c.gain),
      this.calibration.temperature,
    );
    const confidence = posteriors[scored.indexOf(top)];
    const suggestions = better.filter((c) => c.gain >= s.minGain).slice(0, s.maxSuggestions);
    // One span for all suggestions: the flagged words and every suggested edit.
    let start = focus.start;
    let end = focus.end;
    for (const c of suggestions) {
      start = Math.min(start, units[c.edit.from].start);
      end = Math.max(end, units[c.edit.to - 1].end);
    }
    const expected = suggestions.map((c) => c.candidateText.slice(start, end + (c.candidateText.length - text.length)));
    const actual = text.slice(start, end);
    return {
      start,
      end,
      ruleId: RULE_OF_KIND[top.edit.kind],
      kind: top.edit.kind,
      category: top.edit.category,
      message: `„${words}“ is unlikely here; the model prefers ${top.edit.description} („${actual}“ → „${expected[0]}“, +${top.gain.toFixed(1)} nats)`,
      confidence: round(confidence),
      expected,
      focus,
    };
  }
}

interface Region {
  /** Units covered by the flagged words or the edits. */
  from: number;
  to: number;
  /** The flagged words (empty for a region opened by a structural edit alone). */
  members: Array<{ unit: number; logprob: number; pError: number; fills: Array<{ text: string; logprob: number }> }>;
  /** Structural edits that belong to the region. */
  edits: Edit[];
  /** The suspicious words, when there are no flagged ones. */
  focusFrom?: number;
  focusTo?: number;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function formatP(p: number): string {
  return p >= 0.01 ? p.toFixed(2) : p.toExponential(0);
}
