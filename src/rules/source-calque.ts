/**
 * A term of sport that the machine translation rendered word for word, where the source
 * paragraph (`--source`) shows which sense it had: American football's "interceptions" as
 * "Interzeptionen", cricket's "wickets" as "Dochte" (candle wicks) and "batsmen" as
 * "Fledermäuse", baseball's "bullpen" as "Stift". Each term is one entry of `CALQUES`: the
 * German forms, the source words one of which the source paragraph must have, and what German
 * writes instead.
 *
 * The fix is applied where one word replaces one word and the post-editors wrote it so: the
 * English term "Interceptions" (9 of 10 on MLQE-PE train). The others are suggestions: cricket's
 * and baseball's words, which editors write in English or in German ("Wickets" or "Tore",
 * "Schlagmänner", "Bullpen").
 *
 * Without the source, or where it does not have the term, nothing is reported: bats are
 * animals, and a "Stift" a pen.
 *
 * Measured on MLQE-PE train (7,000 sentences; the terms found there, dev only measured): 38
 * findings, all on words tagged as errors, none on the post-edits. Left out, since the
 * post-editors on train kept the word in the post-edit (each such word would be a false alarm
 * on correct text): "Pforten" for wickets (24 of 32 tagged as errors; 12 kept), a storm that
 * "dissipated" as "zerstreute" or "verschwand" (19 of 21; 4 kept), the baseball team
 * "Cardinals" as "Kardinäle" (8 of 9; 1 kept) and a road's "terminus" as "Endstation" (7 of 7;
 * 1 kept). With them, dev's false alarms on the post-edits rose from 56 to 58.
 *
 * @example
 *   source: "He threw two interceptions."   translation: "Er warf zwei Interzeptionen."
 *   out: "Er warf zwei Interceptions."
 */
import { defineRule } from '../core/rule.js';
import { sourceParagraph, sourceView, wordsOf } from '../core/source.js';

interface Calque {
  /** The translation's word for word rendering → what German writes instead. */
  forms: Readonly<Record<string, string>>;
  /** Source words, in lower case, one of which the source paragraph must have (in any case). */
  source: readonly string[];
  /** Whether the replacement is applied (one word for one word, as editors write it). */
  fix?: boolean;
  /** What the term is, for the message. */
  what: string;
}

const CALQUES: readonly Calque[] = [
  { forms: { Interzeption: 'Interception', Interzeptionen: 'Interceptions' }, source: ['interception', 'interceptions'], fix: true, what: "American football's interception" },
  { forms: { Docht: 'Wicket', Dochte: 'Wickets', Dochten: 'Wickets' }, source: ['wicket', 'wickets'], what: "cricket's wicket" },
  { forms: { Fledermaus: 'Schlagmann', Fledermäuse: 'Schlagmänner', Fledermäusen: 'Schlagmännern' }, source: ['batsman', 'batsmen'], what: "cricket's batsman" },
  { forms: { Stift: 'Bullpen' }, source: ['bullpen'], what: "baseball's bullpen" },
];

/** Every German form → its entry (the forms of different entries are distinct). */
const BY_FORM = new Map<string, Calque>(CALQUES.flatMap((c) => Object.keys(c.forms).map((f) => [f, c] as const)));

const LOWER = 'source-calque/lower';

const lowerCased = (words: Iterable<string>): ReadonlySet<string> => new Set(Array.from(words, (x) => x.toLowerCase()));

export default defineRule(
  {
    id: 'source-calque',
    description: 'A term of sport translated word for word, told by the source ("interceptions" as "Interzeptionen" → "Interceptions").',
    category: 'accuracy',
    severity: 'warning',
    languages: ['de'],
    needsSource: true,
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', source: 'He threw 28 touchdowns against two interceptions.', text: 'Er warf 28 Touchdowns gegen zwei Interzeptionen.', output: 'Er warf 28 Touchdowns gegen zwei Interceptions.' },
        { lang: 'de', source: 'Laker took four wickets for 20 runs.', text: 'Laker nahm vier Dochte für 20 Läufe.', output: 'Laker nahm vier Wickets für 20 Läufe.' },
        { lang: 'de', source: 'Two batsmen were out before lunch.', text: 'Zwei Fledermäuse waren vor dem Mittagessen aus.', output: 'Zwei Schlagmänner waren vor dem Mittagessen aus.' },
      ],
      pass: [
        { lang: 'de', source: 'The cave holds 500 bats.', text: 'Die Höhle beherbergt 500 Fledermäuse.' },
        { lang: 'de', source: 'He signed the letter with a pen.', text: 'Er unterschrieb den Brief mit einem Stift.' },
        // "Pforten" for wickets: the post-editors wrote it too.
        { lang: 'de', source: 'Laker took four wickets.', text: 'Laker nahm vier Pforten.' },
      ],
    },
  },
  (ctx) => {
    if (!sourceView(ctx.doc)) return;
    // The source paragraph's words in lower case, read at the first German form found (most paragraphs have none).
    let lower: ReadonlySet<string> | undefined;
    for (const w of ctx.words) {
      const calque = BY_FORM.get(w.value);
      if (!calque || w.opaque) continue;
      if (!lower) {
        const paragraph = sourceParagraph(ctx);
        if (paragraph === undefined) {
          // (Paragraphs that do not line up: the whole source's words, lower-cased once a document.)
          lower = ctx.doc.state.get(LOWER) as ReadonlySet<string> | undefined;
          if (!lower) ctx.doc.state.set(LOWER, (lower = lowerCased(sourceView(ctx.doc)!.words)));
        } else lower = lowerCased(wordsOf(paragraph));
      }
      if (!calque.source.some((s) => lower!.has(s)) || ctx.isClaimed(w.start, w.end)) continue;
      const expected = calque.forms[w.value];
      ctx.report({
        start: w.start,
        end: w.end,
        message: `Unexpected \`${w.value}\`, expected \`${expected}\`: the source has ${calque.what}`,
        expected: [expected],
        ...(calque.fix ? { fix: expected } : {}),
      });
    }
  },
);
