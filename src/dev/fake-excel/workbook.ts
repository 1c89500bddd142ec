import { invalidArgument, invalidOperation, itemAlreadyExists, structureProtected } from './errors';
import { EventQueue } from './events';
import { newSheet, type ChangeHandler, type NameModel, type SheetModel } from './model';
import { breakReferences, renameReferences } from './references';
import type { Requirements } from './requirements';

/** A sync made to fail on purpose (fault injection): its code, and how many of its operations run first. */
export type Fault = { readonly code: string; readonly message: string; readonly afterActions: number };

/** Syncs to fail, counted from when they were set: the 1st is the next sync of any run. */
export class FaultPlan {
  private pending = new Map<number, Fault>();
  private count = 0;

  /** Fails the `n`th sync from now. */
  failSync(n: number, fault: Fault): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`failSync counts syncs from 1, not ${n}`);
    this.pending.set(this.count + n, fault);
  }

  /** Called by every sync: the fault planned for it, if any. */
  take(): Fault | undefined {
    this.count += 1;
    const fault = this.pending.get(this.count);
    this.pending.delete(this.count);
    return fault;
  }
}

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
  readonly faults = new FaultPlan();
  /** Review › Protect Workbook (structure): no sheet may be added, deleted, renamed, moved or hidden while it is on. */
  protection: { protected: boolean; password?: string } = { protected: false };
  /** The cell the simulated user is editing (F2, or typing before Enter), if any. */
  editing: { sheet: SheetModel; address: string } | undefined;
  private editWaiters: (() => void)[] = [];
  private sheetCount = 0;
  private tableCount = 0;

  constructor(readonly requirements: Requirements) {}

  /** Resolves when the user leaves cell-edit mode. */
  editEnded(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  stopEditing(): void {
    this.editing = undefined;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    waiters.forEach((wake) => wake());
  }

  /** What a protected structure refuses: adding, deleting, renaming, moving, hiding or showing a sheet. */
  guardStructure(what: string): void {
    if (this.protection.protected) throw structureProtected(what);
  }

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
    this.guardStructure(`add sheet "${name ?? ''}"`);
    this.sheetCount += 1;
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n += 1) if (!this.byName(`Sheet${n}`)) chosen = `Sheet${n}`;
    this.checkName(chosen);
    const id = `{00000000-${this.sheetCount.toString(16).padStart(4, '0').toUpperCase()}-0000-C000-000000000046}`;
    const sheet = newSheet(id, chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Formulas and defined names that name the sheet follow it to its new name, as in Excel. */
  rename(sheet: SheetModel, name: string): void {
    if (name !== sheet.name) this.guardStructure(`rename sheet "${sheet.name}"`);
    this.checkName(name, sheet);
    if (this.selection?.sheet === sheet.name) this.selection = { ...this.selection, sheet: name };
    renameReferences(this, sheet.name, name);
    sheet.name = name;
  }

  /** A workbook keeps at least one visible sheet, and a very hidden sheet must be unhidden before deletion. */
  remove(sheet: SheetModel): void {
    this.guardStructure(`delete sheet "${sheet.name}"`);
    if (sheet.visibility === 'VeryHidden') throw invalidOperation(`delete very hidden sheet "${sheet.name}"`);
    if (sheet.visibility === 'Visible' && this.visibleCount() === 1) throw invalidOperation(`delete the last visible sheet "${sheet.name}"`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    breakReferences(this, sheet.name);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.activeSheet()?.id;
    if (this.selection?.sheet === sheet.name) this.selection = undefined;
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel['visibility']): void {
    if (visibility !== sheet.visibility) this.guardStructure(`set visibility of sheet "${sheet.name}"`);
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
