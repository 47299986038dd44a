// The first page's requests, started by main.tsx while the app's code is still on its way (on a phone's
// network each round trip is half a second, and the app takes seconds to start on a slow phone): the API
// client takes such an answer the first time it asks for the same address, instead of asking again.
import { storedLanguage } from '../i18n/language.ts';

/** How long an early answer may wait to be taken: past it the client asks afresh. */
const KEEP_MS = 60_000;

const early = new Map<string, { answer: Promise<Response>; at: number }>();

/** Starts a GET of `path` (an /api address with its query) now, in the language the visitor reads. */
export function fetchEarly(path: string): Promise<Response> {
  const answer = fetch(path, {
    headers: { Accept: 'application/json', 'Accept-Language': storedLanguage() },
    credentials: 'same-origin',
  });
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
 * For a signed-in page: who is signed in (/api/auth/me, which the router asks first), and on the home page
 * without a chosen unit or day, that user's unit's dashboard as soon as the unit is known.
 */
export function fetchFirstPageData(location: Pick<Location, 'pathname' | 'search'>): void {
  if (/^\/(login|cards\/verify|verify)\/?$/u.test(location.pathname)) return;
  const me = fetchEarly('/api/auth/me');
  if (location.pathname !== '/' || location.search !== '') return;
  void me
    .then((response) =>
      response.ok ? (response.clone().json() as Promise<{ user?: { unit?: { id?: unknown } } }>) : null,
    )
    .then((body) => {
      const unitId = body?.user?.unit?.id;
      if (Number.isInteger(unitId)) fetchEarly(`/api/dashboard?unitId=${unitId}`);
    })
    .catch(() => {
      // the app asks again and shows the failure
    });
}
