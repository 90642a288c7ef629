/**
 * `runEval`: how well Lektor finds and fixes errors in machine translation, measured on a
 * QE split with post-edits (MLQE-PE en→de):
 *
 * - word level: findings mapped onto the MT tokens as BAD tags, against the gold tags
 *   (MCC, the WMT metric; precision, recall and F1 of BAD), for all findings and for
 *   findings of at least warning / error severity;
 * - sentence level: Pearson and Spearman correlation of the predicted HTER (from which
 *   the quality score is derived) with the gold HTER;
 * - correction: TER of the corrected output against pe.txt, next to TER of the untouched
 *   mt.txt (the baseline), and the share of applied edits that the post-editor also made;
 * - per rule: findings, tokens flagged, how many of those are BAD, applied fixes, their
 *   agreement with the post-edit and what they alone do to TER.
 *
 * The MT is tokenized; it is detokenized for checking and findings are mapped back onto
 * its tokens (`detok.ts`), and the corrected text is re-tokenized the same way for TER.
 */
import path from 'node:path';
import { Lektor } from '../core/pipeline.js';
import { SEVERITY_RANK, type Severity } from '../core/types.js';
import { loadSplit, REPO_ROOT, type QeSplit } from './data.js';
import { checkLines, type CheckedLine } from './lines.js';
import { applyEditsToTokens, tokensInRange, type TextEdit } from './detok.js';
import { binaryScores, confusion, mean, pearson, spearman, type BinaryScores } from './metrics.js';
import { corpusTer, sentenceTer } from './ter.js';
import { sentenceFeatures, wordCount, FEATURES, type FeatureName, type FeatureVector } from '../quality/features.js';
import type { Lexicon } from '../quality/lexicon.js';
import { loadWordModel, sentenceWordBad } from '../quality/word-model.js';
import { loadWeights, predictHter, scoreFromHter, combineWithMqm, mqmBreakdown, type QeWeights } from '../quality/score.js';

export interface EvalOptions {
  /** A split folder (src.txt, mt.txt, pe.txt, hter.txt, tags.txt). */
  dataDir: string;
  /** The engine to run; default: all rules with the repository glossary. */
  lektor?: Lektor;
  /** Only the first `limit` sentences. */
  limit?: number;
  /** Language of the MT (quotation marks of the detokenizer); default `de`. */
  language?: string;
  /** Quality weights; default `quality/qe-weights.json`. */
  weights?: QeWeights;
  /** Include one row per sentence in the report (default true). */
  sentences?: boolean;
  /** Give src.txt to the pipeline as the source text (default true). */
  source?: boolean;
}

export interface RuleStats {
  rule: string;
  findings: number;
  /** Findings covering at least one gold-BAD token. */
  findingsOnBad: number;
  /** MT tokens covered by its findings (a token counts once per finding). */
  tokens: number;
  badTokens: number;
  /** badTokens / tokens. */
  tokenPrecision: number;
  /** Fixes applied to the corrected output. */
  applied: number;
  /** Applied fixes that change the MT tokens (the others only change spacing). */
  effective: number;
  /** Effective fixes that the post-editor also made (see `editAgreement`). */
  agreed: number;
  /** TER edits against pe.txt when only this rule's fixes are applied, minus those of mt.txt. */
  terEditsDelta: number;
  /** The same in TER points (×100) of the whole corpus. */
  terDelta: number;
}

export interface CorrectionStats {
  /** TER ×100 of the untouched MT against pe.txt (case-insensitive, as tercom). */
  terMt: number;
  /** TER ×100 of Lektor's corrected output against pe.txt. */
  terCorrected: number;
  /** The same, case-sensitive. */
  terMtCased: number;
  terCorrectedCased: number;
  refWords: number;
  editsMt: number;
  editsCorrected: number;
  sentencesChanged: number;
  applied: number;
  effective: number;
  agreed: number;
  /** agreed / effective (0 when nothing was applied). */
  agreement: number;
}

export interface SentenceRow {
  line: number;
  score: number;
  predictedHter: number;
  goldHter: number;
  findings: number;
  ter: number;
  terCorrected: number;
}

