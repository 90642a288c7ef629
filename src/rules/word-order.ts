/**
 * Word order that follows the source language instead of the target (German verb-final
 * clauses, zu-infinitives after their object, a main clause without its finite verb), found
 * by strict patterns so the rule is useful without the model; the model, when it runs, ranks
 * the same candidate edits (src/model/candidates.ts) and can find looser cases. Review items:
 * an editor decides.
 *
 * - verb-final: in a subordinate clause, a finite auxiliary followed by one participle or
 *   infinitive at the end of the clause ("dass seine Technologie war verwendet,"), but not
 *   a verb cluster that already ends with its finite auxiliary or modal ("ob die Geräte
 *   eingesetzt werden dürfen");
 * - zu-infinitive: "zu" + infinitive followed by an article or determiner that opens
 *   its object ("um zu überwachen die Minderheit"); the object ends where its clause does (a
 *   comma, a subordinator, "um", "und", the next zu-infinitive), and the edit is suggested only
 *   where a comma, a sentence's end or a new clause follows it;
 * - participle: where the profile says how (`mainClauseVerb`), a sentence that opens with its
 *   subject, then perhaps adverbs, then a word that can only be a past participle and then an
 *   object ("Das Unternehmen zuvor beworben seine Fähigkeit": the auxiliary left out);
 * - infinitive: a main clause's infinitive after its finite verb and before an article or
 *   determiner ("Laut Hikvision ist dies der Fall auslaufen diese Fähigkeit").
 *
 * @example
 *   in:  "wusste, dass seine Technologie war verwendet, um zu überwachen die Minderheit."
 *   suggestions: "verwendet war"; "die Minderheit zu überwachen"
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { generateCandidates, rotate, type UnitLike } from '../model/candidates.js';
import { candidateTables, clauseOpeners, type CandidateTables } from '../model/candidates/index.js';
import { splitUnits } from '../model/tokens.js';
import type { LanguageProfile } from '../languages/index.js';
import { loadWordList } from '../spell/wordlist.js';
import { dictionaryVerbs } from '../spell/verbs.js';

export default defineRule(
  {
    id: 'word-order',
    description: 'Word order of the source language: the verb of a subordinate clause or a zu-infinitive not at the end, a main clause without its finite verb or with an infinitive in its middle.',
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
        // The object ends with its clause: before "um", not at the next zu-infinitive; where it
        // is not told where it ends, no suggestion.
        { lang: 'de', text: 'Sie planen, zu verlagern die Produktion um Kosten zu sparen.', output: 'Sie planen, die Produktion zu verlagern um Kosten zu sparen.' },
        { lang: 'de', text: 'Die Kampagne sparte Geld, um zu sparen die Produktion zu verlagern.' },
        // A main clause without its finite verb: a past participle after the subject (and adverbs).
        { lang: 'de', text: 'Das Unternehmen zuvor beworben seine Fähigkeit, Minderheiten zu identifizieren.', output: 'Das Unternehmen hat zuvor seine Fähigkeit beworben, Minderheiten zu identifizieren.' },
        { lang: 'de', text: 'Großbritannien auch vor kurzem verboten Hikvision-Geräte aus sensiblen Bereichen.', output: 'Großbritannien hat auch vor kurzem Hikvision-Geräte aus sensiblen Bereichen verboten.' },
        { lang: 'de', text: 'Mehrere Entertainer abgesagt ihre Auftritte in Israel.', output: 'Mehrere Entertainer haben ihre Auftritte in Israel abgesagt.' },
        // In a clause after a comma, a finite verb before it notwithstanding.
        { lang: 'de', text: 'Die Firma wuchs schnell, und Großbritannien auch vor kurzem verboten Hikvision-Geräte aus sensiblen Bereichen.' },
        // ("und" may join two objects or two clauses: no suggestion.)
        { lang: 'de', text: 'Der Konzern später angekündigt einen Rückzug und die Schließung der Werke.' },
        // An infinitive in the middle of a main clause.
        { lang: 'de', text: 'Laut Hikvision ist dies der Fall auslaufen diese Fähigkeit.' },
        { lang: 'de', text: 'Er wird kaufen die Firma.' },
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
        // Participles as adjectives, fronted, in headlines; questions and imperatives; a plural
        // past tense that is a participle too, after the subject or after a fronted object.
        { lang: 'de', text: 'Gesagt, getan.' },
        { lang: 'de', text: 'Verboten ist das nicht.' },
        { lang: 'de', text: 'Das Rauchen ist hier verboten.' },
        { lang: 'de', text: 'Hikvision verboten: Großbritannien sperrt Kameras' },
        { lang: 'de', text: 'Kameras in Großbritannien verboten' },
        { lang: 'de', text: 'Ein Mann festgenommen, zwei Autos beschlagnahmt' },
        { lang: 'de', text: 'Die gestern verbotenen Geräte wurden entfernt.' },
        { lang: 'de', text: 'Wer hat die Geräte verboten?' },
        { lang: 'de', text: 'Die Firma, gegründet 1999, verkauft Kameras.' },
        { lang: 'de', text: 'Den Kopf gesenkt, verließ er den Raum.' },
        { lang: 'de', text: 'Haben Sie die Kameras gekauft?' },
        { lang: 'de', text: 'Kaufen Sie die Kameras!' },
        { lang: 'de', text: 'Die Behörden verboten die Geräte.' },
        { lang: 'de', text: 'Dieses Jahr verboten die Behörden den Verkauf.' },
        { lang: 'de', text: 'Im Mai verboten die Behörden den Verkauf.' },
        // A participle that is a finite verb too ("verwendet", "gefährdet").
        { lang: 'de', text: 'Das Unternehmen verwendet seine Kameras.' },
        { lang: 'de', text: 'Die Entscheidung gefährdet die Firma, und die Regierung gefährdet die Wirtschaft.' },
        { lang: 'de', text: 'Großbritannien hat vor kurzem Hikvision-Geräte verboten.' },
        // Infinitives at the end, and words that are infinitives too ("langen", "reifen").
        { lang: 'de', text: 'Er wird die Firma kaufen.' },
        { lang: 'de', text: 'Was kosten die Kameras?' },
        { lang: 'de', text: 'Wie ein Otter hatte Puijila einen langen Schwanz und kurze Gliedmaßen.' },
      ],
    },
  },
  (ctx) => {
    const tables = candidateTables(ctx.language);
    const articles = ctx.profile?.articles;
    if (!articles || (!tables.finiteVerbs.size && !tables.infinitiveParticle)) return;
    const openers = clauseOpeners(ctx.language, true);
    const main = ctx.profile!.mainClauseVerb ? mainClauseWords(ctx) : undefined;
    for (const s of ctx.sentences) {
      if (s.firstWord < 0) continue;
      // Cheap filter first: a zu-infinitive needs "zu", a verb-final clause an opener and a finite
      // verb, a main clause a participle of the lists or an infinitive and a finite verb.
      let particle = false;
      let opener = false;
      let finite = false;
      let participle = false;
      let infinitive = false;
      let auxiliary = false;
      // (A finite verb before a participle in its clause, "Er hat es gesagt": no participle
      // standing as the verb there, and the sentence need not be taken apart for it. A clause
      // begins after a comma: "…, und Großbritannien verboten die Geräte".)
      let verbInClause = false;
      for (let i = s.firstWord; i <= s.lastWord; i++) {
        const lower = ctx.words[i].value.toLowerCase();
        if (i > s.firstWord && verbInClause) {
          // (Each gap between two words is read once: linear in the sentence.)
          for (let k = ctx.words[i - 1].end; k < ctx.words[i].start; k++) if (ctx.text.charCodeAt(k) === 0x2c) verbInClause = false;
        }
        if (lower === tables.infinitiveParticle) particle = true;
        else if (openers.has(lower)) opener = true;
        else if (tables.finiteVerbs.has(lower)) finite = verbInClause = true;
        else if (main && ctx.profile!.finiteAuxiliaries?.has(lower)) auxiliary = verbInClause = true;
        else if (main && (lower.endsWith('t') || lower.endsWith('n'))) {
          // (The shape of an infinitive in small letters, right before an article or a determiner,
          // where the check looks for one: the dictionary's verbs are read, and the sentence taken
          // apart, only for a sentence that may have one. Nearly every German sentence has a word
          // in -en, and looking at each had cost the rule 300 ms on the bench's 7,000 sentences.)
          if ((lower.endsWith('en') || lower.endsWith('rn') || lower.endsWith('ln')) && /^\p{Ll}/u.test(ctx.words[i].value) && i < s.lastWord) {
            const next = ctx.words[i + 1].value.toLowerCase();
            if (articles.has(next) || ctx.profile!.possessives?.has(next) || ctx.profile!.mainClauseVerb!.determiners.has(next)) infinitive = true;
          }
          if (!verbInClause && (main.participles.has(lower) || main.pluralParticiples.has(lower))) participle = true;
        }
      }
      const inMain = participle || (infinitive && (finite || auxiliary));
      if (!particle && !(opener && finite) && !inMain) continue;
      const text = ctx.text.slice(s.start, s.end);
      const units = splitUnits(text);
      const lower = units.map((u) => u.text.toLowerCase());
      if (particle || (opener && finite)) subordinate(ctx, s.start, text, units, lower, tables);
      if (main && inMain) mainClause(ctx, s.start, text, units, lower, tables, main);
    }
  },
);

/** Verb-final subordinate clauses and zu-infinitives before their object (see the file comment). */
function subordinate(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables): void {
  const profile = ctx.profile!;
  const articles = profile.articles!;
  const isVerbForm = (i: number) => units[i]?.kind === 'word' && /^\p{Ll}\p{L}*(?:t|en|n)$/u.test(units[i].text) && !articles.has(lower[i]) && !profile.functionWords.has(lower[i]);
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
  // Where a zu-infinitive's object ends: at its clause's end (a mark, a subordinator, a
  // coordinator, "um", the next zu-infinitive: "zu sparen die Produktion zu verlagern" is no
  // object "die Produktion zu verlagern"), and whether a new clause starts there, so that the
  // zu-infinitive may move before it ("und" may join two objects: "zu kaufen die Firma und die
  // Marke").
  const openers = clauseOpeners(ctx.language, false);
  const objectEnd = (from: number): { end: number; movable: boolean } => {
    for (let k = from; k < units.length; k++) {
      if (units[k].kind === 'punct' && /^[,.;:!?()–—]$/.test(units[k].text)) return { end: k, movable: true };
      if (k === from || units[k].kind !== 'word') continue;
      if (openers.has(lower[k]) || tables.infinitiveOpeners?.has(lower[k])) return { end: k, movable: true };
      if (profile.coordinators.has(lower[k]) || (lower[k] === tables.infinitiveParticle && isVerbForm(k + 1))) return { end: k, movable: false };
    }
    return { end: units.length, movable: true };
  };
  const edits = generateCandidates({ text, units, language: ctx.language, kinds: ['verb-final', 'infinitive'] });
  // The units the edits reported so far cover (a flag per unit, not a search of every taken
  // edit per edit: that was quadratic on a long sentence).
  const taken = new Uint8Array(units.length + 1);
  const overlaps = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return true;
    return false;
  };
  for (const e of edits) {
    if (e.kind === 'verb-final') {
      if (overlaps(e.from, e.to)) continue; // the first of overlapping edits
      const main = e.to - e.from === 2 ? mainClause(e.from) : false;
      const strict = e.to - e.from === 2 && isVerbForm(e.from + 1) && closes(e.to) && !verbCluster(e.from) && main !== true;
      if (!strict) continue;
      report(ctx, offset + units[e.from].start, offset + units[e.to - 1].end, e.text, e.kind, main === 'maybe');
      taken.fill(1, e.from, e.to);
    } else if (e.kind === 'infinitive') {
      if (!isVerbForm(e.from + 1) || !articles.has(lower[e.from + 2])) continue;
      const { end, movable } = objectEnd(e.from + 2);
      if (overlaps(e.from, end)) continue;
      const moved = movable ? rotate(text, units, e.from, e.from + 2, end) : undefined;
      report(ctx, offset + units[e.from].start, offset + units[end - 1].end, moved, e.kind);
      taken.fill(1, e.from, end);
    }
  }
}

