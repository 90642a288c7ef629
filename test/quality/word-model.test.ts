import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  estimateWords,
  lexiconTable,
  lexiconTableSorted,
  loadWordModel,
  meanWordBad,
  sourceSide,
  tableLine,
  validateWordModel,
  WORD_FEATURES_SOURCE,
  WORD_FEATURES_TARGET,
  type LogisticModel,
  type WordModel,
} from '../../src/quality/word-model.js';
import { fitLogistic, mcc, trainIbm1, trainWordModel } from '../../src/quality/word-train.js';
import { loadSplit } from '../../src/eval/data.js';
import { check, sharedDir } from '../helpers.js';

/** A model whose only weight is on one feature, so probabilities can be computed by hand. */
function handModel(feature: (typeof WORD_FEATURES_SOURCE)[number], weight: number): WordModel {
  const lr = (features: readonly string[]): LogisticModel => ({
    features: [...features] as LogisticModel['features'],
    mean: features.map(() => 0),
    sd: features.map(() => 1),
    bias: 0,
    weights: features.map((f) => (f === feature ? weight : 0)),
    threshold: 0.5,
  });
  return {
    version: 1,
    trainedOn: 'hand',
    date: '2026-11-28',
    language: 'de',
    sourceLanguage: 'en',
    prior: 0.2,
    smoothing: 5,
    lexicon: { Haus: [100, 0], Hauss: [10, 10] },
    align: { haus: { house: 0.9, '<NULL>': 0.001 } },
    alignFloor: 1e-6,
    target: lr(WORD_FEATURES_TARGET),
    source: lr(WORD_FEATURES_SOURCE),
  };
}

