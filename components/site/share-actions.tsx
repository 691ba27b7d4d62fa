'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/** False in the server's HTML, true once React runs in the browser: the buttons exist only where they work. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/** The copy button's words in the page's language (the server translates them; no catalogue reaches the browser). */
export type CopyLinkLabels = { button: string; copied: string; fallback: string };

/**
 * "Copy link": an enhancement of the readonly field that already holds the link. Without JavaScript
 * it renders nothing; where the clipboard is refused, it selects the field's text for the reader to copy.
 */
export function CopyLinkButton({ value, fieldId, labels }: { value: string; fieldId: string; labels: CopyLinkLabels }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(labels.copied);
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement) field.select();
      setStatus(labels.fallback);
    }
  }
  return (
    <>
      <button type="button" onClick={copy} className="rounded border border-ink px-3 py-1 font-sans text-sm hover:bg-ink hover:text-paper">
        {labels.button}
      </button>
      <span role="status" className="font-sans text-sm">
        {status}
      </span>
    </>
  );
}

/** "Print this page": opens the browser's print dialog; without JavaScript the hint beside it still says how. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-ink px-3 py-1 font-sans text-sm hover:bg-ink hover:text-paper">
      {label}
    </button>
  );
}
