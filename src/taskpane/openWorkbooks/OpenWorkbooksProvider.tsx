import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Campaign } from '../../forms/schema';
import { usePort } from '../port';
import { OpenWorkbooksHub } from './hub';
import { CHANNEL_NAME } from './protocol';
import { indexedDbRegistry, memoryRegistry } from './registry';

/**
 * Every pane announces its workbook to the other panes of the add-in on this
 * machine, whichever tab is shown: a unit's clerk never needs to open Tổng hợp
 * for the province's pane to see the workbook. Where the browser gives no
 * BroadcastChannel the hub is undefined and the Tổng hợp tab says to add files.
 */
/** How long after the pane opens it first announces its workbook: the other panes list it a moment later, the user's first clicks do not wait for the read. */
const ANNOUNCE_AFTER_MS = 1_000;

const HubContext = createContext<OpenWorkbooksHub | undefined>(undefined);

function openHub(): OpenWorkbooksHub | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const registry = typeof indexedDB === 'undefined' ? memoryRegistry() : indexedDbRegistry(indexedDB);
  return new OpenWorkbooksHub({ channel: new BroadcastChannel(CHANNEL_NAME), registry });
}

export function OpenWorkbooksProvider({ campaign, children }: { campaign: Campaign; children: ReactNode }) {
  const port = usePort();
  const [hub, setHub] = useState<OpenWorkbooksHub | undefined>(undefined);

  useEffect(() => {
    const opened = openHub();
    setHub(opened);
    // pagehide, not unload: it also comes when the pane's page is put away in the back-forward cache.
    const close = () => opened?.close();
    window.addEventListener('pagehide', close);
    return () => {
      window.removeEventListener('pagehide', close);
      close();
    };
  }, []);

  // Serving again with the campaign in use: a switch changes which forms the workbook's sheets are read as.
  useEffect(() => {
    if (!hub) return;
    // Announcing reads the workbook's forms as a merge does: it waits until the pane has drawn and the user can work.
    const serve = () =>
      hub.serve(
        async () => (await import('./describeWorkbook')).describeWorkbook(port, campaign, port.workbookName()),
        (readAt) => port.ownSource(readAt),
      );
    const timer = setTimeout(serve, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [hub, port, campaign]);

  return <HubContext.Provider value={hub}>{children}</HubContext.Provider>;
}

/** This pane's hub, or undefined where panes cannot reach each other. */
export const useOpenWorkbooksHub = () => useContext(HubContext);
