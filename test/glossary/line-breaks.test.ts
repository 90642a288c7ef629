/**
 * A glossary fix across a line break keeps the text's lines (an audit: "eigene Tick⏎Tack-Präsenz"
 * became "eigene TikTok-Präsenz" on one 120-character line of a text wrapped at 70). Named after
 * the bug; see src/fix/line-breaks.ts.
 */
import { describe, it, expect } from 'vitest';
import { applyPatch } from 'diff';
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { keepLineBreaks } from '../../src/fix/line-breaks.js';
import { readText } from '../../src/formats/text.js';
import { readMarkdown } from '../../src/formats/markdown.js';
import { isVerbatimAcrossLines } from '../../src/core/document.js';
import { renderPatch } from '../../src/report/patch.js';
import { applyChoices, reviewChanges } from '../../src/report/review.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import type { Finding } from '../../src/core/types.js';

const glossary = compileGlossary(
  parseGlossary(
    'languages: [de]\nentries:\n' +
      '  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n' +
      '  - term: Olaf Scholz\n    type: person\n    wrong: [Olaf Schulz]\n' +
      '  - term: Bundesamt für Sicherheit in der Informationstechnik\n    type: body\n    wrong: [Bundesamt für Informationssicherheit, BSI-Amt]\n' +
      '  - term: Pierre-Richard Prosper\n    type: person\n' +
      '  - term: Hikvision\n    type: brand\n    wrong: [Hik Vision]\n' +
      '  - term: WhatsApp\n    type: brand\n    wrong: [Whatsapp]\n' +
      '  - term: 1. FC Köln\n    type: organisation\n    wrong: [Erster FC Köln]\n',
    'g.yaml',
  ),
);
const all = Lektor.create({ glossary });
const only = Lektor.create({ glossary, only: ['glossary'] });

/** The corrected text of one run (all rules, or the glossary's only), and the fixes a second run over it would still make. */
async function twice(text: string, path = 'a.txt', rules: 'all' | 'glossary' = 'glossary') {
  const lektor = await (rules === 'all' ? all : only);
  const first = await lektor.check(text, { path, language: 'de' });
  const second = await lektor.check(first.corrected, { path, language: 'de' });
  return { first, refixed: second.findings.filter((f) => f.fixed).map((f) => `${f.ruleId}: ${f.actual}`) };
}

const widths = (text: string) => text.split(/\r?\n/).map((l) => [...l].length);

// Wrapped at 70 as editors wrap: "Tack-Präsenz" did not fit after "Tick".
const ARTICLE =
  'Der Konzern will seine Reichweite in Europa ausbauen, die eigene Tick\n' +
  'Tack-Präsenz soll dabei helfen, sagte ein Sprecher am Montag in Berlin\n' +
  'vor Journalisten. Die Zahl der Nutzer sei im vergangenen Jahr deutlich\n' +
  'gestiegen, vor allem unter jungen Menschen in Deutschland.\n' +
  '\n' +
  'Die Regierung hat am Montag eine Erklärung veröffentlicht, in der Olaf\n' +
  'Schulz die Pläne der Kommission verteidigt und weitere Gespräche\n' +
  'ankündigt.\n';
const FIXED =
  'Der Konzern will seine Reichweite in Europa ausbauen, die eigene\n' +
  'TikTok-Präsenz soll dabei helfen, sagte ein Sprecher am Montag in Berlin\n' +
  'vor Journalisten. Die Zahl der Nutzer sei im vergangenen Jahr deutlich\n' +
  'gestiegen, vor allem unter jungen Menschen in Deutschland.\n' +
  '\n' +
  'Die Regierung hat am Montag eine Erklärung veröffentlicht, in der Olaf\n' +
  'Scholz die Pläne der Kommission verteidigt und weitere Gespräche\n' +
  'ankündigt.\n';

