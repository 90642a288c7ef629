/**
 * Coordinated duplicates: a word coordinated with itself ("die Überwachung und
 * Überwachung", "surveillance and surveillance"), typically two source words that the
 * translation collapsed into one. Idiomatic reduplication ("mehr und mehr", "again and
 * again") is allowed by the profile's `reduplications`. Suggests the single word; an
 * editor decides (the source meant two different things).
 *
 * @example
 *   in:  "forderte die Überwachung und Überwachung ihrer Einrichtungen"
 *   suggestion: "Überwachung"
 */
import { isVerbatim } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { spaced, wordListTest } from '../core/segment.js';
import { sourceParagraph } from '../core/source.js';
import { wordsOfAll } from '../languages/index.js';
import type { RuleContext } from '../core/rule.js';
import { escapeRegExp } from '../core/regexp.js';

/**
 * Whether "X und X" (words `i` and `j`) repeats a verb or an adjective for emphasis ("Die Preise
 * steigen und steigen", "Er wartete und wartete", "He waited and waited", "esperó y esperó"):
 * where nouns are capitalized, a lower-case word not after an article; elsewhere a word with
 * an ending of a finite verb (the profile's `pastTense` and `verbEndings`). The duplicates a
 * translation makes of two source nouns stay findings ("Überwachung und Überwachung",
 * "surveillance and surveillance", "transparencia y transparencia").
 */
function intensifies(ctx: RuleContext, i: number): boolean {
  const { words, profile } = ctx;
  const a = words[i];
  const prev = words[i - 1];
  const afterArticle = prev !== undefined && prev.sentence === a.sentence && (profile?.articles?.has(prev.value.toLowerCase()) ?? false);
  if (afterArticle || !profile) return false;
  if (profile.capitalizesNouns) return a.value === a.value.toLowerCase();
  return (profile.pastTense?.test(a.value) ?? false) || (profile.verbEndings?.test(a.value) ?? false);
}

/**
 * Whether copy `i` follows a word in small letters that is no article (an attribute: "interne
 * Felder") and copy `j` opens a relative clause after a comma ("Felder, die …"; the profile's
 * `clauseRepeats` and `subordinators`: "die", "que", "qui").
 */
function restrictedApart(ctx: RuleContext, i: number, j: number): boolean {
  const { words, text, profile } = ctx;
  const prev = words[i - 1];
  const next = words[j + 1];
  if (!profile || !prev || !next || next.sentence !== words[j].sentence || !spaced(ctx, text, i - 1, i)) return false;
  if (!/^\p{Ll}/u.test(prev.value) || profile.articles?.has(prev.value) === true || profile.coordinators.has(prev.value)) return false;
  if (!/^,[ \u00A0]+$/u.test(text.slice(words[j].end, next.start))) return false;
  const lower = next.value.toLowerCase();
  return profile.clauseRepeats.has(lower) || profile.subordinators.has(lower);
}

