import { z } from 'zod';
import { formField } from '@/lib/forms';
import { isCommonPassword } from '@/lib/users/common-passwords';

/** The shortest password accepted: 12 characters (a passphrase of a few words is easier and longer). */
export const MINIMUM_PASSWORD_LENGTH = 12;
/** The longest: hashing is deliberately slow, so a megabyte "password" is refused before it is hashed. */
export const MAXIMUM_PASSWORD_LENGTH = 256;

/** A new password. Never trimmed: spaces are part of what was typed. */
export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(MINIMUM_PASSWORD_LENGTH, `Use at least ${MINIMUM_PASSWORD_LENGTH} characters.`)
  .max(MAXIMUM_PASSWORD_LENGTH, `Use at most ${MAXIMUM_PASSWORD_LENGTH} characters.`)
  .refine((value) => !isCommonPassword(value), 'This password is on a list of common passwords that guessers try first. Choose another one.');

export const emailSchema = z
  .string({ error: 'Enter an e-mail address.' })
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter an e-mail address such as name@example.org.').max(320, 'The e-mail address is too long.'));

export const roleSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.enum(['ADMIN', 'CURATOR'], { error: 'Choose a role: administrator or curator.' }),
);

const MISMATCH = { message: 'The two passwords are not the same.', path: ['confirmPassword'] };

/** A curator changing their own password: the current one, and the new one typed twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(MAXIMUM_PASSWORD_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: 'Type the new password again.' }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, MISMATCH)
  .refine((value) => value.newPassword !== value.currentPassword, {
    message: 'The new password must differ from the current one.',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A new account, as the command line and the administrators' form give it. */
export const createUserSchema = z.object({
  email: emailSchema,
  name: formField.optionalText(200, 'The name'),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** The administrators' form for a new account, which asks for the first password twice. */
export const createUserFormSchema = createUserSchema
  .extend({ confirmPassword: z.string({ error: 'Type the password again.' }) })
  .refine((value) => value.password === value.confirmPassword, MISMATCH);

/** An administrator setting a new password for someone (who then signs in with it and changes it). */
export const resetPasswordSchema = z
  .object({
    userId: z.string({ error: 'Choose an account.' }).min(1, 'Choose an account.').max(100),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: 'Type the new password again.' }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, MISMATCH);
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** Deactivating or reactivating an account. */
export const setUserActiveSchema = z.object({
  userId: z.string({ error: 'Choose an account.' }).min(1, 'Choose an account.').max(100),
  active: z.enum(['true', 'false'], { error: 'Choose whether the account is active.' }).transform((value) => value === 'true'),
});
