import type { DeadlineView } from '../../shared/contract/calendar';
import { formatDateWithWeekday } from '../../shared/format/dates';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';
import { Modal } from './Modal';

/**
 * Why a deadline falls where it does: the rule, the date it counts from, every day passed over and why,
 * and whether the year's official schedule is known. The same text the CLI prints, laid out for reading.
 */
export function DeadlineExplanation({ deadline }: { deadline: DeadlineView }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div className="deadline-explanation">
      <dl className="facts compact">
        <dt>{t('deadline.due')}</dt>
        <dd>
          <strong>
            {t('deadline.dueAt', {
              date: formatDateWithWeekday(deadline.due, language),
              time: deadline.dueTime,
            })}
          </strong>
          {deadline.provisional && <span className="provisional-badge">{t('deadline.provisional')}</span>}
        </dd>
        <dt>{t('deadline.from')}</dt>
        <dd>{formatDateWithWeekday(deadline.from, language)}</dd>
        <dt>{t('deadline.howComputed')}</dt>
        <dd>{language === 'vi' ? deadline.explanation.vi : deadline.explanation.en}</dd>
      </dl>
      <h3>{t('deadline.skipped')}</h3>
      {deadline.skipped.length === 0 ? (
        <p className="muted">{t('deadline.noSkipped')}</p>
      ) : (
        <ul className="skipped-days" data-testid="skipped-days">
          {deadline.skipped.map((d) => (
            <li key={d.date} className={`day-kind-${d.kind}`}>
              <span className="swatch" aria-hidden="true" />
              <span className="nowrap">{formatDateWithWeekday(d.date, language)}</span>
              <span>{language === 'vi' ? d.reason : d.reasonEn}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={deadline.provisional ? 'note provisional-note' : 'note muted'}>
        {t(deadline.provisional ? 'deadline.provisionalNote' : 'deadline.officialNote')}
      </p>
    </div>
  );
}

/** The explanation in a modal dialog: Esc or the close button closes it and focus returns to the opener. */
export function DeadlineExplanationDialog({
  deadline,
  onClose,
}: {
  deadline: DeadlineView;
  onClose(): void;
}) {
  const t = useT();
  return (
    <Modal title={t(`deadline.rule.${deadline.rule}`)} onClose={onClose} className="deadline-dialog">
      <DeadlineExplanation deadline={deadline} />
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('deadline.close')}
        </button>
      </div>
    </Modal>
  );
}
