/**
 * TBX (ISO 30042:2019) exchange with termbases and CAT tools.
 *
 * Export writes TBX-Basic in the DCA style:
 *
 *     <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 *       <tbxHeader>…</tbxHeader>
 *       <text><body>
 *         <conceptEntry id="c-tiktok">
 *           <descrip type="subjectField">brand</descrip>          the Lektor type
 *           <admin type="source">…</admin>                         source
 *           <note>…</note>                                         note
 *           <admin type="lektor:caseSensitive">false</admin>       only when false
 *           <admin type="lektor:doNotTranslate">true</admin>       only when true
 *           <admin type="lektor:reviewNear">Wecker|Zeiger</admin>     only with reviewNear
 *           <admin type="lektor:examples">{"flag":[…],"pass":[…]}</admin>   JSON, only with examples
 *           <langSec xml:lang="de">                                one per language
 *             <termSec>                                            the term
 *               <term>TikTok</term>
 *               <termNote type="partOfSpeech">properNoun</termNote>     person, organisation, body, brand, place
 *               <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
 *             </termSec>
 *             <termSec>                                            firstMention, if any
 *               <term>…</term>
 *               <termNote type="termType">fullForm</termNote>
 *               <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
 *             </termSec>
 *             <termSec>                                            one per forbidden variant
 *               <term>Tick Tack</term>
 *               <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
 *             </termSec>
 *
 * Entries that share a `concept` are one conceptEntry, `id` the concept (when it is
 * a valid XML id, else a generated one), with `<admin type="lektor:concept">` giving
 * the concept, and a langSec per entry and language (`en` for "Federal Communications
 * Commission", `de` for "US-Telekommunikationsbehörde FCC"). The entry-level fields
 * that all its entries share are on the conceptEntry; the others are written in each
 * langSec of the entry they belong to (the same elements, a langSec level lower).
 * When import could not tell two entries of the concept apart by term, fields and
 * variants (the same language in two entries, or entries differing in their languages
 * only), each langSec says its entry: `<admin type="lektor:entry">2</admin>`. An entry
 * without a concept is a conceptEntry of its own, with a generated id (`c-<term>`).
 *
 * The `lektor:*` admin types are Lektor's own data categories (a strict TBX-Basic
 * validator reports them; other tools ignore them). Export → import gives back the
 * same entries (all fields but `origin`); the entries of one concept come back
 * together, at the place of the first of them.
 *
 * Import also reads TBX from other tools: TBX 2019 (`<tbx>`, `<conceptEntry>`,
 * `<langSec>`, `<termSec>`, DCA or DCT style) and TBX v2 (`<martif>`, `<termEntry>`,
 * `<langSet>`, `<tig>` / `<ntig>`). Per language, the preferred term (else the first
 * admitted one, else the first without a status) is the term; deprecated, superseded
 * and obsolete terms are the forbidden variants; a non-preferred full form is the first
 * mention. Languages are the primary subtag (`de-DE` → `de`); the languages of a
 * concept with the same term and variants become one entry, a concept with different
 * terms per language becomes one entry per term, each with the conceptEntry's `id`
 * as its `concept` (a generated one when it has no id). `<note>` (else a definition)
 * is the note, `source` the source, a `subjectField` naming a Lektor type the type.
 *
 * The parser is saxes, a non-validating parser that reads no DTD: a DOCTYPE is
 * ignored, external entities are never fetched, and a document that declares
 * entities (XXE, "billion laughs") is refused.
 */
import { SaxesParser } from 'saxes';
import { profileFor } from '../languages/index.js';
import { GlossaryError, REVIEW_NEAR_WORD, TERM_TYPES, type GlossaryEntry, type GlossaryExample, type TermType } from './types.js';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

const PROPER_NOUN: readonly TermType[] = ['person', 'organisation', 'body', 'brand', 'place'];

// ---------------------------------------------------------------- export

