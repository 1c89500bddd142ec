import { parseAddress } from './address';
import type { FakeContext } from './context';
import { itemNotFound } from './errors';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './worksheets';

/** `context.workbook`: its collections are made once per context, so a load and a later read meet. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, { kind: 'Workbook', list: () => context.model.names });
  }

  /** The selection on the active sheet; A1 if nothing was selected there (Excel keeps one per sheet, the fake only the last). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { model } = this.context;
      const sheet = model.activeSheet();
      if (!sheet) throw itemNotFound('selection of an empty workbook');
      const here = model.selection && model.byName(model.selection.sheet) === sheet ? model.selection.address : 'A1';
      return { sheet, range: parseAddress(here).range };
    });
  }

  /** ExcelApi 1.7: the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    this.context.model.requirements.require('Workbook.getActiveCell');
    return this.getSelectedRange().getCell(0, 0);
  }
}