export interface EvalReport {
  data: { dir: string; split: string; sentences: number; tokens: number; badTokens: number; language: string };
  settings: { quotes: 'language'; ter: 'tercom (sacreBLEU), case-insensitive; cased figures alongside'; rules: string[]; weights: string; source: boolean };
  word: { all: BinaryScores; warningOrAbove: BinaryScores; errorOnly: BinaryScores };
  sentence: {
    pearson: number;
    spearman: number;
    meanPredictedHter: number;
    meanGoldHter: number;
    meanScore: number;
    /** Pearson r of each feature alone with the gold HTER (features present on this data). */
    signals: Array<{ feature: FeatureName; pearson: number; weight: number }>;
  };
  correction: CorrectionStats;
  rules: RuleStats[];
  goals: Array<{ goal: string; value: number; target: string; met: boolean }>;
  /**
   * False alarms: the post-edits (`pe.txt`, human-corrected German) checked as the MT is.
   * Nearly every warning or error there is a false alarm; information is not counted.
   */
  cleanText: { words: number; warningsAndErrors: number; errors: number; perThousandWords: number; byRule: Record<string, number> };
  runtimeMs: { total: number; check: number };
  sentences?: SentenceRow[];
}

const ruleOf = (ruleId: string) => ruleId.split('/')[0];

