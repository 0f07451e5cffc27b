/**
 * Builds the language-identification proxy set from Debian's gettext catalogues.
 *
 *   npx tsx scripts/build-language-proxy.ts [--cache DIR] [--out FILE] [--offline]
 *
 * Recipe (reproducible on any Debian 12 machine that reaches Debian's archive):
 *  1. `apt-get download` the packages in PACKAGES below (not installed: only their .deb files) into
 *     DIR/debs (default .data/language-proxy/cache/debs); `--offline` uses the files already there.
 *  2. Read every usr/share/locale/<locale>/LC_MESSAGES/*.mo inside them. The msgids are the English
 *     rows; each translation is a row of its locale, mapped to the engine's codes (pt_BR -> pt,
 *     zh_CN/zh_TW -> zh, fil -> tl; variants such as ca@valencia or de_CH are left out). Malay (ms)
 *     is kept although the engine does not serve it, for the Malay/Indonesian report.
 *  3. Clean each string (catalogue-text.ts: placeholders, mnemonics, markup, paths, options and
 *     identifiers removed), drop untranslated entries (translation = msgid) and entries mostly in
 *     another script (language-scripts.ts), keep a "sentence" (4+ words; 8+ letters in zh/ja/th) or
 *     a "two-word" text (exactly two words of letters), deduplicated per language.
 *  4. Keep at most SENTENCES_PER_LANGUAGE sentences and TWO_WORDS_PER_LANGUAGE two-word texts per
 *     language, chosen by a hash of the text (so the same packages give the same rows), and give each
 *     row a fold (0 or 1) from a hash of its English msgid: every translation of one string falls in
 *     the same fold. Tune on fold 0, report fold 1.
 *  5. Write FILE (default .data/language-proxy/language-proxy.csv; columns text, language, kind,
 *     fold, package) and FILE's manifest (.manifest.json: package versions, row counts).
 *
 * The catalogues are the packages' translators' work under their packages' licenses: the set is for
 * measurement on this machine and is not committed. It is not any held-out test set.
 *
 * Then: npm run eval -- language --csv .data/language-proxy/language-proxy.csv --fold 1
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanCatalogueText, textKind, type TextKind } from './language-proxy/catalogue-text.js';
import { isInOwnScript } from './language-proxy/language-scripts.js';
import { parseMoFile } from './language-proxy/mo-file.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Debian 12 packages with many translated catalogues: core tools, desktop libraries and desktops'
 * translation packages (cinnamon-l10n, vlc-l10n) for the languages the base system lacks (ur, tl, ms).
 * Name lists (iso-codes, xkb-data) are left out: names are not prose.
 */
const PACKAGES = [
  'adduser',
  'apt',
  'appstream',
  'at-spi2-common',
  'bash',
  'binutils-common',
  'cinnamon-l10n',
  'coreutils',
  'diffutils',
  'dpkg',
  'evolution-data-server-common',
  'findutils',
  'gettext',
  'gettext-base',
  'git',
  'gnome-control-center-data',
  'gnupg-l10n',
  'grep',
  'gsettings-desktop-schemas',
  'gstreamer1.0-plugins-base',
  'libavahi-common-data',
  'libc-l10n',
  'libgdk-pixbuf2.0-common',
  'libglib2.0-data',
  'libgnutls30',
  'libgstreamer1.0-0',
  'libgtk-3-common',
  'libgtk-4-common',
  'libgtk2.0-common',
  'libidn2-0',
  'libpam-runtime',
  'login',
  'make',
  'man-db',
  'mate-desktop-common',
  'packagekit',
  'passwd',
  'polkitd',
  'procps',
  'psmisc',
  'python-apt-common',
  'sed',
  'shared-mime-info',
  'software-properties-common',
  'systemd',
  'tar',
  'transmission-common',
  'vlc-l10n',
  'wget',
  'xdg-user-dirs',
  'xfce4-panel',
  'xz-utils',
];

/** The engine's 40 languages plus Malay, by gettext locale. English comes from the msgids. */
const LOCALE_LANGUAGE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    'de fr es it pt nl sv da nb fi pl cs sk el ro hu tr ru uk ar he fa hi bn ur ja ko th vi id tl hr bg lt lv et ca sl ms'
      .split(' ')
      .map((code) => [code, code]),
  ),
  pt_BR: 'pt',
  zh_CN: 'zh',
  zh_TW: 'zh',
  zh_HK: 'zh',
  fil: 'tl',
  nb_NO: 'nb',
  bn_BD: 'bn',
};

const SENTENCES_PER_LANGUAGE = 2000;
const TWO_WORDS_PER_LANGUAGE = 1000;

interface ProxyRow {
  text: string;
  language: string;
  kind: TextKind;
  fold: 0 | 1;
  package: string;
}

