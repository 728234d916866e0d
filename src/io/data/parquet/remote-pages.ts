import type { PageHeader } from 'hyparquet';
import type { Dense } from './dense.js';
import type { DecodedPage } from './page-decoder.js';
import type { MessagePort } from 'node:worker_threads';
import type { PageFeedControl, PageFeedEnd, PageFeedMessage } from './page-feed-protocol.js';
import type { PageStream } from './page-stream.js';
import { denseFromWire, pageFromWire, type PageEvent } from './wire-page.js';

/** The events of one column chunk, as they arrive. */
class EventQueue {
  /** Each event with the bytes of its buffers (credited back when it is taken). */
  readonly events: { event: PageEvent; bytes: number }[] = [];
  waiter: (() => void) | undefined;
}

/**
 * The reading thread's side of pages decoded on a worker thread (page-feed.ts): the events it sends, queued
 * by row group and column, taken by each chunk's `RemotePages`. Each event taken is credited back, so the
 * worker keeps a bounded amount decoded ahead; a reader waiting on an empty queue asks for one more.
 */
export class PageFeed {
  private readonly queues = new Map<number, EventQueue>();
  private readonly index: ReadonlyMap<string, number>;
  private failure: Error | undefined;
  private waiting = 0;

  constructor(
    columns: readonly string[],
    private readonly send: (m: PageFeedControl) => void,
  ) {
    this.index = new Map(columns.map((name, k) => [name, k]));
  }

  /** The queue of the chunk of column number `column` in row group `group` is queue `group * columns + column`. */
  private queue(key: number): EventQueue {
    let q = this.queues.get(key);
    if (!q) this.queues.set(key, (q = new EventQueue()));
    return q;
  }

  /** Whether the worker decodes `column`'s pages. */
  has(column: string): boolean {
    return this.index.has(column);
  }

  receive(m: PageFeedMessage): void {
    const q = this.queue(m.group * this.index.size + m.column);
    q.events.push({ event: m.event, bytes: m.bytes });
    const wake = q.waiter;
    q.waiter = undefined;
    wake?.();
    // A reader still waits (for another chunk's page) while the worker may be held by its in-flight bound.
    if (this.waiting > 0 && !wake) this.send({ kind: 'more' });
  }

  /**
   * The worker sends nothing more (it is done, it failed, or its thread ended): the events received are still
   * taken, and a reader waiting for more, now or later, fails with `error`.
   */
  lose(error: Error): void {
    this.failure ??= error;
    for (const q of this.queues.values()) {
      const wake = q.waiter;
      q.waiter = undefined;
      wake?.();
    }
  }

  /** The next event of `column`'s chunk in row group `group`. */
  async take(group: number, column: string): Promise<PageEvent> {
    const key = group * this.index.size + this.index.get(column)!;
    const q = this.queue(key);
    while (q.events.length === 0) {
      if (this.failure) throw this.failure;
      this.waiting++;
      this.send({ kind: 'more' });
      await new Promise<void>((resolve) => (q.waiter = resolve));
      this.waiting--;
    }
    const { event, bytes } = q.events.shift()!;
    if (bytes > 0) this.send({ kind: 'credit', bytes });
    if (event.kind !== 'page' && event.kind !== 'dictionary') this.queues.delete(key);
    return event;
  }

  /** The pages of `column`'s chunk in row group `group`. */
  pages(group: number, column: string): RemotePages {
    return new RemotePages(this, group, column);
  }
}

function rebuilt(error: { name: string; message: string }): Error {
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** One column chunk's pages, decoded on the worker thread. */
export class RemotePages implements PageStream {
  private current: PageEvent | undefined;
  private dictionary: Dense | undefined;
  /** The chunk's stream is over (its end, the worker stopped, or a failure: then `failure`). */
  private ended = false;
  private failure: Error | undefined;

  constructor(
    private readonly feed: PageFeed,
    private readonly group: number,
    private readonly column: string,
  ) {}

  async header(): Promise<PageHeader | undefined> {
    if (this.failure) throw this.failure;
    if (this.ended) return undefined;
    const event = await this.feed.take(this.group, this.column);
    this.current = event;
    if (event.kind !== 'page' && event.kind !== 'dictionary') this.ended = true;
    if (event.kind === 'end') return undefined;
    if (event.kind === 'failed' && !event.header) throw (this.failure = rebuilt(event.error));
    return event.header;
  }

  skip(): void {
    this.current = undefined;
  }

  decode(header: PageHeader): DecodedPage | undefined {
    const event = this.current;
    this.current = undefined;
    if (!event || !('header' in event) || event.header !== header) throw new Error('a page decoded out of turn');
    switch (event.kind) {
      case 'page':
        return event.page && pageFromWire(event.page, this.dictionary);
      case 'dictionary':
        this.dictionary = denseFromWire(event.dictionary, undefined);
        return undefined;
      case 'failed':
        throw (this.failure = rebuilt(event.error));
      case 'stopped':
        throw new Error('the worker stopped at a page the reader took');
    }
  }
}

/**
 * A feed of the pages of `columns` that `port`'s other end (`feedPages`) sends. `close` asks the sender to stop and
 * resolves with its last message, after which the port is closed; `lose` ends the feed when the sender is gone (its
 * thread failed): the pages not received fail with `error`.
 */
export function feedOverPort(port: MessagePort, columns: readonly string[]): { feed: PageFeed; close: () => Promise<PageFeedEnd>; lose: (error: Error) => void } {
  const feed = new PageFeed(columns, (m) => port.postMessage(m));
  let over = false;
  let finish: (m: PageFeedEnd) => void = () => undefined;
  const ended = new Promise<PageFeedEnd>((resolve) => (finish = resolve));
  const end = (m: PageFeedEnd, error?: Error): void => {
    if (over) return;
    over = true;
    if (error) feed.lose(error);
    port.close();
    finish(m);
  };
  port.on('message', (m: PageFeedMessage | PageFeedEnd) => {
    if (m.kind === 'event') feed.receive(m);
    else end(m, m.kind === 'lost' ? rebuilt(m.error) : new Error('the worker thread sent every page it had, and not this one'));
  });
  return {
    feed,
    close: async () => {
      if (!over) port.postMessage({ kind: 'stop' } satisfies PageFeedControl);
      return await ended;
    },
    lose: (error) => end({ kind: 'lost', error: { name: error.name, message: error.message } }, error),
  };
}
