'use client';
import { setNonce } from 'get-nonce';
import { useInsertionEffect } from 'react';

/**
 * Hands the page's CSP nonce to `get-nonce`, where the confirm dialog's scroll lock (Radix →
 * react-remove-scroll → react-style-singleton) reads it for the one `<style>` it injects.
 * An insertion effect runs before every other effect in the tree, so the nonce is in place
 * before any dialog can open, and never runs on the server (no per-request value in a global).
 */
export function useStyleNonce(nonce: string | undefined): void {
  useInsertionEffect(() => {
    if (nonce) setNonce(nonce);
  }, [nonce]);
}
