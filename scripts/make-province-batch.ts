/**
 * Writes examples/province-batch/: INVENTED assessments of 13 departments and
 * 14 communes of an imaginary province, against the shipped example sets.
 * Deterministic (a seeded generator): run `npx tsx scripts/make-province-batch.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

const OUT = new URL('../examples/province-batch/', import.meta.url);

/** mulberry32: a tiny seeded generator, so the batch is the same on every run. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = generator(20251231);
const pick = (lo: number, hi: number, places = 0) => (lo + rnd() * (hi - lo)).toFixed(places);
const int = (lo: number, hi: number) => Math.floor(lo + rnd() * (hi - lo + 1));
const chance = (p: number) => rnd() < p;
const step = (max: number, size: number, lo = 0.5) => (Math.round((lo + rnd() * (1 - lo)) * (max / size)) * size).toString();
const day = (year: number, month: number, lo: number, hi: number) => `${year}-${String(month).padStart(2, '0')}-${String(int(lo, hi)).padStart(2, '0')}`;

type Data = Record<string, unknown>;

/** A department's year; `q` (0–1) is how well it did; `fees`/`legal` say whether those rows apply. */
function department(id: string, name: string, q: number, fees: boolean, legal: boolean, type = 'so'): Data {
  const good = (p: number) => chance(Math.min(0.98, p + q * 0.4));
  const rate = (lo: number) => pick(lo + q * (100 - lo) * 0.6, Math.min(100, lo + 15 + q * (100 - lo)), 2);
  const metrics: Data = {
    planIssuedOn: day(2025, 1, good(0.5) ? 3 : 16, good(0.5) ? 15 : 28),
    allTasksIdentified: good(0.5), budgetAllocated: good(0.55), planCompletionRate: rate(60),
    reportQ1: day(2025, 3, 10, good(0.6) ? 18 : 22), reportH1: day(2025, 6, 10, 18), reportQ3: day(2025, 9, 10, good(0.6) ? 18 : 21), reportYear: day(2025, 12, 8, 18),
    reportsComplete: good(0.55), subUnitsInspected: int(1, 6), subUnitsTotal: int(6, 12), findingsNotCorrected: int(0, 3),
    initiativesPerUnitMet: good(0.3), selfAssessmentSubmittedOn: day(2025, 12, 10, 30),
    legalDocsAdvised: 0, legalDocsAssigned: 0, legalDocsReviewed: good(0.55), lawEnforcementMonitored: good(0.6), unlawfulDocsUnhandled: int(0, 1),
    dossiersOnTime: 0, dossiersTotal: int(300, 4000), dossiersMovedElectronicallyRate: rate(60), fullyOnlineRate: rate(25), digitisedRate: rate(50),
    proceduresPublished: good(0.6), nationalDbUpdated: good(0.55), feedbackHandledOnTime: 0, feedbackReceived: int(0, 6),
    internalProceduresSimplifiedRate: pick(5, 30, 1), organisationCompliant: good(0.6), leadershipQuotaCompliant: good(0.5), jobPositionsCompliant: good(0.6),
    staffUseCompliant: good(0.6), staffTrained: 0, staffTrainingPlanned: int(20, 80), disciplineViolations: int(0, 2), internalSpendingRules: good(0.7),
    autonomousUnits: int(0, 6), publicServiceUnits: int(6, 20), auditFindingsImplemented: good(0.6), assetsReported: good(0.5), budgetExecutionRate: rate(70),
    workRecordsOnlineRate: rate(70), eDocumentsUsed: good(0.75), digitalSignatureUsed: good(0.7), isoCompliant: good(0.55), initiatives: int(0, 3), lateReportsReminded: int(0, 2),
  };
  if (legal) metrics.legalDocsAssigned = int(2, 12), metrics.legalDocsAdvised = int(1, metrics.legalDocsAssigned as number);
  metrics.dossiersOnTime = (metrics.dossiersTotal as number) - int(0, 40);
  metrics.feedbackHandledOnTime = int(0, metrics.feedbackReceived as number);
  metrics.staffTrained = int(Math.floor((metrics.staffTrainingPlanned as number) * 0.6), metrics.staffTrainingPlanned as number);
  if (fees) metrics.feeProceduresPayableRate = rate(50), metrics.onlinePaymentRate = pick(2, 45, 2);
  return {
    criteriaSet: { id: 'department-example', version: '1' }, unit: { id, name, type, level: 'province' }, year: 2025, metrics,
    points: { '1.4': step(2.5, 0.25), '4.3': step(3, 0.5), '7.4': step(3, 0.25) },
    notApplicable: fees ? {} : { '3.3': 'Không có TTHC có nghĩa vụ tài chính (không phát sinh)' },
  };
}

