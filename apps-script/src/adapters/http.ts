// HttpPost over UrlFetchApp: JSON as text/plain (the server parses it itself), HTTP errors returned, not thrown.
import type { HttpPost } from '../app/ports';

export const urlFetchPost: HttpPost = (url, body, token) => {
  const response = UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'text/plain; charset=utf-8',
    payload: body,
    headers: { Authorization: `Bearer ${token}` },
    muteHttpExceptions: true,
  });
  return { status: response.getResponseCode(), body: response.getContentText() };
};
