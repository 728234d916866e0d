export const id = 753;
export const ids = [753,524];
export const modules = {

/***/ 18598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createCommentSink)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55328);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96706);




const READ_ONLY = 'the token cannot write comments (HTTP 403): a pull request from a fork gets a read-only GITHUB_TOKEN, and a job without `pull-requests: write` cannot comment';
function readOnly(error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    if (status === 403)
        return { kind: 'read-only', reason: READ_ONLY };
    return undefined;
}
function githubError(what, error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    const message = error instanceof Error ? error.message : String(error);
    return new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}
/** Sticky PR comments through the REST API: find ours on every page, then create, update or recreate it. */
function createCommentSink(settings) {
    const { github, log } = settings;
    let identity = settings.identity;
    let octokit = settings.octokit;
    const client = () => {
        if (!github.token)
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('usage', 'commenting needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
        octokit ??= (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log });
        return octokit;
    };
    return {
        async upsert({ issueNumber, key, body, mode }) {
            const repo = github.repository;
            if (!repo)
                return { kind: 'skipped', reason: 'no repository (GITHUB_REPOSITORY is not set)' };
            const api = client();
            const where = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber };
            identity ??= await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenIdentity */ .s)(api).catch((error) => {
                throw githubError('finding the token identity (GET /user)', error);
            });
            log.debug(`comment identity: ${identity.logins.join(', ')} (${identity.source})`);
            const comments = [];
            try {
                for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                    for (const c of page.data)
                        comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, url: c.html_url });
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`listing the comments of #${issueNumber}`, error);
            }
            const plan = (0,_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__/* .planUpsert */ .Vy)({ comments, key, identity, body, mode });
            try {
                const remove = async (ids) => {
                    for (const id of ids) {
                        await api.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id }).catch((error) => {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                        });
                    }
                };
                // Duplicates left by an earlier race go first; for recreate, the old ones go only once the new one exists.
                if (plan.kind !== 'recreate')
                    await remove(plan.deleteIds);
                switch (plan.kind) {
                    case 'unchanged':
                        return { kind: 'unchanged', id: plan.id, url: plan.url ?? '' };
                    case 'update': {
                        try {
                            const { data } = await api.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: plan.id, body });
                            return { kind: 'updated', id: data.id, url: data.html_url };
                        }
                        catch (error) {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                            // Deleted between listing and updating: post a new one.
                            const { data } = await api.rest.issues.createComment({ ...where, body });
                            return { kind: 'created', id: data.id, url: data.html_url };
                        }
                    }
                    case 'create': {
                        const { data } = await api.rest.issues.createComment({ ...where, body });
                        return { kind: 'created', id: data.id, url: data.html_url };
                    }
                    case 'recreate': {
                        const { data } = await api.rest.issues.createComment({ ...where, body });
                        await remove(plan.deleteIds);
                        const deletedId = plan.deleteIds[0];
                        return deletedId === undefined ? { kind: 'created', id: data.id, url: data.html_url } : { kind: 'recreated', id: data.id, url: data.html_url, deletedId };
                    }
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`writing the comment on #${issueNumber}`, error);
            }
        },
    };
}


/***/ }),

/***/ 55082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus),
/* harmony export */   s: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55328);

function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * The token's own identity. GET /user answers for a personal access token (or a user-to-server token); the Actions
 * GITHUB_TOKEN (an installation token) gets 403 "Resource not accessible by integration", and comments made with it
 * are authored by `github-actions[bot]`.
 */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { logins: [data.login], source: 'user' };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 401 || status === 404)
            return { logins: [_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS_BOT */ .aX], source: 'actions-token' };
        throw error;
    }
}


/***/ }),

/***/ 40753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ARTIFACT: () => (/* binding */ DEFAULT_ARTIFACT),
  DEFAULT_REPORT_PATH: () => (/* binding */ DEFAULT_REPORT_PATH),
  READ_ONLY_FIX: () => (/* binding */ READ_ONLY_FIX),
  parseCommentChoice: () => (/* binding */ parseCommentChoice),
  publishReport: () => (/* binding */ publishReport),
  renderForSummary: () => (/* binding */ renderForSummary),
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/actions/summary.ts + 1 modules
var summary = __webpack_require__(91858);
// EXTERNAL MODULE: ./src/adapters/github/comments.ts
var comments = __webpack_require__(18598);
// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var identity = __webpack_require__(55082);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(96706);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
;// CONCATENATED MODULE: ./src/domain/report/chart.ts

/** A number as Mermaid's grammar reads it: plain decimal, no exponent. */
function mermaidNumber(value) {
    if (value === 0 || !Number.isFinite(value))
        return '0';
    const digits = Math.max(0, Math.min(12, 5 - Math.floor(Math.log10(Math.abs(value)))));
    const s = value.toFixed(digits);
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
/** Y range with a little headroom, so a flat series is still visible. */
function yRange(values) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.25 : Math.abs(hi) * 0.05 || 1;
    let min = lo - pad;
    const max = hi + pad;
    if (lo >= 0 && min < 0)
        min = 0;
    return [Number(mermaidNumber(min)), Number(mermaidNumber(max))];
}
/** Labels are categories: make repeats unique (a version re-released by a rollback appears twice). */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l} (${n})`;
    });
}
/** Small enough that three charts do not push the data section off the screen. */
const CHART_WIDTH = 640;
const CHART_HEIGHT = 260;
/** A Mermaid `xychart-beta` block (GitHub renders it) of one metric over releases plus the candidate. */
function renderChart(chart) {
    const values = chart.points.map((p) => p.value);
    const labels = uniqueLabels(chart.points.map((p) => (0,report_escape/* mermaidText */.Hg)(p.label, 18)));
    const [min, max] = yRange(values);
    const name = (0,report_escape/* mermaidText */.Hg)(chart.metric, 40);
    return [
        '```mermaid',
        '---',
        'config:',
        '  xyChart:',
        `    width: ${CHART_WIDTH}`,
        `    height: ${CHART_HEIGHT}`,
        '---',
        'xychart-beta',
        `  title "${name}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${name}" ${mermaidNumber(min)} --> ${mermaidNumber(max)}`,
        `  bar [${values.map(mermaidNumber).join(', ')}]`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/domain/report/format.ts
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

