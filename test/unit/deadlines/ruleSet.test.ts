import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, type RuleSet, validateRuleSet } from '../../../shared/deadlines/ruleSet';
import { isAppError } from '../../../shared/errors/appError';

const aRuleSet = (r: Partial<RuleSet> = {}): RuleSet => ({ ...DEFAULT_RULE_SET, ...r });

function fieldOfError(rules: RuleSet): unknown {
  try {
    validateRuleSet(rules);
  } catch (e) {
    if (isAppError(e) && e.code === 'invalid-rule-set') return e.detail?.field;
    throw e;
  }
  return 'valid';
}

describe('the rule set an agency may edit', () => {
  it('accepts the directive’s preset', () => {
    expect(validateRuleSet(DEFAULT_RULE_SET)).toBe(DEFAULT_RULE_SET);
    expect(DEFAULT_RULE_SET.signedDocumentsWorkingDays).toMatchObject({
      ppc: 3,
      'party-committee': 2,
      other: null,
    });
  });

  it('refuses office hours that are not HH:mm', () => {
    expect(fieldOfError(aRuleSet({ officeHoursEnd: '5pm' }))).toBe('officeHoursEnd');
    expect(fieldOfError(aRuleSet({ officeHoursEnd: '24:00' }))).toBe('officeHoursEnd');
    expect(fieldOfError(aRuleSet({ officeHoursEnd: '16:30' }))).toBe('valid');
  });

  it('refuses zero or fractional working-day counts and impossible days of the month', () => {
    const days = { ...DEFAULT_RULE_SET.signedDocumentsWorkingDays, ppc: 0 };
    expect(fieldOfError(aRuleSet({ signedDocumentsWorkingDays: days }))).toBe(
      'signedDocumentsWorkingDays.ppc',
    );
    expect(fieldOfError(aRuleSet({ monthlyReport: { beforeDayOfMonth: 31 } }))).toBe(
      'monthlyReport.beforeDayOfMonth',
    );
    expect(fieldOfError(aRuleSet({ taskExtensionReport: { workingDaysBefore: 1.5 } }))).toBe(
      'taskExtensionReport.workingDaysBefore',
    );
  });
});

describe('the leader-opinion cap is a rule setting like the other numbers', () => {
  it('is on by default and refuses a value that is not true or false', () => {
    expect(DEFAULT_RULE_SET.leaderOpinion.capAtSignedDocuments).toBe(true);
    // A stored setting is JSON: a hand-edited "yes" must be refused, not taken as true.
    const yes: boolean = JSON.parse('"yes"');
    const bad = aRuleSet({ leaderOpinion: { ...DEFAULT_RULE_SET.leaderOpinion, capAtSignedDocuments: yes } });
    expect(fieldOfError(bad)).toBe('leaderOpinion.capAtSignedDocuments');
  });
});