/** Warnings and errors on human-corrected text (see `EvalReport.cleanText`). */
async function falseAlarms(lektor: Lektor, lines: readonly string[], options: Parameters<typeof checkLines>[2]): Promise<EvalReport['cleanText']> {
  const checked = await checkLines(lektor, lines, options);
  let words = 0;
  for (const line of lines) for (const t of line.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(t)) words++;
  const byRule: Record<string, number> = {};
  let warningsAndErrors = 0;
  let errors = 0;
  for (const line of checked.lines) {
    for (const f of line.findings) {
      if (SEVERITY_RANK[f.finding.severity] < SEVERITY_RANK.warning) continue;
      warningsAndErrors++;
      if (f.finding.severity === 'error') errors++;
      const rule = ruleOf(f.finding.ruleId);
      byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
  }
  return { words, warningsAndErrors, errors, perThousandWords: Math.round((1e5 * warningsAndErrors) / Math.max(1, words)) / 100, byRule };
}

export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const t0 = performance.now();
  const split = await loadSplit(options.dataDir, options.limit);
  const lektor = options.lektor ?? (await Lektor.create({ glossary: path.join(REPO_ROOT, 'glossary') }));
  const weights = options.weights ?? loadWeights();
  const language = options.language ?? 'de';
  const withSource = options.source !== false;
  const sourceLanguage = 'en';
  const checked = await checkLines(lektor, split.mt, withSource ? { language, source: split.src, sourceLanguage } : { language });
  const isKnownWord = knownWordTest(lektor, language);

  // ---- word level ----
  const gold: boolean[] = split.bad.flat();
  const predicted = (minRank: number): boolean[] =>
    checked.lines.flatMap((line) => {
      const tags = new Array<boolean>(line.detok.tokens.length).fill(false);
      for (const f of line.findings) {
        if (SEVERITY_RANK[f.finding.severity] < minRank) continue;
        for (const t of tokensInRange(line.detok.spans, f.start, f.end)) tags[t] = true;
      }
      return tags;
    });
  const word = {
    all: binaryScores(confusion(predicted(SEVERITY_RANK.info), gold)),
    warningOrAbove: binaryScores(confusion(predicted(SEVERITY_RANK.warning), gold)),
    errorOnly: binaryScores(confusion(predicted(SEVERITY_RANK.error), gold)),
  };

  // ---- sentence level ----
  // The word-level estimate per line, as the pipeline computes it (source paired line for line).
  const wordModel = loadWordModel(language);
  const wordBad = wordModel ? checked.lines.map((l, i) => sentenceWordBad(wordModel, l.detok.text, withSource ? split.src[i] : undefined, sourceLanguage)) : undefined;
  const features = lineFeatures(checked.lines, withSource ? split.src : undefined, isKnownWord, weights.lexicon, wordBad);
  // The same estimate as the pipeline's score: the learned one combined with the findings' MQM penalty.
  const predictedHter = features.map((f, i) =>
    combineWithMqm(predictHter(f, weights), mqmBreakdown(checked.lines[i].findings.map((x) => x.finding), wordCount(checked.lines[i].detok.text))),
  );
  const signals = FEATURES.flatMap((name) => {
    const values = features.map((f) => f[name]);
    if (values.some((v) => v === undefined)) return [];
    return [{ feature: name, pearson: round(pearson(values as number[], split.hter)), weight: round(weights.features.find((w) => w.name === name)?.weight ?? 0) }];
  });
  const sentence = {
    pearson: pearson(predictedHter, split.hter),
    spearman: spearman(predictedHter, split.hter),
    meanPredictedHter: mean(predictedHter),
    meanGoldHter: mean(split.hter),
    meanScore: mean(predictedHter.map(scoreFromHter)),
    signals,
  };

  // ---- correction ----
  const mtTokens = checked.lines.map((l) => l.detok.tokens);
  const peTokens = split.pe.map((l) => l.trim().split(/\s+/u).filter(Boolean));
  const lineFixes = checked.lines.map((l) => l.findings.flatMap((f) => (f.fix ? [{ rule: ruleOf(f.finding.ruleId), fix: f.fix }] : [])));
  const correctedTokens = checked.lines.map((l, i) => applyEditsToTokens(l.detok, lineFixes[i].map((x) => x.fix)));
  const terMt = corpusTer(mtTokens, peTokens);
  const terCorrected = corpusTer(correctedTokens, peTokens);
  const terMtCased = corpusTer(mtTokens, peTokens, { caseSensitive: true });
  const terCorrectedCased = corpusTer(correctedTokens, peTokens, { caseSensitive: true });

  const rules = new Map<string, RuleStats>();
  const stats = (rule: string): RuleStats => {
    let s = rules.get(rule);
    if (!s) {
      s = { rule, findings: 0, findingsOnBad: 0, tokens: 0, badTokens: 0, tokenPrecision: 0, applied: 0, effective: 0, agreed: 0, terEditsDelta: 0, terDelta: 0 };
      rules.set(rule, s);
    }
    return s;
  };
  for (const r of lektor.rules) stats(r.meta.id);
  checked.lines.forEach((line, i) => {
    for (const f of line.findings) {
      const s = stats(ruleOf(f.finding.ruleId));
      s.findings++;
      const toks = tokensInRange(line.detok.spans, f.start, f.end);
      const bad = toks.filter((t) => split.bad[i][t]).length;
      s.tokens += toks.length;
      s.badTokens += bad;
      if (bad > 0) s.findingsOnBad++;
    }
  });

  let applied = 0;
  let effective = 0;
  let agreed = 0;
  const perRuleEdits = new Map<string, Array<{ line: number; fix: TextEdit }>>();
  lineFixes.forEach((fixes, i) => {
    for (const { rule, fix } of fixes) {
      const s = stats(rule);
      s.applied++;
      applied++;
      const after = applyEditsToTokens(checked.lines[i].detok, [fix]);
      const verdict = editAgreement(mtTokens[i], after, peTokens[i]);
      if (verdict !== 'noop') {
        s.effective++;
        effective++;
        if (verdict === 'agreed') {
          s.agreed++;
          agreed++;
        }
      }
      let list = perRuleEdits.get(rule);
      if (!list) perRuleEdits.set(rule, (list = []));
      list.push({ line: i, fix });
    }
  });
  for (const [rule, edits] of perRuleEdits) {
    const byLine = new Map<number, TextEdit[]>();
    for (const e of edits) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e.fix]);
    let delta = 0;
    for (const [i, fixes] of byLine) {
      delta += sentenceTer(applyEditsToTokens(checked.lines[i].detok, fixes), peTokens[i]).edits - terMt.sentences[i].edits;
    }
    const s = stats(rule);
    s.terEditsDelta = delta;
    s.terDelta = terMt.refLength > 0 ? (100 * delta) / terMt.refLength : 0;
  }
  for (const s of rules.values()) s.tokenPrecision = s.tokens > 0 ? s.badTokens / s.tokens : 0;

  const correction: CorrectionStats = {
    terMt: 100 * terMt.score,
    terCorrected: 100 * terCorrected.score,
    terMtCased: 100 * terMtCased.score,
    terCorrectedCased: 100 * terCorrectedCased.score,
    refWords: terMt.refLength,
    editsMt: terMt.edits,
    editsCorrected: terCorrected.edits,
    sentencesChanged: correctedTokens.filter((t, i) => t.join(' ') !== mtTokens[i].join(' ')).length,
    applied,
    effective,
    agreed,
    agreement: effective > 0 ? agreed / effective : 0,
  };

  const goals = [
    { goal: 'sentence Pearson (predicted vs gold HTER)', value: sentence.pearson, target: '> 0.25', met: sentence.pearson > 0.25 },
    { goal: 'TER of corrected output (×100)', value: correction.terCorrected, target: `<= ${fmt(correction.terMt, 2)} (mt.txt)`, met: correction.terCorrected <= correction.terMt + 1e-9 },
    { goal: 'word-level MCC (all findings)', value: word.all.mcc, target: '> 0.15', met: word.all.mcc > 0.15 },
  ];

  const report: EvalReport = {
    data: {
      dir: split.dir,
      split: split.name,
      sentences: split.mt.length,
      tokens: gold.length,
      badTokens: gold.filter(Boolean).length,
      language: checked.language,
    },
    settings: {
      quotes: 'language',
      ter: 'tercom (sacreBLEU), case-insensitive; cased figures alongside',
      rules: lektor.rules.map((r) => r.meta.id),
      weights: String(weights.training?.date ?? 'custom'),
      source: withSource,
    },
    word,
    sentence,
    correction,
    rules: [...rules.values()],
    goals,
    cleanText: await falseAlarms(lektor, split.pe, withSource ? { language, source: split.src, sourceLanguage } : { language }),
    runtimeMs: { total: 0, check: Math.round(checked.checkMs) },
  };
  report.runtimeMs.total = Math.round(performance.now() - t0);
  if (options.sentences !== false) {
    report.sentences = split.mt.map((_, i) => ({
      line: i + 1,
      score: scoreFromHter(predictedHter[i]),
      predictedHter: round(predictedHter[i]),
      goldHter: split.hter[i],
      findings: checked.lines[i].findings.length,
      ter: round(terMt.sentences[i].score),
      terCorrected: round(terCorrected.sentences[i].score),
    }));
  }
  return report;
}

