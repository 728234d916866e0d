export const id = 4602;
export const ids = [4602];
export const modules = {

/***/ 54602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchemaCommand: () => (/* binding */ inferSchemaCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(46521);
;// CONCATENATED MODULE: ./src/domain/validation/infer.ts


/** At most this many distinct values make a column a candidate for `in:`. */
const MAX_IN_VALUES = 12;
/** Share of the observed range added on each side of proposed min/max. */
const RANGE_MARGIN = 0.1;
const BOOL = new Set(column_checker/* BOOLEAN_WORDS */.z);
class ColumnStats {
    rows = 0;
    nulls = 0;
    allInteger = true;
    allNumber = true;
    allBoolean = true;
    allDate = true;
    allDateTime = true;
    min = Infinity;
    max = -Infinity;
    distinct = new Map();
    seen = new hash_set/* HashSet64 */.l();
    h = new Uint32Array(2);
    consume(col, n) {
        this.rows += n;
        for (let i = 0; i < n; i++) {
            if (col.isNull(i)) {
                this.nulls++;
                continue;
            }
            const num = col.number(i);
            if (this.allInteger && !col.isInteger(i))
                this.allInteger = false;
            if (this.allNumber) {
                if (Number.isNaN(num) || col.kind === 'boolean' || col.kind === 'timestamp')
                    this.allNumber = false;
                else {
                    if (num < this.min)
                        this.min = num;
                    if (num > this.max)
                        this.max = num;
                }
            }
            if (this.allBoolean && col.kind !== 'boolean') {
                const t = col.text(i);
                if (t === null || !BOOL.has(t))
                    this.allBoolean = false;
            }
            if (this.allDate && Number.isNaN(col.datetime(i, true)))
                this.allDate = false;
            if (this.allDateTime && Number.isNaN(col.datetime(i, false)))
                this.allDateTime = false;
            if (this.distinct) {
                const t = col.text(i) ?? '';
                this.distinct.set(t, (this.distinct.get(t) ?? 0) + 1);
                if (this.distinct.size > MAX_IN_VALUES)
                    this.distinct = undefined;
            }
            if (this.seen) {
                col.hash(i, this.h);
                // Stop tracking a column as soon as it repeats a value: only key-like columns keep their set.
                if (!this.seen.add(this.h))
                    this.seen = undefined;
            }
        }
    }
    propose(name) {
        const nonNull = this.rows - this.nulls;
        const out = {};
        const integer = nonNull > 0 && this.allInteger && this.allNumber;
        const number = nonNull > 0 && this.allNumber;
        const boolean = nonNull > 0 && this.allBoolean && !number; // 0/1 columns stay integers (labels)
        const type = integer && !boolean ? 'integer' : number && !boolean ? 'number' : boolean ? 'boolean' : nonNull > 0 && this.allDate ? 'date' : nonNull > 0 && this.allDateTime ? 'datetime' : 'string';
        const lowCardinality = this.distinct !== undefined && nonNull >= 20 && this.distinct.size * 4 <= nonNull;
        out.type = type === 'string' && lowCardinality ? 'category' : type;
        if (this.nulls === 0)
            out.nullable = false;
        else
            out.max_null_fraction = Math.min(1, Math.ceil((this.nulls / this.rows) * 1.2 * 1000 + 1) / 1000);
        if ((type === 'integer' || type === 'number') && !lowCardinality && Number.isFinite(this.min)) {
            const span = this.max - this.min || Math.abs(this.max) || 1;
            let lo = this.min - span * RANGE_MARGIN;
            let hi = this.max + span * RANGE_MARGIN;
            if (this.min >= 0 && lo < 0)
                lo = 0;
            if (type === 'integer') {
                lo = Math.floor(lo);
                hi = Math.ceil(hi);
            }
            else {
                lo = roundDown(lo);
                hi = roundUp(hi);
            }
            out.min = lo;
            out.max = hi;
        }
        if (lowCardinality && this.distinct && type !== 'boolean') {
            const values = [...this.distinct.keys()].sort();
            out.in = type === 'integer' || type === 'number' ? values.map(Number).sort((a, b) => a - b) : values;
        }
        if (this.seen && nonNull > 1 && this.nulls === 0 && (type === 'integer' || type === 'string') && isKeyLike(name, type))
            out.unique = true;
        return out;
    }
}
function isKeyLike(name, type) {
    return type === 'string' || /(^|_)(id|key|uuid|guid)$|Id$|ID$/.test(name);
}
function roundDown(x) {
    const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
    return Math.floor(x / p) * p;
}
function roundUp(x) {
    const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
    return Math.ceil(x / p) * p;
}
/**
 * Proposes a `columns:` block from data: types, nullability (or a null-fraction bound with a 20%
 * margin), numeric ranges widened by 10% of the observed span, `in` for low-cardinality columns
 * (at most 12 values, each seen 4 times on average), `unique` for key-like columns without repeats.
 * What it proposes validates the data it came from.
 */
class SchemaInferrer {
    stats = new Map();
    order = [];
    rows = 0;
    startFile(_file, header) {
        for (const h of header)
            if (!this.stats.has(h)) {
                this.stats.set(h, new ColumnStats());
                this.order.push(h);
            }
        return header;
    }
    consume(batch) {
        this.rows += batch.length;
        for (const col of batch.columns)
            this.stats.get(col.name).consume(col, batch.length);
    }
    columns() {
        const out = {};
        for (const name of this.order)
            out[name] = this.stats.get(name).propose(name);
        return out;
    }
}

// EXTERNAL MODULE: ./src/io/data/files.ts
var data_files = __webpack_require__(2190);
// EXTERNAL MODULE: ./src/io/data/read-dataset.ts
var read_dataset = __webpack_require__(13808);
// EXTERNAL MODULE: ./src/io/data/read-progress.ts
var read_progress = __webpack_require__(81581);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/infer-schema.ts









const inferSchemaCommand = {
    spec: {
        name: 'infer-schema',
        summary: 'Propose the datasets[].columns block of mlgate.yml from data.',
        positionals: '<files...>',
        options: [options/* jsonOption */.Ec, { name: 'name', type: 'string', description: 'Dataset name for the proposed block (default: the first file name without extension).' }],
        outputs: [],
        stepAction: false,
    },
    async run(invocation, context) {
        const patterns = invocation.positionals;
        if (patterns.length === 0)
            throw (0,errors/* usageError */.Wp)("'mlgate infer-schema' needs data files or globs, e.g. mlgate infer-schema data/train/*.parquet");
        const files = await (0,data_files/* resolveDataFiles */.A)(patterns, context.cwd, 'infer-schema', context.cwd);
        const inferrer = new SchemaInferrer();
        const progress = await read_progress/* ReadProgress */.i.start(context.progress, 'reading', files);
        try {
            await (0,read_dataset/* readDataset */.JP)(files, {}, inferrer, progress);
        }
        finally {
            progress?.end();
        }
        const name = (0,commands_invocation/* stringOption */.Pp)(invocation, 'name') ?? external_node_path_default().basename(files[0].name).replace(/(\.[a-z]+)?(\.gz)?$/i, '');
        const columns = inferrer.columns();
        const dataset = { name, path: patterns.length === 1 ? patterns[0] : [...patterns], columns };
        const doc = new dist/* Document */.yo({ datasets: [dataset] });
        // one line per column: `age: { type: integer, min: 0, max: 120 }`
        for (const column of Object.keys(columns)) {
            const node = doc.getIn(['datasets', 0, 'columns', column], true);
            if ((0,dist/* isMap */.jh)(node))
                node.flow = true;
        }
        const yaml = doc.toString({ lineWidth: 0 });
        return {
            exitCode: 0,
            text: `# Proposed from ${files.length} file${files.length === 1 ? '' : 's'}, ${inferrer.rows} rows. Review before committing.\n${yaml}`,
            json: dataset,
        };
    },
};


/***/ })

};
