// `import.meta.glob`, with which each feature's locales/index.ts finds its catalogs: Vite (the renderer's build, the
// tests) expands it, and so does scripts/build-electron.mjs for the main process. Types only.
/// <reference types="vite/types/importMeta.d.ts" />
