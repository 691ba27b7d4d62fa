import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTags, withNotFound } from '@/lib/cache-tags';

describe('the 404s a change purges', () => {
  it('adds the not-found tag once to a change’s tags, and purges nothing for no tags', () => {
    expect(withNotFound(['victims', 'victim:a', 'victims'])).toEqual(['victims', 'victim:a', cacheTags.notFound]);
    expect(withNotFound(['figures', cacheTags.notFound])).toEqual(['figures', cacheTags.notFound]);
    expect(withNotFound([])).toEqual([]);
  });

  it('is the tag the caching proxy gives a 404 (deploy/varnish/tests/not-found.vtc runs it)', () => {
    const vcl = readFileSync(path.join(import.meta.dirname, '..', '..', 'deploy', 'varnish', 'memorial.vcl'), 'utf8');
    expect(vcl).toContain(`set beresp.http.xkey = "${cacheTags.notFound}";`);
  });
});
