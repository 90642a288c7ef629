/**
 * A paragraph in another language than its document (English left untranslated in a
 * German article). The pipeline decides each paragraph's language (franc plus the
 * dictionaries, see `Lektor.paragraphLanguage`); this rule reports the difference, when
 * the paragraph reads as running text (an error). A line made mostly of capitalized words
 * (a reference "Connelly, Joan, The Parthenon Enigma, Knopf, 2014", a list of band names, a
 * title, an English institution named in a German line: a connector between two capitalized
 * words, "Institute of Science and Technology", is the name's) is mostly names and titles, which often stay in their language: information only,
 * so that a bibliography does not fail a CI run. On the MLQE-PE train split, 108 of the
 * 118 paragraphs this rule reported were such lines (under 40 % of their words in lower case).
 * A paragraph mostly in a script the document's language is not written in (Arabic, Chinese,
 * Cyrillic in a German article) is another language's too: named where franc tells it
 * ("Arabic"), else by its script ("Cyrillic script"); its words, if they have no case, tell no
 * names from running text, so a short line of them without a sentence's punctuation is taken for a
 * caption of names or a title, and not flagged, as a line of Latin names is not. The document's
 * words around such a passage are its frame, not its case: quoted in a German sentence, a long
 * Chinese passage (a word every two letters) is a quotation, information.
 */
import { defineRule, type WordToken } from '../core/rule.js';
import { profileFor } from '../languages/index.js';
import { NAME_CONNECTORS, isCapitalized, startsLower } from '../core/segment.js';
import { inScripts, mostlyInScripts, wordsIn } from '../language/detect.js';

/** Share of a paragraph's words that must start in lower case for it to read as running text. */
export const RUNNING_TEXT_LOWER_SHARE = 0.4;

/** Most words a caption or a title in a script without case has (every two letters a word in Chinese or Japanese). */
export const CAPTION_WORDS = 6;
/** A sentence's or a clause's punctuation, which a caption of names has none of. */
const SENTENCE_PUNCTUATION = /[.!?;:,…\u060C\u061B\u061F\u06D4\u3001\u3002\uFF01\uFF0C\uFF1A\uFF1B\uFF1F\u0964\u0965]/u;

