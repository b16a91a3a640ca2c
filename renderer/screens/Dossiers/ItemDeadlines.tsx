import type { DossierDeadline } from '../../../shared/contract/agendaItems';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useT } from '../../i18n/useT';

/** The deadlines that concern an item (or a meeting), coloured by the agency's thresholds, each explained on click. */
export function ItemDeadlines({ deadlines, emptyText }: { deadlines: DossierDeadline[]; emptyText: string }) {
  const t = useT();
  if (deadlines.length === 0) return <span className="muted small">{emptyText}</span>;
  return (
    <div className="deadline-stack">
      {deadlines.map((d) => (
        <DeadlineBadge
          key={d.rule}
          deadline={d}
          urgency={d.urgency}
          label={d.rule === 'leader-opinion' ? t('deadline.leaderOpinionShort') : undefined}
        />
      ))}
    </div>
  );
}
