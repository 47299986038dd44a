// Turning a failed request into words: the server's own message, or ours when the network failed.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.networkError');
    const details = error.details
      .map((detail) => (detail.path ? `${detail.path}: ${detail.message}` : detail.message))
      .filter((text) => text && text !== error.message);
    return details.length ? `${error.message} — ${details.join('; ')}` : error.message;
  }
  return t('common.error');
}
