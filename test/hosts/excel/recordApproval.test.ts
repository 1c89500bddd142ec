import { approvalOf, decide, NO_APPROVALS } from '../../../src/core/merge/approvals';
import { encodeOutputMarker } from '../../../src/core/merge/outputMarker';
import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { NQ25 } from '../../support/campaigns';

const AT = '2/8/2023 09:00';
const approved = (unit: string) => approvalOf(decide(NO_APPROVALS, unit, 'approved', '', AT), unit);
const returned = (unit: string, reason: string) => approvalOf(decide(NO_APPROVALS, unit, 'returned', reason, AT), unit);

/** A workbook whose roster sheet an earlier version wrote: the unit and its type, no decision columns. */
async function withOldRoster() {
  const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['TH Danh sách'] });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem('TH Danh sách').getRange('A1:B6').values = [
      [encodeOutputMarker(NQ25.key, 'roster'), ''],
      ['Danh sách đơn vị phải nộp biểu', ''],
      ['', ''],
      ['Tên đơn vị', 'Loại đơn vị'],
      ['Huyện ủy Văn Lâm', 'huyen'],
      ['Huyện ủy Mỹ Hào', 'huyen'],
    ];
    await context.sync();
  });
  return { excel, port: createExcelPort(NQ25, excel.run, excel.requirements) };
}

describe('recording a decision in the roster sheet', () => {
  it('adds the decision columns to a roster written before them, and reads the decision back', async () => {
    const { excel, port } = await withOldRoster();
    await expect(port.recordApproval('huyen', returned('Huyện uỷ Mỹ Hào', 'Thiếu chữ ký'))).resolves.toBe(true);
    expect(['C4', 'D4', 'E4', 'A6', 'C6', 'D6', 'E6'].map((a) => excel.cell('TH Danh sách', a)?.value)).toEqual([
      'Duyệt',
      'Lý do trả lại',
      'Ngày duyệt',
      'Huyện ủy Mỹ Hào',
      'Trả lại',
      'Thiếu chữ ký',
      AT,
    ]);
    const { roster } = await port.readWorkbookSources(AT);
    expect(approvalOf(roster?.approvals, 'Huyện ủy Mỹ Hào')).toMatchObject({ state: 'returned', reason: 'Thiếu chữ ký', at: AT });
  });

  it('replaces a unit’s earlier decision in its own columns, clearing the reason', async () => {
    const { excel, port } = await withOldRoster();
    await port.recordApproval('huyen', returned('Huyện ủy Văn Lâm', 'Sai số'));
    await port.recordApproval('huyen', approved('Huyện ủy Văn Lâm'));
    expect(['C5', 'D5', 'F4'].map((a) => excel.cell('TH Danh sách', a)?.value ?? '')).toEqual(['Đã duyệt', '', '']);
  });

  it('adds a line for a unit the roster does not list', async () => {
    const { excel, port } = await withOldRoster();
    await port.recordApproval('huyen', approved('Huyện ủy Ân Thi'));
    expect(['A7', 'B7', 'C7'].map((a) => excel.cell('TH Danh sách', a)?.value)).toEqual(['Huyện ủy Ân Thi', 'Huyện ủy, thành ủy, thị ủy', 'Đã duyệt']);
    const { roster } = await port.readWorkbookSources(AT);
    expect(roster?.entries.map((e) => e.unit)).toEqual(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Huyện ủy Ân Thi']);
  });

  it('writes nothing and says so when the workbook has no roster yet', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['Sheet1'] });
    const port = createExcelPort(NQ25, excel.run, excel.requirements);
    await expect(port.recordApproval('huyen', approved('Huyện ủy Văn Lâm'))).resolves.toBe(false);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
    expect(excel.cell('Sheet1', 'A1')?.value ?? '').toBe('');
  });
});
