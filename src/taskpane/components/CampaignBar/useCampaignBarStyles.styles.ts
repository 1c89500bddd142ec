import { makeStyles, tokens } from '@fluentui/react-components';

export const useCampaignBarStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
  },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand, margin: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  // The schema's refusal lists one problem a line: keep its lines.
  problem: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});
