import { makeStyles, tokens } from '@fluentui/react-components';

export const useDesignTabStyles = makeStyles({
  root: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // What the designer is unsure of stands out until someone has looked at it.
  doubtful: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  edited: { borderLeftColor: tokens.colorBrandStroke1 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS, minWidth: 0 },
  where: { fontWeight: tokens.fontWeightSemibold, flex: 'none' },
  label: { minWidth: 0, overflowWrap: 'anywhere' },
  role: { maxWidth: '100%' },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  doubt: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  unitTypes: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none', minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  notice: { whiteSpace: 'pre-wrap' },
});
