// Writes corpus/jugend-nachrichten-de.docx, the corpus's Word document: a short German news
// article as machine translation leaves it (from an English original), with a heading, a table,
// a numbered list, a footnote giving its source and a header line, so that `npm run check` shows
// what Lektor does with a Word document (its corrected copy in reports/ holds each fix as a
// tracked change).
//
//   node scripts/make-sample-docx.mjs            (writes the file)
//   node scripts/make-sample-docx.mjs --check    (exit 1 if the file is not what this script writes)
//
// The article is the ARTICLE below: edit it there, run the script, and regenerate the e2e golden
// (`UPDATE_GOLDEN=1 npx vitest run test/e2e`). The errors it holds on purpose are listed beside it.
//
// Reproducible: the same bytes on every run and every machine. No dates anywhere (no
// docProps/core.xml, whose dates Word writes), every zip entry dated 1980-01-01 00:00 (the
// first date a zip can hold), and the entries *stored*, not deflated: deflate's output is
// zlib's, and may differ between zlib builds (Node's bundles Chromium's, which picks its
// hashing by CPU), stored bytes cannot. Word and LibreOffice read stored entries as they read
// deflated ones. Node's own zlib (its crc32) and nothing else: the script runs without a build.
import { crc32 } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_PATH = path.join(ROOT, 'corpus/jugend-nachrichten-de.docx');

