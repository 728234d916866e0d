export const id = 4385;
export const ids = [4385];
export const modules = {

/***/ 16484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ repeatsText),
/* harmony export */   Z: () => (/* binding */ placeText)
/* harmony export */ });
/** Where an example is, as the CLI and the logs write it: `file:line`, or `file row N` (Parquet), or the file alone. */
function placeText(p) {
    return `${p.file}${p.line !== undefined ? `:${p.line}` : p.row !== undefined ? ` row ${p.row}` : ''}`;
}
/** What stands for an example's value when no shard kept it (a repeat across shards): the earlier place of its key. */
function repeatsText(e) {
    return e.repeats ? `same key as ${placeText(e.repeats)} (value not kept across shards)` : undefined;
}


/***/ }),

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

/***/ 12657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gz: () => (/* binding */ DATASET_DRIFT_ROW),
  tX: () => (/* binding */ driftSection),
  gv: () => (/* binding */ driftSummary),
  MT: () => (/* binding */ measureName)
});

// UNUSED EXPORTS: DRIFT_MEASURE

// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
// EXTERNAL MODULE: ./src/domain/report/format.ts
var format = __webpack_require__(47364);
// EXTERNAL MODULE: ./src/domain/report/chart.ts
var chart = __webpack_require__(78443);
// EXTERNAL MODULE: ./src/domain/report/shorten.ts
var shorten = __webpack_require__(30738);
;// CONCATENATED MODULE: ./src/domain/report/distribution-chart.ts




/** Drifted columns charted per dataset; the rest are named in an "and N more" line. */
const MAX_DRIFT_CHARTS = 6;
/** Bars drawn at most, whatever a (possibly untrusted) results file holds. */
const MAX_CHART_BINS = 24;
/** Rows of the horizontal chart: a bin or category label each, stacked so they never overlap. */
const ROW_HEIGHT = 22;
/** Title, value axis and margins. */
const FRAME_HEIGHT = 100;
/** Reference in GitHub's muted grey, current in its link blue. */
const PALETTE = '#afb8c1, #0969da';
/** `18–20`, `below 18`, `above 90`, `−5 to 0`. */
function binLabel(from, to) {
    if (from === null)
        return `below ${(0,format/* num */.bu)(to)}`;
    if (to === null)
        return `above ${(0,format/* num */.bu)(from)}`;
    if (from === to)
        return (0,format/* num */.bu)(from);
    return from < 0 || to < 0 ? `${(0,format/* num */.bu)(from)} to ${(0,format/* num */.bu)(to)}` : `${(0,format/* num */.bu)(from)}–${(0,format/* num */.bu)(to)}`;
}
/** Axis labels: numbers from us, category values untrusted (sanitised); repeats made unique. */
function labels(d) {
    const raw = d.kind === 'numeric' ? d.bins.map((b) => binLabel(b.from, b.to)) : d.bins.map((b) => (b.value === null ? '(other)' : (0,report_escape/* mermaidCategory */.UV)(b.value)));
    const seen = new Map();
    return raw.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n > 1 ? `${l} (${n})` : l;
    });
}
/** A share in % to 0.01 (finer than a chart can show; the results keep every digit), clamped to 0–100. */
const percent = (share) => (Number.isFinite(share) ? Math.round(Math.min(100, Math.max(0, share * 100)) * 100) / 100 : 0);
/** The y-axis from 0 to a round value a little above the highest share. */
function percentAxisMax(values) {
    const top = Math.max(0, ...values);
    if (top === 0)
        return 1;
    const step = (0,chart/* niceStep */.Y8)(top / 5);
    return Math.min(100, Math.ceil((top * 1.08) / step) * step);
}
/** The chart of one drifted column (undefined without a distribution or bins). */
function renderDistributionChart(column, distribution) {
    const shown = distribution.kind === 'numeric' ? { kind: 'numeric', bins: distribution.bins.slice(0, MAX_CHART_BINS) } : { kind: 'categorical', bins: distribution.bins.slice(0, MAX_CHART_BINS) };
    const bins = shown.bins;
    if (bins.length === 0)
        return undefined;
    const reference = bins.map((b) => percent(b.reference));
    const current = bins.map((b) => percent(b.current));
    const max = percentAxisMax([...reference, ...current]);
    const cutNote = distribution.bins.length > bins.length ? ` (first ${bins.length} of ${distribution.bins.length} bins)` : '';
    return [
        ...(0,chart/* xyChartOpening */.qb)(FRAME_HEIGHT + ROW_HEIGHT * bins.length, PALETTE),
        'xychart-beta horizontal',
        `  title "${(0,report_escape/* mermaidText */.Hg)(column, 40)}${cutNote}"`,
        `  x-axis [${labels(shown).map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "% of values" 0 --> ${(0,chart/* mermaidNumber */.hs)(max)}`,
        `  bar [${reference.map(chart/* mermaidNumber */.hs).join(', ')}]`,
        `  line [${current.map(chart/* mermaidNumber */.hs).join(', ')}]`,
        '```',
    ].join('\n');
}
/** A drift row the fold can chart: it carries a distribution with at least one bin. */
const isChartable = (x) => (x.distribution?.bins.length ?? 0) > 0;
/** The fold under a dataset's drift table: a chart per drifted column (at most MAX_DRIFT_CHARTS), then "and N more". */
function driftCharts(drifted) {
    const chartable = drifted.filter(isChartable);
    if (chartable.length === 0)
        return [];
    const rest = chartable.slice(MAX_DRIFT_CHARTS);
    const without = drifted.length - chartable.length;
    const out = [`<details><summary>How ${chartable.length === 1 ? 'the drifted column' : `the ${(0,format/* plural */.LS)(chartable.length, 'drifted column')}`} moved: reference vs current</summary>`, ''];
    out.push('<sub>Grey bars: the reference · blue line: the current data · share of each side’s non-null values, in %</sub>', '');
    for (const x of chartable.slice(0, MAX_DRIFT_CHARTS))
        out.push((0,report_escape/* code */.aY)(x.column, { max: 60 }), '', renderDistributionChart(x.column, x.distribution), '');
    if (rest.length > 0) {
        const names = (0,shorten/* listWithMore */.k)(rest.map((x) => x.column), 80);
        out.push(`…and ${(0,format/* plural */.LS)(rest.length, 'more drifted column')} not charted here (${(0,report_escape/* text */.Qq)(names, { max: 120 })}): their distributions are in the results’ <code>validation.json</code>.`, '');
    }
    if (without > 0)
        out.push(`<sub>${(0,format/* plural */.LS)(without, 'drifted column')} without a recorded distribution (results written by an older mlgate).</sub>`, '');
    out.push('</details>', '');
    return out;
}

