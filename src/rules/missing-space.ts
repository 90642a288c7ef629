/**
 * Missing space after punctuation: a sentence run into the next ("festgenommen.Der Mann"), or
 * two words run together at a comma or semicolon ("Hikvision,Huawei"), as machine translation
 * and copy-paste leave them. Only between two words the dictionary (or the glossary) knows,
 * the word after a sentence end capitalized, so that abbreviations ("z.B.", "U.S.A."),
 * numbers ("3,5"), domains and file names ("example.org", "Node.js") stay as they are.
 *
 * @example
 *   in:  "Er wurde festgenommen.Der Mann schwieg."
 *   out: "Er wurde festgenommen. Der Mann schwieg."
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim, readsAsWritten, toSource } from '../core/document.js';
import { isKnownWord } from './spelling.js';
import { SUPPORTED_LANGUAGES, oneSidedQuoteMarks, wordsOfAll, type LanguageProfile } from '../languages/index.js';
import { closesAt, opensAfterSentence, opensAt } from './quotes.js';

/**
 * A word, punctuation without a space, a word: the candidates (checked word by word below).
 * The word after is looked ahead at, not taken, so that "File,Edit,View" has both joints.
 */
// (Anchored at a word start: unanchored, each letter of a long word began a scan to its end, quadratic.)
const JOINT = /(?<!\p{L})(\p{L}{2,})([.!?,;])(?=(\p{L}{2,}))/gu;
/** Top-level domains a name may end in ("Tagesschau.De", "Amazon.Com", "Mail.Ru"). */
const DOMAINS = new Set(['com', 'net', 'org', 'de', 'at', 'ch', 'fr', 'es', 'it', 'nl', 'be', 'eu', 'uk', 'ru', 'io', 'info', 'biz', 'tv', 'co', 'us', 'pl', 'cz', 'in', 'my']);

/** Whether a lower-case word is one a sentence surely begins with: a function word, article, conjunction or pronoun. */
function beginsSentence(profile: LanguageProfile | undefined, lower: string): boolean {
  return (profile?.functionWords.has(lower) ?? false) || (profile?.articles?.has(lower) ?? false) || (profile?.subordinators.has(lower) ?? false) || PRONOUNS.has(lower) || POSSESSIVES.has(lower);
}

/**
 * A closing quotation mark or bracket, or a number ("gewann 2:1.Der Trainer"), a sentence's end,
 * and a capitalized word run into it. (« and „, or a typewriter's '', where the quotes rule pairs
 * them as closing marks: "«padres«.Los" and "mes''.Según" are "«padres».Los" after its fix.)
 */
