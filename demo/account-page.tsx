import { renderBrandMark } from '../src/brand-marks/index';
import { SavedCardList } from '../src/index';

/** An account page as a merchant would build it: the kit's list, with the brand artwork. */
export function AccountPage() {
  return (
    <section className="demo-panel" aria-labelledby="account-title">
      <h2 id="account-title" lang="en">
        Your account
      </h2>
      <p className="demo-hint" lang="en">
        Remove a card here and it leaves the checkout picker at the same moment: both read one
        cache.
      </p>
      <SavedCardList renderBrandMark={renderBrandMark} />
    </section>
  );
}
