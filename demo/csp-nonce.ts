/**
 * The nonce `npm run preview` gave this page (demo/csp.js): Vite's `html.cspNonce` writes it
 * into `<meta property="csp-nonce">`. Read through the `nonce` property: browsers blank the
 * attribute once the page loads, so other scripts on the page cannot copy it. None in dev.
 */
export function pageCspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || undefined;
}