;// CONCATENATED MODULE: ./src/domain/report/drift-section.ts




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
    return `drift in ${compared.filter(isDrift).length} of ${(0,format/* plural */.LS)(compared.length, 'compared column')}`;
}
/** `0.31 > 0.1` (drifted) or `0.02 ≤ 0.1`, the p-value as an extra. */
function scoreCell(x) {
    const over = isDrift(x);
    const bound = x.error_bound !== undefined ? ` ±${(0,format/* num */.bu)(x.error_bound)}` : '';
    const p = x.p_value !== undefined ? `<br><sub>${(0,report_escape/* text */.Qq)(`p${(0,format/* pValue */.sp)(x.p_value).startsWith('<') ? '' : '='}${(0,format/* pValue */.sp)(x.p_value)}`)}</sub>` : '';
    return `${(0,format/* num */.bu)(x.score)}${bound} ${over ? '&gt;' : '≤'} ${(0,format/* num */.bu)(x.threshold)}${p}`;
}
function row(x) {
    const word = x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : x.status === 'skipped' ? '⏭️ skipped' : '✅ stable';
    const message = x.message ? `<br><sub>${(0,report_escape/* text */.Qq)(x.message, { max: 90 })}</sub>` : '';
    const name = x.column === DATASET_DRIFT_ROW ? '_(all columns)_' : (0,report_escape/* code */.aY)(x.column, { max: 40 });
    const score = x.status === 'skipped' ? '—' : scoreCell(x);
    return `| ${name} | ${(0,report_escape/* text */.Qq)(measureName(x.method), { max: 30 })} | ${score} | ${word}${message} |`;
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
    const out = [`**Drift against the reference** (${(0,report_escape/* text */.Qq)(d.name, { max: 40 })})`, ''];
    if (shown.length > 0)
        out.push(...HEADER, ...shown.map(row), '');
    if (problems.length > shown.length)
        notes.add('drift-rows', problems.length - shown.length, (0,report_escape/* code */.aY)(d.name));
    const moved = problems.filter((x) => x.column !== DATASET_DRIFT_ROW);
    if (plan.driftCharts)
        out.push(...driftCharts(moved));
    else {
        const charts = Math.min(MAX_DRIFT_CHARTS, moved.filter(isChartable).length);
        if (charts > 0)
            notes.add('drift-charts', charts, (0,report_escape/* code */.aY)(d.name));
    }
    const stable = rest.filter((x) => x.status === 'pass' && x.column !== DATASET_DRIFT_ROW).length;
    const skipped = rest.filter((x) => x.status === 'skipped').length;
    const restWords = [stable ? `${(0,format/* plural */.LS)(stable, problems.length ? 'other column' : 'column')} did not drift` : '', skipped ? `${(0,format/* plural */.LS)(skipped, 'column')} not compared` : ''].filter(Boolean).join('; ');
    if (rest.length > 0) {
        if (plan.passingDrift)
            out.push(`<details><summary>${restWords || (0,format/* plural */.LS)(rest.length, 'other row')}</summary>`, '', ...HEADER, ...rest.map(row), '', '</details>', '');
        else {
            out.push(`${restWords || (0,format/* plural */.LS)(rest.length, 'other row')}.`, '');
            notes.add('drift-rows', rest.length, (0,report_escape/* code */.aY)(d.name));
        }
    }
    else if (shown.length === 0)
        out.push('_No column was compared._', '');
    return out;
}


/***/ }),

/***/ 24385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Td: () => (/* reexport */ marker/* commentKey */.Td),
  LG: () => (/* reexport */ renderErrorReport),
  B1: () => (/* reexport */ renderReport),
  Qq: () => (/* reexport */ report_escape/* text */.Qq)
});

// UNUSED EXPORTS: COMMENT_BUDGET, COMMENT_LIMIT, code, hasMarker, marker, mermaidText, overallVerdict, renderChart, safeUrl, sanitizeKey, valueText

// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
// EXTERNAL MODULE: ./src/domain/report/format.ts
var format = __webpack_require__(47364);
// EXTERNAL MODULE: ./src/domain/report/chart.ts
var chart = __webpack_require__(78443);
// EXTERNAL MODULE: ./src/domain/report/shorten.ts
var shorten = __webpack_require__(30738);
;// CONCATENATED MODULE: ./src/domain/report/history-chart.ts



function chartMetrics(input, c) {
    const history = input.history?.[c.model] ?? [];
    if (history.length === 0)
        return [];
    const configured = input.headline?.[c.model];
    const limit = configured ? 6 : 3;
    const byName = new Map(c.metrics.map((m) => [m.name, m]));
    const chartable = (name) => Number.isFinite(byName.get(name)?.candidate) && history.some((r) => typeof r.metrics[name] === 'number');
    const picked = [];
    for (const name of configured ?? c.metrics.filter((m) => m.status !== 'skipped' && m.gate !== '').map((m) => m.name)) {
        if (picked.length >= limit)
            break;
        if (chartable(name))
            picked.push(name);
    }
    return picked;
}
/** Oldest first; a release followed by a rollback was rolled back, and the rollback restored an earlier version. */
function releasePoints(history, name, keep) {
    const chronological = [...history].reverse();
    const points = chronological.map((r, i) => {
        const value = r.metrics[name];
        if (typeof value !== 'number')
            return undefined;
        const next = chronological[i + 1];
        const mark = r.rollback_of !== null ? 'rollback' : next && next.rollback_of !== null ? 'rolled-back' : undefined;
        return { label: r.model.version, value, ...(mark ? { mark } : {}) };
    });
    return points.filter((p) => p !== undefined).slice(-keep);
}
function charts(input, c) {
    const metrics = chartMetrics(input, c);
    if (metrics.length === 0)
        return [];
    const history = input.history?.[c.model] ?? [];
    const keep = input.chartReleases ?? 6;
    const out = [`<details><summary>Charts: ${(0,report_escape/* text */.Qq)((0,shorten/* listWithMore */.k)(metrics, 60), { max: 90 })} over the last releases and this candidate</summary>`, ''];
    const marks = new Set();
    for (const name of metrics) {
        const points = releasePoints(history, name, keep);
        const candidate = c.metrics.find((m) => m.name === name)?.candidate;
        if (typeof candidate === 'number')
            points.push({ label: 'candidate', value: candidate, mark: 'candidate' });
        for (const p of points)
            if (p.mark)
                marks.add(p.mark);
        out.push((0,chart/* renderChart */.xt)({ metric: name, points }), '');
    }
    if (marks.size > 0)
        out.push(`<sub>${[...marks].map((m) => chart/* MARK_LEGEND */._q[m]).join(' · ')}</sub>`, '');
    out.push('</details>', '');
    return out;
}

;// CONCATENATED MODULE: ./src/domain/report/evidence.ts


