// The HTTP side of a congress's documents: the multipart upload read and checked, and the download's
// Content-Disposition that keeps a Vietnamese file name.
import { congressDocumentKind } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { AppError, Invalid } from '../../platform/errors.ts';
import { DOCUMENT_MAX_BYTES, type Upload } from './documents.ts';

/** "attachment; filename=…" with the name in ASCII and in full (RFC 6266), so Vietnamese names survive. */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/gu, '')
    .replace(/["\\]/gu, '_');
  return `attachment; filename="${ascii || 'document'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The multipart body: `kind` and one `file` of at most DOCUMENT_MAX_BYTES. */
export async function readDocumentUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new Invalid('DOCUMENT_FILE_MISSING');
  let file: { fileName: string; mimetype: string; content: Buffer } | undefined;
  let kind: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') {
          file = { fileName: part.filename || 'document', mimetype: part.mimetype, content };
        }
      } else if (part.fieldname === 'kind' && typeof part.value === 'string') {
        kind = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'DOCUMENT_TOO_LARGE', { max: `${DOCUMENT_MAX_BYTES / 1024 / 1024} MB` });
    }
    throw error;
  }
  const parsedKind = congressDocumentKind.safeParse(kind);
  if (!parsedKind.success) throw new Invalid('DOCUMENT_KIND_INVALID');
  if (!file || file.content.length === 0) throw new Invalid('DOCUMENT_FILE_MISSING');
  return { kind: parsedKind.data, ...file };
}
