/**
 * parindex/excel: workbook builders and readers. A separate entry so that `parindex` itself never loads exceljs
 * (a browser app importing the engine does not pay for it). Explicit named exports only.
 */
export { buildCriteriaWorkbook, type WorkbookOptions } from './criteria-workbook.js';
export { importCriteriaWorkbook } from './criteria-import.js';
export { scoreSheet, addScoreSheet, type ScoreSheetOptions, type ScoreSheetCells } from './score-sheet.js';
export { rankingWorkbook, type RankingWorkbookOptions } from './ranking-workbook.js';
export { sheetName, uniqueSheetNames } from './ranking-workbook-names.js';
export { unitTemplate, type TemplateOptions } from './template.js';
export { importFilled, importWorkbook, type ImportOptions } from './import-filled.js';
export { checkArchive } from './import-zip.js';
export { scenarioWorkbook, type ScenarioWorkbookOptions } from './scenario-workbook.js';
export { targetWorkbook, type TargetWorkbookOptions } from './target-workbook.js';
