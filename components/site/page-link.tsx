import type { AnchorHTMLAttributes } from 'react';

type PageLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link between public pages: a plain anchor, not next/link. Following it is an ordinary page load,
 * which the caching proxy answers whole from its cache, and nothing is fetched before a reader follows
 * it. next/link prefetched every link in view: a view of the home page cost 21 requests for pages
 * instead of one (the victims' list 19), which on 20 January multiplies the caching proxy's work by
 * the number of links, and each prefetched payload is parsed on the reader's main thread. The
 * curators' area keeps next/link, where client-side navigation between forms is worth it.
 */
export function PageLink(props: PageLinkProps) {
  return <a {...props} />;
}
