/**
 * The review panel of a document's HTML report: an editor chooses, for each change Lektor
 * made or suggests, the original text or one of the suggestions (or leaves an open finding as
 * is), and downloads the text with those choices (or copies it from the page). The rest of the
 * page follows: the text's diff, the statuses, the counts and the "only what is open" filter
 * (the report marks what the script draws over: `fix-<n>` ids and `data-f` numbers, see
 * html.ts). Without scripts the page is as before: Lektor's choices, the panel hidden, and the
 * findings table listing everything.
 *
 * The page's script is one inline script allowed by its hash in the page's Content Security
 * Policy (no other script can run, nor can this one load anything); the data it reads is a
 * JSON block (`<script type="application/json">`, never run) with `<` written `\u003c`, so
 * an article's "</script>" cannot end it. The script puts article text into the page only as
 * text (`textContent`, `value`), never as markup, and shows bidirectional controls by name.
 *
 * How the choices make the text is `applyChoices`, written once, below, as the script's
 * source: the report runs the same code in Node to check that Lektor's own choices give back
 * exactly the corrected text, and leaves the panel out of a page where they would not.
 */
import { createHash } from 'node:crypto';
import { isReviewHint, type DocumentResult } from '../core/types.js';
import { suggestionsWritable, toSource, type Block, type ProseDocument, type Segment } from '../core/document.js';
import { keepLineBreaksInBlock } from '../fix/line-breaks.js';
import { readText } from '../formats/text.js';
import { readMarkdown } from '../formats/markdown-reader.js';
import { htmlCdataAsRead, inCdata, readXliff } from '../formats/xliff-reader.js';
import { htmlTextAsReadIn, readHtml } from '../formats/html-reader.js';
import { groupDigits } from '../core/count.js';

/** One change an editor can choose for: a finding's span and its suggestions. */
export interface ReviewChange {
  /** The finding's number in the report (its row is `#f-<n>`). */
  n: number;
  /** Source offsets of the span (UTF-16 code units, end exclusive). */
  s: number;
  e: number;
  /** The text there. */
  a: string;
  /** The suggestions ('' deletes). */
  x: string[];
  /** Lektor's choice: 0 the original, k the k-th suggestion (the applied fix). */
  c: number;
  /**
   * 1 when Lektor marked the finding fixed (its fix, or one around it that made it), 0 when it
   * is open: an open one can be left as is (the editor's choice -1), without suggestions too.
   */
  f: 0 | 1;
  /**
   * Where the span holds a line break: for each suggestion (0 where it has none), what taking it
   * writes instead of the suggestion over the span, `[start, end, text]`, its line breaks kept as
   * Lektor's glossary fix keeps them (`suggestionLayouts`); the range may take in the space
   * before the span or the one after the word it ends in.
   */
  l?: Array<[number, number, string] | 0>;
  /**
   * 1 where the span is in a CDATA section of an XLIFF file: its text and suggestions are as
   * written there (`&amp;` is five characters), not XML text the page draws read.
   */
  r?: 1;
  /**
   * 1 where the panel offers none of the suggestions to take, for an open finding whose span
   * holds markup its reader left out of the text (an HTML or XLIFF tag, a Markdown emphasis mark
   * or a link's `](url)`: `Tick</b> Tack` holds the end tag and not the start tag), where a
   * suggestion would end a Markdown title or break a front-matter value, or where the file could
   * not be read again to tell (see `markupSpans`): written over the span, it would break or lose
   * markup. The editor edits it by hand.
   */
  m?: 1;
  /**
   * An HTML page's, or an XLIFF file's in a CDATA section read as HTML: the change's text and its
   * suggestions as read, `[a, ...x]` (their character references as their characters, as its
   * reader reads them: `&nbsp;` a no-break space, `&eacute;` é), where one differs from what is
   * written. The choices' labels show these; the file gets `a`
   * and `x`, byte for byte.
   */
  d?: string[];
}

/**
 * The choices applied to the original, in order of position (at one position an insertion
 * first, then the longer span, then the finding's number): a chosen change that overlaps one
 * applied before it, or a second insertion at one point, is left out and named in `skipped`.
 * A suggestion with a layout (`l`, a line break kept) is applied as the layout writes it.
 * Lektor's own `applyFixes` reads the same rules, but orders fixes at one position by their
 * rules' priority, which a report does not know: where that would give another text, the
 * check in `reviewChanges` leaves the panel out (and says so).
 */
const APPLY_SOURCE = String.raw`function applyChoices(original, changes, chosen) {
  var picks = [];
  for (var i = 0; i < changes.length; i++) {
    var c = changes[i];
    var k = chosen[i];
    // (Never a suggestion over markup: see the change's m.)
    if (!(k > 0 && k <= c.x.length) || c.m) continue;
    // (A suggestion over a line break: as its layout writes it, line break kept.)
    var lay = c.l ? c.l[k - 1] : 0;
    picks.push(lay ? { i: i, n: c.n, s: lay[0], e: lay[1], t: lay[2] } : { i: i, n: c.n, s: c.s, e: c.e, t: c.x[k - 1] });
  }
  picks.sort(function (p, q) {
    return p.s - q.s || (p.e === p.s ? 0 : 1) - (q.e === q.s ? 0 : 1) || (q.e - q.s) - (p.e - p.s) || p.n - q.n;
  });
  var out = '';
  var at = 0;
  var lastStart = -1;
  var skipped = [];
  for (var k2 = 0; k2 < picks.length; k2++) {
    var p = picks[k2];
    if (p.s < at || (p.s === p.e && p.s === lastStart) || p.s < 0 || p.e > original.length || p.e < p.s) {
      skipped.push(p.i);
      continue;
    }
    if (original.slice(p.s, p.e) === p.t) continue;
    out += original.slice(at, p.s) + p.t;
    at = p.e;
    lastStart = p.s;
  }
  return { text: out + original.slice(at), skipped: skipped };
}`;

/**
 * The page's script: the panel, a choice per finding, the text and its download, and the rest of
 * the page (the text's diff, the statuses, the counts, the filter) drawn as the editor chooses.
 */
