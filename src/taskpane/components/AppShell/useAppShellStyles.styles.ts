import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, paddingLeft: tokens.spacingHorizontalS },
  body: { flexGrow: 1, display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1 },
  panel: { flexGrow: 1, display: 'flex', flexDirection: 'column' },
});
