import { createFakeExcel, renderWorkbookHtml } from '../../../src/dev/fake-excel';

/** The workbook as the preview page draws it. */
describe('renderWorkbookHtml', () => {
  async function sample() {
    const excel = createFakeExcel({ sheets: ['Biểu <1>'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Biểu <1>');
      sheet.getRange('A1:C1').values = [['<b>"Tổng" & \'hợp\'</b>', '', '']];
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('A2:C2').numberFormat = [['#,##0', '0.0', 'General']];
      sheet.getRange('A2:C2').values = [[1234567, 2.25, '=A2*2']];
      sheet.getRange('B2').format.protection.locked = false;
      sheet.getRange('B2').format.fill.color = '#FFF2CC';
      sheet.getRange('A3').values = [['ẩn']];
      sheet.getRange('3:3').rowHidden = true;
    });
    return excel;
  }

  it('escapes everything that comes from the workbook', async () => {
    const html = renderWorkbookHtml(await sample());
    expect(html).toContain('&lt;b&gt;&quot;Tổng&quot; &amp; &#39;hợp&#39;&lt;/b&gt;');
    expect(html).toContain('data-sheet="Biểu &lt;1&gt;"');
    expect(html).not.toContain('<b>');
  });

  it('spans merged areas and leaves out the cells they cover', async () => {
    const html = renderWorkbookHtml(await sample());
    expect(html).toMatch(/<td data-address="A1" class="locked" colspan="3"[^>]*font-weight:bold/);
    expect(html).not.toContain('data-address="B1"');
    expect(html).toContain('data-address="A2"');
  });

  it('shows number formats, formulas, fills, and unlocked cells apart from locked ones', async () => {
    const excel = await sample();
    const html = excel.renderWorkbookHtml();
    expect(html).toMatch(/data-address="A2"[^>]*>1,234,567</);
    expect(html).toMatch(/data-address="B2" class="unlocked"[^>]*background:#FFF2CC[^>]*>2\.3</);
    expect(html).toMatch(/data-address="C2" class="locked formula"[^>]*>=A2\*2</);
    expect(html).toContain('<tr data-row="3" hidden>');
  });

  it('draws a sheet model directly, and says when there is no sheet', async () => {
    const excel = await sample();
    expect(renderWorkbookHtml(excel.sheet('Biểu <1>'))).toBe(renderWorkbookHtml(excel, { sheet: 'Biểu <1>' }));
    expect(renderWorkbookHtml(createFakeExcel())).toContain('no sheets');
  });
});