/** Escape text for XML content or a double-quoted attribute; refuse what XML 1.0 cannot carry. */
export function escapeXml(value: string, what = 'text'): string {
  // Control characters but tab and line breaks, U+FFFE/U+FFFF, and (in `u` mode: lone) surrogates.
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u.exec(value);
  if (bad) throw new Error(`${what} contains the character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML cannot carry`);
  return value.replace(/[&<>"'\r\n\t]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === "'" ? '&apos;' : c === '\r' ? '&#13;' : c === '\n' ? '&#10;' : '&#9;',
  );
}

/** Escape text content: like escapeXml, but line breaks and tabs stay literal (XML keeps them, except a CR). */
function escapeText(value: string, what: string): string {
  return escapeXml(value, what).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

function conceptId(term: string, used: Set<string>): string {
  const slug = term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'term';
  let id = `c-${slug}`;
  for (let n = 2; used.has(id); n++) id = `c-${slug}-${n}`;
  used.add(id);
  return id;
}

/** A valid XML ID (an NCName, ASCII subset), so a concept can be the conceptEntry's id as it is. */
const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Entries as a TBX-Basic document. With `lang`, only that language's entries and sections. */
export function entriesToTbx(entries: readonly GlossaryEntry[], options: { lang?: string; title?: string } = {}): string {
  const out: string[] = [];
  const el = (indent: number, name: string, attrs: Record<string, string>, text: string, what: string) => {
    const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(v, what)}"`).join('');
    out.push(`${'  '.repeat(indent)}<${name}${a}>${escapeText(text, what)}</${name}>`);
  };
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX_NAMESPACE}">`);
  out.push('  <tbxHeader>', '    <fileDesc>', '      <titleStmt>');
  el(4, 'title', {}, options.title ?? 'Lektor glossary', 'title');
  out.push('      </titleStmt>', '      <sourceDesc>');
  el(4, 'p', {}, 'Exported by Lektor (lektor glossary export --format tbx).', 'header');
  out.push('      </sourceDesc>', '    </fileDesc>', '  </tbxHeader>', '  <text>', '    <body>');

  // One conceptEntry per concept (at the place of its first entry), one per entry without a concept.
  const groups: GlossaryEntry[][] = [];
  const byConcept = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    if (options.lang && !entry.languages.includes(options.lang)) continue;
    if (entry.concept === undefined) {
      groups.push([entry]);
      continue;
    }
    const group = byConcept.get(entry.concept);
    if (group) group.push(entry);
    else {
      const fresh = [entry];
      byConcept.set(entry.concept, fresh);
      groups.push(fresh);
    }
  }
  // Concepts that are valid ids keep them; generated ids never take one of those.
  const used = new Set([...byConcept.keys()].filter((c) => XML_ID.test(c)));
  const languagesOf = (entry: GlossaryEntry) => (options.lang ? [options.lang] : entry.languages);
  for (const group of groups) {
    const concept = group[0].concept;
    const id = concept !== undefined && XML_ID.test(concept) ? concept : conceptId(concept ?? group[0].term, used);
    conceptToTbx(group, languagesOf, id, el, out);
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

type Emit = (indent: number, name: string, attrs: Record<string, string>, text: string, what: string) => void;

const exampleJson = (entry: GlossaryEntry) => {
  const flag = entry.examples.flag.map((x) => (x.fixed === undefined ? x.text : { text: x.text, fixed: x.fixed }));
  return JSON.stringify({ flag, pass: entry.examples.pass });
};

/**
 * The entry-level fields, each with its TBX element: written on the conceptEntry when
 * every entry of the concept has the same value, else on each entry's langSecs.
 */
const ENTRY_FIELDS: Array<{ value: (e: GlossaryEntry) => string | undefined; emit: (e: GlossaryEntry, indent: number, el: Emit) => void }> = [
  { value: (e) => e.type, emit: (e, i, el) => el(i, 'descrip', { type: 'subjectField' }, e.type, 'the type') },
  { value: (e) => e.source, emit: (e, i, el) => e.source !== undefined && el(i, 'admin', { type: 'source' }, e.source, 'the source') },
  { value: (e) => e.note, emit: (e, i, el) => e.note !== undefined && el(i, 'note', {}, e.note, 'the note') },
  { value: (e) => String(e.caseSensitive), emit: (e, i, el) => !e.caseSensitive && el(i, 'admin', { type: 'lektor:caseSensitive' }, 'false', 'caseSensitive') },
  { value: (e) => String(e.doNotTranslate), emit: (e, i, el) => e.doNotTranslate && el(i, 'admin', { type: 'lektor:doNotTranslate' }, 'true', 'doNotTranslate') },
  { value: (e) => e.reviewNear?.join('|'), emit: (e, i, el) => e.reviewNear !== undefined && e.reviewNear.length > 0 && el(i, 'admin', { type: 'lektor:reviewNear' }, e.reviewNear.join('|'), 'reviewNear') },
  {
    value: exampleJson,
    emit: (e, i, el) => (e.examples.flag.length > 0 || e.examples.pass.length > 0) && el(i, 'admin', { type: 'lektor:examples' }, exampleJson(e), 'an example'),
  },
];

/** What import compares to tell the entries of one concept apart (all but the languages). */
const signature = (e: GlossaryEntry) => JSON.stringify([e.term, e.firstMention, e.wrong, e.review ?? [], ...ENTRY_FIELDS.map((f) => f.value(e) ?? null)]);

function conceptToTbx(group: GlossaryEntry[], languagesOf: (e: GlossaryEntry) => string[], id: string, el: Emit, out: string[]): void {
  const concept = group[0].concept;
  const shared = ENTRY_FIELDS.filter((f) => group.every((e) => f.value(e) === f.value(group[0])));
  const own = ENTRY_FIELDS.filter((f) => !shared.includes(f));
  // Import groups a concept's languages by term and fields; entries that would fall
  // together (the same language, or nothing but the languages differs) are numbered.
  const langs = group.flatMap(languagesOf);
  const numbered = new Set(langs).size < langs.length || new Set(group.map(signature)).size < group.length;

  /** Errors (text that XML cannot carry) name the entry. */
  const about = (entry: GlossaryEntry, write: () => void) => {
    try {
      write();
    } catch (error) {
      if (error instanceof GlossaryError) throw error;
      throw new GlossaryError(entry.origin.file, entry.origin.line, `entry "${entry.term}": ${(error as Error).message}`);
    }
  };
  about(group[0], () => {
    out.push(`      <conceptEntry id="${escapeXml(id, 'the concept')}">`);
    if (concept !== undefined) el(4, 'admin', { type: 'lektor:concept' }, concept, 'the concept');
    for (const f of shared) f.emit(group[0], 4, el);
  });
  const termSec = (term: string, notes: Array<[string, string]>, what: string) => {
    out.push('          <termSec>');
    el(6, 'term', {}, term, what);
    for (const [type, value] of notes) el(6, 'termNote', { type }, value, what);
    out.push('          </termSec>');
  };
  group.forEach((entry, n) => about(entry, () => {
    for (const lang of languagesOf(entry)) {
      out.push(`        <langSec xml:lang="${escapeXml(lang, 'a language code')}">`);
      if (numbered) el(5, 'admin', { type: 'lektor:entry' }, String(n + 1), 'the entry');
      for (const f of own) f.emit(entry, 5, el);
      const grammar: Array<[string, string]> = [];
      // (The term's gender and number in this language: TBX-Basic's own data categories.)
      if (entry.gender?.[lang] !== undefined) grammar.push(['grammaticalGender', GENDER_NAMES[entry.gender[lang]]]);
      if (entry.plural?.[lang] !== undefined) grammar.push(['grammaticalNumber', entry.plural[lang] ? 'plural' : 'singular']);
      termSec(entry.term, [...(PROPER_NOUN.includes(entry.type) ? [['partOfSpeech', 'properNoun'] as [string, string]] : []), ...grammar, ['administrativeStatus', 'preferredTerm-admn-sts']], 'the term');
      if (entry.firstMention !== undefined) {
        termSec(entry.firstMention, [['termType', 'fullForm'], ['administrativeStatus', 'admittedTerm-admn-sts']], 'firstMention');
      }
      for (const wrong of entry.wrong) termSec(wrong, [['administrativeStatus', 'deprecatedTerm-admn-sts']], `the variant "${wrong}"`);
      // A variant for review: deprecated too (other tools see a term not to use), and marked as Lektor's.
      for (const v of entry.review ?? []) termSec(v, [['administrativeStatus', 'deprecatedTerm-admn-sts'], ['lektor:review', 'true']], `the variant "${v}"`);
      out.push('        </langSec>');
    }
  }));
  out.push('      </conceptEntry>');
}

// ---------------------------------------------------------------- import

interface XmlElement {
  /** Local name (prefix removed). */
  name: string;
  qname: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
  line: number;
}

/** Parse XML into a small element tree. No DTD is read and no entity but the five of XML is known. */
export function parseXml(text: string, file: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (m: string): never => {
    throw new GlossaryError(file, parser.line, m);
  };
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('the DOCTYPE declares entities; entity declarations (and external entities) are not accepted in TBX');
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : String((v as { value: string }).value);
    const el: XmlElement = { name: tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name, qname: tag.name, attrs, children: [], line: parser.line };
    if (stack.length > 0) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack.at(-1)!.children.push(t);
  });
  parser.on('cdata', (t) => {
    if (stack.length > 0) stack.at(-1)!.children.push(t);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof GlossaryError) throw error;
    // (saxes starts its message with the line and the column, from 1, of the character at fault.)
    const place = /^(?:[^:]*:)?(\d+):(\d+):\s*/.exec((error as Error).message);
    const message = (error as Error).message.slice(place?.[0].length ?? 0);
    throw new GlossaryError(file, place ? Number(place[1]) : parser.line, `invalid XML: ${message}`, [], place ? Number(place[2]) : undefined);
  }
  if (!root) throw new GlossaryError(file, 1, 'no XML element');
  return root;
}

