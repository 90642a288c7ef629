/**
 * Repeated words: the same word twice in a row ("die die Überwachung"), except where
 * the language allows it ("Frauen, die die Kinder betreuen" in German, "had had" in
 * English: the profile's `allowedRepeats`). Exact duplicates are fixed automatically; a
 * longer run ("ist ist ist") is one finding that keeps one copy.
 *
 * @example
 *   in:  "Das ist ist ein Problem."
 *   out: "Das ist ein Problem."
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { NAME_CONNECTORS, WORD_HYPHENS, laidOutApart, sameLowerCase, spaced } from '../core/segment.js';
import { isKnownToken } from './spelling.js';
import { closesAt, opensAt } from './quotes.js';
import { UNIT_SYMBOLS } from '../spell/units.js';
import type { RuleContext } from '../core/rule.js';

/**
 * Where one of two copies on two lines goes, on its own line: the second with the spaces after
 * it ("ist\nist bekannt" → "ist\nbekannt"), or, before punctuation, the first with the spaces
 * before it ("Unternehmen ist\nist." → "Unternehmen\nist."); the pair itself where the copies
 * share a line, or neither way is open.
 */
function ownLine(text: string, a: { start: number; end: number; value: string }, b: { start: number; end: number; value: string }): { start: number; end: number } {
  const pair = { start: a.start, end: b.end };
  if (!/[\n\r]/.test(text.slice(a.end, b.start))) return pair;
  let after = b.end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (after > b.end && after < text.length && !/[\n\r]/.test(text[after])) return { start: b.start, end: after };
  let before = a.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (a.value === b.value && before < a.start && before > 0 && !/[\n\r]/.test(text[before - 1])) return { start: before, end: a.end };
  return pair;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Unit symbols of one or two letters that the symbol lists leave to the dictionary ("10.15 in in the valley": inches). */
const WORD_UNITS: ReadonlySet<string> = new Set(['in', 'm', 'g', 'h', 's', 'l']);

/** Whether a word is a unit's symbol: the international ones, the language's own ("ft", "lb"), or a short one that is a word too. */
function isUnit(ctx: RuleContext, lower: string): boolean {
  return UNIT_SYMBOLS.has(lower) || (ctx.profile?.unitSymbols?.has(lower) ?? false) || WORD_UNITS.has(lower);
}

/** Particles of family names that are prepositions too (not articles: "der der" is no name). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'da', 'du', 'del', 'della', 'dos', 'do', 'ten', 'ter', 'zu']);

/** Whether `word` is `head` run into the next sentence, which the parser reads as one word ("ist.Der" of "ist"). */
function runsOn(word: string, head: string): boolean {
  // (The period tested by its code first: asked of every pair of words, no string made for it.)
  return word.length > head.length + 2 && word.charCodeAt(head.length) === 46 && word.startsWith(head) && /^\p{Lu}\p{Ll}/u.test(word.slice(head.length + 1));
}

/** Words of the safe lists that are names too, capitalized at a sentence start (the name Will, the river Oder). */
const NAME_HOMOGRAPHS: ReadonlySet<string> = new Set(['will', 'oder', 'mark']);

/** Marks that open or close a quotation, in any of the languages' styles. */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['„', '“', '"', '«', '»', '‹', '›', '‚', '‘', "'"]);
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['“', '”', '"', '»', '«', '›', '‹', '‘', '’', "'"]);

/** Syllables that are sung or laughed, three times or more ("la la la"): words of the safe lists too (French and Spanish "la"). */
const REFRAIN_SYLLABLES: ReadonlySet<string> = new Set(['la', 'na', 'da', 'ta', 'ha', 'ho', 'hey', 'oh', 'ah']);

/** Whether word `k` starts a name: capitalized, or an article or particle before a capitalized word ("der Leyen", "la Fuente"). */
function beforeName(ctx: RuleContext, k: number): boolean {
  const w = ctx.words[k];
  if (!w || !spaced(ctx, ctx.text, k - 1, k)) return false;
  // (Not a word the dictionary knows in lower case: "la Bourse de de Paris", "de de Ligue 1".)
  if (/^\p{Lu}\p{Ll}/u.test(w.value)) return !(ctx.doc.resources.speller(ctx.language)?.correct(w.value.toLowerCase()) ?? false);
  const next = ctx.words[k + 1];
  return next !== undefined && /^\p{Ll}{1,4}$/u.test(w.value) && NAME_CONNECTORS.has(w.value) && /^\p{Lu}\p{Ll}/u.test(next.value) && spaced(ctx, ctx.text, k, k + 1);
}

