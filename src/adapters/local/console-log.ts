import type { AnnotationProperties, Log } from '../../ports.js';
import { createOutputNeutraliser } from '../../domain/safe-output.js';

export interface OutputStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writers whose every chunk is neutralised (src/domain/safe-output.ts): one neutraliser per stream. */
export function neutralisedStreams(streams: OutputStreams): OutputStreams {
  const out = createOutputNeutraliser();
  const err = createOutputNeutraliser();
  return { stdout: (t) => streams.stdout(out(t)), stderr: (t) => streams.stderr(err(t)) };
}

/** Log for the CLI outside Actions: info to stdout, problems to stderr, through the given (neutralised) streams. */
export function consoleLog(streams: OutputStreams, options: { verbose?: boolean } = {}): Log {
  const where = (a?: AnnotationProperties): string => (a?.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '');
  return {
    info: (m) => streams.stdout(`${m}\n`),
    debug: (m) => {
      if (options.verbose) streams.stderr(`debug: ${m}\n`);
    },
    warning: (m, a) => streams.stderr(`warning: ${where(a)}${m}\n`),
    error: (m, a) => streams.stderr(`error: ${where(a)}${m}\n`),
  };
}
