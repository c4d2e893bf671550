export { checkCardProvider } from './check-card-provider';
export { formatReport } from './format-report';
export type {
  CheckResult,
  ConformanceFixture,
  ConformanceReport,
  ExpectedCard,
  FaultHook,
  FaultKind,
  MakeProvider,
  ProviderFault,
  ScenarioId,
  ScenarioResult,
} from './types';