const elements = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');
const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

interface Field {
  key: string;
  value: string;
  el: XmlElement;
}

/**
 * The data categories under an element: `<descrip|admin|termNote|note type="…">` (DCA,
 * TBX v2) and `<prefix:category>` (DCT), looking through `*Grp` wrappers, and not into
 * the elements named in `stop`.
 */
function fieldsOf(el: XmlElement, stop: Set<string>): Field[] {
  const out: Field[] = [];
  for (const c of elements(el)) {
    if (stop.has(c.name)) continue;
    if (['descrip', 'admin', 'termNote', 'transacNote', 'ref', 'xref'].includes(c.name) && c.qname === c.name) {
      if (c.attrs.type) out.push({ key: c.attrs.type, value: textOf(c), el: c });
    } else if (c.name === 'note' && c.qname === 'note') out.push({ key: 'note', value: textOf(c), el: c });
    else if (c.qname !== c.name && !c.qname.startsWith('xml:')) out.push({ key: c.name, value: textOf(c), el: c });
    else if (/Grp$/.test(c.name) || c.name === 'tig' || c.name === 'ntig') out.push(...fieldsOf(c, stop));
  }
  return out;
}

const TERM_UNITS = new Set(['termSec', 'tig', 'ntig']);
const LANG_UNITS = new Set(['langSec', 'langSet']);
const CONCEPTS = new Set(['conceptEntry', 'termEntry']);

