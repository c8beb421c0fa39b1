/**
 * Builds the Excel add-in into dist/:
 *   taskpane.html   the shared-runtime page (task pane + custom functions runtime)
 *   functions.js    the =YOT.* custom functions (core + args only: no React, Fluent or exceljs)
 *   functions.json  their metadata, generated from the JSDoc in src/functions/functions.ts
 *   taskpane.js     the task pane's shell (React, Fluent UI, the Check view, the Office.js host):
 *                   the only task pane script on first load
 *   *.<hash>.js     loaded with import() when needed, never on the first load: check.* (the rules),
 *                   pack.* (the pack's figures and layout), pack-view.*, rules-view.* and excel-write.*
 *                   (fetched once the first view is drawn and the page is idle), extras.* (Fluent's MessageBar, Spinner and
 *                   ToggleButton: components/on-demand.tsx; fetched then too), the numbered chunks they share, and exceljs.* with
 *                   xlsx.* (only to open an .xlsx in a plain browser, or to make a pack as a new workbook), and
 *                   pdfmake.* with pdf.* (only when "Download PDF" is pressed: pdfmake and its bundled fonts)
 *   office-js/      office.js and the Excel files it loads, from node_modules (no CDN)
 *   support.html    the manifest's SupportUrl: help, contact, privacy (src/support/support.html)
 *   assets/, manifest.xml
 *
 * Where it will be hosted: ADDIN_BASE_URL=https://intranet.example.org/yot/ npm run build
 * writes every manifest URL on that base (scripts/addin-base-url.js; refused with one sentence
 * if it is not an https folder address); without it the manifest stays on https://localhost:3000/
 * for development. A production build keeps its source maps out of the deployable folder: they go
 * to <output>-maps/ (dist-maps/ beside dist/), with no sourceMappingURL comment in the scripts.
 * `--env out=<dir>` builds into another folder (the deployment test builds into a temporary one,
 * with `--env minify=false`).
 *
 * `webpack --mode production` works offline and never needs certificates;
 * `webpack serve` serves https://localhost:3000 with office-addin-dev-certs.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { addinBaseUrl, manifestFor } = require('./scripts/addin-base-url');

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

/**
 * Our own makeStyles calls (src/taskpane/components) compiled at build time, as Fluent UI's own
 * components already are: Griffel's loader evaluates each style object in Node and leaves the
 * atomic classes and their CSS rules in the bundle (`__styles`), so the page no longer runs
 * Griffel's resolver (stylis) over them on first draw. Fluent re-exports makeStyles and the
 * `__styles` it compiles to from @fluentui/react-components. Files it imports style values from
 * (components/styles.ts) are evaluated with Babel's TypeScript preset.
 */
const griffelLoader = {
  loader: '@griffel/webpack-loader',
  options: {
    modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }],
    babelOptions: { presets: ['@babel/preset-typescript'] },
  },
};

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  let site;
  try {
    site = addinBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (e) {
    // One sentence, no stack: the person building needs only to fix the address.
    console.error(e.message);
    process.exit(1);
  }
  const outDir = env.out ? path.resolve(env.out) : DIST;
  const mapsDir = `${outDir}-maps`;
  if (!dev) fs.rmSync(mapsDir, { recursive: true, force: true });
  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    // Development: maps beside the scripts. Production: in <output>-maps/, never deployed (plugin below).
    devtool: dev ? 'source-map' : false,
    target: 'web',
    entry: {
      // functions first: the page registers the functions before the task pane loads.
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: outDir,
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
        // pdfmake's own browser build, already minified (its package.json "browser" field names the unminified one):
        // the "Download PDF" chunk only (src/adapters/pdf/browser.ts), never the first load.
        pdfmake$: path.resolve(__dirname, 'node_modules/pdfmake/build/pdfmake.min.js'),
        'pdfmake/build/pdfmake$': path.resolve(__dirname, 'node_modules/pdfmake/build/pdfmake.min.js'),
      },
      // src/adapters/xlsx reads and writes files with Node's fs in the CLI; in the browser only its
      // in-memory functions (loadWorkbookBytes, packXlsxBytes) are used, so these are empty modules
      // (zlib: the pack writer's fast DEFLATE for files; in the browser it uses fflate's).
      fallback: { fs: false, path: false, zlib: false },
    },
    optimization: {
      // `--env minify=false`: a production build without Terser, for the deployment test (what it checks,
      // the manifest's URLs and where the maps go, does not depend on minifying; it saves most of the time).
      minimize: !dev && env.minify !== 'false',
      splitChunks: {
        // Only lazy chunks are split; taskpane.js and functions.js stay one file each, as the page loads them.
        chunks: 'async',
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
          pdfmake: { test: /[\\/]node_modules[\\/]pdfmake[\\/]build[\\/]pdfmake(\.min)?\.js$/, name: 'pdfmake', chunks: 'async', priority: 20 },
          // pdfmake's fonts (vfs_fonts) stay out of it: the chart pictures of a pack made in the browser need the fonts, not pdfmake.
        },
      },
    },
    module: {
      rules: [
        {
          // resvg's WebAssembly chart drawer (src/adapters/file/chart-raster.ts fetches it): a file of its own, never inlined.
          test: /\.wasm$/,
          type: 'asset/resource',
          generator: { filename: '[name].[contenthash:8][ext]' },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader turns TypeScript into JavaScript, then Griffel's loader.
          use: [griffelLoader, {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake; tsconfig.json's CommonJS is for Node (CLI, jest).
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          }],
        },
      ],
    },
    plugins: [
      // 'node:fs' → 'fs', so the fallbacks above apply (webpack can't read the node: scheme in a web build).
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      // The chart pictures' converter reads its WebAssembly and fonts from disk in Node; in the browser, from the add-in's own files.
      new webpack.NormalModuleReplacementPlugin(/^\.\/chart-raster$/, (resource) => {
        if (path.basename(resource.context) === 'xlsx') resource.request = path.resolve(__dirname, 'src/adapters/file/chart-raster.ts');
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
        template: './src/support/support.html',
      }),
      ...(dev
        ? []
        : [
            new webpack.SourceMapDevToolPlugin({
              test: /\.js$/,
              // Relative to the output folder: ../dist-maps/taskpane.js.map for dist/taskpane.js.
              filename: `${path.relative(outDir, mapsDir).split(path.sep).join('/')}/[file].map`,
              // No sourceMappingURL comment: the deployed scripts point at nothing that is not there.
              append: false,
            }),
          ]),
      new CopyWebpackPlugin({
        patterns: [
          ...officeJsFiles,
          { from: path.join(OFFICE_JS, '..', 'LICENSE.md'), to: 'office-js/LICENSE.md' },
          { from: 'assets', to: 'assets' },
          // Every URL on the hosting base (unchanged for development).
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), site) },
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
    // .certs/ (npm run dev-certs, no sudo) or office-addin-dev-certs'; one sentence if neither.
    const { devHttpsOptions } = require('./scripts/dev-certs');
    config.devServer = {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devHttpsOptions() },
      hot: false,
      liveReload: true,
    };
  }
  return config;
};

// The build-time first view (webpack.prerender.js) compiles its styles the same way, so its classes are the page's.
module.exports.griffelLoader = griffelLoader;
