import 'server-only';
import { plainTextParagraphs, renderMarkdown } from '@/lib/content/markdown';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/**
 * A release's text as HTML, laid out as its public page lays it out (components/site/release-body):
 * Markdown through the sanitiser, plain text as paragraphs with its kept line breaks, escaped.
 */
export function renderReleaseBodyPreview(body: string, format: 'MARKDOWN' | 'PLAIN_TEXT'): string {
  if (format === 'MARKDOWN') return renderMarkdown(body);
  return plainTextParagraphs(body)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}
