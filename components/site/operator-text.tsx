import { renderMarkdown } from '@/lib/content/markdown';

/**
 * A text the operator wrote (the privacy notice): Markdown rendered through the memorial's sanitiser on
 * the server, so nothing an administrator types becomes a script, a frame or an attribute of its own.
 */
export function OperatorMarkdown({ text, locale }: { text: string; locale: string }) {
  // The HTML comes from renderMarkdown, which sanitises it to an allowlist on the server.
  return <div lang={locale} className="prose-archive max-w-3xl" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}
