// @ts-check
/**
 * When a build of the sources (the child processes' bundles in dist/electron, scripts/build-electron.mjs; the
 * renderer in dist/renderer, vite.config.ts) may stand in for them: when it was built from exactly the files that
 * are there now. The build records, beside its output, `<output>.inputs.json`: every file of the project it read
 * (repository-relative), package-lock.json for what it took from node_modules (npm installs exactly what the lock
 * names), and the build's own recipe, each with its size, modification time and SHA-256. The output is fresh when
 * every recorded file is there with the same content: a file whose size and modification time are unchanged is
 * taken as unchanged (as git's index does), any other is hashed again, so a checkout that only touched a file does
 * not make it stale and an edit always does.
 * Plain JavaScript (typed by bundle-freshness.d.mts), so the build scripts use it without tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Stands for every file a build took from node_modules. */
const DEPENDENCY_LOCK = 'package-lock.json';

/** The record of what `output` (a bundle file or an output folder) was built from. */
export function inputsRecordOf(output) {
  return `${output}.inputs.json`;
}

/** @param {string} file */
function sha256Of(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * The project's own files among a build's inputs, repository-relative with forward slashes: node_modules (the lock
 * file stands for it), files outside the repository and virtual modules (a plugin's `namespace:path`, Vite's `\0id`)
 * are left out.
 * @param {string} root @param {Iterable<string>} inputs @returns {string[]}
 */
export function ownInputs(root, inputs) {
  const own = new Set();
  for (const input of inputs) {
    if (input.startsWith('\0') || /^[a-z][a-z0-9-]+:/i.test(input)) continue; // not a drive letter (C:)
    const path = (isAbsolute(input) ? relative(root, input) : input).split(sep).join('/');
    if (path.startsWith('../') || path.split('/').includes('node_modules') || !existsSync(join(root, path))) continue;
    own.add(path);
  }
  return [...own];
}

/**
 * Records the files `output` was built from (after it is written, so a reader never sees a record newer than its
 * output): `inputs` as the build reports them (see ownInputs), plus the lock file and `recipe` (the build's scripts).
 * @param {{ root: string, output: string, inputs: Iterable<string>, recipe: string[] }} build
 */
export function recordBuildInputs({ root, output, inputs, recipe }) {
  /** @type {Record<string, { size: number, mtimeMs: number, sha256: string }>} */
  const files = {};
  for (const path of [...new Set([...ownInputs(root, inputs), DEPENDENCY_LOCK, ...recipe])].sort()) {
    const stat = statSync(join(root, path));
    files[path] = { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256Of(join(root, path)) };
  }
  const record = inputsRecordOf(output);
  writeFileSync(`${record}.tmp`, `${JSON.stringify({ files }, null, 1)}\n`);
  renameSync(`${record}.tmp`, record);
}

/** Drops the record of `output` (a build about to replace it): until it is rewritten, the output is not fresh. */
export function forgetBuildInputs(output) {
  rmSync(inputsRecordOf(output), { force: true });
}

/**
 * Null when `output` (absolute) is fresh, else why not, as a clause ("server/cli.ts changed").
 * @param {string} root @param {string} output @returns {string | null}
 */
export function staleness(root, output) {
  if (!existsSync(output)) return `${relative(root, output)} is not built`;
  /** @type {Record<string, { size: number, mtimeMs: number, sha256: string }>} */
  let files;
  try {
    files = JSON.parse(readFileSync(inputsRecordOf(output), 'utf8')).files;
  } catch {
    return `${relative(root, output)} has no record of what it was built from`;
  }
  for (const [path, built] of Object.entries(files)) {
    const file = join(root, path);
    if (!existsSync(file)) return `${path} is gone`;
    const stat = statSync(file);
    if (stat.size === built.size && stat.mtimeMs === built.mtimeMs) continue;
    if (stat.size !== built.size || sha256Of(file) !== built.sha256) return `${path} changed`;
  }
  return null;
}
