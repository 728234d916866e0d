export const id = 8766;
export const ids = [8766];
export const modules = {

/***/ 96897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ plainByteArrays),
/* harmony export */   bS: () => (/* binding */ asBuffer),
/* harmony export */   k9: () => (/* binding */ joinedByteArrays),
/* harmony export */   kg: () => (/* binding */ gather)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

function asBuffer(b) {
    return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
/**
 * Drops a leading byte order mark from each value: hyparquet decodes with a default TextDecoder,
 * which drops it, so the value's text, hash and bytes then agree.
 */
function skipBom(buf, start, end, count) {
    for (let k = 0; k < count; k++) {
        const s = start[k];
        if (s + 3 <= end[k] && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf)
            start[k] = s + 3;
    }
}
/** True when some value is not valid UTF-8. */
function anyInvalid(buf, start, end, count) {
    for (let k = 0; k < count; k++)
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start[k], end[k])))
            return true;
    return false;
}
/** PLAIN BYTE_ARRAY values: a 4-byte little-endian length before each. */
function plainByteArrays(page, offset, count, arrays) {
    if (4 * count > page.length - offset)
        throw new Error(`${count} strings need at least ${4 * count} bytes, the page has ${page.length - offset}`);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const start = arrays.i32('start', count);
    const end = arrays.i32('end', count);
    let p = offset;
    let longest = 0;
    for (let k = 0; k < count; k++) {
        const len = view.getUint32(p, true);
        p += 4;
        if (len > page.length - p)
            throw new Error(`string value ${k} of ${len} bytes runs past the end of its page`);
        // As skipBom does (dropping a valid sequence changes no value's validity).
        start[k] = page[p] === 0xef && len >= 3 && page[p + 1] === 0xbb && page[p + 2] === 0xbf ? p + 3 : p;
        p += len;
        end[k] = p;
        if (len > longest)
            longest = len;
    }
    const buf = asBuffer(page);
    // With every length below 128 the length prefixes are ASCII, which no multi-byte sequence spans:
    // the whole run is valid UTF-8 exactly when every value is.
    const lossy = count > 0 && (longest < 128 ? !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(offset, p)) : anyInvalid(buf, start, end, count));
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Separately allocated values (DELTA_* encodings) copied into one buffer. */
function joinedByteArrays(values) {
    const count = values.length;
    let total = 0;
    for (const v of values)
        total += v.length;
    const buf = Buffer.allocUnsafe(total);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    let p = 0;
    values.forEach((v, k) => {
        buf.set(v, p);
        start[k] = p;
        p += v.length;
        end[k] = p;
    });
    const lossy = anyInvalid(buf, start, end, count);
    skipBom(buf, start, end, count);
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Values of a dictionary-encoded page: the dictionary's values at `indices`. */
function gather(dict, indices, count, arrays) {
    // One pass per kind; an index outside the dictionary reads `undefined` from its typed array.
    const outOfRange = (k) => new Error(`dictionary index ${indices[k]} out of range (the dictionary has ${dict.count} entries)`);
    switch (dict.kind) {
        case 'bytes': {
            const start = arrays.i32('start', count);
            const end = arrays.i32('end', count);
            for (let k = 0; k < count; k++) {
                const x = indices[k];
                const s = dict.start[x];
                if (s === undefined)
                    throw outOfRange(k);
                start[k] = s;
                end[k] = dict.end[x];
            }
            return { kind: 'bytes', count, buf: dict.buf, start, end, lossy: dict.lossy, entry: { index: indices, owner: dict, size: dict.count } };
        }
        case 'bool': {
            const values = arrays.u8('bool', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            return { kind: 'bool', count, values };
        }
        case 'f64': {
            const values = arrays.f64('values', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            let big;
            if (dict.big) {
                for (let k = 0; k < count; k++) {
                    const b = dict.big.get(indices[k]);
                    if (b !== undefined)
                        (big ??= new Map()).set(k, b);
                }
            }
            return { kind: 'f64', count, values, big, entry: { index: indices, owner: dict, size: dict.count } };
        }
    }
}


/***/ }),

/***/ 31781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ pageToWire),
/* harmony export */   bT: () => (/* binding */ denseFromWire),
/* harmony export */   oH: () => (/* binding */ denseToWire),
/* harmony export */   v7: () => (/* binding */ transferBytes),
/* harmony export */   vu: () => (/* binding */ pageFromWire)
/* harmony export */ });
/* harmony import */ var _dense_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96897);

/**
 * `a` on storage of its own, so that the storage can be transferred: a view of a larger buffer (a window of the
 * file, a pooled Buffer) is copied, as transferring would take the rest of that buffer away from its owner.
 */
