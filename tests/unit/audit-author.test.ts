import { describe, expect, it } from 'vitest';
import { auditAuthor } from '@/lib/audit/author';

describe('who the history says made a change', () => {
  it('names the curator, a visitor for a public form’s submission, and the system otherwise', () => {
    expect(auditAuthor({ action: 'update', user: { name: 'Aynur', email: 'a@example.org' } })).toBe('Aynur');
    expect(auditAuthor({ action: 'update', user: { name: null, email: 'a@example.org' } })).toBe('a@example.org');
    expect(auditAuthor({ action: 'submit', user: null })).toBe('a visitor');
    expect(auditAuthor({ action: 'publish', user: null })).toBe('the system');
    expect(auditAuthor({ action: 'submit', entityType: 'Testimony', user: null })).toBe('the testifier');
    expect(auditAuthor({ action: 'answer', entityType: 'Testimony', user: null })).toBe('the testifier');
    expect(auditAuthor({ action: 'delete-personal-data', entityType: 'Testimony', user: null })).toBe('the system');
    expect(auditAuthor({ action: 'accept', entityType: 'Testimony', user: { name: 'Aynur', email: 'a@example.org' } })).toBe('Aynur');
  });
});
