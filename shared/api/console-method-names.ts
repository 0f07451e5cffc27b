import { consoleMethods, type ConsoleMethodName } from './console-contract.js';

/**
 * The contract's method names as plain data. The sandboxed preload bundle gets this list evaluated when it is
 * built (scripts/build-electron.mjs), so it carries the names without the schemas (half a megabyte of zod).
 */
export const consoleMethodNames = Object.keys(consoleMethods) as ConsoleMethodName[];
