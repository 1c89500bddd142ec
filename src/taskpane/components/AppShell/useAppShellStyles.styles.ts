import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
  },
  title: { color: tokens.colorNeutralForegroundOnBrand, margin: 0 },
  subtitle: { color: tokens.colorNeutralForegroundOnBrand },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, paddingLeft: tokens.spacingHorizontalS },
  body: { flexGrow: 1, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1 },
});
