/**
 * A title of office written with a capital before a name, in a language that writes it in
 * small letters there (the profile's `officeTitles`: French "le président Macron", Spanish
 * "el rey Felipe", Italian "il ministro Nordio"), as machine translation from English
 * ("President Macron") leaves it: "le Président Macron". Listed for review: a title of a
 * work may hold one ("le Roi Lion"). Left where the text shows a title of a work: in a short
 * quotation (five words at most: "« L’anello di Re Salomone »", not a sentence quoted), in
 * Markdown emphasis ("*le Roi Lion*", "le *Roi Lion*"), after a noun that names a work (the
 * profile's `workNouns`: "le film le Roi Lion"). Whether the word after it is a name cannot be
 * told by the dictionary: "Macron", "Borne", "Conte", "Draghi", "Meloni" are words too.
 *
 * A title that begins a sentence of prose before a name lacks its article ("Presidente
 * Mattarella ha firmato"): listed with the article the profile gives (`articles`) and small
 * letters, "Il presidente"; not a vocative ("Presidente Sánchez, ¿qué opina?"), a heading, a
 * sentence without a stop or in title case (a headline's), a street's or a station's name
 * ("Príncipe Pío es una estación"), a title of its own before a preposition ("Director General
 * de la UNESCO"); nor in a language that begins such a sentence with the title alone (Dutch
 * "Premier Schoof sprak": the profile's `bareAtStart`).
 *
 * Elsewhere, only a title between a word in small letters (an article, a preposition: "du
 * Président Macron"), or one of the words that make a title of it (`before`: "le Premier Ministre
 * Attal"), or the article or preposition that begins the sentence ("Le Président Macron a
 * parlé"), and a capitalized word, on one line, with spaces between. Left alone: a title
 * after another first word ("Caro Presidente"), a title before another word ("le Président de la République", an
 * institution, which French writes with a capital), a run of titles ("le Président Directeur
 * Général") and a glossary term that holds it.
 *
 * @example
 *   in:  "Il a rencontré le Président Macron à Paris."
 *   suggestion: "président"
 */
import { defineRule } from '../core/rule.js';
import { isVerbatim, toSource } from '../core/document.js';
import type { RuleContext } from '../core/rule.js';
import { PROFILES, STREET_WORDS as STREETS } from '../languages/index.js';
import { casedLike, inDocumentApostrophe } from './article-form.js';

const SPACES = /^[ \u00A0\u202F]+$/u;
/** An elided article or preposition written onto its word ("all’università"). */
const ELIDED = /^\p{L}{1,5}['’]/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;
/** A word with its first letter capital only ("Le", "A"). */
const CAPITALIZED_OR_ONE = /^\p{Lu}\p{Ll}*$/u;
/** Opening quotation marks and their closing ones; a straight quote closes itself. */
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '‘': '’', '"': '"', '‹': '›' };
/** The most words a quotation that names a work has here ("L’anello di Re Salomone"); a longer one is a sentence quoted. */
const TITLE_WORDS = 5;

/**
 * Whether `[start, end)` of the block text stands in a short quotation of its sentence's line
 * ("« Le Roi Lion »", "\"L'anello di Re Salomone\""): an opening mark before it and its
 * closing mark after it, with at most TITLE_WORDS words between, on one line.
 */
