import type { SourceRead } from '../../../src/core/merge/types';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import { workbookUnit } from '../../../src/taskpane/insert/workbookUnit';
import { NQ25 } from '../../support/campaigns';
import { unitFile } from '../../support/units';

/** Who the Chèn biểu tab opens as: the unit whose forms the workbook already holds, if exactly one. */

jest.setTimeout(60_000);

const read = async (unit: string, unitType: string, forms: string[]): Promise<SourceRead> => {
  const file = await unitFile(unit, unitType, 1, { forms });
  return readSourceFile(NQ25, { name: file.name, bytes: file.bytes, modified: undefined }, 'x');
};
const together = (a: SourceRead, b: SourceRead): SourceRead => (a.kind === 'read' && b.kind === 'read' ? { ...a, sheets: [...a.sheets, ...b.sheets] } : a);

describe('the unit of a workbook', () => {
  it('is the type and name on its forms', async () => {
    expect(workbookUnit(NQ25, await read('Đảng đoàn HĐND tỉnh', 'dd_hdnd', ['B1', 'B3B']))).toEqual({ unitType: 'dd_hdnd', unitName: 'Đảng đoàn HĐND tỉnh' });
  });

  it('is no one when the forms are two units’ (sheets copied in for a merge)', async () => {
    const both = together(await read('Huyện ủy Văn Lâm', 'huyen', ['B1']), await read('Huyện ủy Mỹ Hào', 'huyen', ['B2']));
    expect(workbookUnit(NQ25, both)).toBeUndefined();
  });

  it('is no one in a workbook without forms', async () => {
    expect(workbookUnit(NQ25, { kind: 'read', source: { label: 'Sổ này', sha256: undefined, modified: undefined, readAt: 'x' }, sheets: [] })).toBeUndefined();
  });
});
