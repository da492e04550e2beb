import type { ApiError, ErrorCode, ErrorReason } from '../../../core/api/result.ts';
import type { ReportOutput, ReportRequest } from './generate.ts';

/** Messages between the host and a report worker (structured-cloned; the PDF bytes are transferred). */
export interface ReportJob {
  request: ReportRequest;
}

export type ReportReply =
  | { kind: 'done'; output: ReportOutput }
  | { kind: 'failed'; code: ErrorCode; message: string; details?: ApiError['details']; reason?: ErrorReason | undefined };
