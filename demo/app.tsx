import { AccountPage } from './account-page';
import { CheckoutPicker } from './checkout-picker';
import { DemoControls } from './demo-controls';
import { ThemeToggle } from './theme-toggle';

/** The page: the kit's list and a checkout picker side by side, demo controls below. */
export function App() {
  return (
    <>
      <header className="demo-header">
        <h1>saved-card-kit demo</h1>
        <ThemeToggle />
      </header>
      <main className="demo-main">
        <AccountPage />
        <CheckoutPicker />
      </main>
      <DemoControls />
    </>
  );
}
