import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { AdjustmentsTab } from './AdjustmentsTab';
import { Tabs } from './common';
import { MonthlyReportTab } from './MonthlyReportTab';
import { ProgramTab } from './ProgramTab';
import { ScorecardTab } from './ScorecardTab';
import './workProgram.css';

type Tab = 'program' | 'adjustments' | 'report' | 'scorecard';

/**
 * Chương trình công tác: the monthly cycle in one place — the program (import, track, export), the
 * adjustment requests, the report due before the 15th, and the agency's own scorecard.
 */
export function WorkProgramScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('program');
  return (
    <section>
      <header className="screen-head">
        <h1>{t('wp.title')}</h1>
      </header>
      <Tabs<Tab>
        label={t('wp.title')}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'program', label: t('wp.tab.program') },
          { key: 'adjustments', label: t('wp.tab.adjustments') },
          { key: 'report', label: t('wp.tab.report') },
          { key: 'scorecard', label: t('wp.tab.scorecard') },
        ]}
      >
        {tab === 'program' && <ProgramTab />}
        {tab === 'adjustments' && <AdjustmentsTab />}
        {tab === 'report' && <MonthlyReportTab />}
        {tab === 'scorecard' && <ScorecardTab />}
      </Tabs>
    </section>
  );
}
