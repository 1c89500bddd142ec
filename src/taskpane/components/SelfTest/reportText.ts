import type { SelfTestReport, SelfTestStep } from '../../../ports/workbookPort';

export const STATUS_LABEL: Record<SelfTestStep['status'], string> = {
  passed: 'Đạt',
  failed: 'Lỗi',
  skipped: 'Bỏ qua',
  pending: 'Chưa chạy',
  running: 'Đang chạy…',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "2/1/2026 03:04". */
export const localTime = (d: Date) => `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export const stepCost = (step: SelfTestStep) => `${step.syncs} lần đồng bộ, ${Math.round(step.ms)} ms`;

/** The self-test's report as text, to paste into a message to whoever looks after the add-in. */
export function reportText(report: SelfTestReport, when: Date = new Date()): string {
  const env = report.environment;
  return [
    `Kiểm tra cài đặt tongket — ${localTime(when)}`,
    `Kết quả: ${report.passed ? 'mọi bước đều đạt' : 'có bước không đạt'}`,
    `Bộ biểu: ${report.campaign}`,
    `Excel: ${env.version ?? 'không rõ phiên bản'} · ${env.platform ?? 'không rõ nền tảng'}`,
    `Bộ API: ${env.requirementSets.map((r) => `${r.name} ${r.supported ? 'có' : 'không'}`).join(', ')}`,
    '',
    ...report.steps.map((s, i) => `${i + 1}. [${STATUS_LABEL[s.status].toLocaleUpperCase('vi')}] ${s.label} — ${stepCost(s)}${s.message ? `\n   ${s.message}` : ''}`),
  ].join('\n');
}