function findAll(el: XmlElement, names: Set<string>, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (names.has(c.name)) out.push(c);
    else findAll(c, names, out);
  }
  return out;
}

function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const deep = findFirst(c, name);
    if (deep) return deep;
  }
  return undefined;
}

interface LangData {
  term?: string;
  /** Every allowed term, in order (preferred, admitted, full form or without a status). */
  allowed?: string[];
  admitted?: string;
  plain?: string;
  fullForm?: string;
  wrong: string[];
  /** Deprecated terms Lektor exported as variants for review (`lektor:review`). */
  review: string[];
  note?: string;
  /** The term's `grammaticalGender` and `grammaticalNumber` (TBX-Basic termNotes), as Lektor reads them. */
  gender?: 'm' | 'f' | 'n';
  plural?: boolean;
}

const GENDERS: Readonly<Record<string, 'm' | 'f' | 'n'>> = { masculine: 'm', feminine: 'f', neuter: 'n' };
const GENDER_NAMES: Readonly<Record<string, string>> = { m: 'masculine', f: 'feminine', n: 'neuter' };

function status(fields: Field[]): 'preferred' | 'admitted' | 'deprecated' | undefined {
  for (const f of fields) {
    if (!['administrativeStatus', 'normativeAuthorization', 'usageStatus'].includes(f.key)) continue;
    const v = f.value.trim().toLowerCase();
    if (/^(deprecated|superseded|obsolete|rejected|forbidden)/.test(v)) return 'deprecated';
    if (/^(preferred|standardized|legal|regulated)/.test(v)) return 'preferred';
    if (/^admitted/.test(v)) return 'admitted';
  }
  return undefined;
}

