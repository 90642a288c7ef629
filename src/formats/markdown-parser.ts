/**
 * The Markdown parser's packages (remark, micromark and their extensions: about 100 ms to load),
 * imported by `loadMarkdown` (markdown.ts) before a check reads a Markdown document: in the
 * bundled command this module and the packages are one file of the bundle, with V8's code cache.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

export const packages = { unified, remarkParse, remarkGfm, remarkFrontmatter };
