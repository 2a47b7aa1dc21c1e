/**
 * Members, rules and vocabularies both Meta platforms share: message threads have one shape on
 * Instagram and Facebook (reference §2.5, §3 (c)), and custom-audience flags are the same
 * Accounts Center data.
 */
import type { MemberSpec } from '../common/spec-format';
import { parsedIn, timeOf, type MetaMapperId } from './declared';
import type { MetaRule } from './rules';
import type { ActionRule } from './spec-types';

/** `messages/{inbox,…}/<thread>/message_N.json`, under any parent (2024+: `your_instagram_activity/`). */
export const MESSAGE_FILE = /(^|\/)messages\/(inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/[^/]+\/message_\d+\.json$/i;

/**
 * Keys of a message and of its thread that the message row reads or knows (unread-keys.ts):
 * attachments are local files (their URIs are scanned for served URLs), reactions and the
 * thread's flags carry no access or location data.
 */
export const MESSAGE_KEYS = [
  'photos', 'videos', 'audio_files', 'files', 'gifs', 'sticker', 'reactions',
  // a shared post's owner, a shared profile's name: who was shared, not who took part
  'share.original_content_owner', 'share.profile_share_username', 'share.profile_share_name',
  'is_geoblocked_for_viewer', 'is_unsent_image_by_messenger_kid_parent', 'is_unsent', 'is_taken_down',
  'bumped_message_metadata', 'call_duration', 'missed', 'type',
  // thread-level keys beside `participants` and `messages`
  'title', 'is_still_participant', 'thread_path', 'thread_type', 'magic_words', 'joinable_mode', 'is_pending', 'image',
] as const;

/**
 * A message of a thread: shared by Instagram and Facebook (same shape, reference §3 (c)). The
 * thread's `participants` are context: they name the other side of each message.
 */
export function messageMember(source: string): MemberSpec<MetaMapperId> {
  return parsedIn(source)({
    id: 'messages', holds: 'message', files: [MESSAGE_FILE], items: { json: { object: ['$.messages.*', '$.participants.*'] } },
    record: {
      becomes: ['event:message'], time: timeOf([['timestamp_ms', 'ms'], ['timestamp', 's']]),
      text: ['content', 'share.share_text'], url: ['share.link'], mapperId: 'message',
    },
  });
}

export const MESSAGE_RULE: MetaRule = {
  context: ['$.participants.*'],
  roles: { name: ['sender_name', 'sender'] },
  title: ['Message from {name} (chat with {counterpart})', 'Message in chat with {counterpart}', 'Message from {name}', 'Message'],
};

/** Advertiser custom-audience flags, as the Accounts Center words them. */
export const AUDIENCE_FLAGS = {
  has_data_file_custom_audience: 'uploaded a list with your information',
  has_remarketing_custom_audience: 'remarketing (your activity on their website or app)',
  has_in_person_store_visit: 'in-person store visit',
} as const;


/**
 * `action` text → kind. Order matters: "Log out"/"Déconnexion" before "Login"/"Connexion".
 * English [H]; French, German, Dutch, Spanish, Italian, Swedish [L].
 */
export const ACCESS_ACTIONS: readonly ActionRule[] = [
  { match: /^\s*(log\s?-?out|logged out|sign(ed)?\s?out|d[ée]connexion|abmeld|uitlog|afmeld|cerrar sesi[oó]n|disconnessione|utloggning|logga ut)/i, kind: 'logout' },
  { match: /password|mot de passe|passwort|wachtwoord|contraseña|lösenord/i, kind: 'password_change' },
  { match: /^\s*(log\s?-?in|logged in|sign(ed)?\s?in|connexion|anmeld|inlog|aanmeld|iniciar sesi[oó]n|inicio de sesi[oó]n|accesso|inloggning|logga in)/i, kind: 'login' },
  { match: /session|sitzung|sessie|sesi[oó]n|sessione/i, kind: 'session' },
];
