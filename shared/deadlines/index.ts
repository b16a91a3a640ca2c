export * from './deadlines';
export * from './ruleSet';
