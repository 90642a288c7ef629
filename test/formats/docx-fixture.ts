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
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`;
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
