// A real @googleapis/sheets client pointed at the fake server, with a static token: it never reaches Google.
import { auth, sheets } from '@googleapis/sheets';
import { createGoogleSheetsWriter, type GoogleSheetsWriterOptions } from '../../functions/src/summary';
import { FAKE_TOKEN, type FakeSheetsServer } from '../support/fake-sheets-server';

export function fakeSheetsClient(server: FakeSheetsServer) {
  const oauth = new auth.OAuth2();
  oauth.setCredentials({ access_token: FAKE_TOKEN, expiry_date: Date.now() + 3_600_000 });
  return sheets({ version: 'v4', auth: oauth, rootUrl: server.rootUrl });
}

/** A writer on the fake server whose back-off pauses are recorded, not waited for. */
export function fakeSheetsWriter(
  server: FakeSheetsServer,
  options: Omit<GoogleSheetsWriterOptions, 'client'> = {},
) {
  const sleeps: number[] = [];
  const write = createGoogleSheetsWriter({
    ...options,
    client: fakeSheetsClient(server),
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...options.retry,
    },
  });
  return { write, sleeps };
}
