/**
 * Names of the source with their parts in another order: when the source text is given
 * (`--source`), a name it writes "Pierre-Richard Prosper" or "Xi Jinping" that the translation
 * writes "Richard-Pierre Prosper" or "Jinping Xi" (machine translation swaps given names, and
 * the parts of names it does not know). Needs no glossary: the source says how the name is
 * written (a glossary entry, checked first, claims the name). Two kinds:
 *
 * - a hyphenated name whose parts (each capitalized, with a lower-case letter) the translation
 *   has in another order: "Richard-Pierre" where the source has "Pierre-Richard";
 * - two or three names in a row, one space apart, in another order: "Jinping Xi". The source's
 *   words count as names when its dictionary lists them as names, or does not know them in
 *   lower case, or they have two letters ("Xi"): not "Charlotte Bobcats" nor "Gulfton Ghetto",
 *   whose head noun a German translation puts first ("das Ghetto Gulfton"), as it should.
 *
 * The translation's exact word forms only: a part inflected ("Jinpings") is left alone, and so
 * is an order the source has both ways (two people), and a run whose parts repeat.
 *
 * Measured with MLQE-PE's sources (`--source src.txt`, the whole file as one source): on train
 * (7,000 sentences) 1 finding on the post-edits ("Oblast Kars": a designator German puts first
 * that no dictionary here knows), none on dev.
 *
 * @example
 *   source: "said Pierre-Richard Prosper, a lawyer"   translation: "sagte Richard-Pierre Prosper, ein Anwalt"
 *   finding: "Unexpected `Richard-Pierre`, expected `Pierre-Richard`: the source writes the name so"
 */
import { defineRule, type DocContext } from '../core/rule.js';
import { sourceView } from '../core/source.js';
import { segment, type WordToken } from '../core/segment.js';

/** Most names in a row compared at once ("Kim Jong Un": three). */
const MAX_UNITS = 3;

/** A name word of a text (a block's or the source's), its text and where it is in it. */
interface Unit {
  text: string;
  start: number;
  end: number;
}

/** Sorted parts (joined by NUL) → the orders the source writes them in (joined by NUL) → the name as the source writes it. */
type Orders = Map<string, Map<string, string>>;

/** The source's hyphenated names (by their parts) and runs of names (by their words). */
interface SourceNames {
  hyphenated: Orders;
  runs: Orders;
}

const STATE = 'source-names';

export default defineRule(
  {
    id: 'source-names',
    description: 'A name of the source stands in the translation with its parts in another order (given names swapped).',
    category: 'accuracy',
    severity: 'warning',
    languages: 'all',
    needsSource: true,
    fix: 'review',
    examples: {
      flag: [
        {
          lang: 'de',
          source: 'The documents were obtained by Pierre-Richard Prosper, a lawyer.',
          text: 'Die Dokumente wurden von Richard-Pierre Prosper, einem Anwalt, beschafft.',
          output: 'Die Dokumente wurden von Pierre-Richard Prosper, einem Anwalt, beschafft.',
        },
        { lang: 'de', source: 'Chinese President Xi Jinping met him.', text: 'Der chinesische Präsident Jinping Xi traf ihn.', output: 'Der chinesische Präsident Xi Jinping traf ihn.' },
        { lang: 'fr', source: 'Jean-Luc Mélenchon spoke.', text: 'Luc-Jean Mélenchon a parlé.', output: 'Jean-Luc Mélenchon a parlé.' },
        { lang: 'es', source: 'It was signed by Kim Jong Un.', text: 'Lo firmó Jong Un Kim.', output: 'Lo firmó Kim Jong Un.' },
      ],
      pass: [
        { lang: 'de', source: 'The documents were obtained by Pierre-Richard Prosper.', text: 'Die Dokumente wurden von Pierre-Richard Prosper beschafft.' },
        // (Inflected: not the source's word form.)
        { lang: 'de', source: 'Xi Jinping’s plan.', text: 'Jinpings Xi Plan.' },
        // (The source writes both orders: two people.)
        { lang: 'de', source: 'Hans-Peter Roth and Peter-Hans Roth met.', text: 'Peter-Hans Roth und Hans-Peter Roth trafen sich.' },
        // (Not one name in the source: a comma, a word between.)
        { lang: 'de', source: 'Paris, Berlin and Rome.', text: 'Berlin Paris und Rom.' },
        // (A designator first, as German writes it: "ghetto" and "bobcats" are English words, no names.)
        { lang: 'de', source: 'They called it the Gulfton Ghetto.', text: 'Sie nannten es das Ghetto Gulfton.' },
        { lang: 'de', source: 'They opened Charlotte Bobcats Arena.', text: 'Sie eröffneten die Bobcats Charlotte Bobcats Arena.' },
        // (Each name as the source writes it, the sentence in another order.)
        { lang: 'it', source: 'Angela Merkel met Emmanuel Macron.', text: 'Emmanuel Macron ha incontrato Angela Merkel.' },
      ],
    },
  },
  (ctx) => {
    const names = sourceNames(ctx.doc);
    if (!names) return;
    const { text } = ctx;
    const report = (start: number, end: number, written: string) => {
      ctx.report({
        start,
        end,
        message: `Unexpected \`${text.slice(start, end)}\`, expected \`${written}\`: the source writes the name so`,
        expected: [written],
        fix: written,
      });
      ctx.claim(start, end);
    };
    // Hyphenated names, then runs of capitalized words, longest stretch first: "Jong Un Kim" is
    // one finding, not also its "Jong Un" (claimed).
    const runs = nameRuns(ctx.words, text, () => true, (word, parts) => {
      const written = ctx.isClaimed(word.start, word.end) ? undefined : swapped(names.hyphenated, parts);
      if (written !== undefined) report(word.start, word.end, written);
    });
    for (const run of runs) {
      for (let n = Math.min(MAX_UNITS, run.length); n >= 2; n--) {
        for (let a = 0; a + n <= run.length; a++) {
          const units = run.slice(a, a + n);
          const written = swapped(names.runs, units.map((u) => u.text));
          if (written !== undefined && !ctx.isClaimed(units[0].start, units[n - 1].end)) report(units[0].start, units[n - 1].end, written);
        }
      }
    }
  },
);

