const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/**
 * `npm run build -- --env url=https://host/path/` points the manifest at the
 * production host; `--env preview` adds the dev-only preview page (the pane on
 * an in-memory Excel), used by the browser tests and by `npm start` on Linux;
 * `--env out=<dir>` writes somewhere other than dist/ (the build test).
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const url = env.url ? String(env.url).replace(/\/?$/, '/') : DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// URL (got ${url})`);
  const withPreview = Boolean(env.preview);
  const serving = Boolean(process.env.WEBPACK_SERVE);

  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/pages/${name}.html`, chunks, ...extra });

  return {
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      ...(withPreview ? { preview: './src/dev/preview/index.tsx' } : {}),
    },
    output: { path: path.resolve(__dirname, env.out ? String(env.out) : 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2019' } },
          },
        },
      ],
    },
    plugins: [
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
};
