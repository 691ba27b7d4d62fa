import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { loginAs } from '../helpers/login';

/**
 * Every admin route and every server action of the admin area, enumerated from the production
 * build's own manifests (so a new page or action is covered without editing this file), is refused
 * to anonymous callers; admin-only ones are refused to curators. Server actions are called directly,
 * as an attacker would, not through the forms.
 */
const NEXT_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');

function adminRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return [...new Set(Object.values(manifest))].filter((route) => route === '/admin' || route.startsWith('/admin/')).sort();
}

type ActionEntry = { id: string; modules: string[] };

function adminActions(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, modules: [...Object.keys(entry.workers), entry.filename ?? ''] }))
    .filter((entry) => entry.modules.some((module) => module.includes('app/admin')));
}

/** Admin-only: the user-management and operator's-texts actions and pages. */
const isAdminOnly = (text: string) => text.includes('admin/users') || text.includes('admin/operator-texts');

/** A concrete address for a route pattern ("[id]" becomes a made-up id). */
const concrete = (route: string) => route.replace(/\[[^\]]+\]/g, 'someid');

async function callAction(request: APIRequestContext, id: string) {
  return request.post('/admin', {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
    data: JSON.stringify([{}, {}]),
    maxRedirects: 0,
  });
}

function redirectTarget(response: { headers(): Record<string, string> }): string {
  const headers = response.headers();
  return headers['x-action-redirect'] ?? headers.location ?? '';
}

test('the build has admin routes and actions to check', () => {
  expect(adminRoutes().length).toBeGreaterThan(5);
  expect(adminActions().length).toBeGreaterThan(5);
});

test('anonymous visitors are sent to sign in from every admin route', async ({ request }) => {
  for (const route of adminRoutes()) {
    const response = await request.get(concrete(route), { maxRedirects: 0 });
    expect([302, 303, 307, 308], `${route} answered ${response.status()}`).toContain(response.status());
    expect(response.headers().location, route).toContain('/login');
  }
});

test('anonymous callers are refused by every admin server action', async ({ request }) => {
  for (const action of adminActions()) {
    const response = await callAction(request, action.id);
    expect(redirectTarget(response), `${action.modules.join(', ')} (${action.id})`).toContain('/login');
  }
});

test('curators are refused by admin-only routes and actions', async ({ page }) => {
  await loginAs(page, 'curator');
  const request = page.request;
  for (const route of adminRoutes().filter(isAdminOnly)) {
    const response = await request.get(concrete(route), { maxRedirects: 0 });
    expect([302, 303, 307, 308], route).toContain(response.status());
    expect(response.headers().location, route).toContain('denied');
  }
  const adminOnlyActions = adminActions().filter((action) => action.modules.some(isAdminOnly));
  for (const action of adminOnlyActions) {
    const response = await callAction(request, action.id);
    expect(redirectTarget(response), `${action.modules.join(', ')} (${action.id})`).toContain('denied');
  }
});