/** The features of every checked line, with its source line. */
export function lineFeatures(
  lines: readonly CheckedLine[],
  sources: readonly string[] | undefined,
  isKnownWord?: (w: string) => boolean,
  lexicon?: Lexicon,
  wordBad?: ReadonlyArray<number | undefined>,
): FeatureVector[] {
  return lines.map((line, i) =>
    sentenceFeatures({
      wordBadProbability: wordBad?.[i],
      text: line.detok.text,
      findings: line.findings.map((f) => ({ category: f.finding.category, severity: f.finding.severity, start: f.start, end: f.end })),
      source: sources?.[i],
      isKnownWord,
      lexicon,
    }),
  );
}

/** The target language's dictionary, as loaded by the engine (after a check). */
export function knownWordTest(lektor: Lektor, language: string): ((w: string) => boolean) | undefined {
  const speller = lektor.resources.speller(language);
  return speller ? (w: string) => speller.correct(w) : undefined;
}

/**
 * Whether the post-editor made the same change as an edit, by token counts: the edit
 * removes some MT tokens and adds others; it agrees when the post-edit also has fewer of
 * every removed token and more of every added token than the MT. `noop`: the edit does
 * not change the tokens (spacing only). An edit that only reorders tokens agrees when it
 * lowers the TER against the post-edit.
 */
export function editAgreement(mt: readonly string[], edited: readonly string[], pe: readonly string[]): 'agreed' | 'disagreed' | 'noop' {
  const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const cm = count(mt);
  const ce = count(edited);
  const cp = count(pe);
  let changed = false;
  for (const k of new Set([...cm.keys(), ...ce.keys()])) {
    const before = cm.get(k) ?? 0;
    const after = ce.get(k) ?? 0;
    if (before === after) continue;
    changed = true;
    const human = cp.get(k) ?? 0;
    // Removed by the edit: the post-edit must have at most `after` of it; added: at least `after`.
    if (after < before ? human > after : human < after) return 'disagreed';
  }
  if (changed) return 'agreed';
  if (mt.join(' ') === edited.join(' ')) return 'noop';
  // Same tokens in another order: agreed when it brings the MT closer to the post-edit.
  return sentenceTer(edited, pe).edits < sentenceTer(mt, pe).edits ? 'agreed' : 'disagreed';
}

function round(x: number, digits = 4): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

function fmt(x: number, digits: number): string {
  return x.toFixed(digits);
}

/** The severity threshold names used in the report. */
export const SEVERITY_LEVELS: Record<'all' | 'warningOrAbove' | 'errorOnly', Severity> = { all: 'info', warningOrAbove: 'warning', errorOnly: 'error' };

export type { QeSplit };
