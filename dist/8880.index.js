export const id = 8880;
export const ids = [8880];
export const modules = {

/***/ 78880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   productionDataHook: () => (/* binding */ productionDataHook)
/* harmony export */ });
/* harmony import */ var _adapters_release_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39300);
/* harmony import */ var _domain_evidence_data_change_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67591);
/* harmony import */ var _domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42867);
/* harmony import */ var _domain_release_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99583);
/* harmony import */ var _io_files_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82911);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56130);
/** The "Data vs production" part of a dataset's result: its fingerprints now against those stored with the live release. */






const message = (error) => (error instanceof Error ? error.message : String(error));
/** The fingerprint of `dataset` stored with the live release of the first model (config order) that has one; else why not. */
async function storedFingerprint(dataset, config, live) {
    const reasons = [];
    let anyRelease = false;
    for (const model of config.models) {
        let release;
        try {
            release = await live(model.environment, model.name);
        }
        catch (error) {
            reasons.push(`${model.name}: the release store could not be read (${message(error)})`);
            anyRelease = true;
            continue;
        }
        if (!release)
            continue;
        anyRelease = true;
        const label = `${release.payload.model.version} (#${release.id})`;
        const evidence = (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_1__/* .readEvidence */ .At)(release.payload.evidence, label);
        if ('kind' in evidence) {
            reasons.push(`${model.name}: ${(0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_1__/* .evidenceProblemText */ .SO)(evidence)}`);
            continue;
        }
        const fingerprint = evidence.data[dataset];
        if (fingerprint)
            return { found: true, release: label, fingerprint };
        const why = evidence.missing[`profile:${dataset}`];
        reasons.push(`${model.name}: the live release ${label} stored no fingerprints of dataset '${dataset}'${why ? ` (${why})` : ''}`);
    }
    return { found: false, reasons, anyRelease };
}
/** The hook `runValidation` calls after each dataset's checks and drift; one read of the release store per model per run. */
function productionDataHook(invocation) {
    const lives = new Map();
    let store;
    return async ({ dataset, files, loaded, context, result, fromProfiles }) => {
        const { config } = loaded;
        if (config.models.length === 0)
            return undefined;
        store ??= (0,_compare_js__WEBPACK_IMPORTED_MODULE_4__.storeFactory)(invocation, context);
        const open = store;
        const live = (environment, model) => {
            const key = `${environment}\u0000${model}`;
            let p = lives.get(key);
            if (!p) {
                p = open().then(async (s) => (0,_domain_release_state_js__WEBPACK_IMPORTED_MODULE_2__/* .findLive */ .KI)(await (0,_adapters_release_store_js__WEBPACK_IMPORTED_MODULE_0__/* .loadReleases */ .ze)(s, environment, model, _domain_release_state_js__WEBPACK_IMPORTED_MODULE_2__/* .untilLive */ .TB)));
                lives.set(key, p);
            }
            return p;
        };
        const stored = await storedFingerprint(dataset.name, config, live);
        // Before the first release there is no production to compare with: the part is left out (as the gate says "no baseline yet").
        if (!stored.found && !stored.anyRelease)
            return undefined;
        const drift = driftOf(dataset, result.drift);
        if (!stored.found)
            return { status: 'unavailable', reason: stored.reasons.join('; '), ...drift };
        if (fromProfiles)
            return { status: 'unavailable', reason: `answered from shard profiles: this job did not read the files of '${dataset.name}', so they were not compared with those of ${stored.release}`, ...drift };
        const now = await (0,_io_files_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintDataset */ .dq)(files, dataset);
        return { ...(0,_domain_evidence_data_change_js__WEBPACK_IMPORTED_MODULE_5__/* .compareData */ .E5)(stored.release, stored.fingerprint, now), ...drift };
    };
}
function driftOf(dataset, rows) {
    return dataset.drift?.reference === 'production' && rows ? { drift: (0,_domain_evidence_data_change_js__WEBPACK_IMPORTED_MODULE_5__/* .driftCount */ .vk)(rows) } : {};
}


/***/ })

};
