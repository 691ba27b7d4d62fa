import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AcceptFieldsForm, DecisionForm, type ComparisonRow } from '@/components/admin/testimony-decisions';
import { auditAuthor } from '@/lib/audit/author';
import { listAuditEntries } from '@/lib/audit/queries';
import { requireCurator } from '@/lib/auth';
import { bakuTimestamp } from '@/lib/baku-time';
import { photoStateToken } from '@/lib/victims/photos/photo-mutations';
import { PROPOSAL_FIELD_LABELS, proposalFormValue } from '@/lib/testimonies/accepted-values';
import { DECIDED_MESSAGES, TESTIMONY_KIND_LABELS, TESTIMONY_STATUS_LABELS, withholdTargetLabel } from '@/lib/testimonies/curator-labels';
import { getTestimonyForCurators, type TestimonyForCurators } from '@/lib/testimonies/curator-queries';
import { CURATOR_MESSAGE_MAX } from '@/lib/testimonies/curator-schema';
import { PROPOSAL_FIELD_NAMES } from '@/lib/testimonies/fields';
import { CURATOR_TRANSITIONS, isOpen, TESTIMONY_ENTITY_TYPE } from '@/lib/testimonies/states';
import { getVictimForEdit, type VictimForEdit } from '@/lib/victims/admin-queries';
import { victimDisplayName } from '@/lib/victims/display';
import { victimFormDefaults } from '@/lib/victims/form-defaults';
import { acceptTestimonyAction, askTestimonyAction, declineTestimonyAction, decideWithholdAction, reviewTestimonyAction, usePhotographAction } from '../actions';

export const metadata: Metadata = { title: 'Testimony' };

