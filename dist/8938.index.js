export const id = 8938;
export const ids = [8938];
export const modules = {

/***/ 18598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createCommentSink)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55328);
/* harmony import */ var _domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63925);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96706);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33943);






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
                        comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, app: c.performed_via_github_app?.slug ?? null, url: c.html_url });
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`listing the comments of #${issueNumber}`, error);
            }
            const plan = (0,_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__/* .planUpsert */ .Vy)({ comments, key, identity, body, mode });
            // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
            const create = async () => {
                const made = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOnce */ .F)({
                    send: async () => (await api.rest.issues.createComment({ ...where, body })).data,
                    find: async () => {
                        const seen = new Set(comments.map((c) => c.id));
                        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                            const made = page.data.find((c) => !seen.has(c.id) && (0,_domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .hasMarker */ .xY)(c.body, key) && (c.body ?? '').trimEnd() === body.trimEnd());
                            if (made)
                                return made;
                        }
                        return undefined;
                    },
                });
                // The author of what we made is exactly who we are: later upserts by this sink need no guessing.
                if (made.user?.login)
                    identity = { logins: [made.user.login], source: 'created' };
                return made;
            };
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
                            const data = await create();
                            return { kind: 'created', id: data.id, url: data.html_url };
                        }
                    }
                    case 'create': {
                        const data = await create();
                        return { kind: 'created', id: data.id, url: data.html_url };
                    }
                    case 'recreate': {
                        const data = await create();
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

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ARTIFACT: () => (/* binding */ DEFAULT_ARTIFACT),
/* harmony export */   DEFAULT_REPORT_PATH: () => (/* binding */ DEFAULT_REPORT_PATH),
/* harmony export */   READ_ONLY_FIX: () => (/* binding */ READ_ONLY_FIX),
/* harmony export */   parseCommentChoice: () => (/* binding */ parseCommentChoice),
/* harmony export */   publishReport: () => (/* binding */ publishReport),
/* harmony export */   renderForSummary: () => (/* binding */ renderForSummary),
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_actions_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91858);
/* harmony import */ var _adapters_github_comments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18598);
/* harmony import */ var _adapters_github_identity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(55082);
/* harmony import */ var _adapters_github_context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(98487);
/* harmony import */ var _adapters_github_octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96706);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24385);
/* harmony import */ var _domain_report_target_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(35366);
/* harmony import */ var _io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38088);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(311);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26052);














