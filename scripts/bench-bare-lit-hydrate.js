// Baseline for pre-rendered widgets in scripts/bench.js: the same bare element, server-rendered by
// Lit (@lit-labs/ssr) into the page and taken over by Lit's own hydration, so "pre-rendered widget
// vs pre-rendered bare Lit" compares like with like: both pay for laying out their view before the
// script runs, and for hydrating it. Browser code, bundled like scripts/bench-bare-lit.js.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './bench-bare-lit.js';