describe('word-level estimate', () => {
  it('scores each token from the lexicon: rate = (bad + k·prior) / (n + k)', () => {
    const m = handModel('lex', 1);
    const [a, b, c] = estimateWords(m, 'Haus Hauss Neu');
    // lex is the log-odds of the rate, and with weight 1 the probability is the rate itself.
    expect(a.p).toBeCloseTo((0 + 5 * 0.2) / (100 + 5), 10);
    expect(b.p).toBeCloseTo((10 + 5 * 0.2) / (10 + 5), 10);
    expect(c.p).toBeCloseTo(0.2, 10); // unseen: the prior
    expect([a.flagged, b.flagged, c.flagged]).toEqual([false, true, false]);
    expect([a.start, a.end, b.start, b.end]).toEqual([0, 4, 5, 10]);
  });

  it('names a broken lexicon entry when it is read, and never scores with it', () => {
    for (const broken of [[10], [10, 11], [1.5, 0], ['10', '1'], null, { n: 10 }]) {
      const m = handModel('lex', 1);
      (m.lexicon as Record<string, unknown>).Hauss = broken;
      expect(() => estimateWords(m, 'Haus Hauss'), JSON.stringify(broken)).toThrow('lexicon["Hauss"] must be [count, bad count]');
      // (Entries not read are not checked: the good one alone scores.)
      expect(estimateWords(m, 'Haus')[0].p).toBeCloseTo((0 + 5 * 0.2) / (100 + 5), 10);
    }
  });

  it('uses the source paragraph: alignment support and verbatim copies', () => {
    const m = handModel('align', -1);
    const supported = estimateWords(m, 'Haus', sourceSide('The house.', 'Haus'))[0];
    const unsupported = estimateWords(m, 'Haus', sourceSide('The garden.', 'Haus'))[0];
    // align = log(t + 1e-6); p = sigmoid(-align) = 1 / (1 + t + 1e-6)
    expect(supported.p).toBeCloseTo(1 / (1 + 0.9 + 1e-6), 8);
    expect(unsupported.p).toBeCloseTo(1 / (1 + 0.001 + 1e-6), 8); // only NULL supports it
    const copied = handModel('in_source', 2);
    expect(estimateWords(copied, 'Harrington', sourceSide('Harrington left.', 'Harrington'))[0].p).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(estimateWords(copied, 'Harrington')[0].p).toBeCloseTo(0.5, 10); // no source: the target-only model
    expect(meanWordBad(handModel('lex', 1), 'Haus Hauss')).toBeCloseTo(((0 + 1) / 105 + 11 / 15) / 2, 10);
  });

  it('never reads Object.prototype for tokens such as "constructor"', () => {
    const m = handModel('lex', 1);
    expect(estimateWords(m, 'constructor hasOwnProperty toString').map((e) => e.p)).toEqual([0.2, 0.2, 0.2].map((x) => expect.closeTo(x, 10)));
  });

  it('reads the lexicon as a table (one line a token, sorted) exactly as the object', () => {
    // Keys that are prefixes of one another, punctuation, digits and letters past ASCII:
    // the order is that of `<`, UTF-16 code units.
    const lexicon: Record<string, [number, number]> = { Haus: [100, 0], Hauss: [10, 10], 'Haus-': [3, 1], Hausa: [4, 4], ',': [50, 2], '„': [7, 3], Ärger: [9, 2], '2020': [5, 0], '😀': [2, 1], a: [1, 0] };
    const table = lexiconTable(lexicon);
    expect(table.split('\n')).toHaveLength(10);
    expect(lexiconTableSorted(table)).toBe(true);
    for (const [token, [n, bad]] of Object.entries(lexicon)) expect(tableLine(table, token), token).toBe(`\t${n}\t${bad}`);
    for (const absent of ['Hau', 'Hausb', 'Haus ', '', 'z', '!', 'ärger', '😁', 'constructor']) expect(tableLine(table, absent), absent).toBeUndefined();
    expect(tableLine('', 'Haus')).toBeUndefined();
    const object = handModel('lex', 1);
    const asTable = { ...object, lexicon: lexiconTable(object.lexicon as Record<string, [number, number]>) };
    const text = 'Haus Hauss Neu constructor';
    expect(estimateWords(asTable, text)).toEqual(estimateWords(object, text));
    // Out of order, or a token a line cannot hold, is refused where the table is written.
    expect(lexiconTableSorted('b\t1\t0\na\t1\t0')).toBe(false);
    expect(lexiconTableSorted('a\t1\t0\na\t2\t0')).toBe(false);
    expect(() => lexiconTable({ 'a\tb': [1, 0] })).toThrow(/cannot be a line/);
  });

  it('names a broken line of the lexicon table when it is read', () => {
    for (const line of ['Hauss\t10', 'Hauss\t10\t11', 'Hauss\t1.5\t0', 'Hauss\tx\t1']) {
      const m = { ...handModel('lex', 1), lexicon: `Haus\t100\t0\n${line}` };
      expect(() => estimateWords(m, 'Haus Hauss'), line).toThrow(/lexicon's line for "Hauss" must be/);
      expect(estimateWords(m, 'Haus')[0].p).toBeCloseTo((0 + 5 * 0.2) / (100 + 5), 10);
    }
    expect(() => validateWordModel('q.json', { ...handModel('lex', 1), lexicon: 'no tab here' })).toThrow(/q\.json: invalid word quality model: lexicon must be/);
  });

  it('ships its lexicon as a table in order, every line well formed', () => {
    const model = loadWordModel('de');
    expect(typeof model?.lexicon).toBe('string');
    const table = model!.lexicon as string;
    expect(lexiconTableSorted(table)).toBe(true);
    const lines = table.split('\n');
    expect(lines.length).toBeGreaterThan(20_000);
    expect(lines.filter((l) => !/^[^\t\n]+\t\d+\t\d+$/.test(l))).toEqual([]);
    // A token of the table is found, and one the training MT never had is not.
    expect(tableLine(table, 'Haus')).toMatch(/^\t\d+\t\d+$/);
    expect(tableLine(table, 'Qxqzv')).toBeUndefined();
  });

  it('rejects a broken model file, naming the file and the problem', () => {
    const m = handModel('lex', 1);
    expect(() => validateWordModel('q.json', { ...m, source: { ...m.source, weights: [1] } })).toThrow(/^q\.json: invalid word quality model: source\.weights/);
    expect(() => validateWordModel('q.json', { ...m, target: { ...m.target, threshold: 1.5 } })).toThrow(/target\.threshold/);
    expect(() => validateWordModel('q.json', { ...m, target: { ...m.target, features: ['align'] as never, mean: [0], sd: [1], weights: [0] } })).toThrow(/target\.features/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-wq-'));
    writeFileSync(path.join(dir, 'word-qe-xx.json'), JSON.stringify({ ...m, prior: 2 }));
    expect(() => loadWordModel('xx', dir)).toThrow(/word-qe-xx\.json: invalid word quality model: prior/);
    expect(loadWordModel('yy', dir)).toBeUndefined();
    const { align, ...rest } = m;
    expect(() => validateWordModel('q.json', { ...rest, alignFile: '../elsewhere.json' })).toThrow(/alignFile must name a \.json file beside the model/);
  });

  it('reads the alignment table from its own file, only when a source needs it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-wq-'));
    const { align, ...rest } = handModel('align', -1);
    writeFileSync(path.join(dir, 'word-qe-zz.json'), JSON.stringify({ ...rest, alignFile: 'word-qe-zz.align.json' }));
    const model = loadWordModel('zz', dir)!;
    // No source: the table is never read (its file does not even exist yet).
    expect(estimateWords(model, 'Haus')[0].p).toBeCloseTo(0.5, 10);
    writeFileSync(path.join(dir, 'word-qe-zz.align.json'), JSON.stringify(align));
    expect(estimateWords(model, 'Haus', sourceSide('The house.', 'Haus'))[0].p).toBeCloseTo(1 / (1 + 0.9 + 1e-6), 8);
  });
});

