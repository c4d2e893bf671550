// The stylesheet through the bundler: css-loader, then mini-css-extract-plugin moves it into
// main.css (index.html links it), minified by css-minimizer-webpack-plugin.
import 'saved-card-kit/styles.css';
import { renderWallet } from './wallet.js';

renderWallet();
