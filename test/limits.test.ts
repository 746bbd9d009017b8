// Rate limits: login starts are limited per client address (429 with Retry-After, nothing signed);
// every write a person makes counts against their general write limit; and with REDIS_URL one
// person's limit is shared by every node (six comments through two nodes: five stored).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS } from '../server/commands/limits';
import { startTestApp, type TestApp } from './helpers/app';
import { signedInUser } from './helpers/factories';
import { opened } from './helpers/proposals';
import { startCluster, type Cluster } from './helpers/live-nodes';

describe('one node', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('limits login starts per address and says when to come back', async () => {
    const client = app.client();
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.login.points; i++) {
      const res = await client.get('/auth/saml/eid/login?returnTo=%2F', { redirect: 'manual' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body).toMatchObject({ error: { code: 'rate_limited' } });
      }
    }
    expect(statuses.filter((s) => s === 302)).toHaveLength(LIMITS.login.points);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts every write against the person’s general limit', async () => {
    const proposal = await opened(app);
    const { client } = await signedInUser(app);
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.write.points; i++) {
      const method = i % 2 === 0 ? 'POST' : 'DELETE';
      statuses.push(
        (await client.request(method, `/api/v1/proposals/${proposal.id}/follow`)).status,
      );
    }
    expect(statuses.slice(0, LIMITS.write.points).every((s) => s === 204)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Someone else is not affected.
    const other = await signedInUser(app);
    expect((await other.client.post(`/api/v1/proposals/${proposal.id}/follow`)).status).toBe(204);
  });
});

describe('two nodes with Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(inject('mongoUri'), 2);
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  async function post(node: Cluster['nodes'][0], cookie: string, path: string, json: unknown) {
    const res = await fetch(`${node.url}${path}`, {
      method: 'POST',
      headers: { cookie, origin: node.origin, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    return { status: res.status, body: (await res.json()) as { data: { id: string } } };
  }

  it('shares one person’s comment limit between the nodes', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const author = await cluster.person();
    const moderator = await cluster.person([{ role: 'moderator' }]);
    const created = await post(a, author.cookie, '/api/v1/proposals', {
      title: `Fler bänkar längs ån ${Date.now()}`,
      body: 'Det behövs fler bänkar längs ån så att äldre kan vila på promenaden.',
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id;
    expect(
      (await post(b, moderator.cookie, `/api/v1/proposals/${id}/review`, { decision: 'approve' }))
        .status,
    ).toBe(200);
    const commenter = await cluster.person();
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.comment.points + 1; i++) {
      const node = i % 2 === 0 ? a : b;
      statuses.push(
        (
          await post(node, commenter.cookie, `/api/v1/proposals/${id}/comments`, {
            body: `Bra ${i}`,
          })
        ).status,
      );
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMITS.comment.points);
    expect(statuses.at(-1)).toBe(429);
  });
});
