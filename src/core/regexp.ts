/** A string as a regular expression that matches it literally ("5.3" → "5\\.3"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
