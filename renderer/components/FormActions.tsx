import { useT } from '../i18n/useT';

/** The foot of a dialog's form: Close, then the primary Save (or another word for it) that submits. */
export function FormActions(props: {
  onClose(): void;
  /** What the submit button says; "Lưu" / "Save" unless told. */
  submitLabel?: string;
  /** True while the last submit is still running, or when there is nothing to save yet. */
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="button" onClick={() => props.onClose()}>
        {t('meetingForm.close')}
      </button>
      <button type="submit" className="primary" disabled={props.disabled}>
        {props.submitLabel ?? t('meetingForm.save')}
      </button>
    </div>
  );
}
