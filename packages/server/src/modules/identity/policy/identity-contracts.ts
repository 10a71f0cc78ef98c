// The identity contracts, imported by path until `packages/contracts/src/index.ts` re-exports them; then this
// file goes and its importers take the names from '@yiwang/contracts'.
export * from '../../../../../contracts/src/identity/index.js';
