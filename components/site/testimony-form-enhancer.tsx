'use client';

import { useEffect } from 'react';
import type { TestimonyPostAnswer } from '@/lib/testimonies/problem-text';

/** Where a problem's link leads (as the server-rendered list in testimony-form.tsx). */
function anchorOf(field: string): string {
  return `#${field === 'form' ? 'testimony-problems' : `testimony-${field === 'kind' ? 'kind-NEW_PERSON' : field}`}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // Text only: nothing of the answer is ever parsed as HTML.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Puts the answer's problems beside their fields and in the list at the top, as the page rendered after a refusal shows them. */
function showProblems(form: HTMLFormElement, answer: Extract<TestimonyPostAnswer, { ok: false }>): void {
  for (const list of Array.from(form.querySelectorAll<HTMLElement>('[data-problems-for]'))) list.replaceChildren();
  for (const control of Array.from(form.querySelectorAll('[aria-invalid]'))) control.removeAttribute('aria-invalid');
  for (const entry of answer.fields) {
    const list = form.querySelector<HTMLElement>(`[data-problems-for="${CSS.escape(entry.field)}"]`);
    list?.replaceChildren(...entry.texts.map((text) => element('li', '', text)));
    document.getElementById(`testimony-${entry.field}`)?.setAttribute('aria-invalid', 'true');
  }
  const summary = document.getElementById('testimony-problems');
  if (!summary) return;
  const box = element('div', 'border-l-4 border-mourning bg-white p-4');
  box.setAttribute('role', 'alert');
  const items = element('ul', 'mt-2 list-disc pl-6');
  for (const entry of answer.fields) {
    for (const text of entry.texts) {
      const item = element('li', '');
      const link = element('a', '', entry.label);
      link.href = anchorOf(entry.field);
      item.append(link, `: ${text}`);
      items.append(item);
    }
  }
  box.append(element('p', 'font-semibold', answer.heading), element('p', 'text-sm', answer.count), items);
  summary.replaceChildren(box);
  summary.focus();
}

/**
 * With script, the testimony form is sent with fetch, so that a refusal leaves the page as it is —
 * the files chosen included — and only adds the problems beside the fields. Without script (or if
 * this fails before sending), the plain form posts and a refusal comes back as a kept form.
 */
export function TestimonyFormEnhancer({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onSubmit = async (event: SubmitEvent) => {
      event.preventDefault();
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (button) button.disabled = true;
      try {
        const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
        if (!(response.headers.get('content-type') ?? '').includes('application/json')) {
          // A refusal of the post itself (another site, too large): its plain sentence, as text.
          const summary = document.getElementById('testimony-problems');
          summary?.replaceChildren(element('p', 'border-l-4 border-mourning bg-white p-4 font-semibold', await response.text()));
          summary?.focus();
          return;
        }
        const answer = (await response.json()) as TestimonyPostAnswer;
        if (answer.ok) {
          window.location.assign(answer.location);
          return;
        }
        showProblems(form, answer);
      } catch {
        // No answer (the connection failed): send it as a plain form, whose refusal keeps the typing.
        form.submit();
      } finally {
        if (button) button.disabled = false;
      }
    };
    const listener = (event: SubmitEvent) => void onSubmit(event);
    form.addEventListener('submit', listener);
    return () => form.removeEventListener('submit', listener);
  }, [formId]);
  return null;
}
