import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import CssMinimizerPlugin from 'css-minimizer-webpack-plugin';
import { browserslistToTargets } from 'lightningcss';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

/**
 * The usual webpack 5 CSS set-up: css-loader, mini-css-extract-plugin and
 * css-minimizer-webpack-plugin, with its default cssnano or (`minifier: 'lightningcss'`) its
 * Lightning CSS option for browserslist's defaults — old enough that light-dark() is lowered.
 */
export function webpackConfig({ minifier = 'cssnano', outDir = 'dist' } = {}) {
  const lightning = new CssMinimizerPlugin({
    minify: CssMinimizerPlugin.lightningCssMinify,
    minimizerOptions: { targets: browserslistToTargets(browserslist('defaults')) },
  });
  // The Lightning CSS build skips terser ('...'): its JavaScript is the cssnano build's code
  // unminified, and minifying React twice would double the test's time for no CSS check.
  const minimizer = minifier === 'lightningcss' ? [lightning] : ['...', new CssMinimizerPlugin()];
  return {
    mode: 'production',
    context: fileURLToPath(new URL('.', import.meta.url)),
    entry: { main: './src/main.js' },
    output: { path: fileURLToPath(new URL(outDir, import.meta.url)), clean: true },
    module: {
      rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }],
    },
    plugins: [new MiniCssExtractPlugin()],
    optimization: { minimizer },
    performance: { hints: false },
  };
}
