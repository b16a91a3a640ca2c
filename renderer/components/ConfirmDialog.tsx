import { create } from 'zustand';
import { useT } from '../i18n/useT';
import { Modal } from './Modal';

/**
 * The app's own confirmation, instead of the browser's window.confirm ("127.0.0.1 says…", English
 * buttons in a Vietnamese interface, no styling, and no way to name the action on its button).
 * `await askConfirm({ message })` from anywhere; <ConfirmHost /> (mounted once by App) shows it.
 */
export interface ConfirmRequest {
  message: string;
  /** The title; "Xác nhận / Please confirm" when absent. */
  title?: string;
  /** What the confirm button says (the action itself reads better than "OK"). */
  confirmLabel?: string;
  /** A destructive action: the button is styled as a danger. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  answer(ok: boolean): void;
}

const useConfirmStore = create<{ pending: Pending | null }>(() => ({ pending: null }));

export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  return new Promise((resolve) => {
    // A second question while one is open answers the first with "no": one question at a time.
    useConfirmStore.getState().pending?.answer(false);
    useConfirmStore.setState({
      pending: {
        ...request,
        answer: (ok) => {
          useConfirmStore.setState({ pending: null });
          resolve(ok);
        },
      },
    });
  });
}

export function ConfirmHost() {
  const t = useT();
  const pending = useConfirmStore((s) => s.pending);
  if (!pending) return null;
  return (
    <Modal
      title={pending.title ?? t('confirm.title')}
      role="alertdialog"
      onClose={() => pending.answer(false)}
      onSubmit={() => pending.answer(true)}
      testId="confirm-dialog"
    >
      <p className="confirm-message">{pending.message}</p>
      <div className="form-actions">
        <button type="submit" className={pending.danger ? 'danger' : 'primary'} data-autofocus>
          {pending.confirmLabel ?? t('confirm.ok')}
        </button>
        <button type="button" onClick={() => pending.answer(false)}>
          {t('confirm.cancel')}
        </button>
      </div>
    </Modal>
  );
}