// EXTERNAL MODULE: ./src/domain/report/marker.ts
var marker = __webpack_require__(63925);
;// CONCATENATED MODULE: ./src/domain/report/plan.ts

const FULL = { examplesPerCheck: Infinity, details: true, passingDrift: true, charts: true, passingMetrics: true, rowCap: Infinity, failCap: Infinity };
/** The shortening ladder, in order: details first; the verdict and failing gates are never dropped until nothing else is left. */
const LADDER = [
    {},
    { details: false },
    { examplesPerCheck: 3, details: false },
    { examplesPerCheck: 0, details: false },
    { examplesPerCheck: 0, details: false, passingDrift: false },
    { examplesPerCheck: 0, details: false, passingDrift: false, charts: false },
    { examplesPerCheck: 0, details: false, passingDrift: false, charts: false, passingMetrics: false },
];
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped', inconclusive: '❔ inconclusive' };
const RANK = { fail: 0, inconclusive: 1, warn: 2, pass: 3, skipped: 4 };
/** Main tables list passing metrics inline up to this many rows; more go in a collapsible block. */
const INLINE_PASSING = 25;
const NOTE_ORDER = ['details', 'examples', 'drift-rows', 'charts', 'passing-metrics', 'failed-checks', 'warnings', 'failing-gates'];
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
                details: `the list of ${plural(n, 'passed or skipped data check')}`,
                examples: `${plural(n, 'example')} of failing rows`,
                'drift-rows': `${plural(n, 'drift row')}`,
                charts: `${plural(n, 'chart')}`,
                'passing-metrics': `${plural(n, 'passing or skipped metric')}`,
                'failed-checks': `${plural(n, 'more failed or warned check')}`,
                warnings: `${plural(n, 'more warning')}`,
                'failing-gates': `${plural(n, 'more failing gate')}`,
            };
            return `${what[k]}${places ? ` (${places})` : ''}`;
        });
    }
}

;// CONCATENATED MODULE: ./src/domain/report/data-section.ts



