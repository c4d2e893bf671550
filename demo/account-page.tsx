import { renderBrandMark } from '../src/brand-marks/index';
import { WalletCardList } from '../src/wallet/index';

/**
 * An account page as a merchant would build it: the wallet (`saved-card-kit/wallet`), with the
 * brand artwork and "Make default" (the sandbox backend answers the PUT).
 */
export function AccountPage() {
  return (
    <section className="demo-panel" aria-labelledby="account-title">
      <h2 id="account-title" lang="en">
        Your account
      </h2>
      <p className="demo-hint" lang="en">
        Remove a card or make one the default here and the checkout picker shows it at the same
        moment: both read one cache.
      </p>
      <WalletCardList renderBrandMark={renderBrandMark} canSetDefault />
    </section>
  );
}
