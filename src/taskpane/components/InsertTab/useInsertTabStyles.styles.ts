import { makeStyles, tokens } from '@fluentui/react-components';

export const useInsertTabStyles = makeStyles({
  root: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  deadline: { color: tokens.colorNeutralForeground2 },
  summary: { display: 'block' },
  forms: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    // A fieldset is as wide as its widest content by default: a long form title would push past the pane.
    minWidth: 0,
  },
  formTitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
