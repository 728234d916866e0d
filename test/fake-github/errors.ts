import type { SchemaProblem } from './openapi.js';

/** A response the fake sends: status, JSON body (undefined = no body), extra headers. */
export interface Reply {
  status: number;
  body?: unknown;
  /** A non-JSON body (e.g. a file's raw bytes for `Accept: application/vnd.github.raw`); not schema-validated. */
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

/** GitHub's plain error body (`basic-error`): message, documentation_url, and since 2023 the status as a string. */
export function errorReply(status: number, message: string, documentationUrl: string, headers?: Record<string, string>): Reply {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) }, headers };
}

export const notFound = (doc: string): Reply => errorReply(404, 'Not Found', doc);

/** What GitHub answers when an installation token (GITHUB_TOKEN) lacks a permission, e.g. a fork PR's read-only token. */
export function notAccessible(doc: string, tokenKind: 'installation' | 'pat'): Reply {
  return errorReply(403, tokenKind === 'installation' ? 'Resource not accessible by integration' : 'Resource not accessible by personal access token', doc);
}

/** 422 `Validation Failed` with GitHub's errors array (e.g. a comment body over 65,536 characters). */
export function validationFailed(doc: string, errors: Array<Record<string, unknown>>): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: doc, status: '422' } };
}

/**
 * GitHub validates request bodies against the operation's JSON schema before anything else and answers
 * 422 "Invalid request.\n\n<one line per problem>", e.g. `"ref" wasn't supplied.` for a deployment without ref.
 */
export function invalidRequest(doc: string, problems: SchemaProblem[], body: unknown): Reply {
  const lines = problems.map((p) => invalidRequestLine(p, body)).filter((l, i, all) => all.indexOf(l) === i);
  return errorReply(422, `Invalid request.\n\n${lines.join('\n')}`, doc);
}

function invalidRequestLine(p: SchemaProblem, body: unknown): string {
  const pointer = p.where.replace(/^\/body/, '');
  const parts = pointer.split('/').filter(Boolean);
  const property = parts.length ? `properties/${parts.join('/properties/')}` : '';
  const value = parts.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
  switch (p.keyword) {
    case 'required':
      return `"${String(p.params.missingProperty)}" wasn't supplied.`;
    case 'type': {
      const t = p.params.type;
      const types = (Array.isArray(t) ? t : String(t).split(',')).filter((x) => x !== 'null');
      return `For '${property}', ${JSON.stringify(value)} is not ${types.map((x) => (/^[aeiou]/.test(String(x)) ? `an ${String(x)}` : `a ${String(x)}`)).join(' or ')}.`;
    }
    case 'enum':
      return `For '${property}', ${JSON.stringify(value)} is not a member of ${JSON.stringify(p.params.allowedValues)}.`;
    case 'oneOf':
    case 'anyOf':
      return `For '${property}', ${JSON.stringify(value)} is not a possible value.`;
    default:
      return `For '${property}', ${JSON.stringify(value)} ${p.message.replace(/^\S+\s/, '')}.`;
  }
}
