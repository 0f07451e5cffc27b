/** Loads labelled CSVs (intent training data) and merges the sources shipped in resources/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { TrainingExample } from './intent-classifier.js';

export interface LabelledExample extends TrainingExample {
  /** ISO 639-1 code when the source says, else null. */
  language: string | null;
}

export interface CsvColumns {
  textColumn: string;
  labelColumn: string;
  /** Optional column with the example's language. */
  languageColumn?: string;
  /** Language to assume when the file has no language column. */
  defaultLanguage?: string | null;
}

export class TrainingDataError extends Error {
  constructor(
    readonly code: 'file_missing' | 'column_missing' | 'no_rows' | 'no_sources',
    message: string,
  ) {
    super(message);
    this.name = 'TrainingDataError';
  }
}

/** Parses a CSV with a header row; rows with an empty text or label are skipped. */
export function parseLabelledCsv(content: string, columns: CsvColumns, sourceName = 'CSV'): LabelledExample[] {
  const rows = parse(content, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const first = rows[0];
  if (!first) throw new TrainingDataError('no_rows', `${sourceName} has no data rows.`);
  for (const col of [columns.textColumn, columns.labelColumn, columns.languageColumn]) {
    if (col !== undefined && !(col in first)) {
      throw new TrainingDataError(
        'column_missing',
        `${sourceName} has no column "${col}". Its columns are: ${Object.keys(first).join(', ')}.`,
      );
    }
  }
  const out: LabelledExample[] = [];
  for (const row of rows) {
    const text = row[columns.textColumn] ?? '';
    const label = row[columns.labelColumn] ?? '';
    if (!text || !label) continue;
    const language = columns.languageColumn ? row[columns.languageColumn] || null : (columns.defaultLanguage ?? null);
    out.push({ text, label, language });
  }
  return out;
}

export function loadLabelledCsv(file: string, columns: CsvColumns): LabelledExample[] {
  if (!existsSync(file)) throw new TrainingDataError('file_missing', `The file ${file} does not exist.`);
  return parseLabelledCsv(readFileSync(file, 'utf8'), columns, file);
}

export interface TrainingSource {
  file: string;
  columns: CsvColumns;
}

/** The tenant's own labelled examples: text,category,language. */
export function tenantTrainingFile(resourcesDir: string, tenantId: string): string {
  return join(resourcesDir, 'tenants', tenantId, 'training-multilingual.csv');
}

/** Whether the tenant has intent training data; one without it runs the built-in engine with no classifier. */
export function hasTrainingData(resourcesDir: string, tenantId: string): boolean {
  return existsSync(tenantTrainingFile(resourcesDir, tenantId));
}

/**
 * The training files for a tenant that has its own (hasTrainingData), in a fixed order:
 *   resources/data/banking77/train.csv              (English, text,category)
 *   resources/data/arbanking77/train.csv            (Arabic, text,category)
 *   resources/tenants/<tenant>/training-multilingual.csv  (text,category,language; incl. pseudo-intents)
 * The built-in classifier's intents are Banking77's, which the tenant's own file extends to more languages and to
 * the pseudo-intents. Only the files that exist are returned; none for a tenant without its own file.
 */
export function trainingSources(resourcesDir: string, tenantId: string): TrainingSource[] {
  if (!hasTrainingData(resourcesDir, tenantId)) return [];
  const candidates: TrainingSource[] = [
    {
      file: join(resourcesDir, 'data', 'banking77', 'train.csv'),
      columns: { textColumn: 'text', labelColumn: 'category', defaultLanguage: 'en' },
    },
    {
      file: join(resourcesDir, 'data', 'arbanking77', 'train.csv'),
      columns: { textColumn: 'text', labelColumn: 'category', defaultLanguage: 'ar' },
    },
    {
      file: tenantTrainingFile(resourcesDir, tenantId),
      columns: { textColumn: 'text', labelColumn: 'category', languageColumn: 'language' },
    },
  ];
  return candidates.filter((c) => existsSync(c.file));
}

/** Loads and concatenates every available source; throws when there is none. */
export function loadTrainingData(resourcesDir: string, tenantId: string): LabelledExample[] {
  const sources = trainingSources(resourcesDir, tenantId);
  if (sources.length === 0) {
    throw new TrainingDataError(
      'no_sources',
      `Tenant "${tenantId}" has no intent training data (${tenantTrainingFile(resourcesDir, tenantId)} does not exist).`,
    );
  }
  return sources.flatMap((s) => loadLabelledCsv(s.file, s.columns));
}
