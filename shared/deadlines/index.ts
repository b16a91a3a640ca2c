export * from './deadlines';
export * from './ruleSet';
export * from './submission';
