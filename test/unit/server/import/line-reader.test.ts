import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLines, readLines, type FileLine } from '../../../../server/import/line-reader.js';
import { tempDirForEachTest } from '../../../helpers/temp-dir.js';

const tempDir = tempDirForEachTest('switchboard-lines-');

async function all(path: string, from = { offset: 0, lineNumber: 0 }, max = 10): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  for await (const line of readLines(path, from, max)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('numbers lines, gives the offset after each, skips a line over the limit and one that is not UTF-8', async () => {
    const path = join(tempDir(), 'export.jsonl');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('one\r\ntoo long a line\n'), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from('\nlast')]),
    );
    expect(await all(path)).toEqual([
      { lineNumber: 1, text: 'one', nextOffset: 5 },
      { lineNumber: 2, text: null, problem: 'the line is 15 bytes long, more than 10', nextOffset: 21 },
      { lineNumber: 3, text: null, problem: 'the line is not UTF-8 text', nextOffset: 24 },
      { lineNumber: 4, text: '', nextOffset: 25 },
      { lineNumber: 5, text: 'last', nextOffset: 29 },
    ]);
    expect(await countLines(path)).toBe(5);
  });

  it('continues from an offset with the numbering where it stopped, across chunk boundaries', async () => {
    const path = join(tempDir(), 'big.jsonl');
    const lines = Array.from({ length: 5_000 }, (_, index) => `{"n":${index},"pad":"${'é'.repeat(index % 300)}"}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const read = await all(path, { offset: 0, lineNumber: 0 }, 10_000);
    expect(read.map((line) => line.text)).toEqual(lines);
    const middle = read[2_499];
    if (!middle) throw new Error('no line 2,500');
    const rest = await all(path, { offset: middle.nextOffset, lineNumber: middle.lineNumber }, 10_000);
    expect(rest[0]).toMatchObject({ lineNumber: 2_501, text: lines[2_500] });
    expect(rest).toHaveLength(2_500);
    expect(await countLines(path)).toBe(5_000);
  });
});
