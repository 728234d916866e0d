import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalArtifacts } from '../../../src/adapters/local/artifacts-dir.js';
import { LocalCache } from '../../../src/adapters/local/cache-dir.js';
import { createArtifacts, createCache } from '../../../src/adapters/storage.js';
import type { Log } from '../../../src/ports.js';

const lines: string[] = [];
const log: Log = { info: (m) => lines.push(m), debug: () => undefined, warning: (m) => lines.push(m), error: (m) => lines.push(m) };
const ctx = (env: Record<string, string>, cwd: string) => ({ cwd, env, log, github: { apiUrl: '', serverUrl: '' } });

describe('storage factory and local fallbacks', () => {
  it('picks the runner services only when their variables are set, and says which it uses', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mlgate-st-'));
    expect(createArtifacts(ctx({}, cwd))).toBeInstanceOf(LocalArtifacts);
    expect(lines.at(-1)).toMatch(/no runner artifact service .* local directory .*\.mlgate\/artifacts/);
    expect(createArtifacts(ctx({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }, cwd))).toMatchObject({ kind: 'actions' });
    expect(createCache(ctx({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }, cwd))).toBeInstanceOf(LocalCache);
    expect(createCache(ctx({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_CACHE_SERVICE_V2: 'true' }, cwd))).toMatchObject({ kind: 'actions' });
    expect(createCache(ctx({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'http://127.0.0.1:1/' }, cwd))).toMatchObject({ kind: 'actions' });
    expect((createCache(ctx({ MLGATE_CACHE_DIR: 'c' }, cwd)) as LocalCache).root).toBe(path.join(cwd, 'c'));
  });

  it('on GitHub Enterprise Server the artifact service is refused plainly, as @actions/artifact v2 decides it', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mlgate-st-'));
    const service = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' };
    const on = (serverUrl: string) => createArtifacts({ cwd, env: service, log, github: { apiUrl: '', serverUrl } });
    for (const cloud of ['https://github.com', 'https://octo.ghe.com', 'http://fake.localhost:8080']) expect(on(cloud).unavailable, cloud).toBeUndefined();
    for (const server of ['https://github.acme.example', 'https://ghe.internal:8443']) {
      const store = on(server);
      expect(store.unavailable, server).toMatch(new RegExp(`GitHub Enterprise Server \\(${new URL(server).hostname}\\) does not offer the artifact service`));
      await expect(store.upload('shard-1', ['a.json'], cwd)).rejects.toThrow(/GitHub Enterprise Server/);
      await expect(store.download('shard-1', cwd)).rejects.toThrow(/GitHub Enterprise Server/);
    }
  });

  it('local artifacts: upload then download round-trips files; unknown names are a clear error', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mlgate-art-'));
    const src = path.join(root, 'src');
    mkdirSync(path.join(src, 'sub'), { recursive: true });
    writeFileSync(path.join(src, 'a.json'), '{"a":1}');
    writeFileSync(path.join(src, 'sub', 'b.txt'), 'b');
    const store = new LocalArtifacts(path.join(root, 'store'));
    const ref = await store.upload('shard-1', ['a.json', 'sub/b.txt'], src);
    expect(ref.name).toBe('shard-1');
    const out = await store.download('shard-1', path.join(root, 'out'));
    expect(readFileSync(path.join(out, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(path.join(out, 'sub', 'b.txt'), 'utf8')).toBe('b');
    await expect(store.download('nope', path.join(root, 'x'))).rejects.toThrow(/no artifact named 'nope'.*found: shard-1/);
    await expect(store.upload('bad/name', ['a.json'], src)).rejects.toThrow(/not allow/);
    await expect(store.upload('n', ['../x'], src)).rejects.toThrow(/not under its root/);
  });

  it('local cache: miss, save, hit restores the same bytes; keys are exact', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mlgate-cache-'));
    const cache = new LocalCache(path.join(cwd, '.cache'), cwd);
    mkdirSync(path.join(cwd, 'p'));
    writeFileSync(path.join(cwd, 'p', 'ref.profile.json'), 'profile-bytes');
    expect(await cache.restore(['p/ref.profile.json'], 'k1')).toBeUndefined();
    await cache.save(['p/ref.profile.json'], 'k1');
    writeFileSync(path.join(cwd, 'p', 'ref.profile.json'), 'changed');
    expect(await cache.restore(['p/ref.profile.json'], 'k1')).toBe('k1');
    expect(readFileSync(path.join(cwd, 'p', 'ref.profile.json'), 'utf8')).toBe('profile-bytes');
    expect(await cache.restore(['p/ref.profile.json'], 'k2')).toBeUndefined();
  });

  it('local cache: saving a key again replaces its entry whole and leaves no temporary directory', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mlgate-cache-'));
    const root = path.join(cwd, '.cache');
    const cache = new LocalCache(root, cwd);
    mkdirSync(path.join(cwd, 'd'));
    writeFileSync(path.join(cwd, 'd', 'a.bin'), 'first');
    writeFileSync(path.join(cwd, 'd', 'old.bin'), 'only in the first');
    await cache.save(['d'], 'k');
    rmSync(path.join(cwd, 'd', 'old.bin'));
    writeFileSync(path.join(cwd, 'd', 'a.bin'), 'second');
    await cache.save(['d'], 'k');
    rmSync(path.join(cwd, 'd'), { recursive: true });
    expect(await cache.restore(['d'], 'k')).toBe('k');
    expect(readdirSync(path.join(cwd, 'd'))).toEqual(['a.bin']);
    expect(readFileSync(path.join(cwd, 'd', 'a.bin'), 'utf8')).toBe('second');
    expect(readdirSync(root)).toEqual(['k']);
  });
});
