// A throwaway MariaDB for the database tier: Debian's mariadb-server, installed into a temp
// folder, listening on 127.0.0.1 (a free port) and on a socket, stopped by its pid. When it
// cannot start, `startMariaDb` throws with why: the tier fails instead of skipping.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MariaDb {
  host: string;
  port: number;
  socket: string;
  /** mariadbd's process id (a runner that exits abruptly kills it). */
  pid?: number;
  /** Runs SQL as root through the socket (the `mariadb` client), returns its output. */
  sql(text: string, database?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Finds a program on PATH or in the sbin folders Debian keeps the server in. */
function program(name: string): string {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    const full = path.join(dir, name);
    if (dir && fs.existsSync(full)) return full;
  }
  throw new Error(`MariaDB is not installed: no "${name}" on PATH or in /usr/sbin. Install Debian's mariadb-server (apt-get install mariadb-server); .ci/run does.`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export async function startMariaDb(): Promise<MariaDb> {
  const installDb = program('mariadb-install-db');
  const server = program('mariadbd');
  const admin = program('mariadb-admin');
  const client = program('mariadb');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-mariadb-'));
  const datadir = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  const user = os.userInfo().username;
  try {
    await run(installDb, ['--no-defaults', `--datadir=${datadir}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { maxBuffer: 16 << 20 });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed: ${(error as { stderr?: string }).stderr ?? String(error)}`, { cause: error });
  }
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(
    server,
    ['--no-defaults', `--user=${user}`, `--datadir=${datadir}`, `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1', '--skip-log-bin', `--pid-file=${path.join(dir, 'mysqld.pid')}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      await exited(child);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  // Ready when `mariadb-admin ping` answers on the socket; polled, giving up after 30 s.
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`mariadbd exited before it was ready:\n${log.join('').slice(-2000)}`);
    }
    try {
      await run(admin, ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping']);
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`mariadbd did not answer within 30 s:\n${log.join('').slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const sql = (text: string, database?: string) =>
    new Promise<string>((resolve, reject) => {
      const args = ['--no-defaults', `--socket=${socket}`, '-uroot', '--batch', '--raw', '--skip-column-names', '--default-character-set=utf8mb4', ...(database ? [database] : [])];
      const proc = spawn(client, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // 'close', not 'exit': the output may still be in the pipe when the process exits.
      proc.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`mariadb: ${err}`))));
      proc.stdin.end(text);
    });
  return { host: '127.0.0.1', port, socket, pid: child.pid, sql, stop };
}
