/**
 * The task pane's first view, drawn at build time (run after webpack.config.js by
 * `npm run build:addin`): bundles src/taskpane/prerender.tsx for Node, runs it, and
 * writes the Check view's HTML into dist/taskpane.html's <div id="root"> and the
 * CSS it uses (Fluent UI's Griffel classes) into the page's head. The page then
 * shows the real controls before any script has run; index.tsx hydrates them
 * inside Excel. The Node bundle is a build tool only: it lands in
 * node_modules/.cache/yot-prerender and is never copied to dist/.
 */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const { griffelLoader } = require('./webpack.config');

const DIST = path.resolve(__dirname, 'dist');
const OUT = path.resolve(__dirname, 'node_modules/.cache/yot-prerender');

/**
 * Where the markup goes: <div id="root"> is the body's only element (html-webpack-plugin
 * minifies the page, so the id may have lost its quotes). The CSS goes between markers, so
 * running the step again replaces what it wrote rather than adding to it.
 */
const ROOT_DIV = /<div id="?root"?[^>]*>[\s\S]*<\/div>(?=\s*<\/body>)/;
const CSS_START = '<!--prerendered-css-->';
const CSS_END = '<!--/prerendered-css-->';

class InjectPrerenderedView {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('InjectPrerenderedView', () => {
      const bundle = path.join(OUT, 'prerender.js');
      delete require.cache[require.resolve(bundle)];
      const { prerender } = require(bundle);
      const { html, styles } = prerender();
      const page = path.join(DIST, 'taskpane.html');
      let text = fs.readFileSync(page, 'utf8');
      if (!ROOT_DIV.test(text) || !text.includes('</head>')) throw new Error('prerender: dist/taskpane.html has no <div id="root"> or </head>; build the add-in first');
      const start = text.indexOf(CSS_START);
      if (start >= 0) text = text.slice(0, start) + text.slice(text.indexOf(CSS_END) + CSS_END.length);
      text = text
        .replace('</head>', () => `${CSS_START}${styles}${CSS_END}</head>`)
        .replace(ROOT_DIV, () => `<div id="root" data-prerendered="excel">${html}</div>`);
      fs.writeFileSync(page, text);
    });
  }
}

module.exports = (_env, argv = {}) => ({
  mode: argv.mode === 'development' ? 'development' : 'production',
  target: 'node',
  entry: { prerender: './src/taskpane/prerender.tsx' },
  output: { path: OUT, filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
  },
  // Rendering is all it does: one file, nothing minified.
  optimization: { minimize: false, splitChunks: false },
  module: {
    rules: [
      // The chart pictures' converter (src/adapters/xlsx/chart-raster.ts) names resvg's .wasm; nothing is drawn at build time.
      { test: /\.wasm$/, type: 'asset/resource' },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: [griffelLoader, { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', jsx: 'react-jsx' } } }],
      },
    ],
  },
  // The lazy views are never drawn at build time: one file is enough.
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new InjectPrerenderedView()],
  performance: { hints: false },
});
