// Sockets and requests against the app nodes of a fault test (test/helpers/live-nodes.ts): like a
// browser on the site (Origin, the session cookie), one connection per call, no automatic
// reconnection (a test says where a client goes next, as a load balancer would).
import { io as connect, type Socket } from 'socket.io-client';

export interface NodeAddress {
  url: string;
  origin: string;
}

export function socketsOf() {
  const open: Socket[] = [];
  return {
    async on(node: NodeAddress, cookie?: string): Promise<Socket> {
      const socket = connect(node.url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { origin: node.origin, ...(cookie ? { cookie } : {}) },
      });
      open.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    },
    closeAll() {
      for (const socket of open) socket.disconnect();
    },
  };
}

export async function post<T = { data: { id: string } }>(
  node: NodeAddress,
  cookie: string,
  path: string,
  json = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${node.url}${path}`, {
    method: 'POST',
    headers: { cookie, origin: node.origin, 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** An open live session without premoderation (questions are visible at once). */
export async function openSession(node: NodeAddress, moderatorCookie: string): Promise<string> {
  const created = await post(node, moderatorCookie, '/api/v1/live-sessions', {
    title: 'Frågestund under fel',
    premoderation: false,
  });
  if (created.status !== 201) throw new Error(`session: ${created.status}`);
  const id = created.body.data.id;
  const opened = await post(node, moderatorCookie, `/api/v1/live-sessions/${id}/open`);
  if (opened.status !== 200) throw new Error(`open: ${opened.status}`);
  return id;
}

/** Every `live:question` a socket receives, in order of arrival. */
export function recordQuestions(socket: Socket) {
  const seen: Array<{ id: string; seq: number; text: string; votes: number }> = [];
  socket.on('live:question', (q: (typeof seen)[number]) => seen.push(q));
  return seen;
}
