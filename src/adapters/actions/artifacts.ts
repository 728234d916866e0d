import { DefaultArtifactClient } from '@actions/artifact';
import { MlgateError } from '../../domain/errors.js';
import type { ArtifactRef, Artifacts } from '../../ports.js';

export interface ActionsArtifactSettings {
  /** For downloads from another run (`findBy`). */
  token?: string;
  repository?: { owner: string; repo: string };
}

/** The runner's artifact service (@actions/artifact v2 protocol via ACTIONS_RESULTS_URL). */
export class ActionsArtifacts implements Artifacts {
  readonly kind = 'actions';
  private readonly client = new DefaultArtifactClient();

  constructor(private readonly settings: ActionsArtifactSettings = {}) {}

  async upload(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactRef> {
    try {
      const r = await this.client.uploadArtifact(name, [...files], rootDirectory, {});
      return { name, id: r.id };
    } catch (e) {
      throw new MlgateError('github', `could not upload artifact '${name}': ${(e as Error).message}`, { cause: e });
    }
  }

  async download(name: string, destination: string, from?: { runId?: number }): Promise<string> {
    const { token, repository } = this.settings;
    const findBy =
      from?.runId !== undefined && token && repository ? { token, workflowRunId: from.runId, repositoryOwner: repository.owner, repositoryName: repository.repo } : undefined;
    try {
      const { artifact } = await this.client.getArtifact(name, findBy ? { findBy } : undefined);
      const r = await this.client.downloadArtifact(artifact.id, { path: destination, ...(findBy ? { findBy } : {}) });
      return r.downloadPath ?? destination;
    } catch (e) {
      throw new MlgateError('github', `could not download artifact '${name}': ${(e as Error).message}`, { cause: e });
    }
  }
}
