// Another user's process for the benches that measure a stuck server: its clock runs on while the server's
// event loop is held, and it prints one JSON line per answer (this same script run with `--probe …`).
import { spawn } from 'node:child_process';

/** Starts this script again with `--probe` and the given arguments, and gathers the lines it prints. */
export function startProber<T>(args: string[]) {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--probe', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const probes: T[] = [];
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) probes.push(JSON.parse(line) as T);
  });
  return {
    probes,
    stop: () => {
      child.kill();
      return new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
