import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Satori draws a glyph that no font has as the fonts' "missing glyph", after asking for a font to
 * download (ImageResponse fetches one from Google Fonts). In the calling test file, fetch is stubbed
 * to fail and each download asked for is recorded: the bundled fonts must never need one, and a
 * rendering with fonts left out shows what a missing glyph looks like.
 */
export function recordFontDownloads(): { urls: string[]; reset: () => void } {
  const downloads = {
    urls: [] as string[],
    reset() {
      downloads.urls = [];
    },
  };
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    downloads.reset();
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      // The renderer loads its own WebAssembly from data: URLs; anything else would be the network.
      if (url.startsWith('data:')) return realFetch(input, init);
      downloads.urls.push(url);
      throw new Error('no network in tests');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return downloads;
}
