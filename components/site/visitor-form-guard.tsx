import { env } from '@/lib/env';
import { FORM_STARTED_FIELD, HONEYPOT_FIELD, signFormStart, visitorFormKey } from '@/lib/visitor-forms/form-guard';

/**
 * The two hidden fields every visitor's form carries (lib/visitor-forms/form-guard.ts): the signed
 * time the page was rendered, and a honeypot that is off screen, out of the tab order and hidden from
 * assistive technology, so that only a bot fills it in.
 */
export function VisitorFormGuard({ honeypotLabel }: { honeypotLabel: string }) {
  return (
    <>
      <input type="hidden" name={FORM_STARTED_FIELD} value={signFormStart(new Date(), visitorFormKey(env.NEXTAUTH_SECRET))} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          {honeypotLabel}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
    </>
  );
}
