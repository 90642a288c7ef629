/**
 * The patch reporter: a unified diff from the original input to the corrected text,
 * with git-style `a/<path>` and `b/<path>` names, ready for `git apply` or `patch -p1`.
 */

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** A unified diff with 3 lines of context; the empty string when nothing changed. */
export function renderPatch(path: string, original: string, corrected: string): string {
  if (original === corrected) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, original, corrected, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
