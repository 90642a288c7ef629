/**
 * What the model finds in a sentence, in three steps.
 *
 * 1. Screening: one forward pass over the unmasked sentence gives every token's probability
 *    in context. A word's screening score is the mean of its tokens' log-probabilities; the
 *    words below `screenLogProb` (at most `maxSuspiciousFraction` of the sentence, lowest
 *    first) are suspicious. Padded positions and special tokens never reach the output
 *    projection (see onnx/prepare.ts).
 * 2. Targeted re-scoring: each suspicious word is masked and scored again, token by token
 *    from left to right with the rest of the word masked too ("PLL-word-l2r", Kauf & Ivanova
 *    2023), which gives its masked log-probability and, from the first token's distribution,
 *    the model's own fill-ins. A word is flagged when P(error) (calibration.ts) reaches
 *    `flagThreshold`. Words whose masks are `rescoreMaskGap` tokens apart share a pass.
 * 3. Ranking corrections: around each group of adjacent flagged words, the language's
 *    candidate edits (candidates.ts) and the model's fill-ins are scored by the
 *    pseudo-log-likelihood of the sentence (Salazar et al. 2020) over a window of the edited
 *    words and `window` words either side (the rest of the sentence is shared and cancels
 *    out, up to its dependence on the edit). The gain over the unchanged sentence ranks
 *    them; a softmax over the gains gives the confidence of the best. Window tokens whose
 *    masks do not touch share a forward pass (`maskGap`), passes keep `contextTokens` of
 *    context either side, the re-scoring passes are reused, and the work is capped per
 *    sentence (`maxRegions`, `maxCandidates`, `fillIns`) and per document (a budget of
 *    regions, the likeliest errors first: `checkDocument`).
 *
 * Every score request goes through the batcher, so sentences of many documents share batches.
 * LEKTOR_MODEL_DEBUG=1 prints each re-scored word and each candidate's gain to stderr.
 */
import { Batcher } from './batcher.js';
import { candidatePosteriors, errorProbability, type Calibration } from './calibration.js';
import { applyEdit, generateCandidates, LOCAL_KINDS, STRUCTURAL_KINDS, type Edit, type EditKind } from './candidates.js';
import { profileFor } from '../languages/index.js';
import { candidateTables } from './candidates/index.js';
import type { MaskedLM } from './runtime.js';
import { tokenize, type Tokenized } from './tokens.js';

export interface ScorerSettings {
  /** Words whose unmasked log-probability is below this are re-scored (default ln 0.5). */
  screenLogProb: number;
  /** At most this fraction of a sentence's words is re-scored (at least one word). */
  maxSuspiciousFraction: number;
  /** Above this share of words with unknown tokens, the model does not judge the sentence. */
  maxUnknownShare: number;
  /** And at most this many words per sentence. */
  maxSuspicious: number;
  /** P(error) from which a word is flagged. */
  flagThreshold: number;
  /** Minimum pseudo-log-likelihood gain (nats) for an edit to be suggested. */
  minGain: number;
  /** Words of context either side of an edit in the windowed pseudo-log-likelihood. */
  window: number;
  /** Candidate edits per region (structural edits, swaps, fill-ins, articles, in that order). */
  maxCandidates: number;
  /** Regions (flagged groups, then pattern-triggered edits) ranked per sentence, most likely errors first. */
  maxRegions: number;
  /** Model fill-ins per flagged word. */
  fillIns: number;
  /** Suggestions per finding. */
  maxSuggestions: number;
  /** Unmasked tokens between masked spans that share a forward pass in window scoring (≥ 1). */
  maskGap: number;
  /** Tokens of context kept either side of the masked tokens in re-scoring passes (long sentences are cropped). */
  contextTokens: number;
  /** Like `maskGap`, for the re-scoring of suspicious words (0: a forward pass for each token). */
  rescoreMaskGap: number;
  /** Regions ranked per document: at most max(minRankedRegions, rankedRegionsPerWord × the document's words), likeliest errors first. */
  rankedRegionsPerWord: number;
  minRankedRegions: number;
}

