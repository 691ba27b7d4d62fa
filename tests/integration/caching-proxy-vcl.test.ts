import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shipped caching proxy's configuration (deploy/varnish/memorial.vcl), run by Varnish's own test
 * tool against scripted origins: X-Forwarded-For overwritten, cookies dropped from public requests,
 * purge by tag (and only from the purgers ACL), one fetch for concurrent misses, a validator per stored
 * version (304s to browsers), grace, stale-if-error
 * when the origin fails or its probe marks it sick, the curators' area passed through. `.ci/run`
 * installs varnish and varnish-modules.
 */
const TESTS_DIR = path.join(process.cwd(), 'deploy', 'varnish', 'tests');

describe('deploy/varnish/memorial.vcl', () => {
  const files = readdirSync(TESTS_DIR).filter((file) => file.endsWith('.vtc'));

  it('has its behaviour written down as Varnish test cases', () => {
    expect(files).toEqual(expect.arrayContaining(['memorial.vtc', 'not-found.vtc', 'purge-acl.vtc', 'validators.vtc']));
  });

  for (const file of files) {
    it(`passes ${file}`, () => {
      const result = spawnSync('varnishtest', ['-q', '-t', '60', path.join(TESTS_DIR, file)], { encoding: 'utf8', timeout: 90_000 });
      if (result.error) throw new Error(`varnishtest could not run (apt-get install varnish varnish-modules): ${result.error.message}`);
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    }, 90_000);
  }
});
