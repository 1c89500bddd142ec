import { useMemo, useSyncExternalStore } from 'react';
import { proposeForms } from '../../../core/design/proposeForms';
import { campaignFileText, CatalogError } from '../../../forms/defineForm';
import { formByKey } from '../../../forms/lookup';
import type { Campaign, FormDef } from '../../../forms/schema';
import type { ActiveCampaign } from '../../campaign/useActiveCampaign';
import { campaignFileName, campaignWithForm, defaultSettings, formWithSettings, settingsProblem, type FormSettings } from '../../design/campaignWithForm';
import { applyEdits, DesignEditError, type DesignEdit, type Designed } from '../../design/edits';
import { buildOutline, type Outline } from '../../design/outline';
import type { DesignStore } from '../../design/store';
import { usePort } from '../../port';
import { downloadText } from './downloadText';
import { errorMessage } from '../../errorMessage';


/** "hàng 14" / "cột F": what an edit is about, for the notice that follows it. */
const subject = (edit: DesignEdit) => (edit.kind === 'row' ? `hàng ${edit.row}` : `cột ${edit.column}`);

export type DesignTabState = ReturnType<typeof useDesignTab>;

/** Everything the Thiết kế biểu tab shows and does; the work itself is in src/taskpane/design and the core. */
export function useDesignTab(active: ActiveCampaign, store: DesignStore) {
  const port = usePort();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { campaign } = active;
  const proposal = state.read?.proposals[state.chosen];

  // Edits were checked when made; a failure here would be a bug, shown rather than thrown at React.
  const designed = useMemo((): Designed | string | undefined => {
    if (!proposal) return undefined;
    try {
      return applyEdits(proposal, state.edits);
    } catch (error) {
      return errorMessage(error);
    }
  }, [proposal, state.edits]);
  const outline = useMemo((): Outline | undefined => (proposal && typeof designed === 'object' ? buildOutline(proposal, designed, state.edits) : undefined), [proposal, designed, state.edits]);

  // The form this design was saved as, if the campaign in use still has it: saving again replaces it.
  const saved = state.savedKey === undefined ? undefined : formByKey(campaign, state.savedKey);
  const replacing = saved?.key;
  const settingsIssue = state.settings && settingsProblem(campaign, state.settings, replacing);
  const pending = useMemo((): FormDef | string | undefined => {
    if (typeof designed !== 'object' || !state.settings || settingsIssue) return settingsIssue;
    try {
      return formWithSettings(designed.form, state.settings, saved);
    } catch (error) {
      return errorMessage(error);
    }
  }, [designed, state.settings, settingsIssue, saved]);
  const upToDate = saved !== undefined && typeof pending === 'object' && JSON.stringify(pending, sources) === JSON.stringify(saved, sources);
  const fillers = new Set(campaign.unitTypes.map((t) => t.key).filter((k) => !state.unticked.includes(k)));

  async function read(): Promise<void> {
    store.update({ busy: 'read', notice: undefined });
    try {
      const got = await port.readDesignGrid();
      const proposals = proposeForms(got.grid);
      if (proposals.length === 0) {
        store.update({
          busy: undefined,
          notice: {
            intent: 'warning',
            title: 'Không tìm thấy bảng',
            text: `${got.from === 'selection' ? 'Vùng đang chọn' : `Sheet "${got.grid.sheet}"`} không có bảng số liệu: bảng cần có cột "STT" hoặc "Nội dung"/"Chỉ tiêu", hoặc được kẻ khung.`,
          },
        });
        return;
      }
      store.update({
        busy: undefined,
        read: { sheet: got.grid.sheet, from: got.from, missing: got.missing, proposals },
        chosen: 0,
        edits: [],
        settings: defaultSettings(campaign, (proposals[0] as (typeof proposals)[number]).form, got.grid.sheet),
        savedKey: undefined,
        notice: undefined,
      });
    } catch (error) {
      store.update({ busy: undefined, notice: { intent: 'error', title: 'Không đọc được bảng', text: errorMessage(error) } });
    }
  }

  function choose(index: number): void {
    const next = state.read?.proposals[index];
    if (!next || !state.read) return;
    store.update({ chosen: index, edits: [], savedKey: undefined, notice: undefined, settings: defaultSettings(campaign, next.form, state.read.sheet) });
  }

  function edit(change: DesignEdit): void {
    if (!proposal) return;
    const edits = [...state.edits, change];
    try {
      const result = applyEdits(proposal, edits);
      store.update({ edits, notice: result.notes.length > 0 ? { intent: 'info', title: `Đổi ${subject(change)} kéo theo:`, lines: result.notes } : undefined });
    } catch (error) {
      if (!(error instanceof DesignEditError)) throw error;
      store.update({ notice: { intent: 'error', title: `Không đổi được ${subject(change)}`, text: error.message } });
    }
  }

  const undo = () => store.update((s) => ({ edits: s.edits.slice(0, -1), notice: undefined }));
  const setSettings = (change: Partial<FormSettings>) => store.update((s) => ({ settings: s.settings && { ...s.settings, ...change } }));
  const toggleUnitType = (key: string, on: boolean) => store.update((s) => ({ unticked: on ? s.unticked.filter((k) => k !== key) : [...s.unticked, key] }));

  async function preview(): Promise<void> {
    if (typeof pending !== 'object' || !state.read) return;
    store.update({ busy: 'preview', notice: undefined });
    try {
      const { sheet } = await port.previewForm(campaign, pending, state.read.sheet);
      store.update({
        busy: undefined,
        notice: { intent: 'success', title: `Đã dựng biểu ở sheet "${sheet}"`, text: `ngay sau sheet "${state.read.sheet}" để so sánh; sheet gốc không bị sửa. Sheet xem thử chỉ để xem, không phải biểu để điền.` },
      });
    } catch (error) {
      store.update({ busy: undefined, notice: { intent: 'error', title: 'Không dựng được biểu xem thử', text: errorMessage(error) } });
    }
  }

  /** The campaign in use with this form, as saving would make it. */
  const withForm = (form: FormDef): Campaign => campaignWithForm(campaign, form, fillers, replacing);

  async function save(): Promise<void> {
    if (typeof pending !== 'object') return;
    let next: Campaign;
    try {
      next = withForm(pending);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      store.update({ notice: { intent: 'error', title: 'Chưa lưu được', text: error.message } });
      return;
    }
    const fills = campaign.unitTypes.filter((t) => fillers.has(t.key)).map((t) => t.label);
    const others = campaign.unitTypes.filter((t) => !fillers.has(t.key)).map((t) => t.label);
    // Recorded before the campaign changes: the tab is mounted anew for the new campaign and reads this from the store.
    store.update({
      busy: 'save',
      savedKey: pending.key,
      notice: {
        intent: 'success',
        title: `Đã lưu biểu ${pending.number} vào bộ biểu “${next.shortName}”, phiên bản ${next.version}`,
        text:
          // The shorter list of the two: a campaign may have a dozen unit types.
          (fills.length === 0
            ? 'Chưa loại đơn vị nào điền biểu này.'
            : others.length === 0
              ? 'Mọi loại đơn vị điền biểu này.'
              : others.length < fills.length
                ? `Mọi loại đơn vị điền biểu này, trừ: ${others.join('; ')}.`
                : `Loại đơn vị điền biểu này: ${fills.join('; ')}.`) +
          ' Chèn biểu cho đơn vị ở thẻ Chèn biểu; bấm Xuất tệp để gửi bộ biểu cho các đơn vị.',
      },
    });
    try {
      await active.adopt(next);
      store.update({ busy: undefined });
    } catch (error) {
      store.update({ busy: undefined, notice: { intent: 'error', title: 'Đã dùng bộ biểu mới nhưng chưa ghi được vào sổ', text: errorMessage(error) } });
    }
  }

  function exportFile(): void {
    if (typeof pending !== 'object') return;
    let file: Campaign;
    try {
      file = upToDate ? campaign : withForm(pending);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      store.update({ notice: { intent: 'error', title: 'Chưa xuất được', text: error.message } });
      return;
    }
    downloadText(campaignFileName(file), campaignFileText(file));
    store.update({
      notice: upToDate
        ? { intent: 'success', title: `Đã xuất ${campaignFileName(file)}`, text: `Bộ biểu đang dùng (phiên bản ${file.version}), gửi cho các đơn vị để mở bằng "Mở bộ biểu…".` }
        : { intent: 'warning', title: `Đã xuất ${campaignFileName(file)}`, text: 'Tệp đã có biểu này, nhưng ngăn chưa dùng bộ biểu đó: bấm "Lưu vào bộ biểu" để dùng.' },
    });
  }

  return {
    state,
    campaign,
    proposal,
    designed: typeof designed === 'object' ? designed : undefined,
    designProblem: typeof designed === 'string' ? designed : undefined,
    outline,
    pending: typeof pending === 'object' ? pending : undefined,
    settingsIssue: typeof pending === 'string' ? pending : undefined,
    upToDate,
    fillers,
    read,
    choose,
    edit,
    undo,
    setSettings,
    toggleUnitType,
    preview,
    save,
    exportFile,
  };
}

/** Expressions as their written text, for comparing two forms. */
const sources = (_key: string, value: unknown) => (typeof value === 'object' && value !== null && 'source' in value && 'tree' in value ? (value as { source: string }).source : value);
