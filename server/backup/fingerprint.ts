// A collection's content as one value: the XOR of the SHA-256 of every document's BSON, and how
// many there are. Equal for the same documents in any order (ids are unique, so no two equal
// documents cancel out), and cheap to compute while streaming.
import { createHash } from 'node:crypto';

export class Fingerprint {
  count = 0;
  private readonly xor = Buffer.alloc(32);

  add(document: Uint8Array): void {
    const digest = createHash('sha256').update(document).digest();
    for (let i = 0; i < 32; i++) this.xor[i]! ^= digest[i]!;
    this.count += 1;
  }

  get hex(): string {
    return this.xor.toString('hex');
  }
}
