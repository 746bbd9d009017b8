// Every route and socket event mounted through a command, so a test can prove that nothing is
// mounted outside the one path (and walk each of them with the wrong body's roles).
import type { Runnable } from './define';

export type Mount =
  | { kind: 'http'; method: string; path: string; command: Runnable }
  | { kind: 'socket'; event: string; command: Runnable };

const mounts = new Map<string, Mount>();

const keyOf = (mount: Mount) =>
  mount.kind === 'http' ? `${mount.method.toUpperCase()} ${mount.path}` : `socket ${mount.event}`;

/** Idempotent: several apps in one process (tests) mount the same routes. */
export function registerMount(mount: Mount): void {
  mounts.set(keyOf(mount), mount);
}

export function mountedCommands(): Mount[] {
  return [...mounts.values()];
}
