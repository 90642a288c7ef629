/**
 * The review panel of a document's HTML report: an editor chooses, for each change Lektor
 * made or suggests, the original text or one of the suggestions, and downloads the text with
 * those choices (or copies it from the page). Without scripts the page is as before: the
 * panel stays hidden and the findings table lists everything.
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
}

/**
 * The choices applied to the original, in order of position (at one position an insertion
 * first, then the longer span, then the finding's number): a chosen change that overlaps one
 * applied before it, or a second insertion at one point, is left out and named in `skipped`.
 * Lektor's own `applyFixes` reads the same rules, but orders fixes at one position by their
 * rules' priority, which a report does not know: where that would give another text, the
 * check in `reviewChanges` leaves the panel out (and says so).
 */
const APPLY_SOURCE = String.raw`function applyChoices(original, changes, chosen) {
  var picks = [];
  for (var i = 0; i < changes.length; i++) if (chosen[i] > 0 && chosen[i] <= changes[i].x.length) picks.push(i);
  picks.sort(function (a, b) {
    var p = changes[a], q = changes[b];
    return p.s - q.s || (p.e === p.s ? 0 : 1) - (q.e === q.s ? 0 : 1) || (q.e - q.s) - (p.e - p.s) || p.n - q.n;
  });
  var out = '';
  var at = 0;
  var lastStart = -1;
  var skipped = [];
  for (var k = 0; k < picks.length; k++) {
    var c = changes[picks[k]];
    var text = c.x[chosen[picks[k]] - 1];
    if (c.s < at || (c.s === c.e && c.s === lastStart) || c.s < 0 || c.e > original.length || c.e < c.s) {
      skipped.push(picks[k]);
      continue;
    }
    if (original.slice(c.s, c.e) === text) continue;
    out += original.slice(at, c.s) + text;
    at = c.e;
    lastStart = c.s;
  }
  return { text: out + original.slice(at), skipped: skipped };
}`;