export default defineRule(
  {
    id: 'coordinated-duplicate',
    description: 'A word coordinated with itself ("Überwachung und Überwachung").',
    category: 'repetition',
    severity: 'warning',
    languages: 'all',
    fix: 'review',
    examples: {
      flag: [
        { lang: 'it', text: 'Ha chiesto la sorveglianza e sorveglianza delle moschee.', output: 'Ha chiesto la sorveglianza delle moschee.' },
        { lang: 'pt', text: 'Pediu a vigilância e vigilância das mesquitas.' },
        { lang: 'de', text: 'Sie forderte die Überwachung und Überwachung ihrer Einrichtungen.', output: 'Sie forderte die Überwachung ihrer Einrichtungen.' },
        { lang: 'de', text: 'Der Schutz und der Schutz der Daten.', output: 'Der Schutz der Daten.' },
        { lang: 'en', text: 'It demanded surveillance and surveillance of mosques.', output: 'It demanded surveillance of mosques.' },
        { lang: 'es', text: 'Pidió control y control de las mezquitas.', output: 'Pidió control de las mezquitas.' },
        // After an article, a noun, even at the clause's end.
        { lang: 'en', text: 'It demanded the surveillance and surveillance.', output: 'It demanded the surveillance.' },
        { lang: 'de', text: 'Sie forderten Kontrolle und Kontrolle.', output: 'Sie forderten Kontrolle.' },
        { lang: 'es', text: 'Pidieron transparencia y transparencia.', output: 'Pidieron transparencia.' },
      ],
      pass: [
        { lang: 'it', text: 'I prezzi salgono e salgono, e abbiamo aspettato ore e ore.' },
        { lang: 'pt', text: 'Os preços sobem e sobem, e esperamos horas e horas.' },
        { lang: 'nl', text: 'De prijzen stijgen en stijgen, en we wachten uren en uren.' },
        { lang: 'en', text: 'Things got worse and worse for years and years.' },
        { lang: 'es', text: 'Esperamos horas y horas en la estación.' },
        { lang: 'fr', text: 'Il a attendu des heures et des heures.' },
        // (One and only one: the profile's `reduplications`.)
        { lang: 'it', text: 'Ogni parte deve essere presente una ed una sola volta, e uno e uno solo file.' },
        { lang: 'fr', text: 'Il faut une et une seule fois un et un seul argument.' },
        { lang: 'de', text: 'Es wurde mehr und mehr Überwachung eingesetzt.' },
        { lang: 'de', text: 'Die Überwachung und Kontrolle der Einrichtungen.' },
        // An attribute before the first copy, a relative clause after the second: two sets.
        { lang: 'de', text: 'Verfügbar sind nur interne Felder oder Felder, die im Paket stehen.' },
        { lang: 'en', text: 'They tried again and again.' },
        { lang: 'en', text: 'He starred in Justice League and Justice League Unlimited.' },
        { lang: 'en', text: 'She was a saint and Saint Paul knew it.' },
        // Emphasis: a verb or adjective repeated.
        { lang: 'de', text: 'Die Preise steigen und steigen, und er wartete und wartete.' },
        { lang: 'en', text: 'He waited and waited, and prices kept rising and rising.' },
        { lang: 'es', text: 'Los precios suben y suben, y esperó y esperó.' },
        { lang: 'fr', text: 'Les prix augmentent et augmentent.' },
      ],
    },
  },
  (ctx) => {
    const coordinators = ctx.profile?.coordinators;
    if (!coordinators) return;
    const reduplications = ctx.profile!.reduplications;
    const { words, text } = ctx;
    // (Most words are no coordinator by their length or first letter: see `wordListTest`.)
    const coordinator = wordListTest(coordinators);
    for (let i = 0; i + 2 < words.length; i++) {
      const a = words[i];
      if (a.opaque || !a.alpha || a.value.length < 3) continue;
      const c = words[i + 1];
      if (!coordinator(c.value) || !spaced(ctx, text, i, i + 1) || !spaced(ctx, text, i + 1, i + 2)) continue;
      const lower = a.value.toLowerCase();
      if (reduplications.has(lower)) continue;
      // "X und X" or "der X und der X".
      let j = i + 2;
      const prev = words[i - 1];
      if (words[j].value.toLowerCase() !== lower && prev && spaced(ctx, text, i - 1, i) && words[j].value.toLowerCase() === prev.value.toLowerCase() && words[j + 1] && spaced(ctx, text, j, j + 1)) j++;
      const b = words[j];
      if (b.value.toLowerCase() !== lower) continue;
      // Two copies in different case are two words ("a saint and Saint Paul"); where nouns are
      // not capitalized, a copy followed by a capitalized word begins a longer name ("Justice
      // League and Justice League Unlimited").
      if (b.value !== a.value) continue;
      const after = words[j + 1];
      if (after && !ctx.profile!.capitalizesNouns && /^\p{Lu}/u.test(after.value) && spaced(ctx, text, j, j + 1)) continue;
      if (j === i + 2 && intensifies(ctx, i)) continue;
      // Each copy restricted its own way, an attribute before the first and a relative clause
      // after the second ("nur interne Felder oder Felder, die im Paket stehen"): two sets.
      if (j === i + 2 && restrictedApart(ctx, i, j)) continue;
      // The source coordinates the word with itself too ("James and James Hogue", "Bishop
      // Potter and Bishop Potter"): two people or things of one name, translated as written.
      if (/^\p{Lu}/u.test(a.value) && sourceCoordinates(ctx, a.value)) continue;
      if (ctx.isClaimed(a.start, b.end)) continue;
      // (Across markup, "[a link the](url) and the", the words are not coordinated in the text.)
      if (!isVerbatim(ctx.block, a.start, b.end)) continue;
      ctx.report({
        start: a.start,
        end: b.end,
        message: `Unexpected \`${text.slice(a.start, b.end)}\`: \`${a.value}\` is coordinated with itself, expected one word or two different ones`,
        expected: [a.value],
      });
      i = j;
    }
  },
);


/**
 * What coordinates two words in a source, as a regular expression's alternatives: every
 * language's `coordinators` (the source may be in any of them: "James and James Hogue", "James e
 * James Hogue") and "&", which is none's.
 */
const SOURCE_COORDINATORS = [...wordsOfAll((p) => p.coordinators), '&']
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** Whether the paragraph's source writes `word`, a conjunction and `word` again, a word apart at most ("James and James Hogue"). */
function sourceCoordinates(ctx: RuleContext, word: string): boolean {
  const paragraph = sourceParagraph(ctx);
  if (paragraph === undefined || !paragraph.includes(word)) return false;
  const w = escapeRegExp(word);
  return new RegExp(`(?<![\\p{L}\\p{N}])${w}(?:\\s+\\S+)?\\s+(?:${SOURCE_COORDINATORS})\\s+(?:\\S+\\s+)?${w}(?![\\p{L}\\p{N}])`, 'u').test(paragraph);
}
