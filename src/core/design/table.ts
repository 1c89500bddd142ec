import type { ComparisonOp, Expr } from '../../forms/expression';
import { cellAddress } from '../a1';
import type { TableColumn } from './columns';
import { contentAt, figureOf, type Content } from './contents';
import type { TableFrame } from './findTable';
import type { HeaderRows } from './headerRows';
import type { Breakdown, TableRow } from './rows';
import type { SheetView } from './sheetView';
import { quote } from './text';
import type { Finding } from './types';

/**
 * One table being read: its parts as found (frame, header rows, columns, rows)
 * and, as each step of the designer decides them, what each row and column
 * is, the cells that do not apply, the rules — with the reason for every
 * decision and every doubt. Rows are named "r<index>" and columns by their
 * sheet letter in the expressions the steps build; keys come last.
 */

export type RowResolution =
  | { readonly kind: 'section' }
  | { readonly kind: 'data'; readonly unitRow?: boolean }
  | { readonly kind: 'total'; readonly of: readonly number[] }
  | { readonly kind: 'percent'; readonly formula: Expr };

export type ColumnResolution = { readonly kind: 'input' } | { readonly kind: 'formula'; readonly expr: Expr; readonly percent: boolean };

export type ProposedRule = {
  readonly severity: 'error' | 'warning';
  readonly op: ComparisonOp;
  readonly left: Expr;
  readonly right: Expr;
  /** rows: names are rows, checked in each input column; columns: names are columns, checked in each row; cell: names are "r3.D". */
  readonly scope: 'rows' | 'columns' | 'cell';
  readonly hint: string;
  readonly reason: string;
  /** Set when the rule is a guess from wording, not from the table's structure. */
  readonly doubt?: string;
};

export type Part = { readonly whole: number; readonly kind: Breakdown };

export class DesignTable {
  readonly decisions: Finding[] = [];
  readonly uncertain: Finding[] = [];
  readonly rowKind = new Map<number, RowResolution>();
  readonly columnKind = new Map<number, ColumnResolution>();
  /** `${rowIndex},${column}` of cells marked "x". */
  readonly na = new Set<string>();
  readonly rules: ProposedRule[] = [];
  /** Row index → the whole it is a part of ("Trong đó", "Chia ra"). */
  readonly partOf = new Map<number, Part>();
  /** Cells whose formula in the sheet the form states as a rule instead (a row computed by subtraction). */
  readonly computedAsRule = new Set<string>();
  /** Columns whose ratio the form multiplies by 100 where the sheet showed it through a "%" format. */
  readonly scaledColumns = new Set<number>();
  private readonly contents = new Map<string, Content>();

  constructor(
    readonly view: SheetView,
    readonly frame: TableFrame,
    readonly header: HeaderRows,
    readonly indexRow: number | undefined,
    readonly columns: readonly TableColumn[],
    readonly rows: readonly TableRow[],
    /** "Đơn vị tính: triệu đồng" written over the table. */
    readonly unitNote: string | undefined,
  ) {
    this.findParts();
  }

  get values(): TableColumn[] {
    return this.columns.filter((c) => c.kind === 'value');
  }

  items(): number[] {
    return this.rows.flatMap((r, i) => (r.kind === 'item' ? [i] : []));
  }

  row(i: number): TableRow {
    const row = this.rows[i];
    if (!row) throw new RangeError(`no row ${i}`);
    return row;
  }

  content(i: number, column: number): Content {
    const key = `${i},${column}`;
    let content = this.contents.get(key);
    if (!content) {
      content = contentAt(this.view, this.row(i).row, column);
      this.contents.set(key, content);
    }
    return content;
  }

  figure(i: number, column: number): number | undefined {
    return figureOf(this.content(i, column));
  }

  /** The item rows directly under row i (by numbering), parts of a breakdown included. */
  children(i: number): number[] {
    return this.items().filter((j) => this.row(j).parent === i);
  }

  /** Where row i is in the messages: "hàng 12 (2.1 "Trong đó: …")". */
  where(i: number): string {
    const r = this.row(i);
    return `hàng ${r.row + 1}`;
  }

  describe(i: number): string {
    const r = this.row(i);
    return `hàng ${r.row + 1} (${r.stt ? `${r.stt} ` : ''}${quote(r.label, 50)})`;
  }

  cell(i: number, column: number): string {
    return cellAddress(this.row(i).row, column);
  }

  heading(column: number): string {
    const c = this.columns.find((x) => x.column === column);
    return c ? quote(c.header[c.header.length - 1] ?? c.letter, 40) : String(column);
  }

  decide(at: string, reason: string): void {
    this.decisions.push({ at, reason });
  }

  doubt(at: string, reason: string): void {
    if (!this.uncertain.some((u) => u.at === at && u.reason === reason)) this.uncertain.push({ at, reason });
  }

  kindOf(i: number): RowResolution['kind'] | undefined {
    return this.rowKind.get(i)?.kind;
  }

  isInputColumn(column: number): boolean {
    return this.columnKind.get(column)?.kind !== 'formula';
  }

  private findParts(): void {
    let whole: { index: number; kind: Breakdown; rank: number } | undefined;
    this.rows.forEach((row, i) => {
      if (row.kind === 'spacer') whole = undefined;
      if (row.kind === 'marker' && row.opens) {
        const previous = this.previousItem(i);
        whole = previous === undefined ? undefined : { index: previous, kind: row.opens, rank: this.row(previous).rank };
        return;
      }
      if (row.kind !== 'item') return;
      if (whole && row.rank <= whole.rank) whole = undefined;
      if (whole && row.parent === whole.index) this.partOf.set(i, { whole: whole.index, kind: whole.kind });
      else if (row.inline) {
        const target = row.parent ?? this.previousItem(i);
        if (target !== undefined) this.partOf.set(i, { whole: this.partOf.get(target)?.kind === row.inline ? (this.partOf.get(target) as Part).whole : target, kind: row.inline });
      }
      if (row.opens) whole = { index: i, kind: row.opens, rank: row.rank };
    });
  }

  private previousItem(i: number): number | undefined {
    for (let j = i - 1; j >= 0; j -= 1) if (this.row(j).kind === 'item') return j;
    return undefined;
  }
}
