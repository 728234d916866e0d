#!/usr/bin/env node
// Reads vitest's JSON report (`--reporter=json --outputFile.json=<file>`) and fails unless every test ran and
// passed: a skipped or todo test means some part of the suite did not run on this machine.
//   node .ci/no-skipped-tests.mjs <report.json>
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node .ci/no-skipped-tests.mjs <vitest-report.json>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const notRun = report.testResults.flatMap((f) => f.assertionResults.filter((t) => t.status !== 'passed').map((t) => `${t.status}: ${f.name} > ${t.fullName}`));
console.log(`vitest: ${report.numTotalTests} tests in ${report.testResults.length} files: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped, ${report.numTodoTests} todo.`);
if (notRun.length > 0 || report.numPassedTests !== report.numTotalTests || report.numTotalTests === 0 || !report.success) {
  for (const t of notRun) console.error(t);
  console.error('Every test must run and pass here: nothing skipped, nothing todo.');
  process.exit(1);
}
