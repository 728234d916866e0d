export const id = 452;
export const ids = [452,738];
export const modules = {

/***/ 67518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cn: () => (/* binding */ describeCheck)
/* harmony export */ });
/* unused harmony exports dateText, valueWords */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30738);


/** Row-level checks that `mostly` relaxes: the config's value is wrapped as `{ value, mostly }`. */
function unwrap(expected) {
    if (isRecord(expected) && 'mostly' in expected && 'value' in expected && typeof expected.mostly === 'number')
        return { value: expected.value, mostly: expected.mostly };
    return { value: expected };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A date-time as a date when it is midnight UTC, else to the minute. */
function dateText(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
    if (!m)
        return iso;
    const [, day = '', hm = '', sec = '', , zone = ''] = m;
    if (hm === '00:00' && /^(:00(\.0+)?)?$/.test(sec) && (zone === 'Z' || zone === '' || /^[+-]00:?00$/.test(zone)))
        return day;
    return `${day} ${hm}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}`;
}
/** Any value in words: numbers formatted, dates as dates, lists shortened, objects as `key value` pairs. */
function valueWords(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'number')
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(v);
    if (typeof v === 'string')
        return dateText(v);
    if (typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (Array.isArray(v))
        return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 60);
    if (isRecord(v))
        return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, ' ')} ${valueWords(x)}`).join(', ');
    return typeof v; // functions and symbols never come from results
}
/** Counts inside the validator's sentences (`3413 not matching`) grouped like the rest (`3,413`); dates untouched. */
function groupNumbers(s) {
    return s.replace(/(?<![\d.:/-])\d{4,}(?![\d.:/-])/g, (d) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(Number(d)));
}
/** An observed value: the validator's sentences with their counts grouped. */
function observedWords(v) {
    return typeof v === 'string' ? groupNumbers(dateText(v)) : valueWords(v);
}
function ageText(hours) {
    if (hours < 48)
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(Number(hours.toFixed(1)))} hours`;
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.round(hours / 24), 'day');
}
function bound(op, v) {
    return `${op} ${valueWords(v)}`;
}
/** What a row-level check expects of each value; `mostly` turns it into a share. */
const ROW_EXPECTED = {
    type: (v) => `${valueWords(v)}`,
    min: (v) => bound('≥', v),
    max: (v) => bound('≤', v),
    in: (v) => `one of ${Array.isArray(v) ? (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 50) : valueWords(v)}`,
    not_in: (v) => `none of ${Array.isArray(v) ? (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 50) : valueWords(v)}`,
    pattern: (v) => `matches /${String(v)}/`,
    min_length: (v) => `length ≥ ${valueWords(v)}`,
    max_length: (v) => `length ≤ ${valueWords(v)}`,
};
function rowLevel(c) {
    const { value, mostly } = unwrap(c.expected);
    const base = ROW_EXPECTED[c.check](value);
    const expected = mostly !== undefined ? `${base} in ≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(mostly)} of values` : base;
    let observed;
    if (c.check === 'min' || c.check === 'max') {
        const word = typeof c.observed === 'string' ? (c.check === 'min' ? 'earliest' : 'latest') : c.check;
        observed = c.observed === null || c.observed === undefined ? 'no valid values' : `${word} ${valueWords(c.observed)}`;
    }
    else
        observed = observedWords(c.observed);
    if (mostly !== undefined && c.failing > 0)
        observed = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(1 - c.fraction)} ok (${observed})`;
    return { expected, observed };
}
const DATASET = {
    rows: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const min = typeof e.min === 'number' ? e.min : undefined;
        const max = typeof e.max === 'number' ? e.max : undefined;
        const expected = min !== undefined && max !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(min)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(max)} rows` : max !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(max)} rows` : `≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(min ?? 0)} rows`;
        return { expected, observed: typeof c.observed === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.observed, 'row') : valueWords(c.observed) };
    },
    duplicates: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
        return { expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(max)} duplicate rows`, observed: typeof c.observed === 'number' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(c.observed)} duplicate rows` : valueWords(c.observed) };
    },
    leakage: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const key = Array.isArray(e.key) ? e.key.map(String).join('+') : valueWords(e.key);
        const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
        return { expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(max)} of rows share a ${key} with ${valueWords(e.against)}`, observed: observedWords(c.observed) };
    },
    strict_columns: (c) => ({ expected: valueWords(c.expected), observed: Array.isArray(c.observed) ? (c.observed.length ? `extra: ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(c.observed.map(String), 60)}` : 'no extra columns') : valueWords(c.observed) }),
    nullable: (c) => ({ expected: 'no nulls', observed: typeof c.observed === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.observed, 'null') : valueWords(c.observed) }),
    max_null_fraction: (c) => ({ expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(Number(c.expected))} nulls`, observed: typeof c.observed === 'number' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(c.observed)} nulls` : valueWords(c.observed) }),
    max_age: (c) => {
        const o = c.observed;
        const observed = isRecord(o) && typeof o.age_hours === 'number' ? `newest ${dateText(String(o.newest))} (${ageText(o.age_hours)} old)` : valueWords(o);
        return { expected: typeof c.expected === 'string' ? c.expected.replace(/^newest value at most (.*) old$/, 'newest at most $1 old') : valueWords(c.expected), observed };
    },
};
/** Expected and observed of one check, in words. */
function describeCheck(c) {
    if (c.status === 'skipped')
        return { expected: c.expected === null || c.expected === undefined ? '—' : valueWords(unwrap(c.expected).value), observed: '—' };
    if (c.check in ROW_EXPECTED)
        return rowLevel(c);
    const own = DATASET[c.check];
    if (own)
        return own(c);
    return { expected: valueWords(c.expected), observed: observedWords(c.observed) };
}