const SHORT_REASON = 44;
/** Interval level as a percentage (`95%`). */
function levelText(level) {
    return `${Number((level * 100).toFixed(1))}%`;
}
/**
 * Interval width shrinks like 1/√n: an interval of half-width w around estimate c decides against margin t once
 * w ≤ |c − t|, i.e. at n_needed ≈ n·(w / |c − t|)².
 */
function evidenceNeeded(m) {
    const s = m.significance;
    if (!s || !m.ci)
        return undefined;
    const [lo, hi] = m.ci;
    const w = (hi - lo) / 2;
    const distance = Math.abs((lo + hi) / 2 - s.margin);
    if (!(w > 0))
        return undefined;
    const needed = distance > 0 ? s.n * (w / distance) ** 2 : Infinity;
    const more = Math.ceil(needed - s.n);
    return { detectable: w, ...(Number.isFinite(more) && more > 0 && more <= 1000 * s.n ? { moreExamples: roundUp(more) } : {}) };
}
/** Two significant digits, rounded up: an estimate, not a promise. */
function roundUp(n) {
    if (n < 100)
        return n;
    const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
    return Math.ceil(n / unit) * unit;
}
/** The p-value with what it is: `p=0.046 (Holm)`. */
function pLabel(m) {
    if (m.p_value === undefined)
        return '';
    const v = (0,format/* pValue */.sp)(m.p_value);
    return `${v.startsWith('<') ? `p${v}` : `p=${v}`}${m.significance ? ' Holm' : ''}`;
}
const PATTERNS = [
    [/is below min ([^\s,;:]+) by/, (g) => `below min ${g[1]}`],
    [/is above max ([^\s,;:]+) by/, (g) => `above max ${g[1]}`],
    [/by ([^\s,;:]+); max_regression allows ([^\s,;:]+)/, (g) => `worse by ${g[1]}, allows ${g[2]}`],
    [/by ([^\s,;:]+); min_improvement requires ([^\s,;:]+)/, (g) => `gain ${g[1]}, needs ${g[2]}`],
    [/^support ([^\s,;:]+) is below min_support ([^\s,;:]+)/, (g) => `support ${g[1]} < ${g[2]}`],
    [/^missing from the candidate/, () => 'missing from the candidate'],
    [/^no metric in the candidate or baseline matches/, () => 'no metric matches'],
    [/^no metric matches this pattern/, () => 'no metric matches'],
    [/^not in the candidate metrics/, () => 'not in the candidate'],
    [/^no (\S+) baseline yet/, () => 'no baseline yet'],
    [/new metric\): regression gates not applied/, () => 'new metric'],
];
/** A few words for the result cell; the full reason is in the collapsed section. */
function shortReason(m) {
    if (m.status === 'pass')
        return '';
    const s = m.significance;
    if (s && m.ci) {
        if (m.status === 'inconclusive') {
            if (excludesMargin(m))
                return 'significant only before Holm';
            const e = evidenceNeeded(m);
            return e?.moreExamples !== undefined ? `≈ ${(0,format/* count */.U9)(e.moreExamples)} more examples would decide` : `margin ${(0,format/* signed */.x8)(s.margin)} inside the interval`;
        }
        if (/^significant:/.test(m.reason))
            return `interval beyond ${(0,format/* signed */.x8)(s.margin)}`;
    }
    for (const [re, words] of PATTERNS) {
        const g = re.exec(m.reason);
        if (g)
            return words([...g]);
    }
    return (0,shorten/* truncateWords */.s)(m.reason.split(';')[0] ?? '', SHORT_REASON);
}
/** The (unadjusted) interval lies wholly on one side of the margin, yet the metric is inconclusive: the adjusted p decided. */
function excludesMargin(m) {
    const s = m.significance;
    return !!s && !!m.ci && (m.ci[1] < s.margin || m.ci[0] > s.margin);
}
/** One sentence on what the statistics are, for the collapsed section. */
function statisticsNote(metrics) {
    const withSig = metrics.filter((m) => m.significance);
    const first = withSig[0]?.significance;
    if (!first)
        return undefined;
    const tests = [...new Set(withSig.map((m) => m.significance.test))].join(' / ');
    const ns = [...new Set(withSig.map((m) => m.significance.n))];
    return `Δ intervals are ${levelText(first.level)} paired bootstrap intervals of candidate − production, not adjusted for multiple metrics; p-values (${tests}) are Holm-adjusted across the ${(0,format/* count */.U9)(withSig.length)} gated metrics with per-example data; n = ${ns.map(format/* count */.U9).join(' / ')} paired examples. A gate fails only when the interval lies beyond its margin and (for a regression) the adjusted p-value is below alpha.`;
}
function evidenceSentence(m) {
    const e = evidenceNeeded(m);
    const s = m.significance;
    if (!e || !s || m.status !== 'inconclusive')
        return undefined;
    if (excludesMargin(m))
        return `the unadjusted ${levelText(s.level)} interval excludes the margin ${(0,format/* signed */.x8)(s.margin)}, but after the Holm correction across the gated metrics the regression is not significant`;
    const more = e.moreExamples !== undefined ? `; roughly ${(0,format/* count */.U9)(e.moreExamples)} more paired examples (n ≈ ${(0,format/* count */.U9)(s.n + e.moreExamples)}) would decide it` : '; the estimate sits on the margin, so more examples will hardly decide it';
    return `with n = ${(0,format/* count */.U9)(s.n)} the smallest difference this evaluation set can detect is about ±${(0,format/* num */.bu)(e.detectable)}${more}`;
}

;// CONCATENATED MODULE: ./src/domain/report/plan.ts

