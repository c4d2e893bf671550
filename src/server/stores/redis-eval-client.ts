/** The commands the Redis stores need; an ioredis `Redis` or `Cluster` fits as it is. */
export interface RedisEvalClient {
  /** `EVAL script numKeys ...keys ...args`, resolving to the script's reply. */
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
  /**
   * `EVALSHA sha1 numKeys ...keys ...args`. Optional: when present, a script is sent whole
   * only until Redis has it, then named by its hash.
   */
  evalsha?(sha1: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
}