function pText(p) {
    const v = pValue(p);
    return v.startsWith('<') ? `p&lt;${v.slice(1)}` : `p=${v}`;
}
function expectedText(c) {
    return c.expected === undefined || c.expected === null ? '—' : (0,report_escape/* valueText */.Ru)(c.expected, { max: 60 });
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
    const drifted = (d.drift ?? []).filter((x) => x.status === 'fail' || x.status === 'warn');
    const summary = [
        `${count(d.rows)} rows`,
        problems.length ? `${problems.length} of ${plural(ran, 'check')} failed or warned` : `${plural(ran, 'check')} passed`,
        d.drift?.length ? `drift in ${drifted.length} of ${plural(d.drift.length, 'column')}` : '',
    ].filter(Boolean);
    const out = [`#### Data ${(0,report_escape/* code */.aY)(d.name, { max: 60 })} ${ICON[datasetVerdict(d)]}`, '', summary.join(' · '), ''];
    const shown = problems.slice(0, plan.rowCap);
    if (problems.length > shown.length)
        notes.add('failed-checks', problems.length - shown.length, (0,report_escape/* code */.aY)(d.name));
    if (shown.length > 0) {
        out.push('| Column | Check | Expected | Observed | Failing rows | Result |', '|:--|:--|:--|:--|--:|:--|', ...shown.map((c) => `| ${c.column !== undefined ? (0,report_escape/* text */.Qq)(c.column, { max: 60 }) : '_(dataset)_'} | ${(0,report_escape/* text */.Qq)(c.check, { max: 40 })} | ${expectedText(c)} | ${c.observed === undefined || c.observed === null ? '—' : (0,report_escape/* valueText */.Ru)(c.observed, { max: 60 })} | ${count(c.failing)} (${share(c.fraction)}) | ${STATUS[c.status]}${c.severity === 'warn' && c.status !== 'pass' ? '' : ''}${c.message ? `<br><sub>${(0,report_escape/* text */.Qq)(c.message, { max: 160 })}</sub>` : ''} |`), '');
        out.push(...examples(d, shown, input, plan, notes));
    }
    out.push(...driftTable(d, plan, notes));
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
        `<details><summary>Examples of failing rows in ${(0,report_escape/* text */.Qq)(d.name, { max: 60 })} (${rows.length} of ${count(total)})</summary>`,
        '',
        '| Column | Check | File | Line / row | Value |',
        '|:--|:--|:--|--:|:--|',
        ...rows.map(({ c, e }) => `| ${c.column !== undefined ? (0,report_escape/* text */.Qq)(c.column, { max: 60 }) : '—'} | ${(0,report_escape/* text */.Qq)(c.check, { max: 40 })} | ${(0,report_escape/* text */.Qq)(e.file, { max: 80 })} | ${e.line !== undefined ? `line ${count(e.line)}` : e.row !== undefined ? `row ${count(e.row)}` : '—'} | ${(0,report_escape/* code */.aY)(e.value, { max: 80 })} |`),
        '',
        '</details>',
        '',
    ];
}
function driftTable(d, plan, notes) {
    const drift = d.drift ?? [];
    if (drift.length === 0)
        return [];
    const order = { fail: 0, warn: 1, pass: 2, skipped: 3 };
    const sorted = [...drift].sort((a, b) => order[a.status] - order[b.status] || b.score / (b.threshold || 1) - a.score / (a.threshold || 1));
    const problems = sorted.filter((x) => x.status === 'fail' || x.status === 'warn');
    const cappedProblems = problems.slice(0, plan.rowCap);
    const rows = plan.passingDrift ? [...cappedProblems, ...sorted.filter((x) => x.status !== 'fail' && x.status !== 'warn')] : cappedProblems;
    if (rows.length < drift.length)
        notes.add('drift-rows', drift.length - rows.length, (0,report_escape/* code */.aY)(d.name));
    const out = [`<sub>Drift of ${(0,report_escape/* text */.Qq)(d.name, { max: 60 })} against the reference</sub>`, ''];
    if (rows.length === 0)
        return [...out, `_No column drifted (${plural(drift.length, 'column')} compared)._`, ''];
    return [
        ...out,
        '| Column | Method | Score | Threshold | Result |',
        '|:--|:--|--:|--:|:--|',
        ...rows.map((x) => `| ${(0,report_escape/* text */.Qq)(x.column, { max: 60 })} | ${(0,report_escape/* text */.Qq)(x.method, { max: 30 })} | ${num(x.score)}${x.error_bound !== undefined ? ` <sub>±${num(x.error_bound)}</sub>` : ''}${x.p_value !== undefined ? ` <sub>${pText(x.p_value)}</sub>` : ''} | ${num(x.threshold)} | ${x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : STATUS[x.status]}${x.message ? `<br><sub>${(0,report_escape/* text */.Qq)(x.message, { max: 160 })}</sub>` : ''} |`),
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
        `<details><summary>${plural(passed.length, 'passed or skipped data check')}</summary>`,
        '',
        '| Dataset | Column | Check | Expected | Observed | Result |',
        '|:--|:--|:--|:--|:--|:--|',
        ...passed.map(({ dataset, check: c }) => `| ${(0,report_escape/* text */.Qq)(dataset, { max: 60 })} | ${c.column !== undefined ? (0,report_escape/* text */.Qq)(c.column, { max: 60 }) : '—'} | ${(0,report_escape/* text */.Qq)(c.check, { max: 40 })} | ${expectedText(c)} | ${c.observed === undefined || c.observed === null ? '—' : (0,report_escape/* valueText */.Ru)(c.observed, { max: 60 })} | ${STATUS[c.status]} |`),
        '',
        '</details>',
        '',
    ];
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
    const parts = [(0,marker/* marker */.xL)(input.key), `${ICON[verdict]} **${verdictTitle(verdict)}:** ${why(input, verdict)}`, ''];
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
function verdictTitle(v) {
    return v === 'pass' ? 'Passed' : v === 'warn' ? 'Passed with warnings' : 'Failed';
}
function names(list, max = 3) {
    const shown = list.slice(0, max).map((n) => (0,report_escape/* text */.Qq)(n, { max: 40 }));
    return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}
/** Failed checks of severity error (they decide the verdict), by dataset. */
function failedChecks(v, status) {
    return (v?.datasets ?? []).flatMap((d) => d.checks.filter((c) => c.status === status).map((check) => ({ dataset: d.name, check })));
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
            clauses.push(`${plural(failing.length, 'gate')} failed (${names(failing.map((m) => m.name))})`);
        if (checksFailed.length)
            clauses.push(`${plural(checksFailed.length, 'data check')} failed (${names(checksFailed.map((f) => checkLabel(f.dataset, f.check)))})`);
        if (driftFailed.length)
            clauses.push(`${plural(driftFailed.length, 'column')} drifted (${names(driftFailed.map((f) => `${f.dataset}.${f.drift.column}`))})`);
        if (clauses.length === 0)
            clauses.push('a gate or check of severity error failed');
        return `${joinClauses(clauses)}.`;
    }
    if (verdict === 'warn') {
        if (inconclusive.length)
            clauses.push(`${plural(inconclusive.length, 'metric')} inconclusive (${names(inconclusive.map((m) => m.name))}: the interval is wider than the margin)`);
        if (warned.length)
            clauses.push(`${plural(warned.length, 'gate')} warned (${names(warned.map((m) => m.name))})`);
        if (checksWarned.length)
            clauses.push(`${plural(checksWarned.length, 'data check')} warned (${names(checksWarned.map((f) => checkLabel(f.dataset, f.check)))})`);
        if (driftWarned.length)
            clauses.push(`${plural(driftWarned.length, 'column')} drifted (${names(driftWarned.map((f) => `${f.dataset}.${f.drift.column}`))})`);
        if (clauses.length === 0)
            clauses.push('a warning-level finding');
        return `nothing blocks the merge, but ${joinClauses(clauses)}.`;
    }
    const gated = metrics.filter((m) => m.status !== 'skipped').length;
    const checks = (input.validation?.datasets ?? []).reduce((n, d) => n + d.checks.filter((c) => c.status !== 'skipped').length + (d.drift?.length ?? 0), 0);
    const what = [gated ? `all ${plural(gated, 'gate')}` : '', checks ? `${gated ? '' : 'all '}${plural(checks, 'data check')}` : ''].filter(Boolean).join(' and ');
    const against = (input.comparisons ?? []).map(baselinePhrase);
    const base = against.length ? ` ${against.join('; ')}` : '';
    return what ? `${what} passed${base}.` : `nothing to check${base}.`;
}
function joinClauses(c) {
    return c.length <= 1 ? (c[0] ?? '') : `${c.slice(0, -1).join(', ')} and ${c[c.length - 1] ?? ''}`;
}
function isFirstRelease(c) {
    return c.baseline.version === undefined && c.metrics.every((m) => m.baseline === null);
}
function baselinePhrase(c) {
    if (isFirstRelease(c))
        return '(no production baseline yet: only absolute bounds apply)';
    return `against ${(0,report_escape/* text */.Qq)(c.baseline.source, { max: 60 })}${c.baseline.version !== undefined ? ` ${(0,report_escape/* code */.aY)(c.baseline.version, { max: 40 })}` : ''}`;
}
function baselineHeader(c) {
    const source = c.baseline.source;
    const version = c.baseline.version !== undefined ? ` (${(0,report_escape/* text */.Qq)(c.baseline.version, { max: 40 })})` : '';
    if (source === 'production')
        return `Production${version}`;
    // A file or ref path is long: keep the column narrow.
    return `Baseline${version}<br><sub>${(0,report_escape/* text */.Qq)(source, { max: 60 })}</sub>`;
}
function metricName(m) {
    const arrow = m.direction === 'lower' ? '↓' : '↑';
    return `${(0,report_escape/* text */.Qq)(m.name, { max: 80 })}\u00A0${arrow}${m.direction_inferred ? '*' : ''}`;
}
function deltaCell(m, withCi) {
    if (m.delta === null)
        return '—';
    const rel = m.relative_delta !== null ? ` (${percent(m.relative_delta)})` : '';
    const ci = withCi && m.ci ? `<br><sub>[${signed(m.ci[0])}, ${signed(m.ci[1])}]</sub>` : '';
    return `${signed(m.delta)}${rel}${ci}`;
}
function resultCell(m) {
    const p = m.p_value !== undefined ? ` <sub>${pText(m.p_value)}</sub>` : '';
    const severity = m.severity === 'warn' && m.status === 'fail' ? ' (warn)' : '';
    const reason = m.status === 'pass' || m.reason === '' ? '' : `<br><sub>${(0,report_escape/* text */.Qq)(m.reason, { max: 160 })}</sub>`;
    return `${STATUS[m.status]}${severity}${p}${reason}`;
}
function metricsTable(c, rows) {
    const withCi = c.metrics.some((m) => m.ci !== undefined);
    return [
        `| Metric | ${baselineHeader(c)} | Candidate | Δ${withCi ? ' (CI)' : ''} | Gate | Result |`,
        '|:--|--:|--:|--:|:--|:--|',
        ...rows.map((m) => `| ${metricName(m)} | ${num(m.baseline)} | ${num(m.candidate)} | ${deltaCell(m, withCi)} | ${(0,report_escape/* text */.Qq)(m.gate, { max: 120 }) || '—'} | ${resultCell(m)} |`),
    ];
}
function sortMetrics(metrics) {
    return metrics.map((m, i) => ({ m, i })).sort((a, b) => RANK[a.m.status] - RANK[b.m.status] || a.i - b.i).map((x) => x.m);
}
function modelSection(input, c, plan, notes) {
    const out = [`#### Model ${(0,report_escape/* code */.aY)(c.model, { max: 60 })} ${ICON[c.verdict]}`, ''];
    if (isFirstRelease(c))
        out.push('No production baseline yet: only absolute bounds (`min`, `max`) apply; this will be the first release.', '');
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
    const inline = plan.passingMetrics && rest.length <= INLINE_PASSING ? rest : [];
    const rows = [...shownFailing, ...shownWarning, ...inline];
    if (rows.length > 0)
        out.push(...metricsTable(c, rows), '');
    if (rest.length > inline.length) {
        if (plan.details) {
            out.push(`<details><summary>${plural(rest.length, 'passing or skipped metric')}</summary>`, '', ...metricsTable(c, rest), '', '</details>', '');
        }
        else {
            out.push(`_${plural(rest.length, 'metric')} passed or were skipped (not listed here)._`, '');
            notes.add('passing-metrics', rest.length, (0,report_escape/* code */.aY)(c.model));
        }
    }
    if (c.metrics.length === 0)
        out.push('_No metrics were compared._', '');
    if (c.metrics.some((m) => m.direction_inferred))
        out.push('<sub>↑ higher is better, ↓ lower is better; * direction inferred from the metric name.</sub>', '');
    if (plan.charts)
        out.push(...charts(input, c));
    else if (chartMetrics(input, c).length > 0)
        notes.add('charts', chartMetrics(input, c).length, (0,report_escape/* code */.aY)(c.model));
    return out;
}
function chartMetrics(input, c) {
    const history = input.history?.[c.model] ?? [];
    if (history.length === 0)
        return [];
    const configured = input.headline?.[c.model];
    const limit = configured ? 6 : 3;
    const byName = new Map(c.metrics.map((m) => [m.name, m]));
    const chartable = (name) => byName.get(name)?.candidate != null && history.some((r) => typeof r.metrics[name] === 'number');
    const picked = [];
    for (const name of configured ?? c.metrics.filter((m) => m.status !== 'skipped' && m.gate !== '').map((m) => m.name)) {
        if (picked.length >= limit)
            break;
        if (chartable(name))
            picked.push(name);
    }
    return picked;
}
function charts(input, c) {
    const metrics = chartMetrics(input, c);
    if (metrics.length === 0)
        return [];
    const history = input.history?.[c.model] ?? [];
    const keep = input.chartReleases ?? 6;
    const out = [`<details open><summary>${metrics.length === 1 ? 'Headline metric' : 'Headline metrics'} over the last releases and this candidate</summary>`, ''];
    for (const name of metrics) {
        const points = history
            .filter((r) => typeof r.metrics[name] === 'number')
            .slice(0, keep)
            .reverse()
            .map((r) => ({ label: r.model.version, value: r.metrics[name] }));
        const candidate = c.metrics.find((m) => m.name === name)?.candidate;
        if (typeof candidate === 'number')
            points.push({ label: 'candidate', value: candidate });
        out.push(renderChart({ metric: name, points }), '');
    }
    out.push('</details>', '');
    return out;
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

;// CONCATENATED MODULE: ./src/domain/report/index.ts






;// CONCATENATED MODULE: ./src/domain/report/target.ts
/**
 * Which pull request a report may comment on. On `pull_request` the event names it (trusted). On `workflow_run`
 * (the fork-safe comment stage) the PR number comes from the downloaded results, which a fork controls: it is used
 * only when the results were made by the run that triggered us, for its head commit, and the PR is that run's.
 */
const obj = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const target_int = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
function targetFromEvent(eventName, payload, meta) {
    const event = obj(payload) ?? {};
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = obj(event.pull_request);
        const number = target_int(pr?.number) ?? target_int(event.number);
        if (number === undefined)
            return { kind: 'none', reason: `the ${eventName} event has no pull request number` };
        return { kind: 'pr', number, headSha: str(obj(pr?.head)?.sha), via: 'event' };
    }
    if (eventName === 'workflow_run') {
        const run = obj(event.workflow_run);
        if (!run)
            return { kind: 'rejected', reason: 'the workflow_run event has no workflow_run object' };
        if (!meta)
            return { kind: 'rejected', reason: 'the results have no meta.json, so they cannot be matched to the triggering run' };
        const runId = target_int(run.id);
        const headSha = str(run.head_sha);
        if (runId === undefined || meta.run_id !== runId)
            return { kind: 'rejected', reason: `the results say run ${meta.run_id}, but the triggering run is ${runId ?? 'unknown'}` };
        if (headSha === undefined || meta.head_sha !== headSha)
            return { kind: 'rejected', reason: `the results are for commit ${meta.head_sha.slice(0, 12)}, but the triggering run built ${(headSha ?? 'unknown').slice(0, 12)}` };
        if (meta.pr === null)
            return { kind: 'none', reason: 'the results are not from a pull request' };
        const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => target_int(obj(p)?.number)).filter((n) => n !== undefined) : [];
        if (pulls.length > 0) {
            return pulls.includes(meta.pr)
                ? { kind: 'pr', number: meta.pr, headSha, runId, via: 'workflow_run' }
                : { kind: 'rejected', reason: `the results name PR #${meta.pr}, but the triggering run belongs to ${pulls.map((n) => `#${n}`).join(', ')}` };
        }
        return { kind: 'check-pull', number: meta.pr, headSha, headRepository: str(obj(run.head_repository)?.full_name), runId };
    }
    return { kind: 'none', reason: eventName ? `a ${eventName} event has no pull request to comment on` : 'not running in a pull request' };
}
/** The fork case: the PR's current head must be the commit the run built, from the same head repository. */
function pullMatches(target, pull) {
    if (pull.headSha !== target.headSha)
        return { kind: 'rejected', reason: `PR #${target.number}'s head is ${(pull.headSha ?? 'unknown').slice(0, 12)}, not the commit the run built (${target.headSha.slice(0, 12)})` };
    if (target.headRepository !== undefined && pull.headRepository !== target.headRepository) {
        return { kind: 'rejected', reason: `PR #${target.number} comes from ${pull.headRepository ?? 'an unknown repository'}, not ${target.headRepository}` };
    }
    return { kind: 'pr', number: target.number, headSha: target.headSha, runId: target.runId, via: 'workflow_run' };
}

