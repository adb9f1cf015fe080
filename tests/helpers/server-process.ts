import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The server as `npm start` runs it: the bundle `npm run build` makes. */
export const serverBundle = 'apps/api/dist/server.js';

export interface ServerProcess {
  /** Everything the process has printed so far. */
  output(): string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
}

/**
 * Starts the server bundle as `npm start` does (on port 0; `npm test` builds it first) and waits
 * for its "running at" line.
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [serverBundle], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 45 s:\n${output}`)), 45_000);
    const check = setInterval(() => {
      const match = output.match(/running at http:\/\/localhost:(\d+)/);
      if (match) {
        clearInterval(check);
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  /** Signals the server and waits until it has exited, so the next start never finds it. */
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill(signal);
    });
  return {
    output: () => output,
    port,
    child,
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}
