/**
 * Errors shaped like OfficeExtension.Error: a `code` that tests and the add-in
 * branch on, and Office's own wording in `message`, so code written against
 * the fake handles the real errors too.
 */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    /** What the fake was doing, for a test failure that names the culprit; Office.js has a similar debugInfo. */
    readonly debugInfo: { readonly errorLocation?: string } = {},
  ) {
    super(message);
  }
}

export const notLoaded = (property: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const valueNotLoaded = () =>
  new FakeOfficeError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );

export const apiNotFound = (api: string, set: string) =>
  new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} needs ${set})`, {
    errorLocation: api,
  });

export const itemNotFound = (what: string) =>
  new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.", { errorLocation: what });

export const itemAlreadyExists = (what: string) =>
  new FakeOfficeError('ItemAlreadyExists', 'The resource being created already exists.', { errorLocation: what });

export const invalidArgument = (what: string) =>
  new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', { errorLocation: what });

export const invalidOperation = (what: string) =>
  new FakeOfficeError('InvalidOperation', 'The requested operation is invalid.', { errorLocation: what });

export const accessDenied = (what: string) =>
  new FakeOfficeError('AccessDenied', "The cell or chart you're trying to change is protected and therefore read-only.", { errorLocation: what });

/** A sheet added, deleted, renamed, moved or hidden in a workbook whose structure is protected. The code and wording are Learn: errors' AccessDenied; that Excel answers this one for it is not verified. */
export const structureProtected = (what: string) => new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.', { errorLocation: what });

/** A text over 32,767 characters (Excel specifications and limits); the code is not verified. */
export const textTooLong = (length: number) =>
  new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', { errorLocation: `a cell text of ${length} characters (Excel holds 32,767)` });

export const badPassword = () => new FakeOfficeError('BadPassword', 'The password you supplied is incorrect.');

export const requestTooLarge = (bytes: number) =>
  new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit. (${bytes} bytes > 5 MB)`);

export const responseTooLarge = (bytes: number) =>
  new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit. (${bytes} bytes > 5 MB)`);

export const invalidObjectPath = () =>
  new FakeOfficeError(
    'InvalidObjectPath',
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  );

/** The wording is office.js's own (its resource string for InvalidOperationInCellEditMode). */
export const cellEditMode = () =>
  new FakeOfficeError(
    'InvalidOperationInCellEditMode',
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  );

export const runMustReturnPromise = () =>
  new FakeOfficeError(
    'RunMustReturnPromise',
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  );

/** Something Office.js allows but the fake does not model: a loud failure beats a silent lie in a test. */
export const notSimulated = (what: string) => new Error(`The in-memory Excel does not simulate ${what}`);
