import file from '../../campaigns/nq25.tongket.json';
import { defineCampaign } from './defineForm';

/**
 * The campaign a build carries when no other is chosen: the file above, which
 * `npm run build -- --env campaign=<file>` replaces (webpack.config.js). It is
 * validated like any file a user opens, so a broken build campaign is refused
 * with the same messages.
 */
export const BUILT_IN_CAMPAIGN = defineCampaign(file);
