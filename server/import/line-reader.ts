import { createReadStream } from 'node:fs';

/** One line of a file: its number (the first is 1), its text, and the byte offset just after it. */
export type FileLine =
  | { lineNumber: number; text: string; nextOffset: number }
  /** The line is longer than the limit (its bytes), or is not UTF-8: it is not read. */
  | { lineNumber: number; text: null; problem: string; nextOffset: number };

const NEWLINE = 0x0a;

/**
 * Reads a file line by line from a byte offset (where an earlier run stopped), holding at most `maxLineBytes` of
 * a line in memory: a longer line is skipped to its end and reported, as is a line that is not UTF-8.
 */
export async function* readLines(
  path: string,
  from: { offset: number; lineNumber: number },
  maxLineBytes: number,
): AsyncGenerator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let lineBytes = 0;
  let lineStart = from.offset;
  let lineNumber = from.lineNumber;
  const finish = (): FileLine => {
    lineNumber += 1;
    const nextOffset = lineStart + lineBytes + 1;
    const line = lineOf(lineNumber, parts, lineBytes, maxLineBytes, decoder, nextOffset);
    lineStart = nextOffset;
    parts = [];
    lineBytes = 0;
    return line;
  };
  for await (const chunk of createReadStream(path, {
    start: from.offset,
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      if (lineBytes + (end - start) <= maxLineBytes) parts.push(chunk.subarray(start, end));
      lineBytes += end - start;
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (lineBytes > 0) yield { ...finish(), nextOffset: lineStart - 1 };
}

function lineOf(
  lineNumber: number,
  parts: readonly Buffer[],
  lineBytes: number,
  maxLineBytes: number,
  decoder: TextDecoder,
  nextOffset: number,
): FileLine {
  if (lineBytes > maxLineBytes)
    return {
      lineNumber,
      text: null,
      problem: `the line is ${lineBytes.toLocaleString('en')} bytes long, more than ${maxLineBytes.toLocaleString('en')}`,
      nextOffset,
    };
  try {
    return { lineNumber, text: decoder.decode(Buffer.concat(parts)).replace(/\r$/, ''), nextOffset };
  } catch {
    return { lineNumber, text: null, problem: 'the line is not UTF-8 text', nextOffset };
  }
}

/** How many lines the file has (a last line without a newline counts), for the progress bar's total. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = NEWLINE;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let index = chunk.indexOf(NEWLINE); index !== -1; index = chunk.indexOf(NEWLINE, index + 1)) lines += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1] ?? NEWLINE;
  }
  return last === NEWLINE ? lines : lines + 1;
}