// EXTERNAL MODULE: ./src/io/files/results-dir.ts
var results_dir = __webpack_require__(38088);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/report.ts













const COMMENT_CHOICES = ['auto', 'true', 'false', 'recreate'];
const DEFAULT_REPORT_PATH = '.mlgate/report.md';
const DEFAULT_ARTIFACT = 'mlgate-results';
const READ_ONLY_FIX = 'The report is in the job summary. To comment on pull requests from forks, upload the results in the pull_request workflow and post them from a workflow_run workflow (the reusable .github/workflows/mlgate-pr-comment.yml or actions/pr-comment), or give this job `permissions: pull-requests: write` for branches of this repository.';
function parseCommentChoice(value, label) {
    const v = (value ?? 'auto').toLowerCase();
    if (COMMENT_CHOICES.includes(v))
        return v;
    throw (0,errors/* usageError */.Wp)(`${label} is '${value ?? ''}'; expected one of ${COMMENT_CHOICES.join(', ')}`);
}
/** The summary-sized report: as much as fits in the 1 MiB job summary (measured in UTF-8 bytes). */
function renderForSummary(input) {
    let maxChars = summary/* SUMMARY_LIMIT_BYTES */.J - 4096;
    for (;;) {
        const md = renderReport(input, { maxChars }).markdown;
        const bytes = Buffer.byteLength(md);
        if (bytes <= summary/* SUMMARY_LIMIT_BYTES */.J - 4096 || maxChars < 10_000)
            return md;
        maxChars = Math.floor(maxChars * ((summary/* SUMMARY_LIMIT_BYTES */.J - 4096) / bytes) * 0.95);
    }
}
/** Renders one report three ways (comment, summary, file) and posts or updates the sticky comment. */
async function publishReport(request) {
    const comment = renderReport(request.input);
    const full = renderReport(request.input, { maxChars: Infinity }).markdown;
    const summary = renderForSummary(request.input);
    if (request.reportPath) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(request.reportPath), { recursive: true });
        await (0,promises_.writeFile)(request.reportPath, full, 'utf8');
    }
    let outcome;
    if (request.comment === 'false')
        outcome = { kind: 'skipped', reason: 'comment is false' };
    else if (request.issueNumber === undefined)
        outcome = { kind: 'skipped', reason: 'there is no pull request to comment on' };
    else if (!request.sink)
        outcome = { kind: 'skipped', reason: 'there is no GitHub token' };
    else {
        const mode = request.comment === 'recreate' ? 'recreate' : (request.mode ?? 'update');
        outcome = await request.sink.upsert({ issueNumber: request.issueNumber, key: request.input.key, body: comment.markdown, mode });
    }
    return { comment, summary, full, outcome };
}
async function optionalConfig(invocation, context) {
    const given = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Config);
    if (given !== undefined && given !== options/* configOption */.KJ.default)
        return (await (0,commands_invocation/* loadConfig */.Z9)(invocation, context)).config;
    try {
        await (0,promises_.readFile)(external_node_path_default().resolve(context.cwd, options/* configOption */.KJ.default ?? 'mlgate.yml'));
    }
    catch {
        return undefined; // The fork-safe comment job need not check out the repository.
    }
    return (await (0,commands_invocation/* loadConfig */.Z9)(invocation, context)).config;
}
async function readEvent(github) {
    if (!github.eventPath)
        return undefined;
    try {
        return JSON.parse(await (0,promises_.readFile)(github.eventPath, 'utf8'));
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(`cannot read the event payload (GITHUB_EVENT_PATH): ${error instanceof Error ? error.message : String(error)}`, { file: github.eventPath }, error);
    }
}
/** The PR to comment on: from the event, or (workflow_run) from the untrusted results after checking them. */
async function resolveTarget(context, results) {
    const target = targetFromEvent(context.github.eventName, await readEvent(context.github), results.meta);
    if (target.kind !== 'check-pull')
        return target;
    const { github } = context;
    if (!github.token || !github.repository)
        return { kind: 'rejected', reason: `cannot look up PR #${target.number} without a token and repository` };
    try {
        const octokit = (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: context.log });
        const { data } = await octokit.rest.pulls.get({ ...github.repository, pull_number: target.number });
        return pullMatches(target, { headSha: data.head.sha, headRepository: data.head.repo?.full_name ?? null });
    }
    catch (error) {
        return { kind: 'rejected', reason: `PR #${target.number} could not be looked up (HTTP ${(0,identity/* httpStatus */.n)(error) ?? '?'})` };
    }
}
function runUrl(github, runId) {
    if (!github.repository || runId === undefined)
        return undefined;
    return `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/actions/runs/${runId}`;
}
function worst(verdicts) {
    return verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
}
function describeOutcome(outcome, issue) {
    switch (outcome.kind) {
        case 'created':
            return `Posted the report on #${issue ?? '?'}: ${outcome.url}`;
        case 'updated':
            return `Updated the report on #${issue ?? '?'}: ${outcome.url}`;
        case 'recreated':
            return `Re-posted the report on #${issue ?? '?'}: ${outcome.url}`;
        case 'unchanged':
            return `The report on #${issue ?? '?'} is already up to date: ${outcome.url}`;
        case 'read-only':
            return `Could not comment: ${outcome.reason}.`;
        case 'skipped':
            return `No comment: ${outcome.reason}.`;
    }
}
const reportCommand = {
    spec: {
        name: 'report',
        summary: 'Render the Markdown report; post or update the PR comment; write the job summary.',
        options: [
            options/* configOption */.KJ,
            options/* jsonOption */.Ec,
            options/* modelOption */.HI,
            { name: options/* Opt */.e3.Results, type: 'string', description: 'Results to report: a results directory (e.g. a downloaded results artifact; see docs/results-format.md) or a JSON file written by validate/compare/check --json.' },
            { name: options/* Opt */.e3.Out, type: 'string', default: DEFAULT_REPORT_PATH, description: 'Where to write the full Markdown report.' },
            options/* commentOption */.jW,
            options/* tokenOption */.Pc,
        ],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail: the verdict of the reported results.' },
            { name: 'report-path', description: 'Path of the rendered Markdown report.' },
            { name: 'comment-id', description: 'Id of the sticky comment, when one was posted.' },
            { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const resultsPath = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Results);
        if (resultsPath === undefined)
            throw (0,errors/* usageError */.Wp)(`missing ${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Results)}: name the results directory or the JSON written by validate/compare --json`);
        const comment = parseCommentChoice((0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Comment), (0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Comment));
        const config = await optionalConfig(invocation, context);
        const results = await (0,results_dir/* readResults */.x8)(external_node_path_default().resolve(context.cwd, resultsPath));
        const model = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Model);
        let comparisons = results.comparisons.filter((c) => model === undefined || c.model === model);
        if (model !== undefined && comparisons.length === 0) {
            throw (0,errors/* usageError */.Wp)(`${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Model)} is '${model}', but the results hold ${results.comparisons.map((c) => `'${c.model}'`).join(', ') || 'no comparisons'}`);
        }
        if (comparisons.length === 0)
            comparisons = [undefined];
        const target = comment === 'false' ? { kind: 'none', reason: 'comment is false' } : await resolveTarget(context, results);
        if (target.kind === 'rejected')
            context.log.warning(`Not commenting: ${target.reason}.`);
        else if (target.kind === 'none' && (comment === 'true' || comment === 'recreate'))
            context.log.warning(`Not commenting: ${target.reason}.`);
        const issueNumber = target.kind === 'pr' ? target.number : undefined;
        const sink = context.github.token && context.github.repository ? (0,comments/* createCommentSink */.N)({ github: context.github, log: context.log }) : undefined;
        // The run that produced the results: the triggering run on workflow_run (verified), else this one.
        const url = runUrl(context.github, target.kind === 'pr' && target.via === 'workflow_run' ? target.runId : (context.github.runId ?? results.meta?.run_id));
        const workflow = results.meta?.workflow ?? context.github.workflow;
        const outPath = external_node_path_default().resolve(context.cwd, (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Out) ?? DEFAULT_REPORT_PATH);
        const lines = [];
        const summaries = [];
        let first;
        let warnedReadOnly = false;
        for (const [i, c] of comparisons.entries()) {
            const modelConfig = config?.models.find((m) => m.name === c?.model);
            const input = {
                key: (0,marker/* commentKey */.Td)({ workflow, model: c?.model ?? 'data', override: config?.report?.comment_key ?? results.meta?.comment_key }) + (config?.report?.comment_key && comparisons.length > 1 && c ? `/${c.model}` : ''),
                validation: results.validation,
                comparisons: c ? [c] : [],
                history: results.history,
                headline: c && modelConfig?.headline ? { [c.model]: modelConfig.headline } : undefined,
                links: { runUrl: url, artifactsUrl: url ? `${url}#artifacts` : undefined, artifactName: DEFAULT_ARTIFACT },
                sha: target.kind === 'pr' ? target.headSha : (results.meta?.head_sha ?? context.github.sha),
                version: version/* VERSION */.x,
                maxExamples: config?.report?.max_examples,
            };
            const reportPath = comparisons.length > 1 && c ? outPath.replace(/(\.md)?$/, `.${c.model.replace(/[^A-Za-z0-9_.-]+/g, '_')}.md`) : outPath;
            const published = await publishReport({ input, comment, mode: config?.report?.mode, issueNumber, sink, log: context.log, reportPath });
            if (i === 0)
                first = published.outcome;
            summaries.push(published.summary);
            lines.push(`${c ? `${c.model}: ` : ''}${published.comment.verdict} — report written to ${external_node_path_default().relative(context.cwd, reportPath) || reportPath}`);
            lines.push(describeOutcome(published.outcome, issueNumber));
            if (published.outcome.kind === 'skipped' && issueNumber !== undefined && comment !== 'false' && comment !== 'auto' && !warnedReadOnly) {
                warnedReadOnly = true;
                context.log.warning(`Not commenting on PR #${issueNumber}: ${published.outcome.reason}; set input github-token (GITHUB_TOKEN for the CLI).`);
            }
            if (published.outcome.kind === 'read-only' && !warnedReadOnly) {
                warnedReadOnly = true;
                context.log.warning(`mlgate could not comment on PR #${issueNumber ?? '?'}: ${published.outcome.reason}. ${READ_ONLY_FIX}`);
            }
        }
        const verdict = worst([...(results.validation ? [results.validation.verdict] : []), ...results.comparisons.map((c) => c.verdict)]);
        const outputs = { verdict, 'report-path': outPath };
        if (first && 'id' in first) {
            outputs['comment-id'] = String(first.id);
            outputs['comment-url'] = first.url;
        }
        return {
            exitCode: 0,
            text: lines.join('\n'),
            markdown: summaries.join('\n\n---\n\n'),
            outputs,
            json: { verdict, report_path: outPath, comment: first ?? null, target },
        };
    },
};


