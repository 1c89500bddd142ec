import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTime, isoDayOf } from '../../../core/dates';
import { approvalOf, decide, NO_APPROVALS, type Approvals, type ApprovalState } from '../../../core/merge/approvals';
import { reminders as remindersOf } from '../../../core/merge/reminders';
import { consolidate, previewMerge, type MergePreview } from '../../../core/merge/consolidate';
import type { RosterReading } from '../../../core/merge/roster';
import { unitKey } from '../../../core/merge/unitName';
import { withReceived } from '../../../core/merge/submission';
import { CURRENT_WORKBOOK, type SourceRead } from '../../../core/merge/types';
import type { Campaign } from '../../../forms/schema';
import { pickedFile, readSources, type Incoming } from '../../merge/readFiles';
import { defaultConsolidatorName } from '../../merge/view';
import { usePort } from '../../port';
import type { WriteResult } from '../../../ports/workbookPort';
import { consolidatingUnitType } from '../../../forms/lookup';
import { errorMessage } from '../../errorMessage';

/** One source in the list; `id` keeps React rows and removal stable when the same file is added twice. */
export type Source = { readonly id: number; readonly read: SourceRead };

export type Busy =
  | { readonly kind: 'reading'; readonly done: number; readonly total: number; readonly name: string }
  | { readonly kind: 'writing'; readonly step: string };

/** The last thing the user did and how it ended; the source list survives every one of them. */
export type Outcome =
  | { readonly kind: 'written'; readonly result: WriteResult; readonly units: number; /** Units counted although they have errors, named in the result. */ readonly withErrors: readonly string[]; /** Summary cells whose total Excel cannot hold, each said at its cell. */ readonly overflows: readonly string[] }
  | { readonly kind: 'stopped'; readonly read: number; readonly total: number }
  | { readonly kind: 'failed'; readonly during: 'reading' | 'merging'; readonly message: string };

/** The roster sheet of the open workbook: read when the tab is shown, before and after each merge, and on request. */
export type WorkbookRoster =
  | { readonly kind: 'reading' }
  | { readonly kind: 'ready'; readonly roster: RosterReading | undefined }
  | { readonly kind: 'failed'; readonly message: string };

/** Whether an outcome belongs next to the sources (reading them) or to the merge button. */
export const duringReading = (outcome: Outcome) => outcome.kind === 'stopped' || (outcome.kind === 'failed' && outcome.during === 'reading');

export type PendingReplace = { readonly sheets: readonly string[]; readonly answer: (replace: boolean) => void };

const now = () => formatDateTime(Date.now());
const isWorkbook = (s: Source) => s.read.source.label === CURRENT_WORKBOOK && s.read.source.sha256 === undefined;
/** A read with the day the clerk received it, if they gave one; the same object otherwise, so nothing is consolidated again for nothing. */
const receivedOn = (read: SourceRead, day: string | undefined): SourceRead => (day === undefined ? read : { ...read, source: withReceived(read.source, day) });

