export { SubmitPanel } from './SubmitPanel';
export type { SubmitPanelProps } from './SubmitPanel.types';
