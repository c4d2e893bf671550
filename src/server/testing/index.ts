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
  MakeProviderContext,
  ProviderFault,
  ProviderRequest,
  RequestTap,
  ScenarioId,
  ScenarioResult,
} from './types';
