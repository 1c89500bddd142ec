import { useCallback, useEffect, useState } from 'react';
import { campaignJson, CatalogError, readCampaignText } from '../../forms/defineForm';
import type { Campaign } from '../../forms/schema';
import type { CampaignStore } from '../../ports/workbookPort';
import { errorMessage } from '../errorMessage';

/** Where the campaign in use came from, as the header says it. */
export type CampaignOrigin =
  | { readonly kind: 'build' }
  | { readonly kind: 'workbook' }
  | { readonly kind: 'remembered' }
  | { readonly kind: 'file'; readonly name: string };

export type ActiveCampaign = {
  readonly campaign: Campaign;
  readonly origin: CampaignOrigin;
  /** The campaign the workbook's sheets carry, when it is not the one in use: the pane offers to switch. */
  readonly workbookCampaign: Campaign | undefined;
  /** Why the last campaign offered could not be used (a broken file), in Vietnamese. */
  readonly problem: string | undefined;
  /** False until the workbook has been asked which campaign it carries. */
  readonly ready: boolean;
  /** Uses a campaign file the user picked, and remembers it for this workbook. */
  openFile(file: { readonly name: string; text(): Promise<string> }): Promise<void>;
  /** Uses the campaign the workbook carries, and forgets any earlier choice. */
  switchToWorkbookCampaign(): Promise<void>;
  /** Uses a campaign made in the pane (the form designer's), and remembers it for this workbook as `openFile` does. */
  adopt(campaign: Campaign): Promise<void>;
  dismissProblem(): void;
};

type State = Pick<ActiveCampaign, 'campaign' | 'origin' | 'problem' | 'ready'> & { readonly carried: Campaign | undefined };

const same = (a: Campaign | undefined, b: Campaign) => a !== undefined && campaignJson(a) === campaignJson(b);

function load(text: string, origin: string): Campaign | string {
  try {
    return readCampaignText(text, origin);
  } catch (error) {
    if (error instanceof CatalogError) return error.message;
    throw error;
  }
}

/** The campaign a workbook's sheets carry, loaded; the refusal's words when it is broken; undefined when it carries none. */
const loadCarried = (text: string | undefined) => (text === undefined ? undefined : load(text, 'bộ biểu mang trong sổ'));

/** A loaded campaign, or undefined for none or a refusal. */
const usable = (loaded: Campaign | string | undefined) => (typeof loaded === 'string' ? undefined : loaded);

/**
 * The campaign the pane works with, in this order: the one the user chose for
 * this workbook (kept in the workbook), the one the workbook's sheets carry, the
 * one the add-in was built with. Switching changes what the pane offers and
 * reads; it writes nothing into the sheets, so no typed figure is touched.
 */
export function useActiveCampaign(builtIn: Campaign, store: CampaignStore): ActiveCampaign {
  const [state, setState] = useState<State>({ campaign: builtIn, origin: { kind: 'build' }, carried: undefined, problem: undefined, ready: false });

  useEffect(() => {
    let cancelled = false;
    const settle = (next: Partial<State>) => !cancelled && setState((s) => ({ ...s, ...next, ready: true }));
    const rememberedText = store.remembered();
    const remembered = rememberedText === undefined ? undefined : load(rememberedText, 'bộ biểu đã chọn cho sổ này');
    store.readCarried().then(
      (text) => {
        const carried = loadCarried(text);
        const problem = [remembered, carried].find((c): c is string => typeof c === 'string');
        const chosen = usable(remembered);
        const inWorkbook = usable(carried);
        if (chosen) settle({ campaign: chosen, origin: { kind: 'remembered' }, carried: inWorkbook, problem });
        else if (inWorkbook) settle({ campaign: inWorkbook, origin: { kind: 'workbook' }, carried: inWorkbook, problem });
        else settle({ problem });
      },
      (error: unknown) => settle({ problem: `Không đọc được bộ biểu mang trong sổ: ${errorMessage(error)}` }),
    );
    return () => {
      cancelled = true;
    };
  }, [store]);

  const openFile = useCallback(
    async (file: { readonly name: string; text(): Promise<string> }) => {
      const loaded = load(await file.text(), file.name);
      if (typeof loaded === 'string') {
        setState((s) => ({ ...s, problem: loaded }));
        return;
      }
      // Forms may have been inserted since the pane opened: ask the workbook again what it carries, to offer it back.
      const carried = usable(loadCarried(await store.readCarried()));
      setState((s) => ({ ...s, campaign: loaded, origin: { kind: 'file', name: file.name }, carried, problem: undefined }));
      await store.remember(campaignJson(loaded));
    },
    [store],
  );

  const adopt = useCallback(
    async (campaign: Campaign) => {
      // Only to offer the workbook's own campaign back: not knowing it must not keep the new one from being used.
      const carried = usable(loadCarried(await store.readCarried().catch(() => undefined)));
      // Remembered for the workbook, so the header says so at once and after the pane is opened again.
      setState((s) => ({ ...s, campaign, origin: { kind: 'remembered' }, carried, problem: undefined }));
      await store.remember(campaignJson(campaign));
    },
    [store],
  );

  const switchToWorkbookCampaign = useCallback(async () => {
    setState((s) => (s.carried ? { ...s, campaign: s.carried, origin: { kind: 'workbook' }, problem: undefined } : s));
    await store.remember(undefined);
  }, [store]);

  const dismissProblem = useCallback(() => setState((s) => ({ ...s, problem: undefined })), []);

  return {
    campaign: state.campaign,
    origin: state.origin,
    workbookCampaign: state.carried && !same(state.carried, state.campaign) ? state.carried : undefined,
    problem: state.problem,
    ready: state.ready,
    openFile,
    switchToWorkbookCampaign,
    adopt,
    dismissProblem,
  };
}
