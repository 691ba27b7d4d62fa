import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachableError } from '@/lib/database-outage';
import { echoValues, SECRET_FIELD_NAMES, type FormState } from '@/lib/forms';

/**
 * A form action that answers a database outage with the form's own state instead of an error
 * page: when the server action threw because the database could not be reached (its error's digest
 * says so, even in production), the form shows that nothing was saved and keeps what was typed.
 * Any other error still reaches the error boundary.
 */
export function refusingWhenDatabaseUnreachable<State extends FormState>(
  action: (state: State, formData: FormData) => Promise<State>,
): (state: State, formData: FormData) => Promise<State> {
  return async (state, formData) => {
    try {
      return await action(state, formData);
    } catch (error) {
      if (!isDatabaseUnreachableError(error)) throw error;
      return { ...state, message: DATABASE_UNREACHABLE_MESSAGE, fieldErrors: undefined, preview: undefined, values: echoValues(formData, SECRET_FIELD_NAMES) };
    }
  };
}
