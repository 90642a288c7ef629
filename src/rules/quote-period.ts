/**
 * Period and closing quote: where a quotation is embedded in a sentence, the sentence's
 * period goes after the closing quote (German `nie gehört haben“.`, French `« succès ».`).
 * A quoted full sentence keeps its period inside: one whose opening mark starts the
 * sentence (or the paragraph) or follows a colon (`Er sagte: „Ich komme.“`), one that starts
 * with a capitalized word that is neither a noun nor a name (`schloss mit „Auf dem Balkan lernt man …“`),
 * and the second part of a quotation split by an inserted clause (`„Das ist“, sagte er,
 * „ein Problem.“`). Periods of ellipses, ordinals and abbreviations are not moved.
 *
 * Runs for the languages whose profile sets `periodOutsideEmbeddedQuote`. The pairs come
 * from the quotes rule, and the fix writes the closing mark the way that rule expects it (in
 * the style the document quotes in: »…«. in a German text that quotes so), so that both fixes
 * agree when they meet.
 *
 * @example
 *   in:  'Sie nannte es „das größte Unternehmen, von dem Sie noch nie gehört haben.“'
 *   out: 'Sie nannte es „das größte Unternehmen, von dem Sie noch nie gehört haben“.'
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { isCapitalized } from '../core/segment.js';
import { PROFILES } from '../languages/index.js';
import { closingAfterFixes, quotePairs, type QuotePair } from './quotes.js';

/** Punctuation that ends a sentence; after it a quotation starts a new one. */
const SENTENCE_END = /[.!?…]/u;
/** Closing marks and brackets that may stand between a sentence end and the next opening mark. */
const CLOSERS = /["“”»«’‘)\]]/u;

export default defineRule(
  {
    id: 'quote-period',
    description: 'A sentence period goes after the closing quote of an embedded quotation (German „…“.).',
    category: 'punctuation',
    severity: 'warning',
    languages: PROFILES.filter((p) => p.periodOutsideEmbeddedQuote).map((p) => p.code),
    fix: 'safe',
    languageOf: 'document',
    examples: {
      flag: [
        { lang: 'it', text: 'Ha definito la proposta «inaccettabile.» Poi se n’è andato.', output: 'Ha definito la proposta «inaccettabile». Poi se n’è andato.' },
        { lang: 'pt', text: 'Ele chamou a proposta de “inaceitável.” Depois foi embora.', output: 'Ele chamou a proposta de “inaceitável”. Depois foi embora.' },
        { lang: 'nl', text: 'Hij noemde het voorstel “onaanvaardbaar.” Daarna vertrok hij.', output: 'Hij noemde het voorstel “onaanvaardbaar”. Daarna vertrok hij.' },
        { lang: 'it', text: 'Il ministro ha detto: «Non ci sono le condizioni.».', output: 'Il ministro ha detto: «Non ci sono le condizioni».' },
        {
          lang: 'de',
          text: 'Sie nannte es „das größte Unternehmen, von dem Sie noch nie gehört haben.“',
          output: 'Sie nannte es „das größte Unternehmen, von dem Sie noch nie gehört haben“.',
        },
        { lang: 'de', text: 'Er nannte es „gut.“ Dann ging er.', output: 'Er nannte es „gut“. Dann ging er.' },
        { lang: 'de', text: 'Der Trainer lobte „den starken Auftritt von Rasmussen.“ Danach ging er.', output: 'Der Trainer lobte „den starken Auftritt von Rasmussen“. Danach ging er.' },
        { lang: 'de', text: 'Prosper sagte, „die Firma sei verantwortlich.“', output: 'Prosper sagte, „die Firma sei verantwortlich“.' },
        { lang: 'fr', text: 'Il parle d\'un «\u00A0succès.\u00A0»', output: 'Il parle d\'un «\u00A0succès\u00A0».' },
        { lang: 'es', text: 'Dijo que era «un éxito.»', output: 'Dijo que era «un éxito».' },
        // With a space before the period, which goes too.
        { lang: 'es', text: 'Dijo que era «un éxito .» Luego se fue.', output: 'Dijo que era «un éxito». Luego se fue.' },
        // A period on both sides of the closing mark.
        { lang: 'de', text: 'Er sagte: „Wir werden das Problem lösen.“.', output: 'Er sagte: „Wir werden das Problem lösen.“' },
        { lang: 'de', text: 'Sie nannte es „das größte Unternehmen.“. Dann ging sie.', output: 'Sie nannte es „das größte Unternehmen“. Dann ging sie.' },
        { lang: 'de', text: 'Er liest jeden Morgen die „Süddeutsche Zeitung.“. Das sagt er.', output: 'Er liest jeden Morgen die „Süddeutsche Zeitung“. Das sagt er.' },
        { lang: 'de', text: 'Er sagte: „Wir lösen das.“.Die Frage bleibt.', output: 'Er sagte: „Wir lösen das.“ Die Frage bleibt.' },
        // Spanish (the RAE): the period after the closing mark, also after a quoted sentence.
        { lang: 'es', text: 'Dijo: «No vamos a ceder.».', output: 'Dijo: «No vamos a ceder».' },
        { lang: 'de', text: 'Bradbury beschrieb sich als „Vorbeuger der Zukunft, nicht als deren Vorhersager.“', output: 'Bradbury beschrieb sich als „Vorbeuger der Zukunft, nicht als deren Vorhersager“.' },
        // German »…«, accepted as it is.
        { lang: 'de', text: 'Sie nannte es »das größte Unternehmen.« Dann ging sie.', output: 'Sie nannte es »das größte Unternehmen«. Dann ging sie.' },
      ],
      pass: [
        { lang: 'it', text: 'Ha chiesto: «Vieni?» Poi è uscito.' },
        // (A period quoted on its own: the quotation is the mark.)
        { lang: 'fr', text: 'Inclure les entrées débutant par «\u00A0.\u00A0»\n\nOmettre les fichiers.' },
        { lang: 'it', text: 'Ha lavorato per «Rossi & C.» Poi se n’è andato.' },
        { lang: 'de', text: '„Wir glauben nicht, dass sie verantwortlich waren, aber es gab Fehler, die Sie hätten prüfen sollen.“' },
        { lang: 'de', text: 'Das Unternehmen behauptet, es sei „kategorisch falsch, Hikvision als Bedrohung darzustellen“.' },
        { lang: 'de', text: 'Er sagte: „Ich komme.“' },
        { lang: 'de', text: 'Er sagte, „Ich komme.“' },
        { lang: 'de', text: '„Das ist“, sagte Prosper am Montag, „ein Problem.“' },
        { lang: 'de', text: 'Norman schloss seine Ermahnung mit „Auf dem Balkan lernt man, die Türken zu hassen.“' },
        { lang: 'fr', text: 'Il a conclu par « Je reviendrai. »' },
        { lang: 'de', text: 'Er zögerte. „Ich komme.“ Dann ging er.' },
        { lang: 'de', text: 'Er fragte „warum?“ und ging.' },
        { lang: 'de', text: 'Sie nannte es „großartig.“, sagte er.' },
        { lang: 'de', text: 'Sie nannte es „großartig.“ und ging.' },
        { lang: 'de', text: 'Er arbeitet bei „Müller & Co.“' },
        { lang: 'de', text: 'Er arbeitet bei „Müller & Co.“. Dann ging er.' },
        { lang: 'de', text: 'Er wohnt in der „Hauptstr.“. Dann ging er.' },
        { lang: 'de', text: 'Die Firma heißt „Karl Schmidt jun.“' },
        { lang: 'de', text: 'Berlin (dpa) – „Deutschland ist bereit.“ Das sagte der Minister am Montag.' },
        { lang: 'fr', text: 'Paris (AFP) – «\u00A0Bruxelles doit agir maintenant.\u00A0» C’est par ces mots qu’il a conclu.' },
        { lang: 'de', text: 'Nintendo veröffentlichte 1983 das Arcade-Spiel „Mario Bros.“' },
        { lang: 'es', text: 'Trabajó para «Warner Bros.» Después se fue.' },
        { lang: 'de', text: 'Der Roman spielt im „Berlin des 19. Jhs.“ Die Kritik lobte ihn.' },
        { lang: 'de', text: 'Er wohnt in der „Bahnhofstr.“' },
        { lang: 'de', text: 'Er spielte die Hauptrolle in „Richard III.“' },
        { lang: 'es', text: 'El acuerdo se firmó con «Pfizer Inc.»' },
        { lang: 'fr', text: 'Il a signé avec «\u00A0Pfizer Inc.\u00A0»' },
        { lang: 'de', text: 'Sie warb mit „Fotos, Videos usw.“' },
        { lang: 'de', text: 'Das geschah „am 3.“' },
        { lang: 'de', text: 'Sie nannte es „etwas …“' },
        { lang: 'de', text: '- „Ich komme.“' },
        { lang: 'fr', text: 'Il a dit\u00A0: «\u00A0Je viens.\u00A0»' },
        { lang: 'es', text: 'Habló de una «buena relación con EE. UU.» Luego se fue.' },
        { lang: 'es', text: 'Pidió «medidas concretas, p. ej.» Luego se fue.' },
        { lang: 'fr', text: 'Il cite «\u00A0Dupont & Cie.\u00A0» Puis il part.' },
      ],
    },
  },
  (ctx) => {
    const pairs = quotePairs(ctx);
    if (!pairs) return;
    const { text } = ctx;
    let previous: QuotePair | undefined;
    for (const pair of pairs) {
      if (pair.depth !== 0) continue;
      const resumed = previous !== undefined && RESUMED.test(text.slice(previous.close.end, pair.open.index));
      previous = pair;
      if (!pair.fixable || resumed) continue;
      const period = pair.close.start - 1;
      if (text[period] !== '.') continue;
      const speller = ctx.doc.resources.speller(ctx.language);
      // In a paragraph of another language, its own abbreviations count too ("Jr." in English).
      const ownSpeller = ctx.own ? ctx.doc.resources.speller(ctx.own.language) : undefined;
      const abbreviations = ctx.own?.profile?.abbreviations ? new Set([...(ctx.profile?.abbreviations ?? []), ...ctx.own.profile.abbreviations]) : (ctx.profile?.abbreviations ?? new Set<string>());
      const withPeriod = (w: string) => [speller, ownSpeller].some((sp) => sp !== undefined && !sp.correct(w) && sp.correct(`${w}.`));
      // A period on both sides of the closing mark („… lösen.“.): one too many. A quoted full
      // sentence keeps its own, an embedded quotation the sentence's after it. (Not after an
      // abbreviation, "Co.“.", whose period is no sentence's.)
      // (Not after a word the dictionary knows with its period, whatever its length: "Hauptstr.“.")
      // (Or a compound that ends in one of the language's abbreviations: "Hauptstr.", "Vizepräs."
      // is not, but "Bahnhofstr." is.)
      // (The part before the abbreviation a word of its own, "Bahnhof|str": "Rasmus|sen" and
      // "Paschin|jan" are names, not compounds.)
      const abbreviated = (w: string) =>
        withPeriod(w) ||
        (w.length > 3 &&
          !(speller?.correct(w) ?? true) &&
          [...abbreviations].some((a) => a.length >= 3 && w.length > a.length + 2 && w.toLowerCase().endsWith(a) && (speller?.correct(w.slice(0, w.length - a.length)) ?? false)));
      // A short capitalized word no dictionary knows, of three letters or without a vowel, may
      // be an abbreviation the lists lack ("Meier Gbr.", "Dupont & Fils Ets.", "Schmidt Wwe."):
      // its period is then no sentence's. (A name of four letters or more, "Moyu", is a word.)
      const unknownShort = (w: string) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        (w.length <= 3 || (w.length <= 5 && !/[aeiouyäöüàâéèêëîïôûùáíóú]/u.test(w))) &&
        [speller, ownSpeller].every((sp) => sp === undefined || (!sp.correct(w) && !sp.correct(w.toLowerCase())));
      // (Spaces between the closing mark and the second period, "„Ja.“ .", go too: removed by
      // the spacing rule alone, they left a double period for the next run.)
      let outer = pair.close.end;
      while (text[outer] === ' ' || text[outer] === '\t') outer++;
      const before = wordBefore(text, period);
      if (text[outer] === '.' && text[outer + 1] !== '.' && endsWithWord(text, period, abbreviations, withPeriod) && !abbreviated(before) && !unknownShort(before)) {
        // (A full sentence only where the quotation opens a sentence or follows a colon: "die
        // „Süddeutsche Zeitung.“." is a title, whatever its first word.)
        const full = startsSentence(text, pair.open.index) && !ctx.profile?.periodAfterQuotation;
        const actual = text.slice(period, outer + 1);
        // (A letter right after: the space the sentence end needs.)
        const space = /\p{L}/u.test(text[outer + 1] ?? '') ? ' ' : '';
        const closing = closingAfterFixes(text, pair);
        const fix = (full ? text.slice(period, pair.close.start) + closing : closing + '.') + space;
        ctx.report({
          start: period,
          end: outer + 1,
          message: `Unexpected \`${actual.replace(/\s/g, '')}\`, expected \`${fix.replace(/\s/g, '')}\`: the sentence has one period, ${full ? 'inside the quoted sentence' : 'after the embedded quotation'}`,
          fix,
        });
        continue;
      }
      if (!sentenceFinal(text, pair) || startsSentence(text, pair.open.index)) continue;
      if (quotesSentence(ctx, pair)) continue;
      if (!endsWithWord(text, period, abbreviations, withPeriod) || abbreviated(before)) continue;
      // (A space before the period, "« succès . »", goes with it: fixed apart by the spacing
      // rule, the two fixes overlapped and this one waited for the next run.)
      let start = period;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      if (start < period && !/[\p{L}\p{M}\p{N}]/u.test(text[start - 1] ?? '')) start = period;
      const actual = text.slice(start, pair.close.end);
      const fix = closingAfterFixes(text, pair) + '.';
      const maybeAbbreviation = unknownShort(before);
      ctx.report({
        start,
        end: pair.close.end,
        message: maybeAbbreviation
          ? `\`${actual.replace(/\s/g, '')}\`: the sentence's period goes after the closing quote of an embedded quotation, unless \`${before}.\` is an abbreviation (then add the sentence's period after the quote)`
          : `Unexpected \`${actual.replace(/\s/g, '')}\`, expected \`${fix.replace(/\s/g, '')}\`: the sentence's period goes after the closing quote of an embedded quotation`,
        ...(maybeAbbreviation ? { expected: [fix], severity: 'warning' as const } : { fix }),
      });
    }
  },
);

/** The word that ends at `index` (letters and digits before it). */
function wordBefore(text: string, index: number): string {
  let k = index;
  while (k > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[k - 1])) k--;
  return text.slice(k, index);
}

