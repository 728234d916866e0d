export const id = 238;
export const ids = [238];
export const modules = {

/***/ 99238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RESULTS_DIR: () => (/* binding */ DEFAULT_RESULTS_DIR),
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9738);
/* harmony import */ var _adapters_release_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39300);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66971);
/* harmony import */ var _io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38088);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10241);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33098);
/* harmony import */ var _drift_hook_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(95725);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26052);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8938);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30010);













const DEFAULT_RESULTS_DIR = node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.mlgate', 'results');
/** How many earlier releases the report charts. */
const HISTORY_DEPTH = 10;
function worst(verdicts) {
    return verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
}
/** The live and earlier good releases of a model, newest first, for the report's charts. */
async function releaseHistory(store, environment, model, log) {
    try {
        const releases = await (0,_adapters_release_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadReleases */ .ze)(await store(), environment, model, (rs) => rs.filter((r) => r.reachedSuccess).length >= HISTORY_DEPTH);
        return releases.filter((r) => r.reachedSuccess).slice(0, HISTORY_DEPTH).map((r) => r.payload);
    }
    catch (error) {
        log.warning(`The report has no release history for ${model} in ${environment}: ${error instanceof Error ? error.message : String(error)}`);
        return [];
    }
}
/** What the comment stage needs to match these results to the pull request (only inside Actions). */
async function resultsMeta(context) {
    const { github } = context;
    if (!context.inActions || !github.repository || github.runId === undefined)
        return undefined;
    let event = {};
    if (github.eventPath) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(github.eventPath, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pr = typeof event.pull_request?.number === 'number' ? event.pull_request.number : null;
    const headSha = typeof event.pull_request?.head?.sha === 'string' ? event.pull_request.head.sha : github.sha;
    if (!headSha || !/^[0-9a-f]{40}$/.test(headSha))
        return undefined;
    return {
        mlgate: 1,
        repository: `${github.repository.owner}/${github.repository.repo}`,
        pr,
        head_sha: headSha,
        run_id: github.runId,
        ...(github.runAttempt !== undefined ? { run_attempt: github.runAttempt } : {}),
        ...(github.workflow ? { workflow: github.workflow.slice(0, 200) } : {}),
        ...(github.eventName ? { event: github.eventName } : {}),
    };
}
const checkCommand = {
    spec: {
        name: 'check',
        summary: 'Validate, compare and report in one process (the PR gate).',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .modelOption */ .HI,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .datasetOption */ .kq,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .commentOption */ .jW,
            {
                name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results,
                type: 'string',
                default: DEFAULT_RESULTS_DIR,
                description: 'Directory the results are written to (validation, comparisons, history, meta): upload it as the artifact the fork-safe comment stage reads.',
            },
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .storeOption */ .XS,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .tokenOption */ .Pc,
        ],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
            { name: 'failed-checks', description: 'Number of failed data checks of severity error.' },
            { name: 'report-path', description: 'Path of the rendered Markdown report.' },
            { name: 'results-path', description: 'Directory holding the results (upload it for the comment stage).' },
            { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context);
        const { config } = loaded;
        const modelName = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Model);
        const models = modelName !== undefined || config.models.length === 1 ? [(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .selectModel */ .U8)(invocation, config)] : config.models;
        if (config.datasets.length === 0 && models.length === 0) {
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .usageError */ .Wp)(`the config defines neither datasets nor models (${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config)})`);
        }
        const text = [];
        let validation;
        if (config.datasets.length > 0) {
            validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_11__.runValidation)(loaded, { dataset: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset), drift: (0,_drift_hook_js__WEBPACK_IMPORTED_MODULE_12__/* .lazyDriftHook */ .N)(invocation) }, context);
            if (context.inActions)
                (0,_adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .KI)(validation, context.log);
            text.push((0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .validationText */ .nP)(validation));
        }
        const deps = (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.compareDeps)(invocation, context);
        const comparisons = [];
        const failedMetrics = [];
        const history = {};
        for (const model of models) {
            const outcome = await (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.runCompare)(loaded, model, deps);
            comparisons.push(outcome.result);
            failedMetrics.push(...outcome.failedMetrics.map((m) => (models.length > 1 ? `${model.name}:${m}` : m)));
            text.push((0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.compareText)(outcome));
            history[model.name] = { environment: model.environment, releases: await releaseHistory(deps.store, model.environment, model.name, context.log) };
        }
        const resultsDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results) ?? DEFAULT_RESULTS_DIR);
        const meta = await resultsMeta(context);
        await (0,_io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .writeResultsDir */ .Dn)(resultsDir, { meta, validation, comparisons, history });
        const report = await _report_js__WEBPACK_IMPORTED_MODULE_10__.reportCommand.run({
            command: 'report',
            surface: invocation.surface,
            positionals: [],
            options: {
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config],
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results]: resultsDir,
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out]: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resultsDir, 'report.md'),
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment],
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.GithubToken]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.GithubToken],
            },
        }, context);
        text.push(report.text);
        const verdict = worst([...(validation ? [validation.verdict] : []), ...comparisons.map((c) => c.verdict)]);
        const failedChecks = validation ? (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .failedErrorChecks */ .hJ)(validation) : 0;
        const reasons = [
            ...(failedChecks > 0 ? [`${failedChecks} data check${failedChecks === 1 ? '' : 's'} of severity error failed`] : []),
            ...(failedMetrics.length > 0 ? [(0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.gateFailureLine)(failedMetrics)] : []),
        ];
        return {
            exitCode: verdict === 'fail' ? 1 : 0,
            text: text.join('\n\n'),
            json: { verdict, validation: validation ?? null, comparisons },
            markdown: report.markdown,
            outputs: {
                verdict,
                'failed-metrics': failedMetrics.join(','),
                'failed-checks': String(failedChecks),
                'report-path': report.outputs?.['report-path'] ?? '',
                'results-path': resultsDir,
                'comment-url': report.outputs?.['comment-url'] ?? '',
            },
            ...(verdict === 'fail' ? { failure: reasons.join('; ') || 'the gate failed' } : {}),
        };
    },
};


/***/ })

};
