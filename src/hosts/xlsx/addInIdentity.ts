/**
 * The add-in as manifest.xml names it (`<Id>`, `<Version>`): what a workbook's
 * web-extension part must reference for Excel to open this add-in's pane with
 * it (taskpaneParts.ts). A test keeps these equal to the manifest's.
 */
export const ADD_IN_ID = '5b0e7c52-3d1f-4c8a-9f2e-6a4d2b1c7e90';
export const ADD_IN_VERSION = '1.0.0.0';
