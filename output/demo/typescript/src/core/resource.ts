import type { BaseClient } from './client.js';

/** Base of every generated resource class; `_client` is what resource methods call. */
export abstract class APIResource<Client extends BaseClient = BaseClient> {
  protected readonly _client: Client;

  constructor(client: Client) {
    this._client = client;
  }
}
