// The first page's requests, started by main.tsx while the app's code is still on its way (on a phone's
// network each round trip is half a second, and the app takes seconds to start on a slow phone): the API
// client takes such an answer the first time it asks for the same address, instead of asking again.
import { storedLanguage } from '../i18n/language.ts';

/** How long an early answer may wait to be taken: past it the client asks afresh. */
const KEEP_MS = 60_000;

const early = new Map<string, { answer: Promise<Response>; at: number }>();

const get = (path: string) =>
  fetch(path, {
    headers: { Accept: 'application/json', 'Accept-Language': storedLanguage() },
    credentials: 'same-origin',
  });

/** Keeps `answer` for the client's first GET of `path`. */
function keep(path: string, answer: Promise<Response>): Promise<Response> {
  early.set(path, { answer, at: Date.now() });
  return answer;
}

/** The early answer for `path`, once: a second ask, or one after KEEP_MS, goes to the server. */
export function takeEarly(path: string): Promise<Response> | undefined {
  const found = early.get(path);
  early.delete(path);
  return found && Date.now() - found.at <= KEEP_MS ? found.answer : undefined;
}

/**
 * For a signed-in page: who is signed in (/api/auth/me, which the router asks first); on the home page
 * without a chosen unit or day, at the same time, the dashboard of the signer's own unit (the server's
 * default), kept for the page's ask by unit id once /api/auth/me has said which unit that is.
 */
export function fetchFirstPageData(location: Pick<Location, 'pathname' | 'search'>): void {
  if (/^\/(login|cards\/verify|verify)\/?$/u.test(location.pathname)) return;
  const me = keep('/api/auth/me', get('/api/auth/me'));
  if (location.pathname !== '/' || location.search !== '') return;
  const dashboard = get('/api/dashboard');
  // An unanswered promise would be reported when the page never takes it (a failure shows when it asks).
  dashboard.catch(() => undefined);
  void me
    .then((response) =>
      response.ok ? (response.clone().json() as Promise<{ user?: { unit?: { id?: unknown } } }>) : null,
    )
    .then((body) => {
      const unitId = body?.user?.unit?.id;
      if (Number.isInteger(unitId)) keep(`/api/dashboard?unitId=${unitId}`, dashboard);
    })
    .catch(() => {
      // the app asks again and shows the failure
    });
}
