/**
 * One finding per line on stdout, for tools rather than people:
 *
 * - `--format line`: `path:line:column: severity: message [rule]`, the form compilers write and
 *   editors read into a list of places (Vim's quickfix, Emacs's compilation mode, VS Code's
 *   problem matchers), and grep and awk take apart;
 * - `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`),
 *   which the Actions runner turns into annotations on the files of a pull request.
 *
 * The review hints of the word-level estimate are left out, as in the terminal summary (the
 * JSON and HTML reports have them). A finding already fixed in the corrected text says so.
 * Article text is untrusted: in `line` every control character is escaped (an article's
 * "\n::error …" cannot make a line of its own), and in `github` the runner's own escapes are
 * applied (`%`, CR and LF in the message; also `:` and `,` in properties), so that no text in
 * an article can end the command early and write another (`::add-mask::`, `::stop-commands::`).
 */
import { isReviewHint, type DocumentResult, type Finding } from '../core/types.js';
import { terminalSafe } from './terminal.js';
import path from 'node:path';
import { githubPath, repositoryPath } from './paths.js';

/** `gitlab`: a GitLab Code Quality report (src/report/codequality.ts), a document's issues a line each until printed. */
export type LineFormat = 'line' | 'github' | 'gitlab';

/**
 * Text of the document at an offset as it reads: an XLIFF file's suggestions are XML text, an
 * HTML page's HTML text (`P&amp;G`, written so into the file), quoted as read (P&G), as the
 * message quotes the text (`xliffTextAsRead`, `htmlTextAsRead`). Else as it is.
 */
export type ReadText = (text: string, at: number) => string;

/** A finding's message as these formats write it: with its suggestions (at most three) if it was not fixed, or that it was. */
export function findingMessage(f: Finding, read?: ReadText): string {
  const quote = (e: string) => `“${read ? read(e, f.start.offset) : e}”`;
  const suggestion = f.expected.length > 0 && !f.fixed ? ` (suggested: ${f.expected.slice(0, 3).map((e) => (e === '' ? 'delete' : quote(e))).join(', ')})` : '';
  return `${f.message}${suggestion}${f.fixed ? ' (fixed in the corrected text)' : ''}`;
}

/** `path:line:column: severity: message [rule]`, one line per finding. */
export function lineReport(result: Pick<DocumentResult, 'path' | 'findings'>, read?: ReadText): string {
  let out = '';
  for (const f of result.findings) {
    if (isReviewHint(f)) continue;
    out += `${terminalSafe(result.path)}:${f.start.line}:${f.start.column}: ${f.severity}: ${terminalSafe(findingMessage(f, read))} [${terminalSafe(f.ruleId)}]\n`;
  }
  return out;
}

export { repositoryPath };

/** A file that could not be checked, in the `line` format. */
export function lineFailure(file: string, error: string): string {
  return `${terminalSafe(file)}: error: ${terminalSafe(error)}\n`;
}

/** The runner's escapes for a command's message. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escapes for a command's property values (`file=…,title=…`). */
function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`, one per finding. */
export function githubReport(result: Pick<DocumentResult, 'path' | 'findings'>, read?: ReadText): string {
  let out = '';
  const file = githubProperty(githubPath(result.path));
  for (const f of result.findings) {
    if (isReviewHint(f)) continue;
    const where = `file=${file},line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column}`;
    // (Other control characters are shown escaped, as in the terminal: the annotation is read by people.)
    out += `::${LEVEL[f.severity]} ${where},title=${githubProperty(`Lektor ${f.ruleId}`)}::${githubData(terminalSafe(findingMessage(f, read)))}\n`;
  }
  return out;
}

/** A file that could not be checked (or, `checked`, whose reports could not be written), as a GitHub error annotation on it. */
export function githubFailure(file: string, error: string, checked = false): string {
  return `::error file=${githubProperty(githubPath(file))},title=Lektor::${githubData(terminalSafe(checked ? error : `could not be checked: ${error}`))}\n`;
}
