export const id = 8125;
export const ids = [8125];
export const modules = {

/***/ 18125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   productionFile: () => (/* binding */ productionFile),
/* harmony export */   productionProfile: () => (/* binding */ productionProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42867);
/* harmony import */ var _io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82911);
/* harmony import */ var _adapters_release_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39300);
/* harmony import */ var _domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52114);
/* harmony import */ var _domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99583);








/**
 * One item of the live release's evidence (its predictions or a dataset's profile), verified against its digest
 * and written to a temporary file under its original name, so the usual readers read it. Otherwise why not.
 */
async function productionFile(baseline, environment, role, evidence) {
    if (!baseline?.release)
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)({ kind: 'no-release', environment }) };
    const release = `${baseline.version ?? '?'} (#${baseline.release.id})`;
    const item = (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .pickItem */ .pj)(baseline.release.evidence, release, role);
    if ((0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(item))
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)(item) };
    const what = role === 'predictions' ? 'per-example predictions' : `profile of dataset '${role.profile}'`;
    const read = await (0,_io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .readEvidenceItem */ .v6)(await evidence(), item, release, what);
    if (!read.ok)
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)(read.problem) };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'mlgate-evidence-'));
    // The name comes from a payload anyone with deployments: write can set: keep it a plain file name.
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename((0,_io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .unpackedName */ .vH)(item)).replace(/[^A-Za-z0-9._-]/g, '_'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, read.bytes);
    return { ok: true, file, release, dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
/**
 * The profile of `dataset` stored with a live release: the first model of the config (in its environment)
 * whose live release carries one. Otherwise why none could be used.
 */
async function productionProfile(dataset, config, stores) {
    if (config.models.length === 0)
        return { ok: false, reason: 'no model is configured, so there is no release to take the profile from' };
    const reasons = [];
    for (const model of config.models) {
        const environment = model.environment;
        const live = (0,_domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__/* .findLive */ .KI)(await (0,_adapters_release_store_js__WEBPACK_IMPORTED_MODULE_5__/* .loadReleases */ .ze)(await stores.store(), environment, model.name, _domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__/* .untilLive */ .TB));
        const baseline = live ? { metrics: (0,_domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_6__/* .metricsFromRecord */ .pb)(live.payload.metrics), source: environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } } : undefined;
        const got = await productionFile(baseline, environment, { profile: dataset }, stores.evidence);
        if (got.ok)
            return got;
        reasons.push(`${model.name}: ${got.reason}`);
    }
    return { ok: false, reason: reasons.join('; ') };
}


/***/ }),

/***/ 42867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   At: () => (/* binding */ readEvidence),
/* harmony export */   SO: () => (/* binding */ evidenceProblemText),
/* harmony export */   pj: () => (/* binding */ pickItem)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39095);

function evidenceProblemText(p) {
    switch (p.kind) {
        case 'no-release':
            return `no live release in '${p.environment}' yet`;
        case 'no-evidence':
            return `the live release ${p.release} was made before mlgate stored evidence with releases`;
        case 'malformed':
            return `the evidence record of the live release ${p.release} is malformed (${p.message})`;
        case 'no-item':
            return `the live release ${p.release} stored no ${p.item}${p.why ? ` (${p.why})` : ''}`;
        case 'digest-mismatch':
            return `the stored ${p.item} of ${p.release} does not match its recorded digest (sha256 ${p.expected.slice(0, 12)}…, found ${p.found.slice(0, 12)}…); it was not used`;
        case 'unreadable':
            return `the stored ${p.item} of ${p.release} cannot be read (${p.message})`;
    }
}
/** A release payload's `evidence`, or why it cannot be used. */
function readEvidence(raw, release) {
    if (raw === undefined || raw === null)
        return { kind: 'no-evidence', release };
    const parsed = _manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceSchema */ .jU.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    return { kind: 'malformed', release, message: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
/** The item of the release's evidence for `role`, or the problem in its way. */
function pickItem(raw, release, role) {
    const evidence = readEvidence(raw, release);
    if ('kind' in evidence)
        return evidence;
    const why = (key) => (evidence.missing[key] !== undefined ? { why: evidence.missing[key] } : {});
    if (role === 'predictions')
        return evidence.predictions ?? { kind: 'no-item', release, item: 'per-example predictions', ...why('predictions') };
    return evidence.profiles[role.profile] ?? { kind: 'no-item', release, item: `profile of dataset '${role.profile}'`, ...why(`profile:${role.profile}`) };
}
const isProblem = (x) => 'kind' in x;


/***/ })

};
