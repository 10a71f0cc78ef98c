import { Worker } from 'node:worker_threads';
import type { CheckAnswer, CheckRequest } from './verify-worker.js';

export type SignatureCheck = CheckRequest['checks'][number];

// The worker is TypeScript: it registers tsx's loader, then imports the module (the same in `npm start`, the tests
// and the benchmarks; a worker does not inherit the loader of the thread that starts it).
const WORKER = new URL('./verify-worker.ts', import.meta.url).href;
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;

interface Thread { worker: Worker; inFlight: Map<number, { resolve(valid: boolean[]): void; reject(error: Error): void }> }

/**
 * 验签线程池: SM2 and Ed25519 signature checks on worker threads. A check costs 0.1–0.6 ms of CPU; on the
 * event loop, a burst of public verifications would hold up every other request and use one core only. Each
 * batch goes to the thread with the fewest in flight; a thread that fails fails its batches (the caller checks
 * them itself) and is replaced.
 */
export function createVerifyPool(size: number) {
  let closed = false;
  let nextId = 1;
  const threads: Thread[] = [];

  function start(): Thread {
    const thread: Thread = { worker: new Worker(BOOT, { eval: true }), inFlight: new Map() };
    // Idle threads do not keep the process alive; a batch in flight is awaited by its request.
    thread.worker.unref();
    thread.worker.on('message', (answer: CheckAnswer) => {
      thread.inFlight.get(answer.id)?.resolve(answer.valid);
      thread.inFlight.delete(answer.id);
    });
    const fail = (error: Error) => {
      for (const job of thread.inFlight.values()) job.reject(error);
      thread.inFlight.clear();
      const at = threads.indexOf(thread);
      if (at >= 0 && !closed) threads[at] = start();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`signature check thread exited with code ${code}`)));
    return thread;
  }
  for (let i = 0; i < size; i++) threads.push(start());

  return {
    /** Whether each signature is valid over `data`, in the order given. */
    check(data: string, checks: SignatureCheck[]): Promise<boolean[]> {
      if (closed) return Promise.reject(new Error('the signature check pool is closed'));
      const thread = threads.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.inFlight.set(id, { resolve, reject });
        thread.worker.postMessage({ id, data, checks } satisfies CheckRequest);
      });
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

export type VerifyPool = ReturnType<typeof createVerifyPool>;