export default defineRule(
  {
    id: 'paragraph-language',
    description: 'A paragraph in another language than the document.',
    category: 'language',
    severity: 'error',
    languages: 'all',
    fix: 'none',
    examples: {
      // (A one-paragraph example in a language written in the document's script is a document of
      // its own language; see test/rules/document.test.ts. One in another script is not.)
      flag: [
        // A paragraph mostly in a script German is not written in: its language where franc tells it, else the script.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nПрезидент заявил сегодня, что правительство изменит закон о наблюдении за гражданами.', severity: 'error' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nقالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين.', severity: 'error' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\n中国政府今天宣布了新的数据保护政策，以保护用户。', severity: 'error' },
        // Running text without its full stop, longer than a caption: still an error.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nقالت الشركة إنها ستفعل المزيد لحماية بيانات المستخدمين', severity: 'error' },
        // A passage in another script quoted in a German sentence: most of the paragraph's letters, but quoted on purpose, information.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDer Präsident sagte: „我们将继续推进改革开放，坚定不移地走和平发展道路，维护世界和平“.', severity: 'info' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDer Roman heißt im Original „吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所で“.', severity: 'info' },
        // In Japanese corner brackets 「…」 and 『…』 (and Chinese as Taiwan and Hong Kong write it), a nested 『…』 inside 「…」: quoted too.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDer Regisseur sagte in Tokio: 「この映画は私の家族の物語であり、同時に戦後の日本の物語でもあります」.', severity: 'info' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDer Roman heißt im Original 『吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所で』.', severity: 'info' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDer Autor schrieb: 「母は『もう帰りなさい』と言ったが、私は駅のホームでずっと電車を待っていた」.', severity: 'info' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nDie Ministerin sagte in Taipeh: 「我們將繼續推動改革，堅定地維護民主與自由，保護每一位公民的權利」.', severity: 'info' },
        { lang: 'fr', text: 'Le gouvernement a annoncé de nouvelles règles.\n\nΗ κυβέρνηση ανακοίνωσε σήμερα νέους κανόνες για την προστασία των δεδομένων.' },
      ],
      pass: [
        // A name, or a few words, in another script in a paragraph of the document's.
        { lang: 'de', text: 'Der Schriftsteller „Пётр Иванов“ lebt seit Jahren in Berlin.' },
        { lang: 'de', text: 'Er nutzt TikTok, auf Arabisch „تيك توك“, jeden Tag, und das Wort λόγος kennt er auch.' },
        // A paragraph that is a name in its script (a caption): too few words to tell a language.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nПётр Иванов' },
        // A caption of names, or a title, of three words or more in a script without case, as one in Latin letters is not
        // flagged: a short line without a sentence's punctuation.
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nمحمد بن سلمان آل سعود' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\nجامعة الملك عبد العزيز' },
        { lang: 'de', text: 'Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher.\n\n中华人民共和国国务院' },
      ],
    },
  },
  (ctx) => {
    // (An HTML block marked with its language, `<p lang="en">`, is meant to be in it.)
    if (ctx.language === ctx.doc.language || ctx.words.length === 0 || ctx.block.lang !== undefined) return;
    const { words } = ctx;
    // A paragraph mostly in a script the document's language is not written in (Chinese, Arabic in
    // a German article): its words in the document's script are the document's frame around it
    // ("Der Präsident sagte: „…“"), not its names; they do not count as its case.
    const scripts = ctx.doc.resources.profile(ctx.doc.language)?.scripts;
    const otherScript = scripts !== undefined && !mostlyInScripts(ctx.text, scripts);
    let letters = 0;
    let lower = 0;
    const own = ctx.doc.resources.speller(ctx.doc.language);
    const other = ctx.doc.resources.speller(ctx.language);
    // (A name's connector between two capitalized words, "University of Manchester Institute of
    // Science and Technology", is the name's where the line has a word of the document's language
    // that the paragraph's does not know: a German line naming an English institution,
    // "Wissenschaftler des University of …", is names, not running English text. Not in a line
    // all English, "Regiment Deployed from the Seattle Port of Embarkation on 24 December": a
    // headline-cased sentence left untranslated, an error still.)
    let ownWord: boolean | undefined;
    const hasOwnWord = () => (ownWord ??= words.some((w) => !w.opaque && w.alpha && own?.correct(w.value) === true && other?.correct(w.value) === false));
    // (Words of a script without case, Arabic or Chinese, tell no name from running text: `cased`.)
    let cased = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.opaque || !w.alpha) continue;
      letters += wordsIn(w.value);
      if (otherScript && inScripts(w.value, scripts)) continue;
      if (startsLower(w.value)) {
        cased++;
        if (!(inName(words, i) && hasOwnWord())) lower++;
      } else if (isCapitalized(w.value)) cased++;
    }
    // A short line in a script without case and without a sentence's punctuation is a caption of
    // names or a title ("محمد بن سلمان آل سعود", "中华人民共和国国务院"), as a line of names in Latin
    // letters, without three words in small letters, is not read as another language at all: no
    // finding. (Its language stays told, for the reports to mark it up in.)
    if (otherScript && cased === 0 && letters <= CAPTION_WORDS && !SENTENCE_PUNCTUATION.test(ctx.text)) return;
    const names = lower < RUNNING_TEXT_LOWER_SHARE * cased;
    // A quotation kept in its language, introduced in the document's ("Im Original heißt es:
    // „We choose to go to the Moon …“"): most words quoted, a few of the document's language
    // outside the quotation marks.
    const quotes = quotedSpans(ctx.text);
    let inside = 0;
    let ownOutside = 0;
    for (const w of ctx.words) {
      if (w.opaque || !w.alpha) continue;
      // (A passage in Chinese or Japanese, without spaces, counts a word every two letters.)
      if (quotes.some(([s, e]) => w.start >= s && w.end <= e)) inside += wordsIn(w.value);
      else if (own?.correct(w.value) && !other?.correct(w.value)) ownOutside++;
    }
    // (One word of it is enough after a long quotation: „This is a very sad day …“, schrieb er;
    // "er" is an English word too.)
    const quotation = !names && inside >= 0.6 * letters && (ownOutside >= 2 || (ownOutside >= 1 && inside >= 6));
    const name = (code: string) => languageName(code).name;
    const adjective = (code: string) => languageName(code).adjective;
    // (From the start of the first word's token: a paragraph that opens with a path or an
    // option, which are no words, "/etc/shadow holds …", is flagged from its "/", not its "etc".)
    let start = ctx.words[0].start;
    while (start > 0 && /[\p{L}\p{N}/~._-]/u.test(ctx.text[start - 1])) start--;
    const end = ctx.words[ctx.words.length - 1].end;
    // (An image's alt text and a title are named as what they are: no paragraph to be seen.)
    const what = ctx.block.kind === 'alt-text' ? 'Image alt text' : ctx.block.kind === 'title' ? 'Link or image title' : 'Paragraph';
    ctx.report({
      start,
      end,
      message: names
        ? `${what} is mostly ${adjective(ctx.language)} names and titles, the document is in ${name(ctx.doc.language)}: translate those that have a ${name(ctx.doc.language)} name`
        : quotation
          ? `${what} quotes ${adjective(ctx.language)} text, the document is in ${name(ctx.doc.language)}: a quotation kept in its language, or left untranslated?`
          : `${what} is in ${name(ctx.language)}, the document is in ${name(ctx.doc.language)}: untranslated?`,
      ...(names || quotation ? { severity: 'info' as const } : {}),
    });
  },
);

