import { describe, it, expect } from 'vitest';
import { lineJoins, readText } from '../../src/formats/text.js';
import { check } from '../helpers.js';

describe('plain text: line ends', () => {
  it('reads LF, CRLF and CR alone (old Mac files) alike: one paragraph per line, or per blank line', () => {
    const blocks = (source: string) => readText(source).blocks.map((b) => b.text);
    expect(blocks('a\nb\nc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\r\nb\r\nc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\rb\rc')).toEqual(['a', 'b', 'c']);
    expect(blocks('a\r\n\r\nb c\r\nd')).toEqual(['a', 'b c\r\nd']);
    expect(blocks('a\r\rb\rc')).toEqual(['a', 'b\rc']);
  });

  it('does not join two lines of a CR-only file in a fix ("ist\\rist" is two lines)', async () => {
    const source = 'Erste Zeile hier.\rZweite ist\rist da.\r';
    const r = await check(source, { language: 'de', only: ['repeated-word'], path: 'x.txt' });
    expect(r.findings).toEqual([]);
    expect(r.corrected).toBe(source);
  });
});

/** Greedy wrapping at `width` characters, as editors and mail programs wrap. */
function wrap(paragraph: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line.trim() && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const PARAGRAPHS = [
  'Hikvision, ein chinesisches Unternehmen für Überwachungskameras, wusste, dass seine Technologie verwendet wurde, um die uigurische Minderheit des Landes zu überwachen, so ein von Hikvision selbst angeheuerter Ermittler.',
  'Neue durchgesickerte Aufzeichnungen verleihen den Anschuldigungen gegen Hikvision mehr Glaubwürdigkeit. Sie könnten seine Stellung auf dem Weltmarkt gefährden.',
  '„Das ist ein Problem, über das wir lange gesprochen haben“, sagte der Ermittler, der seit Jahren über Menschenrechte in Xinjiang und die Überwachung der Uiguren schreibt.',
];

describe('plain text: hard-wrapped paragraphs without blank lines', () => {
  const blocks = (source: string) => readText(source).blocks.map((b) => b.text);

  it('reads a hard-wrapped text as its paragraphs, at any common width, with any line end', () => {
    for (const width of [60, 72, 80]) {
      const wrapped = PARAGRAPHS.map((p) => wrap(p, width));
      expect(wrapped.every((p) => p.includes('\n'))).toBe(true);
      expect(blocks(wrapped.join('\n'))).toEqual(wrapped);
      expect(blocks(wrapped.join('\n').replace(/\n/g, '\r\n'))).toEqual(wrapped.map((p) => p.replace(/\n/g, '\r\n')));
    }
  });

  it('keeps one paragraph per line for one sentence per line, as machine translation comes', () => {
    const lines = [
      'Das Unternehmen hat im vergangenen Jahr mehr als eine Milliarde Euro umgesetzt .',
      'Die Kameras wurden in mehreren Provinzen eingesetzt .',
      'Er wurde 1946 in Berlin geboren und studierte später in München Rechtswissenschaften .',
      'Die Regierung hat die Vorwürfe zurückgewiesen .',
      'Der Bericht wurde am Montag veröffentlicht .',
    ];
    expect(blocks(lines.join('\n'))).toEqual(lines);
    // Titles without a period among them, as MT test sets have.
    const titles = ['Liste der Bürgermeister von Berlin', 'Geschichte der Stadt Hamburg im Mittelalter', 'Die Kameras wurden eingesetzt .', 'Bahnhof Köln Messe/Deutz'];
    expect(blocks(titles.join('\n'))).toEqual(titles);
  });

  it('goes on over a word broken by a hyphen at a line\'s end before small letters, one sentence a line or not', () => {
    // (Each line a paragraph before: "gabe der Quelle …" was a paragraph of its own, and "gabe" an unknown word.)
    expect(blocks('Die genaue An-\ngabe der Quelle fehlt in dem Bericht.\n')).toEqual(['Die genaue An-\ngabe der Quelle fehlt in dem Bericht.']);
    expect(blocks('Die genaue An\u2010\r\n   gabe fehlt.\r\nDer Bericht folgt.')).toEqual(['Die genaue An\u2010\r\n   gabe fehlt.', 'Der Bericht folgt.']);
    expect(blocks('Il y a un pro-\nblème.\nThe docu\u00AD\nment is signed.')).toEqual(['Il y a un pro-\nblème.', 'The docu\u00AD\nment is signed.']);
    // A suspended part ("Ein- und Ausgang") goes on too: one sentence, whatever its hyphen is.
    expect(blocks('Der Ein-\nund Ausgang ist gesperrt.')).toEqual(['Der Ein-\nund Ausgang ist gesperrt.']);
    // Not before a capital ("E-⏎Mail", "Nord-⏎Süd-Verbindung": a line of a list may end so), nor after a dash
    // with a space before it or a hyphen alone, nor over a blank line.
    for (const apart of ['Schreiben Sie eine E-\nMail an das Max-\nPlanck-Institut.', 'Er kam -\nund ging.', 'Preis: 10,-\nund mehr', 'Die An-\n\ngabe fehlt.']) {
      expect(blocks(apart)).toEqual(apart.split(/\n+/));
    }
    // Between blank lines a line that ends in a hyphen went on already; the soft hyphen now too, before a capital as well.
    expect(blocks('Titel\n\nDie E\u00AD\nMail kam an.')).toEqual(['Titel', 'Die E\u00AD\nMail kam an.']);
    // In a hard-wrapped text, a broken word's line goes on even where the next line is indented more.
    // (Its last word broken: "Techno-⏎  logie".)
    const lines = wrap(PARAGRAPHS[0], 60).split('\n');
    const k = lines.findIndex((l) => l.endsWith(' Technologie'));
    expect(k).toBeGreaterThan(0);
    const broken = [...lines.slice(0, k), lines[k].replace(/Technologie$/, 'Techno-'), `  logie ${lines[k + 1]}`, ...lines.slice(k + 2)].join('\n');
    expect(blocks(broken)).toEqual([broken]);
    expect(blocks(broken.replace('Techno-', 'Techno'))).not.toEqual([broken.replace('Techno-', 'Techno')]);
  });

  it('keeps a column of short lines (a list without marks) apart', () => {
    const list = ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main'];
    expect(blocks(list.join('\n'))).toEqual(list);
  });

  it('ends a paragraph before a list item after a colon, and goes on over a dash or a date at a line start', () => {
    const width = 60;
    const intro = wrap(`${PARAGRAPHS[0]} Die Ermittler nannten in ihrem Bericht an die Regierung drei Gründe für den Verdacht gegen das Unternehmen:`, width);
    const items = ['- die Verträge mit der Polizei', '- die Software zur Erkennung', '- die Aussagen ehemaliger Angestellter'];
    const after = wrap(PARAGRAPHS[1], width);
    expect(blocks([intro, ...items, after].join('\n'))).toEqual([intro, ...items, after]);
    // A dash and a date that start a wrapped line go on with its sentence.
    const long = 'Die Behörden in Xinjiang, wo mehr als eine Million Uiguren in Lagern inhaftiert sind – und das seit Jahren –, haben die Kameras von Hikvision in großer Zahl gekauft und in allen Städten der Region an Straßen, Moscheen und Schulen aufgestellt, so der Bericht der Ermittler, der am 1. Januar erschien und seither von vielen Zeitungen in aller Welt zitiert und besprochen worden ist.';
    for (const [w, start] of [[84, '– '], [72, '1. ']] as const) {
      const wrapped = wrap(long, w);
      expect(wrapped.split('\n').some((l) => l.startsWith(start))).toBe(true);
      expect(blocks(wrapped)).toEqual([wrapped]);
    }
  });

  it('ends a paragraph before an indented first line', () => {
    const a = wrap(PARAGRAPHS[0], 72, '   ');
    const b = wrap(PARAGRAPHS[1], 72, '   ');
    expect(blocks(`${a}\n${b}`)).toEqual([a.trim(), b.trim()]);
  });

  it('checks a wrapped article as its paragraphs: quotations and repeated stems across a line break', async () => {
    const text = wrap('„Wir werden das Unternehmen nicht freisprechen“, sagte Prosper, der die Aufrechterhaltung aufrechtzuerhalten versuchte und darüber hinaus mit den Behörden verhandelte.', 50)
      + '\n' + wrap('Ein zweiter Absatz folgt hier mit weiteren Angaben zu den Verträgen des Unternehmens, die in dem Bericht genannt werden.', 50);
    const r = await check(text, { language: 'de', only: ['quotes', 'repeated-stem'], path: 'x.txt' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['repeated-stem']);
    expect(r.findings[0].actual).toMatch(/^Aufrechterhaltung\s+aufrechtzuerhalten$/);
  });
});

describe('plain text: lines of their own inside a paragraph', () => {
  const blocks = (source: string) => readText(source).blocks.map((b) => b.text);

  it('reads a caption, a byline and a heading apart from the sentence on the next line', () => {
    expect(blocks('Foto: Die Ministerin in Berlin\nBerlin ist der Sitz der Regierung, wie die Ministerin erklärte.\n\nVon Anna Müller\nMüller ist Korrespondentin in Brüssel.')).toEqual([
      'Foto: Die Ministerin in Berlin',
      'Berlin ist der Sitz der Regierung, wie die Ministerin erklärte.',
      'Von Anna Müller',
      'Müller ist Korrespondentin in Brüssel.',
    ]);
    expect(blocks('REGIERUNG PRÜFT VERBOT\nDie Bundesregierung prüft ein Verbot.\n\nZweiter Absatz.')).toEqual(['REGIERUNG PRÜFT VERBOT', 'Die Bundesregierung prüft ein Verbot.', 'Zweiter Absatz.']);
  });

  it('reads list items apart, after a colon and after each other', () => {
    expect(blocks('Was wir wissen:\n- Ein Wecker aus China ist beliebt\n- Tick Tack sperrt Konten von Politikern\n\nMehr dazu später.')).toEqual([
      'Was wir wissen:',
      '- Ein Wecker aus China ist beliebt',
      '- Tick Tack sperrt Konten von Politikern',
      'Mehr dazu später.',
    ]);
  });

  it('keeps a hard-wrapped paragraph whole, and a line that goes on after a comma', () => {
    const paragraphs = PARAGRAPHS.map((p) => wrap(p, 60));
    expect(blocks(paragraphs.join('\n\n'))).toEqual(paragraphs);
    expect(blocks('Er sagte,\n„Das ist gut“.\n\nDanach ging er.')).toEqual(['Er sagte,\n„Das ist gut“.', 'Danach ging er.']);
  });

  it('records how a block of several lines was read, which the reader\'s own joins give back', () => {
    const paragraphs = PARAGRAPHS.map((p) => wrap(p, 60));
    for (const [source, blankLines] of [[paragraphs.join('\n\n'), true], [paragraphs.join('\n'), false]] as const) {
      for (const block of readText(source).blocks) {
        expect(block.wrap).toMatchObject({ blankLines });
        expect(block.wrap!.width).toBeLessThanOrEqual(60);
        // (Where it stands among the widths of the lines that set it: the paragraph's, or the whole text's.)
        const widths = (blankLines ? block.text : source).split('\n').map((l) => [...l].length);
        expect(block.wrap!.narrower).toBe(widths.filter((w) => w < block.wrap!.width).length);
        expect(block.wrap!.upTo).toBe(widths.filter((w) => w <= block.wrap!.width).length);
        if (blankLines) expect(lineJoins(block.text.split('\n'), true)!.every(Boolean)).toBe(true);
      }
    }
    expect(readText('Eine Zeile.\n\nNoch eine.').blocks.map((b) => b.wrap)).toEqual([undefined, undefined]);
  });

  it('no longer reads a caption and the next sentence as one: no double across them, and a glossary fix in a list item is written', async () => {
    const r = await check('Foto: Die Ministerin in Berlin\nBerlin ist der Sitz der Regierung, wie die Ministerin erklärte.\n\nEin zweiter Absatz folgt.', { language: 'de', only: ['repeated-word'], path: 'x.txt' });
    expect(r.findings).toEqual([]);
    const list = 'Was wir wissen:\n- Ein Wecker aus China ist beliebt\n- Tick Tack sperrt Konten von Politikern\n\nMehr dazu später.';
    const g = await check(list, { language: 'de', only: ['glossary'], path: 'x.txt' });
    expect(g.corrected).toBe(list.replace('Tick Tack', 'TikTok'));
  });
});

describe('plain text: what a review found read wrong', () => {
  const blocks = (source: string) => readText(source).blocks.map((b) => b.text);

  it('judges a wrapped paragraph by its own width, not by a long unwrapped one beside it', () => {
    const long = 'Hikvision, ein chinesisches Unternehmen für Überwachungskameras, wusste, dass seine Technologie verwendet wurde, um die uigurische Minderheit des Landes zu überwachen, so ein von Hikvision selbst angeheuerter Ermittler.';
    const wrapped = 'Der Minister sagte: „Wir werden die\nVerordnung sofort umsetzen, und zwar\nin allen Ländern.“ Die Opposition\nkritisiert den Plan.';
    expect(blocks(`Titel des Artikels\n\n${long}\n\n${wrapped}\n`)).toEqual(['Titel des Artikels', long, wrapped]);
  });

  it('keeps a list of headlines, one a line without a period, apart', () => {
    const headlines = [
      'Regierung will Steuern für mittlere Einkommen senken und in Berlin',
      'Berlin erwartet schwierige Verhandlungen über den Haushalt des Bundes',
      'Opposition kritisiert die Pläne der Regierung für kleine Einkommen',
      'Einkommen der Rentner steigen im kommenden Jahr um mehrere Prozent',
      'Gewerkschaften fordern höhere Löhne für die Beschäftigten im Handel',
      'Handel rechnet mit einem schwachen Weihnachtsgeschäft in diesem Jahr',
    ];
    expect(blocks(headlines.join('\n'))).toEqual(headlines);
  });
});

describe('plain text: read as before after a fix changed a line\'s width', () => {
  // (A second run over Lektor's own corrected text read other paragraphs: a longer term moved the
  // width, a line's 90th percentile, and lines a few characters shorter ended paragraphs.)
  const shape = (source: string) => readText(source).blocks.map((b) => b.text.split('\n').length);
  const texts = [60, 72, 80].flatMap((width) => {
    const paragraphs = PARAGRAPHS.map((p) => wrap(p, width));
    return [paragraphs.join('\n'), paragraphs.join('\n\n')];
  });
  /** The text with line `i` changed by `change`. */
  const changed = (text: string, i: number, change: (line: string) => string) => text.split('\n').map((l, k) => (k === i ? change(l) : l)).join('\n');

  it('keeps the width where a line grew longer than it (a longer term)', () => {
    for (const text of texts) {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        // (Not a paragraph's last line: wider than the width, it reads as full, and runs on into
        // the next paragraph where no blank line is between them.)
        if (lines[i] === '' || (lines[i + 1] ?? '') === '' || !text.includes('\n\n') && /[.!?“]$/.test(lines[i])) continue;
        expect(shape(changed(text, i, (l) => l.replace(' ', ' Informationstechnik '))), `${i}: ${lines[i]}`).toEqual(shape(text));
      }
      // Two lines of a paragraph longer (the first paragraph's first two: it has three or more).
      const longer = changed(changed(text, 0, (l) => l.replace(' ', ' Informationstechnik ')), 1, (l) => l.replace(' ', ' für Sicherheit in der '));
      expect(shape(longer)).toEqual(shape(text));
    }
  });

  it('reads a hard-wrapped text tokenized as machine translation comes ("wurde ." , "teil ,") as it reads it detokenized', async () => {
    // (Its sentences' ends, each after a space, were not counted: the text was read one
    // paragraph a line, and after the fixes took those spaces out, as paragraphs; a second run
    // found "ihn⏎ihn", which the first had not.)
    const tokenized = [
      'Gleichzeitig nahm die Legion an der Befriedung Algeriens',
      'teil , die von verschiedenen Stammesaufständen heimgesucht',
      'wurde . Er beginnt auch eine Affäre mit Veronica , die ihn',
      'ihn rettet . Der Minister sagte dazu am Montag in Berlin ,',
      'dass die Lage ernst ist . Die urbane Morphologie dieser',
      'beiden lokalen Wasserscheiden tendiert dazu , sie zusammen',
      'zu bringen .',
    ].join('\n');
    const detokenized = tokenized.replace(/ ([.,])/g, '$1');
    expect(shape(tokenized)).toEqual(shape(detokenized));
    expect(shape(tokenized)).toEqual([7]);
    const first = await check(tokenized, { language: 'de', path: 'a.txt' });
    const second = await check(first.corrected, { language: 'de', path: 'a.txt' });
    const found = (r: typeof first) => r.findings.filter((f) => f.ruleId === 'repeated-word').map((f) => f.start.line);
    expect(found(first)).toEqual([4]);
    expect(found(second)).toEqual(found(first));
  });

  it('goes on over a line that breaks off in a sentence a few characters shorter (a shorter term)', () => {
    let shorter = 0;
    for (const text of texts) {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        // (Not a paragraph's first line, which may be a title over the text: see below.)
        if (lines[i] === '' || /[.!?:“]$/.test(lines[i]) || i === 0 || lines[i - 1] === '') continue;
        // Three characters off its longest word.
        const longest = lines[i].split(' ').reduce((a, b) => ([...b].length > [...a].length ? b : a));
        const short = changed(text, i, (l) => l.replace(longest, [...longest].slice(3).join('')));
        expect(shape(short), `${i}: ${lines[i]}`).toEqual(shape(text));
        shorter++;
      }
    }
    expect(shorter).toBeGreaterThanOrEqual(30);
    // A title over the text (a paragraph's first line, or the text's) stays apart, however long.
    const title = 'Regierung plant neue Regeln für soziale Netzwerke in Europa';
    const body = 'Die Bundesregierung will die Betreiber sozialer Netzwerke stärker in die\nPflicht nehmen, sagte ein Sprecher am Montag in Berlin vor Journalisten.';
    expect(readText(`${title}\n${body}\n\nZweiter Absatz.\n`).blocks.map((b) => b.text)).toEqual([title, body, 'Zweiter Absatz.']);
    const wrapped = PARAGRAPHS.map((p) => wrap(p, 72)).join('\n');
    expect(readText(`${title}\n${wrapped}\n`).blocks[0].text).toBe(title);
    // A short line stays apart, as a caption or a byline does (see above).
    expect(readText('Von Anna Müller, Korrespondentin in Brüssel\nDie Kommission hat am Montag beschlossen, die Zölle auf Stahl zu senken.\n\nZweiter Absatz.').blocks).toHaveLength(3);
  });
});