/** The suggestions for a doubled word left for review: what it most often stands for, if the profile knows, then one copy. */
function alternative(lower: string, written: string, alternatives?: Readonly<Record<string, string>>): string[] {
  const other = alternatives?.[lower];
  if (other === undefined) return [written];
  return [written === lower ? other : capitalize(other), written];
}

/** Whether word `i` opens a clause: first in its sentence, after a comma or dash, or after a subordinating conjunction. */
function opensClause(ctx: RuleContext, i: number): boolean {
  const w = ctx.words[i];
  const prev = ctx.words[i - 1];
  if (!prev || prev.sentence !== w.sentence) return true;
  if (/[,;:–—(]/.test(ctx.text.slice(prev.end, w.start))) return true;
  const before = prev.value.toLowerCase();
  if (ctx.profile?.subordinators.has(before)) return true;
  // A preposition opens a relative clause after a comma or at the sentence's start ("die Frau,
  // mit der der Minister sprach"); elsewhere it takes the article ("für den den Oscar").
  if (!ctx.profile?.prepositions?.has(before)) return false;
  const third = ctx.words[i - 2];
  return !third || third.sentence !== prev.sentence || /[,;:–—(]/.test(ctx.text.slice(third.end, prev.start));
}

/** German question words that open a clause as a subject or object ("Wer die Wahl hat, …", "Was sein muss, …"), for the languages whose `clauseComma` is set. */
const CLAUSE_WORDS = new Set(['wer', 'was', 'wie', 'wo', 'wann', 'warum', 'weshalb', 'wieso']);

/**
 * Whether word `i` (a finite verb, doubled) may end a clause that a subordinator, a question
 * word or a relative pronoun after a comma opens earlier in its sentence, with no comma since:
 * "Wer die Wahl hat hat die Qual", "Ob er kommen wird wird sich zeigen" (the first copy ends
 * the clause, the second is the main clause's verb, and only the comma is missing).
 */
function endsOpenClause(ctx: RuleContext, i: number): boolean {
  const words = ctx.words;
  const sentence = words[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 30 && words[k].sentence === sentence; k--) {
    const lower = words[k].value.toLowerCase();
    if (k < i - 1 && (ctx.profile?.subordinators.has(lower) || CLAUSE_WORDS.has(lower))) return true;
    const gap = ctx.text.slice(words[k].end, words[k + 1].start);
    if (/[,;:–—()]/.test(gap)) {
      // A relative pronoun right after the comma ("Wer, der das gesagt hat hat …").
      return k + 1 < i - 1 && ctx.profile?.clauseRepeats.has(words[k + 1].value.toLowerCase()) === true;
    }
  }
  return false;
}

export default defineRule(
  {
    id: 'repeated-word',
    description: 'A word repeated immediately ("ist ist"), where the language does not allow it.',
    category: 'repetition',
    severity: 'error',
    languages: 'all',
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'it', text: 'Il governo ha deciso che che la legge entrerà in vigore.', output: 'Il governo ha deciso che la legge entrerà in vigore.' },
        { lang: 'pt', text: 'O governo decidiu que a a lei entra em vigor em março.', output: 'O governo decidiu que a lei entra em vigor em março.' },
        { lang: 'nl', text: 'Het kabinet besloot dat de de wet in maart ingaat.', output: 'Het kabinet besloot dat de wet in maart ingaat.' },
        { lang: 'it', text: 'L’incontro con l’l’azienda e un’un’altra crisi.', output: 'L’incontro con l’azienda e un’altra crisi.' },
        { lang: 'de', text: 'Das ist ist ein Problem.', output: 'Das ist ein Problem.' },
        { lang: 'de', text: 'Er hat die die Prüfung bestanden.', output: 'Er hat die Prüfung bestanden.' },
        // (After a word broken at a line's end, in a text of one sentence a line.)
        { lang: 'de', text: 'Die genaue An-\ngabe fehlt fehlt im Bericht.\nDer Bericht folgt.', output: 'Die genaue An-\ngabe fehlt im Bericht.\nDer Bericht folgt.' },
        { lang: 'en', text: 'This is the the problem.', output: 'This is the problem.' },
        { lang: 'fr', text: 'Il a a dit non.', output: 'Il a dit non.' },
        { lang: 'fr', text: 'Il parle de de la loi.', output: 'Il parle de la loi.' },
        { lang: 'fr', text: 'Une enquête sur l’l’entreprise américaine et d’d’autres responsables.', output: 'Une enquête sur l’entreprise américaine et d’autres responsables.' },
        { lang: 'fr', text: 'Il y a l’l’l’entreprise.', output: 'Il y a l’entreprise.' },
        // Not fixed (two words of one spelling can both be meant): the suggestion is listed.
        { lang: 'fr', text: 'Ce qu’il a fait fait débat.', output: 'Ce qu’il a fait débat.' },
        { lang: 'es', text: 'El vino vino de La Rioja.', output: 'El vino de La Rioja.' },
        { lang: 'de', text: 'Das ist ist ist gut.', output: 'Das ist gut.' },
        { lang: 'de', text: 'Die Frauen, die die die Kinder betreuen, sind müde.', output: 'Die Frauen, die die Kinder betreuen, sind müde.' },
        // At a sentence start, the first copy capitalized.
        { lang: 'en', text: 'The board met. The the chairman spoke.', output: 'The board met. The chairman spoke.' },
        // The first copy run into the sentence before: fixed with missing-space's space in one run.
        { lang: 'en', text: 'He left.The the dog barked.', output: 'He left.The dog barked.' },
        { lang: 'es', text: 'Los los sindicatos protestan.', output: 'Los sindicatos protestan.' },
        // Listed for review, not fixed: a pronoun and an article can be spelt alike ("Zuvor hatte das das Magazin berichtet").
        { lang: 'de', text: 'Zuvor hatte die die Polizei gewarnt.', output: 'Zuvor hatte die Polizei gewarnt.' },
        // Both copies capitalized at a sentence's start: no relative clause, no extended attribute ("Die die Regierung stützende Koalition").
        { lang: 'de', text: 'Die Die Polizei kam sofort.', output: 'Die Polizei kam sofort.' },
        // "que que" is most often "que qué" without its accent: listed, "que qué" suggested first.
        { lang: 'es', text: 'Nadie sabe que que pasará mañana.', output: 'Nadie sabe que qué pasará mañana.' },
        // Before an article "qué" cannot stand: fixed.
        { lang: 'es', text: 'La empresa dijo que que las reglas cambian.', output: 'La empresa dijo que las reglas cambian.' },
      ],
      pass: [
        // Doubled for emphasis ("piano piano", "via via", "lì lì"); a preposition before a name's particle.
        { lang: 'it', text: 'Ha lavorato piano piano, via via che cresceva, ed era lì lì per mollare.' },
        { lang: 'pt', text: 'Ainda não se sabe se se trata de um erro, mas a resposta chega já já.' },
        // (Dutch: the conjunction or the relative pronoun, then the demonstrative; her hair.)
        { lang: 'nl', text: 'Ik weet dat dat klopt. De mensen die die auto kopen, kammen haar haar.' },
        { lang: 'it', text: 'La politica di di Maio è cambiata.' },
        // "A" the league, "a" the preposition.
        { lang: 'it', text: 'La Juventus gioca in Serie A a partire da domenica.' },
        // Two cells of a table laid out in columns, spaces or tabs.
        { lang: 'de', text: 'Platz  Verein           Stadt       Punkte\n1.     Union Berlin     Berlin      24\n3.     Bayern München   München     19\n4.\tUnion Berlin\tBerlin\t18' },
        { lang: 'de', text: 'Die Frauen, die die Kinder betreuen, sind müde.' },
        // A compound's first part, hyphenated at a line's end; a label alone on its line, which the next line begins with.
        { lang: 'de', text: 'Er erzeugt einen Eintrag für den Rechner Rechner‐\nname, und für den Rechner Rechner- und Netzwerknamen.' },
        // (With hyphen-minus, in a text of one sentence a line, which the reader goes on over the break.)
        { lang: 'de', text: 'Er erzeugt einen Eintrag für den Rechner Rechner-\nname.\nDer Eintrag bleibt.' },
        { lang: 'de', text: 'Die Befehle folgen.\n\nentfernen\n    entfernen löscht ein Paket.' },
        { lang: 'de', text: 'Er sah, dass sie sie kannte.' },
        { lang: 'de', text: 'Die die Regierung stützende Koalition zerbrach.' },
        { lang: 'de', text: 'Die Rede von von der Leyen wurde gelobt.' },
        { lang: 'fr', text: 'La politique de de Gaulle et celle de de Villepin.' },
        { lang: 'es', text: 'Los jugadores de de la Fuente ganaron.' },
        { lang: 'en', text: 'Duran Duran played first.' },
        { lang: 'en', text: 'He had had enough.' },
        { lang: 'fr', text: 'Nous nous sommes vus.' },
        { lang: 'de', text: 'Ist das so? So ist es.' },
        { lang: 'de', text: 'Die Tiere sind scheu, manchmal fressen sie sie trotzdem.' },
        { lang: 'de', text: 'Sie lag unter der Betonplatte, auf der der Anker ruhte.' },
        { lang: 'de', text: 'Der Aufstand der Mau Mau begann 1952.' },
        { lang: 'de', text: 'Er tanzte Walzer und Cha Cha Cha.' },
        { lang: 'en', text: 'The population suffered mainly from beri beri.' },
        { lang: 'en', text: 'Her story appeared in In Your Face, an anthology.' },
        { lang: 'en', text: 'The snow was 10.15 in in the valley.' },
        { lang: 'en', text: 'They toured with Duran Duran last year.' },
        { lang: 'de', text: 'Mit „Da Da Da“ landete die Band Trio 1982 einen Welthit.' },
        { lang: 'en', text: 'He gave her her first big break.' },
        // (At a sentence start a capitalized copy may be a name: "Will will", the river "Oder oder
        // Elbe" are listed for review, see test/rules/repeated-word.test.ts.)
      ],
    },
  },
  (ctx) => {
    const allowed = ctx.profile?.allowedRepeats;

    const { words, text } = ctx;
    // An elided article or pronoun written twice onto its word ("l’l’entreprise", "d’d’autres"):
    // never meant, one copy goes.
    const elision = ctx.profile?.elision;
    if (elision && (text.includes('’') || text.includes("'"))) {
      for (const w of words) {
        const first = elision.exec(w.value);
        if (!first) continue;
        // (The same copy, case and all: "J’j’ai peur" is a stammer quoted, "l’L’Oréal" a brand's capital.)
        const same = (m: RegExpExecArray | null) => m !== null && m[0].replace('’', "'") === first[0].replace('’', "'");
        // (Every copy after the first, so that one run leaves nothing: "l’l’l’entreprise".)
        let end = w.start + first[0].length;
        for (let again = elision.exec(text.slice(end, w.end)); same(again); again = elision.exec(text.slice(end, w.end))) end += again![0].length;
        if (end === w.start + first[0].length) continue;
        if (ctx.isClaimed(w.start, end) || !isVerbatim(ctx.block, w.start, end)) continue;
        ctx.report({
          start: w.start,
          end,
          message: `Unexpected \`${text.slice(w.start, end)}\`, expected \`${first[0]}\`: the elided word is repeated`,
          fix: first[0],
        });
      }
    }
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i];
      const b = words[i + 1];
      // The first copy run into the sentence before ("left.The the dog"): the double at the
      // sentence's start, found in the same run as missing-space's space (a second run had
      // found it).
      // (Only a word that is no run of letters: the test runs on every word.)
      const joined = a.alpha ? null : /^\p{L}+[.!?](\p{Lu}\p{Ll}+)$/u.exec(a.value);
      if (!a.opaque && joined && joined[1].toLowerCase() === b.value && spaced(ctx, text, i, i + 1)) {
        const lower = b.value;
        const start = a.end - joined[1].length;
        const safe = ctx.profile?.safeRepeats?.has(lower) === true && !NAME_HOMOGRAPHS.has(lower) && !allowed?.has(lower);
        if (isKnownToken(ctx, b) && !ctx.isClaimed(start, b.end) && !(ctx.profile?.clauseRepeats.has(lower) && !safe)) {
          ctx.report({
            start,
            end: b.end,
            message: safe ? `Unexpected \`${text.slice(start, b.end)}\`, expected \`${joined[1]}\`: the word is repeated` : `\`${text.slice(start, b.end)}\`: the word is repeated; keep one copy, unless both are meant (two words spelt alike)`,
            ...(safe ? { fix: joined[1] } : { expected: [joined[1]], severity: 'warning' as const }),
          });
        }
        continue;
      }
      if (a.opaque || !a.alpha) continue;
      // The second copy run into the next sentence, which the parser reads as one word ("ist
      // ist.Der Satz"): found as a double too, so that missing-space's fix leaves nothing for
      // a second run. Fixed for the safe words only.
      if (runsOn(b.value, a.value)) {
        const lower = a.value.toLowerCase();
        if (spaced(ctx, text, i, i + 1) && isKnownToken(ctx, a) && !allowed?.has(lower) && !ctx.isClaimed(a.start, b.start + a.value.length)) {
          const end = b.start + a.value.length;
          const safe = ctx.profile?.safeRepeats?.has(lower) === true;
          ctx.report({
            start: a.start,
            end,
            message: safe ? `Unexpected \`${text.slice(a.start, end)}\`, expected \`${a.value}\`: the word is repeated` : `\`${text.slice(a.start, end)}\`: the word is repeated; keep one copy, unless both are meant (two words spelt alike)`,
            ...(safe ? { fix: a.value } : { expected: [a.value], severity: 'warning' as const }),
          });
        }
        continue;
      }
      if (!sameLowerCase(a.value, b.value)) continue;
      // At a sentence start the first copy has the capital ("The the chairman", "Los los sindicatos").
      const opening = ctx.sentences[a.sentence].firstWord === i && a.value !== b.value && a.value === capitalize(b.value) && b.value === b.value.toLowerCase();
      if (!spaced(ctx, text, i, i + 1)) continue;
      // A tab or three spaces or more between them: two cells of a table laid out in columns
      // ("Union Berlin     Berlin      24").
      // (Within one line: a line break and the next line's indentation are no column's gap.)
      // (And a heading or a label alone on its line, which the next line begins with: see `laidOutApart`.)
      if (laidOutApart(text, a, b)) continue;
      // The second copy is a compound's first part, hyphenated at a line's end ("den Rechner
      // Rechner‐⏎name", as text copied from print has it) or before a suspended part ("Rechner
      // Rechner- und Netzwerkname").
      if (WORD_HYPHENS.has(text.charCodeAt(b.end))) continue;
      const lower = a.value.toLowerCase();
      if (allowed?.has(lower)) continue;
      // (Not both copies capitalized at a sentence's start, "Die Die Polizei kam": a relative
      // pronoun or an article after the first is written in lower case. Listed for review.)
      if (ctx.profile?.clauseRepeats.has(lower) && opensClause(ctx, i) && !(a.value === b.value && b.value !== lower && ctx.sentences[a.sentence].firstWord === i)) continue;
      if (ctx.isClaimed(a.start, b.end)) continue;
      // A word the dictionary does not know, doubled, is mostly a name or a term ("Mau Mau",
      // "Cha Cha Cha", "beri beri"); two copies in different case are two words ("in In Your
      // Face"); after a number the first is a unit ("10.15 in in the").
      if (!isKnownToken(ctx, a) || (a.value !== b.value && !opening)) continue;
      // Where only names are capitalized, a capitalized pair inside a sentence is a name ("Duran Duran", "Sing Sing").
      // (The second copy is never a sentence's first word: capitalized, it is a name at a sentence start too.)
      if (ctx.profile?.capitalizesNouns === false && b.value !== lower) continue;
      // Where nouns are capitalized too, a pair of words that are written in lower case, both
      // capitalized mid-sentence, is a title or a name ("Mit „Da Da Da“ landete Trio einen Hit").
      // (A noun's lower-case form is no word: "Haus Haus" is still a double.)
      if (b.value !== lower && ctx.sentences[a.sentence].firstWord !== i && ctx.doc.resources.speller(ctx.language)?.correct(lower) === true) continue;
      // After a number, a unit ("10.15 in in the valley": inches, then the preposition).
      if (i > 0 && isUnit(ctx, lower) && /^\d[\d.,]*$/.test(words[i - 1].value) && spaced(ctx, text, i - 1, i)) continue;
      // A preposition, then a name's particle ("die Rede von von der Leyen", "la politique de de
      // Gaulle", "de de la Fuente"): both are meant.
      if (NAME_PARTICLES.has(lower) && beforeName(ctx, i + 2)) continue;
      // A longer run ("ist ist ist") is one finding whose fix keeps one copy, so that one
      // pass leaves nothing to fix.
      let last = i + 1;
      // (A copy in other case begins a title: "starred in the the The Crown remake".)
      while (
        last + 1 < words.length &&
        words[last + 1].value === b.value &&
        spaced(ctx, text, last, last + 1) &&
        !ctx.isClaimed(words[last + 1].start, words[last + 1].end)
      ) {
        last++;
      }
      let end = words[last].end;
      // The run's last copy run into the next sentence ("ist ist ist.Der"): part of the run.
      const after = words[last + 1];
      if (after && runsOn(after.value, b.value) && spaced(ctx, text, last, last + 1)) {
        last++;
        end = after.start + b.value.length;
      }
      // (A third copy after a pair the clause allows, "die die die Kinder", is surely one too many.)
      const third = i > 0 && words[i - 1].value.toLowerCase() === lower && spaced(ctx, text, i - 1, i);
      // Three copies or more of a syllable that is sung or laughed ("la la la", "ha ha ha") are
      // a refrain, not a loop of the machine ("ist ist ist"): listed for review.
      // So are three copies of a conjunction: German "Schule, Sportverein und und und" (and so on).
      const refrain = last >= i + 2 && (REFRAIN_SYLLABLES.has(lower) || ctx.profile?.coordinators?.has(lower) === true);
      // (A language without a profile: no word is known to be safe, Swedish "det var det det handlade om" is right.)
      // At a sentence start a capitalized first copy may be a name ("Will will eine Pause", "Oder
      // oder Elbe"): the words of the safe lists that are names too are listed for review there.
      const named = opening && NAME_HOMOGRAPHS.has(lower);
      // A quotation of the copies alone is the words quoted, a refrain or a joke ("singt „ist ist
      // ist“"), not a slip of the machine: listed for review. (Inside marks spaced on their inner
      // side too, French "« la la »", as the quotes rule writes '"la la"': else the run after it
      // deleted what this one listed.)
      // (Across a space only marks the quotes rule pairs as the quotation's own, opening before
      // the copies and closing after them: in "« oui » et et « non »", '"yes" the the "end"' the
      // marks either side close the quotation before and open the next, and the copies are a
      // slip between two quotations.)
      const inner = (k: number) => (/[ \u00A0\u202F]/u.test(text[k] ?? '') ? k : -1);
      const opener = text[a.start - 1] === undefined ? '' : inner(a.start - 1) >= 0 ? (opensAt(ctx, a.start - 2) ? (text[a.start - 2] ?? '') : '') : text[a.start - 1];
      const closer = inner(end) >= 0 ? (closesAt(ctx, end + 1) ? (text[end + 1] ?? '') : '') : (text[end] ?? '');
      const mentioned = QUOTE_OPENERS.has(opener) && QUOTE_CLOSERS.has(closer);
      // A finite verb that may end a clause before the main clause's verb, without the comma
      // between them ("Wer die Wahl hat hat die Qual"): listed for review, with the comma.
      // (Where the sentence goes on after the copies: at its end, "…, dass er es gemacht hat hat.", the second has no clause to begin.)
      const clauseEnd =
        !third && last === i + 1 && ctx.profile?.clauseComma === true && words[last + 1]?.sentence === a.sentence && ctx.profile.finiteAuxiliaries?.has(lower) === true && endsOpenClause(ctx, i);
      const next = words[last + 1];
      const safeBefore = next !== undefined && next.sentence === a.sentence && ctx.profile?.safeRepeatsBefore?.[lower]?.has(next.value.toLowerCase()) === true;
      const safe = !mentioned && !clauseEnd && (third || (!refrain && !named && (ctx.profile?.safeRepeats?.has(lower) === true || safeBefore)));
      // Two copies on two lines (a wrapped paragraph, a block quote's or a list item's lines):
      // the fix removes one copy on its own line, and the line break stays (the whole span
      // rewritten had joined the lines, and in a quote or a list, across its "> " or
      // indentation, could not be written at all): the second copy with the space after it,
      // else the first with the spaces before it.
      const { start: fixStart, end: fixEnd } = last === i + 1 && end === b.end ? ownLine(text, a, b) : { start: a.start, end };
      const own = fixStart !== a.start || fixEnd !== end;
      ctx.report({
        start: fixStart,
        end: fixEnd,
        message: safe
          ? `Unexpected \`${text.slice(a.start, end)}\`, expected \`${a.value}\`: the word is repeated`
          : clauseEnd
            ? `\`${text.slice(a.start, end)}\`: the word is repeated; keep one copy, unless the first ends a clause and a comma is missing`
            : `\`${text.slice(a.start, end)}\`: the word is repeated; keep one copy, unless both are meant (two words spelt alike)`,
        ...(safe
          ? { fix: own ? '' : a.value }
          : {
              expected: own ? [''] : clauseEnd ? [`${a.value}, ${b.value}`, a.value] : alternative(lower, a.value, ctx.profile?.repeatAlternatives),
              severity: 'warning' as const,
            }),
      });
      i = last;
    }
  },
);

