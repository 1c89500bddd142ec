import type { Issue } from '../../../core/rules/types';
import type { SubmitPort } from '../../../ports/submitPort';
import type { Notice } from '../../submit/view';

export type SubmitPanelProps = {
  /** "Nộp biểu" over the open workbook (src/hosts/excel/submitForms.ts, or the in-memory Excel's in the preview). */
  readonly port: SubmitPort;
  /** Changes when the workbook's figures may have changed (the Kiểm tra tab passes its latest check): a stamped workbook's status is read again. */
  readonly revision?: unknown;
};

export type SubmitPanelState = {
  readonly by: string;
  readonly lock: boolean;
  readonly busy: boolean;
  /** What the workbook's stamps say now; undefined until read. */
  readonly status: Notice | undefined;
  /** What became of the last click. */
  readonly outcome: Notice | undefined;
  /** Warnings waiting for the user's answer. */
  readonly asking: readonly Issue[] | undefined;
};
