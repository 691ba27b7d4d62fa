import 'server-only';
import { getAnniversaryRecord, type AnniversaryRecord } from '@/lib/anniversaries/queries';
import { localiseOne, type WithLocalised } from '@/lib/translations/localise';

export type LocalisedAnniversary = WithLocalised<'ANNIVERSARY', AnniversaryRecord>;

/** The public record of a year with its title and introduction in the reader's language (or the original, marked). */
export async function getLocalisedAnniversary(year: number, locale: string): Promise<LocalisedAnniversary | null> {
  const record = await getAnniversaryRecord(year);
  return record ? localiseOne('ANNIVERSARY', record, locale) : null;
}
