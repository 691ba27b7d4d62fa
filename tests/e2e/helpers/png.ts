import type { APIRequestContext } from '@playwright/test';

/** The status, type and pixel size of a PNG, read from its IHDR chunk (width at byte 16, height at 20). */
export async function fetchPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const body = await response.body();
  const isPng = body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return {
    status: response.status(),
    contentType: response.headers()['content-type'],
    isPng,
    size: isPng ? [body.readUInt32BE(16), body.readUInt32BE(20)] : null,
  };
}
