/**
 * `--data-dir <folder>`: the agency's own calendar overrides and rule set, read from its database, so
 * the command line gives the same due dates as the app. Without `--data-dir` the commands use the
 * shipped schedules and the directive's preset (kept explicit: DOSSIER_DESK_DATA_DIR is not consulted).
 */
import { DEFAULT_RULE_SET } from '../../shared/deadlines/ruleSet';
import { ruleSetFor } from '../app/services/calendarService';
import { requireDb } from '../app/services/requireDb';
import { listOverrides } from '../db/repositories/calendarOverrideRepository';
import { withDataDir } from './dataDirContext';
import type { AgencySetupLoader } from './types';

export const agencySetupFromDataDir: AgencySetupLoader = async ({ dataDir }) => {
  if (dataDir === undefined) return { overrides: [], ruleSet: DEFAULT_RULE_SET };
  return withDataDir(dataDir, { now: () => new Date() }, (ctx) => ({
    overrides: listOverrides(requireDb(ctx)),
    ruleSet: ruleSetFor(ctx),
  }));
};