/***/ }),

/***/ 20524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readReleasePayload),
/* harmony export */   OT: () => (/* binding */ RELEASE_TASK),
/* harmony export */   fC: () => (/* binding */ releasePayloadSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** The versioned payload mlgate writes on every deployment it creates (SPEC §6). */
const RELEASE_TASK = 'deploy:mlgate';
const releasePayloadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()).default({}),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'none']),
        report_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        forced: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    })
        .nullable()
        .optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    })
        .default({}),
    artifact: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional() }).nullable().optional(),
    rollback_of: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().default(null),
    /** Why the release this one replaced was rolled back (set on rollback deployments only). */
    rollback_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The workflow run that made this rollback (a rerun of that run is then a no-op). */
    rollback_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
    /** Reference profile of the training data stored with the release (drift against `production`). */
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
/** A deployment's payload as mlgate's, or undefined when it is not one of ours. */
function readReleasePayload(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const parsed = releasePayloadSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, stringify */
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
/** Cuts to `max` code points (never inside a surrogate pair), appending `…` when cut. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    return `${points.slice(0, Math.max(1, max - 1)).join('')}…`;
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

/***/ 63925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export sanitizeKey */
/** The hidden marker that identifies our sticky comment: `<!-- mlgate:<key> -->` on the first line. */
/** A key as it may appear inside an HTML comment: a small alphabet, no `--`, no `>`. */
function sanitizeKey(key) {
    const s = key
        .toLowerCase()
        .replace(/[^a-z0-9._/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-/]+|[-/]+$/g, '');
    return s.slice(0, 100) || 'default';
}
/** Key from the workflow and model (`report.comment_key` in the config overrides it). */
function commentKey(options) {
    if (options.override !== undefined && options.override.trim() !== '')
        return sanitizeKey(options.override);
    return sanitizeKey([options.workflow ?? 'mlgate', options.model ?? 'report'].join('/'));
}
function marker(key) {
    return `<!-- mlgate:${sanitizeKey(key)} -->`;
}
/** Whether a comment body is the one for `key`: the marker must be the body's first line, exactly. */
function hasMarker(body, key) {
    if (!body)
        return false;
    const first = body.split('\n', 1)[0]?.replace(/\r$/, '').trim();
    return first === marker(key);
}


/***/ }),

