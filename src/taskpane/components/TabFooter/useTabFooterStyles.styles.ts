import { makeStyles, tokens } from '@fluentui/react-components';

export const useTabFooterStyles = makeStyles({
  // Sticky, not fixed: in Excel the pane's document scrolls, in the preview its column does; sticky follows either.
  footer: {
    // Pushed to the bottom of a short tab, as an action bar is.
    marginTop: 'auto',
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Across the tab's padding, to the pane's edges, so that the list scrolling behind it does not show at its sides.
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBottom: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
});
