import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BEHIND_PROXY_VARIABLES, NEXT_START, SHARED_INSTANCE_VARIABLES, VARNISH_VCL } from '@/tests/helpers/topology';

/**
 * docker-compose.yml is not run here (no Docker engine on these machines, nor in CI); this checks that
 * it starts the topology the end-to-end tests and the load benchmark start without Docker
 * (tests/helpers/topology.ts): `next start` instances probed on /api/ready sharing one Redis and one
 * configuration, the shipped VCL in front of them with backends on the instances' port.
 */
type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
};
const root = process.cwd();
const compose = load(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const services = compose.services;
const instances = ['app1', 'app2'].map((name) => services[name]!);
const originVcl = readFileSync(path.join(root, 'deploy', 'varnish', 'origin.compose.vcl'), 'utf8');

describe('docker-compose.yml', () => {
  it('has the whole topology: caching proxy, two app instances, Redis, PostgreSQL, and the deployment steps', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'postgres', 'redis', 'setup', 'varnish']);
  });

  it('starts each instance as the tests do, on the port the caching proxy sends to, and checks /api/ready', () => {
    for (const [index, instance] of instances.entries()) {
      const command = instance.command!;
      expect(command.slice(1, 3)).toEqual([...NEXT_START]);
      const port = command[command.indexOf('-p') + 1];
      expect(originVcl).toMatch(new RegExp(`backend app${index + 1} \\{\\s*\\.host = "app${index + 1}";\\s*\\.port = "${port}";\\s*\\.probe = memorial_ready;`));
      expect(instance.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${port}/api/ready`);
      expect(instance.depends_on).toMatchObject({ setup: { condition: 'service_completed_successfully' }, redis: { condition: 'service_healthy' } });
    }
  });

  it('gives both instances one configuration, with Redis and the purge pointed at the compose services', () => {
    const [first, second] = instances;
    for (const name of SHARED_INSTANCE_VARIABLES) {
      expect(first!.environment?.[name], name).toBeTruthy();
      expect(second!.environment?.[name], name).toBe(first!.environment?.[name]);
    }
    expect(first!.environment!.REDIS_URL).toBe('redis://redis:6379');
    for (const instance of instances) {
      // Behind the caching proxy, as the tests start them: Varnish compresses, the instances do not.
      expect(instance.environment).toMatchObject(BEHIND_PROXY_VARIABLES);
      // Reachable only through Varnish (no port of their own), the one hop whose X-Forwarded-For they trust.
      expect(instance.ports).toBeUndefined();
      expect(instance.environment!.TRUSTED_PROXY_HOPS).toBe('1');
    }
    const varnishPort = services.varnish!.command![services.varnish!.command!.indexOf('-a') + 1]!.replace(/^:/, '');
    expect(first!.environment!.CACHE_PURGE_URLS).toBe(`http://varnish:${varnishPort}`);
    // The build bakes SITE_URL in: the setup service builds with the instances' value.
    expect(services.setup!.environment!.SITE_URL).toBe(first!.environment!.SITE_URL);
    expect(services.setup!.command!.join(' ')).toMatch(/npm run db:migrate && npm run db:seed && npm run build/);
  });

  it('runs the shipped VCL, with its site part naming both instances and letting them purge', () => {
    const varnish = services.varnish!;
    expect(varnish.volumes).toContain(`./${path.relative(root, VARNISH_VCL)}:/etc/varnish/memorial.vcl:ro`);
    expect(varnish.volumes).toContain('./deploy/varnish/origin.compose.vcl:/etc/varnish/origin.vcl:ro');
    expect(varnish.command).toEqual(expect.arrayContaining(['-f', '/etc/varnish/memorial.vcl', '-p', 'vcl_path=/etc/varnish']));
    expect(originVcl).toMatch(/origin\.add_backend\(app1\);\s*origin\.add_backend\(app2\);/);
    expect(originVcl).toMatch(/acl purgers \{[^}]*"172\.16\.0\.0"\/12;/);
  });

  it('keeps Redis without persistence, and PostgreSQL with a volume and a health check', () => {
    expect(services.redis!.command).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
    expect(services.redis!.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(services.postgres!.healthcheck!.test.join(' ')).toContain('pg_isready');
    expect(services.postgres!.volumes).toContain('postgres-data:/var/lib/postgresql/data');
  });
});
