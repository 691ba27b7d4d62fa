import 'server-only';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown (and the little HTML archived releases carry, such as <sup>) rendered to HTML and then
 * sanitised on the server: only text-level and structural tags survive, links keep http(s)/mailto
 * targets only, and nothing executable can reach a visitor's page.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeRichText(html);
}

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'sup', 'sub', 'a',
  'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** Sanitises HTML to the memorial's allowlist. Headings are shifted below the page's own h1. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    },
  });
}

/**
 * Plain text split into paragraphs at blank lines. Inside a paragraph, lines that were wrapped at a
 * fixed width are joined with spaces, while the breaks of a block of short lines (a letterhead, a
 * dateline) are kept: each paragraph is returned as its lines.
 */
export function plainTextParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map(joinWrappedLines);
}

const WRAPPED_TEXT_MIN_WIDTH = 80;

function joinWrappedLines(lines: string[]): string[] {
  const longest = Math.max(...lines.map((line) => line.length));
  if (longest < WRAPPED_TEXT_MIN_WIDTH) return lines;
  const joined: string[] = [];
  let current = '';
  for (const line of lines) {
    current = current ? `${current} ${line}` : line;
    // A line well short of the paragraph's width ended where its author ended it.
    if (line.length < longest * 0.7) {
      joined.push(current);
      current = '';
    }
  }
  if (current) joined.push(current);
  return joined;
}