/***/ 55328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ planUpsert),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT)
/* harmony export */ });
/* unused harmony export isOurs */
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63925);

const ACTIONS_BOT = 'github-actions[bot]';
function isOurs(comment, key, identity) {
    const author = comment.author?.toLowerCase();
    return author !== undefined && identity.logins.some((l) => l.toLowerCase() === author) && (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(comment.body, key);
}
/**
 * What to do, given every comment on the PR (all pages, oldest first). Only comments that carry our marker AND are
 * authored by us count; someone else's comment with the same marker is left alone. If an earlier race left
 * duplicates, the oldest is kept and the others deleted.
 */
function planUpsert(request) {
    const ours = request.comments.filter((c) => isOurs(c, request.key, request.identity)).sort((a, b) => a.id - b.id);
    if (request.mode === 'recreate')
        return { kind: 'recreate', deleteIds: ours.map((c) => c.id) };
    const [keep, ...extra] = ours;
    const deleteIds = extra.map((c) => c.id);
    if (!keep)
        return { kind: 'create', deleteIds };
    if ((keep.body ?? '').trimEnd() === request.body.trimEnd())
        return { kind: 'unchanged', id: keep.id, url: keep.url, deleteIds };
    return { kind: 'update', id: keep.id, url: keep.url, deleteIds };
}


/***/ }),