const SCRIPT = String.raw`(function () {
  'use strict';
  ${APPLY_SOURCE}
  // (The panel comes before the findings table: its rows are there once the page is read.)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  function start() {
  var data = document.getElementById('lektor-review');
  var panel = document.getElementById('review-panel');
  if (!data || !panel) return;
  var review = JSON.parse(data.textContent);
  var original = review.original;
  var changes = review.changes;
  // A choice: 0 the original (for an open finding: not decided yet), k the k-th suggestion,
  // -1 (an open finding only) left as is, decided.
  var chosen = changes.map(function (c) { return c.c; });
  function allowed(v, c) {
    return typeof v === 'number' && Math.floor(v) === v && v <= c.x.length && (v === 0 || (v > 0 && !c.m) || (v === -1 && c.f === 0));
  }
  // The editor's choices are kept in this browser (for this report of this text: its
  // fingerprint), so that a closed tab or a reload loses nothing; back to Lektor's forgets them.
  var key = 'lektor-review:' + review.name + ':' + review.fingerprint;
  var restored = false;
  try {
    var saved = JSON.parse(window.localStorage.getItem(key) || 'null');
    if (Array.isArray(saved) && saved.length === changes.length && saved.every(function (v, i) { return allowed(v, changes[i]); })) {
      chosen = saved;
      restored = true;
    }
  } catch (e) {
    // (No storage here, or what it held is not ours: Lektor's choices.)
  }
  // Beside them, what they come to (the header's counts), for the batch's page (index.html),
  // which reads it by the same name: see index-html.ts.
  var progressKey = 'lektor-review-progress:' + review.name + ':' + review.fingerprint;
  function ownChoices() {
    return chosen.every(function (v, i) { return v === changes[i].c; });
  }
  function remember() {
    try {
      if (ownChoices()) {
        window.localStorage.removeItem(key);
        window.localStorage.removeItem(progressKey);
      } else window.localStorage.setItem(key, JSON.stringify(chosen));
    } catch (e) {
      // (Not kept: the page still works.)
    }
  }
  // (The script is ASCII: its hash holds whatever charset a server sends the page with.)
  var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2060\u2028\u2029]/g;
  var SPACES = { '\u00A0': '<NBSP>', '\u202F': '<NNBSP>', '\t': '<TAB>', '\u2009': '<THIN SPACE>' };
  // Controls by name, as the report names them in the text ("<U+202E>"); tabs and line breaks kept.
  function named(s) {
    return s.replace(BIDI, function (ch) { return ch === '\t' || ch === '\n' || ch === '\r' ? ch : '<U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '>'; });
  }
  // An XLIFF file's text as its reader reads it: its references as their characters (the
  // suggestions are written into the file as XML text); in a CDATA section (the change's \`r\`),
  // as it is written, where "&amp;" is five characters.
  var REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
  var ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  function read(s, c) {
    return !review.xml || c.r ? s : s.replace(REFERENCE, function (all, hex, dec, name) {
      if (name) return ENTITIES[name];
      var code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      return code <= 0x10FFFF ? String.fromCodePoint(code) : all;
    });
  }
  // A change's text (k 0) or its k-th suggestion as read: an HTML page's as Lektor read it (the
  // change's \`d\`: its named references too, which the page has no table of), else by \`read\`.
  function readChoice(c, k) {
    return c.d ? c.d[k] : read(k === 0 ? c.a : c.x[k - 1], c);
  }
  // Text drawn into the page: controls by name, and its line breaks as the page's text has them
  // (an HTML page reads CR LF and CR as LF).
  function drawnText(s, c) {
    return named(read(s, c)).replace(/\r\n?/g, '\n');
  }
  // A label of text as read: controls and special spaces by name, line breaks as a return sign,
  // spaces at its ends as open boxes, and a long text as its start and its end (two suggestions
  // that differ near the end still look different).
  function shown(s) {
    var t = named(s).replace(/\r\n|\r|\n/g, '\u23CE').replace(/[\u00A0\u202F\u2009\t]/g, function (ch) { return SPACES[ch]; });
    t = t.replace(/^ +| +$/g, function (sp) { return sp.replace(/ /g, '\u2423'); });
    return t.length > 80 ? t.slice(0, 44) + ' \u2026 ' + t.slice(-32) : t;
  }
  function option(select, value, label) {
    var o = document.createElement('option');
    o.value = String(value);
    o.textContent = label;
    select.appendChild(o);
  }
  // What the page draws for each finding, found once: its row, its status cell, its number in
  // the text, its applied fix (an id when Lektor applied it), and the stretches of text it covers.
  var index = {};
  changes.forEach(function (c, i) { index[c.n] = i; });
  var selects = [];
  var notes = [];
  var rows = [];
  var cells = [];
  var refs = [];
  var fixes = [];
  var inserted = [];
  changes.forEach(function (c, i) {
    fixes[i] = document.getElementById('fix-' + c.n);
    refs[i] = document.getElementById('ref-' + c.n);
    var row = document.getElementById('f-' + c.n);
    if (!row) return;
    rows[i] = row;
    cells[i] = row.querySelector('td.status-fixed, td.status-open');
    var cell = row.querySelector('td.choices');
    if (!cell) return;
    var select = document.createElement('select');
    select.setAttribute('aria-label', 'Your choice for finding ' + c.n);
    if (c.f === 0) {
      option(select, 0, 'not decided yet');
      option(select, -1, c.a === '' ? 'leave as is: add nothing' : 'leave as is: ' + shown(readChoice(c, 0)));
    } else option(select, 0, c.a === '' ? 'keep: add nothing' : 'keep: ' + shown(readChoice(c, 0)));
    // (A suggestion over markup is not offered: the note says so.)
    if (!c.m) c.x.forEach(function (x, k) {
      option(select, k + 1, x === '' ? 'delete it' : (c.a === '' ? 'add: ' : 'write: ') + shown(readChoice(c, k + 1)));
    });
    select.value = String(chosen[i]);
    select.addEventListener('change', function () {
      chosen[i] = Number(select.value);
      // (A choice made since a rule's action: that action is no longer the last to undo.)
      if (undoButton) {
        undoing = null;
        undoButton.hidden = true;
      }
      // (With "only what is open" ticked, the row just decided stays, receding, until the filter
      // is ticked again: the editor sees what they chose, and can change it.)
      if (onlyOpen && onlyOpen.checked) row.classList.add('kept');
      restored = false;
      remember();
      update();
    });
    var note = document.createElement('span');
    note.className = 'choice-note';
    cell.appendChild(select);
    cell.appendChild(note);
    selects[i] = select;
    notes[i] = note;
  });
  var onlyOpen = document.getElementById('flt-open');
  if (onlyOpen) onlyOpen.addEventListener('change', function () {
    rows.forEach(function (row) { if (row) row.classList.remove('kept'); });
  });
  var text = document.getElementById('text');
  var stretches = text ? text.querySelectorAll('[data-f]') : [];
  var numbers = [];
  var under = changes.map(function () { return []; });
  for (var t = 0; t < stretches.length; t++) {
    numbers[t] = stretches[t].getAttribute('data-f').split(' ');
    for (var k = 0; k < numbers[t].length; k++) {
      var j = index[numbers[t][k]];
      if (j !== undefined) under[j].push(t);
    }
  }
  // Every finding of the table (those without a choice keep Lektor's status), for the counts.
  var table = [];
  var tableRows = document.querySelectorAll('table.findings tr[id^="f-"]');
  for (var r = 0; r < tableRows.length; r++) {
    var tr = tableRows[r];
    var severity = /(?:^| )sev-(error|warning|info)(?: |$)/.exec(tr.className);
    table.push({ i: index[tr.id.slice(2)], severity: severity ? severity[1] : 'info', category: tr.cells.length > 3 ? tr.cells[3].textContent : '', status: tr.classList.contains('fixed') ? 'fixed' : 'open' });
  }
  // A sentence's findings, for its status.
  var sentences = [];
  var sentenceRows = document.querySelectorAll('table.sentences tr[data-f]');
  var inSentences = changes.map(function () { return []; });
  for (var q = 0; q < sentenceRows.length; q++) {
    var ns = sentenceRows[q].getAttribute('data-f').split(' ');
    sentences.push({ row: sentenceRows[q], findings: ns.map(function (n) { return index[n]; }) });
    ns.forEach(function (n) { if (index[n] !== undefined) inSentences[index[n]].push(q); });
  }
  sentences.forEach(function (s) {
    // (Those without a choice: Lektor's status, from the sentence's count of what is open.)
    var cell = s.row.cells[3];
    var open = cell ? /^(\d+) open/.exec(cell.textContent) : null;
    var offered = s.findings.filter(function (i) { return i !== undefined; });
    var lektorOpen = offered.filter(function (i) { return changes[i].f === 0; }).length;
    s.openOthers = (open ? Number(open[1]) : 0) - lektorOpen;
    s.fixedOthers = s.findings.length - offered.length - s.openOthers;
  });
  // Lektor's status of each finding offered, as the page draws it without this script.
  var lektor = changes.map(function (c) { return c.f === 1 ? 'fixed' : 'open'; });
  var drawn = lektor.map(function (s, i) { return s + ':' + changes[i].c; });
  var status = lektor.slice();
  var STATUS = { fixed: 'fixed', yours: 'fixed by you', undone: 'undone by you', left: 'left as is by you', open: 'open', overlap: 'open: your choice overlaps another' };
  function decided(s) { return s !== 'open' && s !== 'overlap'; }
  // The status of each finding under the editor's choices: a fix another chosen fix around it
  // makes is fixed while that one is made, undone with it.
  function statuses(skipped) {
    var made = [];
    for (var i = 0; i < changes.length; i++) if (chosen[i] > 0 && !skipped[i]) made.push(i);
    made.sort(function (a, b) { return changes[a].s - changes[b].s || changes[a].e - changes[b].e; });
    function covered(i) {
      var lo = 0, hi = made.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (changes[made[mid]].s <= changes[i].s) lo = mid + 1; else hi = mid; }
      for (var m = lo - 1; m >= 0 && m >= lo - 2; m--) if (made[m] !== i && changes[made[m]].e >= changes[i].e) return true;
      return false;
    }
    return changes.map(function (c, i) {
      var v = chosen[i];
      if (v > 0) return skipped[i] ? 'overlap' : v === c.c ? 'fixed' : 'yours';
      if (v === -1) return 'left';
      if (c.f === 0) return 'open';
      return covered(i) ? 'fixed' : 'undone';
    });
  }
  // The status a finding's title ends its first line with ("#3 spelling \u00B7 spelling \u00B7
  // info \u00B7 open"), as Lektor wrote it ("from"), written as the editor's ("to").
  function restate(title, from, to) {
    var end = title.indexOf('\n');
    if (end < 0) end = title.length;
    var tail = ' \u00B7 ' + from;
    return title.slice(0, end).slice(-tail.length) === tail ? title.slice(0, end - from.length) + to + title.slice(end) : title;
  }
  // A finding's title as the editor's choice makes it: its status, and the suggestion they took
  // where it is not Lektor's, on the line after ("Your choice: \u201CTik Tok\u201D").
  function describe(title, i) {
    var c = changes[i];
    var v = chosen[i];
    var note = restate(title, lektor[i], STATUS[status[i]]);
    if (v > 0 && v !== c.c) {
      var end = note.indexOf('\n');
      if (end < 0) end = note.length;
      note = note.slice(0, end) + '\nYour choice: ' + (c.x[v - 1] === '' ? '(delete)' : '\u201C' + shown(readChoice(c, v)) + '\u201D') + note.slice(end);
    }
    return note;
  }
  var noteBase = refs.map(function (ref) { return ref && ref.firstElementChild ? ref.firstElementChild.getAttribute('data-note') : null; });
  var titleBase = fixes.map(function (fix) { return fix ? fix.title : null; });
  // The spaces a fix's white space removed, drawn as such, which an undone fix keeps.
  var spacesRemoved = fixes.map(function (fix) { return fix ? fix.querySelectorAll('del.ws') : []; });
  // The spaces a suggestion over a line break may take for the break (its layout, see
  // suggestionLayouts): by their offset in the text.
  var spaceAt = {};
  var spaceEls = text ? text.querySelectorAll('[data-w]') : [];
  for (var w = 0; w < spaceEls.length; w++) spaceAt[spaceEls[w].getAttribute('data-w')] = spaceEls[w];
  var moved = [];
  var taken = changes.map(function () { return false; });
  function paint(i, s) {
    var c = changes[i];
    var v = chosen[i];
    var done = decided(s);
    var mine = s !== lektor[i];
    if (rows[i]) {
      rows[i].classList.toggle('fixed', done);
      rows[i].classList.toggle('open', !done);
    }
    if (cells[i]) {
      cells[i].className = (done ? 'status-fixed' : 'status-open') + (mine ? ' status-yours' : '');
      cells[i].textContent = STATUS[s];
    }
    var ref = refs[i];
    if (ref) {
      ref.classList.toggle('fixed', done);
      ref.classList.toggle('open', !done);
      // (Its label reads the note, as the report writes it.)
      if (noteBase[i] !== null) {
        var note = describe(noteBase[i], i);
        ref.firstElementChild.setAttribute('data-note', note);
        ref.firstElementChild.setAttribute('aria-label', 'Finding ' + note.slice(1).replace(/\n/g, '. '));
      }
    }
    var made = s === 'fixed' || s === 'yours';
    var fix = fixes[i];
    if (fix) {
      fix.classList.toggle('undone', !made);
      fix.classList.toggle('other', made && v !== c.c);
      fix.title = describe(titleBase[i], i);
      // (An undone fix removes no space: the fix's own title says so.)
      for (var d = 0; d < spacesRemoved[i].length; d++) {
        if (made) spacesRemoved[i][d].setAttribute('title', 'space removed');
        else spacesRemoved[i][d].removeAttribute('title');
      }
    }
    taken[i] = !fix && s === 'yours';
    // The suggestion the editor chose, where Lektor's diff does not show it: over a line break as
    // its layout writes it, the break kept between its words, or moved to the space it takes.
    var lay = made && v > 0 && c.l ? c.l[v - 1] || 0 : 0;
    var space = lay === 0 ? -1 : lay[0] < c.s ? lay[0] : lay[1] > c.e ? lay[1] - 1 : -1;
    var insert = v > 0 && made && (fix ? v !== c.c : s === 'yours') ? (lay !== 0 && space < 0 ? lay[2] : c.x[v - 1]) : '';
    if (inserted[i] && insert === '') {
      inserted[i].remove();
      inserted[i] = undefined;
    } else if (insert !== '') {
      if (!inserted[i]) {
        inserted[i] = document.createElement('ins');
        inserted[i].className = 'yours';
      }
      inserted[i].title = noteBase[i] !== null ? describe(noteBase[i], i) : 'your choice for finding ' + c.n;
      inserted[i].textContent = drawnText(insert, c);
      if (fix) fix.after(inserted[i]);
      else if (ref) ref.before(inserted[i]);
    }
    var el = space >= 0 ? spaceAt[String(space)] : undefined;
    if (moved[i] && moved[i].el !== el) {
      moved[i].el.classList.remove('taken', 'ws');
      moved[i].el.removeAttribute('title');
      moved[i].ins.remove();
      moved[i] = undefined;
    }
    if (el) {
      // (The line break as the text writes it: its own CR LF, the next line's indentation.)
      var x = c.x[v - 1];
      var written = lay[0] < c.s ? lay[2].slice(0, lay[2].length - x.length) : lay[2].slice(x.length + (lay[1] - 1 - c.e));
      if (!moved[i]) {
        var brk = document.createElement('ins');
        brk.className = 'yours brk';
        moved[i] = { el: el, ins: brk };
      }
      el.classList.add('taken', 'ws');
      el.title = 'a line break instead of this space, for your choice for finding ' + c.n;
      moved[i].ins.title = el.title;
      moved[i].ins.textContent = drawnText(written, c);
      el.after(moved[i].ins);
    }
  }
  // The title of a stretch of text as Lektor wrote it, and the titles of its findings in it
  // (each one's as Lektor wrote it, the note of its number in the text), to be written anew.
  var stretchTitle = [];
  for (var st = 0; st < stretches.length; st++) stretchTitle[st] = stretches[st].getAttribute('title');
  var lektorNotes = {};
  function lektorNote(n) {
    if (!(n in lektorNotes)) {
      var j = index[n];
      var r = j !== undefined ? refs[j] : document.getElementById('ref-' + n);
      lektorNotes[n] = j !== undefined ? { note: noteBase[j], open: lektor[j] === 'open' } : r && r.firstElementChild ? { note: r.firstElementChild.getAttribute('data-note'), open: r.classList.contains('open') } : { note: null, open: false };
    }
    return lektorNotes[n];
  }
  // A mark's title is the titles of the open findings over it, in order, then the review hints':
  // each one's written again as the editor decided (left as it is where it does not read so).
  function retitle(t) {
    var base = stretchTitle[t];
    if (base === null) return;
    var out = [];
    var at = 0;
    for (var k = 0; k < numbers[t].length; k++) {
      var n = numbers[t][k];
      var own = lektorNote(n);
      if (!own.open) continue;
      if (own.note === null || base.substr(at, own.note.length) !== own.note) return;
      var j = index[n];
      out.push(j === undefined ? own.note : describe(own.note, j));
      at += own.note.length;
      if (base.substr(at, 2) === '\n\n') at += 2;
    }
    var rest = base.slice(at);
    stretches[t].setAttribute('title', out.join('\n\n') + (out.length > 0 && rest !== '' ? '\n\n' : '') + rest);
  }
  function restretch(t) {
    var el = stretches[t];
    var all = true;
    var any = false;
    for (var k = 0; k < numbers[t].length; k++) {
      var j = index[numbers[t][k]];
      if (j === undefined || !decided(status[j])) all = false;
      if (j !== undefined && taken[j]) any = true;
    }
    el.classList.toggle('taken', any);
    if (el.tagName === 'MARK') el.classList.toggle('decided', all);
    retitle(t);
  }
  function badge(severity, n) {
    var b = document.createElement('span');
    b.className = 'badge sev-' + severity + (n === 0 ? ' zero' : '');
    b.textContent = severity + ' ' + n;
    return b;
  }
  function fill(el, nodes) {
    if (!el) return;
    while (el.firstChild) el.removeChild(el.firstChild);
    nodes.forEach(function (n, k) {
      if (k > 0) el.appendChild(document.createTextNode(' '));
      el.appendChild(typeof n === 'string' ? document.createTextNode(n) : n);
    });
  }
  function parts(fixed, undone, left) {
    return [fixed ? fixed + ' fixed' : '', undone ? undone + ' undone' : '', left ? left + ' left as is' : ''].filter(Boolean).join(', ');
  }
  // The header's counts and the filter's, from every finding of the table.
  function recount() {
    var n = { fixed: 0, yours: 0, undone: 0, left: 0, open: 0, overlap: 0 };
    var bySeverity = { error: 0, warning: 0, info: 0 };
    var byCategory = {};
    table.forEach(function (f) {
      var s = f.i === undefined ? f.status : status[f.i];
      n[s]++;
      if (decided(s)) return;
      bySeverity[f.severity]++;
      byCategory[f.category] = (byCategory[f.category] || 0) + 1;
    });
    var open = n.open + n.overlap;
    try {
      if (!ownChoices()) {
        var unlike = 0;
        for (var i = 0; i < changes.length; i++) if (chosen[i] !== changes[i].c) unlike++;
        window.localStorage.setItem(progressKey, JSON.stringify({ fixed: n.fixed + n.yours, undone: n.undone, left: n.left, open: open, openBySeverity: [bySeverity.error, bySeverity.warning, bySeverity.info], unlike: unlike, total: table.length }));
      }
    } catch (e) {
      // (Not kept: the batch's page shows Lektor's.)
    }
    rescore(document.getElementById('doc-score'), table.length > 0 && open === 0, n.fixed + n.yours === table.length);
    var fixed = document.getElementById('count-fixed');
    if (fixed) fixed.textContent = n.fixed + n.yours + ' fixed' + (n.undone ? ', ' + n.undone + ' undone by you' : '') + (n.left ? ', ' + n.left + ' left as is by you' : '');
    var counted = document.getElementById('count-open');
    if (counted) counted.textContent = open + ' open';
    var label = document.getElementById('open-count');
    if (label) label.textContent = String(open);
    fill(document.getElementById('open-by-severity'), ['error', 'warning', 'info'].map(function (s) { return badge(s, bySeverity[s]); }));
    var categories = Object.keys(byCategory).sort(function (a, b) { return byCategory[b] - byCategory[a] || (a < b ? -1 : a > b ? 1 : 0); });
    fill(document.getElementById('open-by-category'), categories.length === 0 ? ['none'] : categories.map(function (c) {
      var chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = c + ' ' + byCategory[c];
      return chip;
    }));
  }
  // A score's badge: grey where nothing is left open (the score is the translation's, before its
  // fixes), else coloured by the score, as the report draws it (scoreBadge in html.ts).
  function rescore(el, resolved, allFixed) {
    var score = el ? el.querySelector('.score') : null;
    if (!score) return;
    var v = Number(score.textContent);
    score.className = 'score ' + (resolved ? 'score-fixed' : v >= 85 ? 'score-good' : v >= 70 ? 'score-fair' : 'score-poor');
    if (resolved) score.title = 'the translation before its fixes; every finding was ' + (allFixed ? 'fixed' : 'decided');
    else score.removeAttribute('title');
  }
  function resentence(s) {
    var open = s.openOthers, fixed = s.fixedOthers, undone = 0, left = 0;
    s.findings.forEach(function (i) {
      if (i === undefined) return;
      var st = status[i];
      if (st === 'fixed' || st === 'yours') fixed++;
      else if (st === 'undone') undone++;
      else if (st === 'left') left++;
      else open++;
    });
    var total = s.findings.length;
    var cell = s.row.cells[3];
    if (!cell) return;
    var head = document.createElement('span');
    head.className = open > 0 ? 'status-open' : 'status-fixed';
    var rest = open > 0 ? parts(fixed, undone, left) : fixed === total ? '' : parts(fixed, undone, left);
    head.textContent = open > 0 ? open + ' open' : fixed === total ? 'all ' + total + ' fixed' : 'none open';
    var nodes = [head];
    if (rest !== '') {
      var small = document.createElement('small');
      small.textContent = '(' + rest + ')';
      nodes.push(small);
    }
    fill(cell, nodes);
    s.row.classList.toggle('fixed', open === 0);
    rescore(s.row.cells[0], total > 0 && open === 0, fixed === total);
    // (The score once Lektor's fixes are in, beside it: not the editor's, where they undid one or
    // chose otherwise.)
    var after = s.row.cells[0] ? s.row.cells[0].querySelector('.after') : null;
    if (after) after.hidden = s.findings.some(function (i) { return i !== undefined && status[i] !== lektor[i] && status[i] !== 'left'; });
  }
  var count = document.getElementById('review-count');
  var area = document.getElementById('review-text');
  var suggested = changes.filter(function (c) { return c.x.length > 0 && !c.m; }).length;
  var MARKUP = 'edit by hand: its suggestion would be written over markup (a tag, a link), which it would break';
  // The text of the choices as made: the text box's value has its line breaks as LF only, and a
  // CR LF file is downloaded with its own.
  var current = original;
  function update() {
    var result = applyChoices(original, changes, chosen);
    current = result.text;
    area.value = result.text;
    var skipped = {};
    result.skipped.forEach(function (i) { skipped[i] = true; });
    status = statuses(skipped);
    var changed = 0;
    var differ = 0;
    var left = 0;
    var names = [];
    var touched = {};
    var again = {};
    var dirty = false;
    for (var i = 0; i < changes.length; i++) {
      if (chosen[i] > 0 && !skipped[i]) changed++;
      if (chosen[i] === -1) left++;
      else if (chosen[i] !== changes[i].c) differ++;
      if (skipped[i] && names.length < 10) names.push('#' + changes[i].n);
      if (rows[i]) rows[i].classList.toggle('choice-skipped', skipped[i] === true);
      if (notes[i]) notes[i].textContent = skipped[i] ? 'left out: it overlaps another change chosen' : changes[i].m ? MARKUP : '';
      // (The choice too: a title says which suggestion was taken, also one left out.)
      var now = status[i] + ':' + chosen[i];
      if (now !== drawn[i]) {
        drawn[i] = now;
        dirty = true;
        paint(i, status[i]);
        under[i].forEach(function (t) { touched[t] = true; });
        inSentences[i].forEach(function (q) { again[q] = true; });
      }
    }
    Object.keys(touched).forEach(function (t) { restretch(Number(t)); });
    Object.keys(again).forEach(function (q) { resentence(sentences[Number(q)]); });
    // (At Lektor's choices the page stays as the report wrote it.)
    if (dirty) recount();
    recountRules();
    var out = result.skipped.length;
    count.textContent = (restored ? 'Your choices of your last visit. ' : '') + changed + ' of ' + suggested + ' changes made' + (differ > 0 ? ', ' + differ + ' unlike Lektor' : '') + (left > 0 ? ', ' + left + (left === 1 ? ' finding' : ' findings') + ' left as is' : '') + (differ + left === 0 ? ', as Lektor chose' : '') +
      (out > 0 ? '; ' + out + (out === 1 ? ' choice is' : ' choices are') + ' left out because ' + (out === 1 ? 'it overlaps' : 'they overlap') + ' another (' + names.join(', ') + (out > names.length ? ', \u2026' : '') + ')' : '');
  }
  document.getElementById('review-reset').addEventListener('click', function () {
    for (var i = 0; i < changes.length; i++) {
      chosen[i] = changes[i].c;
      if (selects[i]) selects[i].value = String(chosen[i]);
    }
    restored = false;
    remember();
    update();
  });
  document.getElementById('review-download').addEventListener('click', function () {
    // (A UTF-16 file in its own encoding, its byte order mark kept: the text holds it as U+FEFF.)
    var wide = review.encoding === 'utf-16le' || review.encoding === 'utf-16be';
    var bytes = null;
    if (wide) {
      bytes = new Uint8Array(current.length * 2);
      for (var b = 0; b < current.length; b++) {
        var unit = current.charCodeAt(b);
        var hi = unit >> 8, lo = unit & 255;
        bytes[2 * b] = review.encoding === 'utf-16le' ? lo : hi;
        bytes[2 * b + 1] = review.encoding === 'utf-16le' ? hi : lo;
      }
    }
    var blob = new Blob([wide ? bytes : current], { type: wide ? 'application/octet-stream' : 'text/plain;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = review.name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // (Not at once: the download reads the object after the click returns.)
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  });
  // Setting one finding's choice, by the rules' buttons and the keys (each then remembered and
  // drawn once): with "only what is open" ticked, a row decided stays in view, receding, as one
  // decided in its own list does.
  function set(i, v) {
    if (!allowed(v, changes[i]) || chosen[i] === v) return false;
    chosen[i] = v;
    if (selects[i]) selects[i].value = String(v);
    if (onlyOpen && onlyOpen.checked && rows[i]) rows[i].classList.add('kept');
    return true;
  }
  // Taking a finding's suggestion: Lektor's fix where it made one (for a fix inside another,
  // Lektor's "keep": the one around it makes the change), else the first, where one is offered.
  function take(i) {
    var c = changes[i];
    return c.f === 1 ? c.c : c.x.length > 0 && !c.m ? 1 : chosen[i];
  }
  // Keeping the original: a fix undone, an open finding left as is.
  function keep(i) {
    return changes[i].f === 1 ? 0 : -1;
  }
  // A rule's action ("label": what it was) can be undone in one step: the choices it replaced,
  // those the editor had made one by one among them, come back (the undo button, under the rules).
  var undoButton = null;
  var undoing = null;
  function decide(list, how, label) {
    var before = list.map(function (i) { return chosen[i]; });
    var any = false;
    list.forEach(function (i) { if (set(i, how === 'take' ? take(i) : how === 'keep' ? keep(i) : changes[i].c)) any = true; });
    if (!any) return;
    if (label && undoButton) {
      undoing = { list: list, before: before };
      undoButton.textContent = 'Undo: ' + label;
      undoButton.hidden = false;
    } else if (undoButton) {
      undoing = null;
      undoButton.hidden = true;
    }
    restored = false;
    remember();
    update();
  }
  // Every finding of a rule at once (a glossary's terms also all together, where there are
  // several): the rule as the findings table names it, most findings first.
  var groups = [];
  var byRule = {};
  var glossaryTerms = 0;
  changes.forEach(function (c, i) {
    var row = rows[i];
    var ruleCell = row && row.cells.length > 4 ? row.cells[4].firstChild : null;
    var rule = ruleCell ? ruleCell.textContent : '';
    if (rule === '') return;
    if (!Object.prototype.hasOwnProperty.call(byRule, rule)) {
      byRule[rule] = { rule: rule, list: [] };
      groups.push(byRule[rule]);
      if (rule.indexOf('glossary/') === 0) glossaryTerms++;
    }
    byRule[rule].list.push(i);
  });
  if (glossaryTerms > 1) {
    var terms = { rule: 'glossary (every term)', list: [] };
    groups.forEach(function (g) { if (g.rule.indexOf('glossary/') === 0) terms.list = terms.list.concat(g.list); });
    groups.push(terms);
  }
  groups.sort(function (a, b) { return b.list.length - a.list.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0); });
  var rulesBox = document.getElementById('review-rules');
  // (Its body made here: the findings table's is the page's first.)
  var rulesTable = rulesBox ? rulesBox.querySelector('table') : null;
  var rulesBody = rulesTable ? rulesTable.appendChild(document.createElement('tbody')) : null;
  if (rulesBody && groups.length > 0) {
    var ACTIONS = [['take', 'Take the suggestions', 'Take the suggestions for all '], ['keep', 'Keep the original', 'Keep the original for all '], ['lektor', 'As Lektor chose', 'Lektor\u2019s choices for all ']];
    groups.forEach(function (g) {
      var tr = document.createElement('tr');
      var name = document.createElement('th');
      name.scope = 'row';
      name.textContent = g.rule;
      g.count = document.createElement('td');
      var buttons = document.createElement('td');
      var many = g.list.length + (g.list.length === 1 ? ' finding of ' : ' findings of ') + g.rule;
      // (Where none of its findings has a suggestion to take, it says so in the button's place:
      // a disabled button's grey text is hard to read.)
      var takeable = g.list.some(function (i) { return changes[i].f === 1 || (changes[i].x.length > 0 && !changes[i].m); });
      ACTIONS.forEach(function (a) {
        if (a[0] === 'take' && !takeable) {
          var none = document.createElement('small');
          none.textContent = 'no suggestion to take';
          buttons.appendChild(none);
          buttons.appendChild(document.createTextNode(' '));
          return;
        }
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('data-do', a[0]);
        b.textContent = a[1];
        b.setAttribute('aria-label', a[2] + many);
        b.addEventListener('click', function () { decide(g.list, a[0], a[1] + ' for ' + g.rule); });
        buttons.appendChild(b);
        buttons.appendChild(document.createTextNode(' '));
      });
      tr.appendChild(name);
      tr.appendChild(g.count);
      tr.appendChild(buttons);
      rulesBody.appendChild(tr);
    });
    undoButton = rulesBox.appendChild(document.createElement('button'));
    undoButton.type = 'button';
    undoButton.id = 'review-undo';
    undoButton.hidden = true;
    undoButton.addEventListener('click', function () {
      if (!undoing) return;
      var u = undoing;
      undoing = null;
      undoButton.hidden = true;
      u.list.forEach(function (i, k) { set(i, u.before[k]); });
      restored = false;
      remember();
      update();
    });
    // (Open where the rules are few enough to see at a glance.)
    if (groups.length <= 10) rulesBox.open = true;
    rulesBox.hidden = false;
  }
  // Each rule's count, and what of it is still open under the choices.
  function recountRules() {
    groups.forEach(function (g) {
      if (!g.count) return;
      var open = g.list.filter(function (i) { return !decided(status[i]); }).length;
      g.count.textContent = g.list.length + (g.list.length === 1 ? ' finding, ' : ' findings, ') + (open > 0 ? open + ' open' : 'none open');
    });
  }
  // The keys, outside a text box and a choice's list (which keep their own): j and k the next and
  // previous finding shown (the filters hide some), n the next one still open; a takes the
  // suggestion of the one in focus, r keeps the original (leaves an open one as is), u gives
  // back Lektor's choice. The row in focus is read aloud as it is.
  var order = [];
  for (var ro = 0; ro < tableRows.length; ro++) {
    var ri = index[tableRows[ro].id.slice(2)];
    if (ri !== undefined && selects[ri]) order.push(ri);
  }
  var fltWarn = document.getElementById('flt-warn');
  var fltInfo = document.getElementById('flt-info');
  // (As the filters' style hides rows; read from the classes, not the layout, which a long table
  // lays out only near the window.)
  function shownRow(i) {
    var row = rows[i];
    if (onlyOpen && onlyOpen.checked && row.classList.contains('fixed') && !row.classList.contains('kept')) return false;
    if (fltWarn && fltWarn.checked && row.classList.contains('sev-warning')) return false;
    if (fltInfo && fltInfo.checked && row.classList.contains('sev-info')) return false;
    return true;
  }
  var focused = -1;
  order.forEach(function (i) { rows[i].tabIndex = -1; });
  function focusRow(p) {
    if (focused >= 0) rows[order[focused]].classList.remove('current');
    focused = p;
    var row = rows[order[p]];
    row.classList.add('current');
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
  }
  function move(step, onlyUndecided) {
    var from = focused;
    var active = document.activeElement;
    var inRow = active && active.closest ? active.closest('tr[id^="f-"]') : null;
    if (inRow) {
      var at = index[inRow.id.slice(2)];
      var p = at === undefined ? -1 : order.indexOf(at);
      if (p >= 0) from = p;
    }
    // (n goes on from the top past the last, to the open ones passed over.)
    var start = from < 0 ? (step > 0 ? 0 : order.length - 1) : from + step;
    for (var k = 0; k < order.length; k++) {
      var q = onlyUndecided ? (start + k) % order.length : start + k * step;
      if (q < 0 || q >= order.length) return;
      var i = order[q];
      if (shownRow(i) && (!onlyUndecided || !decided(status[i]))) {
        focusRow(q);
        return;
      }
    }
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(SELECT|TEXTAREA)$/.test(t.tagName) || (t.tagName === 'INPUT' && t.type !== 'checkbox'))) return;
    var key = e.key;
    if (key === 'j' || key === 'k' || key === 'n') {
      e.preventDefault();
      move(key === 'k' ? -1 : 1, key === 'n');
      return;
    }
    if (key !== 'a' && key !== 'r' && key !== 'u') return;
    var row = t && t.closest ? t.closest('tr[id^="f-"]') : null;
    var i = row ? index[row.id.slice(2)] : undefined;
    if (i === undefined || !selects[i]) return;
    e.preventDefault();
    decide([i], key === 'a' ? 'take' : key === 'r' ? 'keep' : 'lektor');
  });
  panel.hidden = false;
  update();
  }
})();`;

