/**
 * Builds the Excel add-in into dist/:
 *   taskpane.html   the shared-runtime page (task pane + custom functions runtime)
 *   functions.js    the =YOT.* custom functions (core + args only: no React, Fluent or exceljs)
 *   functions.json  their metadata, generated from the JSDoc in src/functions/functions.ts
 *   taskpane.js     the task pane's shell (React, Fluent UI, the Check view, the Office.js host):
 *                   the only task pane script on first load
 *   *.<hash>.js     loaded with import() when needed, never on the first load: check.* (the rules),
 *                   pack.* (the pack's figures and layout), pack-view.*, rules-view.* and excel-write.*
 *                   (prefetched once the page is idle), the numbered chunks they share, and exceljs.* with
 *                   xlsx.* (only to open an .xlsx in a plain browser, or to make a pack as a new workbook)
 *   office-js/      office.js and the Excel files it loads, from node_modules (no CDN)
 *   assets/, manifest.xml
 *
 * `webpack --mode production` works offline and never needs certificates;
 * `webpack serve` serves https://localhost:3000 with office-addin-dev-certs.
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DIST = path.resolve(__dirname, 'dist');
const OFFICE_JS = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const PORT = 3000;

/**
 * What office.js loads at run time, relative to its own folder: the Excel host
 * file for the platform (excel-win32-16.01.js, excel-web-16.00.js, …, some with
 * a "-core" suffix; o15apptofilemappingtable.js on Office 2013), the strings for
 * the Office UI language (<locale>/office_strings.js, falling back to en-us) and
 * its telemetry sink. Debug builds, other hosts and Outlook strings are left out
 * (about 13 MB instead of 86 MB).
 */
const officeJsFiles = [
  { from: '{office,o15apptofilemappingtable,custom-functions-runtime}.js' },
  { from: 'excel*.js' },
  { from: '*/office_strings.js' },
  { from: '{telemetry,ariatelemetry}/*.js' },
].map((pattern) => ({
  ...pattern,
  context: OFFICE_JS,
  to: 'office-js/',
  globOptions: { ignore: ['**/*.debug.js'] },
  // Already minified by Microsoft: without this, Terser spends over a minute re-minifying 12 MB.
  info: { minimized: true },
}));

const SUPPORT_PAGE = `<!doctype html>
<html lang="en-GB">
  <head><meta charset="UTF-8" /><title>YOT secondment governance: help</title></head>
  <body style="font-family: Segoe UI, Arial, sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5">
    <h1>YOT secondment governance</h1>
    <p>This Excel add-in checks YOT secondment registers and Vacancy Trackers against the Probation Service
    National Partnership Framework 2021 and builds the YOGB quarterly pack.</p>
    <p>Open it from <strong>Home &gt; Check workbook</strong>. Type <code>=YOT.</code> in a cell to see the worksheet
    functions (YOT.EXITDATE, YOT.VACANCYSTAGE, YOT.FTE and others); each one's description says what it works out
    and which section of the framework it follows.</p>
    <p>For help, contact your regional Probation SPOC.</p>
  </body>
</html>
`;

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    devtool: 'source-map',
    target: 'web',
    entry: {
      // functions first: the page registers the functions before the task pane loads.
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      // Lazy chunks get a content hash, so a cached old one is never run with a new taskpane.js.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // exceljs's own browser build (its package.json "browser" field says the same): no Node built-ins needed.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
      // src/adapters/xlsx reads and writes files with Node's fs in the CLI; in the browser only its
      // in-memory functions (rawFromWorkbook, renderPackXlsx) are used, so these are empty modules.
      fallback: { fs: false, path: false },
    },
    optimization: {
      splitChunks: {
        // Only lazy chunks are split; taskpane.js and functions.js stay one file each, as the page loads them.
        chunks: 'async',
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake; tsconfig.json's CommonJS is for Node (CLI, jest).
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      // 'node:fs' → 'fs', so the fallbacks above apply (webpack can't read the node: scheme in a web build).
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      // The manifest's SupportUrl and GetStarted link: a static page, no script.
      new HtmlWebpackPlugin({
        filename: 'support.html',
        inject: false,
        templateContent: SUPPORT_PAGE,
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJsFiles,
          { from: path.join(OFFICE_JS, '..', 'LICENSE.md'), to: 'office-js/LICENSE.md' },
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: {
      // Hints are off: the lazy exceljs chunk is big by nature, and the task pane's first load
      // (taskpane.js, measured gzipped by the benchmark) is watched there instead.
      hints: false,
    },
  };

  if (env.WEBPACK_SERVE) {
    // Only here: a production build must never need the dev certificates.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      hot: false,
      liveReload: true,
    };
  }
  return config;
};