const FULL = { examplesPerCheck: Infinity, details: true, passingDrift: true, driftCharts: true, charts: true, passingMetrics: true, rowCap: Infinity, failCap: Infinity };
/** The shortening ladder, in order: details first; the verdict and failing gates are never dropped until nothing else is left. */
const LADDER = [
    {},
    { details: false },
    { details: false, driftCharts: false },
    { examplesPerCheck: 3, details: false, driftCharts: false },
    { examplesPerCheck: 0, details: false, driftCharts: false },
    { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false },
    { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false, charts: false },
    { examplesPerCheck: 0, details: false, driftCharts: false, passingDrift: false, charts: false, passingMetrics: false },
];
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped', inconclusive: '❔ inconclusive' };
const RANK = { fail: 0, inconclusive: 1, warn: 2, pass: 3, skipped: 4 };
const NOTE_ORDER = ['details', 'drift-charts', 'definitions', 'examples', 'drift-rows', 'charts', 'passing-metrics', 'failed-checks', 'warnings', 'failing-gates'];
/** What was left out, summed per kind so a many-dataset report still says it in one line. */
class Notes {
    byKind = new Map();
    add(kind, count, where) {
        const entry = this.byKind.get(kind) ?? { count: 0, where: new Set() };
        entry.count += count;
        if (where !== '')
            entry.where.add(where);
        this.byKind.set(kind, entry);
    }
    get items() {
        return NOTE_ORDER.filter((k) => this.byKind.has(k)).map((k) => {
            const { count: n, where } = this.byKind.get(k);
            const places = where.size > 3 ? `${where.size} places` : [...where].join(', ');
            const what = {
                details: `the list of ${(0,format/* plural */.LS)(n, 'passed or skipped data check')}`,
                definitions: 'the gate definitions and reasons',
                examples: `${(0,format/* plural */.LS)(n, 'example')} of failing rows`,
                'drift-rows': `${(0,format/* plural */.LS)(n, 'drift row')}`,
                'drift-charts': `the ${(0,format/* plural */.LS)(n, 'chart')} of drifted columns`,
                charts: `${(0,format/* plural */.LS)(n, 'chart')}`,
                'passing-metrics': `${(0,format/* plural */.LS)(n, 'passing or skipped metric')}`,
                'failed-checks': `${(0,format/* plural */.LS)(n, 'more failed or warned check')}`,
                warnings: `${(0,format/* plural */.LS)(n, 'more warning')}`,
                'failing-gates': `${(0,format/* plural */.LS)(n, 'more failing gate')}`,
            };
            return `${what[k]}${places ? ` (${places})` : ''}`;
        });
    }
}

;// CONCATENATED MODULE: ./src/domain/report/gate-section.ts





