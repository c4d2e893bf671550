/** The one command the Redis stores need; an ioredis `Redis` or `Cluster` fits as it is. */
export interface RedisEvalClient {
  /** `EVAL script numKeys ...keys ...args`, resolving to the script's reply. */
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
}