describe('a glossary fix across a line break keeps the lines', () => {
  it('moves the break before a term of one word, and keeps it between the words of a name (hard-wrapped text)', async () => {
    const { first, refixed } = await twice(ARTICLE, 'a.txt', 'all');
    expect(first.corrected).toBe(FIXED);
    expect(first.findings.filter((f) => f.fixed).map((f) => [f.actual, f.expected[0]])).toEqual([
      [' Tick\nTack', '\nTikTok'],
      ['Olaf\nSchulz', 'Olaf\nScholz'],
    ]);
    // As many lines as before, none wider than the text's width and two characters.
    expect(widths(first.corrected)).toHaveLength(widths(ARTICLE).length);
    expect(Math.max(...widths(first.corrected))).toBeLessThanOrEqual(72);
    expect(refixed).toEqual([]);
    // A second run reads the same paragraphs.
    expect(readText(first.corrected).blocks).toHaveLength(readText(ARTICLE).blocks.length);
  });

  it('keeps a CRLF file CRLF: the break moved is the file\'s own', async () => {
    const { first, refixed } = await twice(ARTICLE.replace(/\n/g, '\r\n'), 'a.txt', 'all');
    expect(first.corrected).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(first.corrected.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(refixed).toEqual([]);
  });

  it('keeps them in a hard-wrapped text without blank lines', async () => {
    const text = ARTICLE.replace('\n\n', '\n');
    expect(readText(text).blocks).toHaveLength(2);
    const { first, refixed } = await twice(text, 'a.txt', 'all');
    expect(first.corrected).toBe(FIXED.replace('\n\n', '\n'));
    expect(refixed).toEqual([]);
    expect(readText(first.corrected).blocks).toHaveLength(2);
  });

  it('keeps a Markdown soft break, and never moves it across markup', async () => {
    const { first, refixed } = await twice(ARTICLE, 'a.md', 'all');
    expect(first.corrected).toBe(FIXED);
    expect(refixed).toEqual([]);
    const md = async (text: string) => (await (await only).check(text, { path: 'a.md', language: 'de' })).corrected;
    // Markup around the variant: the words join inside it, as before.
    expect(await md('Die eigene **Tick\nTack**-Präsenz wächst.\n')).toBe('Die eigene **TikTok**-Präsenz wächst.\n');
    expect(await md('Die eigene [Tick\nTack](https://example.com) wächst.\n')).toBe('Die eigene [TikTok](https://example.com) wächst.\n');
    // Markup beside it, not between: the break moves to the space between them.
    expect(await md('Die `App` Tick\nTack-Präsenz wächst.\n')).toBe('Die `App`\nTikTok-Präsenz wächst.\n');
    expect(await md('Die **eigene** Tick\nTack wächst.\n')).toBe('Die **eigene**\nTikTok wächst.\n');
    // A backslash would end the line as a hard break: after the term instead.
    expect(await md('Er schrieb C:\\ Tick\nTack wächst.\n')).toBe('Er schrieb C:\\ TikTok\nwächst.\n');
    // At a paragraph's start (no space before it) and end (none after).
    expect(await md('Tick\nTack wächst.\n')).toBe('TikTok\nwächst.\n');
    expect(await md('Er nutzt Tick\nTack\n')).toBe('Er nutzt\nTikTok\n');
    // A line that would begin like an ordered list item ("1. "): the words stay joined.
    expect(await md('Das Spiel gegen den Erster FC\nKöln endete.\n')).toBe('Das Spiel gegen den 1. FC\nKöln endete.\n');
    expect(await md('Das Spiel gegen den Erster\nFC Köln endete.\n')).toBe('Das Spiel gegen den 1.\nFC Köln endete.\n');
    // In an image's alt text, and in a block quote's (its "> " kept): the same, inside the brackets alone.
    expect(await md('Ein Bild: ![Die eigene Tick\nTack-Präsenz](a.png) hier.\n')).toBe('Ein Bild: ![Die eigene\nTikTok-Präsenz](a.png) hier.\n');
    expect(await md('> Ein Bild: ![Die eigene Tick\n> Tack-Präsenz](a.png) hier.\n')).toBe('> Ein Bild: ![Die eigene\n> TikTok-Präsenz](a.png) hier.\n');
  });

  it('puts the break between corresponding words when the term has other words', async () => {
    const md = async (text: string) => (await (await only).check(text, { path: 'a.md', language: 'de' })).corrected;
    // The words both begin with: after them.
    expect(await md('Laut dem Bundesamt für\nInformationssicherheit stieg die Zahl.\n')).toBe('Laut dem Bundesamt für\nSicherheit in der Informationstechnik stieg die Zahl.\n');
    // Given names in another order: before the family name both end with.
    expect(await md('Das sagte Richard Pierre\nProsper am Montag.\n')).toBe('Das sagte Pierre-Richard\nProsper am Montag.\n');
    // Else at the term's space nearest to where it stood (never at a hyphen).
    expect(await md('Das sagte Richard\nPierre Prosper am Montag.\n')).toBe('Das sagte Pierre-Richard\nProsper am Montag.\n');
    // An inflected name keeps its ending; a hyphenated compound its hyphens throughout (one word).
    expect(await md('Die Rede von Olaf\nSchulz’ Partei.\n')).toBe('Die Rede von Olaf\nScholz’ Partei.\n');
    expect(await md('Die Olaf-\nSchulz-Rede lief am Montag.\n')).toBe('Die\nOlaf-Scholz-Rede lief am Montag.\n');
  });

  it('gives the patch and the review panel the corrected text', async () => {
    for (const [text, path] of [
      [ARTICLE, 'a.txt'],
      [ARTICLE.replace(/\n/g, '\r\n'), 'a.txt'],
      [ARTICLE, 'a.md'],
    ] as const) {
      const r = await (await all).check(text, { path, language: 'de' });
      expect(applyPatch(text, renderPatch(path, text, r.corrected))).toBe(r.corrected);
      const numbers = new Map(r.findings.filter((f) => f.category !== 'quality').map((f, i) => [f as object, i + 1]));
      const { changes } = reviewChanges(r, text, numbers);
      expect(changes).toBeDefined();
      expect(applyChoices(text, changes!, changes!.map((c) => c.c)).text).toBe(r.corrected);
      expect(applyChoices(text, changes!, changes!.map(() => 0)).text).toBe(text);
      expect(renderDocumentHtml(r, text)).toContain('id="review-panel"');
    }
  });
});

describe('a second run reads a hard-wrapped text\'s paragraphs as the first did', () => {
  // (Measured before: of 200 generated texts, 188 were read otherwise after their fixes. A longer
  // term moved the width, the 90th percentile of the lines' widths; a shorter one left a line short
  // of it, which the reader took for a paragraph's end.)
  const SENTENCES = [
    'Der Konzern will seine Reichweite in Europa mit Tick Tack ausbauen, sagte ein Sprecher am Montag in Berlin.',
    'Das Bundesamt für Informationssicherheit warnt seit Jahren vor der App und ihren Daten.',
    'Die Zahl der Nutzer sei im vergangenen Jahr deutlich gestiegen, vor allem unter jungen Menschen in Deutschland.',
    'Olaf Schulz hat die Pläne der Kommission verteidigt und weitere Gespräche mit Tick Tack angekündigt.',
    'Kritiker werfen dem Unternehmen vor, die Daten seiner Nutzer nicht ausreichend zu schützen.',
    'Eine Sprecherin des Bundesamt für Informationssicherheit wollte sich dazu am Dienstag nicht äußern.',
  ];
  const wrapAt = (paragraph: string, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && [...line].length + 1 + [...word].length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('\n');
  };
  const shape = (text: string) => readText(text).blocks.map((b) => b.text.split(/\r?\n/).length);

  it('reads the same paragraphs, and fixes nothing more, at any width, with blank lines or without', async () => {
    let breaks = 0;
    const otherwise: string[] = [];
    for (const width of [60, 64, 68, 72, 76, 80]) {
      for (let shift = 0; shift < 3; shift++) {
        const paragraphs = [0, 1, 2].map((p) => [0, 1, 2].map((k) => SENTENCES[(p * 2 + k + shift) % SENTENCES.length]).join(' '));
        for (const between of ['\n', '\n\n']) {
          const text = paragraphs.map((p) => wrapAt(p, width)).join(between) + '\n';
          const { first, refixed } = await twice(text, 'a.txt', 'all');
          expect(refixed).toEqual([]);
          if (JSON.stringify(shape(first.corrected)) !== JSON.stringify(shape(text))) otherwise.push(`${width}/${shift}/${between === '\n' ? 'wrapped' : 'blank lines'}`);
          breaks += first.findings.filter((f) => f.fixed && /\n/.test(f.actual)).length;
        }
      }
    }
    // (Fixes across a line break among them.)
    expect(breaks).toBeGreaterThan(5);
    // All 36 before. The one left: its first paragraph's last line is full, so that it runs on into
    // the second already ("nothing tells them apart"), and the second's last line, a longer term
    // in it, is wider than the width and runs on too.
    expect(otherwise).toEqual(['76/1/wrapped']);
  });

  it('reads them alike in a text of more than 200 lines, where a fix updates how many lines are full at each width', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, p) => [0, 1, 2].map((k) => SENTENCES[(p + k) % SENTENCES.length]).join(' '));
    const text = paragraphs.map((p) => wrapAt(p, 72)).join('\n') + '\n';
    const block = readText(text).blocks[0];
    expect(block.wrap!.lines).toBeGreaterThan(200);
    expect(block.wrap!.full).toBeDefined();
    const { first, refixed } = await twice(text, 'a.txt', 'all');
    expect(refixed).toEqual([]);
    expect(first.findings.filter((f) => f.fixed && /\n/.test(f.actual)).length).toBeGreaterThan(5);
    expect(shape(first.corrected)).toEqual(shape(text));
  });
});