/** Passing rows stay in the main table while the table has at most this many rows. */
const INLINE_ROWS = 10;
function isFirstRelease(c) {
    return c.baseline.version === undefined && c.metrics.every((m) => m.baseline === null);
}
function baselineHeader(c) {
    const version = c.baseline.version !== undefined ? ` ${(0,report_escape/* text */.Qq)(c.baseline.version, { max: 24 })}` : '';
    if (c.baseline.source === 'production')
        return `Production${version}`;
    return `Baseline${version}`;
}
function metricName(m) {
    const arrow = m.direction === 'lower' ? '↓' : '↑';
    return `${(0,report_escape/* text */.Qq)(m.name, { max: 48 })}\u00A0${arrow}`;
}
function deltaCell(m) {
    if (m.delta === null)
        return '—';
    const ci = m.ci ? `<br><sub>[${(0,format/* signed */.x8)(m.ci[0])},\u00A0${(0,format/* signed */.x8)(m.ci[1])}]</sub>` : m.relative_delta !== null ? `<br><sub>${(0,format/* percent */.KN)(m.relative_delta, 1)}</sub>` : '';
    return `${(0,format/* signed */.x8)(m.delta)}${ci}`;
}
function resultCell(m) {
    const word = m.severity === 'warn' && m.status === 'fail' ? '⚠️ warn' : STATUS[m.status];
    const why = [shortReason(m), m.status !== 'pass' && m.status !== 'skipped' ? pLabel(m) : ''].filter(Boolean).join(', ');
    return `${word}${why ? `<br><sub>${(0,report_escape/* text */.Qq)(why, { max: 60 })}</sub>` : ''}`;
}
function deltaHeader(c) {
    const level = c.metrics.find((m) => m.significance)?.significance?.level;
    return level !== undefined ? `Δ [${levelText(level)} CI]` : 'Δ';
}
function table(c, rows) {
    return [
        `| Metric | ${baselineHeader(c)} | Candidate | ${deltaHeader(c)} | Result |`,
        '|:--|--:|--:|--:|:--|',
        ...rows.map((m) => `| ${metricName(m)} | ${(0,format/* num */.bu)(m.baseline)} | ${(0,format/* num */.bu)(m.candidate)} | ${deltaCell(m)} | ${resultCell(m)} |`),
    ];
}
function sortMetrics(metrics) {
    return metrics.map((m, i) => ({ m, i })).sort((a, b) => RANK[a.m.status] - RANK[b.m.status] || a.i - b.i).map((x) => x.m);
}
/** `key: definition` once per gate key (a pattern's definition is shared by every slice it matches). */
function definitions(c) {
    const byKey = new Map();
    for (const m of c.metrics) {
        const colon = m.gate.indexOf(': ');
        const [key, definition] = colon > 0 && /[*?[]/.test(m.gate.slice(0, colon)) ? [m.gate.slice(0, colon), m.gate.slice(colon + 2)] : [m.name, m.gate];
        if (definition !== '' && !byKey.has(key))
            byKey.set(key, definition);
    }
    return [...byKey].map(([key, definition]) => `- ${(0,report_escape/* code */.aY)(key, { max: 80 })}: ${(0,report_escape/* text */.Qq)(definition, { max: 200 })}`);
}
function detailsBlock(c, plan, notes) {
    const defs = definitions(c);
    const stats = statisticsNote(c.metrics);
    const explained = sortMetrics(c.metrics).filter((m) => m.status !== 'pass' && m.reason !== '');
    if (defs.length === 0 && !stats && explained.length === 0)
        return [];
    if (!plan.details) {
        notes.add('definitions', 1, (0,report_escape/* code */.aY)(c.model));
        return [];
    }
    const reasons = explained.slice(0, plan.rowCap).map((m) => {
        const evidence = evidenceSentence(m);
        return `- ${(0,report_escape/* code */.aY)(m.name, { max: 80 })} ${STATUS[m.status]}: ${(0,report_escape/* text */.Qq)(m.reason.replace(/^(inconclusive|significant): /, ''), { max: 400 })}${evidence ? `; ${(0,report_escape/* text */.Qq)(evidence, { max: 200 })}` : ''}`;
    });
    if (explained.length > reasons.length)
        notes.add('warnings', explained.length - reasons.length, (0,report_escape/* code */.aY)(c.model));
    return [
        '<details><summary>Gate definitions, statistics and reasons</summary>',
        '',
        ...(defs.length ? ['Gates:', '', ...defs, ''] : []),
        ...(stats ? [(0,report_escape/* text */.Qq)(stats, { max: 600 }), ''] : []),
        ...(reasons.length ? ['Why:', '', ...reasons, ''] : []),
        '</details>',
        '',
    ];
}
function modelSection(input, c, plan, notes) {
    const out = [`#### Model ${(0,report_escape/* code */.aY)(c.model, { max: 60 })} ${ICON[c.verdict]}`, ''];
    if (isFirstRelease(c))
        out.push('No production baseline yet: only absolute bounds (`min`, `max`) apply; this will be the first release.', '');
    else if (c.baseline.source !== 'production')
        out.push(`Baseline: ${(0,report_escape/* text */.Qq)(c.baseline.source, { max: 80 })}`, '');
    const sorted = sortMetrics(c.metrics);
    const failing = sorted.filter((m) => m.status === 'fail');
    const warning = sorted.filter((m) => m.status === 'warn' || m.status === 'inconclusive');
    const rest = sorted.filter((m) => m.status === 'pass' || m.status === 'skipped');
    const shownFailing = failing.slice(0, plan.failCap);
    const shownWarning = warning.slice(0, plan.rowCap);
    if (failing.length > shownFailing.length)
        notes.add('failing-gates', failing.length - shownFailing.length, (0,report_escape/* code */.aY)(c.model));
    if (warning.length > shownWarning.length)
        notes.add('warnings', warning.length - shownWarning.length, (0,report_escape/* code */.aY)(c.model));
    const inline = plan.passingMetrics && shownFailing.length + shownWarning.length + rest.length <= INLINE_ROWS ? rest : [];
    const rows = [...shownFailing, ...shownWarning, ...inline];
    if (rows.length > 0)
        out.push(...table(c, rows), '');
    if (rest.length > inline.length) {
        if (plan.passingMetrics && plan.details) {
            out.push(`<details><summary>${(0,format/* plural */.LS)(rest.length, 'passing or skipped metric')}</summary>`, '', ...table(c, rest), '', '</details>', '');
        }
        else {
            out.push(`_${(0,format/* plural */.LS)(rest.length, 'metric')} passed or were skipped (not listed here)._`, '');
            notes.add('passing-metrics', rest.length, (0,report_escape/* code */.aY)(c.model));
        }
    }
    if (c.metrics.length === 0)
        out.push('_No metrics were compared._', '');
    out.push(...detailsBlock(c, plan, notes));
    if (plan.charts)
        out.push(...charts(input, c));
    else if (chartMetrics(input, c).length > 0)
        notes.add('charts', chartMetrics(input, c).length, (0,report_escape/* code */.aY)(c.model));
    return out;
}

// EXTERNAL MODULE: ./src/domain/report/marker.ts
var marker = __webpack_require__(63925);
// EXTERNAL MODULE: ./src/domain/example-place.ts
var example_place = __webpack_require__(16484);
// EXTERNAL MODULE: ./src/domain/validation/failing-units.ts
var failing_units = __webpack_require__(1104);
;// CONCATENATED MODULE: ./src/domain/report/data-vs-production.ts


/** Characters of names shown per list before "and N more". */
const LIST_CHARS = 160;
/** Whole names (escaped) while their plain length fits, then "and N more". */
function names(list, decorate = (n) => (0,report_escape/* code */.aY)(n, { max: 60 })) {
    const shown = [];
    let used = 0;
    for (const name of list) {
        if (shown.length > 0 && used + Math.min(name.length, 60) > LIST_CHARS)
            break;
        shown.push(decorate(name));
        used += Math.min(name.length, 60) + 2;
    }
    const more = list.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${(0,format/* count */.U9)(more)} more` : shown.join(', ');
}
function change(words) {
    const parts = words.filter(([n]) => n > 0).map(([n, w]) => `${(0,format/* count */.U9)(n)} ${w}`);
    return parts.length ? parts.join(', ') : 'same';
}
function rowsChange(then, now) {
    if (then === null)
        return 'not recorded then';
    const d = now - then;
    if (d === 0)
        return 'same';
    return `${d > 0 ? '+' : '−'}${(0,format/* count */.U9)(Math.abs(d))}${then > 0 ? ` (${d > 0 ? '+' : '−'}${(0,format/* share */.uM)(Math.abs(d) / then)})` : ''}`;
}
function driftLine(p) {
    const d = p.drift;
    if (!d)
        return [];
    if (d.skipped)
        return [`Drift against the production profile: not compared (${(0,report_escape/* text */.Qq)(d.skipped, { max: 160 })}).`];
    return [`Drift against the production profile: ${d.drifted} of ${(0,format/* plural */.LS)(d.compared, 'compared column')} drifted${d.drifted > 0 ? ' (see the drift table below)' : ''}.`];
}
function dataVsProductionSection(p) {
    if (!p)
        return [];
    if (p.status === 'unavailable' || !p.files || !p.rows || !p.columns) {
        return [`**Data vs production**: not compared — ${(0,report_escape/* text */.Qq)(p.reason ?? 'the stored fingerprints could not be read', { max: 300 })}.`, '', ...driftLine(p), ''];
    }
    const { files: f, rows: r, columns: c } = p;
    const release = `against ${(0,report_escape/* text */.Qq)(p.release ?? '?', { max: 40 })}`;
    const filesThen = f.unchanged + f.removed.length + f.changed.length;
    const filesNow = f.unchanged + f.added.length + f.changed.length;
    const colsThen = c.unchanged + c.removed.length + c.retyped.length;
    const colsNow = c.unchanged + c.added.length + c.retyped.length;
    const same = f.added.length + f.removed.length + f.changed.length + c.added.length + c.removed.length + c.retyped.length === 0 && r.production === r.now;
    if (same) {
        return [`**Data vs production** (${release}): the same ${(0,format/* plural */.LS)(filesNow, 'file')} (by sha256), ${(0,format/* plural */.LS)(r.now, 'row')} and ${(0,format/* plural */.LS)(colsNow, 'column')} as production.`, '', ...driftLine(p), ''];
    }
    const out = [
        `**Data vs production** (${release})`,
        '',
        '| | Production | This run | Change |',
        '|:--|--:|--:|:--|',
        `| Files | ${(0,format/* count */.U9)(filesThen)} | ${(0,format/* count */.U9)(filesNow)} | ${change([[f.added.length, 'added'], [f.removed.length, 'removed'], [f.changed.length, 'changed']])} |`,
        `| Rows | ${r.production === null ? '—' : (0,format/* count */.U9)(r.production)} | ${(0,format/* count */.U9)(r.now)} | ${rowsChange(r.production, r.now)} |`,
        `| Columns | ${(0,format/* count */.U9)(colsThen)} | ${(0,format/* count */.U9)(colsNow)} | ${change([[c.added.length, 'added'], [c.removed.length, 'removed'], [c.retyped.length, 'retyped']])} |`,
        '',
    ];
    const lists = [
        f.added.length ? `Files added: ${names(f.added)}.` : '',
        f.removed.length ? `Files removed: ${names(f.removed)}.` : '',
        f.changed.length ? `Files changed: ${names(f.changed)}.` : '',
        c.added.length ? `Columns added: ${names(c.added.map((x) => x.name), (n) => `${(0,report_escape/* code */.aY)(n, { max: 40 })} (${(0,report_escape/* text */.Qq)(c.added.find((x) => x.name === n)?.type ?? '', { max: 20 })})`)}.` : '',
        c.removed.length ? `Columns removed: ${names(c.removed.map((x) => x.name), (n) => (0,report_escape/* code */.aY)(n, { max: 40 }))}.` : '',
        c.retyped.length ? `Columns retyped: ${names(c.retyped.map((x) => x.name), (n) => { const t = c.retyped.find((x) => x.name === n); return `${(0,report_escape/* code */.aY)(n, { max: 40 })} ${(0,report_escape/* text */.Qq)(t.production, { max: 20 })} → ${(0,report_escape/* text */.Qq)(t.now, { max: 20 })}`; })}.` : '',
    ].filter(Boolean);
    // Separate paragraphs read as lines in a PR comment (one `<br>`-free line each).
    for (const line of lists)
        out.push(line, '');
    out.push(...driftLine(p), '');
    return out;
}

// EXTERNAL MODULE: ./src/domain/report/describe.ts
var describe = __webpack_require__(67518);
// EXTERNAL MODULE: ./src/domain/report/drift-section.ts + 1 modules
var drift_section = __webpack_require__(12657);
;// CONCATENATED MODULE: ./src/domain/report/data-section.ts
/** The report's data part: per dataset the failed checks, examples of failing rows and drift; the passed checks in details. */








function pText(p) {
    const v = pValue(p);
    return v.startsWith('<') ? `p&lt;${v.slice(1)}` : `p=${v}`;
}
function checkName(c) {
    return `${c.column !== undefined ? `${(0,report_escape/* code */.aY)(c.column, { max: 40 })} ` : ''}${(0,report_escape/* text */.Qq)(c.check, { max: 30 })}`;
}
function failingCell(c) {
    const what = `${(0,format/* count */.U9)(c.failing)} ${(0,failing_units/* unitWord */.Zf)((0,failing_units/* unitOf */.uF)(c), c.failing)}`;
    return c.failing > 0 && c.fraction > 0 ? `${what}<br><sub>${(0,format/* share */.uM)(c.fraction)}</sub>` : c.failing > 0 ? what : '—';
}
function dataSection(v, input, plan, notes) {
    const out = [];
    for (const d of v.datasets)
        out.push(...datasetSection(d, input, plan, notes));
    if (v.datasets.length === 0)
        out.push('#### Data', '', '_No datasets were validated._', '');
    return out;
}
function datasetVerdict(d) {
    const all = [...d.checks.map((c) => c.status), ...(d.drift ?? []).map((x) => x.status)];
    return all.includes('fail') ? 'fail' : all.includes('warn') ? 'warn' : 'pass';
}
function datasetSection(d, input, plan, notes) {
    const problems = d.checks.filter((c) => c.status === 'fail' || c.status === 'warn').sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
    const ran = d.checks.filter((c) => c.status !== 'skipped').length;
    const summary = [
        `${(0,format/* count */.U9)(d.rows)} rows`,
        problems.length ? `${problems.length} of ${(0,format/* plural */.LS)(ran, 'check')} failed or warned` : `${(0,format/* plural */.LS)(ran, 'check')} passed`,
        (0,drift_section/* driftSummary */.gv)(d),
    ].filter(Boolean);
    const out = [`#### Data ${(0,report_escape/* code */.aY)(d.name, { max: 60 })} ${ICON[datasetVerdict(d)]}`, '', summary.join(' · '), ''];
    const shown = problems.slice(0, plan.rowCap);
    if (problems.length > shown.length)
        notes.add('failed-checks', problems.length - shown.length, (0,report_escape/* code */.aY)(d.name));
    if (shown.length > 0) {
        out.push('| Check | Expected | Observed | Failing |', '|:--|:--|:--|--:|', ...shown.map((c) => {
            const t = (0,describe/* describeCheck */.cn)(c);
            const icon = c.status === 'fail' ? '❌' : '⚠️';
            const message = c.message ? `<br><sub>${(0,report_escape/* text */.Qq)(c.message, { max: 100 })}</sub>` : '';
            return `| ${icon} ${checkName(c)} | ${(0,report_escape/* text */.Qq)(t.expected, { max: 70 })} | ${(0,report_escape/* text */.Qq)(t.observed, { max: 70 })}${message} | ${failingCell(c)} |`;
        }), '');
        out.push(...examples(d, shown, input, plan, notes));
    }
    out.push(...dataVsProductionSection(d.production));
    out.push(...(0,drift_section/* driftSection */.tX)(d, plan, notes));
    return out;
}
function examples(d, shown, input, plan, notes) {
    const configured = input.maxExamples ?? 5;
    const per = Math.min(configured, plan.examplesPerCheck);
    const total = shown.reduce((n, c) => n + c.examples.length, 0);
    if (total === 0)
        return [];
    const rows = shown.flatMap((c) => c.examples.slice(0, per).map((e) => ({ c, e })));
    // Only what the size limit cut counts as left out; `max_examples` is the user's choice.
    const wanted = shown.reduce((n, c) => n + Math.min(configured, c.examples.length), 0);
    if (rows.length < wanted)
        notes.add('examples', wanted - rows.length, (0,report_escape/* code */.aY)(d.name));
    if (rows.length === 0)
        return [];
    return [
        `<details><summary>Examples of failing rows in ${(0,report_escape/* text */.Qq)(d.name, { max: 60 })} (${rows.length} of ${(0,format/* count */.U9)(total)})</summary>`,
        '',
        '| Check | File | Line / row | Value |',
        '|:--|:--|--:|:--|',
        ...rows.map(({ c, e }) => `| ${checkName(c)} | ${(0,report_escape/* text */.Qq)(e.file, { max: 60 })} | ${e.line !== undefined ? `line ${(0,format/* count */.U9)(e.line)}` : e.row !== undefined ? `row ${(0,format/* count */.U9)(e.row)}` : '—'} | ${(0,example_place/* repeatsText */.U)(e) !== undefined ? (0,report_escape/* text */.Qq)((0,example_place/* repeatsText */.U)(e), { max: 100 }) : (0,report_escape/* code */.aY)(e.value, { max: 60 })} |`),
        '',
        '</details>',
        '',
    ];
}
function passedChecks(input) {
    return (input.validation?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === 'pass' || c.status === 'skipped').map((check) => ({ dataset: d.name, check })));
}
function detailsSection(input) {
    const passed = passedChecks(input);
    if (passed.length === 0)
        return [];
    return [
        `<details><summary>${(0,format/* plural */.LS)(passed.length, 'passed or skipped data check')}</summary>`,
        '',
        '| Check | Expected | Observed | Result |',
        '|:--|:--|:--|:--|',
        ...passed.map(({ dataset, check: c }) => {
            const t = (0,describe/* describeCheck */.cn)(c);
            const where = (input.validation?.datasets.length ?? 0) > 1 ? `${(0,report_escape/* text */.Qq)(dataset, { max: 30 })}: ` : '';
            return `| ${where}${checkName(c)} | ${(0,report_escape/* text */.Qq)(t.expected, { max: 70 })} | ${(0,report_escape/* text */.Qq)(t.observed, { max: 70 })} | ${STATUS[c.status]}${c.status === 'skipped' && c.message ? `<br><sub>${(0,report_escape/* text */.Qq)(c.message, { max: 80 })}</sub>` : ''} |`;
        }),
        '',
        '</details>',
        '',
    ];
}

