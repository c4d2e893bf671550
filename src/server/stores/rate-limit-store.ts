/** Where the handler counts attempts; async so a shared store (Redis) fits the same seam. */
export interface RateLimitStore {
  /** Counts one hit on `key` in its current fixed window and returns the window's state. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}
