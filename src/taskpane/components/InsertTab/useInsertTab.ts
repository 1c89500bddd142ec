import { useCallback, useMemo, useState } from 'react';
import type { Campaign, UnitTypeDef } from '../../../forms/schema';
import { usePort } from '../../port';
import type { ConflictChoice, InsertProgress, InsertResult, SheetConflict } from '../../port.types';
import { formsByKeys, formsOfUnitType, unitTypeByKey } from '../../../forms/lookup';

export type PendingConflicts = {
  readonly conflicts: readonly SheetConflict[];
  readonly answer: (choices: ReadonlyMap<string, ConflictChoice>) => void;
};

export type InsertStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: InsertProgress | undefined }
  | { readonly kind: 'done'; readonly result: InsertResult }
  | { readonly kind: 'failed'; readonly message: string };

/** State of the "Chèn biểu" tab: which unit, which forms, and how the insertion went. */
export function useInsertTab(campaign: Campaign) {
  const port = usePort();
  const [unitTypeKey, setUnitTypeKey] = useState(campaign.unitTypes[0]?.key ?? '');
  const [unitName, setUnitName] = useState('');
  const unitType = unitTypeByKey(campaign, unitTypeKey) as UnitTypeDef;
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(unitType.forms));
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const [pending, setPending] = useState<PendingConflicts | undefined>(undefined);

  const offered = useMemo(() => {
    const { required, optional } = formsOfUnitType(campaign, unitType.key);
    return formsByKeys(campaign, [...required, ...optional].map((f) => f.key));
  }, [campaign, unitType]);

  const chooseUnitType = useCallback(
    (key: string) => {
      const next = unitTypeByKey(campaign, key);
      if (!next) return;
      setUnitTypeKey(key);
      setSelected(new Set(next.forms));
      setStatus({ kind: 'idle' });
    },
    [campaign],
  );

  const toggleForm = useCallback((key: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const insert = useCallback(async () => {
    setStatus({ kind: 'running', progress: undefined });
    try {
      const forms = campaign.forms.map((f) => f.key).filter((k) => selected.has(k));
      const result = await port.insertForms(
        { unitType: unitTypeKey, unitName: unitName.trim(), forms },
        (conflicts) =>
          new Promise((resolve) =>
            setPending({
              conflicts,
              answer: (choices) => {
                setPending(undefined);
                resolve(choices);
              },
            }),
          ),
        (progress) => setStatus({ kind: 'running', progress }),
      );
      setStatus({ kind: 'done', result });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [campaign, port, selected, unitName, unitTypeKey]);

  return { unitType, unitName, setUnitName, chooseUnitType, offered, selected, toggleForm, insert, status, pending };
}
