import type { ReactNode } from 'react';

/** The one h1 of a page, with an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8 border-b border-rule pb-6">
      <h1 className="text-3xl font-semibold leading-tight sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl font-sans text-lg text-muted">{lead}</p> : null}
    </div>
  );
}