/***/ }),

/***/ 73958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ measureName),
/* harmony export */   gv: () => (/* binding */ driftSummary),
/* harmony export */   gz: () => (/* binding */ DATASET_DRIFT_ROW),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* unused harmony export DRIFT_MEASURE */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33576);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);



/** The row carrying the share-of-drifted-columns verdict: a dataset finding, not a column. */
const DATASET_DRIFT_ROW = '(dataset)';
/** What each method's score is, in words. */
const DRIFT_MEASURE = {
    ks: 'KS distance D',
    chi2: "Cohen's w",
    psi: 'PSI',
    wasserstein: 'Wasserstein / std',
    jensen_shannon: 'Jensen–Shannon distance',
    linf: 'L∞ distance',
    share_of_drifted_columns: 'share of drifted columns',
};
function measureName(method) {
    return DRIFT_MEASURE[method] ?? method;
}
const isDrift = (x) => x.status === 'fail' || x.status === 'warn';
const columnsOf = (d) => (d.drift ?? []).filter((x) => x.column !== DATASET_DRIFT_ROW);
/** `drift in 2 of 33 compared columns` for the dataset's summary line. */
function driftSummary(d) {
    const compared = columnsOf(d).filter((x) => x.status !== 'skipped');
    if (compared.length === 0)
        return '';
    return `drift in ${compared.filter(isDrift).length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(compared.length, 'compared column')}`;
}
/** `0.31 > 0.1` (drifted) or `0.02 ≤ 0.1`, the p-value as an extra. */
function scoreCell(x) {
    const over = isDrift(x);
    const bound = x.error_bound !== undefined ? ` ±${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.error_bound)}` : '';
    const p = x.p_value !== undefined ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(`p${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(x.p_value).startsWith('<') ? '' : '='}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(x.p_value)}`)}</sub>` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.score)}${bound} ${over ? '&gt;' : '≤'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.threshold)}${p}`;
}
function row(x) {
    const word = x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : x.status === 'skipped' ? '⏭️ skipped' : '✅ stable';
    const message = x.message ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(x.message, { max: 90 })}</sub>` : '';
    const name = x.column === DATASET_DRIFT_ROW ? '_(all columns)_' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(x.column, { max: 40 });
    const score = x.status === 'skipped' ? '—' : scoreCell(x);
    return `| ${name} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(measureName(x.method), { max: 30 })} | ${score} | ${word}${message} |`;
}
const HEADER = ['| Column | Measure | Score vs threshold | Result |', '|:--|:--|--:|:--|'];
function driftSection(d, plan, notes) {
    const drift = d.drift ?? [];
    if (drift.length === 0)
        return [];
    const ratio = (x) => x.score / (x.threshold || 1);
    const problems = drift.filter(isDrift).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'fail' ? -1 : 1));
    const shown = problems.slice(0, plan.rowCap);
    const rest = drift.filter((x) => !isDrift(x)).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'pass' ? -1 : 1));
    const out = [`**Drift against the reference** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(d.name, { max: 40 })})`, ''];
    if (shown.length > 0)
        out.push(...HEADER, ...shown.map(row), '');
    if (problems.length > shown.length)
        notes.add('drift-rows', problems.length - shown.length, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.name));
    const stable = rest.filter((x) => x.status === 'pass' && x.column !== DATASET_DRIFT_ROW).length;
    const skipped = rest.filter((x) => x.status === 'skipped').length;
    const restWords = [stable ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stable, problems.length ? 'other column' : 'column')} did not drift` : '', skipped ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(skipped, 'column')} not compared` : ''].filter(Boolean).join('; ');
    if (rest.length > 0) {
        if (plan.passingDrift)
            out.push(`<details><summary>${restWords || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'other row')}</summary>`, '', ...HEADER, ...rest.map(row), '', '</details>', '');
        else {
            out.push(`${restWords || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'other row')}.`, '');
            notes.add('drift-rows', rest.length, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.name));
        }
    }
    else if (shown.length === 0)
        out.push('_No column was compared._', '');
    return out;
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, valueText, stringify */
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30738);
/**
 * Escaping of untrusted text (metric, column and file names, data values, reasons) for GitHub-flavoured Markdown.
 *
 * The output of `text()` is safe in a paragraph, a table cell and inside our own inline HTML (`<summary>`, `<code>`):
 * - every ASCII punctuation character that Markdown or HTML gives meaning to becomes a numeric character reference,
 *   which CommonMark never reads as structure (no emphasis, links, images, tables, headings, code, raw HTML, comments);
 * - line breaks and other control characters become spaces, so nothing can start a new block;
 * - a zero-width space after `@`, `#` and before `://` / after `www` stops GitHub's mention, issue-reference and
 *   autolink filters, which run on the rendered text (where references are already decoded);
 * - bidirectional overrides (Trojan-source tricks) are removed; long strings are cut with an ellipsis.
 */

