import { createFakeExcel } from '../../../src/dev/fake-excel';
import { AUTO_OPEN_SETTING } from '../../../src/hosts/excel/autoOpen';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { NQ25 } from '../../support/campaigns';

const REQUEST = { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1'] };

describe('a workbook the add-in inserts forms into', () => {
  it('asks Excel, in its saved settings, to open the pane with it', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9 });
    const port = createExcelPort(NQ25, excel.run, excel.requirements, { document: excel.document });
    await port.insertForms(REQUEST, async () => new Map(), () => undefined);
    expect(excel.settings.saved().get(AUTO_OPEN_SETTING)).toBe(true);
  });

  it('is left as it was where the port has no document (the tests’ Excel)', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9 });
    await createExcelPort(NQ25, excel.run, excel.requirements).insertForms(REQUEST, async () => new Map(), () => undefined);
    expect(excel.settings.saved().has(AUTO_OPEN_SETTING)).toBe(false);
  });
});
