/**
 * npx tsx scripts/demo-totp-code.ts
 *
 * Prints the demo administrator's current six-digit code (the README gives its authenticator key),
 * for signing in to the local demo without an authenticator app. The demo key is public: it opens
 * nothing outside the embedded demo database, where the demo accounts alone may sign in.
 */
import { generate } from 'otplib';
import { DEMO_ADMIN_TOTP_SECRET } from '../lib/users/demo-accounts';

const code = await generate({ secret: DEMO_ADMIN_TOTP_SECRET });
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${code}  (valid for ${secondsLeft} more seconds)`);
