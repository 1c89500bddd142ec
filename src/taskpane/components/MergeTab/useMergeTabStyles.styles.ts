import { makeStyles, tokens } from '@fluentui/react-components';

const list = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' } as const;

export const useMergeTabStyles = makeStyles({
  root: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  dropZone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropZoneActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  progressLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A long file name wraps rather than being cut: the user must see which file is being read.
  progressText: { flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere' },
  sources: { ...list, gap: 0 },
  source: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sourceHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A badge has a fixed height: squeezed by a long file name its words would wrap out of it, white on white. It keeps its width; the name wraps.
  badge: { flexShrink: 0 },
  submission: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  late: { color: tokens.colorPaletteRedForeground1 },
  issues: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
  issueList: { ...list, gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  receivedField: { alignItems: 'center', gridTemplateColumns: 'auto minmax(0, 1fr)' },
  fileName: { flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  unitLine: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  problems: { ...list, gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1 },
  missing: { ...list, gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  messages: { ...list, gap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalM, listStyle: 'disc' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    // A fieldset and flex items are as wide as their widest content by default: the longest unit type would push the select out of the pane.
    minWidth: 0,
  },
  /** A Field is a grid sized to its content: this keeps a select with a long option inside the pane. */
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
});
