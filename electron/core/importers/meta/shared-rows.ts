/**
 * Spec rows and vocabularies both Meta platforms share: message threads have one shape on
 * Instagram and Facebook (reference §2.5, §3 (c)), and custom-audience flags are the same
 * Accounts Center data.
 */
import type { MetaFileSpec } from './spec-types';

/** `messages/{inbox,…}/<thread>/message_N.json`, under any parent (2024+: `your_instagram_activity/`). */
export const MESSAGE_FILE = /(^|\/)messages\/(inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/[^/]+\/message_\d+\.json$/i;

/** A message of a thread: shared by Instagram and Facebook (same shape, reference §3 (c)). */
export const MESSAGE_ROW: MetaFileSpec = {
  id: 'messages', label: 'message', files: [MESSAGE_FILE], rootKeys: ['messages'], context: ['participants'],
  time: [['timestamp_ms', 'ms'], ['timestamp', 's']],
  roles: { name: ['sender_name', 'sender'], text: ['content', 'share.share_text'], url: ['share.link'] },
  map: {
    type: 'message',
    title: ['Message from {name} (chat with {counterpart})', 'Message in chat with {counterpart}', 'Message from {name}', 'Message'],
  },
};

/** Advertiser custom-audience flags, as the Accounts Center words them. */
export const AUDIENCE_FLAGS = {
  has_data_file_custom_audience: 'uploaded a list with your information',
  has_remarketing_custom_audience: 'remarketing (your activity on their website or app)',
  has_in_person_store_visit: 'in-person store visit',
} as const;