/** Entry-level fields read from one element's data categories (only those it gives). */
interface EntryFields {
  type?: TermType;
  note?: string;
  source?: string;
  caseSensitive?: boolean;
  doNotTranslate?: boolean;
  reviewNear?: string[];
  examples?: GlossaryEntry['examples'];
}

function entryFields(fields: Field[], fail: (m: string) => never, warn: (m: string) => void = () => {}): EntryFields {
  const get = (key: string) => fields.find((f) => f.key === key)?.value;
  const out: EntryFields = {};
  const subject = get('subjectField')?.trim();
  if (subject) {
    // (Another tool's subject field: "Brands", "Person" name a type too; anything else is said.)
    const lower = subject.toLowerCase();
    const type = TERM_TYPES.find((t) => t === lower || `${t}s` === lower || (t === 'body' && lower === 'bodies'));
    if (type) out.type = type;
    else warn(`subject field "${subject}" is no Lektor type (${TERM_TYPES.join(', ')}): imported as "term"`);
  }
  const notes = fields.filter((f) => f.key === 'note').map((f) => f.value);
  const note = notes.length > 0 ? notes.join('\n') : get('definition');
  if (note !== undefined) out.note = note;
  const source = get('source');
  if (source !== undefined) out.source = source;
  for (const [key, field] of [['lektor:caseSensitive', 'caseSensitive'], ['lektor:doNotTranslate', 'doNotTranslate']] as const) {
    const v = get(key)?.trim().toLowerCase();
    if (v === undefined) continue;
    if (v !== 'true' && v !== 'false') fail(`${key} must be true or false, not "${v}"`);
    out[field] = v === 'true';
  }
  const near = get('lektor:reviewNear');
  if (near !== undefined) {
    const words = near.split(/[|,]/).map((w) => w.trim().normalize('NFC')).filter(Boolean);
    for (const w of words) if (!REVIEW_NEAR_WORD.test(w)) fail(`lektor:reviewNear "${w}" must be one word (words separated by |)`);
    if (words.length > 0) out.reviewNear = words;
  }
  const examples = get('lektor:examples');
  if (examples !== undefined) out.examples = parseExamples(examples, fail);
  return out;
}

