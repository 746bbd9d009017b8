// socket.io-client for tests: connects like a browser on the site (Origin, session cookie), and
// helpers to await acknowledgements and events.
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '@shared/errors';
import type { TestApp } from './app';
import type { HttpClient } from './http';

export type TestSocket = Socket;

export async function connectSocket(
  app: Pick<TestApp, 'url' | 'origin'>,
  client?: HttpClient,
  options: { origin?: string; headers?: Record<string, string> } = {},
): Promise<TestSocket> {
  const socket = io(app.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: {
      ...options.headers,
      origin: options.origin ?? app.origin,
      ...(client && client.cookies.size > 0 ? { cookie: client.cookieHeader } : {}),
    },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

export function emitAck<T = any>(
  socket: TestSocket,
  event: string,
  payload: unknown,
  timeoutMs = 5_000,
): Promise<Ack<T>> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Ack<T>>;
}

export function nextEvent<T = any>(
  socket: TestSocket,
  event: string,
  predicate: (payload: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}
