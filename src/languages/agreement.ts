/**
 * Agreement between an article and a noun, from a profile's `agreement` data: which genders and
 * numbers an article's form shows, whether a term of a given gender and number may follow it,
 * and the form of the same paradigm that would. Read by the glossary: a fix right after an
 * article that the term may not agree with is a suggestion ("Los Ferrocarriles Alemanes" →
 * "La Deutsche Bahn", never "Los Deutsche Bahn").
 *
 * @example
 *   agreementOf(es, 'los', { gender: 'f' })   // 'disagrees'
 *   articleFor(es, 'los', { gender: 'f' }, 'Deutsche Bahn')   // 'la'
 */
import type { Agreement, AgreementSlot, Gender, LanguageProfile } from './types.js';

/** A term's gender and number in a language, as a glossary entry gives them (either may be missing). */
export interface Features {
  gender?: Gender;
  plural?: boolean;
}

const READINGS = new WeakMap<Agreement, Map<string, Set<AgreementSlot>>>();

/** Each form of the profile's articles and the slots it fills (`pl` spread over the genders). */
function readings(agreement: Agreement): Map<string, Set<AgreementSlot>> {
  let map = READINGS.get(agreement);
  if (map) return map;
  map = new Map();
  for (const row of agreement.articles) {
    for (const [slot, forms] of Object.entries(row) as Array<[AgreementSlot, string | readonly string[]]>) {
      for (const form of typeof forms === 'string' ? [forms] : forms) {
        let set = map.get(form);
        if (!set) map.set(form, (set = new Set()));
        for (const s of slot === 'pl' ? agreement.genders.map((g) => `${g}.pl` as AgreementSlot) : [slot]) set.add(s);
      }
    }
  }
  READINGS.set(agreement, map);
  return map;
}

/** Whether a word (lower case, apostrophes straight; or two, "de la") is one of the language's articles that show agreement. */
export function isAgreeingArticle(profile: LanguageProfile | undefined, form: string): boolean {
  return profile?.agreement !== undefined && readings(profile.agreement).has(form);
}

/** The slots a term with these features may fill: none known without a gender where the language has genders (and no number either). */
function slotsOf(agreement: Agreement, features: Features): AgreementSlot[] {
  if (features.gender !== undefined) return [features.plural ? (`${features.gender}.pl` as AgreementSlot) : features.gender];
  if (features.plural === undefined) return [];
  return agreement.genders.map((g) => (features.plural ? (`${g}.pl` as AgreementSlot) : g));
}

/** Whether every reading of the article `form` is plural (Spanish "los", "las"; not German "die", which is a feminine singular too). */
export function onlyPlural(profile: LanguageProfile, form: string): boolean {
  const own = profile.agreement && readings(profile.agreement).get(form);
  return own !== undefined && own.size > 0 && [...own].every((s) => s.endsWith('.pl'));
}

/**
 * Whether a term with `features` agrees with the article `form`: `agrees` where every slot the
 * term may fill is one of the article's, `disagrees` where none is, else `unknown` (no features,
 * or a number without the gender that the article shows).
 */
export function agreementOf(profile: LanguageProfile, form: string, features: Features | undefined): 'agrees' | 'disagrees' | 'unknown' {
  const agreement = profile.agreement;
  const own = agreement && readings(agreement).get(form);
  if (!agreement || !own) return 'agrees';
  const slots = features ? slotsOf(agreement, features) : [];
  if (slots.length === 0) return 'unknown';
  const inside = slots.filter((s) => own.has(s)).length;
  return inside === slots.length ? 'agrees' : inside === 0 ? 'disagrees' : 'unknown';
}

/**
 * The form of the article `form`'s paradigm that a term with `features` takes, before the term
 * `next` (its first letters choose among a slot's forms, as `articleForms.forms` say: Italian
 * "dello Stato", "dell’ONU"); undefined where the features leave the slot open, or the rows that
 * hold `form` give different forms (German "der" is three cases: "das", "dem" or "des" for a
 * neuter).
 */
