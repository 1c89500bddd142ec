import { invalidArgument, invalidOperation, itemAlreadyExists } from './errors';
import { EventQueue } from './events';
import { newSheet, type ChangeHandler, type NameModel, type SheetModel } from './model';
import type { Requirements } from './requirements';

/** The workbook's state, its sheet-naming rules, and the requirement sets the simulated Excel claims. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Workbook-scoped names. */
  readonly names: NameModel[] = [];
  /** worksheets.onChanged (ExcelApi 1.9): handlers for every sheet. */
  readonly changeHandlers: ChangeHandler[] = [];
  readonly events = new EventQueue();
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  private sheetCount = 0;
  private tableCount = 0;

  constructor(readonly requirements: Requirements) {}

  /** Excel compares sheet names without regard to case, in any script. */
  byName(name: string): SheetModel | undefined {
    const folded = name.toLocaleLowerCase('vi');
    return this.sheets.find((s) => s.name.toLocaleLowerCase('vi') === folded);
  }

  byId(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel | undefined {
    return (this.activeSheetId !== undefined ? this.byId(this.activeSheetId) : undefined) ?? this.sheets.find((s) => s.visibility === 'Visible');
  }

  /** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
  checkName(name: string, except?: SheetModel): void {
    const bad = name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history';
    if (bad) throw invalidArgument(`sheet name "${name}"`);
    const clash = this.byName(name);
    if (clash && clash !== except) throw itemAlreadyExists(`sheet "${name}"`);
  }

  /** Worksheet IDs look like Office.js's GUIDs and are stable for the workbook's life. */
  add(name?: string): SheetModel {
    this.sheetCount += 1;
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n += 1) if (!this.byName(`Sheet${n}`)) chosen = `Sheet${n}`;
    this.checkName(chosen);
    const id = `{00000000-${this.sheetCount.toString(16).padStart(4, '0').toUpperCase()}-0000-C000-000000000046}`;
    const sheet = newSheet(id, chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  rename(sheet: SheetModel, name: string): void {
    this.checkName(name, sheet);
    if (this.selection?.sheet === sheet.name) this.selection = { ...this.selection, sheet: name };
    sheet.name = name;
  }

  /** A workbook keeps at least one visible sheet, and a very hidden sheet must be unhidden before deletion. */
  remove(sheet: SheetModel): void {
    if (sheet.visibility === 'VeryHidden') throw invalidOperation(`delete very hidden sheet "${sheet.name}"`);
    if (sheet.visibility === 'Visible' && this.visibleCount() === 1) throw invalidOperation(`delete the last visible sheet "${sheet.name}"`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.activeSheet()?.id;
    if (this.selection?.sheet === sheet.name) this.selection = undefined;
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel['visibility']): void {
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleCount() === 1) throw invalidOperation(`hide the last visible sheet "${sheet.name}"`);
    sheet.visibility = visibility;
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  /** Table names are unique in the workbook: "Table1", "Table2", … */
  nextTableName(): string {
    let name: string;
    do {
      this.tableCount += 1;
      name = `Table${this.tableCount}`;
    } while (this.tableNamed(name));
    return name;
  }

  tableNamed(name: string): { sheet: SheetModel; index: number } | undefined {
    for (const sheet of this.sheets) {
      const index = sheet.tables.findIndex((t) => t.name.toLowerCase() === name.toLowerCase());
      if (index >= 0) return { sheet, index };
    }
    return undefined;
  }
}