describe('a glossary fix across a line break in a Markdown list item or block quote keeps the prefix', () => {
  // (The audit's case: the variant was reported, and its fix refused, because the next line's
  // prefix lay inside its range: "Tick⏎> Tack".)
  const md = async (text: string, joined = 0) => {
    const { first, refixed } = await twice(text, 'a.md', 'all');
    expect(refixed).toEqual([]);
    // The same blocks, of the same kinds, as many lines (but those joined).
    const kinds = (t: string) => readMarkdown(t).blocks.map((b) => b.kind);
    expect(kinds(first.corrected)).toEqual(kinds(text));
    expect(first.corrected.split('\n')).toHaveLength(text.split('\n').length - joined);
    return first.corrected;
  };

  it('writes the break with the next line\'s prefix: a block quote\'s ">", a list item\'s indentation', async () => {
    expect(await md('> Die eigene Tick\n> Tack-Präsenz wächst.\n')).toBe('> Die eigene\n> TikTok-Präsenz wächst.\n');
    expect(await md('- eine Tick\n  Tack-Präsenz wächst.\n')).toBe('- eine\n  TikTok-Präsenz wächst.\n');
    expect(await md('1. Die eigene Tick\n   Tack-Präsenz wächst.\n')).toBe('1. Die eigene\n   TikTok-Präsenz wächst.\n');
    expect(await md('> Olaf\n> Schulz sagte das.\n')).toBe('> Olaf\n> Scholz sagte das.\n');
    expect(await md('- Olaf\n  Schulz sagte das.\n')).toBe('- Olaf\n  Scholz sagte das.\n');
    // At the item's first word: after the term (never "-⏎  TikTok", an empty item's line).
    expect(await md('- Tick\n  Tack wächst.\n')).toBe('- TikTok\n  wächst.\n');
    expect(await md('> Tick\n> Tack wächst.\n')).toBe('> TikTok\n> wächst.\n');
  });

  it('keeps nested lists and quotes, quoted lists, tabs, CRLF and lazy lines as they were', async () => {
    expect(await md('- a\n  - Die eigene Tick\n    Tack-Präsenz wächst.\n')).toBe('- a\n  - Die eigene\n    TikTok-Präsenz wächst.\n');
    expect(await md('> > Die eigene Tick\n> > Tack-Präsenz wächst.\n')).toBe('> > Die eigene\n> > TikTok-Präsenz wächst.\n');
    expect(await md('> - Die eigene Tick\n>   Tack-Präsenz wächst.\n')).toBe('> - Die eigene\n>   TikTok-Präsenz wächst.\n');
    expect(await md('-\tDie eigene Tick\n\tTack-Präsenz wächst.\n')).toBe('-\tDie eigene\n\tTikTok-Präsenz wächst.\n');
    expect(await md('>\tDie eigene Tick\n>\t\tTack-Präsenz wächst.\n')).toBe('>\tDie eigene\n>\t\tTikTok-Präsenz wächst.\n');
    expect(await md('> Die eigene Tick \r\n> Tack-Präsenz wächst.\r\n')).toBe('> Die eigene\r\n> TikTok-Präsenz wächst.\r\n');
    // A lazy line (no ">", no indentation) stays one; the quote's next line keeps its ">".
    expect(await md('> Die eigene Tick\nTack-Präsenz wächst,\n> sagte er.\n')).toBe('> Die eigene\nTikTok-Präsenz wächst,\n> sagte er.\n');
    expect(await md('- Die eigene Tick\nTack-Präsenz wächst.\n- Zwei\n')).toBe('- Die eigene\nTikTok-Präsenz wächst.\n- Zwei\n');
  });

  it('joins the words, the prefix with them, where the break cannot be kept; a hard break stays', async () => {
    // Emphasis around the variant (its edge is no place for a break).
    expect(await md('> Die eigene **Tick\n> Tack**-Präsenz wächst.\n', 1)).toBe('> Die eigene **TikTok**-Präsenz wächst.\n');
    expect(await md('- Die eigene *Tick\n  Tack* wächst.\n', 1)).toBe('- Die eigene *TikTok* wächst.\n');
    // A hard break (two spaces) is the writer's: the variant is reported, not fixed.
    const hard = '> Die eigene Tick  \n> Tack-Präsenz wächst.\n';
    const { first } = await twice(hard, 'a.md');
    expect(first.corrected).toBe(hard);
    expect(first.findings.map((f) => [f.ruleId, f.fixed])).toEqual([['glossary/tiktok', false]]);
  });

  it('isVerbatimAcrossLines: a range the source copies but for white space and prefixes at its line breaks', () => {
    const at = (source: string, from: string, to: string) => {
      const block = readMarkdown(source).blocks[0];
      return isVerbatimAcrossLines(block, source, block.text.indexOf(from), block.text.indexOf(to) + to.length);
    };
    expect(at('> a Tick \n> Tack b\n', 'Tick', 'Tack')).toBe(true);
    expect(at('- a Tick\n  Tack b\n', 'a', 'b')).toBe(true);
    expect(at('> a **Tick\n> Tack** b\n', 'a', 'Tack')).toBe(false);
    expect(at('> a `x` Tick\n> Tack b\n', 'a', 'Tack')).toBe(false);
    expect(at('> a \\* Tick\n> Tack b\n', '*', 'Tack')).toBe(false);
  });
});

