export { renderReport, overallVerdict, safeUrl } from './render.js';
export { commentKey, marker, hasMarker, sanitizeKey } from './marker.js';
export { text, code, valueText, mermaidText } from './escape.js';
export { renderChart } from './chart.js';
export * from './types.js';
export { renderErrorReport, type ErrorReportInput } from './error-report.js';
