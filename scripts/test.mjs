// `npm test`: lint and type checks, the unit and integration tests (Vitest) and the browser tests
// (Playwright) as three stages that run at the same time, since none needs another's result and each alone
// leaves a core idle part of the time (type checks and the browser tests use about one core, Vitest two). Each
// stage's output is printed whole when it ends; a table of stages and steps with their wall time and CPU time
// closes the run, so `npm test` is also how the suite is timed.
//
//   node scripts/test.mjs                 every stage at once (what `npm test` runs)
//   node scripts/test.mjs --serial        one stage after another: each stage's own time, for comparing
//   node scripts/test.mjs unit e2e        only the stages named (static, unit, e2e)
import { spawn } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** User and system time of this process's waited-for descendants, from /proc (null where there is none). */
function childrenCpuSeconds() {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const STAGES = [
  {
    name: 'static',
    // Independent checks: all run, so one failing does not hide another's errors.
    keepGoing: true,
    steps: [
      ['lint', 'biome', 'check', '.'],
      // --singleThreaded: TypeScript 7 checks with several checkers in parallel by default, each re-checking
      // what the files share; beside Vitest and the browser tests, that is half the CPU for no sooner end
      // (the web's check: 32 s of CPU with its parallel checkers, 17 s on one thread).
      ...['domain', 'server', 'web', 'e2e'].map((project) => [
        `typecheck ${project}`,
        'tsc',
        '-p',
        project === 'e2e' ? 'e2e' : `packages/${project}`,
        '--singleThreaded',
      ]),
    ],
  },
  { name: 'unit', steps: [['vitest', 'vitest', 'run']] },
  {
    name: 'e2e',
    steps: [
      ['chromium', 'node', 'scripts/ensure-chromium.mjs'],
      ['build', 'npm', 'run', 'build'],
      ['playwright', 'playwright', 'test'],
    ],
  },
];

async function main() {
  const args = process.argv.slice(2);
  const serial = args.includes('--serial');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown stage ${unknown.join(', ')}: the stages are ${STAGES.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  const stages = STAGES.filter((stage) => wanted.length === 0 || wanted.includes(stage.name));
  const started = performance.now();
  const results = [];
  if (serial) {
    for (const stage of stages) results.push(await runStage(stage, started));
  } else {
    results.push(...(await Promise.all(stages.map((stage) => runStage(stage, started)))));
  }
  printTable(results, (performance.now() - started) / 1000);
  process.exit(results.every((result) => result.ok) ? 0 : 1);
}

/** Runs a stage's steps in order (stopping at one that fails unless the stage keeps going), then prints its output. */
async function runStage(stage, runStarted) {
  const output = [];
  const steps = [];
  const stageStart = performance.now();
  console.log(`▶ ${stage.name}: ${stage.steps.map(([label]) => label).join(', ')}`);
  for (const [label, command, ...args] of stage.steps) {
    const step = await runStep(command, args, output);
    steps.push({ label, ...step });
    if (!step.ok && !stage.keepGoing) break;
  }
  const ok = steps.length === stage.steps.length && steps.every((step) => step.ok);
  const wall = (performance.now() - stageStart) / 1000;
  console.log(`\n━━ ${stage.name}: ${ok ? 'passed' : 'FAILED'} in ${wall.toFixed(1)} s ━━`);
  process.stdout.write(Buffer.concat(output));
  return { name: stage.name, ok, steps, start: (stageStart - runStarted) / 1000, wall };
}

function runStep(command, args, output) {
  const bin = join(root, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, FORCE_COLOR: '1' };
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--measure', command, ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let report = '';
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.stdio[3].on('data', (chunk) => {
      report += chunk;
    });
    child.on('close', (code) => {
      const cpu = report ? JSON.parse(report).cpu : null;
      resolve({ ok: code === 0, wall: (performance.now() - started) / 1000, cpu });
    });
  });
}

function printTable(results, total) {
  const rows = [['stage / step', 'result', 'from s', 'wall s', 'CPU s']];
  let cpuTotal = 0;
  for (const stage of results) {
    const cpu = stage.steps.reduce((sum, step) => sum + (step.cpu ?? 0), 0);
    cpuTotal += cpu;
    rows.push([
      stage.name,
      stage.ok ? 'passed' : 'FAILED',
      stage.start.toFixed(0),
      stage.wall.toFixed(1),
      cpu.toFixed(1),
    ]);
    for (const step of stage.steps)
      rows.push([
        `  ${step.label}`,
        step.ok ? 'ok' : 'failed',
        '',
        step.wall.toFixed(1),
        step.cpu?.toFixed(1) ?? '?',
      ]);
  }
  rows.push([
    'all',
    results.every((r) => r.ok) ? 'passed' : 'FAILED',
    '0',
    total.toFixed(1),
    cpuTotal.toFixed(1),
  ]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log('');
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    );
}

// Runs one command as this script's child and reports the CPU time of it and everything it started (once they
// have all been waited for) on file descriptor 3: runStep launches each step through it.
if (process.argv[2] === '--measure') {
  const [command, ...args] = process.argv.slice(3);
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    writeSync(3, JSON.stringify({ cpu: childrenCpuSeconds() }));
    process.exit(code ?? (signal ? 1 : 0));
  });
} else {
  await main();
}
