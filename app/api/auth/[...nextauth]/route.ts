import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

// next-auth v4's handler for the App Router: sign-in (CSRF + credentials callback), sign-out, session.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
