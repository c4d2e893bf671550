import * as v from 'valibot';
import { publicCardId } from './public-card-id';

/** What Juspay's delete needs of a listed card; server-only, never sent to the browser. */
export interface JuspayRef {
  /** The short-lived `card_token` the delete sends. */
  token: string;
  /** The stable `card_reference` the delete's answer must name. */
  reference: string;
}

const refSchema = v.object({ token: v.pipe(v.string(), v.minLength(1)), reference: v.string() });

/** The public id of the card with this `card_reference`: stable, and never like a card number. */
export function juspayCardId(reference: string): Promise<string> {
  return publicCardId('jcr_', reference);
}

/** True when `ref` is a {@link JuspayRef}, as the adapter's list made it. */
export function isJuspayRef(ref: unknown): ref is JuspayRef {
  return v.is(refSchema, ref);
}
