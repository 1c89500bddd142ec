import { cellAddress, parseRange } from '../../core/a1';
import { numericInputCells } from '../../core/cellRoles';
import { addressOf, formGrid, UNIT_NAME_ADDRESS } from '../../core/layout/grid';
import { layoutForm } from '../../core/layout/layoutForm';
import { consolidate, type Consolidation } from '../../core/merge/consolidate';
import type { TablePlan } from '../../core/plan/tablePlan';
import type { SheetPlan } from '../../core/plan/types';
import { readWindow } from '../../core/readSheet';
import { consolidatingUnitType } from '../../forms/lookup';
import type { Campaign, FormDef, UnitTypeDef } from '../../forms/schema';
import type { SelfTestReport, SelfTestStep, SelfTestStepKey } from '../../ports/workbookPort';
import { cellInput, queuePlan, type ApiLevel } from './applyPlan';
import type { BatchRun } from './cellEdit';
import { checkWorkbook } from './checkWorkbook';
import { readWorkbookSources, writeConsolidation } from './mergeWorkbook';
import { setUpPrinting } from './printSetup';
import { queueSheetWindow, windowValues } from './sheetWindow';
import { queueStructureCheck } from './workbookProtection';
import { officeErrorText } from './officeError';

/**
 * "Kiểm tra cài đặt": the host operations the product uses, run through the
 * host's own code on sheets of its own, for the first person with a real Excel
 * to see in one report what works there. Every sheet it makes is named
 * "~tongket kiểm tra …" (a name the add-in's clean-up already treats as its
 * own leftovers) and deleted at the end, also when a step fails.
 *
 * The sheets carry a copy of the campaign in use under another key
 * (`…~kiem-tra`): the same forms and rules, but a merge of them never counts,
 * asks to replace or replaces the user's form or summary sheets.
 */

export const SELF_TEST_PREFIX = '~tongket kiểm tra';
export const BAD_VALUE = '12 người';
export const GOOD_VALUE = 7;

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');
const isSelfTestSheet = (name: string) => fold(name).startsWith(fold(SELF_TEST_PREFIX));

const STEPS: readonly { key: SelfTestStepKey; label: string }[] = [
  { key: 'prepare', label: 'Đọc danh sách sheet của sổ' },
  { key: 'insert', label: 'Chèn biểu lên sheet tạm' },
  { key: 'write', label: `Ghi một số đúng và một số sai (“${BAD_VALUE}”) vào ô nhập` },
  { key: 'check', label: 'Kiểm tra sổ: báo đúng ô sai, không báo ô đúng' },
  { key: 'readBack', label: 'Đọc lại sheet, so với bản thiết kế biểu' },
  { key: 'merge', label: 'Tổng hợp hai đơn vị và ghi bảng tổng hợp' },
  { key: 'cleanUp', label: 'Xóa các sheet tạm' },
];

export class SelfTestFailure extends Error {
  override readonly name = 'SelfTestFailure';
}

/** The form to try: the first form the filling unit type owes that has at least two numeric input cells. */
function chooseForm(campaign: Campaign): { form: FormDef; unitType: UnitTypeDef } {
  const types = [...campaign.unitTypes.filter((t) => !t.consolidates), ...campaign.unitTypes.filter((t) => t.consolidates)];
  for (const unitType of types)
    for (const key of unitType.forms) {
      const form = campaign.forms.find((f) => f.key === key);
      if (form && numericInputCells(form).length >= 2) return { form, unitType };
    }
  throw new SelfTestFailure(`Bộ biểu ${campaign.shortName} không có biểu nào có ô nhập số để thử.`);
}

/** The campaign in use under a key of its own: nothing the self-test writes is ever taken for the user's forms or summaries. */
export function selfTestCampaign(campaign: Campaign): Campaign {
  return { ...campaign, key: `${campaign.key}~kiem-tra` };
}

const reference = (name: string) => `'${name.replace(/'/g, "''")}'!`;

function retargetPlan(plan: SheetPlan, from: string, to: string): SheetPlan {
  const [before, after] = [reference(from), reference(to)];
  const swap = (formula: string) => formula.split(before).join(after);
  return {
    ...plan,
    cells: plan.cells.map((row) => row.map((cell) => (cell.formula?.includes(before) ? { ...cell, formula: swap(cell.formula) } : cell))),
    conditionalFormats: plan.conditionalFormats.map((cf) => ({ ...cf, formula: swap(cf.formula) })),
  };
}