/** Between two parts of one quoted sentence: `„Das ist“, sagte er, „ein Problem.“`. */
const RESUMED = /^\s*,[^.!?:;„“”"«»]{1,80},\s*$/u;

/**
 * Whether the closing mark ends the sentence: the block ends after it, or whitespace and
 * then a new sentence (a capital, a digit, an opening quote or bracket) or a line break.
 */
function sentenceFinal(text: string, pair: QuotePair): boolean {
  const rest = text.slice(pair.close.end, pair.close.end + 12);
  return rest === '' || (/^\s*(?:$|\n|[\p{Lu}\p{N}„“”"«»‚‘(\[])/u.test(rest) && /^\s/u.test(rest));
}

/**
 * Whether the quotation reads as a full sentence of its own: its first word is capitalized
 * though the dictionary knows it in lower case, so neither a German noun nor a name
 * (`mit „Auf dem Balkan lernt man …“`, `sagte, „Ich komme.“`, but not `„Bibliographie …“`, `"Moyu."`).
 */
function quotesSentence(ctx: RuleContext, pair: QuotePair): boolean {
  const first = ctx.words.find((w) => w.start > pair.open.index);
  if (!first || first.start >= pair.close.index || !isCapitalized(first.value)) return false;
  const lower = first.value.toLowerCase();
  return ctx.profile?.functionWords.has(lower) || (ctx.doc.resources.speller(ctx.language)?.correct(lower) ?? false);
}

/** Whether the opening mark at `index` starts a sentence (or a line), or follows a colon. */
function startsSentence(text: string, index: number): boolean {
  // Only whitespace, bullets or dashes since the line began: "- „Ich komme.“".
  let k = index - 1;
  while (k >= 0 && /[^\S\n]|[-–—•*·]/u.test(text[k])) k--;
  if (k < 0 || text[k] === '\n') return true;
  k = index - 1;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  // After a colon, or a spaced dash after a dateline or a time ("Berlin (dpa) – „…“", "18.05 Uhr – „…“").
  if (text[k] === ':') return true;
  if ((text[k] === '–' || text[k] === '—') && /\s/u.test(text[k - 1] ?? '')) return true;
  while (k >= 0 && CLOSERS.test(text[k])) k--;
  return k >= 0 && SENTENCE_END.test(text[k]);
}

/**
 * Whether the period at `index` ends an ordinary word, not an ellipsis ("..."), an ordinal
 * or date ("am 3."), an initial or an abbreviation ("Co.", "z. B.", "U.S.").
 */
function endsWithWord(text: string, index: number, abbreviations: ReadonlySet<string>, abbreviation: (word: string) => boolean): boolean {
  let k = index;
  while (k > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[k - 1])) k--;
  const word = text.slice(k, index);
  // (Not a period quoted on its own, "« . »", "„.“": the quotation is the mark, not a sentence.)
  if (word === '') return text[index - 1] !== '.' && !/[«„“‚‹›"'‘]\s*$/u.test(text.slice(Math.max(0, index - 3), index));
  if (/^\p{N}+$/u.test(word) || word.length === 1 || text[k - 1] === '.') return false;
  // The second half of a spaced abbreviation ("EE. UU.", "p. ex.", "z. B."), a doubled-letter
  // plural abbreviation ("UU", "CC. OO."), or a word the dictionary knows only with its period ("janv.").
  if (/(?:^|[\s(„“"«‚])\p{L}{1,3}\.\s$/u.test(text.slice(Math.max(0, k - 6), k))) return false;
  if (/^(\p{Lu})\1$/u.test(word)) return false;
  // A Roman ordinal ("Richard III.", "Heinrich VIII."): its period is the number's.
  if (/^[IVXLCDM]{2,}$/.test(word)) return false;
  if (abbreviations.has(word.toLowerCase())) return false;
  return !(word.length <= 6 && abbreviation(word));
}
