import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEditsToTokens, detokenize, retokenize, splitTokens, tokensInRange } from '../../src/eval/detok.js';
import { sharedDir } from '../helpers.js';

const devMt = () => readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/mt.txt'), 'utf8').trimEnd().split('\n');

describe('detokenize', () => {
  it('attaches punctuation and brackets, and pairs quotes in the German style', () => {
    expect(detokenize('Er sagte , " ja " ( und nein ) .').text).toBe('Er sagte, „ja“ (und nein).');
    expect(detokenize('Musiker wie Moby lobten " Royals " .').text).toBe('Musiker wie Moby lobten „Royals“.');
    expect(detokenize('Musiker lobten " Royals " .', { quotes: 'keep' }).text).toBe('Musiker lobten "Royals".');
    expect(detokenize('He said " yes " .', { language: 'en' }).text).toBe('He said “yes”.');
    expect(detokenize('Wirklich ? Ja ! Nein ; 50 % [ 1 ] ...').text).toBe('Wirklich? Ja! Nein; 50% [1]...');
    // The language's own marks as post-editors typed them, closed up too.
    expect(detokenize('Dave Grohl lobten „ Royals “ .').text).toBe('Dave Grohl lobten „Royals“.');
  });

  it('joins English clitics and possessive apostrophes', () => {
    expect(detokenize("Gödel ' s Vorträge").text).toBe("Gödel's Vorträge");
    expect(detokenize("Aber Bayes ' Satz hing").text).toBe("Aber Bayes' Satz hing");
  });

  it('joins an apostrophe inside a name or after an elided j, l, d', () => {
    expect(detokenize("Die Mi ' kmaq und die Sa ' iqa").text).toBe("Die Mi'kmaq und die Sa'iqa");
    expect(detokenize("j ' aurai").text).toBe("j'aurai");
    // (Not the genitive after a name in s: "Jones ' alte Band".)
    expect(detokenize("Jones ' alte Band").text).toBe("Jones' alte Band");
  });

  it('leaves an unpaired last quote straight, attached to its word', () => {
    expect(detokenize('signalisierte " offizielle Vergebung .').text).toBe('signalisierte" offizielle Vergebung.');
  });

  it('maps every token of every dev line to its span (round trip)', () => {
    let lines = 0;
    let roundTrips = 0;
    for (const line of devMt()) {
      const d = detokenize(line);
      expect(d.tokens).toEqual(splitTokens(line));
      expect(d.spans).toHaveLength(d.tokens.length);
      let previousEnd = 0;
      d.spans.forEach(([s, e], i) => {
        expect(s).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = e;
        const written = d.text.slice(s, e);
        if (d.tokens[i] === '"') expect(['„', '“', '"']).toContain(written);
        else expect(written).toBe(d.tokens[i]);
      });
      // Between two tokens there is at most one space, and nothing else.
      for (let i = 1; i < d.spans.length; i++) expect(['', ' ']).toContain(d.text.slice(d.spans[i - 1][1], d.spans[i][0]));
      expect(d.text.length).toBe(d.spans.length ? d.spans[d.spans.length - 1][1] : 0);
      // No edits: exactly the MT tokens.
      expect(applyEditsToTokens(d, [])).toEqual(d.tokens);
      lines++;
      if (retokenize(d.text, true).join(' ') === d.tokens.join(' ')) roundTrips++;
    }
    expect(lines).toBe(1000);
    // Retokenizing the whole detokenized line gives back the MT tokens almost always
    // (abbreviations the data split, such as "Inc .", are the exceptions).
    expect(roundTrips / lines).toBeGreaterThan(0.95);
  });
});

describe('tokensInRange', () => {
  const d = detokenize('Das ist , sagte er , gut .'); // "Das ist, sagte er, gut."
  it('finds the tokens a range overlaps', () => {
    expect(d.text).toBe('Das ist, sagte er, gut.');
    expect(tokensInRange(d.spans, 0, 3)).toEqual([0]);
    expect(tokensInRange(d.spans, 4, 8)).toEqual([1, 2]); // "ist,"
    expect(tokensInRange(d.spans, 2, 5)).toEqual([0, 1]);
    expect(tokensInRange(d.spans, 3, 4)).toEqual([]); // the space only
  });
  it('maps an insertion point to the token before it', () => {
    expect(tokensInRange(d.spans, 3, 3)).toEqual([0]);
    expect(tokensInRange(d.spans, 0, 0)).toEqual([0]);
  });
});

describe('applyEditsToTokens', () => {
  it('changes only the tokens an edit touches', () => {
    const d = detokenize('Die Firma Tick Tack , sagte er , wächst .');
    const start = d.text.indexOf('Tick Tack');
    expect(applyEditsToTokens(d, [{ start, end: start + 9, text: 'TikTok' }]).join(' ')).toBe('Die Firma TikTok , sagte er , wächst .');
  });
  it('deletes a repeated word', () => {
    const d = detokenize('Das ist ist gut .');
    expect(applyEditsToTokens(d, [{ start: 4, end: 8, text: '' }]).join(' ')).toBe('Das ist gut .');
  });
  it('re-tokenizes punctuation in the edited text, and straightens quotes', () => {
    const d = detokenize('Er nannte es " Neu . "');
    expect(d.text).toBe('Er nannte es „Neu.“');
    // quote-period: `.“` → `“.`
    const at = d.text.indexOf('.“');
    expect(applyEditsToTokens(d, [{ start: at, end: at + 2, text: '“.' }]).join(' ')).toBe('Er nannte es " Neu " .');
  });
  it('applies several edits in one line', () => {
    const d = detokenize('a b c d e');
    const out = applyEditsToTokens(d, [
      { start: 2, end: 3, text: 'B' },
      { start: 6, end: 7, text: 'D' },
    ]);
    expect(out).toEqual(['a', 'B', 'c', 'D', 'e']);
  });
  it('keeps a final abbreviation period only at the end of the line', () => {
    expect(retokenize('am 1. Oktober.', true)).toEqual(['am', '1.', 'Oktober', '.']);
    expect(retokenize('am 1. Oktober')).toEqual(['am', '1.', 'Oktober']);
  });
});