const ZWSP = '\u200B';
/** Characters replaced by a numeric character reference. `&` first so references we add are not re-escaped. */
const PUNCTUATION = /[&<>"'`*_[\]()#!|~\\{}+=:$^]/g;
// C0/C1 controls, DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and the byte-order mark.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
/** Text made only of these needs no escaping (the common case: plain names and numbers). */
const SAFE = /^[A-Za-z0-9 ,.%/-]*$/;
const DEFAULT_MAX = 200;
/** Cuts to `max` code points (never inside a surrogate pair) at a word boundary where there is one, appending `…`. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateWords */ .s)(value, max);
}
/** Untrusted text as inert inline Markdown. */
function text(value, options = {}) {
    if (SAFE.test(value) && !/www\./i.test(value) && value.length <= (options.max ?? DEFAULT_MAX))
        return value;
    const clean = truncate(value.replace(BIDI, '').replace(CONTROL, ' '), options.max ?? DEFAULT_MAX);
    return clean
        .replace(/(@|#)/g, `$1${ZWSP}`)
        .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
        .replace(/:(?=\/\/)/g, `${ZWSP}:`)
        .replace(PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** Any value (a data value, an observed/expected value) as inline text: strings as they are, others as JSON. */
function valueText(value, options = {}) {
    return text(stringify(value), options);
}
/** A value in `<code>`, or an italic placeholder for empty / missing values. */
function code(value, options = {}) {
    if (value === undefined)
        return '_missing_';
    if (value === null)
        return '_null_';
    const s = stringify(value);
    if (s === '')
        return '_empty_';
    return `<code>${text(s, options)}</code>`;
}
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}
/**
 * Text for a quoted Mermaid string (`"…"`), e.g. an axis label or a title. Mermaid reads `#…;` as an entity and
 * renders HTML in labels, and a backtick line could end the code fence: keep a small safe alphabet only.
 */
function mermaidText(value, max = 24) {
    const kept = value
        .replace(BIDI, '')
        .replace(/[^A-Za-z0-9 ._+/-]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}


/***/ }),

/***/ 47364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   uM: () => (/* binding */ share),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Number formatting for the report: compact, sign-aware, never `NaN` on the page. */
const MINUS = '−';
/** A metric value: 4 significant digits below 1000, grouped thousands above. */
function num(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : `${MINUS}∞`;
    const abs = Math.abs(value);
    let s;
    if (abs === 0)
        s = '0';
    else if (abs >= 1000)
        s = groupThousands(abs.toFixed(abs >= 100_000 ? 0 : 1).replace(/\.0$/, ''));
    else if (abs < 1e-4)
        s = abs.toExponential(2);
    else
        s = trimZeros(abs.toPrecision(4));
    return value < 0 ? `${MINUS}${s}` : s;
}
/** A difference, always signed (`+0.012`, `−3.1`, `±0`). */
function signed(value) {
    if (value === null || value === undefined)
        return '—';
    if (value === 0)
        return '±0';
    const s = num(value);
    return value > 0 ? `+${s}` : s;
}
/** A relative difference as a signed percentage. */
function percent(fraction, digits = 2) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction))
        return '—';
    if (fraction === 0)
        return '±0%';
    const s = trimZeros((Math.abs(fraction) * 100).toFixed(digits));
    return `${fraction > 0 ? '+' : MINUS}${s}%`;
}
/** A share of a whole (0.0123 → `1.23%`). */
function share(fraction) {
    if (!Number.isFinite(fraction))
        return '—';
    if (fraction > 0 && fraction < 0.0001)
        return '<0.01%';
    return `${trimZeros((fraction * 100).toFixed(2))}%`;
}
function count(n) {
    return Number.isFinite(n) ? groupThousands(String(Math.round(n))) : '—';
}
function pValue(p) {
    if (!Number.isFinite(p))
        return '—';
    if (p < 0.001)
        return '<0.001';
    return trimZeros(p.toFixed(3));
}
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimZeros(s) {
    return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
function groupThousands(s) {
    const [int = '', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
}


/***/ }),

