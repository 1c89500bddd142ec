import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createCampaignStore } from '../../../src/hosts/excel/campaignStore';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { campaignJson, readCampaignText } from '../../../src/forms/defineForm';
import type { Campaign } from '../../../src/forms/schema';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy, NQ25 } from '../../support/campaigns';

/** The pane learns a workbook's campaign from the sheets themselves, and keeps a user's choice in the workbook. */

async function workbookWithFormsOf(campaign: Campaign) {
  const excel = createFakeExcel({ apiVersion: '1.9', sheets: ['Sheet1'] });
  const unitType = fillingUnitType(campaign);
  const forms = formsOwedBy(campaign, unitType).map((f) => f.key);
  await createExcelPort(campaign, excel.run, excel.requirements).insertForms({ unitType: unitType.key, unitName: 'Đơn vị thử', forms }, async () => new Map(), () => undefined);
  return excel;
}

describe.each(EACH_CAMPAIGN)('the campaign store of a workbook with forms of %s', (_name, campaign: Campaign) => {
  it('reads back the campaign the inserted sheets carry, in two syncs', async () => {
    const excel = await workbookWithFormsOf(campaign);
    excel.resetStats();
    const text = await createCampaignStore(excel.run, excel.settings).readCarried();
    expect(excel.stats.syncs).toBe(2);
    expect(readCampaignText(text as string, 'sổ')).toEqual(campaign);
  });

  it('still finds it when the sheet the user added comes first', async () => {
    const excel = await workbookWithFormsOf(campaign);
    excel.userAddSheet('Ghi chép', { A1: 'không phải biểu' });
    expect(await createCampaignStore(excel.run, excel.settings).readCarried()).toBe(campaignJson(campaign));
  });
});

describe('the campaign store', () => {
  it('finds no campaign in a workbook without forms', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    expect(await createCampaignStore(excel.run, excel.settings).readCarried()).toBeUndefined();
  });

  it('keeps the user’s choice in the workbook’s settings once saved, and forgets it on request', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    const store = createCampaignStore(excel.run, excel.settings);
    expect(store.remembered()).toBeUndefined();
    await store.remember(campaignJson(NQ25));
    expect(excel.settings.saved().get('tongket.campaign')).toBe(campaignJson(NQ25));
    expect(createCampaignStore(excel.run, excel.settings).remembered()).toBe(campaignJson(NQ25));
    await store.remember(undefined);
    expect(excel.settings.saved().has('tongket.campaign')).toBe(false);
  });
});
