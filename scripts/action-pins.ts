// The third-party actions this repository may pin, by full commit SHA, with the release tag at that commit and the
// `runs.using` of its action.yml there. `npm run check-workflows` reads this table instead of the network: a pin
// that is not listed, or that runs on an older Node than the runners' current one, is a finding.
//
// Each row was read from the action's own repository: `git tag --points-at <sha>` and `git show <sha>:action.yml`
// (or https://raw.githubusercontent.com/<owner>/<repo>/<sha>/action.yml). Add a row only after reading both.
// Rows of releases we no longer use stay, so the check can name what is wrong with them.

export interface ActionPin {
  /** The release tag at that commit, as the `# vX.Y.Z` comment beside the pin must say. */
  tag: string;
  /** `runs.using` of action.yml at that commit. */
  using: string;
}

/** What the GitHub-hosted runners run JavaScript actions on today; older runtimes are deprecated. */
export const CURRENT_NODE = 'node24';

export const ACTION_PINS: Readonly<Record<string, ActionPin>> = {
  'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1': { tag: 'v7.0.1', using: 'node24' },
  'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8': { tag: 'v5.0.0', using: 'node24' },
  'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683': { tag: 'v4.2.2', using: 'node20' },
  'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444': { tag: 'v5.0.0', using: 'node24' },
  'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f': { tag: 'v7.0.0', using: 'node24' },
  'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4': { tag: 'v5.0.0', using: 'node20' },
  'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02': { tag: 'v4.6.2', using: 'node20' },
  'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c': { tag: 'v8.0.1', using: 'node24' },
  'actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0': { tag: 'v5.0.0', using: 'node20' },
  'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093': { tag: 'v4.3.0', using: 'node20' },
};
