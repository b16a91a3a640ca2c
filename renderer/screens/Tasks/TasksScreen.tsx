import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { Tabs } from '../WorkProgram/common';
import { TaskList } from './TaskList';
import { VotesPanel } from './VotesPanel';
import '../WorkProgram/workProgram.css';

type Tab = 'tasks' | 'votes';

/** Nhiệm vụ được giao (§1g) and, beside them, the PPC members' votes on the agency's drafts (§3c). */
export function TasksScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('tasks');
  return (
    <section>
      <header className="screen-head">
        <h1>{t('tasks.title')}</h1>
      </header>
      <Tabs<Tab>
        label={t('tasks.title')}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'tasks', label: t('tasks.tab.tasks') },
          { key: 'votes', label: t('tasks.tab.votes') },
        ]}
      >
        {tab === 'tasks' ? <TaskList /> : <VotesPanel />}
      </Tabs>
    </section>
  );
}
