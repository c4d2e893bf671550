// `node build.js cssnano|lightningcss <outDir>`: one production build through webpack's Node API.
import webpack from 'webpack';
import { webpackConfig } from './webpack.config.js';

const [minifier = 'cssnano', outDir = 'dist'] = process.argv.slice(2);
const stats = await new Promise((resolve, reject) => {
  webpack(webpackConfig({ minifier, outDir }), (error, result) =>
    error ? reject(error) : resolve(result),
  );
});
const info = stats.toJson({ all: false, errors: true, warnings: true });
for (const warning of info.warnings ?? []) console.warn(warning.message);
if (stats.hasErrors()) {
  for (const error of info.errors ?? []) console.error(error.message);
  process.exit(1);
}
console.log(`webpack (${minifier}) built ${outDir}/ in ${stats.endTime - stats.startTime} ms`);
