// @vitest-environment node
import { describeProviderFailures } from '../fakes/failure-suite';
import { stripeTarget } from '../fakes/stripe-target';

describeProviderFailures('stripe', stripeTarget);
