// A file the server itself received and stored (a multipart upload, demo data): the create
// command takes it only as an instance of this class, which no JSON body can produce, so a client
// can never name a stored file of its own choosing. `claim` marks it as kept by a document; an
// unclaimed file is removed when the request fails (routes.ts).
import type { StoredFile } from './upload';

export class ReceivedFile {
  #claimed = false;
  constructor(readonly stored: StoredFile) {}

  claim(): void {
    this.#claimed = true;
  }

  get claimed(): boolean {
    return this.#claimed;
  }
}