/** State of the "Tổng hợp" tab: the sources, the roster, the options, and how reading and writing went. */
export function useMergeTab(campaign: Campaign, active: boolean) {
  const port = usePort();
  const [sources, setSources] = useState<readonly Source[]>([]);
  const [workbook, setWorkbook] = useState<WorkbookRoster>({ kind: 'reading' });
  const [includeUnitsWithErrors, setIncludeUnitsWithErrors] = useState(false);
  const [onlyApproved, setOnlyApproved] = useState(false);
  // Decisions not yet in the roster sheet: the workbook has none until the first merge writes it, decisions included.
  const [unsaved, setUnsaved] = useState<Approvals>(NO_APPROVALS);
  // Unit key → label of the file the user kept for a unit that sent two; the others default to the newer.
  const [keep, setKeep] = useState<ReadonlyMap<string, string>>(new Map());
  const initialType = (consolidatingUnitType(campaign) ?? campaign.unitTypes[0])?.key ?? '';
  const [unitType, setUnitType] = useState(initialType);
  const [unitName, setUnitName] = useState(() => defaultConsolidatorName(campaign, initialType));
  const [busy, setBusy] = useState<Busy | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [pending, setPending] = useState<PendingReplace | undefined>(undefined);
  // Source id → the day the clerk received it (ISO), for sources that do not say when they were sent (core/merge/submission.ts).
  const [received, setReceivedDays] = useState<ReadonlyMap<number, string>>(new Map());
  const nextId = useRef(0);
  const reading = useRef<AbortController | undefined>(undefined);
  const rosterRequest = useRef(0);

  const add = useCallback((reads: readonly SourceRead[]) => {
    setSources((current) => [...current, ...reads.map((read) => ({ id: (nextId.current += 1), read }))]);
  }, []);

  /** Puts a fresh read of the open workbook in place of the one in the list, if the user added it. */
  const replaceWorkbookSource = useCallback((read: SourceRead) => {
    setSources((current) => (current.some(isWorkbook) ? current.map((s) => (isWorkbook(s) ? { ...s, read } : s)) : current));
  }, []);

  /** Reads the roster sheet (and the workbook's own unit sheets); a later call wins over an earlier one still running. */
  const readWorkbook = useCallback(async () => {
    const request = (rosterRequest.current += 1);
    setWorkbook((current) => (current.kind === 'ready' ? current : { kind: 'reading' }));
    try {
      const read = await port.readWorkbookSources(now());
      if (request === rosterRequest.current) {
        setWorkbook({ kind: 'ready', roster: read.roster });
        replaceWorkbookSource(read.source);
      }
      return read;
    } catch (error) {
      if (request === rosterRequest.current) setWorkbook({ kind: 'failed', message: errorMessage(error) });
      throw error;
    }
  }, [port, replaceWorkbookSource]);

  const refreshRoster = useCallback(() => readWorkbook().catch(() => undefined), [readWorkbook]);

  useEffect(() => {
    if (active) void refreshRoster();
  }, [active, refreshRoster]);

  useEffect(() => () => reading.current?.abort(), []);

  /** Reads picked files or open workbooks' files into the list, with a progress bar that can be cancelled. */
  const addIncoming = useCallback(
    async (items: readonly Incoming[]) => {
      if (items.length === 0 || reading.current) return;
      const controller = new AbortController();
      reading.current = controller;
      setOutcome(undefined);
      setBusy({ kind: 'reading', done: 0, total: items.length, name: items[0]?.name ?? '' });
      try {
        const reads = await readSources(port.readSourceFile, items, now(), (done, total, name) => setBusy({ kind: 'reading', done, total, name }), controller.signal);
        add(reads);
        if (reads.length < items.length) setOutcome({ kind: 'stopped', read: reads.length, total: items.length });
      } catch (error) {
        setOutcome({ kind: 'failed', during: 'reading', message: `Không đọc được tệp: ${errorMessage(error)}` });
      } finally {
        reading.current = undefined;
        setBusy(undefined);
      }
    },
    [add, port],
  );

  const addFiles = useCallback((files: readonly File[]) => addIncoming(files.map(pickedFile)), [addIncoming]);

  const cancelReading = useCallback(() => reading.current?.abort(), []);

  const addWorkbookSheets = useCallback(async () => {
    setOutcome(undefined);
    try {
      const read = await readWorkbook();
      setSources((current) => (current.some(isWorkbook) ? current : [...current, { id: (nextId.current += 1), read: read.source }]));
    } catch (error) {
      setOutcome({ kind: 'failed', during: 'reading', message: `Không đọc được các biểu trong sổ: ${errorMessage(error)}` });
    }
  }, [readWorkbook]);

  const keepSource = useCallback((unit: string, label: string) => {
    setKeep((current) => new Map(current).set(unitKey(unit), label));
    setOutcome(undefined);
  }, []);

  const remove = useCallback((id: number) => {
    setSources((current) => current.filter((s) => s.id !== id));
    setOutcome(undefined);
  }, []);

  /** The day (ISO) the clerk received a source, or undefined to forget it. */
  const setReceived = useCallback((id: number, day: string | undefined) => {
    setReceivedDays((current) => {
      const next = new Map(current);
      if (day === undefined) next.delete(id);
      else next.set(id, day);
      return next;
    });
    setOutcome(undefined);
  }, []);

  const chooseUnitType = useCallback(
    (key: string) => {
      // A name the user typed stays; the default name follows the type.
      setUnitName((name) => (name === defaultConsolidatorName(campaign, unitType) ? defaultConsolidatorName(campaign, key) : name));
      setUnitType(key);
    },
    [campaign, unitType],
  );

  const roster = workbook.kind === 'ready' ? workbook.roster : undefined;
  const approvals: Approvals = useMemo(() => new Map([...(roster?.approvals ?? NO_APPROVALS), ...unsaved]), [roster, unsaved]);
  const reads = useMemo(() => sources.map((s) => receivedOn(s.read, received.get(s.id))), [sources, received]);
  // What the table shows; the merge itself is consolidated again when written, with the roster as it is then.
  const options = useMemo(() => ({ includeUnitsWithErrors, keep, approvals, onlyApproved }), [includeUnitsWithErrors, keep, approvals, onlyApproved]);
  const preview: MergePreview = useMemo(() => previewMerge(campaign, { reads, options, roster }), [campaign, reads, options, roster]);
  const reminders = useMemo(() => remindersOf(campaign, preview.roster, preview.result.units, isoDayOf(Date.now())), [campaign, preview]);

  /**
   * "Duyệt" or "Trả lại": written into the roster sheet at once (approvals.ts says why there), then read back;
   * kept in the pane until the first merge when the workbook has no roster yet.
   */
  const decideUnit = useCallback(
    async (unit: string, unitType: string, state: ApprovalState, reason: string) => {
      const approval = approvalOf(decide(NO_APPROVALS, unit, state, reason, now()), unit);
      setUnsaved((current) => new Map(current).set(unitKey(unit), approval));
      setOutcome(undefined);
      try {
        if (!(await port.recordApproval(unitType, approval))) return;
        await readWorkbook();
        setUnsaved((current) => {
          const next = new Map(current);
          next.delete(unitKey(unit));
          return next;
        });
      } catch (error) {
        setOutcome({ kind: 'failed', during: 'reading', message: `Chưa ghi được quyết định vào sổ: ${errorMessage(error)}` });
      }
    },
    [port, readWorkbook],
  );

  const confirmReplace = useCallback(
    (sheets: readonly string[]) =>
      new Promise<boolean>((resolve) =>
        setPending({
          sheets,
          answer: (replace) => {
            setPending(undefined);
            resolve(replace);
          },
        }),
      ),
    [],
  );

  const merge = useCallback(async () => {
    setOutcome(undefined);
    setBusy({ kind: 'writing', step: 'Đang đọc danh sách đơn vị trong sổ' });
    try {
      const current = await readWorkbook();
      const fresh = sources.map((s) => receivedOn(isWorkbook(s) ? current.source : s.read, received.get(s.id)));
      const consolidation = consolidate(campaign, {
        reads: fresh,
        options,
        by: { unitName: unitName.trim(), unitType },
        roster: current.roster,
        mergedAt: now(),
      });
      if (consolidation.result.included.length === 0) {
        setOutcome({ kind: 'failed', during: 'merging', message: 'Không có đơn vị nào để cộng: hãy thêm tệp của các đơn vị hoặc sửa lỗi trong các tệp.' });
        return;
      }
      setBusy({ kind: 'writing', step: 'Đang ghi các sheet tổng hợp' });
      const result = await port.writeConsolidation(consolidation, confirmReplace, (step) => setBusy({ kind: 'writing', step }));
      const withErrors = consolidation.result.units.filter((u) => u.included && u.errors > 0).map((u) => u.unit);
      setOutcome({ kind: 'written', result, units: consolidation.result.included.length, withErrors, overflows: consolidation.overflows.map((o) => o.message) });
      // A first merge has just written the roster sheet, decisions included: from now on it is the user's, and read from the workbook.
      if (!result.cancelled) void refreshRoster().then((read) => read?.roster && setUnsaved(NO_APPROVALS));
    } catch (error) {
      setOutcome({ kind: 'failed', during: 'merging', message: `Không tổng hợp được: ${errorMessage(error)}` });
    } finally {
      setBusy(undefined);
    }
  }, [campaign, confirmReplace, options, port, readWorkbook, received, refreshRoster, sources, unitName, unitType]);

  return {
    sources,
    preview,
    workbook,
    refreshRoster,
    addFiles,
    addIncoming,
    cancelReading,
    addWorkbookSheets,
    remove,
    keepSource,
    received,
    setReceived,
    includeUnitsWithErrors,
    setIncludeUnitsWithErrors,
    onlyApproved,
    setOnlyApproved,
    approvals,
    decideUnit,
    reminders,
    unitType,
    chooseUnitType,
    unitName,
    setUnitName,
    merge,
    busy,
    outcome,
    pending,
  };
}

export type MergeTabState = ReturnType<typeof useMergeTab>;
