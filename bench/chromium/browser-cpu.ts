import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in /proc in units of USER_HZ, which is 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) used so far by the Chromium processes this process started: browser, zygote,
 * renderers, GPU and utility processes, including children that have exited and been reaped
 * (their time moves into their parent's "children" fields). Undefined where /proc is missing.
 *
 * Chromium spreads one print over several processes, so its wall time on two cores can be
 * less than its CPU time; ours is one thread. Reported beside the wall times so the ratio can
 * be read on a machine shared with other work. Resolution: 10 ms.
 */
export function browserCpuMs(): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const processes = new Map<number, { parent: number; name: string; ticks: number }>();
  for (const pid of entries) {
    const stat = readStat(pid);
    if (stat) processes.set(Number(pid), stat);
  }
  let ticks = 0;
  for (const [pid, { name, ticks: used }] of processes) {
    if (/^(chromium|chrome)/.test(name) && descendsFrom(pid, process.pid, processes)) ticks += used;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Name, parent and utime + stime + cutime + cstime of a process, or undefined if it has gone. */
function readStat(pid: string): { parent: number; name: string; ticks: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited while we looked
  }
  // "pid (name) state ppid ... utime stime cutime cstime ..."; the name may contain spaces and parentheses.
  const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { parent: Number(fields[1]), name, ticks: utime! + stime! + cutime! + cstime! };
}

function descendsFrom(pid: number, ancestor: number, processes: Map<number, { parent: number }>): boolean {
  for (let current = processes.get(pid)?.parent; current !== undefined && current > 1; current = processes.get(current)?.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * CPU time (ms) of this process's children that have exited and been reaped (cutime + cstime
 * of /proc/self/stat): a browser launched and closed within a measurement counts here, with
 * every process it started. Undefined where /proc is missing.
 */
export function reapedChildrenCpuMs(): number | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [cutime, cstime] = fields.slice(13, 15).map(Number);
  return ((cutime! + cstime!) * 1000) / TICKS_PER_SECOND;
}
