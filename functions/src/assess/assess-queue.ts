// Queues an assessment on the Pub/Sub topic `assess` listens to, so that assessNow answers at once and the run
// gets the daily run's retries. PUBSUB_EMULATOR_HOST points it at the Pub/Sub emulator (tests, local mode).
import { GoogleAuth } from 'google-auth-library';

export interface AssessMessage {
  county: string;
  year?: number;
}

/** Port: publishes the message; resolves to its Pub/Sub message ID. */
export type QueueAssessment = (message: AssessMessage) => Promise<string>;

/** `topic` is the full name, `projects/P/topics/T`. */
export function pubsubAssessQueue(topic: string, env: NodeJS.ProcessEnv = process.env): QueueAssessment {
  const emulator = env.PUBSUB_EMULATOR_HOST;
  const url = `${emulator ? `http://${emulator}` : 'https://pubsub.googleapis.com'}/v1/${topic}:publish`;
  const auth = emulator ? null : new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/pubsub'] });
  return async (message) => {
    const data = { messages: [{ data: Buffer.from(JSON.stringify(message)).toString('base64') }] };
    if (auth) {
      const res = await auth.request<{ messageIds: string[] }>({ url, method: 'POST', data });
      return res.data.messageIds[0] ?? '';
    }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    });
    if (!res.ok) throw new Error(`Pub/Sub emulator answered ${res.status} to publish on ${topic}`);
    return ((await res.json()) as { messageIds: string[] }).messageIds[0] ?? '';
  };
}