;// CONCATENATED MODULE: ./src/domain/report/unused-evidence.ts



/** Longest reason quoted in the verdict line (the rows and the collapsed section carry it whole). */
const REASON_CHARS = 220;
function unused(comparisons, validation) {
    const out = [];
    for (const c of comparisons) {
        if (c.significance?.status === 'unavailable')
            out.push({ what: `significance for ${c.model}`, reason: c.significance.reason ?? 'no reason given' });
    }
    for (const d of validation?.datasets ?? []) {
        const skipped = (d.drift ?? []).find((x) => x.column === drift_section/* DATASET_DRIFT_ROW */.gz && x.status === 'skipped');
        if (skipped)
            out.push({ what: `drift of ${d.name}`, reason: skipped.message ?? 'no reason given' });
    }
    return out;
}
/**
 * `significance for churn and drift of train not tested: <reason>` (one clause per distinct reason), or '' when
 * everything configured was used.
 */
function unusedEvidenceClause(comparisons, validation) {
    const byReason = new Map();
    for (const u of unused(comparisons, validation))
        byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.what]);
    const clauses = [...byReason].map(([reason, whats]) => `${(0,report_escape/* text */.Qq)((0,shorten/* listWithMore */.k)(whats, 80), { max: 120 })} not tested (${(0,report_escape/* text */.Qq)(reason.replace(/\.$/, ''), { max: REASON_CHARS })})`);
    return clauses.join('; ');
}

