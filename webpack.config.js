const { readFileSync } = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { dependencies } = require('./package.json');

const DEV_URL = 'https://localhost:3000/';
/** The campaign every bundle carries unless `--env campaign=<file>` names another (src/forms/builtInCampaign.ts imports it). */
const BUILT_IN_CAMPAIGN = path.resolve(__dirname, 'campaigns/nq25.tongket.json');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A mistake in `--env` is the user's: its message alone, without webpack-cli's stack. */
function refuse(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/**
 * `--env campaign=<file>` swaps the built-in campaign for that file in every
 * bundle. The file is read here, before anything is bundled, by the same
 * validator the pane and the CLI use, so a broken file stops the build with
 * their Vietnamese messages instead of shipping an add-in that fails to start.
 */
function campaignReplacement(file) {
  let text = '';
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    refuse(`Tệp bộ biểu "${file}": không mở được tệp (${error.code ?? String(error)}).`);
  }
  // The validator is TypeScript; tsx (a dev dependency, as webpack is) loads it without a build of its own.
  const { readCampaignText, CatalogError } = require('tsx/cjs/api').require('./src/forms/defineForm.ts', __filename);
  try {
    readCampaignText(text, file);
  } catch (error) {
    if (error instanceof CatalogError) refuse(error.message);
    throw error;
  }
  // Matched on the resolved path, so every import of the file is replaced, whatever relative path it uses.
  return [new webpack.NormalModuleReplacementPlugin(new RegExp(`^${escapeRegExp(BUILT_IN_CAMPAIGN)}$`), path.resolve(file))];
}

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'swc-loader',
    options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2019' } },
  },
};

/**
 * `npm run build -- --env url=https://host/path/` points the manifest at the
 * production host; `--env campaign=<file>` builds with that campaign file;
 * `--env preview` adds the dev-only preview page (the pane on an in-memory
 * Excel), used by the browser tests and by `npm start` on Linux; `--env out=<dir>`
 * writes the pages there instead of dist/, and the CLI in <dir>/cli instead of
 * build/cli (the build tests).
 *
 * Two bundles: the add-in's pages, and the `tongket` command (bin/tongket.cjs
 * runs it), so the CLI needs no dev dependency once built. `webpack serve`
 * builds and serves the pages only.
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const url = env.url ? String(env.url).replace(/\/?$/, '/') : DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// URL (got ${url})`);
  const withPreview = Boolean(env.preview);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const campaign = env.campaign ? campaignReplacement(String(env.campaign)) : [];
  const out = env.out ? path.resolve(__dirname, String(env.out)) : undefined;

  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/pages/${name}.html`, chunks, ...extra });

  const web = {
    name: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      ...(withPreview ? { preview: './src/dev/preview/index.tsx' } : {}),
    },
    // With --env out the CLI is written under <out>/cli by the other bundle: cleaning must leave it.
    output: { path: out ?? path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: out ? { keep: /^cli[\\/]/ } : true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [typescript] },
    plugins: [
      ...campaign,
      page('taskpane', ['taskpane']),
      page('commands', ['commands']),
      page('help', []),
      ...(withPreview ? [page('preview', ['preview'])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Page and icon URLs move under `url`; the app domain (DEV_URL without its slash) is an origin only:
            // the manifest reference says an <AppDomain> has no path.
            transform: (content) => content.toString().split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(new URL(url).origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
        }
      : undefined,
  };
  if (serving) return web;

  const cli = {
    name: 'cli',
    target: 'node20',
    // Not minified and no source map: a stack trace from a user's machine stays readable as it is.
    devtool: false,
    optimization: { minimize: false },
    entry: './src/cli/bin.ts',
    output: { path: out ? path.join(out, 'cli') : path.resolve(__dirname, 'build/cli'), filename: 'tongket.cjs', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescript] },
    // The runtime dependencies stay outside the bundle: `npm ci --omit=dev` installs them next to it,
    // and ExcelJS for Node (streams, archiver, unzipper) is loaded by Node as its authors ship it.
    externalsType: 'commonjs',
    externals: Object.keys(dependencies).map((name) => new RegExp(`^${escapeRegExp(name)}(/|$)`)),
    plugins: campaign,
    performance: { hints: false },
  };
  return [web, cli];
};
