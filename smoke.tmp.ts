import { readFileSync } from 'node:fs';
import { parseCriteriaSet, parseAssessment, scoreAssessment, formatIssues } from './src/index.js';
const s = parseCriteriaSet(readFileSync('/work/main/examples/example-department-2025.yaml','utf8'), {file:'examples/example-department-2025.yaml'});
if (!s.ok) { console.log(formatIssues(s.issues)); process.exit(1); }
console.log(formatIssues(s.issues));
const a = parseAssessment(readFileSync('/work/main/examples/so-tu-phap-2025.yaml','utf8'));
if (!a.ok) { console.log(formatIssues(a.issues)); process.exit(1); }
const r = scoreAssessment(s.value, a.value, {asOf: '2025-12-31'});
const p = (n:any, d=0) => { console.log('  '.repeat(d)+n.code, n.maxPoints, n.applicableMaxPoints, n.points, n.ratio?.slice(0,8), n.status, '|', n.trace.branch); n.children.forEach((c:any)=>p(c,d+1)); };
r.nodes.forEach(n=>p(n));
const {nodes, ...rest} = r; console.log(JSON.stringify({...rest, bonus: r.bonus?.points, penalty: r.penalty?.points}, null, 1));
