/**
 * Spread on a Fluent MessageBar that has no MessageBarTitle. Fluent names every
 * bar by its title's id (aria-labelledby), so a bar without a title points at an
 * element that does not exist: screen readers find no name and axe reports an
 * invalid ARIA value. Without a title the bar stays unnamed, and its text is read
 * as its content (and announced, as Fluent does for every bar).
 */
export const UNTITLED_BAR = { 'aria-labelledby': undefined } as const;
