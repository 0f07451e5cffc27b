/** Types of bundle-freshness.mjs (plain JavaScript, so the build scripts use it without tsx). */
export function inputsRecordOf(output: string): string;
export function ownInputs(root: string, inputs: Iterable<string>): string[];
export function recordBuildInputs(build: {
  root: string;
  output: string;
  inputs: Iterable<string>;
  recipe: string[];
}): void;
export function forgetBuildInputs(output: string): void;
export function staleness(root: string, output: string): string | null;
