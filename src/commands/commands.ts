/**
 * The ribbon's function file. The only button opens the task pane (a ShowTaskpane
 * action in the manifest), so there is nothing to register; Office still requires
 * the page to initialise Office.js.
 */
Office.onReady(() => undefined);
