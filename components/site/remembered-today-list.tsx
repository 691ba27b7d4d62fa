import { PageLink } from '@/components/site/page-link';
import type { Locale } from '@/lib/i18n/config';
import type { RememberedPerson } from '@/lib/remembered-today/days';
import { capitalised, factsPhrase } from '@/lib/remembered-today/phrases';
import { victimDisplayName } from '@/lib/victims/display';
import { nameLanguage } from '@/lib/victims/name-language';

/** "Born on this day in 1969: Ülvi Bünyadzadə", one line per person, each name linking to the memorial page. */
export function RememberedTodayList({ people, locale, label }: { people: RememberedPerson[]; locale: Locale; label: string }) {
  return (
    <ul aria-label={label} className="space-y-3">
      {people.map((person) => {
        const { name, identified } = victimDisplayName(person, locale);
        return (
          <li key={person.slug}>
            {capitalised(factsPhrase(person.facts, locale, person.sex), locale)}:{' '}
            <PageLink href={`/${locale}/victims/${person.slug}`} lang={identified ? nameLanguage(name) : undefined} className="font-semibold">
              {name}
            </PageLink>
          </li>
        );
      })}
    </ul>
  );
}