/***/ 38088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ writeResultsDir),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_FILES_PER_FOLDER, validationResultSchema, comparisonResultSchema, metaSchema, historySchema, combinedSchema, modelFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);
/* harmony import */ var _domain_release_payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20524);
/**
 * The results directory: what a PR job uploads as its results artifact and what `mlgate report --results <dir>`
 * reads back. Format documented in docs/results-format.md.
 *
 *   <dir>/meta.json                 { mlgate: 1, repository, pr, head_sha, run_id, … }
 *   <dir>/validation.json           the `validate --json` result (optional)
 *   <dir>/comparisons/<model>.json  one `compare --json` result per model (optional)
 *   <dir>/history/<model>.json      { model, environment, releases: [release payloads, newest first] } (optional)
 *   <dir>/report.md                 the rendered full report (written, never read back)
 *
 * A downloaded artifact may come from a fork: everything read here is untrusted. Files are size-capped, must be
 * regular files inside the directory (no symlinks, no `..`), and are validated with zod before use.
 */





const MAX_FILE_BYTES = 32 * 1024 * 1024;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
const MAX_FILES_PER_FOLDER = 200;
const name = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(4096);
const finiteOrNull = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable();
const checkStatus = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'skipped']);
const verdict = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['pass', 'fail', 'warn']);
const severity = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['error', 'warn']);
const exampleSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    file: name,
    line: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative().optional(),
    row: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative().optional(),
    value: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J(),
});
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    column: name.optional(),
    check: name,
    severity,
    status: checkStatus,
    observed: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J(),
    expected: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J(),
    failing: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative(),
    fraction: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    examples: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(exampleSchema).max(10_000).default([]),
    message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(10_000).optional(),
});
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    column: name,
    method: name,
    score: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    status: checkStatus,
    p_value: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
    severity: severity.optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(10_000).optional(),
    error_bound: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
});
const validationResultSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    verdict,
    datasets: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        name,
        files: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(name).max(100_000).optional(),
        rows: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative(),
        checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(checkSchema).max(1_000_000),
        drift: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(driftSchema).max(1_000_000).optional(),
    }))
        .max(10_000),
});
const comparisonResultSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    verdict,
    model: name,
    baseline: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ source: name, version: name.optional() }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        name,
        direction: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['higher', 'lower']),
        direction_inferred: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
        baseline: finiteOrNull,
        candidate: finiteOrNull,
        delta: finiteOrNull,
        relative_delta: finiteOrNull,
        gate: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(10_000),
        status: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'skipped', 'inconclusive']),
        reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(10_000),
        ci: zod__WEBPACK_IMPORTED_MODULE_4__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).optional(),
        p_value: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
        severity: severity.optional(),
        support: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
    }))
        .max(1_000_000),
});
const metaSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/repo'),
    pr: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().nullable(),
    head_sha: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit sha'),
    run_id: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().optional(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(200).optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(100).optional(),
    comment_key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(200).optional(),
});
const historySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    model: name,
    environment: name.optional(),
    releases: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_domain_release_payload_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePayloadSchema */ .fC).max(10_000),
});
/** `check --json` writes both at once. */
const combinedSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    validation: validationResultSchema.nullable().optional(),
    comparisons: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(comparisonResultSchema).max(1000).optional(),
});
/** A file name for a model's results: readable, and never a path. */
function modelFileName(model) {
    const slug = model.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_').slice(0, 100) || '_';
    return `${slug}.json`;
}
/** Writes the results directory a PR job uploads as its artifact. */
async function writeResultsDir(dir, results) {
    const written = [];
    const put = async (rel, value) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`, 'utf8');
        written.push(file);
    };
    if (results.meta)
        await put('meta.json', results.meta);
    if (results.validation)
        await put('validation.json', results.validation);
    const used = new Set();
    const unique = (model) => {
        let file = modelFileName(model);
        for (let i = 2; used.has(file); i++)
            file = modelFileName(`${model}_${i}`);
        used.add(file);
        return file;
    };
    for (const c of results.comparisons ?? [])
        await put(`comparisons/${unique(c.model)}`, c);
    used.clear();
    for (const [model, h] of Object.entries(results.history ?? {}))
        await put(`history/${unique(model)}`, { model, environment: h.environment, releases: h.releases });
    if (results.report !== undefined)
        await put('report.md', results.report);
    return written;
}
class Budget {
    total = 0;
    take(file, bytes) {
        if (bytes > MAX_FILE_BYTES)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results file is ${bytes} bytes; expected at most ${MAX_FILE_BYTES}`, { file });
        this.total += bytes;
        if (this.total > MAX_TOTAL_BYTES)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results add up to more than ${MAX_TOTAL_BYTES} bytes; expected at most that`, { file });
    }
}
/** Reads a regular file inside `root` (after resolving symlinks), size-capped, as JSON. */
async function readJsonInside(root, rel, budget) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root), rel);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
    if (!st.isFile())
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results entry is not a regular file (a symlink or directory); expected a JSON file`, { file: shown });
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside)) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('results file resolves outside the results directory', { file: shown });
    }
    budget.take(shown, st.size);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, 'utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results file is not valid JSON (${error instanceof Error ? error.message : String(error)}); expected the JSON mlgate wrote`, { file: shown }, error);
    }
}
function parse(schema, value, file) {
    const r = schema.safeParse(value);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    const field = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '';
    throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlgateError */ .Bf('input', `results file does not match the mlgate results format: ${issue?.message ?? 'invalid'}${field ? ` at ${field}` : ''}`, {
        location: { file, field: field || undefined },
        details: r.error.issues.length > 1 ? [`(${r.error.issues.length - 1} more problems)`] : [],
    });
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        return true;
    }
    catch {
        return false;
    }
}
async function jsonFilesIn(root, folder) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, folder);
    if (!(await exists(dir)))
        return [];
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dir);
    if (!st.isDirectory())
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('expected a directory of JSON files', { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root), folder) });
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((n) => n.endsWith('.json')).sort();
    if (names.length > MAX_FILES_PER_FOLDER)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results hold ${names.length} files; expected at most ${MAX_FILES_PER_FOLDER}`, { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root), folder) });
    return names.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, n));
}
/** Reads results from a results directory or a single JSON file (validate/compare/check `--json`). Untrusted input. */
async function readResults(location) {
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(location);
    }
    catch (error) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results '${location}' does not exist; expected a results directory or a JSON file written with --json`, { file: location }, error);
    }
    const budget = new Budget();
    if (st.isFile()) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(location));
        return resultsFromJson(await readJsonInside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(location), budget), location);
    }
    if (!st.isDirectory())
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('results path is neither a file nor a directory', { file: location });
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(location);
    const results = { comparisons: [], history: {} };
    const rel = (f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location, f);
    if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'meta.json')))
        results.meta = parse(metaSchema, await readJsonInside(root, 'meta.json', budget), rel('meta.json'));
    if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'validation.json')))
        results.validation = parse(validationResultSchema, await readJsonInside(root, 'validation.json', budget), rel('validation.json'));
    for (const f of await jsonFilesIn(root, 'comparisons'))
        results.comparisons.push(parse(comparisonResultSchema, await readJsonInside(root, f, budget), rel(f)));
    for (const f of await jsonFilesIn(root, 'history')) {
        const h = parse(historySchema, await readJsonInside(root, f, budget), rel(f));
        results.history[h.model] = h.releases;
    }
    if (!results.validation && results.comparisons.length === 0) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('results directory holds no validation.json and no comparisons/*.json; expected the results a PR job uploaded', { file: location });
    }
    return results;
}
/** One JSON file: a validation result, a comparison result, or `{ validation, comparisons }`. */
function resultsFromJson(value, file) {
    const obj = value !== null && typeof value === 'object' ? value : {};
    if ('datasets' in obj)
        return { validation: parse(validationResultSchema, value, file), comparisons: [], history: {} };
    if ('metrics' in obj)
        return { comparisons: [parse(comparisonResultSchema, value, file)], history: {} };
    if ('validation' in obj || 'comparisons' in obj) {
        const c = parse(combinedSchema, value, file);
        return { validation: c.validation ?? undefined, comparisons: c.comparisons ?? [], history: {} };
    }
    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('results file is neither a validation result (datasets) nor a comparison result (metrics); expected JSON written by validate, compare or check with --json', { file });
}


/***/ })

};