// (Made on first use: each loads ICU's names, 3 MB of memory that a run without a paragraph in
// another language's script never needs.)
let languageNames: Intl.DisplayNames | undefined;
let scriptNames: Intl.DisplayNames | undefined;

/**
 * A paragraph language's name in English, and the word for its text ("Russian"; "Cyrillic script",
 * "Cyrillic-script"): a profile's name, else the name of the language, else of the script
 * (`und-Cyrl`, a paragraph in a script its document's language is not written in, whose
 * language franc could not tell), else the code.
 */
function languageName(code: string): { name: string; adjective: string } {
  const profile = profileFor(code);
  if (profile) return { name: profile.name, adjective: profile.name };
  const [language, script] = code.split('-');
  if (language === 'und') {
    const named = script === undefined ? undefined : (scriptNames ??= new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' })).of(script);
    return named === undefined ? { name: 'another script', adjective: 'other-script' } : { name: `${named} script`, adjective: `${named}-script` };
  }
  let named: string | undefined;
  try {
    named = (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(code);
  } catch {
    // (Not a well-formed tag: named by its code.)
  }
  return { name: named ?? code, adjective: named ?? code };
}

/** Whether word `i` is a name's connector ("of", "and", "des") between two capitalized words of its sentence. */
function inName(words: readonly WordToken[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!NAME_CONNECTORS.has(w.value) || prev === undefined || next === undefined) return false;
  return prev.sentence === w.sentence && next.sentence === w.sentence && prev.alpha && next.alpha && isCapitalized(prev.value) && isCapitalized(next.value);
}

/**
 * Spans from an opening quotation mark to its closing one (or to the end of the paragraph): also
 * Japanese corner brackets 「…」 and 『…』 (Chinese as Taiwan and Hong Kong write it), each closed
 * by its own mark, a 『…』 nested inside a 「…」 with it.
 */
function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const QUOTED = /[„“”"«»‹›][^„“”"«»‹›]*(?:[“”"»«›‹]|$)|「[^」]*(?:」|$)|『[^』]*(?:』|$)/gu;
