import type { Answer } from './respond';

/** A wallet handler's own entry: the same request in, its answer out, no `Response` built. */
export type Answerer = (req: Request) => Promise<Answer>;

// Not Symbol.for: only a listener from this copy of the kit knows this copy's Answer.
const ANSWERER = Symbol('saved-card-kit.answerer');

/** Gives `handler` its answerer, for {@link answererOf}. */
export function withAnswerer<T extends object>(handler: T, answer: Answerer): T {
  Object.defineProperty(handler, ANSWERER, { value: answer });
  return handler;
}

/** The answerer of a handler made by this copy's `createWalletHandler`; else undefined. */
export function answererOf(handler: object): Answerer | undefined {
  const answer: unknown = (handler as Record<symbol, unknown>)[ANSWERER];
  return typeof answer === 'function' ? (answer as Answerer) : undefined;
}