export function articleFor(profile: LanguageProfile, form: string, features: Features | undefined, next: string): string | undefined {
  const agreement = profile.agreement;
  if (!agreement || !features) return undefined;
  const slots = slotsOf(agreement, features);
  if (slots.length !== 1) return undefined;
  const slot = slots[0];
  const found = new Set<string>();
  for (const row of agreement.articles) {
    const holds = Object.values(row).some((forms) => (typeof forms === 'string' ? forms === form : forms?.includes(form)));
    if (!holds) continue;
    const target = row[slot] ?? (slot.endsWith('.pl') ? row.pl : undefined);
    if (target === undefined) return undefined;
    found.add(typeof target === 'string' ? target : target[0]);
  }
  if (found.size !== 1) return undefined;
  let out = [...found][0];
  // (The form the term's first letters ask for: "il" → "lo", "l'"; only a rule that is sure.)
  const lower = next.toLowerCase();
  for (const rule of profile.articleForms?.forms ?? []) {
    const last = out.split(' ').at(-1)!;
    if (rule.review || rule.onlyAfter || rule.commonNouns || rule.phrases || rule.classes || rule.madeFeminine || rule.words[last] === undefined || !rule.before.test(lower) || rule.notBefore?.has(lower.split(/\s/u)[0])) continue;
    // (A form for one gender's words only, by the term's gender: "un Ente", not "un’Ente".)
    if ((rule.feminine && slot !== 'f') || (rule.masculine && slot !== 'm')) continue;
    out = out.slice(0, out.length - last.length) + rule.words[last];
    break;
  }
  return out;
}

/** A row's form for a slot: its first where it lists several; a plural slot falls back to `pl`. */
function rowForm(row: Agreement['articles'][number], slot: AgreementSlot): string | undefined {
  const forms = row[slot] ?? (slot.endsWith('.pl') ? row.pl : undefined);
  return forms === undefined ? undefined : typeof forms === 'string' ? forms : forms[0];
}

/**
 * The forms of the article `form`'s paradigm that a noun filling slot `to` takes, over the rows
 * (the cases) in which `form` fills one of `from`, the slots the noun it stands before may fill:
 * one form where the case is told, several where not (German "das" before a neuter noun is a
 * nominative or an accusative: "der" or "den" before a masculine one), none where `form` fills
 * none of `from`, or a row has no form for `to`. Written forms in the rows' order, each once.
 *
 * @example
 *   articleTargets(de, 'dem', ['m'], 'f')        // ['der']
 *   articleTargets(de, 'das', ['n'], 'm')        // ['der', 'den']
 */
export function articleTargets(profile: LanguageProfile, form: string, from: readonly AgreementSlot[], to: AgreementSlot): string[] {
  const agreement = profile.agreement;
  if (!agreement) return [];
  const out: string[] = [];
  for (const row of agreement.articles) {
    if (!from.some((slot) => rowForm(row, slot) === form || (typeof row[slot] !== 'string' && row[slot]?.includes(form)))) continue;
    const target = rowForm(row, to);
    if (target === undefined) return [];
    if (!out.includes(target)) out.push(target);
  }
  return out;
}

/**
 * The readings of a determiner that inflects as an article (the profile's `agreement.determiners`:
 * "jedem" as "dem", "seinen" as "einen"): each article form it stands for, and how to write an
 * article form of that paradigm as the determiner ("der" → "jeder"). Undefined for another word.
 */
export function determinerAsArticle(profile: LanguageProfile, word: string): { articles: string[]; written: (article: string) => string | undefined } | undefined {
  for (const d of profile.agreement?.determiners ?? []) {
    for (const stem of d.stems) {
      if (!word.startsWith(stem) || word.length > stem.length + 2) continue;
      const ending = word.slice(stem.length);
      const articles = (d.endings?.[ending] ?? [ending]).map((e) => d.article + e).filter((a) => isAgreeingArticle(profile, a));
      if (articles.length === 0) continue;
      // (Back from an article's ending to the determiner's: "ie" → "e", "as" → "es".)
      const back = new Map<string, string>();
      for (const [own, of] of Object.entries(d.endings ?? {})) for (const e of of) back.set(e, own);
      const written = (article: string) => (article.startsWith(d.article) && !article.includes(' ') ? stem + (back.get(article.slice(d.article.length)) ?? article.slice(d.article.length)) : undefined);
      return { articles, written };
    }
  }
  return undefined;
}