let scriptHash: string | undefined;
/** The script's hash, for the page's Content Security Policy (made when first asked for: not at every start of the CLI). */
export function reviewScriptHash(): string {
  scriptHash ??= `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
  return scriptHash;
}

type Apply = (original: string, changes: readonly ReviewChange[], chosen: readonly number[]) => { text: string; skipped: number[] };

let compiled: Apply | undefined;
/** `applyChoices` as the page runs it, for Node (the report's own check, and the tests). */
export function applyChoices(original: string, changes: readonly ReviewChange[], chosen: readonly number[]): { text: string; skipped: number[] } {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  compiled ??= new Function(`${APPLY_SOURCE}\nreturn applyChoices;`)() as Apply;
  return compiled(original, changes, chosen);
}

/** Beyond these, no panel: a page of tens of thousands of findings is for reading, and its data would double it. */
export const REVIEW_LIMITS = { changes: 10_000, characters: 2_000_000 };

/** What the review panel offers for a document, or why it is left out (said on the page). */
export type ReviewOffer = { changes: ReviewChange[]; reason?: undefined } | { changes?: undefined; reason: string | undefined };

/**
 * The changes of a document an editor can choose for (findings with suggestions, and open
 * findings without, which the editor can leave as is; not the estimate's hints), numbered as
 * the report numbers its findings (`numbers`), or why there is no panel: none to choose (no
 * reason), over the limits, or Lektor's own choices would not give back the corrected text
 * exactly.
 *
 * A finding marked fixed because an applied fix around it wrote its text (quote-period's
 * `.".` → `“.` curls the quote the quotes rule would have curled) is preset to "keep": the
 * fix around it makes the change, and keeping that one keeps the original text there.
 */
export function reviewChanges(
  result: Pick<DocumentResult, 'findings' | 'corrected'> & { format?: unknown },
  original: string,
  numbers: ReadonlyMap<object, number>,
  /**
   * An XLIFF file's targets or an HTML page's blocks as read (an XLIFF file's CDATA sections,
   * `ProseDocument.cdata`, and the blocks, for the layouts), asked for when first needed, where
   * the caller reads it: else read here.
   */
  given?: () => ProseDocument | undefined,
): ReviewOffer {
  if (original.length > REVIEW_LIMITS.characters) return { reason: `the text is over ${groupDigits(REVIEW_LIMITS.characters)} characters` };
  // (A Word document's editor reviews in Word: the corrected .docx holds each fix as a tracked
  // change to accept or reject there. A download of the text would lose the document's formatting.)
  if (result.format === 'docx') return { reason: 'a Word document is reviewed in Word: the corrected .docx in the reports holds each fix as a tracked change, to accept or reject there' };
  const changes: ReviewChange[] = [];
  let count = 0;
  let all = 0;
  for (const f of result.findings) {
    if (isReviewHint(f)) continue;
    const x = Array.isArray(f.expected) ? f.expected.filter((v): v is string => typeof v === 'string') : [];
    // (A finding marked fixed with nothing to choose offers no choice.)
    if (x.length === 0 && f.fixed) continue;
    const n = numbers.get(f);
    const s = f.start?.offset;
    const e = f.end?.offset;
    if (n === undefined || typeof s !== 'number' || typeof e !== 'number' || !(s >= 0 && e >= s && e <= original.length)) continue;
    if (x.length > 0) count++;
    if (++all > REVIEW_LIMITS.changes) continue;
    changes.push({ n, s, e, a: original.slice(s, e), x, c: f.fixed ? 1 : 0, f: f.fixed ? 1 : 0 });
  }
  if (count > REVIEW_LIMITS.changes) return { reason: `it has ${groupDigits(count)} changes to choose for, over ${groupDigits(REVIEW_LIMITS.changes)}` };
  if (all > REVIEW_LIMITS.changes) return { reason: `it has ${groupDigits(all)} findings to decide on, over ${groupDigits(REVIEW_LIMITS.changes)}` };
  if (changes.length === 0) return { reason: undefined };
  // (Read once, if at all, for all that follows.)
  let targets: { doc: ProseDocument | undefined } | undefined;
  const readOnce = () => (targets ??= { doc: given ? given() : readAgain(original, result.format) }).doc;
  // (An XLIFF file's changes in a CDATA section: the page draws their text as it is written; in
  // one read as HTML, their text as read, as an HTML page's: the page has no table of HTML's names.)
  if (result.format === 'xliff' && original.includes('<![CDATA[')) {
    const doc = readOnce();
    for (const c of changes) {
      if (inCdata(doc?.cdata, c.s)) c.r = 1;
      else if (inCdata(doc?.htmlCdata, c.s)) {
        const read = [c.a, ...c.x].map(htmlCdataAsRead);
        if (read.some((t, k) => t !== (k === 0 ? c.a : c.x[k - 1]))) c.d = read;
      }
    }
  }
  // (An HTML page's changes: their text as read, for the labels; the page has no table of HTML's named references.)
  if (result.format === 'html') {
    // (In an alt text as an attribute's: "a&copy=b" is as written there.)
    const asRead = htmlTextAsReadIn(changes.some((c) => [c.a, ...c.x].some((t) => t.includes('&'))) ? readOnce() : undefined);
    for (const c of changes) {
      const read = [c.a, ...c.x].map((t) => asRead(t, c.s));
      if (read.some((t, k) => t !== (k === 0 ? c.a : c.x[k - 1]))) c.d = read;
    }
  }
  // Those inside another fixed one: by start, the longer first; inside what an earlier one spans.
  // (In applyChoices' order: at one position an insertion first, which one around it does not hold.)
  const fixed = changes.filter((c) => c.c > 0).sort((p, q) => p.s - q.s || (p.e === p.s ? 0 : 1) - (q.e === q.s ? 0 : 1) || q.e - q.s - (p.e - p.s) || p.n - q.n);
  let reach = -1;
  for (const c of fixed) {
    if (c.s < reach && c.e <= reach) c.c = 0;
    else reach = Math.max(reach, c.e);
  }
  const own = applyChoices(original, changes, changes.map((c) => c.c));
  if (own.text !== result.corrected) return { reason: 'Lektor’s own choices, applied by the panel, would not give back its corrected text here' };
  // (The document as the check read it, read again once, where a change needs it.)
  markupSpans(changes, original, result.format, readOnce);
  suggestionLayouts(changes, original, readOnce);
  return { changes };
}

/**
 * The document as its reader reads it, for a report of a check's result: plain text by
 * `readText`, XLIFF, Markdown and HTML by their readers (which load their parsers then, if this
 * process has not read such a file: the check may have run in LektorPool's threads, or the result
 * been read back). Undefined where it cannot be read.
 */
export function readAgain(original: string, format: unknown): ProseDocument | undefined {
  return format === 'markdown' ? markdownDocument(original) : format === 'text' ? readText(original) : format === 'xliff' ? xliffDocument(original) : format === 'html' ? htmlDocument(original) : undefined;
}

/**
 * Marks (`m`) each open change whose suggestions the panel may not write: its span holds markup
 * (`spansMarkup`: the reader of its format tells where markup is), or a suggestion would end a
 * Markdown title or break a front-matter value (`keepsSyntax`), as Lektor leaves such a fix
 * unapplied. A change Lektor fixed spans none (its fix was written there). In a document with
 * markup that cannot be read again here (its reader not loaded), every open one is marked: the
 * panel cannot tell, and a broken file is worse than a suggestion taken by hand.
 */
function markupSpans(changes: ReviewChange[], original: string, format: unknown, document: () => ProseDocument | undefined): void {
  if (format !== 'markdown' && format !== 'html' && format !== 'xliff') return;
  const open = changes.filter((c) => c.f === 0 && c.x.length > 0);
  if (open.length === 0) return;
  const doc = document();
  if (!doc) {
    for (const c of open) c.m = 1;
    return;
  }
  const writable = suggestionsWritable(doc, original);
  for (const c of open) if (!writable(c.s, c.e, c.x)) c.m = 1;
}

/**
 * Gives each suggestion over a line break that the editor may take (`l`) the layout Lektor's
 * glossary fix would write (`keepLineBreaksInBlock`, fix/line-breaks.ts): "Olaf⏎Schulz" taken
 * as "Olaf Scholz" is written "Olaf⏎Scholz", "laut Tick⏎Tack" as "laut⏎TikTok", where the panel
 * had joined the lines. Not the suggestion Lektor applied (its fix is what it wrote, already
 * laid out), nor a deletion (no word to keep a break beside).
 *
 * The document is read again as the check read it (plain text by `readText`; XLIFF and Markdown
 * by their readers, which load their parsers then if this process has not read such a file: the
 * check may have run in LektorPool's threads, or the result been read back). A layout never takes a space another change spans, nor
 * one an earlier change's layout takes: the choices stay as apart as their spans are.
 */
function suggestionLayouts(changes: ReviewChange[], original: string, document: () => ProseDocument | undefined): void {
  const wanted = (c: ReviewChange, k: number) => c.x[k] !== '' && !(c.f === 1 && k === 0);
  const broken = (c: ReviewChange) => /[\r\n]/.test(c.a) && !c.m && c.x.some((_, k) => wanted(c, k));
  if (!changes.some(broken)) return;
  const doc = document();
  if (!doc) return;
  // The blocks' verbatim stretches, by where they begin in the source.
  const stretches: Array<{ block: Block; seg: Segment }> = [];
  for (const block of doc.blocks) for (const seg of block.segments) if (!seg.opaque && seg.length > 0) stretches.push({ block, seg });
  stretches.sort((a, b) => a.seg.sourceStart - b.seg.sourceStart);
  /** The last stretch that begins at or before `offset`. */
  const stretchAt = (offset: number) => {
    let lo = 0;
    let hi = stretches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stretches[mid].seg.sourceStart <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  /**
   * The block that holds `[s, e)`, and the range in its text: its stretches may be apart in the
   * source where the block text leaves out a Markdown list item's or block quote's line prefix
   * (which `keepLineBreaksInBlock` then writes again).
   */
  const within = (s: number, e: number) => {
    // (The last few that begin at or before it: a block inside another may share its source.)
    const k = stretchAt(s);
    for (let j = k; j >= 0 && j >= k - 8; j--) {
      const { block, seg } = stretches[j];
      if (s > seg.sourceStart + seg.length) continue;
      const segs = block.segments;
      let m = segs.indexOf(seg);
      while (m + 1 < segs.length && !segs[m + 1].opaque && segs[m + 1].sourceStart <= e && e > segs[m].sourceStart + segs[m].length) m++;
      const last = segs[m];
      if (last.opaque || e > last.sourceStart + last.length) continue;
      return { block, first: seg, last, start: seg.textStart + s - seg.sourceStart, end: last.textStart + e - last.sourceStart };
    }
    return undefined;
  };
  const order = changes.map((_, i) => i).sort((p, q) => changes[p].s - changes[q].s || changes[p].e - changes[q].e || changes[p].n - changes[q].n);
  // (How far the changes before reach, their layouts too.)
  let reach = 0;
  for (let k = 0; k < order.length; k++) {
    const c = changes[order[k]];
    const next = k + 1 < order.length ? changes[order[k + 1]] : undefined;
    const before = reach;
    reach = Math.max(reach, c.e);
    if (!broken(c)) continue;
    const at = within(c.s, c.e);
    if (!at) continue;
    // Another change across its start (or one before reaching past it): no space before it is
    // taken; across its end: none after it.
    const lo = before > c.s ? c.s : before;
    const hi = before > c.e || (next !== undefined && next.s < c.e) ? c.e : (next?.s ?? original.length);
    const { block, first, last } = at;
    // (In the block's text: no further than the stretches the span begins and ends in.)
    const blockLo = at.start - (c.s - Math.max(lo, first.sourceStart));
    const blockHi = at.end + (Math.min(hi, last.sourceStart + last.length) - c.e);
    const layouts = c.x.map((x, k2): [number, number, string] | 0 => {
      if (!wanted(c, k2)) return 0;
      const fix = keepLineBreaksInBlock(doc.source, block, at.start, at.end, x, blockLo, blockHi);
      // (In the source as the check writes a fix: see `blockContext` in core/rule.ts.)
      const start = toSource(block, fix.start);
      const end = toSource(block, fix.end, true);
      return start === c.s && end === c.e && fix.text === x ? 0 : [start, end, fix.text];
    });
    if (layouts.some((l) => l !== 0)) {
      c.l = layouts;
      for (const l of layouts) if (l !== 0) reach = Math.max(reach, l[1]);
    }
  }
}

/** An XLIFF file's targets as the check read them, or undefined where it cannot be read (a findings file read back beside another text). */
function xliffDocument(original: string): ProseDocument | undefined {
  try {
    return readXliff(original).document;
  } catch {
    return undefined;
  }
}

/** A Markdown text as the check read it, or undefined where it cannot be read (one its reader refuses, read back beside a result). */
function markdownDocument(original: string): ProseDocument | undefined {
  try {
    return readMarkdown(original);
  } catch {
    return undefined;
  }
}

/** An HTML page as the check read it, or undefined where it cannot be read (one that names another encoding, read back beside a result). */
function htmlDocument(original: string): ProseDocument | undefined {
  try {
    return readHtml(original).document;
  } catch {
    return undefined;
  }
}

/**
 * What the editor's choices are kept under in the browser, after the file's name: this text and
 * these changes, so that a report of an edited text starts afresh. (The batch's page reads their
 * progress by it, see index-html.ts.)
 */
export function reviewFingerprint(changes: readonly ReviewChange[], original: string): string {
  return createHash('sha256').update(original).update(JSON.stringify(changes)).digest('hex').slice(0, 16);
}

/**
 * What the panel is told of the text: `xml`, an XLIFF file's or an HTML page's (its suggestions are
 * XML or HTML text, with XML's escapes, which the page draws read; an HTML page's labels are read
 * here, the changes' `d`); its `encoding`, which the download is written in.
 */
export interface PanelOptions {
  xml?: boolean;
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be';
}

/**
 * The panel (hidden until the script shows it), its data and its script, in parts of at most
 * 32,768 characters (the report is written as it is made: see `documentHtmlParts`).
 */
export function* reviewPanelParts(changes: readonly ReviewChange[], original: string, name: string, options: PanelOptions = {}): Generator<string> {
  const fingerprint = reviewFingerprint(changes, original);
  // (An XLIFF file or an HTML page: its suggestions are XML text, which the page draws unescaped;
  // `original` and the download are the whole file, in UTF-16 where the file is.)
  const encoding = options.encoding !== undefined && options.encoding !== 'utf-8' ? { encoding: options.encoding } : {};
  const data = JSON.stringify({ name, fingerprint, original, changes, ...(options.xml ? { xml: true } : {}), ...encoding })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  // (Without JavaScript the panel stays hidden: the page says why, and what it shows instead.)
  yield `<noscript><p class="meta">Choosing for each finding (the review panel) needs JavaScript: without it, this page shows Lektor’s choices.</p></noscript>
<div id="review-panel" class="review-panel" hidden>
<p><strong>Your review.</strong> Each finding below has a choice: keep the original, take a suggestion, or leave an open one as is. The text, the statuses and the counts follow your choices, which are kept in this browser until you go back to Lektor’s. <span id="review-count" role="status"></span></p>
<p><button type="button" id="review-download">Download the text with these choices</button> <button type="button" id="review-reset">Back to Lektor’s choices</button></p>
<p class="review-keys">Keys, outside a choice's list: <kbd>j</kbd> / <kbd>k</kbd> next / previous finding, <kbd>n</kbd> next one still open; for the one in focus, <kbd>a</kbd> take its suggestion, <kbd>r</kbd> keep the original (an open one: leave it as is), <kbd>u</kbd> as Lektor chose.</p>
<details id="review-rules" hidden><summary>Decide every finding of a rule at once</summary><div class="scroll"><table class="by-rule"><thead><tr><th>Rule</th><th>Findings</th><th>For all of them</th></tr></thead></table></div></details>
<details><summary>The ${options.xml ? 'file' : 'text'} with these choices</summary><textarea id="review-text" readonly rows="14" spellcheck="false" aria-label="The ${options.xml ? 'file' : 'text'} with these choices"></textarea></details>
</div>
<script type="application/json" id="lektor-review">`;
  // (Never between the two halves of a surrogate pair: each part is encoded on its own, and
  // half a pair would be written as U+FFFD.)
  for (let i = 0; i < data.length; ) {
    let end = Math.min(data.length, i + (1 << 15));
    const last = data.charCodeAt(end - 1);
    if (end < data.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield data.slice(i, end);
    i = end;
  }
  yield `</script>
<script>${SCRIPT}</script>
`;
}

/** `reviewPanelParts` whole. */
export function reviewPanel(changes: readonly ReviewChange[], original: string, name: string, options: PanelOptions = {}): string {
  return [...reviewPanelParts(changes, original, name, options)].join('');
}
