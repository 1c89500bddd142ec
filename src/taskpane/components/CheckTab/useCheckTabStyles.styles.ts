import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckTabStyles = makeStyles({
  root: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  sheetTitle: { display: 'block', margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  link: {
    flex: '1 1 200px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: 0,
    minWidth: 0,
    height: 'auto',
  },
  place: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  fix: { alignSelf: 'flex-start' },
});
