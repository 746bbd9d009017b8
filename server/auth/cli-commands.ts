// The identity commands of `npm run cli`: grant and revoke roles by personnummer (before or after
// the person's first login), and verify the audit chain. Output never contains the personnummer.
import { RoleSchema, type RoleGrant } from '@shared/roles';
import { recordAudit } from '../audit/service';
import { readFile } from 'node:fs/promises';
import { verifyAuditChain, type ChainBreak } from '../audit/verify';
import { CheckpointFileSchema, type PublishedCheckpoint } from '../audit/checkpoints';
import { normalisePersonnummer, pidHash } from './pid-hash';
import { bodyExists, ensureUserByPidHash, grantRole, revokeRole } from './users';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export class UsageError extends Error {}

export const USAGE = [
  'usage: npm run cli -- grant-role <personnummer> <role> [--body <bodyId>]',
  '       npm run cli -- revoke-role <personnummer> <role> [--body <bodyId>]',
  '       npm run cli -- audit-verify [--checkpoints <file>]',
  `roles: ${RoleSchema.options.join(', ')}`,
].join('\n');

function parseRoleArgs(args: string[]): { personnummer: string; grant: RoleGrant } {
  const positional: string[] = [];
  let bodyId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--body') {
      bodyId = args[++i];
      if (!bodyId || bodyId.startsWith('--')) throw new UsageError('--body needs a body id');
    } else if (arg.startsWith('--body=')) {
      bodyId = arg.slice('--body='.length);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new UsageError('expected <personnummer> <role>');
  const [rawPnr, rawRole] = positional as [string, string];
  let personnummer: string;
  try {
    personnummer = normalisePersonnummer(rawPnr);
  } catch {
    throw new UsageError('the personnummer must have 12 digits (YYYYMMDDNNNN)');
  }
  const role = RoleSchema.safeParse(rawRole);
  if (!role.success) throw new UsageError(`unknown role; one of ${RoleSchema.options.join(', ')}`);
  return { personnummer, grant: bodyId ? { role: role.data, bodyId } : { role: role.data } };
}

const describeGrant = (g: RoleGrant) => (g.bodyId ? `${g.role} (body ${g.bodyId})` : g.role);

export async function runRoleCommand(
  kind: 'grant' | 'revoke',
  args: string[],
  pepper: string,
  io: CliOutput,
): Promise<number> {
  const { personnummer, grant } = parseRoleArgs(args);
  // Revoking a grant for a body that no longer exists must stay possible.
  if (kind === 'grant' && grant.bodyId && !(await bodyExists(grant.bodyId))) {
    throw new UsageError('no body with that id');
  }
  const user = await ensureUserByPidHash(pidHash(personnummer, pepper));
  const userId = String(user._id);
  const result =
    kind === 'grant' ? await grantRole(userId, grant) : await revokeRole(userId, grant);
  if (!result) {
    io.err('that person has erased their account');
    return 1;
  }
  await recordAudit({
    actor: 'system',
    action: kind === 'grant' ? 'user.role_grant' : 'user.role_revoke',
    subject: { type: 'user', id: userId },
    before: { roles: result.before },
    after: { roles: result.after },
  });
  const verb = kind === 'grant' ? 'granted' : 'revoked';
  io.out(
    `${verb} ${describeGrant(grant)} for user ${userId}; roles now: ${result.after.map(describeGrant).join(', ') || 'none'}`,
  );
  return 0;
}

const BREAK_TEXT: Record<ChainBreak['reason'], string> = {
  gap: 'missing (deleted)',
  prev_hash: 'not linked to the previous entry',
  hash: 'altered',
  checkpoint: 'differs from the published checkpoint (rewritten)',
  cut: 'missing: the published checkpoint lies beyond the end of the chain (tail cut)',
};

async function readCheckpointFile(file: string): Promise<PublishedCheckpoint[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new UsageError(`--checkpoints: cannot read ${file} as JSON`);
  }
  const result = CheckpointFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new UsageError('--checkpoints: not a list of { seq, hash, at } checkpoints');
  }
  return result.data;
}

/** `audit-verify [--checkpoints <file>]`: every break on its own line; exit 1 if any. */
export async function runAuditVerify(io: CliOutput, args: string[] = []): Promise<number> {
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--checkpoints') file = args[++i];
    else if (arg.startsWith('--checkpoints=')) file = arg.slice('--checkpoints='.length);
    else throw new UsageError(`unknown argument ${arg}`);
    if (!file) throw new UsageError('--checkpoints needs a file');
  }
  const checkpoints = file ? await readCheckpointFile(file) : undefined;
  const report = await verifyAuditChain({ checkpoints });
  const against = checkpoints ? `, ${checkpoints.length} checkpoints match` : '';
  if (report.ok) {
    io.out(
      `audit chain ok: ${report.checked} entries, last seq ${report.lastSeq}, head ${report.lastHash}${against}`,
    );
    return 0;
  }
  for (const b of report.breaks) {
    const range = b.missing && b.missing > 1 ? `${b.seq}-${b.seq + b.missing - 1}` : `${b.seq}`;
    io.err(`audit chain broken at seq ${range}: entry ${BREAK_TEXT[b.reason]}`);
  }
  io.err(
    `audit chain: ${report.breaks.length} break(s) in ${report.checked} entries, last seq ${report.lastSeq}`,
  );
  return 1;
}
