// UrlFetchApp answered by a function of the test (a fake server, or a relay to a real one). Every call is kept.

export interface FetchRequest {
  url: string;
  method: string;
  contentType: string;
  headers: Record<string, string>;
  payload: string;
  muteHttpExceptions: boolean;
}

export interface FetchAnswer {
  status: number;
  body: string;
}

/** Answers a request, or throws as UrlFetchApp does when no answer came (DNS, timeout, refused). */
export type FetchHandler = (request: FetchRequest) => FetchAnswer;

interface FetchParams {
  method?: string;
  contentType?: string;
  headers?: Record<string, string>;
  payload?: string;
  muteHttpExceptions?: boolean;
}

export class FakeUrlFetchApp {
  readonly requests: FetchRequest[] = [];
  constructor(public handler: FetchHandler) {}

  fetch(url: string, params: FetchParams = {}) {
    const request: FetchRequest = {
      url,
      method: (params.method ?? 'get').toLowerCase(),
      contentType: params.contentType ?? '',
      headers: { ...params.headers },
      payload: params.payload ?? '',
      muteHttpExceptions: params.muteHttpExceptions ?? false,
    };
    this.requests.push(request);
    const answer = this.handler(request);
    if (answer.status >= 400 && !request.muteHttpExceptions) {
      throw new Error(`Exception: Request failed for ${url} returned code ${answer.status}`);
    }
    return {
      getResponseCode: () => answer.status,
      getContentText: () => answer.body,
      getHeaders: () => ({ 'Content-Type': 'application/json; charset=utf-8' }),
    };
  }

  /** Bodies of the requests sent so far, parsed. */
  bodies<T = Record<string, unknown>>(): T[] {
    return this.requests.map((r) => JSON.parse(r.payload) as T);
  }
}