;// CONCATENATED MODULE: ./src/domain/report/types.ts
/** GitHub rejects issue-comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** What we aim for: the limit minus headroom for counting differences. */
const COMMENT_BUDGET = 65_000;

;// CONCATENATED MODULE: ./src/domain/report/render.ts









function overallVerdict(input) {
    const verdicts = [...(input.validation ? [input.validation.verdict] : []), ...(input.comparisons ?? []).map((c) => c.verdict)];
    if (verdicts.includes('fail'))
        return 'fail';
    if (verdicts.includes('warn'))
        return 'warn';
    return 'pass';
}
/** Renders the PR report; shortens it by priority until it fits `maxChars`, saying what it left out. */
function renderReport(input, options = {}) {
    const max = options.maxChars ?? COMMENT_BUDGET;
    const verdict = overallVerdict(input);
    let last;
    for (const step of LADDER) {
        last = compose(input, { ...FULL, ...step }, options);
        if (last.markdown.length <= max)
            return { ...last, verdict };
    }
    // Below every planned cut: list fewer failed checks and warnings, then (last resort) fewer failing gates.
    const base = { ...FULL, ...LADDER[LADDER.length - 1] };
    const fitted = largestFitting((cap) => compose(input, { ...base, rowCap: cap }, options), max);
    if (fitted)
        return { ...fitted, verdict };
    const lastResort = largestFitting((cap) => compose(input, { ...base, rowCap: 0, failCap: cap }, options), max);
    return { ...(lastResort ?? last ?? compose(input, { ...base, rowCap: 0, failCap: 0 }, options)), verdict };
}
function largestFitting(render, max) {
    let lo = 0;
    let hi = 1;
    while (render(hi).markdown.length <= max && hi < 1_000_000)
        hi *= 2;
    let best;
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        const r = render(mid);
        if (r.markdown.length <= max) {
            best = r;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
}
function compose(input, plan, options) {
    const notes = new Notes();
    const verdict = overallVerdict(input);
    const parts = [(0,marker/* marker */.xL)(input.key), `${ICON[verdict]} **${verdictTitle(verdict)}:** ${withUnused(why(input, verdict), input)}`, ''];
    for (const comparison of input.comparisons ?? [])
        parts.push(...modelSection(input, comparison, plan, notes));
    if (input.validation)
        parts.push(...dataSection(input.validation, input, plan, notes));
    if (plan.details)
        parts.push(...detailsSection(input));
    else if (passedChecks(input).length > 0)
        notes.add('details', passedChecks(input).length, '');
    if (notes.items.length > 0) {
        parts.push(`> [!NOTE]`, `> This report was shortened to fit GitHub's comment limit. Left out: ${notes.items.join('; ')}.`, `> ${options.fullReportHint ?? fullReportHint(input)}`, '');
    }
    parts.push(footer(input));
    return { markdown: `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`, omitted: notes.items };
}
/** The verdict's sentence, then what could not be compared and why (one sentence still: a semicolon joins them). */
function withUnused(sentence, input) {
    const unused = unusedEvidenceClause(input.comparisons ?? [], input.validation);
    return unused ? `${sentence.replace(/\.$/, '')}; ${unused}.` : sentence;
}
function verdictTitle(v) {
    return v === 'pass' ? 'Passed' : v === 'warn' ? 'Passed with warnings' : 'Failed';
}
/** Whole names, as many as fit in about 80 characters, then "and N more". */
function render_names(list) {
    return (0,report_escape/* text */.Qq)((0,shorten/* listWithMore */.k)(list, 80), { max: 120 });
}
/** Failed checks of severity error (they decide the verdict), by dataset. */
function failedChecks(v, status) {
    return (v?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === status).map((check) => ({ dataset: d.name, check })));
}
/** The drift row carrying the share-of-drifted-columns verdict: a dataset finding, not a column. */
const DATASET_DRIFT_ROW = '(dataset)';
function driftClauses(found) {
    const columns = found.filter((f) => f.drift.column !== DATASET_DRIFT_ROW);
    const shares = found.filter((f) => f.drift.column === DATASET_DRIFT_ROW);
    return [
        ...(columns.length ? [`${(0,format/* plural */.LS)(columns.length, 'column')} drifted (${render_names(columns.map((f) => `${f.dataset}.${f.drift.column}`))})`] : []),
        ...(shares.length ? [`too many columns drifted in ${render_names(shares.map((f) => f.dataset))}`] : []),
    ];
}
function failedDrift(v, status) {
    return (v?.datasets ?? []).flatMap((d) => (d.drift ?? []).filter((x) => x.status === status).map((drift) => ({ dataset: d.name, drift })));
}
function checkLabel(dataset, c) {
    return `${dataset}${c.column !== undefined ? `.${c.column}` : ''} ${c.check}`;
}
/** One sentence saying why the verdict is what it is. */
function why(input, verdict) {
    const metrics = (input.comparisons ?? []).flatMap((c) => c.metrics);
    const failing = metrics.filter((m) => m.status === 'fail');
    const inconclusive = metrics.filter((m) => m.status === 'inconclusive');
    const warned = metrics.filter((m) => m.status === 'warn');
    const checksFailed = failedChecks(input.validation, 'fail');
    const checksWarned = failedChecks(input.validation, 'warn');
    const driftFailed = failedDrift(input.validation, 'fail');
    const driftWarned = failedDrift(input.validation, 'warn');
    const clauses = [];
    if (verdict === 'fail') {
        if (failing.length)
            clauses.push(`${(0,format/* plural */.LS)(failing.length, 'gate')} failed (${render_names(failing.map((m) => m.name))})`);
        if (checksFailed.length)
            clauses.push(`${(0,format/* plural */.LS)(checksFailed.length, 'data check')} failed (${render_names(checksFailed.map((f) => checkLabel(f.dataset, f.check)))})`);
        clauses.push(...driftClauses(driftFailed));
        if (clauses.length === 0)
            clauses.push('a gate or check of severity error failed');
        return `${joinClauses(clauses)}.`;
    }
    if (verdict === 'warn') {
        if (inconclusive.length)
            clauses.push(`${(0,format/* plural */.LS)(inconclusive.length, 'metric')} inconclusive (${render_names(inconclusive.map((m) => m.name))}: not enough evidence either way)`);
        if (warned.length)
            clauses.push(`${(0,format/* plural */.LS)(warned.length, 'gate')} warned (${render_names(warned.map((m) => m.name))})`);
        if (checksWarned.length)
            clauses.push(`${(0,format/* plural */.LS)(checksWarned.length, 'data check')} warned (${render_names(checksWarned.map((f) => checkLabel(f.dataset, f.check)))})`);
        clauses.push(...driftClauses(driftWarned));
        if (clauses.length === 0)
            clauses.push('a warning-level finding');
        return `nothing blocks the merge, but ${joinClauses(clauses)}.`;
    }
    const gated = metrics.filter((m) => m.status !== 'skipped').length;
    const datasets = input.validation?.datasets ?? [];
    const checks = datasets.reduce((n, d) => n + d.checks.filter((c) => c.status !== 'skipped').length, 0);
    const driftColumns = datasets.reduce((n, d) => n + (d.drift ?? []).filter((x) => x.status !== 'skipped' && x.column !== DATASET_DRIFT_ROW).length, 0);
    const parts = [gated ? (0,format/* plural */.LS)(gated, 'gate') : '', checks ? (0,format/* plural */.LS)(checks, 'data check') : ''].filter(Boolean);
    const what = parts.length ? `all ${parts.join(' and ')} passed` : '';
    const drift = driftColumns ? `no drift in ${(0,format/* plural */.LS)(driftColumns, 'column')}` : '';
    const against = (input.comparisons ?? []).map(baselinePhrase);
    const base = against.length ? ` ${against.join('; ')}` : '';
    const sentence = [what, drift].filter(Boolean).join(', ');
    return sentence ? `${sentence}${base}.` : `nothing to check${base}.`;
}
function baselinePhrase(c) {
    if (isFirstRelease(c))
        return '(no production baseline yet: only absolute bounds apply)';
    return `against ${(0,report_escape/* text */.Qq)(c.baseline.source, { max: 60 })}${c.baseline.version !== undefined ? ` ${(0,report_escape/* code */.aY)(c.baseline.version, { max: 40 })}` : ''}`;
}
function joinClauses(c) {
    return c.length <= 1 ? (c[0] ?? '') : `${c.slice(0, -1).join(', ')} and ${c[c.length - 1] ?? ''}`;
}
function fullReportHint(input) {
    const artifact = input.links?.artifactName ? `the ${(0,report_escape/* code */.aY)(input.links.artifactName)} artifact` : 'the results artifact';
    const run = safeUrl(input.links?.runUrl);
    const where = safeUrl(input.links?.artifactsUrl) ?? run;
    return `The full report is in ${where ? `[${artifact}](${where})` : artifact} and in the job summary${run ? ` of [this run](${run})` : ' of this run'}.`;
}
/** Only plain http(s) URLs without characters that could end the Markdown link. */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    return /^https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+$/.test(url) && !/[()[\]<>]/.test(url) ? url : undefined;
}
function footer(input) {
    const run = safeUrl(input.links?.runUrl);
    const artifacts = safeUrl(input.links?.artifactsUrl);
    const links = [run ? `[Workflow run](${run})` : '', artifacts ? `[Artifacts](${artifacts})${input.links?.artifactName ? ` (${(0,report_escape/* code */.aY)(input.links.artifactName, { max: 60 })})` : ''}` : ''].filter(Boolean);
    const sha = input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha) ? ` for ${input.sha.slice(0, 7)}` : '';
    return `<sub>${links.length ? `${links.join(' · ')} · ` : ''}mlgate${input.version ? ` ${(0,report_escape/* text */.Qq)(input.version, { max: 20 })}` : ''}${sha}</sub>\n`;
}