const AFTER_QUOTE = /(''|[»”“")\d%«„])([.!?])(\p{Lu}\p{Ll}+)/gu;
const AFTER_QUOTE_TEST = /(?:''|[»”“")\d%«„])[.!?]\p{Lu}/u;
/** A sentence run into a quotation that opens the next ("enttäuscht.„Wir haben"): a word, its mark, an opening quote, a capital. */
const BEFORE_QUOTE = /(?<!\p{L})(\p{L}{2,})([.!?])([„“«»‚‘])(\p{Lu}\p{Ll}+)/gu;
const BEFORE_QUOTE_TEST = /\p{L}[.!?][„“«»‚‘]\p{Lu}/u;

/**
 * A quotation's edge without its space: a closing mark, then a comma or semicolon and a word,
 * or a word at once ("tarde»,dijo", "pacifique»et", French "pacifique⍽»et"); or a word, a colon
 * and an opening mark ("lleno:«Hace"), or a straight mark that opens a quotation there
 * ("sagte:"Wir", which the quotes rule curls in the same run: the colon's space then waited
 * for a second run, which saw "sagte:„Wir"), or one of another style that opens one there
 * ("heißt:“The" in German). Not a mark after a space or an opening bracket, which
 * opens there, whatever it closes elsewhere: German "von einem “historischen Tag”" and Swiss
 * "mit »reportbug«", whose marks the quotes rule rewrites as opening ones („, «).
 */
const EDGE = /(?<![ \t\n\r([{–—]|^)([»“”"])(?:([,;])(\p{L}{2,})|(?=(\p{L}{2,})))|(?<!\p{L})(\p{L}{2,})([:,;])([«„“”»"]|,,)(?=[ \t]?\p{Lu})/gu;
/**
 * A closing quotation mark, a comma or semicolon, and an opening one, glued: "„Hikvision“,„Huawei“";
 * French with its spaces inside the marks, "« Hikvision »,« Huawei »".
 */
const BETWEEN_QUOTES = /(?<=\p{L}[.!?…]?[ \u00A0\u202F]?)([»“”"«])([,;])([«„“”»"])(?=[ \u00A0\u202F]?\p{L})/gu;
const BETWEEN_QUOTES_TEST = /[»“”"«][,;][«„“”»"]/u;
/** A quotation mark of any style (a closing mark glued to one after it is no quotation's edge the rule can read). */
const QUOTE_MARK = /["“”„‟«»'‘’‚‛‹›]/u;
const EDGE_TEST = /[»“”"][,;]?\p{L}|\p{L}[:,;](?:[«„“”»"]|,,)[ \t]?\p{Lu}/u;

/** Tags only, end tags (`</g>`, `</b>`) or start tags (`<g id="1">`, `<b>`): what the reader left out between two characters. */
const END_TAGS = /^(?:<\/[A-Za-z][^<>]*>)+$/;
const START_TAGS = /^(?:<[A-Za-z][^<>]*[^<>/]>|<[A-Za-z]>)+$/;

/**
 * The fix that writes a space between the block text's `p - 1` and `p`, of one of them: where
 * the source has nothing between them, of the one after where `before` (else of the one before);
 * where it has start tags, after the one before ("“ <g>und", "sagte: <g>„Wir"); where it has end
 * tags, before the one after ("“</g> und", "sagte:</g> „Wir"): the space stays outside an element
 * that ends or begins there, never written into it. 'none' where nothing stands between them and
 * that character is no verbatim text (a reference) or is claimed; 'markup' where markup does and
 * the space has no such place (end and start tags both, a Markdown mark, a CDATA section's end,
 * a reference on the side it goes).
 */
function spaceBetween(ctx: RuleContext, p: number, before: boolean): { start: number; fix: string } | 'none' | 'markup' {
  const { block, text } = ctx;
  const between = ctx.doc.source.slice(toSource(block, p, true), toSource(block, p));
  const ofNext = between === '' ? before : START_TAGS.test(between) ? false : END_TAGS.test(between) ? true : undefined;
  if (ofNext === undefined) return 'markup';
  const at = ofNext ? p : p - 1;
  if (!isVerbatim(block, at, at + 1) || ctx.isClaimed(at, at + 1)) return between === '' ? 'none' : 'markup';
  return { start: at, fix: ofNext ? ` ${text[at]}` : `${text[at]} ` };
}

/** Question words that begin a sentence after a quotation ("».Pourquoi"): every language's (the profiles' `questionWords`). */
const QUESTION_WORDS = wordsOfAll((p) => p.questionWords);

/** The run of non-space characters around `[from, to)`: its start and end. */
function runAround(text: string, from: number, to: number): [number, number] {
  let s0 = from;
  while (s0 > 0 && !SPACE.test(text[s0 - 1])) s0--;
  let e0 = to;
  while (e0 < text.length && !SPACE.test(text[e0])) e0++;
  return [s0, e0];
}

/** Whether a letter is directly before and after one of . ! ? , ; somewhere in the text. */
function hasJoint(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    // . ! ? , ;
    if (c !== 46 && c !== 44 && c !== 33 && c !== 63 && c !== 59) continue;
    if (isLetter(text.charCodeAt(i - 1), text[i - 1]) && isLetter(text.charCodeAt(i + 1), text[i + 1])) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
function isLetter(code: number, char: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}

/**
 * Every language's subject pronouns and possessive determiners (the profiles' `pronouns` and
 * `possessives`), which a sentence may begin with: a sentence run into the next may be in any
 * of them ("fled.It", "grave.Es", "Wednesday.His", "vendredi.Son").
 */
const PRONOUNS = wordsOfAll((p) => p.pronouns);
const POSSESSIVES = wordsOfAll((p) => p.possessives);

export default defineRule(
  {
    id: 'missing-space',
    description: 'A missing space after a sentence end, comma or semicolon ("festgenommen.Der").',
    category: 'spacing',
    severity: 'warning',
    languages: SUPPORTED_LANGUAGES,
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'it', text: 'Il ministro si è dimesso ieri.Il suo vice prende il posto.', output: 'Il ministro si è dimesso ieri. Il suo vice prende il posto.' },
        { lang: 'pt', text: 'O ministro demitiu-se ontem.Ele será substituído pelo vice.', output: 'O ministro demitiu-se ontem. Ele será substituído pelo vice.' },
        { lang: 'pt', text: 'A polícia chegou tarde,mas ninguém ficou ferido.', output: 'A polícia chegou tarde, mas ninguém ficou ferido.' },
        { lang: 'nl', text: 'De minister trad gisteren af.Hij wordt opgevolgd door zijn staatssecretaris.', output: 'De minister trad gisteren af. Hij wordt opgevolgd door zijn staatssecretaris.' },
        { lang: 'nl', text: 'De politie kwam laat,maar niemand raakte gewond.', output: 'De politie kwam laat, maar niemand raakte gewond.' },
        { lang: 'it', text: 'La polizia è arrivata tardi,ma nessuno è rimasto ferito.', output: 'La polizia è arrivata tardi, ma nessuno è rimasto ferito.' },
        // Before a subject pronoun, and after a quotation before a question word.
        { lang: 'it', text: 'Il sindaco ha parlato a lungo.Lei ha risposto subito.', output: 'Il sindaco ha parlato a lungo. Lei ha risposto subito.' },
        { lang: 'it', text: 'Ha detto «no».Perché nessuno lo ha ascoltato?', output: 'Ha detto «no». Perché nessuno lo ha ascoltato?' },
        // French spaces the semicolon too: both in one run.
        { lang: 'fr', text: 'Il est venu hier;il est reparti aujourd’hui.', output: 'Il est venu hier\u202F; il est reparti aujourd’hui.' },
        // Before a possessive: a sentence's start too.
        { lang: 'en', text: 'The minister resigned on Wednesday.His deputy takes over.', output: 'The minister resigned on Wednesday. His deputy takes over.' },
        // After a number: a score, a page, a percentage.
        { lang: 'de', text: 'Das Spiel endete 2:1.Der Trainer war zufrieden.', output: 'Das Spiel endete 2:1. Der Trainer war zufrieden.' },
        { lang: 'de', text: 'Er wurde am Montag festgenommen.Der Mann schwieg.', output: 'Er wurde am Montag festgenommen. Der Mann schwieg.' },
        { lang: 'de', text: 'Er nannte Hikvision,Huawei und ZTE.', output: 'Er nannte Hikvision, Huawei und ZTE.' },
        { lang: 'en', text: 'He was arrested.The man said nothing.', output: 'He was arrested. The man said nothing.' },
        { lang: 'es', text: 'Llegó tarde,pero nadie lo notó.', output: 'Llegó tarde, pero nadie lo notó.' },
        // After a closing quotation mark.
        { lang: 'de', text: 'Er sagte „Ja“.Die Frage bleibt.', output: 'Er sagte „Ja“. Die Frage bleibt.' },
        // Before a quotation that opens the next sentence.
        { lang: 'de', text: 'Er war enttäuscht.„Wir haben verloren“, sagte er.', output: 'Er war enttäuscht. „Wir haben verloren“, sagte er.' },
        // At a quotation's edge inside a sentence.
        { lang: 'es', text: '«Llega tarde»,dijo la directora, y añadió:«Hace tres meses estaba en el hospital».', output: '«Llega tarde», dijo la directora, y añadió: «Hace tres meses estaba en el hospital».' },
        // A comma or semicolon glued to a quotation it opens.
        { lang: 'de', text: 'Das Projekt hieß,„Moyu“ und zielte auf Gruppen.', output: 'Das Projekt hieß, „Moyu“ und zielte auf Gruppen.' },
        { lang: 'fr', text: 'Le projet appelé,« Moyu » visait des groupes.', output: 'Le projet appelé, « Moyu » visait des groupes.' },
        // A comma between two quotations, glued to both marks.
        { lang: 'de', text: 'Firmen wie „Hikvision“,„Huawei“ und „Dahua“ liefern Kameras.', output: 'Firmen wie „Hikvision“, „Huawei“ und „Dahua“ liefern Kameras.' },
        { lang: 'fr', text: 'Les entreprises « Hikvision »,« Huawei » et « ZTE » sont visées.', output: 'Les entreprises « Hikvision », « Huawei » et « ZTE » sont visées.' },
        { lang: 'fr', text: 'Il a jugé «\u00a0Le mouvement doit rester pacifique\u00a0»et a condamné les violences.', output: 'Il a jugé «\u00a0Le mouvement doit rester pacifique\u00a0» et a condamné les violences.' },
        { lang: 'de', text: 'Er sagte „Ja“,aber dann „Nein“und ging.', output: 'Er sagte „Ja“, aber dann „Nein“ und ging.' },
        { lang: 'de', text: 'Das Spiel war verloren.»Der Trainer ging nach Hause«, sagte er.', output: 'Das Spiel war verloren. »Der Trainer ging nach Hause«, sagte er.' },
        // A colon before a quotation in straight marks, which the quotes rule curls in the same run.
        { lang: 'de', text: 'Der Minister sagte:"Wir kommen morgen wieder."', output: 'Der Minister sagte: "Wir kommen morgen wieder."' },
        { lang: 'en', text: 'The minister said:"We will come back tomorrow."', output: 'The minister said: "We will come back tomorrow."' },
        { lang: 'de', text: 'Er sagte »Nein« zu dem Plan. Die Mannschaft hat verloren.»Die Frage bleibt offen«, sagte er.', output: 'Er sagte »Nein« zu dem Plan. Die Mannschaft hat verloren. »Die Frage bleibt offen«, sagte er.' },
        // A word that is a top-level domain too, after a lower-case word: a sentence, not a domain.
        { lang: 'en', text: 'The suspect fled.It was later found.', output: 'The suspect fled. It was later found.' },
        { lang: 'es', text: 'La situación es grave.Es urgente actuar.', output: 'La situación es grave. Es urgente actuar.' },
        { lang: 'fr', text: 'La manifestation a eu lieu.De nombreux policiers étaient là.', output: 'La manifestation a eu lieu. De nombreux policiers étaient là.' },
        { lang: 'en', text: 'The menu was File,Edit,View in the app.', output: 'The menu was File, Edit, View in the app.' },
        // A noun after the dot may be a name written so ("Digitalisierung.Bayern"): suggested, not written.
        { lang: 'de', text: 'Das Zentrum Digitalisierung.Bayern fördert Start-ups.', output: 'Das Zentrum Digitalisierung. Bayern fördert Start-ups.' },
      ],
      pass: [
        // A comma inside a quotation, before the mark that closes it.
        { lang: 'en', text: '"Hello,"Bob said, "come here."' },
        // A mark that closes in the language's style, after a space: it opens there (the quotes rule rewrites it).
        { lang: 'de', text: 'Er sprach von einem “historischen Tag” für das Land.' },
        { lang: 'de-CH', text: 'Sie können mit »reportbug« einen Fehler melden.' },
        { lang: 'it', text: 'Lo hanno scritto Repubblica.It e Corriere.It ieri.' },
        // Addresses, file names and IDs with a number or bracket before the period.
        { lang: 'de', text: 'Siehe https://example.com/files/Report1.Es für Details, info@radio1.Es oder Apollo_11.Die_Mission und Bericht2023.Die-Ergebnisse.pdf bei Antena3.Es.' },
        { lang: 'en', text: 'He works for Sky24.It now.' },
        // A date, a version, a club: no sentence begins there.
        { lang: 'de', text: 'Am 1.Mai spielt der 1.FC Köln, Version 2.0 kam am 3.10.2020 heraus.' },
        { lang: 'de', text: 'Siehe example.org und Node.js sowie z.B. die U.S.A. und 3,5 Prozent.' },
        // A compound with a quotation ("„Spiegel“-Bericht"), a closing mark before a number.
        { lang: 'de', text: 'Der „Spiegel“-Bericht und die »Tagesschau«-Sprecherin kamen „2024“2 Mal.' },
        { lang: 'de', text: 'Die Datei heißt bericht.pdf, der Ordner daten.' },
        { lang: 'en', text: 'Visit www.example.com or mail info@example.com today.' },
        { lang: 'en', text: 'The file is report.txt and the site is example.net.' },
        { lang: 'de', text: 'Die Förderbank NRW.Bank vergibt Kredite, info@Zeitung.De und Tagesschau.De antworten.' },
        { lang: 'en', text: 'The Russian firm Mail.Ru Group and Amazon.Com replied.' },
        { lang: 'en', text: 'The file was named data,final,v2.csv by the agency.' },
        // A closing mark (Swiss », or one typed as an opening mark with nothing to close after it).
        { lang: 'de', text: 'Der Sprecher sagte: «Wir haben verloren.»Die Frage bleibt offen.' },
        { lang: 'en', text: 'He said “we lost the game.“The coach left early.' },
        { lang: 'de', text: 'Er fragte: «Wie geht es dir?»Die Frage blieb offen («Nein»). Das war alles.' },
        // A straight mark after a colon that opens no quotation (it pairs with none).
        { lang: 'de', text: 'Der Code lautet Wert:"Null und endet dort.' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    const profile = ctx.profile;
    // After a closing quotation mark or bracket ("…pas ».Pourquoi", "„Ja“.Die"): only before a
    // function word, article or pronoun, where a sentence surely begins.
    if (AFTER_QUOTE_TEST.test(text)) for (const m of text.matchAll(AFTER_QUOTE)) {
      const [, before, mark, right] = m;
      const at = m.index + before.length;
      const lower = right.toLowerCase();
      if (!(beginsSentence(profile, lower) || QUESTION_WORDS.has(lower))) continue;
      if ((before === '«' || before === '„' || before === "''") && !closesAt(ctx, m.index)) continue;
      // Not in a web or e-mail address, a file name or an ID ("…/Report1.Es", "info@radio1.Es",
      // "Apollo_11.Die_Mission", "Bericht2023.Die-Ergebnisse.pdf"): the run of non-spaces around
      // it has one of their marks, or the word goes on with one. After a number, only a number
      // ("2:1.Der", "20 %.Die"), not a name that ends in one ("Sky24.It", "Antena3.Es").
      const [s0, e0] = runAround(text, m.index, m.index + m[0].length);
      if (/[@/_\\]|www\./iu.test(text.slice(s0, e0)) || /^[-_./@]/u.test(text[m.index + m[0].length] ?? '')) continue;
      if (/[\d%]/u.test(before) && !/^[(\[„“"«]?[\d.,:%\u00A0\u202F -]*$/u.test(text.slice(s0, m.index + 1))) continue;
      // (Its marks may be character references, `&#8220;.Die`: read as the marks they are.)
      if (!readsAsWritten(ctx.block, m.index, at + 1 + right.length) || ctx.isClaimed(at, at + 1)) continue;
      // (Where the language spaces the mark itself, French "»\u202F! Les", its space before it too:
      // space-before-punctuation's fix of the same mark overlaps this one, and came a run later.)
      const spaceBefore = profile?.punctuationSpaces?.[mark] ?? '';
      ctx.report({ start: at, end: at + 1, message: `Missing space after \`${mark}\` in \`${m[0]}\`${spaceBefore ? ', and a no-break space before it' : ''}`, fix: `${spaceBefore}${mark} ` });
    }
    // At a quotation's edge in the middle of a sentence: a closing mark, then a comma or
    // semicolon and a word ("tarde»,dijo" → "tarde», dijo"); a closing-only mark and a word
    // ("pacifique»et" → "pacifique» et"); a word, a colon and an opening-only mark ("lleno:«Hace"
    // → "lleno: «Hace"; not where the language spaces the colon itself, French, whose rules
    // write both spaces).
    if (profile && EDGE_TEST.test(text)) {
      const { opening: openers, closing: closers } = oneSidedQuoteMarks(profile);
      for (const m of text.matchAll(EDGE)) {
        const [whole, close, mark, listed, glued, colonWord, colon, open] = m;
        const word = listed ?? glued;
        // (Where the space goes: between the block text's `p - 1` and `p`.)
        let p: number;
        if (close !== undefined) {
          // A mark the quotes rule pairs as a closing mark, whatever it rewrites it with in the same
          // run ("mesi",ha → «…», ha; German “Ja”,aber); not one it pairs as an opening mark
          // ("Tiere:“waren", which becomes „waren": a space after it was taken out again by the next
          // run); else a mark that only closes in the language's styles ("pacifique »et"), but not
          // after another quotation mark, which the quotes rule pairs with none (marks that make no
          // sense, "»»el anuncio:«", "„»nuove": spaced, they paired otherwise in the next run).
          if (opensAt(ctx, m.index) || !(closesAt(ctx, m.index) || (closers.has(close) && !QUOTE_MARK.test(text[m.index - 1] ?? '')))) continue;
          // (After the comma, or before the word: the mark's own space, its inner one in French,
          // "pacifique⍽»", comes from the quotes rule in the same run.)
          p = m.index + (mark !== undefined ? 2 : 1);
          if (word === undefined || !/^\p{Ll}/u.test(word)) continue;
        } else {
          const at = m.index + colonWord.length;
          p = at + 1;
          // (A word a glossary rule found is a word too: "Tick Tacks:„Videos" is "TikToks:„Videos" after its fix.)
          // (A comma or semicolon too: "hieß,„Moyu“" → "hieß, „Moyu“", French "appelé,« Moyu »".)
          if (profile.punctuationSpaces?.[colon] !== undefined || !(isKnownWord(ctx, colonWord) || ctx.isClaimed(m.index, at))) continue;
          // (A straight mark, or one of another style ("heißt:“The", which the quotes rule rewrites
          // as „), where it opens one of the block's quotations, as the quotes rule pairs them.)
          // (Or typewriter commas that open one, ":,,David", which become „; or a mark with a space
          // after it that the quotes rule takes out, "sagte:„ Wir".)
          if (!openers.has(open) && !opensAt(ctx, at + 1)) continue;
          // (A mark with a space after it only where the quotes rule pairs it and so takes the
          // space out: else "aplicación :« TikTok" without a closing mark became ":« TikTok" by
          // space-before-punctuation's fix, and only the second run spaced the colon.)
          if (/[ \t]/u.test(text[at + 1 + open.length] ?? '') && !opensAt(ctx, at + 1)) continue;
        }
        const [s0, e0] = runAround(text, m.index, m.index + whole.length);
        if (/[@/_\\]|www\./iu.test(text.slice(s0, e0))) continue;
        const shown = whole + (glued ?? '');
        const message = `Missing space after \`${mark ?? colon ?? close}\` in \`${shown}\``;
        // (Outside the markup between the two, if any: "“</g> und", "“ <g>und".)
        const place = spaceBetween(ctx, p, close !== undefined && mark === undefined);
        if (typeof place === 'object') ctx.report({ start: place.start, end: place.start + 1, message, fix: place.fix });
        // (Across markup with no place for it: listed, over both characters and what stands
        // between them, which the review panel does not write over; never written inside it.)
        else if (place === 'markup' && readsAsWritten(ctx.block, p - 1, p) && readsAsWritten(ctx.block, p, p + 1) && !ctx.isClaimed(p - 1, p + 1)) {
          ctx.report({ start: p - 1, end: p + 1, message, expected: [`${text[p - 1]} ${text[p]}`] });
        }
      }
    }
    // Between two quotations: a closing mark, a comma or semicolon, and the next quotation's
    // opening mark ("„Hikvision“,„Huawei“" → "„Hikvision“, „Huawei“"; Swiss "«A»,«B»"), where the
    // quotes rule pairs the first as closing and the second as opening (or, unpaired, each is a
    // mark only the language closes, or opens, with). The word-and-comma case above needs a word
    // before the comma.
    if (profile && BETWEEN_QUOTES_TEST.test(text)) {
      const { opening: openers, closing: closers } = oneSidedQuoteMarks(profile);
      for (const m of text.matchAll(BETWEEN_QUOTES)) {
        const [whole, close, mark, open] = m;
        const at = m.index + 1;
        if (opensAt(ctx, m.index) || !(closesAt(ctx, m.index) || closers.has(close))) continue;
        if (closesAt(ctx, at + 1) || !(opensAt(ctx, at + 1) || openers.has(open))) continue;
        if (profile.punctuationSpaces?.[mark] !== undefined) continue;
        if (!readsAsWritten(ctx.block, m.index, m.index + whole.length) || ctx.isClaimed(at, at + 1)) continue;
        ctx.report({ start: at, end: at + 1, message: `Missing space after \`${mark}\` in \`${whole}\``, fix: `${mark} ` });
      }
    }
    // Before a quotation that opens the next sentence ("enttäuscht.„Wir haben"), between two
    // known words, the first not in capitals (a name such as "Yahoo!" may be quoted after).
    if (BEFORE_QUOTE_TEST.test(text)) {
      // The marks that only open a quotation in the language's styles (German „ and », never its
      // closing “; not the straight ", which the quotes rule reads by its spaces; nor Swiss German's
      // closing », which Germany opens with, told by where its closer stands).
      const openers = profile ? oneSidedQuoteMarks(profile).opening : new Set<string>();
      for (const m of text.matchAll(BEFORE_QUOTE)) {
        const [, left, mark, quote, right] = m;
        const at = m.index + left.length;
        if (!openers.has(quote) || (mark === '!' && /^\p{Lu}/u.test(left))) continue;
        // Only where the quotation closes later in the paragraph, before the same mark opens
        // again: a closing mark typed as an opening one ("verloren.„Der Trainer", no “ after
        // it), or Swiss German's closing » ("verloren.»Die Frage … «Nein»"), opens nothing (the
        // quotes rule reads the mark by the same test).
        if (!opensAfterSentence(text, at + 1, profile!)) continue;
        if (!/^\p{L}\p{Ll}/u.test(left) || !isKnownWord(ctx, left) || !isKnownWord(ctx, right)) continue;
        if (!readsAsWritten(ctx.block, m.index, m.index + m[0].length) || ctx.isClaimed(at, at + 1)) continue;
        ctx.report({ start: at, end: at + 1, message: `Missing space after \`${mark}\` in \`${m[0]}\``, fix: `${mark} ` });
      }
    }
    // (Most blocks have none: a scan for a mark between two letters decides, without a
    // regular expression over the whole block, which cost 2 % of a pass.)
    if (!hasJoint(text)) return;
    // The run of non-space characters a joint is in, found once per run (the joints of one run
    // come one after another): a 300,000-character "ab,ab,ab…" took minutes when each joint
    // looked for its run's ends again.
    let runEnd = -1;
    let skipRun = false;
    for (const m of text.matchAll(JOINT)) {
      const [, left, mark, right] = m;
      const at = m.index + left.length;
      const end = at + 1 + right.length;
      if (m.index >= runEnd) {
        const [s0, e0] = runAround(text, m.index, end);
        runEnd = e0;
        // In an e-mail address, a web address or a handle ("info@Zeitung.De", "www.Bank.De"),
        // a file name, a version, a code (a digit or a file's extension: "data,final,v2.csv"),
        // or a run too long for prose.
        const run = text.slice(s0, e0);
        skipRun = run.length > 200 || /[@/]|www\./iu.test(run) || /\d/u.test(run) || (/\.\p{L}{2,4}[)\]"”»’]?[.,;:!?]?$/u.test(run) && /\.\p{Ll}{2,4}/u.test(run));
      }
      if (skipRun) continue;
      // A longer run of dots and letters is an abbreviation or a name ("U.S.A", "a.b.c").
      if (text[m.index - 1] === '.' || (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? ''))) continue;
      const sentenceEnd = '.!?'.includes(mark);
      if (sentenceEnd) {
        // After a sentence end the next sentence begins with a capital; a lower-case word there is a file or a domain.
        if (!/^\p{Lu}\p{Ll}/u.test(right)) continue;
        // A domain ("Amazon.Com") or a name in capitals ("NRW.Bank"). (Not after a lower-case
        // word, nor before a pronoun or article: "fled.It", "grave.Es", "lieu.De", "Haus.Es".)
        const tld = right.toLowerCase();
        const domain = DOMAINS.has(tld) && !/^\p{Ll}/u.test(left) && !beginsSentence(profile, tld);
        if (mark === '.' && (domain || /^\p{Lu}+$/u.test(left))) continue;
      }
      if (!readsAsWritten(ctx.block, m.index, end) || ctx.isClaimed(at, at + 1)) continue;
      // (A word a glossary rule found, "Tick Tack,Huawei", is a word too: its fix comes first.)
      const leftKnown = isKnownWord(ctx, left) || ctx.isClaimed(at - left.length, at);
      if (!leftKnown || !(isKnownWord(ctx, right) || ctx.isClaimed(at + 1, end))) continue;
      // A sentence run into the next is sure where the next begins with an article, pronoun or
      // conjunction ("festgenommen.Der", "arrested.The"); a noun or name there may be a name
      // written with a dot ("Digitalisierung.Bayern", "Dr.Web"): suggested, not written.
      const lower = right.toLowerCase();
      // (A capitalized word before it too, a noun or a name the glossary fixed: "vor Ort.Der
      // Brand", "Tick Tack.Die Plattform"; not one in capitals, "NRW.Die" may be a name.)
      // (Not a capitalized name before a country's domain where only names are capitalized:
      // "Sky.It said", "Marca.Es, el club", "Amazon.De propose" are addresses, most likely.)
      const site = DOMAINS.has(lower) && /^\p{Lu}/u.test(left) && profile?.capitalizesNouns === false;
      const sure = !sentenceEnd || (/^\p{L}\p{Ll}/u.test(left) && beginsSentence(profile, lower) && !site);
      // (Where the language spaces the mark too, French "hier;il", the space before it in the
      // same fix: the spacing rule's would have waited for a second run.)
      const spacedMark = profile?.spacedPunctuation.includes(mark) ? `${profile.punctuationSpaces?.[mark] ?? '\u00A0'}${mark} ` : `${mark} `;
      ctx.report({
        start: at,
        end: at + 1,
        message: `Missing space after \`${mark}\` in \`${text.slice(m.index, end)}\``,
        ...(sure ? { fix: spacedMark } : { expected: [spacedMark] }),
      });
    }
  },
);
