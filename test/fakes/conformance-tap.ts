import type { RequestTap } from '../../src/server/testing/index';
import type { FakeServer } from './fake-server';

/** The conformance kit's request tap on a loopback fake: whichever fake `current` returns now. */
export function fakeTap(current: () => FakeServer): RequestTap {
  return (listener) => {
    const fake = current();
    return fake.onRequest((req) =>
      listener({ method: req.method, url: `${fake.url}${req.path}`, at: req.at }),
    );
  };
}