;// CONCATENATED MODULE: ./src/domain/report/error-report.ts



const FIX = {
    input: 'Fix the data or file named above (or leave it out of the dataset) and push again; `mlgate validate` reproduces this locally.',
    config: 'Fix `mlgate.yml` at the field named above and push again; `mlgate validate --config mlgate.yml` checks it locally.',
    usage: "Fix the step's inputs in the workflow file (the error names the input) and re-run the job.",
    github: 'GitHub refused or failed a request: re-run the job; if it repeats, check the token\'s permissions named above.',
    internal: 'This is a bug in mlgate, not in your change: re-run the job, and report it with a link to the run if it repeats.',
};
const MAX_DETAIL_LINES = 5;
function renderErrorReport(input) {
    const details = input.details ?? [];
    const shown = details.slice(0, MAX_DETAIL_LINES).map((d) => `- ${(0,report_escape/* text */.Qq)(d, { max: 300 })}`);
    if (details.length > shown.length)
        shown.push(`- and ${details.length - shown.length} more (see the job log)`);
    const sha = input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha) ? ` for ${input.sha.slice(0, 7)}` : '';
    return [
        (0,marker/* marker */.xL)(input.key),
        `❌ **mlgate could not run${sha}:** there is no verdict for this push (an earlier result no longer applies).`,
        '',
        `**Error** (${input.kind}, in \`mlgate ${(0,report_escape/* text */.Qq)(input.command, { max: 30 })}\`): ${(0,report_escape/* text */.Qq)(input.message, { max: 600 })}`,
        '',
        ...(shown.length ? [...shown, ''] : []),
        `**Fix:** ${FIX[input.kind]}`,
        '',
        footer({ key: input.key, links: input.links, sha: input.sha, version: input.version }),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/domain/report/index.ts








/***/ })

};
