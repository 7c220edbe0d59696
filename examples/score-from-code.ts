// Scoring from code: load a criteria set and an assessment, score, read the result.
import { readFileSync } from 'node:fs';
import { formatIssues, parseAssessment, parseCriteriaSet, scoreAssessment } from 'parindex';

const setFile = 'examples/example-department-2025.yaml';
const unitFile = 'examples/so-tu-phap-2025.yaml';

const set = parseCriteriaSet(readFileSync(setFile, 'utf8'), { file: setFile });
const unit = parseAssessment(readFileSync(unitFile, 'utf8'), { file: unitFile });
if (!set.ok || !unit.ok) {
  console.error(formatIssues([...set.issues, ...unit.issues]));
  process.exit(1);
}

const result = scoreAssessment(set.value, unit.value, { asOf: '2025-12-31' });
console.log(`${result.unit.name}: ${result.display.points} points, index ${result.display.index}%, ${result.band}`);
// Every number explains itself: row 1.1.4 "Mức độ thực hiện kế hoạch CCHC"
const row = result.nodes[0]?.children[0]?.children[3];
console.log(`${row?.code}: ${row?.points}/${row?.maxPoints} because ${row?.trace.branch}`);
