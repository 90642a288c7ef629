/**
 * Word order that follows the source language instead of the target (German verb-final
 * clauses, zu-infinitives after their object), found by two strict patterns so the rule
 * is useful without the model; the model, when it runs, ranks the same candidate edits
 * (src/model/candidates.ts) and can find looser cases. Review items: an editor decides.
 *
 * - verb-final: in a subordinate clause, a finite auxiliary followed by one participle or
 *   infinitive at the end of the clause ("dass seine Technologie war verwendet,"), but not
 *   a verb cluster that already ends with its finite auxiliary or modal ("ob die Geräte
 *   eingesetzt werden dürfen");
 * - zu-infinitive: "zu" + infinitive followed by an article or determiner that opens
 *   its object ("um zu überwachen die Minderheit").
 *
 * @example
 *   in:  "wusste, dass seine Technologie war verwendet, um zu überwachen die Minderheit."
 *   suggestions: "verwendet war"; "die Minderheit zu überwachen"
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { generateCandidates } from '../model/candidates.js';
import { candidateTables, clauseOpeners } from '../model/candidates/index.js';
import { splitUnits } from '../model/tokens.js';

export default defineRule(
  {
    id: 'word-order',
    description: 'Word order of the source language: the verb of a subordinate clause or a zu-infinitive not at the end.',
    category: 'grammar',
    severity: 'warning',
    languages: ['de'],
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Er wusste, dass seine Technologie war verwendet, um Uiguren zu überwachen.', output: 'Er wusste, dass seine Technologie verwendet war, um Uiguren zu überwachen.' },
        { lang: 'de', text: 'Sie nutzten Kameras, um zu überwachen die muslimische Minderheit.', output: 'Sie nutzten Kameras, um die muslimische Minderheit zu überwachen.' },
        // The object moves as written, its quotation marks on their words.
        { lang: 'de', text: 'Er plante, um zu überwachen die „uigurische“ Minderheit des Landes.', output: 'Er plante, um die „uigurische“ Minderheit des Landes zu überwachen.' },
        { lang: 'de', text: 'Das sind die Kameras, die die Polizei hat verwendet.', output: 'Das sind die Kameras, die die Polizei verwendet hat.' },
        { lang: 'de', text: 'Das ist die Firma, die Kameras hat gebaut.', output: 'Das ist die Firma, die Kameras gebaut hat.' },
      ],
      pass: [
        { lang: 'de', text: 'Er wusste, dass seine Technologie verwendet wurde, um Uiguren zu überwachen.' },
        { lang: 'de', text: 'Sie nutzten Kameras, um die Minderheit zu überwachen.' },
        { lang: 'de', text: 'Es ist schwer, zu den Menschen durchzudringen.' },
        { lang: 'de', text: 'Er sagte, dass es sich bewusst war, dass die Geräte verwendet wurden.' },
        // Passive with a modal: participle + "werden" + the finite modal, already verb-final.
        { lang: 'de', text: 'Die Behörde prüft, ob die Geräte eingesetzt werden dürfen.' },
        { lang: 'de', text: 'Er sagt, dass die Anlagen schnell gebaut werden können.' },
        { lang: 'de', text: 'Sie weiß, dass die Geräte geprüft werden müssen.' },
        { lang: 'de', text: 'Er fragt, ob die Daten verkauft werden sollen.' },
        // Reported speech without "dass", two main clauses joined by a comma.
        { lang: 'de', text: 'Ein Sprecher sagte, das Problem sei bekannt.' },
        { lang: 'de', text: 'Das Wetter war schlecht, die Sicht war begrenzt.' },
        // (After a noun: "die Opposition ist dagegen" may be a relative clause in the wrong order, an information.)

      ],
    },
  },
  (ctx) => {
    const tables = candidateTables(ctx.language);
    const articles = ctx.profile?.articles;
    if (!articles || (!tables.finiteVerbs.size && !tables.infinitiveParticle)) return;
    const openers = clauseOpeners(ctx.language, true);
    for (const s of ctx.sentences) {
      if (s.firstWord < 0) continue;
      // Cheap filter first: a zu-infinitive needs "zu", a verb-final clause an opener and a finite verb.
      let particle = false;
      let opener = false;
      let finite = false;
      for (let i = s.firstWord; i <= s.lastWord; i++) {
        const lower = ctx.words[i].value.toLowerCase();
        if (lower === tables.infinitiveParticle) particle = true;
        else if (openers.has(lower)) opener = true;
        else if (tables.finiteVerbs.has(lower)) finite = true;
      }
      if (!particle && !(opener && finite)) continue;
      const text = ctx.text.slice(s.start, s.end);
      const units = splitUnits(text);
      const lower = units.map((u) => u.text.toLowerCase());
      const isVerbForm = (i: number) => units[i]?.kind === 'word' && /^\p{Ll}\p{L}*(?:t|en|n)$/u.test(units[i].text) && !articles.has(lower[i]) && !ctx.profile!.functionWords.has(lower[i]);
      // "eingesetzt werden dürfen": the auxiliary is an infinitive inside a verb cluster that
      // already ends with its finite verb (an auxiliary or modal, after a participle or infinitive).
      const verbCluster = (f: number) => tables.finiteVerbs.has(lower[f + 1]) && isVerbForm(f - 1);
      // ", die Lage ist ernst", ", das Problem sei bekannt": after the comma an article and its
      // noun, then the verb, is a main clause (reported speech without "dass", two clauses joined
      // by a comma), not a relative clause: a relative pronoun is not followed by a noun and the
      // verb alone ("…, die die Polizei hat verwendet" is one).
      const mainClause = (f: number) => {
        let k = f - 1;
        while (k >= 0 && !(units[k].kind === 'punct' && /^[,;:–—(]$/.test(units[k].text))) k--;
        const first = k + 1;
        // After a noun the article may be a relative pronoun that refers to it ("die Firma, die
        // Kameras hat gebaut") or an article ("plant Radwege, die Opposition ist dagegen"):
        // 'maybe', an information, not a warning.
        const before = units[k - 1];
        if (!(f - first === 2 && articles.has(lower[first]) && units[first + 1]?.kind === 'word' && /^\p{Lu}/u.test(units[first + 1].text))) return false;
        return before?.kind === 'word' && /^\p{Ll}/u.test(before.text) ? true : 'maybe';
      };
      const closes = (i: number) => i >= units.length || (units[i].kind === 'punct' && /^[,.;:!?)–—]$/.test(units[i].text));
      const edits = generateCandidates({ text, units, language: ctx.language, kinds: ['verb-final', 'infinitive'] });
      // The units the edits reported so far cover (a flag per unit, not a search of every taken
      // edit per edit: that was quadratic on a long sentence).
      const taken = new Uint8Array(units.length + 1);
      const overlaps = (from: number, to: number) => {
        for (let k = from; k < to; k++) if (taken[k]) return true;
        return false;
      };
      for (const e of edits) {
        if (overlaps(e.from, e.to)) continue; // the first of overlapping edits
        let strict = false;
        let maybe = false;
        if (e.kind === 'verb-final') {
          const main = e.to - e.from === 2 ? mainClause(e.from) : false;
          maybe = main === 'maybe';
          strict = e.to - e.from === 2 && isVerbForm(e.from + 1) && closes(e.to) && !verbCluster(e.from) && main !== true;
        }
        else if (e.kind === 'infinitive') strict = isVerbForm(e.from + 1) && articles.has(lower[e.from + 2]) && closes(e.to);
        if (!strict) continue;
        report(ctx, s.start + units[e.from].start, s.start + units[e.to - 1].end, e.text, e.kind, maybe);
        taken.fill(1, e.from, e.to);
      }
    }
  },
);

function report(ctx: RuleContext, start: number, end: number, reordered: string, kind: string, maybe = false): void {
  if (ctx.isClaimed(start, end)) return;
  // (A run of spaces moved with the words is one space: "war  verwendet" → "verwendet war".)
  const suggestion = reordered.replace(/[ \t]{2,}/g, ' ');
  ctx.report({
    ...(maybe ? { severity: 'info' as const } : {}),
    start,
    end,
    message:
      kind === 'verb-final'
        ? `Unexpected \`${ctx.text.slice(start, end)}\`, expected \`${suggestion}\`: the finite verb goes at the end of a subordinate clause`
        : `Unexpected \`${ctx.text.slice(start, end)}\`, expected \`${suggestion}\`: the zu-infinitive goes after its object`,
    expected: [suggestion],
  });
}