const COMMENT_CHOICES = ['auto', 'true', 'false', 'recreate'];
const DEFAULT_REPORT_PATH = '.mlgate/report.md';
const DEFAULT_ARTIFACT = 'mlgate-results';
const READ_ONLY_FIX = 'The report is in the job summary. To comment on pull requests from forks, upload the results in the pull_request workflow and post them from a workflow_run workflow (the reusable .github/workflows/mlgate-pr-comment.yml or actions/pr-comment), or give this job `permissions: pull-requests: write` for branches of this repository.';
function parseCommentChoice(value, label) {
    const v = (value ?? 'auto').toLowerCase();
    if (COMMENT_CHOICES.includes(v))
        return v;
    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${label} is '${value ?? ''}'; expected one of ${COMMENT_CHOICES.join(', ')}`);
}
/** The summary-sized report: as much as fits in the 1 MiB job summary (measured in UTF-8 bytes). */
function renderForSummary(input) {
    let maxChars = _adapters_actions_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT_BYTES */ .J - 4096;
    for (;;) {
        const md = (0,_domain_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReport */ .B1)(input, { maxChars }).markdown;
        const bytes = Buffer.byteLength(md);
        if (bytes <= _adapters_actions_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT_BYTES */ .J - 4096 || maxChars < 10_000)
            return md;
        maxChars = Math.floor(maxChars * ((_adapters_actions_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT_BYTES */ .J - 4096) / bytes) * 0.95);
    }
}
/** Renders one report three ways (comment, summary, file) and posts or updates the sticky comment. */
async function publishReport(request) {
    const comment = (0,_domain_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReport */ .B1)(request.input);
    const full = (0,_domain_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReport */ .B1)(request.input, { maxChars: Infinity }).markdown;
    const summary = renderForSummary(request.input);
    if (request.reportPath) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(request.reportPath), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(request.reportPath, full, 'utf8');
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
    const given = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config);
    if (given !== undefined && given !== _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ.default)
        return (await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context)).config;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ.default ?? 'mlgate.yml'));
    }
    catch {
        return undefined; // The fork-safe comment job need not check out the repository.
    }
    return (await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context)).config;
}
async function readEvent(github) {
    if (!github.eventPath)
        return undefined;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(github.eventPath, 'utf8'));
    }
    catch (error) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(`cannot read the event payload (GITHUB_EVENT_PATH): ${error instanceof Error ? error.message : String(error)}`, { file: github.eventPath }, error);
    }
}
/** The PR to comment on: from the event, or (workflow_run) from the untrusted results after checking them. */
async function resolveTarget(context, results) {
    const target = (0,_domain_report_target_js__WEBPACK_IMPORTED_MODULE_10__/* .targetFromEvent */ .E)(context.github.eventName, await readEvent(context.github), results.meta);
    if (target.kind !== 'check-pull')
        return target;
    const { github } = context;
    if (!github.token || !github.repository)
        return { kind: 'rejected', reason: `cannot look up PR #${target.number} without a token and repository` };
    try {
        const octokit = (0,_adapters_github_octokit_js__WEBPACK_IMPORTED_MODULE_4__.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: context.log });
        const { data } = await octokit.rest.pulls.get({ ...github.repository, pull_number: target.number });
        return (0,_domain_report_target_js__WEBPACK_IMPORTED_MODULE_10__/* .pullMatches */ .v)(target, { headSha: data.head.sha, headRepository: data.head.repo?.full_name ?? null });
    }
    catch (error) {
        return { kind: 'rejected', reason: `PR #${target.number} could not be looked up (HTTP ${(0,_adapters_github_identity_js__WEBPACK_IMPORTED_MODULE_11__/* .httpStatus */ .n)(error) ?? '?'})` };
    }
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
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .modelOption */ .HI,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results, type: 'string', description: 'Results to report: a results directory (e.g. a downloaded results artifact; see docs/results-format.md) or a JSON file written by validate/compare/check --json.' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out, type: 'string', default: DEFAULT_REPORT_PATH, description: 'Where to write the full Markdown report.' },
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .commentOption */ .jW,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .tokenOption */ .Pc,
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
        const resultsPath = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results);
        if (resultsPath === undefined)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`missing ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results)}: name the results directory or the JSON written by validate/compare --json`);
        const comment = parseCommentChoice((0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment), (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment));
        const config = await optionalConfig(invocation, context);
        const results = await (0,_io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .readResults */ .x8)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, resultsPath));
        const model = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Model);
        let comparisons = results.comparisons.filter((c) => model === undefined || c.model === model);
        if (model !== undefined && comparisons.length === 0) {
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Model)} is '${model}', but the results hold ${results.comparisons.map((c) => `'${c.model}'`).join(', ') || 'no comparisons'}`);
        }
        if (comparisons.length === 0)
            comparisons = [undefined];
        const target = comment === 'false' ? { kind: 'none', reason: 'comment is false' } : await resolveTarget(context, results);
        if (target.kind === 'rejected')
            context.log.warning(`Not commenting: ${target.reason}.`);
        else if (target.kind === 'none' && (comment === 'true' || comment === 'recreate'))
            context.log.warning(`Not commenting: ${target.reason}.`);
        const issueNumber = target.kind === 'pr' ? target.number : undefined;
        const sink = context.github.token && context.github.repository ? (0,_adapters_github_comments_js__WEBPACK_IMPORTED_MODULE_3__/* .createCommentSink */ .N)({ github: context.github, log: context.log }) : undefined;
        // The run that produced the results: the triggering run on workflow_run (verified), else this one.
        const url = (0,_adapters_github_context_js__WEBPACK_IMPORTED_MODULE_12__/* .runUrl */ .V)(context.github, target.kind === 'pr' && target.via === 'workflow_run' ? target.runId : (context.github.runId ?? results.meta?.run_id));
        const workflow = results.meta?.workflow ?? context.github.workflow;
        const outPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out) ?? DEFAULT_REPORT_PATH);
        const lines = [];
        const summaries = [];
        let first;
        let warnedReadOnly = false;
        for (const [i, c] of comparisons.entries()) {
            const modelConfig = config?.models.find((m) => m.name === c?.model);
            const input = {
                key: (0,_domain_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .commentKey */ .Td)({ workflow, model: c?.model ?? 'data', override: config?.report?.comment_key ?? results.meta?.comment_key }) + (config?.report?.comment_key && comparisons.length > 1 && c ? `/${c.model}` : ''),
                validation: results.validation,
                comparisons: c ? [c] : [],
                history: results.history,
                headline: c && modelConfig?.headline ? { [c.model]: modelConfig.headline } : undefined,
                links: { runUrl: url, artifactsUrl: url ? `${url}#artifacts` : undefined, artifactName: DEFAULT_ARTIFACT },
                sha: target.kind === 'pr' ? target.headSha : (results.meta?.head_sha ?? context.github.sha),
                version: _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x,
                maxExamples: config?.report?.max_examples,
            };
            const reportPath = comparisons.length > 1 && c ? outPath.replace(/(\.md)?$/, `.${c.model.replace(/[^A-Za-z0-9_.-]+/g, '_')}.md`) : outPath;
            const published = await publishReport({ input, comment, mode: config?.report?.mode, issueNumber, sink, log: context.log, reportPath });
            if (i === 0)
                first = published.outcome;
            summaries.push(published.summary);
            lines.push(`${c ? `${c.model}: ` : ''}${published.comment.verdict} — report written to ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.cwd, reportPath) || reportPath}`);
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

