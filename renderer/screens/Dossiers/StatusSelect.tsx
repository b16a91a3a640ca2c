import type { AgendaItemView } from '../../../shared/contract/agendaItems';
import { type AgendaItemStatus, STATUS_LABELS } from '../../../shared/dossiers/itemStatus';
import { useT } from '../../i18n/useT';
import { useBilingual } from './common';

/** The item's status, offering only the moves the status machine allows from it (shared/dossiers/itemStatus). */
export function StatusSelect(props: {
  item: Pick<AgendaItemView, 'title' | 'status' | 'allowedStatuses'>;
  onChange(status: AgendaItemStatus): void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const { item } = props;
  return (
    <select
      className={`status-select status-${item.status}`}
      value={item.status}
      aria-label={t('dossier.statusOf', { title: item.title })}
      data-testid="status-select"
      onChange={(e) => {
        const next = item.allowedStatuses.find((s) => s === e.target.value);
        if (next) props.onChange(next);
      }}
    >
      <option value={item.status}>{bilingual(STATUS_LABELS[item.status])}</option>
      {item.allowedStatuses.map((s) => (
        <option key={s} value={s}>
          → {bilingual(STATUS_LABELS[s])}
        </option>
      ))}
    </select>
  );
}