// The article. A paragraph is a string; `[^1]` is where the footnote's reference mark goes.
// Its machine translation's errors, on purpose (what Lektor should find):
//  - "Tick Tack" and "You Tube": the glossary's brands TikTok and YouTube, translated;
//  - "sind sind": a repeated word;
//  - "unclear": an English word left untranslated;
//  - "dassviele": two words fused into one;
//  - "…": straight quotation marks, not German „…“;
//  - "sehen ,": a space before a comma;
//  - "um zu erreichen die junge Zielgruppe": a zu-infinitive before its object, English word order;
//  - in the footnote, "2025“ ,": a space before a comma (the footnotes are checked too).
export const ARTICLE = {
  header: 'Medien & Digitales | Wochenausgabe',
  heading: 'Studie: Junge Menschen holen sich Nachrichten vor allem aus sozialen Netzwerken',
  lead: [
    'Immer mehr Jugendliche in Deutschland informieren sich nicht mehr über Zeitungen oder das Fernsehen, sondern über soziale Netzwerke. Das geht aus einer Umfrage hervor, die das Institut für Medienforschung Nord am Dienstag in Hamburg vorgestellt hat.[^1] Befragt wurden 2.000 Jugendliche und junge Erwachsene zwischen 14 und 24 Jahren.',
    'Am häufigsten nannten die Befragten die Video-App Tick Tack, gefolgt von Instagram und You Tube. Fast jeder Zweite gab an, dort jeden Tag Nachrichten zu sehen , meist auf dem Weg zur Schule oder zur Arbeit. Gedruckte Zeitungen spielen für die meisten kaum noch eine Rolle.',
    'Wo junge Menschen täglich Nachrichten sehen (Anteil der Befragten, Mehrfachnennungen möglich):',
  ],
  table: [
    ['Quelle', 'Anteil'],
    ['TikTok', '46 %'],
    ['Instagram', '39 %'],
    ['YouTube', '31 %'],
    ['Fernsehen', '22 %'],
    ['Zeitung, gedruckt oder online', '12 %'],
  ],
  body: [
    '"Die Plattformen sind sind für viele die erste und oft die einzige Quelle", sagte die Studienleiterin Miriam Wagner. Nachrichten würden dort meist nebenbei gesehen, zwischen Musikvideos und Werbung. Viele Befragte könnten nach eigenen Angaben nur schwer erkennen, ob ein Video aus einer seriösen Quelle stammt.',
    'Besonders bei kurzen Clips sei die Herkunft häufig unclear, heißt es in der Studie. Ein Drittel der Befragten gab an, schon einmal eine Falschmeldung geteilt zu haben, ohne es zu merken.',
    'Für die Verlage sind die Ergebnisse eine Herausforderung. Sie müssten neue Wege finden, um zu erreichen die junge Zielgruppe. Wagner sagte, dassviele Redaktionen ihre Beiträge bisher kaum für die Plattformen aufbereiteten.',
    'Die Forscher empfehlen deshalb:',
  ],
  list: [
    'mehr Unterricht in Medienkompetenz an den Schulen,',
    'kurze Videos, in denen Redaktionen ihre Quellen erklären,',
    'eine gemeinsame Anlaufstelle, bei der Nutzer zweifelhafte Videos melden können.',
  ],
  end: [
    'Die vollständige Studie soll im Herbst erscheinen. Das Institut will die Befragung dann jedes Jahr wiederholen.',
  ],
  footnote: 'Quelle: Institut für Medienforschung Nord, „Jugend und Nachrichten 2025“ , Online-Befragung von 2.000 Personen im Alter von 14 bis 24 Jahren.',
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
/** A paragraph of the text, its `[^1]` the footnote's reference mark. */
const para = (text, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text
    .split(/(\[\^1\])/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '[^1]' ? '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' : run(piece)))
    .join('')}</w:p>`;

function table(rows) {
  const widths = [6000, 2000];
  const cell = (text, k, header) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[k]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/>${k === 1 ? '<w:jc w:val="right"/>' : ''}</w:pPr>${run(text, header ? '<w:b/>' : '')}</w:p></w:tc>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows
    .map((cells, r) => `<w:tr>${r === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((text, k) => cell(text, k, r === 0)).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

function documentXml(a) {
  const body = [
    para(a.heading, '<w:pStyle w:val="Heading1"/>'),
    ...a.lead.map((text) => para(text)),
    table(a.table),
    ...a.body.map((text, k) => para(text, k === 0 ? '<w:spacing w:before="240"/>' : '')),
    ...a.list.map((text) => para(text, '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')),
    ...a.end.map((text) => para(text)),
  ].join('');
  const section = '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>';
  return `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`;
}

function footnotesXml(a) {
  const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const note = `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(' ' + a.footnote)}</w:p></w:footnote>`;
  return `${XML}<w:footnotes xmlns:w="${W}" xmlns:r="${R}">${separators}${note}</w:footnotes>`;
}

const headerXml = (a) => `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${para(a.header, '<w:pStyle w:val="Header"/>')}</w:hdr>`;

const STYLES = `${XML}<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>' +
  '</w:styles>';

const NUMBERING = `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const SETTINGS = `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="de-DE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>`;

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  [['document', 'document.main'], ['styles', 'styles'], ['settings', 'settings'], ['numbering', 'numbering'], ['footnotes', 'footnotes'], ['header1', 'header']]
    .map(([part, type]) => `<Override PartName="/word/${part}.xml" ContentType="${MAIN}.${type}+xml"/>`)
    .join('') + '</Types>';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const relationships = (rels) => `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}${type}" Target="${target}"/>`).join('')}</Relationships>`;
const PACKAGE_RELS = relationships([['rId1', 'officeDocument', 'word/document.xml']]);
const DOCUMENT_RELS = relationships([['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml'], ['rId3', 'numbering', 'numbering.xml'], ['rId4', 'footnotes', 'footnotes.xml'], ['rId5', 'header', 'header1.xml']]);

// 1980-01-01 00:00 as MS-DOS writes a date and a time: ((1980 - 1980) << 9) | (1 << 5) | 1, and 0.
const DOS_DATE = 0x0021;
const DOS_TIME = 0;

/** A zip archive of the entries in the order given, each stored (method 0), names in UTF-8. */
export function zipStored(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x800, 6); // names in UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(0, 10);
    record.writeUInt16LE(DOS_TIME, 12);
    record.writeUInt16LE(DOS_DATE, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The sample's bytes: the article as a Word document. */
export function sampleDocx(article = ARTICLE) {
  return zipStored([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['word/document.xml', documentXml(article)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/settings.xml', SETTINGS],
    ['word/numbering.xml', NUMBERING],
    ['word/footnotes.xml', footnotesXml(article)],
    ['word/header1.xml', headerXml(article)],
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = sampleDocx();
  const where = path.relative(process.cwd(), SAMPLE_PATH);
  if (process.argv.includes('--check')) {
    let current;
    try {
      current = readFileSync(SAMPLE_PATH);
    } catch {
      current = undefined;
    }
    if (!current || !current.equals(bytes)) {
      console.error(`${where} is not what scripts/make-sample-docx.mjs writes: run it`);
      process.exit(1);
    }
    console.log(`${where} is up to date (${bytes.length} bytes)`);
  } else {
    writeFileSync(SAMPLE_PATH, bytes);
    console.log(`wrote ${where} (${bytes.length} bytes)`);
  }
}