/** A commune's year; a survey is held in some communes only (the optional part). */
function commune(id: string, name: string, type: string, q: number, survey: boolean): Data {
  const good = (p: number) => chance(Math.min(0.98, p + q * 0.4));
  const rate = (lo: number) => pick(lo + q * (100 - lo) * 0.6, Math.min(100, lo + 15 + q * (100 - lo)), 2);
  const metrics: Data = {
    planIssuedOn: day(2026, good(0.5) ? 1 : 2, 5, 28), planCompletionRate: rate(55),
    reportQ1: day(2026, 3, 10, good(0.6) ? 18 : 20), reportH1: day(2026, 6, 10, good(0.6) ? 18 : 20), reportQ3: day(2026, 9, 8, 18), reportYear: day(2026, 12, 5, 18),
    reformPublicised: good(0.6), lawPublicised: good(0.6), lawEnforcementMonitored: good(0.6), lawEnforcementReported: good(0.5),
    mediationsSuccessful: 0, mediationsTotal: int(0, 12), dossiersOnTime: 0, dossiersTotal: int(400, 3000),
    fullyOnlineRate: rate(20), onlinePaymentRate: rate(0), digitisedRate: rate(40), lateDossiersWithoutApology: int(0, 4),
    oneStopStaffed: good(0.7), oneStopEquipped: good(0.5), staffInRightPositions: good(0.6), staffMeetingStandards: 0, staffTotal: int(15, 25),
    disciplineViolations: int(0, 1), internalSpendingRules: good(0.65), budgetPublished: good(0.7), budgetSettlementPublished: good(0.45),
    revenueVsEstimateRate: pick(85, 125, 1), workRecordsOnlineRate: rate(40), eDocumentsRate: rate(55), eIdAtOneStopRate: rate(70),
  };
  metrics.mediationsSuccessful = int(0, metrics.mediationsTotal as number);
  metrics.dossiersOnTime = (metrics.dossiersTotal as number) - int(0, 30);
  metrics.staffMeetingStandards = int((metrics.staffTotal as number) - 5, metrics.staffTotal as number);
  if (survey) metrics.satisfactionRate = pick(70, 98, 2), metrics.leaderSurveyScore = pick(6, 9.5, 1);
  return {
    criteriaSet: { id: 'commune-example', version: '1' }, unit: { id, name, type, level: 'commune' }, year: 2026, metrics,
    points: { '1.5': step(3, 0.5), '6.4': step(3, 0.5) },
  };
}

const departments: [string, string, number, boolean, boolean][] = [
  ['so-tu-phap', 'Sở Tư pháp', 0.7, true, true],
  ['so-xay-dung', 'Sở Xây dựng', 0.45, true, true],
  ['so-y-te', 'Sở Y tế', 0.6, true, false],
  ['so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 0.55, false, true],
  ['so-cong-thuong', 'Sở Công Thương', 0.5, true, true],
  ['so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường', 0.4, true, true],
  ['so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 0.65, false, false],
  ['so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 0.35, true, false],
  ['so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 0.3, false, false],
  ['thanh-tra-tinh', 'Thanh tra tỉnh', 0.5, false, true],
  ['so-ngoai-vu', 'Sở Ngoại vụ', 0.45, false, false],
];
const communes: [string, string, string, number, boolean][] = [
  ['phuong-dong-ha', 'Phường Đông Hà', 'phuong', 0.75, true],
  ['phuong-nam-dong-ha', 'Phường Nam Đông Hà', 'phuong', 0.6, true],
  ['phuong-quang-tri', 'Phường Quảng Trị', 'phuong', 0.55, false],
  ['xa-cam-lo', 'Xã Cam Lộ', 'xa', 0.5, true],
  ['xa-hieu-giang', 'Xã Hiếu Giang', 'xa', 0.4, false],
  ['xa-gio-linh', 'Xã Gio Linh', 'xa', 0.45, false],
  ['xa-cua-tung', 'Xã Cửa Tùng', 'xa', 0.35, true],
  ['xa-vinh-linh', 'Xã Vĩnh Linh', 'xa', 0.65, false],
  ['xa-ben-quan', 'Xã Bến Quan', 'xa', 0.3, false],
  ['xa-khe-sanh', 'Xã Khe Sanh', 'xa', 0.5, true],
  ['xa-lao-bao', 'Xã Lao Bảo', 'xa', 0.55, false],
  ['xa-dakrong', 'Xã Đakrông', 'xa', 0.25, false],
];

const files = new Map<string, Data>();
for (const [id, name, q, fees, legal] of departments) files.set(id, department(id, name, q, fees, legal));
for (const [id, name, type, q, survey] of communes) files.set(id, commune(id, name, type, q, survey));

// Sở Nội vụ: rows 2.1 and 3.3 do not apply (maximum 92) and it does well, so it outranks Sở Tài chính (maximum 100).
const noiVu = department('so-noi-vu', 'Sở Nội vụ', 0.95, false, false);
const taiChinh = department('so-tai-chinh', 'Sở Tài chính', 0.35, true, true);
files.set('so-noi-vu', noiVu).set('so-tai-chinh', taiChinh);
// A tie: two communes with the same data except one 2-point row each (1.4 reform publicised; 2.2 law enforcement).
const anBinh = commune('xa-an-binh', 'Xã An Bình', 'xa', 0.6, false);
const anPhu = structuredClone(anBinh) as { unit: Data; metrics: Data };
Object.assign(anBinh.metrics as Data, { reformPublicised: false, lawEnforcementMonitored: true, lawEnforcementReported: true });
Object.assign(anPhu.unit, { id: 'xa-an-phu', name: 'Xã An Phú' });
Object.assign(anPhu.metrics, { reformPublicised: true, lawEnforcementMonitored: false, lawEnforcementReported: true });
files.set('xa-an-binh', anBinh).set('xa-an-phu', anPhu);

const HEADER = '# yaml-language-server: $schema=../../schema/assessment.schema.json\n# INVENTED EXAMPLE DATA (scripts/make-province-batch.ts): not real results of any unit.\n';
mkdirSync(OUT, { recursive: true });
for (const [id, data] of files) writeFileSync(new URL(`${id}.yaml`, OUT), HEADER + stringify(data, { lineWidth: 0 }));
console.log(`wrote ${files.size} assessments to examples/province-batch/`);
