/**
 * What the X reader needs beyond the declared spec (declared.ts), keyed by member id there: the
 * key each array item wraps its record in, the keys of a record the mapper reads (the declared
 * `consumed` keys are added to this tree by compile.ts, so together they are every key known),
 * which declared selectors are context rather than records, whether the file's events borrow
 * their time from another file, and when a complete archive holds the file (coverage).
 */
import type { KeyTree } from '../common/key-tree';

export interface XRule {
  /** The key each array item wraps its record in (`{"ipAudit": {…}}`); items without it are read as is. */
  wrapper?: string;
  /** Expected in every archive of this layout (coverage: "expected but missing"), as this file. */
  expected?: { when: 'always' | 'before-2022' | 'from-2022'; file: string };
  /**
   * Declared selectors that are values beside the records their mapper needs (a DM's
   * `conversationId`), selected as units of their own, so a mapper never depends on what a
   * half-built container holds. Written before the records in every export seen; each is given to
   * the records of the same array item as `context[<last key>]`.
   */
  context?: readonly string[];
  /** The file carries no time of its own (its events borrow one from another file), so a missing time is not this file's problem. */
  borrowsTime?: boolean;
  /** The keys of one record (the value at the selectors) the mapper reads. */
  reads: KeyTree;
}

const MEDIA: KeyTree = { media_url_https: true, video_info: { variants: { url: true } } };

const TWEET: KeyTree = {
  created_at: true, full_text: true, text: true, source: true, in_reply_to_screen_name: true,
  entities: { urls: { expanded_url: true }, media: MEDIA },
  extended_entities: { media: MEDIA },
};

const AD_IMPRESSION: KeyTree = {
  deviceInfo: { osType: true, deviceId: true, deviceType: true }, displayLocation: true,
  promotedTweetInfo: { tweetText: true, urls: true, mediaUrls: true },
  advertiserInfo: { advertiserName: true, screenName: true }, matchedTargetingCriteria: { targetingType: true, targetingValue: true },
  impressionTime: true, publisherInfo: { publisherName: true, screenName: true }, promotedTrendInfo: { name: true, description: true },
};

const DM_MESSAGE: KeyTree = { recipientId: true, senderId: true, text: true, createdAt: true, mediaUrls: true, urls: { expanded: true } };
const DM_EVENT: KeyTree = { initiatingUserId: true, userIds: true, name: true, createdAt: true, senderId: true, reactionKey: true };

const CHANGE: KeyTree = { changedAt: true, changedTo: true, changedFrom: true };

export const X_RULES: Readonly<Record<string, XRule>> = {
  account: {
    wrapper: 'account', expected: { when: 'always', file: 'account.js' },
    reads: { account: { email: true, createdVia: true, username: true, accountId: true, createdAt: true, accountDisplayName: true, updatedAt: true, timeZone: true } },
  },
  'ip-audit': { wrapper: 'ipAudit', expected: { when: 'always', file: 'ip-audit.js' }, reads: { ipAudit: { createdAt: true, loginIp: true } } },
  'account-creation-ip': { wrapper: 'accountCreationIp', borrowsTime: true, reads: { accountCreationIp: { userCreationIp: true } } },
  'connected-application': {
    wrapper: 'connectedApplication', expected: { when: 'always', file: 'connected-application.js' },
    reads: { connectedApplication: {
      organization: { name: true, url: true, privacyPolicyUrl: true, termsAndConditionsUrl: true }, name: true, description: true,
      permissions: true, approvedAt: true, approvedAtMsec: true, id: true,
    } },
  },
  'device-token': { wrapper: 'deviceToken', reads: { deviceToken: { clientApplicationId: true, createdAt: true, lastSeenAt: true, clientApplicationName: true } } },
  'key-registry': { reads: { userAgent: true, createdAt: true, deviceId: true } },
  'ni-devices': {
    wrapper: 'niDeviceResponse',
    reads: { niDeviceResponse: {
      messagingDevice: { phoneNumber: true, carrier: true, deviceType: true, deviceDescription: true, deviceVersion: true, createdDate: true, updatedDate: true },
      pushDevice: { deviceType: true, deviceVersion: true, deviceDescription: true, createdDate: true, updatedDate: true, udid: true, phoneNumber: true, carrier: true },
    } },
  },
  'email-address-change': { wrapper: 'emailAddressChange', reads: { emailAddressChange: { emailChange: CHANGE } } },
  'screen-name-change': { wrapper: 'screenNameChange', reads: { screenNameChange: { screenNameChange: CHANGE } } },
  'phone-number': { wrapper: 'device', reads: { device: { phoneNumber: true } } },
  'account-timezone': { wrapper: 'accountTimezone', reads: { accountTimezone: { timeZone: true } } },
  'account-suspension': { wrapper: 'accountSuspension', reads: { accountSuspension: { timeStamp: true, action: true } } },
  'protected-history': { wrapper: 'protectedHistory', reads: { protectedHistory: { protectedAt: true, action: true } } },
  'ad-impressions': { reads: AD_IMPRESSION },
  'ad-engagements': { reads: { impressionAttributes: AD_IMPRESSION, engagementAttributes: { engagementTime: true, engagementType: true } } },
  personalization: {
    wrapper: 'p13nData',
    reads: { p13nData: {
      demographics: { languages: { language: true, isDisabled: true }, genderInfo: { gender: true } },
      interests: {
        interests: { name: true, isDisabled: true }, partnerInterests: true, shows: true,
        audienceAndAdvertisers: { advertisers: true, lookalikeAdvertisers: true, doNotReachAdvertisers: true, catalogAudienceAdvertisers: true },
      },
      locationHistory: true, inferredAgeInfo: { age: true, birthDate: true },
    } },
  },
  'ad-conversions': {
    reads: {
      eventType: true, conversionPlatform: true, conversionUrl: true, advertiserInfo: { advertiserName: true, screenName: true },
      conversionValue: true, conversionTime: true, applicationName: true, attributedConversionType: true, mobilePlatform: true, conversionEventName: true,
    },
  },
  tweets: { wrapper: 'tweet', expected: { when: 'from-2022', file: 'tweets.js' }, reads: { tweet: TWEET } },
  tweet: { wrapper: 'tweet', expected: { when: 'before-2022', file: 'tweet.js' }, reads: { tweet: TWEET } },
  'community-tweet': { wrapper: 'tweet', reads: { tweet: TWEET } },
  'deleted-tweets': { wrapper: 'tweet', reads: { tweet: TWEET } },
  'direct-messages': {
    context: ['$.*.dmConversation.conversationId'],
    reads: {
      messageCreate: DM_MESSAGE, welcomeMessageCreate: DM_MESSAGE, reactionCreate: DM_EVENT, joinConversation: DM_EVENT,
      participantsJoin: DM_EVENT, participantsLeave: DM_EVENT, conversationNameUpdate: DM_EVENT,
    },
  },
  like: { wrapper: 'like', reads: { like: { tweetId: true, fullText: true, expandedUrl: true } } },
};
