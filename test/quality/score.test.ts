import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, type Category, type Severity } from '../../src/core/types.js';
import { FEATURES, MONOTONE_FEATURES, sentenceFeatures, type FeatureVector } from '../../src/quality/features.js';
import {
  loadWeights,
  mqmBreakdown,
  mqmSeverity,
  predictHter,
  scoreDocument,
  scoreFromHter,
  scoreSentences,
  splitSentences,
  validateWeights,
  WEIGHTS_PATH,
  type QeWeights,
  type ScoredFinding,
} from '../../src/quality/score.js';
import { detokenize } from '../../src/eval/detok.js';
import { ROOT, sharedDir, check } from '../helpers.js';
import { loadXliff } from '../../src/formats/xliff-reader.js';

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

function finding(start: number, end: number, category: Category = 'spelling', severity: Severity = 'warning'): ScoredFinding {
  return { category, severity, start: { offset: start }, end: { offset: end } };
}

describe('the weights file', () => {
  const weights = loadWeights();

  it('lives in quality/qe-weights.json and loads', () => {
    expect(WEIGHTS_PATH).toBe(path.join(ROOT, 'quality', 'qe-weights.json'));
    expect(() => validateWeights(JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as QeWeights)).not.toThrow();
  });

  it('declares exactly the features the code computes, with finite numbers', () => {
    expect(weights.features.map((f) => f.name)).toEqual([...FEATURES]);
    for (const f of weights.features) {
      expect(Number.isFinite(f.mean) && Number.isFinite(f.weight) && f.scale > 0).toBe(true);
      expect(f.description.length).toBeGreaterThan(0);
    }
  });

  it('never gives a finding feature a negative weight', () => {
    for (const name of MONOTONE_FEATURES) {
      const f = weights.features.find((x) => x.name === name)!;
      expect(f.monotone).toBe(true);
      expect(f.weight).toBeGreaterThanOrEqual(0);
    }
  });

  it('was trained on train/ only, and says so', () => {
    expect(weights.training.data).toBe('mlqe-pe-en-de/train');
    expect(weights.training.n).toBe(7000);
    expect(typeof weights.training.trainPearson).toBe('number');
    expect(weights.lexicon && Object.keys(weights.lexicon.rates).length).toBeGreaterThan(50);
  });

  it('rejects a file with an unknown feature or a negative monotone weight', () => {
    const bad = structuredClone(weights);
    bad.features[0].name = 'nonsense' as never;
    expect(() => validateWeights(bad)).toThrow(/unknown feature/);
    const negative = structuredClone(weights);
    negative.features.find((f) => f.monotone)!.weight = -1;
    expect(() => validateWeights(negative)).toThrow(/negative/);
  });
});

