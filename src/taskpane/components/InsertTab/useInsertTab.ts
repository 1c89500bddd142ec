import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../../../core/dates';
import type { Campaign, UnitTypeDef } from '../../../forms/schema';
import { formsByKeys, formsOfUnitType, unitTypeByKey } from '../../../forms/lookup';
import { workbookUnit } from '../../insert/workbookUnit';
import { usePort } from '../../port';
import type { ConflictChoice, InsertProgress, InsertResult, SheetConflict } from '../../../ports/workbookPort';
import { errorMessage } from '../../errorMessage';

export type PendingConflicts = {
  readonly conflicts: readonly SheetConflict[];
  /** The user's choice per sheet, or undefined when they cancelled: then nothing is inserted. */
  readonly answer: (choices: ReadonlyMap<string, ConflictChoice> | undefined) => void;
};

export type InsertStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: InsertProgress | undefined }
  | { readonly kind: 'done'; readonly result: InsertResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Rejects the port's question about conflicts: the host writes nothing once it is asked and refused (src/hosts/excel/insertForms.ts). */
const cancelled = () => new Error('Người dùng đã hủy.');

/**
 * State of the "Chèn biểu" tab: which unit, which forms, and how the insertion
 * went. The tab stays mounted while other tabs are shown (AppShell), so what
 * was typed is kept; on opening, the unit type and name are taken from the
 * unit's forms already in the workbook unless the user has typed first.
 */
export function useInsertTab(campaign: Campaign) {
  const port = usePort();
  const [unitTypeKey, setUnitTypeKey] = useState(campaign.unitTypes[0]?.key ?? '');
  const [unitName, setUnitNameValue] = useState('');
  const unitType = unitTypeByKey(campaign, unitTypeKey) as UnitTypeDef;
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(unitType.forms));
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const [pending, setPending] = useState<PendingConflicts | undefined>(undefined);
  // Once the user has chosen or typed, the workbook's answer (which may come later) no longer overrides them.
  const touched = useRef(false);

  const offered = useMemo(() => {
    const { required, optional } = formsOfUnitType(campaign, unitType.key);
    return formsByKeys(campaign, [...required, ...optional].map((f) => f.key));
  }, [campaign, unitType]);

  const applyUnitType = useCallback(
    (key: string) => {
      const next = unitTypeByKey(campaign, key);
      if (!next) return;
      setUnitTypeKey(key);
      setSelected(new Set(next.forms));
      setStatus({ kind: 'idle' });
    },
    [campaign],
  );

  useEffect(() => {
    let gone = false;
    port.readWorkbookSources(formatDateTime(Date.now())).then(
      (read) => {
        const unit = workbookUnit(campaign, read.source);
        if (gone || touched.current || !unit) return;
        applyUnitType(unit.unitType);
        setUnitNameValue(unit.unitName);
      },
      // Only a convenience: a workbook that cannot be read now leaves the fields empty, and inserting says what is wrong.
      () => undefined,
    );
    return () => {
      gone = true;
    };
  }, [applyUnitType, campaign, port]);

  const chooseUnitType = useCallback(
    (key: string) => {
      touched.current = true;
      applyUnitType(key);
    },
    [applyUnitType],
  );

  // Whether the user has typed into the name: an empty name is an error only once they have (before, it is a note by the button).
  const [nameTyped, setNameTyped] = useState(false);
  const setUnitName = useCallback((name: string) => {
    touched.current = true;
    setNameTyped(true);
    setUnitNameValue(name);
  }, []);

  const toggleForm = useCallback((key: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  /** The header of every form names the unit: without a name the forms could not be merged (the check calls it an error). */
  const nameMissing = unitName.trim() === '';

  const insert = useCallback(async () => {
    if (nameMissing) return;
    setStatus({ kind: 'running', progress: undefined });
    // Known here rather than from the error: Excel.run may hand the rejection back wrapped.
    const asked = { cancelled: false };
    try {
      const forms = campaign.forms.map((f) => f.key).filter((k) => selected.has(k));
      const result = await port.insertForms(
        { unitType: unitTypeKey, unitName: unitName.trim(), forms },
        (conflicts) =>
          new Promise((resolve, reject) =>
            setPending({
              conflicts,
              answer: (choices) => {
                setPending(undefined);
                if (choices) resolve(choices);
                else {
                  asked.cancelled = true;
                  reject(cancelled());
                }
              },
            }),
          ),
        (progress) => setStatus({ kind: 'running', progress }),
      );
      setStatus({ kind: 'done', result });
    } catch (error) {
      if (asked.cancelled) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', message: errorMessage(error) });
    }
  }, [campaign, nameMissing, port, selected, unitName, unitTypeKey]);

  return { unitType, unitName, setUnitName, nameMissing, nameTyped, chooseUnitType, offered, selected, toggleForm, insert, status, pending };
}

export type InsertTabState = ReturnType<typeof useInsertTab>;