export const DEFAULT_SETTINGS: ScorerSettings = {
  screenLogProb: Math.log(0.5),
  maxSuspiciousFraction: 0.25,
  maxUnknownShare: 0.1,
  maxSuspicious: 6,
  flagThreshold: 0.5,
  minGain: 1,
  window: 1,
  maxCandidates: 6,
  maxRegions: 3,
  fillIns: 2,
  maxSuggestions: 3,
  maskGap: 1,
  contextTokens: 12,
  rescoreMaskGap: 2,
  rankedRegionsPerWord: 0.03,
  minRankedRegions: 8,
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

interface MaskedScore {
  logprob: number;
  top: Array<{ id: number; logprob: number }>;
}

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

  /** All findings of one sentence (a document of one sentence). */
  async checkSentence(text: string, language: string): Promise<SentenceFinding[]> {
    return (await this.checkDocument([{ text, language }]))[0].findings;
  }

  /**
   * All findings of the sentences of one document. Screening and re-scoring run for every
   * sentence; candidate ranking, the expensive step, runs for at most
   * max(`minRankedRegions`, `rankedRegionsPerWord` × words) regions of the document, the
   * likeliest errors first (highest P(error), then largest margin). Flagged words of the
   * regions beyond that budget are still reported, as `model/unlikely` without suggestions.
   * `complete` tells whether every region of the sentence was ranked (its result does not
   * depend on the other sentences).
   */
  async checkDocument(sentences: Array<{ text: string; language: string }>): Promise<Array<{ findings: SentenceFinding[]; complete: boolean }>> {
    const s = this.settings;
    const plans = await Promise.all(
      sentences.map(({ text, language }) => Promise.all(this.pieces(text).map(async (piece) => ({ piece, plan: await this.analyzePiece(piece.text, language) })))),
    );
    // The document's budget, spent on its regions in order of priority.
    let words = 0;
    const queue: Region[] = [];
    for (const pieces of plans) {
      for (const { plan } of pieces) {
        words += plan.words;
        queue.push(...plan.regions);
      }
    }
    const budget = Math.max(s.minRankedRegions, Math.ceil(words * s.rankedRegionsPerWord));
    // (A stable sort: equal regions keep the document's order.)
    queue.sort((a, b) => priority(b) - priority(a) || margin(b) - margin(a));
    queue.forEach((region, i) => (region.ranked = i < budget));
    return Promise.all(
      plans.map(async (pieces) => {
        const perPiece = await Promise.all(pieces.map(({ plan }) => this.finishPiece(plan)));
        const findings = perPiece.flatMap((fs, i) => {
          const o = pieces[i].piece.offset;
          return fs.map((f) => ({ ...f, start: f.start + o, end: f.end + o, focus: { start: f.focus.start + o, end: f.focus.end + o } }));
        });
        return { findings, complete: pieces.every(({ plan }) => plan.regions.every((r) => r.ranked)) };
      }),
    );
  }

  /** Screening only: every word's unmasked log-probability (for benchmarks and diagnostics). */
  async screen(text: string): Promise<Scored> {
    const tok = this.tokenize(text);
    const ids = this.withSpecials(tok.tokens.map((t) => t.id));
    const n = tok.tokens.length;
    if (n === 0) return { tok, screen: new Float32Array(0) };
    const select = Array.from({ length: n }, (_, i) => i + 1);
    const r = await this.batcher.score({ ids, select, targets: tok.tokens.map((t) => t.id), phase: 'screen' });
    return { tok, screen: r.logprob };
  }

  /**
   * Screening and targeted re-scoring without candidate ranking: the masked log-probability,
   * margin and P(error) of each suspicious word (for benchmarks and calibration).
   */
  async rescore(text: string): Promise<Array<{ start: number; end: number; word: string; screen: number; logprob: number; margin: number; pError: number }>> {
    const { tok, screen } = await this.screen(text);
    const ids = tok.tokens.map((t) => t.id);
    // The words the check judges, as it judges them: not a sentence with too many words the
    // model does not know, nor a word made of unknown tokens (calibration had been fitted on
    // words the check never scores).
    const special = (u: (typeof tok.units)[number]) => tok.tokens.slice(u.tokenStart, u.tokenEnd).some((t) => this.lm.tokenizer.isSpecial(t.id));
    const inWords = tok.units.filter((u) => u.kind === 'word' && u.tokenEnd > u.tokenStart);
    if (inWords.length > 0 && inWords.filter(special).length / inWords.length > this.settings.maxUnknownShare) return [];
    const words = tok.units
      .map((u, unit) => ({ u, unit }))
      .filter(({ u }) => u.kind === 'word' && u.tokenEnd > u.tokenStart && !special(u))
      .map(({ u, unit }) => {
        let sum = 0;
        for (let k = u.tokenStart; k < u.tokenEnd; k++) sum += screen[k];
        return { unit, score: sum / (u.tokenEnd - u.tokenStart) };
      });
    const s = this.settings;
    const cap = Math.min(s.maxSuspicious, Math.max(1, Math.round(words.length * s.maxSuspiciousFraction)));
    const suspicious = words.filter((w) => w.score < s.screenLogProb).sort((a, b) => a.score - b.score).slice(0, cap);
    const all = this.maskedWords(ids, tok, suspicious.map((w) => w.unit));
    return Promise.all(
      suspicious.map(async ({ unit, score }) => {
        const u = tok.units[unit];
        const parts = await Promise.all(all.get(unit)!);
        const logprob = parts.reduce((a, p) => a + p.logprob, 0);
        const best = parts[0].top.find((t) => t.id !== ids[u.tokenStart] && this.lm.tokenizer.startsWord(this.lm.tokenizer.pieceOf(t.id)))?.logprob ?? logprob;
        const margin = Math.max(0, best - logprob);
        return { start: u.start, end: u.end, word: u.text, screen: score, logprob, margin, pError: errorProbability(this.calibration, margin, logprob) };
      }),
    );
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

  /**
   * A masked variant of `ids` (masking the token ranges `spans`), cropped to `contextTokens`
   * tokens either side of the masked region; returns the ids with special tokens and the
   * offset to add to a token index to get its position.
   */
  private variant(ids: number[], spans: Array<[number, number]>): { ids: number[]; shift: number } {
    const first = Math.min(...spans.map(([a]) => a));
    const last = Math.max(...spans.map(([, b]) => b));
    const c = this.settings.contextTokens;
    const lo = Math.max(0, first - c);
    const hi = Math.min(ids.length, last + c);
    const out = ids.slice(lo, hi);
    for (const [a, b] of spans) for (let k = a; k < b; k++) out[k - lo] = this.lm.special.mask;
    return { ids: [this.lm.special.cls, ...out, this.lm.special.sep], shift: 1 - lo };
  }

  /** Masked scores already asked for: `<ids>|<token>` → its masked log-probability and top-k. */
  private maskedScores = new Map<string, Promise<MaskedScore>>();

  /**
   * Masked scores (log-probability and the model's top-k) of the tokens `js` of a sentence,
   * each with the rest of its word masked. With `rescoreMaskGap` ≥ 1, tokens whose masked
   * spans are at least that many unmasked tokens apart share a forward pass (as in `pll`);
   * with 0, every token has a pass of its own.
   */
  private masked(ids: number[], tok: Tokenized, js: number[]): Array<Promise<MaskedScore>> {
    const base = ids.join(',');
    // This call's scores, kept here: the cache may be emptied below.
    const scores = new Map<number, Promise<MaskedScore>>();
    const todo: number[] = [];
    for (const j of js) {
      const hit = this.maskedScores.get(`${base}|${j}`);
      if (hit) scores.set(j, hit);
      else todo.push(j);
    }
    const K = this.lm.topK;
    for (const pass of groupPasses(tok, todo, this.settings.rescoreMaskGap)) {
      const v = this.variant(ids, pass.spans);
      const request = this.batcher.score({ ids: v.ids, select: pass.tokens.map((j) => j + v.shift), targets: pass.tokens.map((j) => ids[j]), top: true, phase: 'rescore' });
      pass.tokens.forEach((j, i) => {
        const p = request.then((r) => {
          const top: Array<{ id: number; logprob: number }> = [];
          for (let k = 0; k < K; k++) top.push({ id: r.topIds[i * K + k], logprob: r.topLogprob[i * K + k] });
          return { logprob: r.logprob[i], top };
        });
        scores.set(j, p);
        this.maskedScores.set(`${base}|${j}`, p);
        // The same score is token j's term in the sentence's pseudo-log-likelihood.
        if (!this.windowScores.has(`${base}|${j}`)) this.windowScores.set(`${base}|${j}`, p.then((r) => r.logprob));
      });
    }
    if (this.maskedScores.size > 20_000) this.maskedScores.clear();
    return js.map((j) => scores.get(j)!);
  }

  /** The masked scores of the tokens of the words (units) `unitsToScore`, per unit. */
  private maskedWords(ids: number[], tok: Tokenized, unitsToScore: number[]): Map<number, Array<Promise<MaskedScore>>> {
    const js = unitsToScore.flatMap((unit) => Array.from({ length: tok.units[unit].tokenEnd - tok.units[unit].tokenStart }, (_, k) => tok.units[unit].tokenStart + k));
    const scores = this.masked(ids, tok, js);
    const out = new Map<number, Array<Promise<MaskedScore>>>();
    let i = 0;
    for (const unit of unitsToScore) {
      const n = tok.units[unit].tokenEnd - tok.units[unit].tokenStart;
      out.set(unit, scores.slice(i, i + n));
      i += n;
    }
    return out;
  }

  /** Window scores already asked for: `<ids>|<token>` → its masked log-probability. */
  private windowScores = new Map<string, Promise<number>>();

  /**
   * Pseudo-log-likelihood of the tokens of units `[from, to)`: each token is scored with it
   * and the rest of its word masked (left to right within a word). Tokens whose masked spans
   * are at least `maskGap` unmasked tokens apart share one forward pass (with the tiny
   * bigram model, any gap ≥ 1 gives exactly the one-mask-per-pass scores; with a real model
   * it is an approximation that halves the passes at gap 1).
   */
  private pll(tok: Tokenized, from: number, to: number): Promise<number> {
    const ids = tok.tokens.map((t) => t.id);
    const a = tok.units[Math.max(0, from)]?.tokenStart ?? 0;
    const b = tok.units[Math.min(tok.units.length, to) - 1]?.tokenEnd ?? a;
    const base = ids.join(',');
    const parts: Array<Promise<number>> = [];
    const todo: number[] = [];
    for (let j = a; j < b; j++) {
      const hit = this.windowScores.get(`${base}|${j}`);
      if (hit) parts.push(hit);
      else todo.push(j);
    }
    for (const v of groupPasses(tok, todo, Math.max(1, this.settings.maskGap))) {
      const cropped = this.variant(ids, v.spans);
      const request = this.batcher.score({ ids: cropped.ids, select: v.tokens.map((j) => j + cropped.shift), targets: v.tokens.map((j) => ids[j]), phase: 'rank' });
      v.tokens.forEach((j, i) => {
        const p = request.then((r) => r.logprob[i]);
        this.windowScores.set(`${base}|${j}`, p);
        parts.push(p);
      });
    }
    if (this.windowScores.size > 50_000) this.windowScores.clear();
    return Promise.all(parts).then((xs) => xs.reduce((sum, x) => sum + x, 0));
  }

  /** Screening, re-scoring and the regions to rank in one piece of a sentence. */
  private async analyzePiece(text: string, language: string): Promise<Plan> {
    const s = this.settings;
    const { tok, screen } = await this.screen(text);
    const { units, tokens } = tok;
    const none: Plan = { text, language, tok, words: 0, regions: [] };
    if (tokens.length === 0) return none;
    const ids = tokens.map((t) => t.id);
    // A sentence whose words the model does not know (unknown tokens) cannot be judged by it:
    // its context is noise, so it proposes nothing rather than confident nonsense.
    const words = units.filter((u) => u.kind === 'word' && u.tokenEnd > u.tokenStart);
    const unknown = words.filter((u) => tokens.slice(u.tokenStart, u.tokenEnd).some((t) => this.lm.tokenizer.isSpecial(t.id))).length;
    none.words = words.length;
    if (words.length > 0 && unknown / words.length > s.maxUnknownShare) return none;

    // 1. Screening: which words are suspicious.
    const wordScores: Array<{ unit: number; score: number }> = [];
    units.forEach((u, i) => {
      if (u.kind !== 'word' || u.tokenEnd <= u.tokenStart) return;
      if (tokens.slice(u.tokenStart, u.tokenEnd).some((t) => this.lm.tokenizer.isSpecial(t.id))) return;
      // Mean over the word's tokens, so that long (many-token) words are not suspicious for their length.
      let sum = 0;
      for (let k = u.tokenStart; k < u.tokenEnd; k++) sum += screen[k];
      wordScores.push({ unit: i, score: sum / (u.tokenEnd - u.tokenStart) });
    });
    const cap = Math.min(s.maxSuspicious, Math.max(1, Math.round(wordScores.length * s.maxSuspiciousFraction)));
    const suspicious = wordScores
      .filter((w) => w.score < s.screenLogProb)
      .sort((a, b) => a.score - b.score)
      .slice(0, cap);
    if (suspicious.length === 0) return none;

    // 2. Targeted re-scoring of the suspicious words.
    const all = this.maskedWords(ids, tok, suspicious.map((w) => w.unit));
    const rescored = await Promise.all(
      suspicious.map(async ({ unit }) => {
        const u = units[unit];
        const parts = await Promise.all(all.get(unit)!);
        const logprob = parts.reduce((a, p) => a + p.logprob, 0);
        const own = u.text.toLowerCase();
        const fills = parts[0].top
          .map((t) => ({ ...t, piece: this.lm.tokenizer.pieceOf(t.id) }))
          .filter((t) => !this.lm.tokenizer.isSpecial(t.id) && this.lm.tokenizer.startsWord(t.piece))
          .map((t) => ({ id: t.id, text: this.lm.tokenizer.surface(t.piece), logprob: t.logprob }))
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
    const suspiciousUnits = new Set(suspicious.map((w) => w.unit));
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

    // The regions to rank, the likeliest errors first.
    groups.sort((a, b) => priority(b) - priority(a));
    return { text, language, tok, words: words.length, regions: [...groups, ...standalone].slice(0, s.maxRegions) };
  }

  /** 3. Candidate edits of the piece's regions (those within the document's budget), ranked by windowed pseudo-log-likelihood. */
  private async finishPiece(plan: Plan): Promise<SentenceFinding[]> {
    const findings = await Promise.all(plan.regions.map((g) => (g.ranked === false ? this.unranked(plan.text, plan.tok, g) : this.rankRegion(plan.text, plan.language, plan.tok, g))));
    const all = findings.filter((f): f is SentenceFinding => !!f).sort((a, b) => b.confidence - a.confidence);
    const kept: SentenceFinding[] = [];
    for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  }

  /** The finding of a region without a suggestion: its flagged words are unlikely (nothing for a region without flagged words). */
  private unranked(text: string, tok: Tokenized, region: Region, why = 'not ranked: the document\'s ranking budget went to likelier errors'): SentenceFinding | undefined {
    if (region.members.length === 0) return undefined;
    const { units } = tok;
    const focus = { start: units[region.focusFrom ?? region.from].start, end: units[(region.focusTo ?? region.to) - 1].end };
    const pError = priority(region);
    const p = Math.exp(Math.min(...region.members.map((m) => m.logprob)));
    return {
      ...focus,
      ruleId: RULE_OF_KIND.unlikely,
      kind: 'unlikely',
      category: 'fluency',
      message: `„${text.slice(focus.start, focus.end)}“ is unlikely here (model probability ${formatP(p)}); ${why}`,
      confidence: round(pError),
      expected: [],
      focus,
    };
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
    // A single-token fill-in of a single-token word has its masked score already: the top-k.
    const known = new Map<string, { id: number; logprob: number }>();
    if (region.members.length) {
      const local = generateCandidates({ text, units, language, focus: { from: region.from, to: region.to }, kinds: LOCAL_KINDS });
      for (const e of local) if (e.kind === 'swap') add(e);
      const profile = profileFor(language);
      const fills: Edit[] = [];
      for (const m of region.members) {
        const word = units[m.unit].text;
        // No fill-ins for what looks like a name, acronym or brand.
        if (/\p{N}|.\p{Lu}/u.test(word) || (m.unit > 0 && /^\p{Lu}/u.test(word) && !profile?.capitalizesNouns)) continue;
        const neighbours = [units[m.unit - 1]?.text.toLowerCase(), units[m.unit + 1]?.text.toLowerCase()];
        for (const fill of m.fills.filter((f) => !neighbours.includes(f.text.toLowerCase())).slice(0, s.fillIns)) {
          const textFill = /^\p{Lu}/u.test(word) && m.unit === 0 ? fill.text.charAt(0).toUpperCase() + fill.text.slice(1) : fill.text;
          // A fill-in from the word's own article family is an agreement fix.
          const family = candidateTables(language).articleFamilies.find((f) => f.includes(word.toLowerCase()));
          if (family?.includes(fill.text.toLowerCase())) {
            fills.push({ from: m.unit, to: m.unit + 1, text: textFill, kind: 'article', category: 'grammar', description: `„${textFill}“ to agree with its noun` });
          } else {
            fills.push({ from: m.unit, to: m.unit + 1, text: textFill, kind: 'fill', category: 'fluency', description: `„${textFill}“ instead of „${word}“` });
          }
          if (textFill === fill.text) known.set(`${m.unit}|${textFill}`, fill);
        }
      }
      // Best fill-in of each flagged word first.
      fills.sort((a, b) => (known.get(`${b.from}|${b.text}`)?.logprob ?? -99) - (known.get(`${a.from}|${a.text}`)?.logprob ?? -99));
      for (const e of fills) add(e);
      // Articles that are flagged or stand right before a flagged word.
      for (const e of local) if (e.kind === 'article' && e.from >= region.from - 1 && e.from < region.to) add(e);
    }
    edits.splice(Math.max(s.maxCandidates, region.edits.length));
    const w = s.window;
    const scored = await Promise.all(
      edits.map(async (edit) => {
        const candidateText = applyEdit(text, units, edit);
        const cand = this.tokenize(candidateText);
        const added = cand.units.length - (units.length - (edit.to - edit.from));
        const fill = known.get(`${edit.from}|${edit.text}`);
        const before = units[edit.from];
        const after = cand.units[edit.from];
        if (fill && before.tokenEnd - before.tokenStart === 1 && after.tokenEnd - after.tokenStart === 1 && cand.tokens[after.tokenStart].id === fill.id) {
          this.windowScores.set(`${cand.tokens.map((t) => t.id).join(',')}|${after.tokenStart}`, Promise.resolve(fill.logprob));
        }
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
    if (!top || top.gain < s.minGain) return this.unranked(text, tok, region, 'no correction scores better');
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
  members: Array<{ unit: number; logprob: number; margin: number; pError: number; fills: Array<{ id: number; text: string; logprob: number }> }>;
  /** Structural edits that belong to the region. */
  edits: Edit[];
  /** The suspicious words, when there are no flagged ones. */
  focusFrom?: number;
  focusTo?: number;
  /** Whether the region's candidates are ranked (false: beyond the document's budget). */
  ranked?: boolean;
}

/** What screening and re-scoring found in a piece of a sentence: the regions to rank. */
interface Plan {
  text: string;
  language: string;
  tok: Tokenized;
  /** Words of the piece (the document's ranking budget is proportional to them). */
  words: number;
  regions: Region[];
}

/** A region's priority for ranking: its highest P(error); regions without flagged words last. */
/**
 * Tokens `js` grouped into forward passes, each token masked with the rest of its word: a
 * token joins the first pass whose masked spans are all at least `gap` unmasked tokens away
 * from its own; with `gap` 0, every token has a pass of its own.
 */
function groupPasses(tok: Tokenized, js: readonly number[], gap: number): Array<{ spans: Array<[number, number]>; tokens: number[] }> {
  const passes: Array<{ spans: Array<[number, number]>; tokens: number[] }> = [];
  for (const j of js) {
    const end = tok.units[tok.tokens[j].unit].tokenEnd;
    let pass = gap >= 1 ? passes.find((x) => x.spans.every(([s, e]) => j >= e + gap || end + gap <= s)) : undefined;
    if (!pass) {
      pass = { spans: [], tokens: [] };
      passes.push(pass);
    }
    pass.spans.push([j, end]);
    pass.tokens.push(j);
  }
  return passes;
}

function priority(region: Region): number {
  return region.members.length ? Math.max(...region.members.map((m) => m.pError)) : -1;
}

function margin(region: Region): number {
  return region.members.length ? Math.max(...region.members.map((m) => m.margin)) : 0;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function formatP(p: number): string {
  return p >= 0.01 ? p.toFixed(2) : p.toExponential(0);
}