describe('the quality score', () => {
  const mt = readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/mt.txt'), 'utf8').split('\n').slice(0, 60);
  const src = readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/src.txt'), 'utf8').split('\n').slice(0, 60);

  it('is an integer from 0 to 100, from the clamped predicted HTER', () => {
    expect(scoreFromHter(0)).toBe(100);
    expect(scoreFromHter(1)).toBe(0);
    expect(scoreFromHter(1.7)).toBe(0);
    expect(scoreFromHter(-0.2)).toBe(100);
    expect(scoreFromHter(0.234)).toBe(77);
  });

  it('says, where a finding was fixed, the score with the fixed findings out of its MQM part: what is left for an editor', () => {
    const text = 'Die App Tick Tack ist neu.';
    const sentences = [{ start: 0, end: text.length }];
    const at = text.indexOf('Tick Tack');
    const wrongName = { category: 'glossary' as const, severity: 'error' as const, start: { offset: at }, end: { offset: at + 9 } };
    const open = scoreSentences(text, [wrongName], { sentences })[0];
    expect(open.afterFixes).toBeUndefined();
    const fixed = scoreSentences(text, [{ ...wrongName, fixed: true }], { sentences })[0];
    // The same score of the translation as it came (a critical error in 6 words: 0) …
    expect(fixed.score).toBe(open.score);
    expect(fixed.score).toBe(0);
    // … and after the fix, the learned estimate without the error's MQM penalty (its signals,
    // counted in the features, still lower it below a sentence without the finding).
    expect(fixed.afterFixes).toBeGreaterThan(50);
    expect(fixed.afterFixes).toBeLessThanOrEqual(scoreSentences(text, [], { sentences })[0].score);
  });

  it('never rises when an error finding is added (monotonicity)', () => {
    let checked = 0;
    mt.forEach((line, i) => {
      const text = detokenize(line).text;
      const sentences = [{ start: 0, end: text.length }];
      const words = [...text.matchAll(/\p{L}+/gu)];
      if (words.length === 0) return;
      let findings: ScoredFinding[] = [];
      let before = scoreSentences(text, findings, { sentences, sources: [src[i]] })[0];
      // Add findings one by one, of every category and severity, and on the same word twice.
      for (let k = 0; k < 6; k++) {
        const w = words[(k * 7 + i) % words.length];
        const category = CATEGORIES[(k + i) % CATEGORIES.length];
        const severity = SEVERITIES[(k + i) % SEVERITIES.length];
        findings = [...findings, finding(w.index!, w.index! + w[0].length, category, severity)];
        const after = scoreSentences(text, findings, { sentences, sources: [src[i]] })[0];
        expect(after.predictedHter).toBeGreaterThanOrEqual(before.predictedHter);
        expect(after.score).toBeLessThanOrEqual(before.score);
        before = after;
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(300);
  });

  it('is 100 without findings only if the weights say so', () => {
    // A sentence without findings gets the score of its other signals, not 100 by fiat.
    const text = 'Er beginnt auch eine Affäre mit Veronica Harrington, die ihn rettet.';
    const [s] = scoreSentences(text, [], { sentences: [{ start: 0, end: text.length }] });
    const features = sentenceFeatures({ text, findings: [], lexicon: loadWeights().lexicon });
    expect(s.predictedHter).toBeCloseTo(predictHter(features), 12);
    expect(s.score).toBe(scoreFromHter(predictHter(features)));
  });

  it('counts a missing feature (no source, no model) as its training mean', () => {
    const weights = loadWeights();
    const atMean = Object.fromEntries(weights.features.map((f) => [f.name, f.mean])) as FeatureVector;
    const missing = Object.fromEntries(weights.features.map((f) => [f.name, undefined])) as FeatureVector;
    expect(predictHter(missing)).toBeCloseTo(predictHter(atMean), 12);
    expect(predictHter(missing)).toBeCloseTo(Math.min(1, Math.max(0, weights.intercept)), 12);
  });

  it('splits sentences as the pipeline does, and scores the document by words', () => {
    const text = 'Das ist ein Satz. Das ist noch ein Satz mit mehr Wörtern darin.\n\nEin Absatz.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Das ist ein Satz.', 'Das ist noch ein Satz mit mehr Wörtern darin.', 'Ein Absatz.']);
    const doc = scoreDocument(text, [finding(8, 11, 'spelling', 'warning')]);
    expect(doc.sentences).toHaveLength(3);
    const words = doc.sentences.map((s) => s.mqm.words);
    const h = doc.sentences.reduce((a, s, i) => a + s.predictedHter * words[i], 0) / words.reduce((a, b) => a + b, 0);
    expect(doc.predictedHter).toBeCloseTo(h, 12);
    expect(doc.score).toBe(scoreFromHter(h));
    expect(doc.mqm.counts.minor).toBe(1);
    expect(doc.sentences[0].mqm.counts.minor).toBe(1);
    expect(doc.sentences[1].mqm.counts.minor).toBe(0);
  });

  it('pairs a source with as many sentences sentence by sentence', () => {
    const text = 'Das ist gut. Das ist schlecht.';
    const [a, b] = scoreSentences(text, [], { source: 'That is good. That is bad.' });
    expect(a.features.src_len_ratio_log).toBeCloseTo(0, 12);
    expect(b.features.src_len_ratio_log).toBeCloseTo(0, 12);
    const [c] = scoreSentences(text, [], { source: 'That is good and that is bad.' });
    expect(c.features.src_len_ratio_log).toBeUndefined();
    expect(c.features.src_copied_lower).toBeDefined();
  });

  it('scores the findings of a real check', async () => {
    const text = 'Das ist ist ein Problemm. Die Firma Tick Tack wächst.';
    const result = await check(text, { language: 'de' });
    const doc = scoreDocument(text, result.findings);
    // Every finding is counted once, except the review hints of the word-level estimate (not errors).
    const hints = result.findings.filter((f) => f.category === 'quality').length;
    expect(hints).toBeGreaterThan(0);
    expect(doc.mqm.counts.minor + doc.mqm.counts.major + doc.mqm.counts.critical + doc.mqm.counts.neutral).toBe(result.findings.length - hints);
    expect(doc.mqm.byCategory.quality).toBeUndefined();
    for (const s of doc.sentences) expect(s.score).toBeGreaterThanOrEqual(0);
  });
});

describe('features', () => {
  it('counts findings per word by severity and category, and flagged words', () => {
    const f = sentenceFeatures({
      text: 'eins zwei drei vier',
      findings: [
        { category: 'spelling', severity: 'warning', start: 0, end: 4 },
        { category: 'untranslated', severity: 'error', start: 5, end: 9 },
      ],
    });
    expect(f.sev_warning).toBeCloseTo(0.25, 12);
    expect(f.sev_error).toBeCloseTo(0.25, 12);
    expect(f.sev_info).toBe(0);
    expect(f.cat_spelling).toBeCloseTo(0.25, 12);
    expect(f.cat_untranslated).toBeCloseTo(0.25, 12);
    expect(f.flagged_share).toBeCloseTo(0.5, 12);
    expect(f.src_len_ratio_log).toBeUndefined();
    expect(f.model_bad_prob).toBeUndefined();
  });

  it('compares with the source: length, copied words, numbers', () => {
    const f = sentenceFeatures({
      text: 'Er kaufte 24.000 Aktien von Siemens und pinning.',
      findings: [],
      source: 'He bought 24,000 shares of Siemens and pinning 3 .',
      isKnownWord: (w) => w !== 'pinning',
    });
    expect(f.src_copied_caps).toBeCloseTo(1 / 8, 12); // Siemens
    expect(f.src_copied_lower).toBeCloseTo(1 / 8, 12); // pinning
    expect(f.src_numbers_mismatch).toBeCloseTo(Math.log(2), 12); // 3 only in the source
    expect(f.src_len_ratio_log).toBeCloseTo(Math.log(9 / 10), 12);
  });
});

describe('MQM breakdown', () => {
  it('maps severities and weights them 1 / 5 / 25 per word', () => {
    expect(mqmSeverity({ category: 'spelling', severity: 'info' })).toBe('neutral');
    expect(mqmSeverity({ category: 'spelling', severity: 'warning' })).toBe('minor');
    expect(mqmSeverity({ category: 'language', severity: 'error' })).toBe('major');
    expect(mqmSeverity({ category: 'glossary', severity: 'error' })).toBe('critical');
    const m = mqmBreakdown(
      [
        { category: 'spelling', severity: 'warning' },
        { category: 'spelling', severity: 'info' },
        { category: 'language', severity: 'error' },
        { category: 'glossary', severity: 'error' },
      ],
      100,
    );
    expect(m.counts).toEqual({ neutral: 1, minor: 1, major: 1, critical: 1 });
    expect(m.byCategory.spelling).toEqual({ neutral: 1, minor: 1, major: 0, critical: 0 });
    expect(m.penalty).toBe(31);
    expect(m.penaltyPerWord).toBeCloseTo(0.31, 12);
    expect(m.score).toBe(69);
    expect(mqmBreakdown([{ category: 'glossary', severity: 'error' }], 10).score).toBe(0);
  });
});

describe('the score of an XLIFF file\'s sentences', () => {
  const XML =
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
    '<trans-unit id="1"><source>The app TikTok is popular.</source><target>Die <g id="1" ctype="bold">App</g> <x id="2" ctype="image"/>Tick Tack ist sehr beliebt.</target></trans-unit>\n' +
    '</body></file></xliff>\n';

  it('reads the target\'s prose, without its inline tags: the words are the target\'s', async () => {
    const r = await check(XML, { path: 'a.xlf' });
    const s = r.quality!.sentences;
    expect(s).toHaveLength(1);
    // "Die App Tick Tack ist sehr beliebt." is 7 words; its tags' names and attributes ("g", "id", "1", "ctype", "bold", …) are none.
    expect(s[0].mqm.words).toBe(7);
    expect(r.quality!.mqm.words).toBe(7);
  });

  it('reads an XLIFF text given to scoreDocument as its format says, the same as the pipeline does', async () => {
    await loadXliff();
    const r = await check(XML, { path: 'a.xlf' });
    const findings = r.findings.filter((f) => f.category !== 'quality');
    const q = scoreDocument(XML, findings, { format: 'xliff', language: 'de' });
    expect(q.sentences.map((s) => [s.start, s.end, s.mqm.words])).toEqual([[XML.indexOf('Die <g'), XML.indexOf('</target>'), 7]]);
    // The glossary finding is in the sentence, on its words.
    expect(q.sentences[0].mqm.counts.critical).toBe(1);
  });
});

describe('the score of a Markdown file\'s sentences', () => {
  const MD = 'Die **App** [Tick Tack](https://example.com/tick-tack/app?id=42 "Die App") ist `sehr` beliebt.\n';

  it('reads each sentence\'s prose, without its markup: the words are the text\'s, not the link\'s address or the emphasis marks', async () => {
    const r = await check(MD, { path: 'a.md' });
    const s = r.quality!.sentences;
    expect(s).toHaveLength(1);
    // "Die App Tick Tack ist ￼ beliebt.": 6 words, as in plain text without the code span, which
    // no check reads as prose either; the address's parts, the link's title and the marks are none (15 had been counted).
    const plain = await check('Die App Tick Tack ist beliebt.\n', { path: 'a.txt' });
    expect(s[0].mqm.words).toBe(6);
    expect(s[0].mqm.words).toBe(plain.quality!.sentences[0].mqm.words);
    expect(r.quality!.mqm.words).toBe(plain.quality!.mqm.words);
    // The glossary's finding on "Tick Tack" is in the sentence, as in plain text.
    expect(s[0].mqm.counts.critical).toBe(1);
  });

  it('reads a Markdown text given to scoreDocument as its format says, the same as the pipeline does', async () => {
    const r = await check(MD, { path: 'a.md' });
    const findings = r.findings.filter((f) => f.category !== 'quality');
    const q = scoreDocument(MD, findings, { format: 'markdown', language: 'de' });
    expect(q.sentences.map((s) => s.mqm.words)).toEqual(r.quality!.sentences.map((s) => s.mqm.words));
    expect(q.sentences[0].mqm.counts.critical).toBe(1);
  });
});

describe('a sentence\'s prose over many inline tags', () => {
  it('maps the findings\' offsets in time that does not grow with the block\'s segments (100,000 tags)', async () => {
    const { sentenceProse: prose } = await import('../../src/quality/score.js');
    // (A target of 100,000 words each in its own <g>…</g>: the tags, 12 characters, are left out of the text.)
    const n = 100_000;
    const segments = [];
    for (let i = 0; i < n; i++) segments.push({ textStart: 2 * i, sourceStart: 14 * i, length: 2 });
    const block = { kind: 'paragraph' as const, text: 'a '.repeat(n), segments };
    const p = prose(block, 0, block.text.length);
    // (The look-ups alone are timed, their checks after: 100,000 expect() calls cost about a
    // second themselves, which on a loaded machine had made the limit.)
    const inside: number[] = [];
    const between: number[] = [];
    const t = performance.now();
    for (let i = 0; i < n; i += 2) {
      inside.push(p.at(14 * i + 1));
      // (In the markup between two segments: the next one's start.)
      between.push(p.at(14 * i + 5));
    }
    const end = p.at(14 * n + 50);
    const elapsed = performance.now() - t;
    for (let k = 0; k < inside.length; k++) {
      if (inside[k] !== 4 * k + 1 || between[k] !== 4 * k + 2) {
        expect([inside[k], between[k]], `look-up ${k}`).toEqual([4 * k + 1, 4 * k + 2]);
      }
    }
    expect(inside).toHaveLength(n / 2);
    expect(end).toBe(2 * n);
    // (A scan of the segments for each offset: 50,000 findings in such a target took 9 s to score.)
    expect(elapsed).toBeLessThan(2000);
  });
});