/***/ 35366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ targetFromEvent),
/* harmony export */   v: () => (/* binding */ pullMatches)
/* harmony export */ });
/**
 * Which pull request a report may comment on. On `pull_request` the event names it (trusted). On `workflow_run`
 * (the fork-safe comment stage) the PR number comes from the downloaded results, which a fork controls: it is used
 * only when the results were made by the run that triggered us, for its head commit, and the PR is that run's.
 */
const obj = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const int = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
function targetFromEvent(eventName, payload, meta) {
    const event = obj(payload) ?? {};
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = obj(event.pull_request);
        const number = int(pr?.number) ?? int(event.number);
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
        const runId = int(run.id);
        const headSha = str(run.head_sha);
        if (runId === undefined || meta.run_id !== runId)
            return { kind: 'rejected', reason: `the results say run ${meta.run_id}, but the triggering run is ${runId ?? 'unknown'}` };
        if (headSha === undefined || meta.head_sha !== headSha)
            return { kind: 'rejected', reason: `the results are for commit ${meta.head_sha.slice(0, 12)}, but the triggering run built ${(headSha ?? 'unknown').slice(0, 12)}` };
        if (meta.pr === null)
            return { kind: 'none', reason: 'the results are not from a pull request' };
        const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => int(obj(p)?.number)).filter((n) => n !== undefined) : [];
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);
/* harmony import */ var _domain_release_payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20524);
/* harmony import */ var _domain_results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92106);
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
/**
 * Text from the user's data and config (metric, column, file and check names, reasons): no length limit of its own,
 * because compare and validate accept any length and a pull request must not be able to suppress its own report
 * with a long name. The per-file and total byte caps bound it; the report shortens long text for display.
 */
