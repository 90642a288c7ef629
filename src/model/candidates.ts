/**
 * Candidate edits proposed by language rules, for the model to rank. A generator does not
 * decide whether an edit is right; it proposes what a translator would try for the error
 * patterns machine translation makes, and the masked LM scores each resulting sentence
 * (pseudo-log-likelihood; see scorer.ts):
 *
 *  - verb-final:  the finite verb of a German subordinate clause goes last
 *                 ("dass seine Technologie war verwendet" → "… verwendet war");
 *  - infinitive:  a zu-infinitive goes after its object
 *                 ("um zu überwachen die Minderheit" → "um die Minderheit zu überwachen");
 *  - duplicate:   drop an immediately repeated word ("hat hat" → "hat");
 *  - article:     another form of the same article or determiner, to agree with its noun
 *                 ("mit einem Klage" → "mit einer Klage");
 *  - swap:        exchange two adjacent words ("zurück Klage" → "Klage zurück").
 *
 * The model adds its own fill-ins for a flagged word (kind `fill`, in scorer.ts).
 * What a language knows is in its profile (subordinators, allowed repeats) and in the small
 * tables of src/model/candidates/<lang>.ts.
 */
import { profileFor } from '../languages/index.js';
import { candidateTables, clauseOpeners } from './candidates/index.js';
import type { Unit } from './tokens.js';

export type EditKind = 'verb-final' | 'infinitive' | 'duplicate' | 'article' | 'swap' | 'fill';

export interface Edit {
  /** Units `[from, to)` of the sentence are replaced… */
  from: number;
  to: number;
  /** …by this text (which replaces the characters from `units[from].start` to `units[to - 1].end`). */
  text: string;
  kind: EditKind;
  category: 'grammar' | 'fluency';
  description: string;
}

export type UnitLike = Pick<Unit, 'start' | 'end' | 'text' | 'kind'>;

export interface CandidateInput {
  text: string;
  units: readonly UnitLike[];
  language: string;
  /** Only edits touching units `[from − 1, to + 1)` are proposed (the flagged words and their neighbours). */
  focus?: { from: number; to: number };
  /** At most this many edits (in the order of the list above). */
  max?: number;
  /** Only these kinds (default: all but `fill`). */
  kinds?: readonly EditKind[];
}

/** Edits triggered by a pattern anywhere in the sentence (scored when a word they move is suspicious). */
export const STRUCTURAL_KINDS: readonly EditKind[] = ['verb-final', 'infinitive', 'duplicate'];
/** Edits tried only around flagged words. */
export const LOCAL_KINDS: readonly EditKind[] = ['article', 'swap'];

const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '–', '—', '(', ')']);

/** Most units a clause may have to be reordered (words and marks). */
const MAX_CLAUSE = 60;

/**
 * Units `from`…`pivot - 1` and `pivot`…`to - 1` exchanged as two blocks, each as written (its
 * own spaces, quotation marks and brackets), with the separator that stood between them
 * ("zu überwachen die „uigurische“ Minderheit" → "die „uigurische“ Minderheit zu
 * überwachen"). Undefined where nothing separates them (the blocks would run together).
 * (Keeping every separator in place, as this module did before, glued words around a quotation
 * mark: "„ uigurische “Minderheitdes".)
 */
export function rotate(text: string, units: readonly UnitLike[], from: number, pivot: number, to: number): string | undefined {
  const a = text.slice(units[from].start, units[pivot - 1].end);
  const b = text.slice(units[pivot].start, units[to - 1].end);
  const separator = text.slice(units[pivot - 1].end, units[pivot].start);
  return separator === '' ? undefined : b + separator + a;
}

/** The sentence with an edit applied. */
export function applyEdit(text: string, units: readonly UnitLike[], edit: Pick<Edit, 'from' | 'to' | 'text'>): string {
  const start = units[edit.from].start;
  const end = units[edit.to - 1].end;
  return text.slice(0, start) + edit.text + text.slice(end);
}

