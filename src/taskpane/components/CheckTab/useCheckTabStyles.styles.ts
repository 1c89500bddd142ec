import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckTabStyles = makeStyles({
  root: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  sheetTitle: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  message: { flex: '1 1 200px', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, padding: 0, minWidth: 0, height: 'auto' },
});
