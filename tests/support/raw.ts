import { Socket, connect } from 'node:net';

export interface RawExchange {
  /** The status code of the answer, or undefined when the connection closed without one. */
  readonly status: number | undefined;
  readonly response: string;
  readonly elapsedMs: number;
}

/**
 * Sends `head` (request line and headers, without the blank line) and then `body` chunks as they
 * are, over a plain socket: for bodies fetch will not send (cut short, never ending, malformed).
 * `after` says what the client does once the body is written: wait for the answer, close its side,
 * or reset the connection. Resolves once the answer's headers are in, or the connection closed, or
 * after `timeoutMs`.
 */
export function rawExchange(
  port: number,
  head: string,
  body: (string | Buffer)[],
  options: { after?: 'wait' | 'end' | 'destroy'; timeoutMs?: number } = {},
): Promise<RawExchange> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let response = '';
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(response);
      resolve({ status: match ? Number(match[1]) : undefined, response, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 20_000);
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
      // The connection stays open (keep-alive): an answer is complete enough once its headers are in.
      if (response.includes('\r\n\r\n')) setTimeout(finish, 20);
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      socket.write(`${head}\r\n\r\n`);
      for (const chunk of body) socket.write(chunk);
      if (options.after === 'end') socket.end();
      if (options.after === 'destroy') setTimeout(() => socket.destroy(), 50);
    });
  });
}

/** The request line and headers of a POST to /api/messages. */
export function postHead(headers: Record<string, string | number>): string {
  return [
    'POST /api/messages HTTP/1.1',
    'Host: 127.0.0.1',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
}

/** Resident memory of a process, in MB (Linux). */
export async function residentMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