/***/ 30738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listWithMore),
/* harmony export */   s: () => (/* binding */ truncateWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/** Shortening that never cuts a name or a word: lists end in "and N more", text ends at a word boundary. */

/**
 * Whole items joined with ", " while they fit in `maxChars` (at least `minItems`), then "and N more".
 * An item is never cut: a list of long names shows fewer names, not pieces of them.
 */
function listWithMore(items, maxChars, minItems = 1) {
    if (items.length === 0)
        return '';
    const shown = [];
    let length = 0;
    for (const item of items) {
        const rest = items.length - shown.length - 1;
        const tail = rest > 0 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(rest)} more`.length : 0;
        const add = (shown.length ? 2 : 0) + item.length;
        if (shown.length >= minItems && length + add + tail > maxChars)
            break;
        shown.push(item);
        length += add;
    }
    const more = items.length - shown.length;
    if (more === 0)
        return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    return `${shown.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(more)} more`;
}
/** Cuts `value` to at most `max` code points at a word boundary (space or punctuation), adding `…`. */
function truncateWords(value, max) {
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    const head = points.slice(0, Math.max(1, max - 1));
    // Back off to the end of a word in the last third; a single very long token is cut where it must be.
    for (let i = head.length - 1; i >= Math.floor(head.length * 0.66); i--) {
        if (/\s/u.test(points[i + 1] ?? '') && !/\s/u.test(points[i]))
            return `${head.slice(0, i + 1).join('').replace(/[,;:]$/u, '')}…`;
    }
    return `${head.join('')}…`;
}


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ strictColumnsCheck),
/* harmony export */   Zf: () => (/* binding */ unitWord),
/* harmony export */   uF: () => (/* binding */ unitOf),
/* harmony export */   y0: () => (/* binding */ rowsCheck)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79746);

const unitOf = (c) => c.unit ?? 'rows';
/** `1 column`, `19 columns`, `0 rows`. */
function unitWord(unit, n) {
    return n === 1 ? unit.slice(0, -1) : unit;
}
/** The `rows` check: the data's row count against `rows.min` (default 1) and `rows.max`. */
function rowsCheck(rows, cfg) {
    const min = cfg?.min ?? 1;
    const max = cfg?.max;
    const short = rows < min ? min - rows : 0;
    const over = max !== undefined && rows > max ? rows - max : 0;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'rows',
        severity: cfg?.severity ?? 'error',
        failed: short > 0 || over > 0,
        failing: short || over,
        total: short > 0 ? min : rows,
        observed: rows,
        expected: { min, ...(max !== undefined ? { max } : {}) },
        ...(rows === 0 ? { message: 'the dataset has no data rows' } : {}),
    });
}
/** The `strict_columns` check: columns not listed under `columns`, out of every column the data has. */
function strictColumnsCheck(unexpected, columnCount, examples = []) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'strict_columns',
        severity: 'error',
        failed: unexpected.length > 0,
        failing: unexpected.length,
        total: columnCount,
        unit: 'columns',
        observed: [...unexpected],
        expected: 'only the configured columns',
        examples,
    });
}


/***/ })

};