describe('keepLineBreaks', () => {
  const opts = (text: string) => ({ lo: 0, hi: text.length });
  const write = (text: string, variant: string, term: string) => {
    const start = text.indexOf(variant);
    const fix = keepLineBreaks(text, start, start + variant.length, term, opts(text));
    return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
  };

  it('writes the plain replacement where the span has no line break', () => {
    expect(keepLineBreaks('a Tick Tack b', 2, 11, 'TikTok', opts('a Tick Tack b'))).toEqual({ start: 2, end: 11, text: 'TikTok' });
  });

  it('moves the break to the side that changes the lines less, before on a tie', () => {
    expect(write('eigene Tick\nTack-Präsenz auf', 'Tick\nTack', 'TikTok')).toBe('eigene\nTikTok-Präsenz auf');
    expect(write('a Tick\nTack b', 'Tick\nTack', 'TikTok')).toBe('a\nTikTok b');
    // ("Whats-" goes down and "app" up before it: 7 and 5 characters; "app" up after it: 4.)
    expect(write('Er nutzt Whats-\napp und mehr', 'Whats-\napp', 'WhatsApp')).toBe('Er nutzt WhatsApp\nund mehr');
  });

  it('drops spaces before the break, keeps the next line\'s indentation, and leaves no trailing space', () => {
    expect(write('eigene Tick \n  Tack auf', 'Tick \n  Tack', 'TikTok')).toBe('eigene\n  TikTok auf');
    expect(write('Olaf \r\nSchulz sagte', 'Olaf \r\nSchulz', 'Olaf Scholz')).toBe('Olaf\r\nScholz sagte');
  });

  it('joins, as before, where the break cannot be kept', () => {
    // No single space between two words beside it (a no-break space, two spaces, the text's ends).
    expect(write('eigene\u00A0Tick\nTack', 'Tick\nTack', 'TikTok')).toBe('eigene\u00A0TikTok');
    expect(write('eigene  Tick\nTack', 'Tick\nTack', 'TikTok')).toBe('eigene  TikTok');
    // A blank line, or two breaks in one word.
    expect(write('a Tick\n\nTack b', 'Tick\n\nTack', 'TikTok')).toBe('a TikTok b');
    expect(write('a Tick\nTack\nTock b', 'Tick\nTack\nTock', 'TikTok')).toBe('a TikTok b');
    // A line that would begin with a mark, not a word.
    expect(write('a Tick\nTack b', 'Tick\nTack', '„TikTok“')).toBe('a „TikTok“\nb');
    expect(write('a (Tick\nTack) b', 'Tick\nTack', '#TikTok')).toBe('a (#TikTok)\nb');
    expect(write('a (Tick\nTack)', 'Tick\nTack', 'TikTok')).toBe('a (TikTok)');
    // Not into a space other rules fix the spacing around (a quotation mark's, a run-on sentence's),
    // nor beyond the range given (another fix's).
    expect(write('a „ Tick\nTack b', 'Tick\nTack', 'TikTok')).toBe('a „ TikTok\nb');
    expect(write('a „Tick\nTack“ b', 'Tick\nTack', 'TikTok')).toBe('a „TikTok“ b');
    expect(write('a Tick\nTack.Die b', 'Tick\nTack', 'TikTok')).toBe('a\nTikTok.Die b');
    const text = 'a Tick\nTack b';
    expect(keepLineBreaks(text, 2, 11, 'TikTok', { lo: 1, hi: 12 })).toEqual({ start: 1, end: 11, text: '\nTikTok' });
    expect(keepLineBreaks(text, 2, 11, 'TikTok', { lo: 2, hi: 11 })).toEqual({ start: 2, end: 11, text: 'TikTok' });
  });

  it('leaves the space between two fixes to one of them (one run fixes both)', async () => {
    // ("Whats-⏎app" moves its break after it, "Hik⏎Vision" before it: both into the same space.)
    for (const text of ['Er nutzt Whats-\napp Hik\nVision täglich.\n', 'Die eigene Tick\nTack Hik\nVision-Präsenz wächst.\n']) {
      const { first, refixed } = await twice(text, 'a.md', 'all');
      const glossaryFindings = first.findings.filter((f) => f.ruleId.startsWith('glossary/'));
      expect(glossaryFindings.map((f) => f.fixed)).toEqual([true, true]);
      expect(first.corrected.split('\n')).toHaveLength(text.split('\n').length);
      expect(refixed).toEqual([]);
    }
  });
});

