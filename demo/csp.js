// The Content-Security-Policy `npm run preview` serves the demo under, as a payment page would
// (docs/look-and-feel.md): nonce-based, no 'unsafe-inline', no data: URLs.
import { randomBytes } from 'node:crypto';

/**
 * What the build writes where the nonce goes (Vite's `html.cspNonce`): on every `<script>`,
 * `<link>` and `<style>` it emits, and in `<meta property="csp-nonce">`, which the page reads
 * to hand the nonce to `WalletProvider`. The server swaps in a fresh value per response.
 */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** 128 random bits, base64: a fresh one for every HTML response. */
export function newNonce() {
  return randomBytes(16).toString('base64');
}

/** The header value for a page carrying this nonce. */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    // Only scripts the server marked; what they load inherits the trust ('strict-dynamic').
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    // Stylesheets from this origin (styles.css), plus <style> elements carrying the nonce:
    // the dialog's scroll lock injects one (docs/csp.md).
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The built index.html with this response's nonce in place of the placeholder. */
export function withNonce(html, nonce) {
  return html.replaceAll(NONCE_PLACEHOLDER, nonce);
}
