import type { GridRange } from '../../core/a1';
import { cellCount, qualifiedAddress } from './address';
import type { FakeContext } from './context';
import type { SheetModel } from './model';
import { LocatedObject } from './proxy';

/**
 * RangeAreas, as far as Range.getMergedAreasOrNullObject (ExcelApi 1.13)
 * needs it: `address` names every area with its sheet, joined by ", " (types:
 * RangeAreas.address, e.g. "Sheet1!A1:B4, Sheet1!D1:D4"), `areaCount`,
 * `cellCount`. A null object when there is no area.
 */
export type AreasTarget = { readonly sheet: SheetModel; readonly areas: readonly GridRange[] };

export class FakeRangeAreas extends LocatedObject<AreasTarget> {
  protected readonly typeName = 'RangeAreas';
  protected readonly scalarProperties = ['address', 'addressLocal', 'areaCount', 'cellCount'];

  constructor(context: FakeContext, locate: () => AreasTarget | undefined) {
    super(context, locate, 'range areas (null object)');
  }

  snapshot(property: string): unknown {
    const { sheet, areas } = this.located();
    if (property === 'areaCount') return areas.length;
    if (property === 'cellCount') return areas.reduce((n, area) => n + cellCount(area), 0);
    return areas.map((area) => qualifiedAddress(sheet.name, area)).join(', ');
  }

  get address(): string {
    return this.read('address');
  }
  get addressLocal(): string {
    return this.read('addressLocal');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
}
