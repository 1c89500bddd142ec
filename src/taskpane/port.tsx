import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbookPort } from '../ports/workbookPort';

/**
 * Components reach the workbook only through this port: the real one wraps
 * Office.js (src/hosts/excel), the preview and the browser tests pass one over
 * the in-memory Excel. No component calls Excel.run.
 */
const PortContext = createContext<WorkbookPort | undefined>(undefined);

export function PortProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error('usePort() outside <PortProvider>: the pane was rendered without a workbook port.');
  return port;
}