describe('training', () => {
  it('IBM Model 1 learns which word translates which', () => {
    const t = trainIbm1(
      [
        { src: ['the', 'house'], tgt: ['das', 'haus'] },
        { src: ['the', 'book'], tgt: ['das', 'buch'] },
        { src: ['a', 'book'], tgt: ['ein', 'buch'] },
      ],
      10,
    );
    expect(t.get('haus')!.get('house')!).toBeGreaterThan(t.get('haus')!.get('the')!);
    expect(t.get('buch')!.get('book')!).toBeGreaterThan(0.5);
    expect(t.get('das')!.get('the')!).toBeGreaterThan(t.get('das')!.get('book')!);
  });

  it('logistic regression recovers the sign and size of a known effect', () => {
    // y = 1 exactly when x > 0, with noise: the weight must be large and positive.
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = -50; i <= 50; i++) {
      X.push([i / 10]);
      y.push(i > 0 !== (i % 7 === 0) ? 1 : 0);
    }
    const { bias, weights } = fitLogistic(X, y, 0.01);
    expect(weights[0]).toBeGreaterThan(0.5);
    expect(Math.abs(bias)).toBeLessThan(0.5);
  });

  it('MCC matches hand-computed values', () => {
    expect(mcc([1, 1, 0, 0], [true, true, false, false])).toBe(1);
    expect(mcc([1, 1, 0, 0], [false, false, true, true])).toBe(-1);
    // tp 1, fp 1, fn 1, tn 1 → 0
    expect(mcc([1, 1, 0, 0], [true, false, true, false])).toBe(0);
    // tp 2 fp 1 fn 0 tn 1: (2·1 − 1·0) / sqrt(3·2·2·1)
    expect(mcc([1, 1, 0, 0], [true, true, true, false])).toBeCloseTo(2 / Math.sqrt(12), 12);
  });

  it('learns a valid model from a slice of train/ that beats chance out of fold', async () => {
    const split = await loadSplit(path.join(sharedDir(), 'data/mlqe-pe-en-de/train'), 600);
    const r = trainWordModel(split, { language: 'de', sourceLanguage: 'en', trainedOn: 'test', folds: 3, iterations: 3 });
    expect(() => validateWordModel('trained', r.model)).not.toThrow();
    expect(r.crossValidated.source.mcc).toBeGreaterThan(0.05);
    // The threshold flags as many tokens as were BAD (up to ties).
    expect(r.crossValidated.source.flaggedShare).toBeCloseTo(r.crossValidated.badShare, 1);
    expect(r.outOfFoldMean).toHaveLength(600);
  }, 60_000);
});

describe('word-quality rule and the source', () => {
  const text = 'Er beginnt auch eine Affäre mit Veronica Harrington, die ihn rettet.';
  it('is a review hint: info, no fix, confidence = the estimate', async () => {
    const r = await check('Gleichzeitig nahm die Legion an der Befriedung Algeriens teil, die von verschiedenen Stammesaufständen und Rasias heimgesucht wurde.', {
      language: 'de',
      only: ['word-quality'],
    });
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f).toMatchObject({ ruleId: 'word-quality', category: 'quality', severity: 'info', fixed: false, expected: [] });
      expect(f.message).toMatch(/^An editor would likely change „.+“ \(estimated \d+ %\)$/);
    }
  });

  it('names carried over from the source are no spelling findings', async () => {
    const without = await check(text, { language: 'de', only: ['spelling'] });
    expect(without.findings.map((f) => f.actual)).toEqual(['Veronica', 'Harrington']);
    const withSource = await check(text, { language: 'de', only: ['spelling'], sourceText: 'He also begins an affair with Veronica Harrington, who rescues him.', sourceLanguage: 'en' });
    expect(withSource.findings).toEqual([]);
  });
});

describe('pairing sentences with the source for the quality score', () => {
  it('pairs sentence for sentence, else paragraph for paragraph, else words only', async () => {
    const { pairSources, splitSentences } = await import('../../src/quality/score.js');
    const text = 'Eins. Zwei.\nDrei.\nVier. Fünf.';
    const spans = splitSentences(text);
    // Same number of sentences: one for one.
    expect(pairSources(text, spans, 'One. Two.\nThree.\nFour. Five.').map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
    // Paragraphs line up but the last one has one source sentence for two: its words only.
    expect(pairSources(text, spans, 'One. Two.\nThree, and more.\nFour and five.')).toEqual([
      { text: 'One.' },
      { text: 'Two.' },
      { text: 'Three, and more.' },
      { text: 'Four and five.', copiedOnly: true },
      { text: 'Four and five.', copiedOnly: true },
    ]);
    // Nothing lines up: the whole source, for its words only.
    expect(pairSources(text, spans, 'All in one.').every((p) => p.copiedOnly && p.text === 'All in one.')).toBe(true);
  });
});

describe('the fast path', () => {
  it('gives exactly the probabilities of the feature records, with and without a source', async () => {
    const { sentenceWordFeatures, probability } = await import('../../src/quality/word-model.js');
    const model = loadWordModel('de')!;
    const sentence = 'Die Aufzeichnungen, zuerst erhalten durch IPVM, zeigen 2020 Harrington und Rasias.';
    const src = sourceSide('The records, first obtained by IPVM, show Harrington in 2020.', sentence);
    for (const side of [undefined, src]) {
      const fast = estimateWords(model, sentence, side);
      const records = sentenceWordFeatures(model, fast.map((e) => e.token), side);
      const lr = side ? model.source : model.target;
      fast.forEach((e, i) => expect(e.p).toBeCloseTo(probability(lr, records[i]), 12));
    }
  });
});
