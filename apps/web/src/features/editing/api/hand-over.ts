import type { HandoverBody, HandoverResult } from '@nk/shared';
import { apiFetch } from '../../../lib/api-client';

/**
 * One transaction on the API: the current holder (of the same kind) ends the day before `date`,
 * the successor starts on `date`. The date may be in the future.
 */
export function handOver(postId: string, body: HandoverBody): Promise<HandoverResult> {
  return apiFetch<HandoverResult>(`/posts/${encodeURIComponent(postId)}/handover`, {
    method: 'POST',
    body,
  });
}
