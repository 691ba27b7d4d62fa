import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from '@/lib/forms';
import { changePasswordSchema, createUserFormSchema, createUserSchema, resetPasswordSchema, setUserActiveSchema } from '@/lib/users/schema';

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsFrom>[0] }) {
  return result.success || !result.error ? {} : fieldErrorsFrom(result.error);
}

describe('changePasswordSchema', () => {
  const valid = { currentPassword: 'old password here', newPassword: 'a new long passphrase', confirmPassword: 'a new long passphrase' };

  it('accepts the current password and a new one of 12 characters or more, typed twice', () => {
    expect(changePasswordSchema.parse(valid)).toEqual(valid);
    expect(changePasswordSchema.safeParse({ ...valid, newPassword: 'kq2LmN4p9Rt5', confirmPassword: 'kq2LmN4p9Rt5' }).success).toBe(true);
  });

  it('refuses a new password under 12 characters', () => {
    const result = changePasswordSchema.safeParse({ ...valid, newPassword: 'kq2LmN4p9Rt', confirmPassword: 'kq2LmN4p9Rt' });
    expect(errorsOf(result).newPassword).toEqual(['Use at least 12 characters.']);
  });

  // Changed with issue 13: '123456789012' was accepted before; the bundled list now refuses it.
  it('refuses common passwords from the bundled list, whatever their case, and one character repeated', () => {
    const common = 'This password is on a list of common passwords that guessers try first. Choose another one.';
    for (const password of ['123456789012', 'QWERTY123456', '1qaz2wsx3edc', 'aaaaaaaaaaaaaaa']) {
      expect(errorsOf(changePasswordSchema.safeParse({ ...valid, newPassword: password, confirmPassword: password })).newPassword, password).toEqual([common]);
    }
  });

  it('refuses a confirmation that differs, on the confirmation field', () => {
    const result = changePasswordSchema.safeParse({ ...valid, confirmPassword: 'a new long passphrasE' });
    expect(errorsOf(result).confirmPassword).toEqual(['The two passwords are not the same.']);
  });

  it('requires the current password, and a new one that differs from it', () => {
    expect(errorsOf(changePasswordSchema.safeParse({ ...valid, currentPassword: '' })).currentPassword).toEqual(['Enter your current password.']);
    const same = { currentPassword: valid.newPassword, newPassword: valid.newPassword, confirmPassword: valid.newPassword };
    expect(errorsOf(changePasswordSchema.safeParse(same)).newPassword).toEqual(['The new password must differ from the current one.']);
  });

  it('keeps spaces in passwords as typed', () => {
    const spaced = { currentPassword: ' x ', newPassword: '  twelve chars  ', confirmPassword: '  twelve chars  ' };
    expect(changePasswordSchema.parse(spaced).newPassword).toBe('  twelve chars  ');
  });
});

describe('createUserSchema', () => {
  it('normalises the e-mail, the role and an empty name', () => {
    expect(createUserSchema.parse({ email: '  New.Curator@Memorial.Example ', role: 'admin', name: '  ', password: 'long enough password' })).toEqual({
      email: 'new.curator@memorial.example',
      role: 'ADMIN',
      name: null,
      password: 'long enough password',
    });
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(createUserSchema.safeParse({ email: 'not an address', role: 'owner', password: 'short' }));
    expect(Object.keys(errors).sort()).toEqual(['email', 'password', 'role']);
  });

  it('asks for the first password twice on the administrators’ form', () => {
    const input = { email: 'a@memorial.example', role: 'CURATOR', name: '', password: 'long enough password', confirmPassword: 'long enough passwort' };
    expect(errorsOf(createUserFormSchema.safeParse(input)).confirmPassword).toEqual(['The two passwords are not the same.']);
    expect(createUserFormSchema.safeParse({ ...input, confirmPassword: input.password }).success).toBe(true);
  });
});

describe('resetPasswordSchema and setUserActiveSchema', () => {
  it('need an account and, for a reset, a new password typed twice', () => {
    expect(errorsOf(resetPasswordSchema.safeParse({ newPassword: 'long enough password', confirmPassword: 'long enough password' })).userId).toBeDefined();
    expect(resetPasswordSchema.safeParse({ userId: 'u1', newPassword: 'long enough password', confirmPassword: 'long enough password' }).success).toBe(true);
  });

  it('read the active flag from the form', () => {
    expect(setUserActiveSchema.parse({ userId: 'u1', active: 'false' })).toEqual({ userId: 'u1', active: false });
    expect(setUserActiveSchema.safeParse({ userId: 'u1', active: 'yes' }).success).toBe(false);
  });
});
