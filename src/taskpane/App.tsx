import { useMemo } from 'react';
import type { Campaign } from '../forms/schema';
import { useActiveCampaign } from './campaign/useActiveCampaign';
import { AppShell } from './components/AppShell';
import { PortProvider } from './port';
import { OpenWorkbooksProvider } from './openWorkbooks/OpenWorkbooksProvider';
import type { CampaignStore, WorkbookPort } from '../ports/workbookPort';

type Props = {
  /** The campaign the add-in was built with. */
  readonly builtIn: Campaign;
  readonly store: CampaignStore;
  /** The workbook port for a campaign: forms are read and written by the campaign in use. */
  readonly portFor: (campaign: Campaign) => WorkbookPort;
};

export function App({ builtIn, store, portFor }: Props) {
  const active = useActiveCampaign(builtIn, store);
  const port = useMemo(() => portFor(active.campaign), [portFor, active.campaign]);
  return (
    <PortProvider port={port}>
      <OpenWorkbooksProvider campaign={active.campaign}>
        <AppShell active={active} />
      </OpenWorkbooksProvider>
    </PortProvider>
  );
}
