import { apiNotFound } from './errors';
import { newSheet, type SheetModel } from './model';

/** The workbook state and the requirement sets this fake Excel claims to support. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;

  constructor(readonly apiVersion: number) {}

  supports(name: string, version = '1.1'): boolean {
    return name === 'ExcelApi' && Number(version) <= this.apiVersion + 1e-9;
  }

  require(api: string, version: string): void {
    if (!this.supports('ExcelApi', version)) throw apiNotFound(api, `ExcelApi ${version}`);
  }

  byName(name: string): SheetModel | undefined {
    const folded = name.toLocaleLowerCase('vi');
    return this.sheets.find((s) => s.name.toLocaleLowerCase('vi') === folded);
  }

  byId(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  add(name: string): SheetModel {
    if (this.byName(name)) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  remove(sheet: SheetModel): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
  }
}