const name = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP();
const prose = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP();
/** A number as results JSON holds it: ±Infinity and NaN as the text resultsJson writes for them. */
const resultNumber = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['Infinity', '-Infinity', 'NaN']).transform((t) => _domain_results_js__WEBPACK_IMPORTED_MODULE_4__/* .NON_FINITE_TEXT */ .g[t])]);
const metricValue = resultNumber.nullable();
const checkStatus = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'skipped']);
const verdict = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['pass', 'fail', 'warn']);
const severity = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['error', 'warn']);
const exampleSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    file: name,
    line: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative().optional(),
    row: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative().optional(),
    value: zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J(),
});
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    column: name.optional(),
    check: name,
    severity,
    status: checkStatus,
    observed: zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J(),
    expected: zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J(),
    failing: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative(),
    fraction: resultNumber,
    unit: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['columns', 'files']).optional(),
    examples: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(exampleSchema).default([]),
    message: prose.optional(),
});
const edge = resultNumber.nullable();
const share = resultNumber;
const driftDistributionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('numeric'), bins: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ from: edge, to: edge, reference: share, current: share })) }),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('categorical'), bins: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ value: name.nullable(), reference: share, current: share })) }),
]);
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    column: name,
    method: name,
    score: resultNumber,
    threshold: resultNumber,
    status: checkStatus,
    p_value: resultNumber.optional(),
    severity: severity.optional(),
    message: prose.optional(),
    error_bound: resultNumber.optional(),
    distribution: driftDistributionSchema.optional(),
});
const namedType = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ name, type: name });
const productionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['compared', 'unavailable']),
    release: name.optional(),
    reason: prose.optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ added: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(name), removed: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(name), changed: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(name), unchanged: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative() }).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ production: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative().nullable(), now: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative() }).optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ added: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(namedType), removed: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(namedType), retyped: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ name, production: name, now: name })), unchanged: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative() })
        .optional(),
    drift: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ compared: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(), drifted: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(), skipped: prose.optional() }).optional(),
});
const validationResultSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    verdict,
    datasets: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        name,
        files: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(name).optional(),
        rows: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative(),
        checks: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(checkSchema),
        drift: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(driftSchema).optional(),
        production: productionSchema.optional(),
    })),
});
const comparisonResultSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    verdict,
    model: name,
    baseline: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ source: name, version: name.optional() }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        name,
        direction: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['higher', 'lower']),
        direction_inferred: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        baseline: metricValue,
        candidate: metricValue,
        delta: metricValue,
        relative_delta: metricValue,
        gate: prose,
        status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'skipped', 'inconclusive']),
        reason: prose,
        ci: zod__WEBPACK_IMPORTED_MODULE_5__/* .tuple */ .PVZ([resultNumber, resultNumber]).optional(),
        p_value: resultNumber.optional(),
        severity: severity.optional(),
        support: resultNumber.optional(),
        significance: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ test: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['bootstrap', 'mcnemar', 'permutation']), level: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().gt(0).lt(1), n: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(), p_adjustment: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('holm'), margin: resultNumber })
            .optional(),
    })),
    significance: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ baseline: name, status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['used', 'unavailable']), reason: prose.optional(), paired: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative().optional() }).optional(),
});
const metaSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1),
    repository: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/repo'),
    pr: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().nullable(),
    head_sha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit sha'),
    run_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().optional(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(200).optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(100).optional(),
    comment_key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(200).optional(),
});
const historySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    model: name,
    environment: name.optional(),
    releases: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(_domain_release_payload_js__WEBPACK_IMPORTED_MODULE_3__/* .releasePayloadSchema */ .fC),
});
/** `check --json` writes both at once. */
const combinedSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    validation: validationResultSchema.nullable().optional(),
    comparisons: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(comparisonResultSchema).optional(),
});
/** A file name for a model's results: readable, and never a path. */
function modelFileName(model) {
    const slug = model.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_').slice(0, 100) || '_';
    return `${slug}.json`;
}
/**
 * Writes the results directory a PR job uploads as its artifact. What `readResults` would refuse (a file over
 * MAX_FILE_BYTES, more than MAX_TOTAL_BYTES, more than MAX_FILES_PER_FOLDER files) is refused here, naming the
 * file, so the PR job fails visibly instead of the comment stage later.
 */
async function writeResultsDir(dir, results) {
    const written = [];
    const budget = new Budget('written');
    const perFolder = new Map();
    const put = async (rel, value) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel);
        const text = typeof value === 'string' ? value : (0,_domain_results_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsJson */ .j)(value);
        if (rel !== 'report.md') {
            budget.take(file, Buffer.byteLength(text, 'utf8'));
            const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(rel);
            const n = (perFolder.get(folder) ?? 0) + 1;
            perFolder.set(folder, n);
            if (folder !== '.' && n > MAX_FILES_PER_FOLDER)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results would hold more than ${MAX_FILES_PER_FOLDER} files in ${folder}/, which report cannot read back`, { file });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, 'utf8');
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
/** The byte caps of a results directory, for reading it and (the same caps) for writing it. */
class Budget {
    doing;
    total = 0;
    constructor(doing = 'read') {
        this.doing = doing;
    }
    take(file, bytes) {
        const what = this.doing === 'read' ? 'results file is' : 'results file would be';
        if (bytes > MAX_FILE_BYTES)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${what} ${bytes} bytes; expected at most ${MAX_FILE_BYTES}`, { file });
        this.total += bytes;
        if (this.total > MAX_TOTAL_BYTES)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`results ${this.doing === 'read' ? 'add' : 'would add'} up to more than ${MAX_TOTAL_BYTES} bytes; expected at most that`, { file });
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
