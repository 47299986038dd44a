// The privacy page's tabs (?tab=), read by the route before the page's code is fetched.
export const PRIVACY_TABS = ['register', 'reads', 'corrections', 'breaches'] as const;
export type PrivacyTab = (typeof PRIVACY_TABS)[number];
