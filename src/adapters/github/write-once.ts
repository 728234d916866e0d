import { httpStatus } from './identity.js';

/**
 * A lost answer: GitHub may have acted before the answer went missing (a 5xx from a gateway, a timeout, a dropped
 * connection). A 4xx is GitHub's own refusal: nothing happened.
 */
export function mayHaveActed(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

export interface WriteOnce<T> {
  /** The non-idempotent write (a POST). */
  send(): Promise<T>;
  /** Reads back what `send` would have made; undefined when it is not there. */
  find(): Promise<T | undefined>;
  /** How many times to send at most (default 3). */
  attempts?: number;
}

/**
 * Sends a write at most once per lost answer: after a 5xx or a timeout it reads back, and sends again only when what
 * it wrote is not there. The one place mlgate repeats a POST (the Octokit factory never retries one).
 */
export async function writeOnce<T>(op: WriteOnce<T>): Promise<T> {
  const attempts = op.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op.send();
    } catch (error) {
      if (!mayHaveActed(error) || attempt >= attempts) throw error;
      const found = await op.find();
      if (found !== undefined) return found;
    }
  }
}