/** What the main-clause patterns read, loaded once per rule context's language. */
interface MainClauseWords {
  participles: { has(word: string): boolean };
  pluralParticiples: { has(word: string): boolean };
  /** The dictionary's infinitives (empty without dictionary files), read on first use (~90 ms for dictionary-de). */
  readonly infinitives: ReadonlySet<string>;
}

function mainClauseWords(ctx: RuleContext): MainClauseWords | undefined {
  const cfg = ctx.profile!.mainClauseVerb!;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller) return undefined;
  return {
    participles: loadWordList(cfg.participles),
    pluralParticiples: loadWordList(cfg.pluralParticiples),
    get infinitives() {
      return dictionaryVerbs(speller, cfg.infinitive) ?? new Set<string>();
    },
  };
}

/**
 * A main clause that kept the source's order: its subject, then a past participle standing as
 * its verb and an object ("Das Unternehmen zuvor beworben seine Fähigkeit"), or an infinitive
 * after its finite verb and before an object ("ist dies der Fall auslaufen diese Fähigkeit").
 */
function mainClause(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables, words: MainClauseWords): void {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const speller = ctx.doc.resources.speller(ctx.language)!;
  const articles = profile.articles ?? new Set<string>();
  const prepositions = profile.prepositions ?? new Set<string>();
  const possessives = profile.possessives ?? new Set<string>();
  const pronouns = profile.pronouns ?? new Set<string>();
  const phrases = cfg.adverbs.map((a) => a.split(' '));
  const isWord = (k: number) => units[k]?.kind === 'word';
  const capital = (k: number) => isWord(k) && /^\p{Lu}/u.test(units[k].text);
  const small = (k: number) => isWord(k) && /^\p{Ll}/u.test(units[k].text);
  // Articles proper, possessives and the profile's determiners: not a contraction ("im", "zum"),
  // which opens a prepositional phrase, after which the verb comes second ("Im Mai verboten die Behörden").
  const determiner = (k: number) =>
    isWord(k) && ((articles.has(lower[k]) && !prepositions.has(lower[k]) && tables.articleFamilies.some((f) => f.includes(lower[k]))) || possessives.has(lower[k]) || cfg.determiners.has(lower[k]));
  const participle = (k: number) => words.participles.has(lower[k]) || words.pluralParticiples.has(lower[k]);
  const finite = (k: number) => tables.finiteVerbs.has(lower[k]) || profile.finiteAuxiliaries?.has(lower[k]) === true;
  const name = (k: number) => !speller.isCommonNoun(units[k].text, profile.nounFlags ?? '') && !(profile.capitalizesNouns && !speller.correct(units[k].text) && /(?:e|en|er|s)$/u.test(units[k].text));

  // The participle: the sentence, or a main clause after a comma and a coordinator ("…, und das
  // Unternehmen …"), opens with its subject (an article, adjectives and nouns, a pronoun, or a
  // name: a capitalized word whose small form is no word, unlike "So", "Heute").
  const participleAsVerb = (s0: number): void => {
    let k = s0;
    let singular: boolean;
    if (determiner(s0)) {
      singular = cfg.singular.has(lower[s0]);
      k = s0 + 1;
      while (small(k) && /(?:e|en|er|es|em)$/u.test(lower[k]) && !participle(k) && !finite(k)) k++;
      if (!capital(k)) return;
      while (capital(k)) k++;
    } else if (pronouns.has(lower[s0]) && (s0 > 0 || capital(s0))) {
      singular = cfg.singular.has(lower[s0]);
      k = s0 + 1;
    } else if (capital(s0) && !speller.correct(lower[s0])) {
      while (capital(k)) k++;
      singular = name(k - 1);
    } else return;
    const subjectEnd = k;
    k = adverbs(phrases, lower, k);
    const p = k;
    if (!small(p)) return;
    const only = words.participles.has(lower[p]);
    // ("verboten" is "they banned" too: a participle only after a singular subject, and after
    // one with an article only before no word that opens a plural one: "Dieses Jahr verboten die
    // Behörden …" has its verb.)
    const plural = !only && words.pluralParticiples.has(lower[p]);
    const next = p + 1;
    const object = determiner(next) || capital(next);
    const pluralSubject = (determiner(next) && /e$/u.test(lower[next])) || (capital(next) && !name(next));
    if (!object || !(only || (plural && singular && !(pluralSubject && determiner(s0))))) return;
    // The suggestion: the auxiliary second, the participle at the clause's end, where it ends
    // at a mark with nothing of another clause or verb before it.
    const auxiliary = singular ? cfg.auxiliary.singular : cfg.plural.has(lower[s0]) ? cfg.auxiliary.plural : undefined;
    let end = next;
    let simple = auxiliary !== undefined;
    for (; end < units.length; end++) {
      if (units[end].kind === 'punct' && /^[,.;:!?()–—]$/.test(units[end].text)) break;
      if (units[end].kind !== 'word') continue;
      if (finite(end) || participle(end) || profile.subordinators.has(lower[end]) || profile.coordinators.has(lower[end]) || lower[end] === tables.infinitiveParticle || tables.infinitiveOpeners?.has(lower[end])) {
        simple = false;
        break;
      }
    }
    if (end - next > 20) simple = false;
    const from = subjectEnd < p ? subjectEnd : p;
    const start = offset + units[from].start;
    const verb = units[p].text;
    if (simple && auxiliary !== undefined) {
      const before = from < p ? text.slice(units[from].start, units[p - 1].end) + ' ' : '';
      const suggestion = `${auxiliary} ${before}${text.slice(units[next].start, units[end - 1].end)} ${verb}`;
      const stop = offset + units[end - 1].end;
      if (ctx.isClaimed(start, stop)) return;
      ctx.report({
        start,
        end: stop,
        message: `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${suggestion}\`: the past participle \`${verb}\` stands as the main clause's verb, its auxiliary left out (or the past tense was meant)`,
        expected: [suggestion],
      });
    } else {
      const at = offset + units[p].start;
      if (ctx.isClaimed(at, at + verb.length)) return;
      ctx.report({
        start: at,
        end: at + verb.length,
        message: `Unexpected past participle \`${verb}\` as the main clause's verb: its auxiliary is missing (${(auxiliary ? [auxiliary] : [cfg.auxiliary.singular, cfg.auxiliary.plural]).map((a) => `\`${a} … ${verb}\``).join(' or ')}), or the past tense was meant`,
        expected: [],
      });
    }
  };
  if (isWord(0)) participleAsVerb(0);
  for (let k = 1; k + 1 < units.length; k++) {
    if (units[k - 1].text === ',' && (profile.coordinators.has(lower[k]) || cfg.joiners.has(lower[k])) && isWord(k + 1)) participleAsVerb(k + 1);
  }

  // The infinitive: after a finite verb of its clause (since the last mark, subordinator or
  // coordinator), not after the infinitive particle, and before a determiner.
  let verb = -1;
  for (let k = 0; k + 1 < units.length; k++) {
    if (units[k].kind === 'punct' && /^[,;:()–—"„“”«»]$/.test(units[k].text)) verb = -1;
    if (!isWord(k)) continue;
    if (profile.subordinators.has(lower[k]) || profile.coordinators.has(lower[k]) || tables.clauseOpeners.has(lower[k]) || cfg.joiners.has(lower[k])) {
      verb = -1;
      continue;
    }
    if (finite(k)) {
      if (verb < 0) verb = k;
      continue;
    }
    if (verb < 0 || !small(k) || lower[k - 1] === tables.infinitiveParticle || !determiner(k + 1)) continue;
    // (Not after an article or a preposition: an adjective or a number, "einer reifen", "bei sieben".)
    if (profile.functionWords.has(lower[k]) || articles.has(lower[k]) || prepositions.has(lower[k]) || determiner(k - 1) || prepositions.has(lower[k - 1])) continue;
    if (!words.infinitives.has(lower[k])) continue;
    const start = offset + units[k].start;
    const end = offset + units[k].end;
    if (ctx.isClaimed(start, end)) continue;
    ctx.report({
      start,
      end,
      message: `Unexpected infinitive \`${units[k].text}\` in the middle of a main clause, after its finite verb \`${units[verb].text}\`: an infinitive goes at the clause's end, or another verb was meant`,
      expected: [],
    });
    verb = -1;
  }
}

/** The unit after the adverbs (phrases of one or more words, in small letters) that start at unit `k`. */
function adverbs(phrases: ReadonlyArray<readonly string[]>, lower: readonly string[], k: number): number {
  for (;;) {
    const phrase = phrases.find((a) => a.every((w, i) => lower[k + i] === w));
    if (!phrase) return k;
    k += phrase.length;
  }
}

function report(ctx: RuleContext, start: number, end: number, reordered: string | undefined, kind: string, maybe = false): void {
  if (ctx.isClaimed(start, end)) return;
  if (reordered === undefined) {
    ctx.report({
      start,
      end,
      message: `Unexpected \`${ctx.text.slice(start, end)}\`: the zu-infinitive goes after its object, which is not told apart from what follows it`,
      expected: [],
    });
    return;
  }
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
