import type { Campaign } from '../forms/schema';
import { AppShell } from './components/AppShell';
import { PortProvider } from './port';
import type { WorkbookPort } from './port.types';

export function App({ campaign, port }: { campaign: Campaign; port: WorkbookPort }) {
  return (
    <PortProvider port={port}>
      <AppShell campaign={campaign} />
    </PortProvider>
  );
}
