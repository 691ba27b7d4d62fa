import { describe, expect, it } from 'vitest';
import { isImpossiblePublicPath } from '@/lib/i18n/impossible-path';

const now = new Date('2026-11-21T12:00:00Z');

describe('isImpossiblePublicPath', () => {
  it.each([
    '/',
    '/en',
    '/en/timeline',
    '/en/victims',
    '/en/victims/larissa-mammadova',
    '/en/victims/no-such-person',
    '/en/releases/2007-01-18-black-january-17th-anniversary',
    '/en/anniversaries/1991',
    '/en/anniversaries/2027',
    '/en/issuers',
    '/en/issuers/diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina',
    '/en/issuers/no-such-issuer',
    '/en/no-such-page',
    '/en/opengraph-image',
    '/en/victims/larissa-mammadova/opengraph-image',
    '/en/releases/2007-01-18-black-january-17th-anniversary/opengraph-image',
    '/en/anniversaries/2027/opengraph-image',
  ])('%s may exist', (path) => {
    expect(isImpossiblePublicPath(path, now)).toBe(false);
  });

  it.each([
    '/xx',
    '/de/victims',
    '/en/victims/NOT..A..SLUG',
    '/en/victims/larissa-mammadova/extra',
    '/en/releases/%2e%2e',
    '/en/anniversaries/1990',
    '/en/anniversaries/2028',
    '/en/anniversaries/twenty',
    '/en/anniversaries/02020',
    '/en/issuers/Not_A_Slug',
    '/en/issuers/%3Cscript%3E',
    '/en/issuers/some-embassy/extra',
    '/en/issuers/some-embassy/opengraph-image',
    '/en/victims/larissa-mammadova/opengraph-image/extra',
    '/en/anniversaries/2028/opengraph-image',
  ])('%s cannot exist', (path) => {
    expect(isImpossiblePublicPath(path, now)).toBe(true);
  });
});
