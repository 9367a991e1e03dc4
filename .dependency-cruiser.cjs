// The layer check (npm run test:layers): which layer may import which, and no runtime import
// cycle. The tsconfig project references fence the layers coarsely (a reference lets in the
// layers behind it too); these rules say exactly what each layer may use. The picture is in the
// README (Development). test/layers/layers.test.ts proves that each rule catches a violation.
const LAYER = {
  engine: '^server/src/engine/',
  present: '^server/src/present/',
  /** The webview pages (present/webview): pure HTML the client bundles. */
  webview: '^server/src/present/webview/',
  protocol: '^server/src/protocol/',
  workspace: '^server/src/workspace/',
  lsp: '^server/src/lsp/',
  cli: '^server/src/cli/',
  databaseBundle: '^server/src/databaseBundle/',
  client: '^client/src/',
};
/** Where these packages resolve to ('vscode' is types only: it resolves to @types/vscode or not at all). */
function packages(...names) {
  return names.flatMap((name) => (name === 'vscode' ? ['^vscode$', '^node_modules/@types/vscode/'] : [`^node_modules/${name}/`]));
}
const EDITOR_PACKAGES = packages('vscode', 'vscode-languageclient');
const LSP_PACKAGES = packages('vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument', 'vscode-languageserver-types', 'vscode-jsonrpc');
/** Packages only the adapters may use: the editor, the LSP and the database. */
const ADAPTER_PACKAGES = [...EDITOR_PACKAGES, ...LSP_PACKAGES, ...packages('mysql2')];

/** `layer` may import itself, `allowed` layers, npm packages and (with `node`) Node's modules. */
function only(layer, allowed, { node = false } = {}) {
  return {
    name: `${layer}-imports-only-${allowed.length ? allowed.join('-') : 'itself'}`,
    comment: `${layer} may import ${[...allowed, 'npm packages', ...(node ? ['node:'] : [])].join(', ')}.`,
    severity: 'error',
    from: { path: LAYER[layer] },
    to: { pathNot: [LAYER[layer], ...allowed.map((l) => LAYER[l]), '^node_modules/'], ...(node ? { dependencyTypesNot: ['core'] } : {}) },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      comment: 'A runtime import cycle (type-only imports are erased, so they may close a loop).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'type-import'] } },
    },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true, pathNot: '^vscode$' } },
    only('engine', []),
    only('present', ['engine']),
    only('workspace', ['engine', 'present', 'protocol'], { node: true }),
    only('lsp', ['engine', 'present', 'protocol', 'workspace'], { node: true }),
    only('cli', ['engine', 'present', 'protocol', 'workspace', 'databaseBundle'], { node: true }),
    only('databaseBundle', ['engine', 'present', 'protocol', 'workspace'], { node: true }),
    {
      name: 'cli-requires-database-bundle-in-one-place',
      comment: "cli/database.ts's require() is the CLI's one way into the database bundle: the build turns it into require('./database.js'), so cli.js never inlines mysql2.",
      severity: 'error',
      from: { path: LAYER.cli, pathNot: '^server/src/cli/database\\.ts$' },
      to: { path: LAYER.databaseBundle, dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'database-bundle-imports-protocol-types-only',
      comment: "The bundle implements the client's contract (protocol/database.ts): its types, nothing the client runs.",
      severity: 'error',
      from: { path: LAYER.databaseBundle },
      to: { path: LAYER.protocol, dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'workspace-and-cli-import-protocol-types-only',
      comment: 'A report shared with the client (protocol/doctor.ts) is built in workspace and printed by the CLI: its types, nothing the client runs.',
      severity: 'error',
      from: { path: [LAYER.workspace, LAYER.cli] },
      to: { path: LAYER.protocol, dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'pure-layers-no-adapter-packages',
      comment: 'engine and present run anywhere: no editor, LSP or database package.',
      severity: 'error',
      from: { path: [LAYER.engine, LAYER.present] },
      to: { path: ADAPTER_PACKAGES },
    },
    {
      name: 'protocol-imports-only-lsp-protocol-and-engine-types',
      comment: 'protocol is shared with the client: vscode-languageserver-protocol, and engine types (erased), nothing else.',
      severity: 'error',
      from: { path: LAYER.protocol },
      to: { pathNot: [LAYER.protocol, LAYER.engine, '^node_modules/vscode-languageserver-protocol/'] },
    },
    {
      name: 'protocol-imports-engine-types-only',
      comment: 'A runtime engine import would bundle the engine into the client.',
      severity: 'error',
      from: { path: LAYER.protocol },
      to: { path: LAYER.engine, dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'cli-no-lsp-packages',
      comment: 'The command line runs without the editor or the language server.',
      severity: 'error',
      from: { path: [LAYER.cli, LAYER.workspace, LAYER.databaseBundle] },
      to: { path: [...EDITOR_PACKAGES, ...LSP_PACKAGES] },
    },
    {
      name: 'lsp-no-client-packages',
      comment: "The server speaks LSP; VS Code's API is the client's.",
      severity: 'error',
      from: { path: LAYER.lsp },
      to: { path: EDITOR_PACKAGES },
    },
    {
      name: 'client-imports-only-protocol-and-webview',
      comment: 'The client knows nothing about rules: protocol, the webview pages (present/webview), vscode, vscode-languageclient and node: only.',
      severity: 'error',
      from: { path: LAYER.client },
      to: { pathNot: [LAYER.client, LAYER.protocol, LAYER.webview, ...EDITOR_PACKAGES], dependencyTypesNot: ['core'] },
    },
    {
      name: 'webview-imports-only-itself-and-numbers',
      comment: 'The client bundles present/webview: at run time it may use only itself and engine/numbers.ts (one money and count format), engine types otherwise, so the client carries no engine.',
      severity: 'error',
      from: { path: LAYER.webview },
      to: { pathNot: [LAYER.webview, '^server/src/engine/numbers\\.ts$'], dependencyTypesNot: ['type-only', 'type-import'] },
    },
  ],
  options: {
    // Type-only imports are seen too (marked "type-only"), for the protocol and cycle rules.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)out/', '\\.d\\.ts$'] },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], exportsFields: ['exports'], conditionNames: ['types', 'node', 'require', 'default'] },
  },
};
