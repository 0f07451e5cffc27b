import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by a process and all its descendants (Linux: /proc; null elsewhere): each live process's
 * own time and that of its children that ended (a parent's cutime/cstime), in clock ticks of 1/100 s. Unlike the
 * seconds on the clock, it hardly depends on what else the machine runs.
 */
export function treeCpuSeconds(rootPid: number): number | null {
  const processes = new Map<number, { parent: number; ticks: number }>();
  try {
    for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // After the command name in parentheses: state, ppid, ... utime (14), stime, cutime, cstime (17).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = [11, 12, 13, 14].reduce((sum, at) => sum + Number(fields[at]), 0);
        processes.set(Number(entry), { parent: Number(fields[1]), ticks });
      } catch {
        // Ended while being read: its time is now its parent's.
      }
    }
  } catch {
    return null;
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 50; at = processes.get(at)?.parent ?? 0, hops++)
      if (at === rootPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, process] of processes) if (inTree(pid)) ticks += process.ticks;
  return ticks / 100;
}
