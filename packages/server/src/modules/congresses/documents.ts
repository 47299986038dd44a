// The documents kept with a congress (political report, personnel plan, resolution, minutes), stored in
// congress_documents as bytes. Files are served as attachments; a type outside the office formats is kept
// as application/octet-stream so an uploaded page can never run in the app's origin.
import type { CongressDocument, CongressDocumentKind } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';

/** Uploads above this are refused (413 DOCUMENT_TOO_LARGE). */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const OFFICE_TYPES = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'image/jpeg',
  'image/png',
  'text/plain',
]);

export function storedContentType(mimetype: string | undefined): string {
  const type = (mimetype ?? '').split(';')[0]!.trim().toLowerCase();
  return OFFICE_TYPES.has(type) ? type : 'application/octet-stream';
}

/** A document as stored; the presenter adds what the caller may do with it. */
export type DocumentRecord = Omit<CongressDocument, 'can'>;

interface DocumentRow {
  id: number;
  kind: CongressDocumentKind;
  file_name: string;
  content_type: string;
  size: number;
  uploaded_at: string | Date;
  uploaded_by: string | null;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  kind: row.kind,
  fileName: row.file_name,
  contentType: row.content_type,
  size: row.size,
  uploadedAt: isoTimestamp(row.uploaded_at),
  uploadedBy: row.uploaded_by,
});

const documentColumns = sql`d.id, d.kind, d.file_name, d.content_type, d.size, d.uploaded_at,
  usr.full_name as uploaded_by`;

export async function documentsOf(tx: Tx, congressId: number): Promise<DocumentRecord[]> {
  const rows = await queryRows<DocumentRow>(
    tx,
    sql`select ${documentColumns} from congress_documents d left join users usr on usr.id = d.uploaded_by
        where d.congress_id = ${congressId} order by d.uploaded_at, d.id`,
  );
  return rows.map(toDocument);
}

export interface Upload {
  kind: CongressDocumentKind;
  fileName: string;
  mimetype: string | undefined;
  content: Buffer;
}

export async function addDocument(
  tx: Tx,
  actor: Actor,
  congress: { id: number; unitId: number },
  upload: Upload,
): Promise<DocumentRecord> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`insert into congress_documents (congress_id, kind, file_name, content_type, size, content, uploaded_by)
        values (${congress.id}, ${upload.kind}, ${upload.fileName}, ${storedContentType(upload.mimetype)},
          ${upload.content.length}, ${upload.content}, ${actor.id})
        returning id`,
  );
  const [document] = await queryRows<DocumentRow>(
    tx,
    sql`select ${documentColumns} from congress_documents d left join users usr on usr.id = d.uploaded_by
        where d.id = ${row!.id}`,
  );
  const added = toDocument(document!);
  await recordAudit(tx, actor, {
    action: 'addDocument',
    entity: 'congress',
    entityId: congress.id,
    unitId: congress.unitId,
    after: { documentId: added.id, kind: added.kind, fileName: added.fileName, size: added.size },
  });
  return added;
}

export async function readDocument(tx: Tx, congressId: number, documentId: number) {
  const [row] = await queryRows<{ file_name: string; content_type: string; content: Buffer | Uint8Array }>(
    tx,
    sql`select file_name, content_type, content from congress_documents
        where id = ${documentId} and congress_id = ${congressId}`,
  );
  if (!row) throw new NotFound('CONGRESS_DOCUMENT_NOT_FOUND');
  const content = Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content);
  return { fileName: row.file_name, contentType: row.content_type, content };
}

export async function deleteDocument(
  tx: Tx,
  actor: Actor,
  congress: { id: number; unitId: number },
  documentId: number,
): Promise<void> {
  const [row] = await queryRows<{ kind: string; file_name: string; size: number }>(
    tx,
    sql`delete from congress_documents where id = ${documentId} and congress_id = ${congress.id}
        returning kind, file_name, size`,
  );
  if (!row) throw new NotFound('CONGRESS_DOCUMENT_NOT_FOUND');
  await recordAudit(tx, actor, {
    action: 'deleteDocument',
    entity: 'congress',
    entityId: congress.id,
    unitId: congress.unitId,
    before: { documentId, kind: row.kind, fileName: row.file_name, size: row.size },
  });
}