/** The page's script: the panel, a choice per change, the text and its download. */
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
  var chosen = changes.map(function (c) { return c.c; });
  // The editor's choices are kept in this browser (for this report of this text: its
  // fingerprint), so that a closed tab or a reload loses nothing; back to Lektor's forgets them.
  var key = 'lektor-review:' + review.name + ':' + review.fingerprint;
  var restored = false;
  try {
    var saved = JSON.parse(window.localStorage.getItem(key) || 'null');
    if (Array.isArray(saved) && saved.length === changes.length && saved.every(function (v, i) { return typeof v === 'number' && v >= 0 && v <= changes[i].x.length && Math.floor(v) === v; })) {
      chosen = saved;
      restored = true;
    }
  } catch (e) {
    // (No storage here, or what it held is not ours: Lektor's choices.)
  }
  function remember() {
    try {
      var own = chosen.every(function (v, i) { return v === changes[i].c; });
      if (own) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(chosen));
    } catch (e) {
      // (Not kept: the page still works.)
    }
  }
  var selects = [];
  var notes = [];
  // (The script is ASCII: its hash holds whatever charset a server sends the page with.)
  var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2060\u2028\u2029]/g;
  var SPACES = { '\u00A0': '<NBSP>', '\u202F': '<NNBSP>', '\u2009': '<THIN SPACE>', '\t': '<TAB>' };
  // A label: controls and special spaces by name, line breaks as a return sign, spaces at its
  // ends as open boxes, and a long text as its start and its end (two suggestions that differ
  // near the end still look different).
  function shown(s) {
    var t = s.replace(BIDI, function (ch) { return ch === '\t' || ch === '\n' || ch === '\r' ? ch : '<U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '>'; });
    t = t.replace(/\r\n|\r|\n/g, '\u23CE').replace(/[\u00A0\u202F\u2009\t]/g, function (ch) { return SPACES[ch]; });
    t = t.replace(/^ +| +$/g, function (sp) { return sp.replace(/ /g, '\u2423'); });
    return t.length > 80 ? t.slice(0, 44) + ' \u2026 ' + t.slice(-32) : t;
  }
  changes.forEach(function (c, i) {
    var row = document.getElementById('f-' + c.n);
    if (!row) return;
    var cell = row.querySelector('td.choices');
    if (!cell) return;
    var select = document.createElement('select');
    select.setAttribute('aria-label', 'Your choice for finding ' + c.n);
    var keep = document.createElement('option');
    keep.value = '0';
    keep.textContent = c.a === '' ? 'keep: add nothing' : 'keep: ' + shown(c.a);
    select.appendChild(keep);
    c.x.forEach(function (x, k) {
      var o = document.createElement('option');
      o.value = String(k + 1);
      o.textContent = x === '' ? 'delete it' : (c.a === '' ? 'add: ' : 'write: ') + shown(x);
      select.appendChild(o);
    });
    select.value = String(chosen[i]);
    select.addEventListener('change', function () {
      chosen[i] = Number(select.value);
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
  var text = document.getElementById('review-text');
  var count = document.getElementById('review-count');
  // The text of the choices as made: the text box's value has its line breaks as LF only, and a
  // CR LF file is downloaded with its own.
  var current = original;
  function update() {
    var result = applyChoices(original, changes, chosen);
    current = result.text;
    text.value = result.text;
    var skipped = {};
    result.skipped.forEach(function (i) { skipped[i] = true; });
    var changed = 0;
    var differ = 0;
    var named = [];
    for (var i = 0; i < changes.length; i++) {
      if (chosen[i] > 0 && !skipped[i]) changed++;
      if (chosen[i] !== changes[i].c) differ++;
      if (skipped[i] && named.length < 10) named.push('#' + changes[i].n);
      var row = selects[i] && selects[i].closest('tr');
      if (row) row.classList.toggle('choice-skipped', skipped[i] === true);
      if (notes[i]) notes[i].textContent = skipped[i] ? 'left out: it overlaps another change chosen' : '';
    }
    var left = result.skipped.length;
    count.textContent = (restored ? 'Your choices of your last visit. ' : '') + changed + ' of ' + changes.length + ' changes made' + (differ > 0 ? ', ' + differ + ' unlike Lektor' : ', as Lektor chose') +
      (left > 0 ? '; ' + left + (left === 1 ? ' choice is' : ' choices are') + ' left out because ' + (left === 1 ? 'it overlaps' : 'they overlap') + ' another (' + named.join(', ') + (left > named.length ? ', \u2026' : '') + ')' : '');
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
    var blob = new Blob([current], { type: 'text/plain;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = review.name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    // (Not at once: the download reads the object after the click returns.)
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
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
 * The changes of a document an editor can choose for (findings with suggestions, not the
 * estimate's hints), numbered as the report numbers its findings (`numbers`), or why there is
 * no panel: none to choose (no reason), over the limits, or Lektor's own choices would not give
 * back the corrected text exactly.
 *
 * A finding marked fixed because an applied fix around it wrote its text (quote-period's
 * `.".` → `“.` curls the quote the quotes rule would have curled) is preset to "keep": the
 * fix around it makes the change, and keeping that one keeps the original text there.
 */
export function reviewChanges(result: Pick<DocumentResult, 'findings' | 'corrected'>, original: string, numbers: ReadonlyMap<object, number>): ReviewOffer {
  if (original.length > REVIEW_LIMITS.characters) return { reason: `the text is over ${REVIEW_LIMITS.characters.toLocaleString('en-US')} characters` };
  const changes: ReviewChange[] = [];
  let count = 0;
  for (const f of result.findings) {
    if (isReviewHint(f) || !Array.isArray(f.expected) || f.expected.length === 0) continue;
    const n = numbers.get(f);
    const s = f.start?.offset;
    const e = f.end?.offset;
    if (n === undefined || typeof s !== 'number' || typeof e !== 'number' || !(s >= 0 && e >= s && e <= original.length)) continue;
    count++;
    if (count > REVIEW_LIMITS.changes) continue;
    const x = f.expected.filter((v): v is string => typeof v === 'string');
    changes.push({ n, s, e, a: original.slice(s, e), x, c: f.fixed && x.length > 0 ? 1 : 0 });
  }
  if (count > REVIEW_LIMITS.changes) return { reason: `it has ${count.toLocaleString('en-US')} changes to choose for, over ${REVIEW_LIMITS.changes.toLocaleString('en-US')}` };
  if (changes.length === 0) return { reason: undefined };
  // Those inside another fixed one: by start, the longer first; inside what an earlier one spans.
  // (In applyChoices' order: at one position an insertion first, which one around it does not hold.)
  const fixed = changes.filter((c) => c.c > 0).sort((p, q) => p.s - q.s || (p.e === p.s ? 0 : 1) - (q.e === q.s ? 0 : 1) || q.e - q.s - (p.e - p.s) || p.n - q.n);
  let reach = -1;
  for (const c of fixed) {
    if (c.s < reach && c.e <= reach) c.c = 0;
    else reach = Math.max(reach, c.e);
  }
  const own = applyChoices(original, changes, changes.map((c) => c.c));
  return own.text === result.corrected ? { changes } : { reason: 'Lektor’s own choices, applied by the panel, would not give back its corrected text here' };
}

/**
 * The panel (hidden until the script shows it), its data and its script, in parts of at most
 * 32,768 characters (the report is written as it is made: see `documentHtmlParts`).
 */
export function* reviewPanelParts(changes: readonly ReviewChange[], original: string, name: string): Generator<string> {
  // (What the choices are kept under in the browser: this text and these changes, so that a
  // report of an edited text starts afresh.)
  const fingerprint = createHash('sha256').update(original).update(JSON.stringify(changes)).digest('hex').slice(0, 16);
  const data = JSON.stringify({ name, fingerprint, original, changes })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  yield `<div id="review-panel" class="review-panel" hidden>
<p><strong>Your review.</strong> Each change below has a choice: keep the original, or take a suggestion; your choices are kept in this browser until you go back to Lektor’s. <span id="review-count" role="status"></span></p>
<p><button type="button" id="review-download">Download the text with these choices</button> <button type="button" id="review-reset">Back to Lektor’s choices</button></p>
<details><summary>The text with these choices</summary><textarea id="review-text" readonly rows="14" spellcheck="false" aria-label="The text with these choices"></textarea></details>
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
export function reviewPanel(changes: readonly ReviewChange[], original: string, name: string): string {
  return [...reviewPanelParts(changes, original, name)].join('');
}
