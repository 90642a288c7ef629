/**
 * The HTML parser's packages (parse5, and entities' decoder of character references), imported
 * by `loadHtml` (html.ts) before a check reads an HTML document: in the bundled command this
 * module and the packages are one file of the bundle, with V8's code cache.
 */
import { parse } from 'parse5';
import { decodeHTML, DecodingMode, HtmlEntityDecoder } from 'entities/decode';

export const packages = { parse, decodeHTML, DecodingMode, HtmlEntityDecoder };