function inShortQuotation(text: string, start: number, end: number): boolean {
  for (let open = start - 1; open >= 0 && text[open] !== '\n'; open--) {
    // (A closing mark first: the word stands after a quotation, not in one.)
    if (/[»”›]/u.test(text[open])) return false;
    const close = QUOTES[text[open]];
    if (close === undefined) continue;
    // (A straight quote opens only after a space or the line's start; after a word it closes.)
    if (open > 0 && !/[\s(\[—–]/u.test(text[open - 1])) {
      if (text[open] === '"') return false;
      continue;
    }
    const shut = text.indexOf(close, end);
    const line = text.indexOf('\n', end);
    if (shut < 0 || (line >= 0 && line < shut)) return false;
    return (text.slice(open + 1, shut).match(/\p{L}+/gu) ?? []).length <= TITLE_WORDS;
  }
  return false;
}

/** Whether Markdown emphasis opens right before the block text's offset `start` (`*le Roi Lion*`, `le _Roi Lion_`). */
function emphasisBefore(ctx: RuleContext, start: number): boolean {
  const at = toSource(ctx.block, start);
  return /[*_]$/u.test(ctx.doc.source.slice(Math.max(0, at - 2), at));
}

export default defineRule(
  {
    id: 'office-title',
    description: 'A title of office written with a capital before a name, in a language that writes it in small letters there ("le Président Macron").',
    category: 'capitalization',
    severity: 'warning',
    // (The profiles that list `officeTitles`.)
    languages: PROFILES.filter((p) => p.officeTitles).map((p) => p.code),
    fix: 'review',
    examples: {
      flag: [
        { lang: 'fr', text: 'Il a rencontré le Président Macron à Paris.', output: 'Il a rencontré le président Macron à Paris.' },
        { lang: 'fr', text: 'Selon le Premier Ministre Attal, la réforme passera.', output: 'Selon le Premier ministre Attal, la réforme passera.' },
        { lang: 'fr', text: 'Le discours du Pape François a été bref.', output: 'Le discours du pape François a été bref.' },
        { lang: 'es', text: 'Se reunió con el Presidente Sánchez y con el Rey Felipe VI.', output: 'Se reunió con el presidente Sánchez y con el Rey Felipe VI.' },
        { lang: 'es', text: 'Lo anunció la Ministra Montero en Madrid.', output: 'Lo anunció la ministra Montero en Madrid.' },
        { lang: 'it', text: 'Ha incontrato il Ministro Nordio a Roma.', output: 'Ha incontrato il ministro Nordio a Roma.' },
        { lang: 'pt', text: 'Ele se reuniu com o Ministro Haddad em Brasília.', output: 'Ele se reuniu com o ministro Haddad em Brasília.' },
        { lang: 'it', text: 'Lo ha detto il Presidente Mattarella.', output: 'Lo ha detto il presidente Mattarella.' },
        { lang: 'nl', text: 'Het kabinet van Premier Schoof viel in juni.', output: 'Het kabinet van premier Schoof viel in juni.' },
        { lang: 'nl', text: 'Ze sprak met Koning Willem-Alexander.', output: 'Ze sprak met koning Willem-Alexander.' },
        // A sentence quoted is no title of a work.
        { lang: 'fr', text: '« Nous avons reçu hier à Paris le Président Macron », a-t-il dit.', output: '« Nous avons reçu hier à Paris le président Macron », a-t-il dit.' },
        // Italian and Spanish write "primo ministro", "primer ministro" small; French "le Premier ministre".
        { lang: 'it', text: 'Lo ha detto il Primo Ministro Meloni.', output: 'Lo ha detto il primo ministro Meloni.' },
        { lang: 'es', text: 'Lo dijo el Primer Ministro Sunak.', output: 'Lo dijo el primer ministro Sunak.' },
        // After the article that begins the sentence, where machine translation puts it most ("President Macron said").
        { lang: 'fr', text: 'Le Président Macron a parlé hier.', output: 'Le président Macron a parlé hier.' },
        { lang: 'es', text: 'El Ministro Bolaños habló ayer.', output: 'El ministro Bolaños habló ayer.' },
        { lang: 'it', text: 'Il Ministro Salvini ha parlato ieri.', output: 'Il ministro Salvini ha parlato ieri.' },
        { lang: 'fr', text: 'Le Premier Ministre Attal a parlé.', output: 'Le Premier ministre Attal a parlé.' },
        // A sentence's first words, without the article ("Prime Minister Attal said"): the article the profile gives, and small letters.
        { lang: 'fr', text: 'Premier Ministre Attal a annoncé une réforme.', output: 'Le Premier ministre Attal a annoncé une réforme.' },
        { lang: 'it', text: 'Ieri a Roma. Presidente Mattarella ha firmato la legge.', output: 'Ieri a Roma. Il presidente Mattarella ha firmato la legge.' },
        { lang: 'it', text: 'Primo Ministro Meloni ha parlato.', output: 'Il primo ministro Meloni ha parlato.' },
        { lang: 'it', text: 'Ambasciatore Rossi ha detto di no.', output: 'L’ambasciatore Rossi ha detto di no.' },
        { lang: 'es', text: 'Rey Felipe VI inauguró el puerto.', output: 'El rey Felipe VI inauguró el puerto.' },
      ],
      pass: [
        { lang: 'fr', text: 'Il a rencontré le président Macron à Paris.' },
        // An institution, before no name.
        { lang: 'fr', text: 'Le Président de la République a parlé, puis le Premier ministre.' },
        // A sentence's first words.
        { lang: 'fr', text: 'Président Macron : la réforme passera.' },
        { lang: 'es', text: 'Presidente Sánchez, ¿qué opina?' },
        // (After a first word that is no article or preposition: a heading's, a name's.)
        { lang: 'it', text: 'Caro Presidente Mattarella, le scrivo.' },
        { lang: 'pt', text: 'O Presidente Marcelo Rebelo de Sousa promulgou o diploma.' },
        // (Dutch writes a title that begins a sentence without an article: `bareAtStart`.)
        { lang: 'nl', text: 'Premier Schoof sprak donderdag in Brussel. Wethouder Broeksma was er ook.' },
        // (A vocative, a headline: in title case, without a stop.)
        { lang: 'it', text: 'Presidente Mattarella, grazie di essere qui.' },
        { lang: 'it', text: 'Presidente Mattarella Firma la Legge Elettorale.' },
        { lang: 'it', text: 'Presidente Mattarella firma la legge' },
        { lang: 'it', text: 'Il Liverpool ha vinto la Premier League. Premier League e Liga sono iniziate.' },
        // A run of titles, after a quotation mark or a line break.
        { lang: 'fr', text: 'Il est le Président Directeur Général du groupe.' },
        { lang: 'it', text: 'Il titolo era «Ministro Nordio in visita».' },
        { lang: 'es', text: 'El papa Francisco y el rey Felipe VI.' },
        // Part of a street's or a place's name.
        { lang: 'fr', text: 'Il habite avenue du Président Wilson, près du stade Roi Baudouin.' },
        { lang: 'es', text: 'Vive en la calle del Rey Francisco y estudia en la universidad Rey Juan Carlos.' },
        { lang: 'it', text: 'Abita in via Principe Amedeo, vicino all’università Re Umberto.' },
        { lang: 'es', text: 'Príncipe Pío es una estación de Madrid. Papa Noel llega esta noche.' },
        // (A title of its own before a preposition, as a signature writes it.)
        { lang: 'es', text: 'Federico Mayor Zaragoza. Director General de la UNESCO.' },
        // A title of a work: in a short quotation, after a noun that names a work.
        { lang: 'fr', text: 'Ils ont vu « le Roi Lion » et lu "Le discours du Roi George".' },
        { lang: 'it', text: 'Konrad Lorenz, "L’anello di Re Salomone", e il film il Re Leone.' },
        // German and English write them so (no `officeTitles`).
        { lang: 'en', text: 'He met President Macron in Paris.' },
        { lang: 'de', text: 'Er traf Präsident Macron in Paris.' },
      ],
    },
  },
  (ctx) => {
    const titles = ctx.profile?.officeTitles;
    if (!titles) return;
    const { words, text } = ctx;
    const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
    const named = (lower: string) => STREETS.has(lower) || titles.places?.has(lower) === true;
    for (let i = 1; i + 1 < words.length; i++) {
      const w = words[i];
      if (!CAPITALIZED.test(w.value)) continue;
      const lower = w.value.toLowerCase();
      if (!titles.nouns.has(lower)) continue;
      const prev = words[i - 1];
      const next = words[i + 1];
      if (prev.sentence !== w.sentence || next.sentence !== w.sentence || ctx.sentences[w.sentence].firstWord === i) continue;
      if (!SPACES.test(text.slice(prev.end, w.start)) || !SPACES.test(text.slice(w.end, next.start))) continue;
      // After a word in small letters ("le", "du"), or a word that makes a title of it ("Premier"),
      // itself after one ("selon le Premier Ministre"), not a sentence's first.
      const written = titles.before?.[prev.value.toLowerCase()];
      const titled = written !== undefined && ctx.sentences[w.sentence].firstWord !== i - 1;
      const from = titled ? i - 2 : i - 1;
      const before = words[from];
      // (Or the sentence's first word, an article or a preposition with its capital: "Le Président Macron a parlé".)
      const opening = ctx.sentences[w.sentence].firstWord === from && CAPITALIZED_OR_ONE.test(before?.value ?? '') && ctx.profile!.functionWords.has(before.value.toLowerCase());
      if (!before || before.sentence !== w.sentence || !(/^\p{Ll}/u.test(before.value) || opening)) continue;
      // Part of a street's or a place's name ("avenue du Président Wilson", "via Principe Amedeo",
      // "la universidad Rey Juan Carlos"): a street or place noun among the three words before.
      if (words.slice(Math.max(0, from - 2), from + 1).some((x) => x.sentence === w.sentence && named(x.value.toLowerCase().replace(ELIDED, '')))) continue;
      // Before a name: a capitalized word that is no title itself ("Président Directeur Général").
      if (!/^\p{Lu}/u.test(next.value) || titles.nouns.has(next.value.toLowerCase()) || titles.notNames?.has(next.value.toLowerCase())) continue;
      // A title of a work: quoted, in emphasis, or after the noun that names it ("le film le Roi Lion").
      if (inShortQuotation(text, before.start, next.end) || emphasisBefore(ctx, before.start) || emphasisBefore(ctx, w.start)) continue;
      if (words.slice(Math.max(0, from - 3), from).some((x) => x.sentence === w.sentence && ctx.profile!.workNouns?.has(x.value.toLowerCase()))) continue;
      // A glossary term holds it ("Président Macron", were it one): written as the glossary has it.
      if (terms.has(w.value) && terms.has(next.value)) continue;
      // With the word before it when the language writes that one otherwise too ("il Primo
      // Ministro" → "il primo ministro"; French keeps "le Premier ministre").
      const start = titled && prev.value !== written ? prev.start : w.start;
      const expected = start === prev.start ? `${written}${text.slice(prev.end, w.start)}${lower}` : lower;
      if (ctx.isClaimed(start, w.end) || !isVerbatim(ctx.block, start, w.end)) continue;
      ctx.report({
        start,
        end: w.end,
        message: `Unexpected \`${text.slice(start, w.end)}\` before a name, expected \`${expected}\`: titles of office are written in small letters there`,
        expected: [expected],
      });
    }
    for (const sentence of ctx.sentences) sentenceStart(ctx, sentence.firstWord, terms);
  },
);

/** A sentence's end: its last word, then closing marks, then the stop a sentence of prose ends with. */
const STOP = /^[^\p{L}\p{N}]*?[.!?…][»”"’)\]]*\s*$/u;

/**
 * A title that begins a sentence before a name, without the article the language writes
 * ("Presidente Mattarella ha firmato", "Premier Ministre Attal a annoncé"), as translation from
 * English ("President Mattarella signed") leaves it: listed with the article of the profile's
 * `articles` and the title in small letters ("Il presidente", "Le Premier ministre"). Only in a
 * sentence of prose: a name (capitalized words) and then a word in small letters ("Presidente
 * Sánchez, ¿qué opina?" is a vocative, "Président Macron : la réforme" a headline's), the
 * sentence ending with a stop, not in title case, not in a heading.
 */
function sentenceStart(ctx: RuleContext, f: number, terms: ReadonlySet<string>): void {
  const titles = ctx.profile!.officeTitles!;
  const { words, text } = ctx;
  if (titles.bareAtStart || f < 0 || ctx.block.kind === 'heading' || ctx.block.scalar !== undefined) return;
  const first = words[f];
  if (!CAPITALIZED.test(first.value)) return;
  const spaced = (a: number, b: number) => words[b] !== undefined && words[b].sentence === first.sentence && SPACES.test(text.slice(words[a].end, words[b].start));
  const firstLower = first.value.toLowerCase();
  // The title, or a word that makes one of it and the title ("Premier Ministre", "Premier ministre").
  let t = f;
  if (titles.before?.[firstLower] !== undefined) {
    t = f + 1;
    if (!spaced(f, t) || !titles.nouns.has(words[t].value.toLowerCase()) || !(CAPITALIZED.test(words[t].value) || /^\p{Ll}+$/u.test(words[t].value))) return;
  } else if (!titles.nouns.has(firstLower)) return;
  const title = words[t];
  // The name: capitalized words, not a title ("Président Directeur Général"), then a word in small letters.
  let k = t + 1;
  if (!spaced(t, k) || !/^\p{Lu}/u.test(words[k].value) || titles.nouns.has(words[k].value.toLowerCase()) || titles.notNames?.has(words[k].value.toLowerCase())) return;
  while (k - t < 4 && spaced(k, k + 1) && /^\p{Lu}/u.test(words[k + 1].value)) k++;
  if (!spaced(k, k + 1) || !/^\p{Ll}/u.test(words[k + 1].value)) return;
  // (A street's, a station's or a place's name: "Príncipe Pío es una estación", "Principe Amedeo è una via".)
  const named = (w: { value: string; sentence: number }) => w.sentence === first.sentence && (STREETS.has(w.value.toLowerCase()) || titles.places?.has(w.value.toLowerCase()) === true);
  if (ctx.profile!.finiteAuxiliaries?.has(words[k + 1].value) && words.slice(k + 2, k + 4).some(named)) return;
  const sentence = ctx.sentences[first.sentence];
  const last = words[sentence.lastWord];
  if (!STOP.test(text.slice(last.end, sentence.end))) return;
  const speller = ctx.doc.resources.speller(ctx.language);
  // (Words of a title of its own, not a name, before a preposition: "Director General de la UNESCO", a signature's.)
  const small = (w: { value: string }) => speller?.correct(w.value.toLowerCase()) === true;
  if (words.slice(t + 1, k + 1).every(small) && ctx.profile!.functionWords.has(words[k + 1].value)) return;
  // (A headline in title case: two capitalized words after the name that are words in small letters, "Presidente Mattarella Firma la Legge Elettorale.")
  const common = words.slice(k + 1, sentence.lastWord + 1).filter((w) => CAPITALIZED.test(w.value) && small(w));
  if (common.length >= 2) return;
  if (inShortQuotation(text, first.start, words[t + 1].end) || emphasisBefore(ctx, first.start)) return;
  if (terms.has(title.value) && terms.has(words[t + 1].value)) return;
  if (ctx.isClaimed(first.start, title.end) || !isVerbatim(ctx.block, first.start, title.end)) return;
  // (The first word as the language writes it in a title: "Premier" in French, "primo" in Italian.)
  const opening = t === f ? title.value.toLowerCase() : `${titles.before![firstLower]}${text.slice(first.end, title.start)}${title.value.toLowerCase()}`;
  const articles = titles.articles?.[firstLower]?.split('|') ?? [];
  const expected = articles.length === 0 ? [opening] : articles.map((a) => casedLike(a.endsWith("'") ? inDocumentApostrophe(ctx, a) + opening : `${a} ${opening}`, 'A'));
  const written = text.slice(first.start, title.end);
  ctx.report({
    start: first.start,
    end: title.end,
    message: `Unexpected \`${written}\` at the start of a sentence before a name, expected \`${expected.join('` or `')}\`: a title of office before a name is written ${articles.length > 0 ? 'with its article and ' : ''}in small letters`,
    expected,
  });
}