/** The character span an edit replaces. */
export function editSpan(units: readonly UnitLike[], edit: Pick<Edit, 'from' | 'to'>): { start: number; end: number } {
  return { start: units[edit.from].start, end: units[edit.to - 1].end };
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Candidate edits for a sentence (see the file comment). */
export function generateCandidates(input: CandidateInput): Edit[] {
  const { text, units, language } = input;
  const profile = profileFor(language);
  const tables = candidateTables(language);
  const lower = units.map((u) => u.text.toLowerCase());
  const isWord = (i: number) => i >= 0 && i < units.length && units[i].kind === 'word';
  const focusFrom = input.focus ? input.focus.from - 1 : 0;
  const focusTo = input.focus ? input.focus.to + 1 : units.length;
  const touches = (from: number, to: number) => from < focusTo && focusFrom < to;
  const out: Edit[] = [];
  const kinds = new Set(input.kinds ?? ['verb-final', 'infinitive', 'duplicate', 'article', 'swap']);
  // (A set of the edits made, not a search of them all per edit: thousands of "zu gehen" in one
  // sentence had made this quadratic.)
  const made = new Set<string>();
  const push = (e: Edit) => {
    if (!touches(e.from, e.to)) return;
    const key = `${e.from}:${e.to}:${e.text}`;
    if (made.has(key)) return;
    made.add(key);
    out.push(e);
  };

  const openers = clauseOpeners(language, false);
  // A clause ends at its punctuation or the next clause's opener; one longer than this is no
  // clause to reorder (a run-on list, or hostile text: each edit copies the rest of its clause,
  // so a clause without end made the edits of a long sentence quadratic in size).
  const clauseEnd = (s: number): number => {
    const limit = Math.min(units.length, s + 1 + MAX_CLAUSE);
    for (let i = s + 1; i < limit; i++) {
      if (units[i].kind === 'punct' && CLAUSE_END.has(units[i].text)) return i;
      if (openers.has(lower[i]) && i > s + 1) return i;
    }
    return limit === units.length ? units.length : -1;
  };

  // Only the kinds asked for are generated (the rules ask for the structural kinds of every
  // sentence that passes their filter).
  // Verb-final subordinate clauses.
  if (kinds.has('verb-final') && tables.finiteVerbs.size) {
    for (let s = 0; s < units.length; s++) {
      const relative = tables.relativePronouns.has(lower[s]) && s > 0 && units[s - 1].text === ',';
      if (!openers.has(lower[s]) && !relative) continue;
      const e = clauseEnd(s);
      if (e < 0 || e - s < 3) continue;
      let moved = 0;
      for (let f = s + 1; f < e - 1 && moved < 2; f++) {
        if (!tables.finiteVerbs.has(lower[f])) continue;
        const rotated = rotate(text, units, f, f + 1, e);
        if (rotated === undefined) continue;
        push({
          from: f,
          to: e,
          text: rotated,
          kind: 'verb-final',
          category: 'grammar',
          description: `„${units[f].text}“ at the end of the subordinate clause`,
        });
        moved++;
      }
    }
  }

  // zu-infinitive after its object.
  if (kinds.has('infinitive') && tables.infinitiveParticle) {
    for (let i = 0; i + 2 < units.length; i++) {
      if (lower[i] !== tables.infinitiveParticle || !isWord(i + 1) || /^\p{Lu}/u.test(units[i + 1].text)) continue;
      let e = clauseEnd(i);
      // (The object ends before "um" or the next zu-infinitive: "zu sparen die Produktion zu
      // verlagern" has no object "die Produktion zu verlagern".)
      for (let k = i + 3; e >= 0 && k < e; k++) {
        if (tables.infinitiveOpeners?.has(lower[k]) || (lower[k] === tables.infinitiveParticle && isWord(k + 1))) e = k;
      }
      if (e < 0 || e - (i + 2) < 1 || !isWord(i + 2)) continue;
      let made = 0;
      for (let j = e - 1; j >= i + 2 && made < 4; j--) {
        const nounEnd = !profile?.capitalizesNouns || /^\p{Lu}/u.test(units[j].text) || j === e - 1;
        if (!isWord(j) || !nounEnd) continue;
        const rotated = rotate(text, units, i, i + 2, j + 1);
        if (rotated === undefined) continue;
        push({
          from: i,
          to: j + 1,
          text: rotated,
          kind: 'infinitive',
          category: 'grammar',
          description: `„${units[i].text} ${units[i + 1].text}“ after its object`,
        });
        made++;
      }
    }
  }

  // An immediately repeated word.
  if (kinds.has('duplicate')) {
    for (let i = 0; i + 1 < units.length; i++) {
      if (!isWord(i) || !isWord(i + 1) || lower[i] !== lower[i + 1]) continue;
      if (profile?.allowedRepeats.has(lower[i])) continue;
      if (/^\s+$/.test(text.slice(units[i].end, units[i + 1].start)) === false) continue;
      push({ from: i, to: i + 2, text: units[i].text, kind: 'duplicate', category: 'fluency', description: `„${units[i].text}“ once` });
    }
  }

  // Articles and determiners that agree with their noun.
  if (kinds.has('article')) {
    for (let i = 0; i + 1 < units.length; i++) {
      if (!isWord(i + 1)) continue;
      const family = tables.articleFamilies.find((f) => f.includes(lower[i]));
      if (!family) continue;
      for (const alt of family) {
        if (alt === lower[i]) continue;
        push({ from: i, to: i + 1, text: matchCase(units[i].text, alt), kind: 'article', category: 'grammar', description: `„${matchCase(units[i].text, alt)}“ to agree with its noun` });
      }
    }
  }

  // Two adjacent words exchanged (only pairs with a flagged word).
  if (input.focus && kinds.has('swap')) {
    for (let i = Math.max(0, input.focus.from - 1); i < Math.min(units.length - 1, input.focus.to); i++) {
      if (!isWord(i) || !isWord(i + 1)) continue;
      const swapped = rotate(text, units, i, i + 1, i + 2);
      if (swapped === undefined) continue;
      push({ from: i, to: i + 2, text: swapped, kind: 'swap', category: 'grammar', description: `„${units[i + 1].text} ${units[i].text}“` });
    }
  }

  return input.max !== undefined ? out.slice(0, input.max) : out;
}