/**
 * The runs of two or more name words of a block (`words`, its text `text`): capitalized words
 * (see `capitalizedParts`) that `isName` takes, one space apart. Each hyphenated one is given to
 * `hyphenated` with its parts, whether `isName` takes it or not.
 */
function nameRuns(words: readonly WordToken[], text: string, isName: (word: string) => boolean, hyphenated: (word: WordToken, parts: string[]) => void): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  let previous: WordToken | undefined;
  for (const word of words) {
    const parts = capitalizedParts(word);
    if (parts !== undefined && parts.length > 1) hyphenated(word, parts);
    const joins = parts !== undefined && isName(word.value);
    if (!joins || !(previous && gapIsSpace(text, previous, word))) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    if (joins) run.push({ text: word.value, start: word.start, end: word.end });
    previous = word;
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** How the source writes the name whose parts are `parts` in another order, when it writes it in one order only; else undefined. */
function swapped(orders: Orders, parts: readonly string[]): string | undefined {
  if (new Set(parts).size < parts.length) return undefined;
  const found = orders.get([...parts].sort().join('\0'));
  if (!found || found.size !== 1 || found.has(parts.join('\0'))) return undefined;
  return found.values().next().value;
}

/** A word's hyphen parts, when each is capitalized with a lower-case letter ("Pierre-Richard", "Xi"; not "IPVM", "Anti-Korruption" is); else undefined. */
function capitalizedParts(word: WordToken): string[] | undefined {
  if (!word.alpha || word.opaque) return undefined;
  const first = word.value.charCodeAt(0);
  // (Quick test: not an upper-case ASCII letter nor a letter beyond ASCII.)
  if (first < 0x41 || (first > 0x5a && first < 0xc0)) return undefined;
  const parts = word.value.split('-');
  for (const part of parts) if (!NAME_PART.test(part) || !LOWER.test(part)) return undefined;
  return parts;
}

const NAME_PART = /^\p{Lu}[\p{L}\p{M}]*$/u;
const LOWER = /\p{Ll}/u;

function gapIsSpace(text: string, before: WordToken, after: WordToken): boolean {
  return after.start === before.end + 1 && text.charCodeAt(before.end) === 0x20;
}

function add(orders: Orders, parts: readonly string[], written: string): void {
  const key = [...parts].sort().join('\0');
  let found = orders.get(key);
  if (!found) orders.set(key, (found = new Map()));
  const order = parts.join('\0');
  if (!found.has(order)) found.set(order, written);
}

/** The source's names (see `SourceNames`), read once per document. */
function sourceNames(doc: DocContext): SourceNames | undefined {
  if (doc.state.has(STATE)) return doc.state.get(STATE) as SourceNames | undefined;
  const view = sourceView(doc);
  let names: SourceNames | undefined;
  if (view && doc.original) {
    names = { hyphenated: new Map(), runs: new Map() };
    const speller = doc.resources.speller(doc.original.language);
    // (A language without a dictionary here: its hyphenated names only.)
    const isName = (w: string) => speller !== undefined && (w.length <= 2 || w.includes('-') || speller.isName(w) || !speller.correct(w.toLowerCase()));
    for (const block of view.blocks) {
      const runs = nameRuns(segment(block).words, block.text, isName, (word, parts) => add(names!.hyphenated, parts, word.value));
      for (const run of runs) {
        for (let n = 2; n <= Math.min(MAX_UNITS, run.length); n++) {
          for (let a = 0; a + n <= run.length; a++) {
            const units = run.slice(a, a + n);
            add(names.runs, units.map((u) => u.text), block.text.slice(units[0].start, units[n - 1].end));
          }
        }
      }
    }
  }
  doc.state.set(STATE, names);
  return names;
}
