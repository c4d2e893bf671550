/** Resolves after `ms`: the kit's waits for what an adapter might still send. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
