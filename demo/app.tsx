import { AccountPage } from './account-page';
import { CheckoutPicker } from './checkout-picker';
import { DemoControls } from './demo-controls';
import { DirectionToggle } from './direction-toggle';
import { LanguageSwitch } from './language-switch';
import type { PageLanguage } from './page-language';
import { ThemeToggle } from './theme-toggle';

/** The page: the kit's list and a checkout picker side by side, demo controls below. */
export function App({ page }: { page: PageLanguage }) {
  return (
    <>
      <header className="demo-header">
        <h1 lang="en">saved-card-kit demo</h1>
        <div className="demo-header-controls" lang="en">
          <LanguageSwitch page={page} />
          <DirectionToggle initial={page} />
          <ThemeToggle />
        </div>
      </header>
      <main className="demo-main">
        <AccountPage />
        <CheckoutPicker />
      </main>
      <DemoControls />
    </>
  );
}