/** Every sheet (and Excel Table) of a merge under a self-test name, the summaries' formulas following the data sheet. */
function underTestNames(consolidation: Consolidation): Consolidation {
  const { data, status, roster } = consolidation.tables;
  const table = (plan: TablePlan, label: string): TablePlan => ({ ...plan, sheetName: `${SELF_TEST_PREFIX} ${label}`, tableName: `${plan.tableName}_KiemTra` });
  const tables = { data: table(data, 'dữ liệu'), status: table(status, 'tình hình'), roster: roster && table(roster, 'danh sách') };
  const forms = consolidation.forms.map((plan, i) => ({ ...retargetPlan(plan, data.sheetName, tables.data.sheetName), sheetName: `${SELF_TEST_PREFIX} TH ${i + 1}` }));
  return { ...consolidation, tables, forms };
}

type Environment = SelfTestReport['environment'];

type OfficeGlobal = { context?: { diagnostics?: { version?: string; platform?: unknown; host?: unknown } } };

/** Excel's version and platform where Office.js says them (Office.context.diagnostics); the preview has no Office. */
export function describeEnvironment(requirements: { isSetSupported(name: string, minVersion?: string): boolean }): Environment {
  let diagnostics: { version?: string; platform?: unknown; host?: unknown } | undefined;
  try {
    diagnostics = (globalThis as { Office?: OfficeGlobal }).Office?.context?.diagnostics;
  } catch {
    diagnostics = undefined;
  }
  const supported = (name: string, version?: string) => {
    try {
      return requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    version: diagnostics?.version ? String(diagnostics.version) : undefined,
    platform: diagnostics?.platform ? String(diagnostics.platform) : undefined,
    requirementSets: [
      { name: 'ExcelApi 1.8', supported: supported('ExcelApi', '1.8') },
      { name: 'ExcelApi 1.9', supported: supported('ExcelApi', '1.9') },
      { name: 'ExcelApi 1.13', supported: supported('ExcelApi', '1.13') },
      { name: 'DelayForCellEdit 1.1', supported: supported('DelayForCellEdit', '1.1') },
    ],
  };
}

/** The error's text for the report: the Vietnamese message where the host wrote one, else Excel's refusal in Vietnamese with its code. */
export function errorText(error: unknown): string {
  return error instanceof SelfTestFailure ? error.message : officeErrorText(error);
}

const pad = (n: number) => String(n).padStart(2, '0');
const readAtOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
const mergedAtOf = (d: Date) => `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * Runs every step in a batch of its own (as the pane's actions do), counting
 * each step's syncs and time; reports the steps as they go through `onStep`.
 * A failed step skips the ones that need it; the clean-up always runs.
 */
export async function runSelfTest(
  run: BatchRun,
  inUse: Campaign,
  api: ApiLevel,
  environment: Environment,
  onStep: (steps: readonly SelfTestStep[]) => void,
  clock: () => number = () => Date.now(),
): Promise<SelfTestReport> {
  const steps: SelfTestStep[] = STEPS.map((s) => ({ ...s, status: 'pending', syncs: 0, ms: 0 }));
  const publish = () => onStep(steps.map((s) => ({ ...s })));
  const campaign = selfTestCampaign(inUse);

  async function step<T>(key: SelfTestStepKey, batch: (context: Excel.RequestContext) => Promise<{ value: T; note?: string }>): Promise<T | undefined> {
    const index = steps.findIndex((s) => s.key === key);
    const current = () => steps[index] as SelfTestStep;
    steps[index] = { ...current(), status: 'running' };
    publish();
    const started = clock();
    let syncs = 0;
    try {
      const { value, note } = await run(async (context) => {
        syncs = 0;
        const sync = context.sync.bind(context);
        context.sync = <V>(passThroughValue?: V) => {
          syncs += 1;
          return sync(passThroughValue);
        };
        return batch(context);
      });
      steps[index] = { ...current(), status: 'passed', syncs, ms: clock() - started, ...(note ? { message: note } : {}) };
      return value;
    } catch (error) {
      steps[index] = { ...current(), status: 'failed', syncs, ms: clock() - started, message: errorText(error) };
      return undefined;
    } finally {
      publish();
    }
  }
  const skip = (from: SelfTestStepKey) => {
    for (const [i, s] of steps.entries())
      if (s.key !== 'cleanUp' && s.status === 'pending' && i >= steps.findIndex((t) => t.key === from))
        steps[i] = { ...s, status: 'skipped', message: 'Bỏ qua vì bước trước không thành.' };
    publish();
  };

  let before: string[] = [];
  let after: string[] | undefined;
  // The steps that need the temporary sheets; each stops the rest when it fails.
  const main = async (): Promise<void> => {
    const chosen = await step('prepare', async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const checkStructure = queueStructureCheck(context, 'thêm các sheet tạm để thử');
      await context.sync();
      checkStructure();
      before = sheets.items.map((s) => s.name);
      const picked = chooseForm(campaign);
      return { value: picked, note: `Thử với ${picked.form.sheetName} (${picked.unitType.label}); sổ có ${before.length} sheet.` };
    });
    if (!chosen) return skip('insert');
    const { form, unitType } = chosen;
    const grid = formGrid(form);
    const [bad, good] = numericInputCells(form);
    if (!bad || !good) throw new SelfTestFailure(`Biểu ${form.sheetName} không có đủ ô nhập số.`);
    const badAddress = addressOf(grid, bad.row, bad.column);
    const goodAddress = addressOf(grid, good.row, good.column);
    const units = [
      { sheetName: `${SELF_TEST_PREFIX} A`, unitName: 'Đơn vị kiểm tra A' },
      { sheetName: `${SELF_TEST_PREFIX} B`, unitName: 'Đơn vị kiểm tra B' },
    ];
    const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: unitType.key, mode: 'blank' as const };
    const plans = units.map((u) => layoutForm({ campaign, form, identity, sheetName: u.sheetName, unitName: u.unitName }));
    const [planA] = plans as [SheetPlan, SheetPlan];

    const inserted = await step('insert', async (context) => {
      const sheets = context.workbook.worksheets;
      const built = plans.map((plan) => {
        const sheet = sheets.add(plan.sheetName);
        queuePlan(sheet, plan, api);
        return { sheet, plan };
      });
      await context.sync();
      const printWarning = await setUpPrinting(context, built, api);
      return { value: true, note: printWarning ? `Biểu đã ghi; phần in chưa đặt được: ${printWarning}` : `${units.length} sheet ${form.sheetName} đã ghi.` };
    });
    if (!inserted) return skip('write');

    const written = await step('write', async (context) => {
      for (const u of units) context.workbook.worksheets.getItem(u.sheetName).getRange(goodAddress).values = [[GOOD_VALUE]];
      context.workbook.worksheets.getItem(units[0]!.sheetName).getRange(badAddress).values = [[BAD_VALUE]];
      await context.sync();
      return { value: true, note: `${GOOD_VALUE} vào ô ${goodAddress}, “${BAD_VALUE}” vào ô ${badAddress} của ${units[0]!.sheetName}.` };
    });
    if (!written) return skip('check');

    const checked = await step('check', async (context) => {
      const check = await checkWorkbook(context, campaign);
      const sheet = check.sheets.find((s) => s.sheet === units[0]!.sheetName);
      if (!sheet) {
        const refused = check.refused.find((r) => r.sheet === units[0]!.sheetName);
        throw new SelfTestFailure(`Kiểm tra sổ không nhận ra sheet ${units[0]!.sheetName} là biểu${refused ? `: ${refused.reason}` : '.'}`);
      }
      const atBad = sheet.issues.filter((i) => i.address === badAddress);
      if (atBad.length === 0) throw new SelfTestFailure(`Kiểm tra sổ không báo lỗi ở ô ${badAddress}, nơi đã ghi “${BAD_VALUE}”.`);
      const atGood = sheet.issues.filter((i) => i.address === goodAddress);
      if (atGood.length > 0) throw new SelfTestFailure(`Kiểm tra sổ báo sai ô ${goodAddress}, nơi đã ghi số ${GOOD_VALUE}: ${atGood[0]!.message}`);
      return { value: true, note: atBad[0]!.message };
    });
    if (!checked) return skip('readBack');

    const readBack = await step('readBack', async (context) => {
      const window = queueSheetWindow(context.workbook.worksheets.getItem(planA.sheetName), readWindow(campaign));
      await context.sync();
      const values = windowValues(window);
      const formulas = window.formulas;
      // The marker, the unit's name, the title, the first formula the plan writes, and the two cells written above.
      const compared: { address: string; expected: unknown; actual: unknown }[] = [];
      const valueAt = (address: string) => {
        const { top, left } = parseRange(address);
        return values[top]?.[left];
      };
      const at = (r: number, c: number) => ({ value: values[r]?.[c], formula: formulas[r]?.[c] });
      const firstFormula = planA.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.formula !== undefined ? [{ r, c, cell }] : []))).at(0);
      const plain = (r: number, c: number) => {
        const cell = planA.cells[r]?.[c];
        if (cell && cell.value !== null && cell.value !== undefined) compared.push({ address: cellAddress(r, c), expected: cell.value, actual: at(r, c).value });
      };
      plain(0, 0);
      plain(2, 0);
      plain(3, 0);
      if (firstFormula) compared.push({ address: cellAddress(firstFormula.r, firstFormula.c), expected: cellInput(firstFormula.cell), actual: at(firstFormula.r, firstFormula.c).formula });
      compared.push({ address: goodAddress, expected: GOOD_VALUE, actual: valueAt(goodAddress) });
      compared.push({ address: badAddress, expected: BAD_VALUE, actual: valueAt(badAddress) });
      const wrong = compared.filter((c) => c.expected !== c.actual);
      if (wrong.length > 0)
        throw new SelfTestFailure(
          `Đọc lại khác bản thiết kế ở ${wrong.map((w) => `ô ${w.address} (cần ${JSON.stringify(w.expected)}, đọc được ${JSON.stringify(w.actual)})`).join('; ')}.`,
        );
      return { value: true, note: `${compared.length} ô khớp (${compared.map((c) => c.address).join(', ')}); ô tên đơn vị ${UNIT_NAME_ADDRESS}.` };
    });
    if (!readBack) return skip('merge');

    await step('merge', async (context) => {
      // The unit corrects its bad cell, then both units' sheets are read as the merge reads the open workbook.
      context.workbook.worksheets.getItem(units[0]!.sheetName).getRange(badAddress).values = [[12]];
      await context.sync();
      const now = new Date(clock());
      const { source } = await readWorkbookSources(context, campaign, readAtOf(now));
      if (source.kind !== 'read') throw new SelfTestFailure('Không đọc được các sheet của sổ.');
      const ours = new Set(units.map((u) => u.sheetName));
      const reads = [{ ...source, sheets: source.sheets.filter((s) => ours.has(s.name)) }];
      const by = consolidatingUnitType(campaign) ?? unitType;
      const consolidation = consolidate(campaign, {
        reads,
        options: { includeUnitsWithErrors: true },
        by: { unitName: 'Đơn vị tổng hợp kiểm tra', unitType: by.key },
        roster: undefined,
        mergedAt: mergedAtOf(now),
      });
      const included = consolidation.result.included.length;
      if (included !== 2) throw new SelfTestFailure(`Tổng hợp nhận ${included} đơn vị, cần 2.`);
      // Only a self-test's own earlier output may be replaced (its campaign key is the self-test's).
      const result = await writeConsolidation(context, campaign, underTestNames(consolidation), api, async (names) => names.every(isSelfTestSheet), () => undefined);
      if (result.cancelled) throw new SelfTestFailure('Ghi bảng tổng hợp bị hủy.');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name));
      const missing = result.written.filter((name) => !present.has(name));
      if (missing.length > 0) throw new SelfTestFailure(`Không thấy các sheet tổng hợp vừa ghi: ${missing.join(', ')}.`);
      return { value: true, note: `2 đơn vị; đã ghi ${result.written.length} sheet (${result.written.join(', ')}).${result.printWarning ? ` Phần in: ${result.printWarning}` : ''}` };
    });
  };
  try {
    await main();
  } finally {
    after = await step('cleanUp', async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const ours = sheets.items.filter((s) => isSelfTestSheet(s.name) && !before.includes(s.name));
      for (const sheet of ours) sheet.delete();
      if (ours.length > 0) await context.sync();
      sheets.load('items/name');
      await context.sync();
      const left = sheets.items.map((s) => s.name);
      const added = left.filter((n) => !before.includes(n));
      const lost = before.filter((n) => !left.includes(n) && !isSelfTestSheet(n));
      if (added.length > 0 || lost.length > 0)
        throw new SelfTestFailure(
          `Sau khi dọn, danh sách sheet khác lúc đầu: ${added.length > 0 ? `còn ${added.join(', ')}` : ''}${added.length > 0 && lost.length > 0 ? '; ' : ''}${lost.length > 0 ? `mất ${lost.join(', ')}` : ''}.`,
        );
      return { value: left, note: `Đã xóa ${ours.length} sheet tạm; sổ còn đúng ${left.length} sheet như lúc đầu.` };
    });
  }
  return report();

  function report(): SelfTestReport {
    return { campaign: inUse.shortName, environment, steps: steps.map((s) => ({ ...s })), passed: steps.every((s) => s.status === 'passed'), sheetsBefore: before, sheetsAfter: after };
  }
}
