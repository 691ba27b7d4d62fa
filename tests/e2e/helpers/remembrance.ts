import { type Page } from '@playwright/test';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Today in Baku as the English pages write it ("2 December 2026"). */
export function bakuTodayInEnglish(now = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Baku' }).format(now);
}

/** Fetches a feed in the page and reads it with the browser's own XML parser. */
export async function readRemembranceFeed(page: Page, path: string) {
  return page.evaluate(
    async ({ path, ns }) => {
      // Past the browser's cache, as a feed reader asks (Chromium honours stale-while-revalidate).
      const response = await fetch(path, { cache: 'no-store' });
      const text = await response.text();
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const root = document.documentElement;
      const child = (parent: Element, name: string) => Array.from(parent.children).find((element) => element.namespaceURI === ns && element.localName === name);
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        error: document.getElementsByTagName('parsererror')[0]?.textContent ?? null,
        namespace: root.namespaceURI,
        language: root.getAttribute('xml:lang'),
        title: child(root, 'title')?.textContent ?? null,
        updated: child(root, 'updated')?.textContent ?? null,
        links: Array.from(root.children)
          .filter((element) => element.localName === 'link')
          .map((element) => ({ rel: element.getAttribute('rel'), href: element.getAttribute('href') })),
        entries: Array.from(root.getElementsByTagNameNS(ns, 'entry')).map((entry) => ({
          id: child(entry, 'id')?.textContent ?? null,
          title: child(entry, 'title')?.textContent ?? null,
          published: child(entry, 'published')?.textContent ?? null,
          link: child(entry, 'link')?.getAttribute('href') ?? null,
        })),
      };
    },
    { path, ns: ATOM_NS },
  );
}

/** Today's month and day in Baku as "MM-DD", for a record dated today in another year. */
export function bakuTodayMonthDay(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', month: '2-digit', day: '2-digit' }).formatToParts(now);
  return `${parts.find((part) => part.type === 'month')!.value}-${parts.find((part) => part.type === 'day')!.value}`;
}