/** FNV-1a: a stable hash, so the same catalogues always give the same rows and folds. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function run(command: string, args: string[], cwd?: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

function downloadPackages(debsDir: string, offline: boolean): string[] {
  mkdirSync(debsDir, { recursive: true });
  const have = () => readdirSync(debsDir).filter((f) => f.endsWith('.deb'));
  const missing = PACKAGES.filter((name) => !have().some((f) => f.startsWith(`${name}_`)));
  if (missing.length > 0) {
    if (offline) throw new Error(`--offline, but ${debsDir} lacks: ${missing.join(', ')}.`);
    process.stderr.write(
      `Downloading ${missing.length} packages with apt-get download (run apt-get update first if it fails)...\n`,
    );
    run('apt-get', ['download', ...missing], debsDir);
  }
  return PACKAGES.map((name) =>
    join(
      debsDir,
      have().find((f) => f.startsWith(`${name}_`))!,
    ),
  );
}

function moFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.mo')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

interface Candidate {
  source: string;
  package: string;
}

/** language -> kind -> text -> where it came from (first seen). */
type Collected = Map<string, Map<TextKind, Map<string, Candidate>>>;

function collect(into: Collected, language: string, text: string, candidate: Candidate): void {
  const kind = textKind(text, language);
  if (!kind || !isInOwnScript(text, language)) return;
  let kinds = into.get(language);
  if (!kinds) into.set(language, (kinds = new Map()));
  let texts = kinds.get(kind);
  if (!texts) kinds.set(kind, (texts = new Map()));
  if (!texts.has(text)) texts.set(text, candidate);
}

function readPackage(deb: string, into: Collected): void {
  const name = run('dpkg-deb', ['-f', deb, 'Package']).trim();
  const root = mkdtempSync(join(tmpdir(), 'language-proxy-'));
  try {
    run('dpkg-deb', ['-x', deb, root]);
    for (const file of moFilesUnder(join(root, 'usr', 'share', 'locale'))) {
      const locale = basename(dirname(dirname(file)));
      const language = LOCALE_LANGUAGE[locale];
      if (!language) continue;
      for (const entry of parseMoFile(readFileSync(file), file)) {
        const english = cleanCatalogueText(entry.source);
        collect(into, 'en', english, { source: english, package: name });
        if (!entry.translation || entry.translation === entry.source) continue;
        collect(into, language, cleanCatalogueText(entry.translation), { source: english, package: name });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function select(collected: Collected): ProxyRow[] {
  const rows: ProxyRow[] = [];
  const cap: Record<TextKind, number> = { sentence: SENTENCES_PER_LANGUAGE, 'two-word': TWO_WORDS_PER_LANGUAGE };
  for (const language of [...collected.keys()].sort()) {
    for (const [kind, texts] of collected.get(language)!) {
      const chosen = [...texts.entries()]
        .sort((a, b) => fnv1a(a[0]) - fnv1a(b[0]) || (a[0] < b[0] ? -1 : 1))
        .slice(0, cap[kind]);
      for (const [text, c] of chosen)
        rows.push({ text, language, kind, fold: (fnv1a(c.source) % 2) as 0 | 1, package: c.package });
    }
  }
  return rows;
}

const csvField = (value: string | number) => {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function main(): void {
  const { values } = parseArgs({
    options: { cache: { type: 'string' }, out: { type: 'string' }, offline: { type: 'boolean', default: false } },
    strict: true,
  });
  const cacheDir = resolve(values.cache ?? join(REPO_ROOT, '.data', 'language-proxy', 'cache'));
  const outFile = resolve(values.out ?? join(REPO_ROOT, '.data', 'language-proxy', 'language-proxy.csv'));
  const debs = downloadPackages(join(cacheDir, 'debs'), values.offline);
  const collected: Collected = new Map();
  for (const deb of debs) readPackage(deb, collected);
  const rows = select(collected);
  mkdirSync(dirname(outFile), { recursive: true });
  const lines = [
    'text,language,kind,fold,package',
    ...rows.map((r) => [r.text, r.language, r.kind, r.fold, r.package].map(csvField).join(',')),
  ];
  writeFileSync(outFile, `${lines.join('\n')}\n`);
  const counts: Record<string, Record<string, number>> = {};
  for (const r of rows)
    (counts[r.language] ??= {})[`${r.kind} fold ${r.fold}`] =
      (counts[r.language]?.[`${r.kind} fold ${r.fold}`] ?? 0) + 1;
  const packages = debs.map(
    (deb) => `${run('dpkg-deb', ['-f', deb, 'Package']).trim()} ${run('dpkg-deb', ['-f', deb, 'Version']).trim()}`,
  );
  writeFileSync(
    outFile.replace(/\.csv$/, '.manifest.json'),
    `${JSON.stringify({ packages, rows: rows.length, counts }, null, 2)}\n`,
  );
  process.stdout.write(`Wrote ${rows.length} rows in ${Object.keys(counts).length} languages to ${outFile}\n`);
}

main();
