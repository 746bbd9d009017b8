// Audit entries for proposals, retried on transient database errors so that a busy moment never
// turns an action that was stored into an error answer.
import { recordAudit, type AuditInput } from '../../audit/service';
import { retryTransient } from '../../db/retry';

export function audit(input: AuditInput): Promise<void> {
  return retryTransient(() => recordAudit(input));
}