function own(a) {
    return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer ? a : a.slice();
}
/** `a` on storage of its own, added to the buffers to transfer. */
function moved(a, transfer) {
    const owned = own(a);
    transfer.add(owned.buffer);
    return owned;
}
/** `dense` for sending; `transfer` collects the buffers to move with it. */
function denseToWire(dense, transfer) {
    const take = (a) => moved(a, transfer);
    switch (dense.kind) {
        case 'f64':
            return { kind: 'f64', count: dense.count, values: take(dense.values), big: dense.big, index: dense.entry && take(dense.entry.index) };
        case 'bool':
            return { kind: 'bool', count: dense.count, values: take(dense.values) };
        case 'bytes':
            return { kind: 'bytes', count: dense.count, buf: dense.entry ? undefined : take(dense.buf), start: take(dense.start), end: take(dense.end), lossy: dense.lossy, index: dense.entry && take(dense.entry.index) };
    }
}
function pageToWire(page, transfer) {
    if ('generic' in page)
        throw new Error('a page of the generic representation is decoded where it is read');
    return { rows: page.rows, present: page.present && moved(page.present, transfer), dense: denseToWire(page.dense, transfer) };
}
/** Bytes of the buffers of an event (what the sending side counts as in flight). */
function transferBytes(transfer) {
    let n = 0;
    for (const b of transfer)
        n += b.byteLength;
    return n;
}
/** The values sent, with `dictionary` (this side's copy of the chunk's dictionary) for a dictionary-encoded page. */
function denseFromWire(w, dictionary) {
    if (w.kind === 'bool')
        return w;
    if (w.index && !dictionary)
        throw new Error('a dictionary-encoded page without a dictionary page before it');
    const entry = w.index && dictionary ? { index: w.index, owner: dictionary, size: dictionary.count } : undefined;
    if (w.kind === 'f64')
        return { kind: 'f64', count: w.count, values: w.values, big: w.big, entry };
    const buf = entry ? dictionary.buf : w.buf && (0,_dense_js__WEBPACK_IMPORTED_MODULE_0__/* .asBuffer */ .bS)(w.buf);
    if (!buf)
        throw new Error('a page of strings without its bytes');
    return { kind: 'bytes', count: w.count, buf, start: w.start, end: w.end, lossy: w.lossy, entry };
}
function pageFromWire(w, dictionary) {
    return { rows: w.rows, present: w.present, dense: denseFromWire(w.dense, dictionary) };
}


/***/ }),

/***/ 28766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodePagesOnWorker: () => (/* binding */ decodePagesOnWorker)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/data/parquet/wire-page.ts
var wire_page = __webpack_require__(31781);
;// CONCATENATED MODULE: ./src/io/data/parquet/remote-pages.ts

/** The events of one column chunk, as they arrive. */
class EventQueue {
    /** Each event with the bytes of its buffers (credited back when it is taken). */
    events = [];
    waiter;
}
/**
 * The reading thread's side of pages decoded on a worker thread (page-feed.ts): the events it sends, queued
 * by row group and column, taken by each chunk's `RemotePages`. Each event taken is credited back, so the
 * worker keeps a bounded amount decoded ahead; a reader waiting on an empty queue asks for one more.
 */
