import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../../../core/rules/types';
import { nameIsGiven, outcomeNotice, statusNotice } from '../../submit/view';
import { errorMessage } from '../../errorMessage';
import type { SubmitPanelProps, SubmitPanelState } from './SubmitPanel.types';

const failure = (error: unknown) => ({ intent: 'error' as const, lines: [errorMessage(error)] });

/**
 * Props → the panel's state and actions: the status read on mount, after each
 * submission, and (once the workbook is stamped) whenever `revision` changes,
 * so a figure changed after submitting shows at once; an unstamped workbook
 * costs no read per edit. The warnings' question is answered through a promise.
 */
export function useSubmitPanel({ port, revision }: SubmitPanelProps) {
  const [state, setState] = useState<SubmitPanelState>({ by: '', lock: false, busy: false, status: undefined, outcome: undefined, asking: undefined });
  const answer = useRef<((yes: boolean) => void) | undefined>(undefined);
  const set = (change: Partial<SubmitPanelState>) => setState((s) => ({ ...s, ...change }));

  const stamped = useRef(false);
  const refresh = useCallback(async () => {
    try {
      const check = await port.submissionStatus();
      stamped.current = check !== undefined;
      setState((s) => ({ ...s, status: statusNotice(check) }));
    } catch (error) {
      setState((s) => ({ ...s, status: failure(error) }));
    }
  }, [port]);
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    if (stamped.current) void refresh();
  }, [revision, refresh]);

  const confirmWarnings = (warnings: readonly Issue[]) =>
    new Promise<boolean>((resolve) => {
      answer.current = resolve;
      set({ asking: warnings });
    });

  const submit = async () => {
    if (!nameIsGiven(state.by)) return;
    set({ busy: true, outcome: undefined });
    try {
      const outcome = await port.submit({ by: state.by.trim(), lock: state.lock }, confirmWarnings);
      set({ busy: false, outcome: outcomeNotice(outcome), asking: undefined });
    } catch (error) {
      set({ busy: false, outcome: failure(error), asking: undefined });
    }
    await refresh();
  };

  const reply = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = undefined;
    set({ asking: undefined });
  };

  return { state, setBy: (by: string) => set({ by }), setLock: (lock: boolean) => set({ lock }), submit, reply, refresh };
}
