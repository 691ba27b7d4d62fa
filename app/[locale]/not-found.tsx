import { NotFoundContent } from '@/components/site/not-found-content';
import { defaultLocale } from '@/lib/i18n/config';

export default function NotFound() {
  return <NotFoundContent locale={defaultLocale} />;
}
