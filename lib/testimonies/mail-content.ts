import { createTranslator } from 'next-intl';
import type { TestimonyKind, TestimonyStatus } from '@/lib/generated/prisma/enums';
import { catalogue } from '@/lib/i18n/catalogue';
import { quoted } from '@/lib/mail/plain-text';

/**
 * The words of testimony e-mail, without the database: what the testifier is told in their language
 * (lib/i18n/messages/<language>/testimonyMail.json), and the curators' notice in English. Every
 * message is plain text; what a person wrote (a curator's question, the reason of a decline) is quoted,
 * indented, in the body and never reaches a subject.
 */

export type TestimonyMailEvent = 'received' | 'in-review' | 'needs-information' | 'answered' | 'accepted' | 'declined' | 'withdrawn';

export type TestifierMailFacts = {
  locale: string;
  reference: string;
  status: TestimonyStatus;
  /** The testifier's private status address (lib/testimonies/status-address.ts). */
  statusUrl: string;
  /** For 'needs-information': the curators' latest question. */
  question?: string | null;
  /** For 'declined': the reason the curators gave. */
  reason?: string | null;
  /** The retention periods in days (lib/env.ts), told with 'accepted' and 'declined'. */
  acceptedContactRetentionDays: number;
  closedRetentionDays: number;
};

/** The testifier's message about an event, in the testimony's language (Azerbaijani for an unknown one). */
export function testifierMail(event: TestimonyMailEvent, facts: TestifierMailFacts): { subject: string; text: string } {
  const t = createTranslator({ ...catalogue(facts.locale), namespace: 'testimonyMail' });
  const reference = facts.reference;
  const paragraphs: string[] = [t('greeting'), t(`lead.${event}`, { reference })];
  if (event === 'needs-information') {
    if (facts.question?.trim()) paragraphs.push(quoted(facts.question));
    paragraphs.push(t('answerThere'));
  }
  if (event === 'declined') {
    paragraphs.push(facts.reason?.trim() ? quoted(facts.reason) : t('noReason'));
    paragraphs.push(t('retention.declined', { days: facts.closedRetentionDays }));
  }
  if (event === 'accepted') paragraphs.push(t('retention.accepted', { days: facts.acceptedContactRetentionDays }));
  paragraphs.push(t('state.label', { state: t(`state.${facts.status}`) }));
  paragraphs.push(`${t('statusIntro')}\n${facts.statusUrl}\n${t('privateNote')}`);
  paragraphs.push(`${t('referenceLine', { reference })}\n${t('signature')}`);
  return { subject: t(`subject.${event}`, { reference }), text: `${paragraphs.join('\n\n')}\n` };
}

const KIND_WORDS: Record<TestimonyKind, string> = {
  NEW_PERSON: 'a person not yet in the memorial',
  ADDITION: 'an addition or correction to an existing record',
  WITHHOLD: 'a request to withhold a detail, a photograph or a record',
};

export type CuratorMailFacts = { reference: string; kind: TestimonyKind; reviewUrl: string };

/**
 * The curators' notice of a new testimony ('received') or of the testifier's answer ('answered'): only
 * the reference, the kind and the link to the curators' area. Nothing of the testimony's content and
 * never the testifier's address: the notice lands in mailboxes the memorial does not control.
 */
export function curatorMail(event: 'received' | 'answered', facts: CuratorMailFacts): { subject: string; text: string } {
  const kind = KIND_WORDS[facts.kind];
  const subject = event === 'received' ? `New testimony ${facts.reference}` : `Testimony ${facts.reference}: the testifier answered`;
  const lead =
    event === 'received'
      ? `A new testimony has arrived: ${facts.reference}, ${kind}.`
      : `The testifier has answered the curators' question on testimony ${facts.reference} (${kind}). It is in review again.`;
  const text = [
    lead,
    `Review it in the curators' area (sign-in needed):\n${facts.reviewUrl}`,
    "This notice carries nothing of the testimony itself; read it in the curators' area only.\nSent automatically by the Black January memorial.",
  ].join('\n\n');
  return { subject, text: `${text}\n` };
}
