/** Every channel of the dossier workspace (issue 4), gathered for shared/contract/index.ts. */
import { agendaItemChannels } from './agendaItems';
import { checklistChannels } from './checklists';
import { coordinationChannels } from './coordination';
import { dashboardChannels } from './dashboard';
import { dataCheckChannels } from './dataCheck';
import { demoChannels } from './demo';
import { searchChannels } from './search';
import { templateChannels } from './templates';

export const dossierChannels = {
  ...agendaItemChannels,
  ...checklistChannels,
  ...coordinationChannels,
  ...templateChannels,
  ...dashboardChannels,
  ...searchChannels,
  ...dataCheckChannels,
  ...demoChannels,
} as const;
