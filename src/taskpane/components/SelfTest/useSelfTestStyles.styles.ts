import { makeStyles, tokens } from '@fluentui/react-components';

export const useSelfTestStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  lead: { margin: 0 },
  environment: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  step: { overflowWrap: 'anywhere' },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  cost: { color: tokens.colorNeutralForeground3 },
  message: { margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  passed: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
  pending: { color: tokens.colorNeutralForeground3 },
  running: { color: tokens.colorBrandForeground1 },
});
