/**
 * Measures what the built-in language identification costs a fresh process: the time from importing
 * it to its first answer (wall and CPU; the CPU figure varies less on a loaded machine) and the
 * resident memory it adds. Run as a child process by `npm run eval -- language`; prints one JSON line.
 */

export {};

const rssMb = () => process.memoryUsage().rss / 1048576;

const baseRssMb = rssMb();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { detectLanguage } = await import('../../engine/language-detector.js');
detectLanguage('Meine Karte wurde gestern gesperrt');
const startupMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);

process.stdout.write(
  `${JSON.stringify({ startupMs: Math.round(startupMs), startupCpuMs: Math.round((cpu.user + cpu.system) / 1000), baseRssMb: Math.round(baseRssMb), rssMb: Math.round(rssMb()) })}\n`,
);
