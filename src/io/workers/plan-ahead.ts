import { MessageChannel } from 'node:worker_threads';
import type { ColumnPlan } from '../data/column-values.js';
import type { PlanRequest } from '../data/csv/plan-ahead.js';
import { returnChunkWorker, takeSpareChunkWorker } from './chunk-workers.js';

/**
 * Has a spare chunk worker plan a big CSV file's drift columns from its first rows (`plansFromFirstRows`) while
 * this thread does other work. Resolves to the plans, or undefined when no worker was spare or it could not
 * plan (this thread then plans as usual); never rejects. The worker is spare again once it has answered.
 */
export async function planOnSpareWorker(request: PlanRequest): Promise<Map<string, ColumnPlan> | undefined> {
  const worker = takeSpareChunkWorker();
  if (!worker) return undefined;
  const { port1, port2 } = new MessageChannel();
  try {
    const plans = await new Promise<[string, ColumnPlan][] | null>((resolve, reject) => {
      port1.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker thread exited with status ${code}`)));
      worker.postMessage({ kind: 'plan', request, reply: port2 }, [port2]);
    });
    returnChunkWorker(worker);
    return plans ? new Map(plans) : undefined;
  } catch {
    await worker.terminate();
    return undefined;
  } finally {
    port1.close();
  }
}