function comparisonRows(testimony: TestimonyForCurators, victim: VictimForEdit | null): ComparisonRow[] {
  const current = victim ? victimFormDefaults(victim) : {};
  return PROPOSAL_FIELD_NAMES.flatMap((field) => {
    const proposed = proposalFormValue(testimony.proposal, field);
    if (proposed === undefined) return [];
    return [{ field, label: PROPOSAL_FIELD_LABELS[field], current: current[field] ?? '', proposed, accepted: testimony.acceptedFields.includes(field) }];
  });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Term({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

const notGiven = <span className="italic text-muted">not given</span>;

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export default async function TestimonyPage({ params, searchParams }: PageProps<'/admin/testimonies/[id]'>) {
  const user = await requireCurator();
  const { id } = await params;
  const { decided } = await searchParams;
  if (!/^[a-z0-9]{1,40}$/.test(id)) notFound();
  const testimony = await getTestimonyForCurators(id);
  if (!testimony) notFound();
  const [victim, history] = await Promise.all([
    testimony.victimId ? getVictimForEdit(testimony.victimId) : Promise.resolve(null),
    listAuditEntries({ entityType: TESTIMONY_ENTITY_TYPE, entityId: testimony.id, page: 1 }, user),
  ]);
  const open = isOpen(testimony.status);
  const hidden = { id: testimony.id, version: String(testimony.version) };
  const confirmation = typeof decided === 'string' ? DECIDED_MESSAGES[decided] : undefined;
  const record = victim ? victimDisplayName(victim).name : null;
  const rows = comparisonRows(testimony, victim);
  const canReview = (CURATOR_TRANSITIONS.review.from as readonly string[]).includes(testimony.status);
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/testimonies">Testimonies</Link>
      </p>
      <h1 className="text-3xl font-semibold">Testimony {testimony.reference}</h1>
      <p className="mb-6 font-sans text-sm text-muted" data-testimony-status={testimony.status}>
        {TESTIMONY_KIND_LABELS[testimony.kind]} · {TESTIMONY_STATUS_LABELS[testimony.status]} · version {testimony.version} · received{' '}
        <time dateTime={testimony.createdAt.toISOString()}>{bakuTimestamp.format(testimony.createdAt)}</time> (Baku time), in {testimony.locale} ·{' '}
        <Link href={`/admin/history?entityType=${TESTIMONY_ENTITY_TYPE}&entityId=${testimony.id}`}>Full history</Link>
      </p>
      {confirmation ? (
        <p role="status" className="mb-6 border-l-4 border-ink bg-paper p-3 font-sans">
          {confirmation}
        </p>
      ) : null}

      <Section id="concerns" title="The record it concerns">
        <p className="mt-2 font-sans">
          {victim ? (
            <>
              <Link href={`/admin/victims/${victim.id}`}>{record}</Link> ({victim.deletedAt ? 'deleted' : victim.status === 'DRAFT' ? 'draft' : 'published'})
            </>
          ) : testimony.kind === 'NEW_PERSON' ? (
            'A person who is not in the memorial: accepting creates their record as a draft.'
          ) : (
            'The record this testimony concerned no longer exists.'
          )}
        </p>
        {testimony.status === 'ACCEPTED' && testimony.kind === 'ADDITION' && victim ? (
          <p className="mt-2 font-sans" data-apply-link>
            <Link href={`/admin/victims/${victim.id}?testimony=${testimony.id}`}>Open the record with the accepted values</Link> to check them and save them with a public
            note of what changed.
          </p>
        ) : null}
        {testimony.status === 'ACCEPTED' && testimony.kind === 'NEW_PERSON' && victim ? (
          <p className="mt-2 font-sans">
            <Link href={`/admin/victims/${victim.id}`}>Open the draft of the new record</Link> to complete and publish it.
          </p>
        ) : null}
      </Section>

      {testimony.kind === 'WITHHOLD' ? (
        <Section id="withhold" title="The request">
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 font-sans text-sm">
            <Term term="Withhold">{withholdTargetLabel(testimony.withholdTarget)}</Term>
            <Term term="Why">{testimony.withholdReason ?? notGiven}</Term>
          </dl>
          {open ? (
            <DecisionForm
              action={decideWithholdAction}
              prefix="withhold"
              hidden={hidden}
              label="Decide the request to withhold"
              fields={[
                {
                  name: 'reason',
                  label: 'Reason',
                  kind: 'textarea',
                  maxLength: CURATOR_MESSAGE_MAX,
                  hint: 'Required to decline (the testifier reads it); optional otherwise. Withholding removes the detail from the public site at once; the history keeps the value and why.',
                },
              ]}
              buttons={[
                { label: 'Withhold, saying “withheld at the family’s request”', name: 'decision', value: 'withhold-notice' },
                { label: 'Withhold without a notice', name: 'decision', value: 'withhold-silent', variant: 'secondary' },
                { label: 'Decline the request', name: 'decision', value: 'decline', variant: 'danger' },
              ]}
            />
          ) : null}
        </Section>
      ) : (
        <Section id="comparison" title="Side by side">
          {rows.length === 0 ? (
            <p className="mt-2 font-sans">The testimony states no field of a record.</p>
          ) : (
            <AcceptFieldsForm action={acceptTestimonyAction} hidden={hidden} rows={rows} open={open} kind={testimony.kind === 'NEW_PERSON' ? 'NEW_PERSON' : 'ADDITION'} />
          )}
        </Section>
      )}

      <Section id="testifier" title="The testifier">
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 font-sans text-sm">
          <Term term="Relation to the person">{testimony.relation ?? notGiven}</Term>
          <Term term="Knows it from">{testimony.knowledgeBasis ?? notGiven}</Term>
          <Term term="Name">
            {testimony.testifierName ?? notGiven}
            {testimony.testifierName ? (testimony.publishName ? ' (may be published as the contributor)' : ' (must not be published)') : null}
          </Term>
          <Term term="E-mail">
            {testimony.contactEmail ? (
              // Curators' eyes only: this page is the one place the address is shown.
              <span data-contact-email>{testimony.contactEmail}</span>
            ) : testimony.personalDataDeletedAt ? (
              `deleted ${bakuTimestamp.format(testimony.personalDataDeletedAt)} (Baku time)`
            ) : (
              'none given'
            )}
          </Term>
          <Term term="Consents">
            {[
              testimony.consentShare ? 'may be used by the memorial' : 'no consent to use',
              testimony.consentContact ? 'may be contacted' : 'not to be contacted',
              testimony.consentPhotographs ? 'photographs under the stated rights' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Term>
          {testimony.decisionMessage ? <Term term="Decision’s message">{testimony.decisionMessage}</Term> : null}
        </dl>
      </Section>

      <Section id="messages" title="Messages">
        {testimony.messages.length === 0 ? (
          <p className="mt-2 font-sans">No message yet.</p>
        ) : (
          <ol className="mt-2 space-y-3 font-sans">
            {testimony.messages.map((message) => (
              <li key={message.id} className="border-l-4 border-rule pl-3" data-message-party={message.party}>
                <p className="text-sm text-muted">
                  {message.party === 'CURATOR' ? `Question from ${message.user?.name ?? message.user?.email ?? 'a curator'}` : 'Answer from the testifier'},{' '}
                  <time dateTime={message.createdAt.toISOString()}>{bakuTimestamp.format(message.createdAt)}</time>
                </p>
                {/* Sent text, shown as text: never HTML. */}
                <p className="whitespace-pre-line">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="files" title="Files">
        {testimony.files.length === 0 ? (
          <p className="mt-2 font-sans">{testimony.personalDataDeletedAt ? 'The files were deleted with the personal data.' : 'No file was sent.'}</p>
        ) : (
          <ul className="mt-2 space-y-4 font-sans text-sm">
            {testimony.files.map((file, index) => (
              <li key={file.id} data-file={file.kind}>
                <a href={`/admin/testimonies/${testimony.id}/files/${file.id}`}>
                  {file.kind === 'PHOTOGRAPH' ? 'Photograph' : 'Document'} {index + 1}
                </a>{' '}
                ({file.contentType === 'application/pdf' ? 'PDF, downloads' : file.contentType}, {formatBytes(file.byteSize)})
                {file.kind === 'PHOTOGRAPH' ? (
                  <span>
                    {' '}
                    · rights: {file.rightsHolder ?? 'not stated'} · {file.mayPublish ? 'may be published' : 'must not be published'}
                  </span>
                ) : null}
                {file.kind === 'PHOTOGRAPH' && file.mayPublish && file.rightsHolder && testimony.status === 'ACCEPTED' && victim && !victim.deletedAt ? (
                  <DecisionForm
                    action={usePhotographAction}
                    prefix={`photo-${file.id}`}
                    hidden={{ ...hidden, fileId: file.id, photoState: photoStateToken(victim.photo) }}
                    label={`Make photograph ${index + 1} the record’s photograph`}
                    fields={[
                      { name: 'altText', label: 'Description for people who cannot see it', kind: 'text', maxLength: 300 },
                      { name: 'contentWarning', label: 'Hide it behind a content warning', kind: 'checkbox' },
                    ]}
                    buttons={[{ label: victim.photo ? 'Replace the record’s photograph with this one' : 'Make it the record’s photograph', variant: 'secondary' }]}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {open ? (
        <Section id="decide" title="Decide">
          {canReview ? (
            <DecisionForm action={reviewTestimonyAction} prefix="review" hidden={hidden} label="Open the review" buttons={[{ label: 'Open the review', variant: 'secondary' }]} />
          ) : null}
          <DecisionForm
            action={askTestimonyAction}
            prefix="ask"
            hidden={hidden}
            label="Ask the testifier"
            fields={[{ name: 'question', label: 'Question to the testifier', kind: 'textarea', maxLength: CURATOR_MESSAGE_MAX, hint: 'They read it on their status page and answer there.' }]}
            buttons={[{ label: 'Send the question', variant: 'secondary' }]}
          />
          {testimony.kind !== 'WITHHOLD' ? (
            <DecisionForm
              action={declineTestimonyAction}
              prefix="decline"
              hidden={hidden}
              label="Decline the testimony"
              fields={[{ name: 'reason', label: 'Reason for declining', kind: 'textarea', maxLength: CURATOR_MESSAGE_MAX, hint: 'Required: the testifier reads it.' }]}
              buttons={[{ label: 'Decline', variant: 'danger' }]}
            />
          ) : null}
        </Section>
      ) : null}

      <Section id="history" title="History">
        <ol className="mt-2 space-y-2 font-sans text-sm">
          {history.entries.map((entry) => (
            <li key={entry.id} data-history-action={entry.action}>
              <strong>{entry.action}</strong> by {auditAuthor(entry)},{' '}
              <time dateTime={entry.createdAt.toISOString()}>{bakuTimestamp.format(entry.createdAt)}</time> (Baku time)
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
