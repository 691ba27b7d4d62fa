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

/**
 * "Copy link": an enhancement of the readonly field that already holds the link. Without JavaScript
 * it renders nothing; where the clipboard is refused, it selects the field's text for the reader to copy.
 */
export function CopyLinkButton({ value, fieldId }: { value: string; fieldId: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Link copied.');
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement) field.select();
      setStatus('Select the link and copy it (Ctrl+C or ⌘C).');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} className="rounded border border-ink px-3 py-1 font-sans text-sm hover:bg-ink hover:text-paper">
        Copy link
      </button>
      <span role="status" className="font-sans text-sm">
        {status}
      </span>
    </>
  );
}

/** "Print this page": opens the browser's print dialog; without JavaScript the hint beside it still says how. */
export function PrintButton() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-ink px-3 py-1 font-sans text-sm hover:bg-ink hover:text-paper">
      Print this page
    </button>
  );
}