class PageFeed {
    send;
    queues = new Map();
    index;
    failure;
    waiting = 0;
    constructor(columns, send) {
        this.send = send;
        this.index = new Map(columns.map((name, k) => [name, k]));
    }
    /** The queue of the chunk of column number `column` in row group `group` is queue `group * columns + column`. */
    queue(key) {
        let q = this.queues.get(key);
        if (!q)
            this.queues.set(key, (q = new EventQueue()));
        return q;
    }
    /** Whether the worker decodes `column`'s pages. */
    has(column) {
        return this.index.has(column);
    }
    receive(m) {
        const q = this.queue(m.group * this.index.size + m.column);
        q.events.push({ event: m.event, bytes: m.bytes });
        const wake = q.waiter;
        q.waiter = undefined;
        wake?.();
        // A reader still waits (for another chunk's page) while the worker may be held by its in-flight bound.
        if (this.waiting > 0 && !wake)
            this.send({ kind: 'more' });
    }
    /**
     * The worker sends nothing more (it is done, it failed, or its thread ended): the events received are still
     * taken, and a reader waiting for more, now or later, fails with `error`.
     */
    lose(error) {
        this.failure ??= error;
        for (const q of this.queues.values()) {
            const wake = q.waiter;
            q.waiter = undefined;
            wake?.();
        }
    }
    /** The next event of `column`'s chunk in row group `group`. */
    async take(group, column) {
        const key = group * this.index.size + this.index.get(column);
        const q = this.queue(key);
        while (q.events.length === 0) {
            if (this.failure)
                throw this.failure;
            this.waiting++;
            this.send({ kind: 'more' });
            await new Promise((resolve) => (q.waiter = resolve));
            this.waiting--;
        }
        const { event, bytes } = q.events.shift();
        if (bytes > 0)
            this.send({ kind: 'credit', bytes });
        if (event.kind !== 'page' && event.kind !== 'dictionary')
            this.queues.delete(key);
        return event;
    }
    /** The pages of `column`'s chunk in row group `group`. */
    pages(group, column) {
        return new RemotePages(this, group, column);
    }
}
function rebuilt(error) {
    const e = new Error(error.message);
    e.name = error.name;
    return e;
}
/** One column chunk's pages, decoded on the worker thread. */
class RemotePages {
    feed;
    group;
    column;
    current;
    dictionary;
    /** The chunk's stream is over (its end, the worker stopped, or a failure: then `failure`). */
    ended = false;
    failure;
    constructor(feed, group, column) {
        this.feed = feed;
        this.group = group;
        this.column = column;
    }
    async header() {
        if (this.failure)
            throw this.failure;
        if (this.ended)
            return undefined;
        const event = await this.feed.take(this.group, this.column);
        this.current = event;
        if (event.kind !== 'page' && event.kind !== 'dictionary')
            this.ended = true;
        if (event.kind === 'end')
            return undefined;
        if (event.kind === 'failed' && !event.header)
            throw (this.failure = rebuilt(event.error));
        return event.header;
    }
    skip() {
        this.current = undefined;
    }
    decode(header) {
        const event = this.current;
        this.current = undefined;
        if (!event || !('header' in event) || event.header !== header)
            throw new Error('a page decoded out of turn');
        switch (event.kind) {
            case 'page':
                return event.page && (0,wire_page/* pageFromWire */.vu)(event.page, this.dictionary);
            case 'dictionary':
                this.dictionary = (0,wire_page/* denseFromWire */.bT)(event.dictionary, undefined);
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
function feedOverPort(port, columns) {
    const feed = new PageFeed(columns, (m) => port.postMessage(m));
    let over = false;
    let finish = () => undefined;
    const ended = new Promise((resolve) => (finish = resolve));
    const end = (m, error) => {
        if (over)
            return;
        over = true;
        if (error)
            feed.lose(error);
        port.close();
        finish(m);
    };
    port.on('message', (m) => {
        if (m.kind === 'event')
            feed.receive(m);
        else
            end(m, m.kind === 'lost' ? rebuilt(m.error) : new Error('the worker thread sent every page it had, and not this one'));
    });
    return {
        feed,
        close: async () => {
            if (!over)
                port.postMessage({ kind: 'stop' });
            return await ended;
        },
        lose: (error) => end({ kind: 'lost', error: { name: error.name, message: error.message } }, error),
    };
}

// EXTERNAL MODULE: ./src/io/workers/chunk-workers.ts + 1 modules
var chunk_workers = __webpack_require__(14565);
;// CONCATENATED MODULE: ./src/io/workers/parquet-pages-on-worker.ts




/**
 * Has a spare chunk worker read and decode the pages of `job.columns` (page-feed.ts) while this thread checks
 * them; undefined when no worker is spare. If the worker thread fails, the pages not yet received fail with an
 * internal error (not one of the file's).
 */
function decodePagesOnWorker(job) {
    const worker = (0,chunk_workers/* takeSpareChunkWorker */.W2)();
    if (!worker)
        return undefined;
    const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
    const { feed, close, lose } = feedOverPort(port1, job.columns);
    let alive = true;
    const onError = (error) => {
        alive = false;
        lose(new errors/* MlgateError */.Bf('internal', `the worker thread decoding the pages of ${job.file} failed: ${error.message}`, { cause: error }));
    };
    const onExit = (code) => {
        alive = false;
        lose(new errors/* MlgateError */.Bf('internal', `the worker thread decoding the pages of ${job.file} exited with status ${code}`));
    };
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ kind: 'parquet-pages', job, reply: port2 }, [port2]);
    return {
        feed,
        close: async () => {
            await close();
            worker.removeListener('error', onError);
            worker.removeListener('exit', onExit);
            if (alive)
                (0,chunk_workers/* returnChunkWorker */.yX)(worker);
            else
                await worker.terminate();
        },
    };
}


/***/ })

};
