import { createServer } from 'node:http';
import { freePort } from './processes';

/**
 * Stands in for the OneDrive upload session Teams hands out when a user allows a file: records each
 * PUT with its headers and bytes, and answers `status`.
 */
export async function startUploadTarget(status = 201) {
  const uploads: { url: string; headers: Record<string, string | string[] | undefined>; bytes: Buffer }[] = [];
  const port = await freePort();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'PUT')
        uploads.push({ url: req.url ?? '', headers: req.headers, bytes: Buffer.concat(chunks) });
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end('{"id":"file-1","name":"review-summary.csv"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/upload-session/abc`,
    uploads,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
