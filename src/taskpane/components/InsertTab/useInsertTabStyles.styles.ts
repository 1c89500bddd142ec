import { makeStyles, tokens } from '@fluentui/react-components';

export const useInsertTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  deadline: { color: tokens.colorNeutralForeground2 },
  forms: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  formTitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
