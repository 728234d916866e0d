/** A workflow command a step printed (`::error file=a.csv,line=3::bad value`). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

// The runner's unescaping (ActionCommand.cs): data %25 %0D %0A; properties also %3A %2C.
const unescapeData = (s: string): string => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');

// The legacy form (ActionCommand.TryParse), still honoured: `##[cmd k=v;k=v]data` anywhere in a line.
const LEGACY_COMMAND = /##\[([^\]]*)\](.*)$/;
const unescapeLegacy = (s: string): string => s.replace(/%3B/gi, ';').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%5D/gi, ']').replace(/%25/g, '%');

function parseLegacy(line: string): WorkflowCommand | undefined {
  const m = LEGACY_COMMAND.exec(line.slice(line.indexOf('##[')));
  if (!m) return undefined;
  const head = m[1]!;
  const space = head.indexOf(' ');
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { command: space < 0 ? head : head.slice(0, space), properties, message: unescapeLegacy(m[2]!) };
}

/**
 * Parses the workflow commands in a step's output the way the runner does (ActionCommandManager.cs): the output
 * is read line by line (StreamReader.ReadLine: \n, \r or \r\n end a line); a line `::cmd k=v,k=v::message` after
 * leading white space, or one holding `##[cmd k=v;k=v]message` anywhere, is a command;
 * `::stop-commands::<token>` suspends parsing until `::<token>::`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (!line.startsWith('::')) {
      const legacy = stopToken === undefined && raw.includes('##[') ? parseLegacy(raw) : undefined;
      if (legacy) commands.push(legacy);
      continue;
    }
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const head = line.slice(2, end);
    const message = line.slice(end + 2);
    if (stopToken !== undefined) {
      if (head === stopToken) stopToken = undefined;
      continue;
    }
    const space = head.indexOf(' ');
    const command = space < 0 ? head : head.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of head.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return commands;
}

export function annotationsOf(commands: readonly WorkflowCommand[]): Annotation[] {
  const int = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  return commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
    .map((c) => {
      const a: Annotation = { level: c.command, message: c.message };
      const p = c.properties;
      if (p.file !== undefined) a.file = p.file;
      const line = int(p.line);
      if (line !== undefined) a.line = line;
      const endLine = int(p.endLine);
      if (endLine !== undefined) a.endLine = endLine;
      const col = int(p.col);
      if (col !== undefined) a.col = col;
      const endColumn = int(p.endColumn);
      if (endColumn !== undefined) a.endColumn = endColumn;
      if (p.title !== undefined) a.title = p.title;
      return a;
    });
}

/** GitHub keeps at most this many annotations of each level (error, warning, notice) per step; later ones are dropped. */
export const ANNOTATIONS_KEPT_PER_STEP = 10;

/**
 * The annotations GitHub keeps from one step, in order: the first 10 errors, the first 10 warnings and the first 10
 * notices (docs: "Workflow commands for GitHub Actions", limits on annotations); `dropped` are never shown.
 */
export function keptAnnotations(annotations: readonly Annotation[]): { kept: Annotation[]; dropped: Annotation[] } {
  const seen = { error: 0, warning: 0, notice: 0 };
  const kept: Annotation[] = [];
  const dropped: Annotation[] = [];
  for (const a of annotations) {
    if (seen[a.level]++ < ANNOTATIONS_KEPT_PER_STEP) kept.push(a);
    else dropped.push(a);
  }
  return { kept, dropped };
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines and `name<<DELIMITER` heredocs
 * (what `core.setOutput` writes), exactly as the runner's file-command processor reads them.
 */
export function parseKeyValueFile(text: string, file = 'file command'): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`${file}: matching delimiter not found '${delimiter}'`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`${file}: invalid format '${line}'`);
    }
  }
  return out;
}
