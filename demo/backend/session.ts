import { DEMO_CUSTOMERS, DEMO_SHOPPER } from './seed-cards';

/** Name of the cookie that stands in for a merchant's real sign-in session. */
export const SESSION_COOKIE = 'demo_session';
/** Cookie value meaning "signed out", so the demo can show the unauthenticated state. */
export const SIGNED_OUT = 'signed-out';

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

/**
 * getCustomerId for the handler. A real merchant resolves its own server-side session; the
 * demo's cookie names the customer directly, which is only acceptable because it is a demo.
 */
export function customerFromRequest(req: Request): string | null {
  return customerFromCookieHeader(req.headers.get('cookie'));
}

/** The signed-in demo customer named by a Cookie header, or null when signed out. */
export function customerFromCookieHeader(header: string | null | undefined): string | null {
  const value = readCookie(header, SESSION_COOKIE);
  return value !== undefined && DEMO_CUSTOMERS.includes(value) ? value : null;
}

/** Set-Cookie value: HttpOnly so page scripts cannot read it, Lax so it rides same-site fetches. */
export function sessionCookie(value: string = DEMO_SHOPPER): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax`;
}
