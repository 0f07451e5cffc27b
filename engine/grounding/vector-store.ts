/**
 * Embedding vectors kept locally so a passage whose text is unchanged is never embedded twice: a SQLite table keyed
 * by model and the text's SHA-256, the vector as a Float32 BLOB (unit length, so a dot product is the cosine).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** Once closed, it finds nothing and keeps nothing (an embedding request may still be answered after close). */
export interface VectorStore {
  get(model: string, text: string): Float32Array | null;
  put(model: string, text: string, vector: Float32Array): void;
  close(): void;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Scaled to unit length (a zero vector stays zero). */
export function unitVector(values: readonly number[]): Float32Array {
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
  return Float32Array.from(values, (value) => (norm > 0 ? value / norm : 0));
}

export function dot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Vectors in `file` (created when missing), or in memory when null. */
export function openVectorStore(file: string | null): VectorStore {
  const db = new Database(file ?? ':memory:');
  if (file) db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS passage_vectors (
    model TEXT NOT NULL, text_sha256 TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, text_sha256))`);
  const select = db.prepare<[string, string], { vector: Buffer }>(
    'SELECT vector FROM passage_vectors WHERE model = ? AND text_sha256 = ?',
  );
  const upsert = db.prepare<[string, string, Buffer]>(
    'INSERT OR REPLACE INTO passage_vectors (model, text_sha256, vector) VALUES (?, ?, ?)',
  );
  return {
    get(model, text) {
      if (!db.open) return null;
      const row = select.get(model, textHash(text));
      if (!row) return null;
      const bytes = Uint8Array.from(row.vector);
      return new Float32Array(bytes.buffer, 0, Math.floor(bytes.byteLength / Float32Array.BYTES_PER_ELEMENT));
    },
    put(model, text, vector) {
      if (!db.open) return;
      upsert.run(model, textHash(text), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    },
    close() {
      db.close();
    },
  };
}