/**
 * The review panel took a suggestion over a line break as written ("Tick⏎Tack" → "TikTok"),
 * joining the lines that Lektor's own glossary fix keeps apart (sixteenth session's review).
 * Its suggestions are laid out as the fix is (`suggestionLayouts` in report/review.ts, which
 * calls the fix's own `keepLineBreaksInBlock`).
 */
describe('the review panel\'s suggestions over a line break', () => {
  // The same entries, but listed for review: the editor takes the suggestion in the panel.
  const reviewed = compileGlossary(
    parseGlossary(
      'languages: [de]\nentries:\n' +
        '  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n' +
        '  - term: Olaf Scholz\n    type: person\n    review: [Olaf Schulz]\n' +
        '  - term: Hikvision\n    type: brand\n    review: [Hik Vision]\n' +
        '  - term: WhatsApp\n    type: brand\n    review: [Whatsapp]\n',
      'g.yaml',
    ),
  );
  const suggesting = Lektor.create({ glossary: reviewed, only: ['glossary'] });
  /** The changes of the panel, and the text with every suggestion taken. */
  async function taken(text: string, path: string) {
    const r = await (await suggesting).check(text, { path, language: 'de' });
    const numbers = new Map(r.findings.filter((f) => f.category !== 'quality').map((f, i) => [f as object, i + 1]));
    const { changes } = reviewChanges(r, text, numbers);
    expect(changes, path).toBeDefined();
    return { r, changes: changes!, text: applyChoices(text, changes!, changes!.map((c) => (c.x.length > 0 ? 1 : 0))) };
  }

  it('writes the text Lektor\'s fix writes, in plain text (LF and CR LF) and Markdown', async () => {
    for (const [text, path, fixed] of [
      [ARTICLE, 'a.txt', FIXED],
      [ARTICLE.replace(/\n/g, '\r\n'), 'a.txt', FIXED.replace(/\n/g, '\r\n')],
      [ARTICLE, 'a.md', FIXED],
    ] as const) {
      const { r, changes, text: chosen } = await taken(text, path);
      // (Listed for review, nothing fixed: the text is the editor's to make.)
      expect(r.corrected, path).toBe(text);
      expect(changes.map((c) => c.a)).toEqual(['Tick\nTack', 'Olaf\nSchulz'].map((a) => (text.includes('\r\n') ? a.replace('\n', '\r\n') : a)));
      expect(chosen, path).toEqual({ text: fixed, skipped: [] });
      // And as Lektor writes it where it fixes the variant itself.
      expect((await (await only).check(text, { path, language: 'de' })).corrected).toBe(fixed);
      // Keeping the original still gives the text back.
      expect(applyChoices(text, changes, changes.map(() => 0)).text).toBe(text);
    }
  });

  it('writes the text Lektor\'s fix writes in a Markdown list item or block quote, the next line\'s prefix kept', async () => {
    for (const text of [
      '> Die eigene Tick\n> Tack-Präsenz wächst.\n',
      '- eine Tick\n  Tack-Präsenz wächst.\n',
      '1. Die eigene Tick\n   Tack-Präsenz wächst.\n',
      '> Olaf\n> Schulz sagte das.\n',
      '- Olaf\n  Schulz sagte das.\n',
      '- Tick\n  Tack wächst.\n',
      '- a\n  - Die eigene Tick\n    Tack-Präsenz wächst.\n',
      '> > Die eigene Tick\n> > Tack-Präsenz wächst.\n',
      '> - Die eigene Tick\n>   Tack-Präsenz wächst.\n',
      '> Die eigene Tick \r\n> Tack-Präsenz wächst.\r\n',
      '> Die eigene Tick\nTack-Präsenz wächst,\n> sagte er.\n',
      // (Joined, the prefix with the words, where the break cannot be kept.)
      '> Die eigene **Tick\n> Tack**-Präsenz wächst.\n',
    ]) {
      const fixed = (await (await only).check(text, { path: 'a.md', language: 'de' })).corrected;
      expect(fixed, text).not.toBe(text);
      const { text: chosen } = await taken(text, 'a.md');
      expect(chosen, text).toEqual({ text: fixed, skipped: [] });
    }
  });

  it('keeps the break between the words of a term of several, and moves it beside a term of one', async () => {
    const { changes } = await taken(ARTICLE, 'a.txt');
    const [tiktok, olaf] = changes;
    // One word: the break goes to the space before it, which the layout takes in.
    expect(tiktok.l).toEqual([[tiktok.s - 1, tiktok.e, '\nTikTok']]);
    // Several: the same range, the break between the words.
    expect(olaf.l).toEqual([[olaf.s, olaf.e, 'Olaf\nScholz']]);
  });

  it('leaves the space between two suggestions to the first, so that both can be taken', async () => {
    for (const text of ['Er nutzt Whats-\napp Hik\nVision täglich.\n', 'Die eigene Tick\nTack Hik\nVision-Präsenz wächst.\n']) {
      const { text: chosen } = await taken(text, 'a.md');
      expect(chosen.skipped).toEqual([]);
      expect(chosen.text.split('\n')).toHaveLength(text.split('\n').length);
      // (Lektor's own fixes of the same variants write the same.)
      expect(chosen.text).toBe((await (await all).check(text, { path: 'a.md', language: 'de' })).corrected);
    }
  });

  it('lays out no deletion, nor the suggestion Lektor applied (its fix is what it wrote), nor into a space another change takes', async () => {
    const text = 'Die eigene Tick\nTack-Präsenz wächst.\n';
    const { r, changes } = await taken(text, 'a.md');
    expect(changes[0].l).toEqual([[10, 20, '\nTikTok']]);
    const f = r.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const panel = (findings: Finding[], corrected = text) => reviewChanges({ findings, corrected, format: 'markdown' }, text, new Map(findings.map((x, i) => [x as object, i + 1]))).changes!;
    // A deletion and a second suggestion: only the second is laid out.
    expect(panel([{ ...f, expected: ['', 'TikTok'] }])[0].l).toEqual([0, [10, 20, '\nTikTok']]);
    // Fixed by Lektor with its first suggestion: that one stays as written, the other is laid out.
    expect(panel([{ ...f, expected: ['TikTok', 'Tiktok'], fixed: true }], text.replace('Tick\nTack', 'TikTok'))[0].l).toEqual([0, [10, 20, '\nTiktok']]);
    // Another change at its start (an insertion) or over the space before it: not that space, the
    // one after "-Präsenz" (the other way of keeping the break).
    const comma = { ...f, ruleId: 'comma', start: at(11), end: at(11), actual: '', expected: [','] };
    const before = { ...f, ruleId: 'x', start: at(4), end: at(11), actual: 'eigene ', expected: ['eigenen '] };
    for (const other of [comma, before]) expect(panel([other, f]).find((c) => c.n === 2)!.l).toEqual([[11, 29, 'TikTok-Präsenz\n']]);
    // One ending right before the space leaves it free.
    const word = { ...before, start: at(4), end: at(10), actual: 'eigene', expected: ['eigenen'] };
    expect(panel([word, f]).find((c) => c.n === 2)!.l).toEqual([[10, 20, '\nTikTok']]);
    // One across the span's start: not the space before; across its end: not the one after.
    const start = { ...before, start: at(4), end: at(14), actual: 'eigene Tic', expected: ['x'] };
    expect(panel([start, f]).find((c) => c.n === 2)!.l).toEqual([[11, 29, 'TikTok-Präsenz\n']]);
    const end = { ...before, start: at(16), end: at(36), actual: 'Tack-Präsenz wächst.', expected: ['x'] };
    expect(panel([f, end]).find((c) => c.n === 1)!.l).toEqual([[10, 20, '\nTikTok']]);
    expect(panel([start, f, end]).find((c) => c.n === 2)!.l).toBeUndefined();
  });
});
