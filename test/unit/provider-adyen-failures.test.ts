// @vitest-environment node
import { adyenTarget } from '../fakes/adyen-target';
import { describeProviderFailures } from '../fakes/failure-suite';

describeProviderFailures('adyen', adyenTarget);
