/**
 * Small Word documents built by script for the tests: a minimal valid package
 * ([Content_Types].xml, _rels/.rels, word/document.xml), the body's XML as given.
 */
import { writeZip } from '../../src/formats/zip.js';

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