/** Read a TBX document into entries (origin: the file and the line of the concept). */
export function tbxToEntries(text: string, file: string): { entries: GlossaryEntry[]; warnings: string[] } {
  const root = parseXml(text, file);
  if (root.name !== 'tbx' && root.name !== 'martif') {
    throw new GlossaryError(file, root.line, `not a TBX document: the root element is <${root.qname}>, expected <tbx> or <martif>`);
  }
  const entries: GlossaryEntry[] = [];
  const warnings: string[] = [];
  const concepts = findAll(root, CONCEPTS);
  // Ids for concepts without one: never one that the document uses.
  const usedIds = new Set(concepts.map((c) => c.attrs.id).filter((id): id is string => id !== undefined));
  for (const concept of concepts) {
    const where = `${file}:${concept.line}`;
    const fail = (m: string): never => {
      throw new GlossaryError(file, concept.line, m);
    };
    const fields = fieldsOf(concept, LANG_UNITS);
    // Exported by Lektor from entries with a concept: entry-level fields on a langSec are that entry's own.
    const lektorConcept = fields.find((f) => f.key === 'lektor:concept')?.value;
    const shared = entryFields(fields, fail, (m) => warnings.push(`${where}: ${m}`));

    // Per language (and Lektor entry number): the term, the first mention, the forbidden variants.
    const byLang = new Map<string, LangData & { lang: string; entry?: string; own: EntryFields }>();
    for (const langSec of elements(concept).flatMap((c) => (LANG_UNITS.has(c.name) ? [c] : findAll(c, LANG_UNITS)))) {
      const raw = langSec.attrs['xml:lang'] ?? langSec.attrs.lang;
      if (!raw) fail(`<${langSec.qname}> without xml:lang`);
      const lang = raw.toLowerCase().split(/[-_]/)[0];
      if (!/^[a-z]{2,3}$/.test(lang)) fail(`"${raw}" is not a language code`);
      const langFields = fieldsOf(langSec, TERM_UNITS);
      const entryNo = langFields.find((f) => f.key === 'lektor:entry')?.value.trim();
      const key = `${entryNo ?? ''}\u0000${lang}`;
      const data = byLang.get(key) ?? { lang, entry: entryNo, wrong: [], review: [], own: lektorConcept !== undefined ? entryFields(langFields, fail) : {} };
      byLang.set(key, data);
      data.note ??= langFields.find((f) => f.key === 'note')?.value ?? langFields.find((f) => f.key === 'definition')?.value;
      for (const unit of findAll(langSec, TERM_UNITS)) {
        const termEl = findFirst(unit, 'term');
        const value = termEl ? textOf(termEl).trim() : '';
        if (value === '') {
          warnings.push(`${file}:${unit.line}: a term without text, skipped`);
          continue;
        }
        const unitFields = fieldsOf(unit, new Set());
        const st = status(unitFields);
        const fullForm = unitFields.some((f) => f.key === 'termType' && f.value.trim() === 'fullForm');
        if (st === 'deprecated') {
          const forReview = unitFields.some((f) => f.key === 'lektor:review' && f.value.trim() === 'true');
          const list = forReview ? data.review : data.wrong;
          if (!data.wrong.includes(value) && !data.review.includes(value)) list.push(value);
        } else {
          if (st === 'preferred' && data.term === undefined) {
            data.term = value;
            const gender = GENDERS[unitFields.find((f) => f.key === 'grammaticalGender')?.value.trim() ?? ''];
            const number = unitFields.find((f) => f.key === 'grammaticalNumber')?.value.trim();
            // (Only where Lektor reads the language's articles for them, and a gender the language has.)
            const agreement = profileFor(lang)?.agreement;
            if (gender !== undefined && agreement?.genders.includes(gender)) data.gender = gender;
            if ((number === 'plural' || number === 'singular') && agreement) data.plural = number === 'plural';
          }
          else if (fullForm) data.fullForm ??= value;
          else if (st === 'admitted') data.admitted ??= value;
          else data.plain ??= value;
          (data.allowed ??= []).push(value);
        }
      }
    }

    // Languages with the same term, variants, first mention (and, from Lektor, the same
    // entry fields and entry number) become one entry.
    const groups: Array<{
      key: string;
      languages: string[];
      term: string;
      wrong: string[];
      review: string[];
      firstMention?: string;
      note?: string;
      fields: EntryFields;
      gender: Record<string, 'm' | 'f' | 'n'>;
      plural: Record<string, boolean>;
    }> = [];
    for (const d of byLang.values()) {
      const lang = d.lang;
      let term = d.term ?? d.admitted ?? d.plain;
      let firstMention = d.fullForm;
      if (term === undefined && firstMention !== undefined) {
        term = firstMention;
        firstMention = undefined;
      }
      if (term === undefined) {
        warnings.push(`${where}: no preferred or admitted term for ${lang}, skipped`);
        continue;
      }
      // Other allowed terms (synonyms, an abbreviation beside its full name): one term per
      // language is what Lektor enforces; each left out is said, not dropped unnoticed.
      for (const other of new Set(d.allowed ?? [])) {
        if (other !== term && other !== firstMention) warnings.push(`${where}: "${other}" [${lang}] is another allowed term beside "${term}": not imported (Lektor keeps one term per language; add it as an entry of its own if it should be checked)`);
      }
      const wrong = d.wrong.filter((w) => w !== term);
      if (wrong.length < d.wrong.length) warnings.push(`${where}: "${term}" [${lang}] is both allowed and deprecated; kept as the term`);
      const review = d.review.filter((w) => w !== term);
      const fields: EntryFields = { ...shared, ...d.own };
      const key = JSON.stringify([d.entry ?? null, term, firstMention ?? null, wrong, review, lektorConcept !== undefined ? fields : null]);
      let same = groups.find((g) => g.key === key);
      if (same) same.languages.push(lang);
      else groups.push((same = { key, languages: [lang], term, wrong, review, firstMention, note: d.note, fields, gender: {}, plural: {} }));
      if (d.gender !== undefined) same.gender[lang] = d.gender;
      if (d.plural !== undefined) same.plural[lang] = d.plural;
    }
    if (groups.length === 0) warnings.push(`${where}: no term, skipped`);
    // The concept: Lektor's own, else the id of a concept with several entries (its terms in several languages).
    let conceptOf = lektorConcept;
    if (conceptOf === undefined && groups.length > 1) {
      conceptOf = concept.attrs.id ?? conceptId(groups[0].term, usedIds);
    }
    for (const g of groups) {
      const f = g.fields;
      const examples = f.examples ?? { flag: [], pass: [] };
      entries.push({
        term: g.term,
        languages: g.languages,
        type: f.type ?? 'term',
        wrong: g.wrong,
        ...(g.review.length > 0 ? { review: g.review } : {}),
        ...(f.reviewNear !== undefined ? { reviewNear: [...f.reviewNear] } : {}),
        caseSensitive: f.caseSensitive ?? true,
        firstMention: g.firstMention,
        doNotTranslate: f.doNotTranslate ?? false,
        note: lektorConcept !== undefined ? f.note : (f.note ?? g.note),
        source: f.source,
        examples: { flag: examples.flag.map((x) => ({ ...x })), pass: [...examples.pass] },
        ...(conceptOf !== undefined ? { concept: conceptOf } : {}),
        ...(Object.keys(g.gender).length > 0 ? { gender: g.gender } : {}),
        ...(Object.keys(g.plural).length > 0 ? { plural: g.plural } : {}),
        origin: { file, line: concept.line },
      });
    }
  }
  return { entries, warnings };
}

function parseExamples(json: string | undefined, fail: (m: string) => never): GlossaryEntry['examples'] {
  if (json === undefined) return { flag: [], pass: [] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('lektor:examples is not valid JSON');
  }
  const v = value as { flag?: unknown; pass?: unknown };
  if (typeof v !== 'object' || v === null) fail('lektor:examples must be {"flag": […], "pass": […]}');
  const flag: GlossaryExample[] = [];
  for (const x of Array.isArray(v.flag) ? v.flag : []) {
    if (typeof x === 'string') flag.push({ text: x, fixed: undefined });
    else if (typeof x === 'object' && x !== null && typeof x.text === 'string' && (x.fixed === undefined || typeof x.fixed === 'string')) {
      flag.push({ text: x.text, fixed: x.fixed });
    } else fail('lektor:examples: each flag example must be a string or {"text", "fixed"}');
  }
  const pass = Array.isArray(v.pass) ? v.pass : [];
  if (!pass.every((x) => typeof x === 'string')) fail('lektor:examples: pass examples must be strings');
  return { flag, pass: pass as string[] };
}
