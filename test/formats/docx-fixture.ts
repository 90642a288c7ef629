/**
 * Small Word documents built by script for the tests: a minimal valid package
 * ([Content_Types].xml, _rels/.rels, word/document.xml), the body's XML as given.
 */
import { createRequire } from 'node:module';
import type * as Saxes from 'saxes';
import { writeZip, readZip, entryData } from '../../src/formats/zip.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** word/document.xml around the body's content. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}${body.includes('<w:sectPr') ? '' : '<w:sectPr/>'}</w:body></w:document>`;
}

/** A paragraph of runs, each [text] or [text, rPr content]. */
export function para(...runs: Array<string | [string, string]>): string {
  return `<w:p>${runs.map((r) => (typeof r === 'string' ? run(r) : run(r[0], r[1]))).join('')}</w:p>`;
}

export function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** A .docx of the body's XML (and further entries, copied as given). */
export function docx(body: string, extra: Array<[string, string | Buffer]> = []): Buffer {
  return writeZip([['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', RELS], ['word/document.xml', documentXml(body)], ...extra]);
}

const saxes = createRequire(import.meta.url)('saxes') as typeof Saxes;

/** The document.xml of a .docx's bytes, checked to be well-formed XML. */
export function documentOf(bytes: Buffer): string {
  const zip = readZip(bytes);
  const xml = entryData(zip, zip.entries.find((e) => e.name === 'word/document.xml')!).toString('utf8');
  const parser = new saxes.SaxesParser();
  parser.write(xml).close();
  return xml;
}

/**
 * A document.xml's text, a line a paragraph, as Word shows it with the changes of `author` (every
 * change without one) accepted (`accept`) or rejected; the others' changes as they stand (their
 * deletions gone, their insertions there).
 */
export function textOf(xml: string, accept: boolean, author?: string): string {
  const by = author === undefined ? '' : `(?=[^>]*\\bw:author="${author}")`;
  const del = new RegExp(`<w:del\\b${by}[^>]*>[\\s\\S]*?</w:del>`, 'g');
  const ins = new RegExp(`<w:ins\\b${by}[^>]*>([\\s\\S]*?)</w:ins>`, 'g');
  let x = accept
    ? xml.replace(del, '').replace(ins, '$1')
    : xml.replace(ins, '').replace(del, (m) => m.replace(/^<w:del\b[^>]*>/, '').replace(/<\/w:del>$/, '').replace(/<(\/?)w:delText\b/g, '<$1w:t'));
  x = x.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '').replace(/<\/?w:ins\b[^>]*>/g, '');
  x = x.replace(/<w:instrText\b[^>]*>[\s\S]*?<\/w:instrText>/g, '');
  const paragraphs = [...x.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:t\b[^>]*?(?:\/>|>([^<]*)<\/w:t>)|<w:tab\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : (t[1] ?? '')))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return paragraphs.join('\n');
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A header's, a footer's, a note's or a comment's XML: the root element around its content (`w:hdr` and the paragraphs, `w:footnotes` and the notes). */
export function partXml(root: string, content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${content}</w:${root}>`;
}

/** Word's separator notes (ids -1 and 0), which every footnotes part begins with. */
export const SEPARATORS = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

/** A note (`w:footnote`, `w:endnote`) or a comment of paragraphs, as Word writes it (its own reference mark first). */
export function note(kind: 'footnote' | 'endnote' | 'comment', id: number, ...paragraphs: string[]): string {
  const mark = kind === 'comment' ? '<w:annotationRef/>' : `<w:${kind}Ref/>`;
  const [first, ...rest] = paragraphs;
  return `<w:${kind} w:id="${id}"${kind === 'comment' ? ' w:author="Redaktion"' : ''}><w:p><w:r>${mark}</w:r>${first.replace(/^<w:p>|<\/w:p>$/g, '')}</w:p>${rest.join('')}</w:${kind}>`;
}

/**
 * A .docx whose main part has relationships (word/_rels/document.xml.rels) to further parts:
 * `rels` as [type (footnotes, header, …), target as written], `parts` as [entry name, XML]. The
 * main part's name and the package relationship's target may be given (`main`, `mainTarget`).
 */
export function docxWith(options: { body: string; rels?: Array<[type: string, target: string]>; parts?: Array<[name: string, xml: string]>; main?: string; mainTarget?: string; relsName?: string }): Buffer {
  const main = options.main ?? 'word/document.xml';
  const relsName = options.relsName ?? main.replace(/([^/]*)$/, '_rels/$1.rels');
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${(options.rels ?? [])
    .map(([type, target], k) => `<Relationship Id="rId${k + 1}" Type="${type.includes('/') ? type : REL_TYPE + type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
  const root = RELS.replace('Target="word/document.xml"', `Target="${options.mainTarget ?? main}"`);
  return writeZip([['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', root], [main, documentXml(options.body)], [relsName, rels], ...(options.parts ?? [])]);
}

/** An entry's XML of a .docx's bytes, checked to be well-formed. */
export function partOf(bytes: Buffer, name: string): string {
  const zip = readZip(bytes);
  const xml = entryData(zip, zip.entries.find((e) => e.name === name)!).toString('utf8');
  new saxes.SaxesParser().write(xml).close();
  return xml;
}
