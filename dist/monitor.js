// Entry of actions/monitor: the same bundle as every other action, with its command fixed.
import { runAction } from './index.js';

process.exitCode = await runAction('monitor');
