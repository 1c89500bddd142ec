/**
 * Errors shaped like OfficeExtension.Error: a `code` tests and the add-in can
 * branch on, and Office's own wording in `message`.
 */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notLoaded = (property: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const apiNotFound = (api: string, set: string) =>
  new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found. ${api} needs requirement set ${set}.`);

export const itemNotFound = (what: string) => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);

export const tooLarge = (bytes: number) =>
  new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes > 5 MB).`);

export const protectedCell = (address: string) =>
  new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is protected and therefore read-only. (${address})`);
