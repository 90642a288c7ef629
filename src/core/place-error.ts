/**
 * A file that cannot be read, with the place that says why: `line` and `column` (1-based, in the
 * file's text) and the problem without the place. The message is `path:line:column: problem`
 * (without the path where none is given). The readers' own errors (`HtmlError`, `XliffError`)
 * are these under their names.
 */
export class PlaceError extends Error {
  readonly line: number;
  readonly column: number;
  /** What is wrong, without the place. */
  readonly problem: string;
  constructor(line: number, column: number, problem: string, path?: string) {
    super(`${path !== undefined ? `${path}:` : ''}${line}:${column}: ${problem}`);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}
