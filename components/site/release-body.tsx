import { plainTextParagraphs, renderMarkdown } from '@/lib/content/markdown';

/** An archived release's text: Markdown rendered through the sanitiser, or plain text as paragraphs. */
export function ReleaseBody({ body, format }: { body: string; format: 'MARKDOWN' | 'PLAIN_TEXT' }) {
  if (format === 'MARKDOWN') {
    // The HTML comes from renderMarkdown, which sanitises it to an allowlist on the server.
    return <div className="prose-archive" dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />;
  }
  return (
    <div className="prose-archive">
      {plainTextParagraphs(body).map((lines, index) => (
        <p key={index}>
          {lines.map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
