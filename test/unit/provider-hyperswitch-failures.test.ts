// @vitest-environment node
import { describeProviderFailures } from '../fakes/failure-suite';
import { hyperswitchTarget } from '../fakes/hyperswitch-target';

describeProviderFailures('hyperswitch', hyperswitchTarget);
