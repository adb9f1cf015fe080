import type { HandoverBody, HandoverResult } from '@nk/shared';
import { editingRequest } from './editing-request';

/**
 * One transaction on the API: the current holder (of the same kind) ends the day before `date`,
 * the successor starts on `date`. The date may be in the future.
 */
export async function handOver(postId: string, body: HandoverBody): Promise<HandoverResult> {
  const { data } = await editingRequest<HandoverResult>(
    `/posts/${encodeURIComponent(postId)}/handover`,
    { method: 'POST', body },
  );
  return data;
}
