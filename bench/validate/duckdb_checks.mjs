// The bench's checks in DuckDB (native, through @duckdb/node-api, a devDependency), as a user who knows DuckDB
// would write them: one aggregate query straight from the file (read_csv / read_json / read_parquet with their
// type detection), 2 threads, no temporary table. Prints the failing counts as JSON, keyed like pandas_checks.py.
// Usage: node bench/validate/duckdb_checks.mjs <file.csv|file.jsonl|file.parquet>
import { DuckDBInstance } from '@duckdb/node-api';
import { COUNTRIES } from './generate.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: duckdb_checks.mjs <file.csv|file.jsonl|file.parquet>');
  process.exit(2);
}
const literal = (s) => `'${s.replaceAll("'", "''")}'`;
const source = file.endsWith('.parquet') ? `read_parquet(${literal(file)})` : file.endsWith('.jsonl') ? `read_json(${literal(file)})` : `read_csv(${literal(file)})`;
const columns = ['id', 'user', 'age', 'income', 'score', 'country', 'email', 'signup', 'label', 'is_active', 'city', 'note'];

// Each count is what mlgate reports as the check's failing rows; the type checks count the non-null cells
// that do not cast (0 when DuckDB's detection already gave the column that type).
const query = `SELECT
  count(*) AS "rows",
  count(*) - count(id) AS "id.nullable",
  count(id) - count(DISTINCT id) AS "id.unique",
  count(*) - count(age) AS "age.max_null_fraction",
  count_if(age < 0) AS "age.min",
  count_if(age > 120) AS "age.max",
  count_if(income < 0) AS "income.min",
  count_if(score < 0) AS "score.min",
  count_if(score > 1) AS "score.max",
  count_if(country NOT IN (${COUNTRIES.map(literal).join(', ')})) AS "country.in",
  count_if(NOT regexp_matches(email, '^[^@\\s]+@[^@\\s]+$')) AS "email.pattern",
  count_if(signup IS NOT NULL AND try_cast(signup AS TIMESTAMP) IS NULL) AS "signup.type",
  count_if(label NOT IN (0, 1)) AS "label.in",
  count_if(is_active IS NOT NULL AND try_cast(is_active AS BOOLEAN) IS NULL) AS "is_active.type",
  count(*) - count(DISTINCT (${columns.map((c) => `"${c}"`).join(', ')})) AS "duplicates"
FROM ${source}`;

const started = performance.now();
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(query);
const [row] = reader.getRowObjectsJson();
const counts = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
connection.closeSync();
console.log(JSON.stringify({ ...counts, seconds: (performance.now() - started) / 1000 }));
