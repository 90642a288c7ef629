/**
 * Candidate edits (no model involved): what the language rules propose for the error
 * patterns of the sample article, and the word/token alignment and calibration helpers.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, generateCandidates, type EditKind } from '../../src/model/candidates.js';
import { splitUnits, tokenize, type PieceTokenizer } from '../../src/model/tokens.js';
import { candidatePosteriors, fitPlatt, fitTemperature, sigmoid } from '../../src/model/calibration.js';

function proposals(text: string, language: string, kinds?: EditKind[], focusWord?: string) {
  const units = splitUnits(text);
  const focusIndex = focusWord ? units.findIndex((u) => u.text === focusWord) : -1;
  const focus = focusIndex >= 0 ? { from: focusIndex, to: focusIndex + 1 } : undefined;
  return generateCandidates({ text, units, language, kinds, focus }).map((e) => ({ kind: e.kind, sentence: applyEdit(text, units, e) }));
}

describe('German candidate edits', () => {
  it('puts the finite verb at the end of a subordinate clause', () => {
    const text = 'Hikvision wusste, dass seine Technologie war verwendet, um zu überwachen die Minderheit.';
    expect(proposals(text, 'de', ['verb-final'])).toEqual([{ kind: 'verb-final', sentence: 'Hikvision wusste, dass seine Technologie verwendet war, um zu überwachen die Minderheit.' }]);
  });

  it('leaves a clause whose verb is already last alone', () => {
    expect(proposals('Er sagte, dass es sich bewusst war.', 'de', ['verb-final'])).toEqual([]);
  });

  it('moves a zu-infinitive after its object, trying each noun that can end the object', () => {
    const text = 'Sie nutzten Kameras, um zu überwachen die uigurische muslimische Minderheit des Landes trotz früherer Ablehnungen.';
    const out = proposals(text, 'de', ['infinitive']).map((p) => p.sentence);
    expect(out).toContain('Sie nutzten Kameras, um die uigurische muslimische Minderheit des Landes zu überwachen trotz früherer Ablehnungen.');
    expect(out).toContain('Sie nutzten Kameras, um die uigurische muslimische Minderheit zu überwachen des Landes trotz früherer Ablehnungen.');
    expect(out.length).toBeLessThanOrEqual(4);
  });

  it('ends a zu-infinitive\'s object before "um" or the next zu-infinitive', () => {
    const out = proposals('Sie wollen zu sparen die Kosten zu verlagern die Produktion.', 'de', ['infinitive']).map((p) => p.sentence);
    expect(out).toContain('Sie wollen die Kosten zu sparen zu verlagern die Produktion.');
    // (Never across the next zu-infinitive: "die Kosten zu verlagern die Produktion zu sparen".)
    expect(out.filter((o) => o.endsWith('zu sparen.'))).toEqual([]);
    expect(proposals('Sie planen, um zu sparen die Produktion zu verlagern.', 'de', ['infinitive']).map((p) => p.sentence)).toEqual(['Sie planen, um die Produktion zu sparen zu verlagern.']);
  });

  it('drops an immediately repeated word', () => {
    expect(proposals('Die Regierung hat hat die Technologie verwendet.', 'de', ['duplicate'])).toEqual([
      { kind: 'duplicate', sentence: 'Die Regierung hat die Technologie verwendet.' },
    ]);
  });

  it('offers the other forms of an article, keeping its case', () => {
    const out = proposals('Er schlug mit einem Klage zurück.', 'de', ['article']).map((p) => p.sentence);
    expect(out).toContain('Er schlug mit einer Klage zurück.');
    expect(out).toHaveLength(5);
    expect(proposals('Einem Bericht zufolge.', 'de', ['article']).map((p) => p.sentence)).toContain('Einer Bericht zufolge.');
  });

  it('swaps adjacent words only around the flagged word', () => {
    const text = 'Er schlug mit einer zurück Klage.';
    expect(proposals(text, 'de', ['swap'])).toEqual([]);
    const out = proposals(text, 'de', ['swap'], 'Klage').map((p) => p.sentence);
    expect(out).toContain('Er schlug mit einer Klage zurück.');
  });
});

describe('other languages', () => {
  it('English: a/an and generic edits, no verb-final clauses', () => {
    const text = 'He said that the company was was using an camera.';
    const kinds = proposals(text, 'en').map((p) => p.kind);
    expect(kinds).not.toContain('verb-final');
    expect(proposals(text, 'en', ['duplicate'])[0].sentence).toBe('He said that the company was using an camera.');
    expect(proposals(text, 'en', ['article']).map((p) => p.sentence)).toContain('He said that the company was was using a camera.');
  });

  it('French and Spanish article families', () => {
    expect(proposals('Il a vu le voiture.', 'fr', ['article']).map((p) => p.sentence)).toContain('Il a vu la voiture.');
    expect(proposals('Vio el casa.', 'es', ['article']).map((p) => p.sentence)).toContain('Vio la casa.');
  });

  it('Dutch: de and het, die and dat; "dat dat" is no duplicate to propose, no verb-final clauses', () => {
    expect(proposals('Hij zag het auto.', 'nl', ['article']).map((p) => p.sentence)).toContain('Hij zag de auto.');
    expect(proposals('Het huis die verkocht werd.', 'nl', ['article']).map((p) => p.sentence)).toContain('Het huis dat verkocht werd.');
    expect(proposals('Ik weet dat dat klopt.', 'nl', ['duplicate'])).toEqual([]);
    expect(proposals('Hij zei dat het bedrijf camera’s heeft gebruikt.', 'nl').map((p) => p.kind)).not.toContain('verb-final');
  });
});

describe('words and tokens', () => {
  // A toy WordPiece tokenizer: known words whole, others as a first piece + "##" pieces of 3 letters.
  const known = new Set(['Er', 'sagte', ',', 'dass', 'seine', 'war', 'verwendet', '.']);
  const vocab: string[] = ['[UNK]'];
  const id = (p: string) => {
    let i = vocab.indexOf(p);
    if (i < 0) i = vocab.push(p) - 1;
    return i;
  };
  const tokenizer: PieceTokenizer = {
    pieces: (chunk) =>
      chunk.split(/(?=[,.])|(?<=[,.])/).flatMap((w) => {
        if (known.has(w)) return [w];
        const out = [w.slice(0, 5)];
        for (let i = 5; i < w.length; i += 3) out.push('##' + w.slice(i, i + 3));
        return out;
      }),
    idOf: id,
    pieceOf: (i) => vocab[i],
    surface: (p) => (p.startsWith('##') ? p.slice(2) : p),
    startsWord: (p) => !p.startsWith('##'),
    isSpecial: (i) => i === 0,
  };

  it('align every token with a word and its characters', () => {
    const text = 'Er sagte, dass seine Technologie war verwendet.';
    const tok = tokenize(text, tokenizer);
    expect(tok.units.map((u) => u.text)).toEqual(['Er', 'sagte', ',', 'dass', 'seine', 'Technologie', 'war', 'verwendet', '.']);
    const techno = tok.units[5];
    expect(techno.tokenEnd - techno.tokenStart).toBe(3);
    for (const t of tok.tokens) expect(text.slice(t.start, t.end)).toBe(tokenizer.surface(t.piece));
    expect(tok.tokens.map((t) => tok.units[t.unit].text)).toEqual(['Er', 'sagte', ',', 'dass', 'seine', 'Technologie', 'Technologie', 'Technologie', 'war', 'verwendet', '.']);
  });

  it('split words, numbers and punctuation', () => {
    expect(splitUnits('Tick-Tack-Videos, 2020 und „IPVM’s“!').map((u) => `${u.kind}:${u.text}`)).toEqual([
      'word:Tick-Tack-Videos',
      'punct:,',
      'number:2020',
      'word:und',
      'punct:„',
      'word:IPVM’s',
      'punct:“',
      'punct:!',
    ]);
  });
});

describe('calibration', () => {
  it('Platt scaling recovers a logistic relation', () => {
    const samples: Array<{ margin: number; logprob: number; bad: boolean }> = [];
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 4000; i++) {
      const margin = rand() * 10;
      const logprob = -rand() * 10;
      samples.push({ margin, logprob, bad: rand() < sigmoid(0.8 * margin - 0.3 * logprob - 5) });
    }
    const fit = fitPlatt(samples);
    expect(fit.a).toBeCloseTo(0.8, 0);
    expect(fit.b).toBeCloseTo(-0.3, 0);
    expect(fit.c).toBeCloseTo(-5, 0);
  });

  it('candidate posteriors include the unchanged sentence; temperature fitting finds a sensible T', () => {
    const p = candidatePosteriors([Math.log(3)], 1);
    expect(p[0]).toBeCloseTo(0.75, 6);
    const samples = Array.from({ length: 200 }, (_, i) => ({ gains: [4, 1], correct: i % 4 === 0 ? 1 : 0 }));
    const t = fitTemperature(samples);
    expect(t).toBeGreaterThan(0.5);
    expect(t).toBeLessThan(50);
  });
});
