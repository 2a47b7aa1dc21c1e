/** Value classes, key and path reduction: the tokens the real layouts use, and no values. */
import { describe, expect, it } from 'vitest';
import { classifyNumber, classifyString, reduceKey, reducePath } from '../../../electron/core/shape/classify';

const token = (s: string, key?: string): string => classifyString(s, key).token;

describe('string values', () => {
  it.each([
    ['2024-01-02 03:04:05', '"<YYYY-MM-DD hh:mm:ss>"'],
    ['2024-01-02 03:04:05 UTC', '"<YYYY-MM-DD hh:mm:ss UTC>"'],
    ['2024-01-02T03:04:05.123Z', '"<ISO-8601 Z>"'],
    ['2024-01-02T03:04:05+02:00', '"<ISO-8601 offset>"'],
    ['2024-01-02', '"<YYYY-MM-DD>"'],
    ['2019.03.04', '"<YYYY.MM.DD>"'],
    ['Wed Mar 13 10:00:00 +0000 2019', '"<Twitter date (Www Mmm dd hh:mm:ss +zzzz yyyy)>"'],
    ['203.0.113.9', '"<ipv4>"'],
    ['2001:db8::1', '"<ipv6>"'],
    ['https://www.tiktokv.com/share/video/7300000000000000001/', '"<url host=www.tiktokv.com path-segments=3>"'],
    ['https://p16-sign-va.tiktokcdn.com/obj/abc~tplv.jpeg?x=1', '"<url host=p16-sign-va.tiktokcdn.com path-segments=2>"'],
    ['https://www.google.com/url?q=https://person.example/', '"<url host=www.google.com path-segments=1>"'],
    ['https://person.example/mara/photos', '"<url host=other path-segments=2>"'],
    ['https://evil.example/tiktok.com', '"<url host=other path-segments=1>"'],
    ['https://tiktok.com.evil.example/', '"<url host=other path-segments=0>"'],
    ['true', '"<bool-string>"'],
    ['1700000000', '"<epoch seconds (string)>"'],
    ['1700000000000', '"<epoch ms (string)>"'],
    ['42', '"<number-string>"'],
    ['52.5200', '"<number-string>"'],
    ['7300000000000000001', '"<number-string>"'],
    ['', '""'],
    ['N/A', '"N/A"'],
    ['None', '"None"'],
    ['Mara Lindqvist', '"<string len 14>"'],
    ['mara@example.com', '"<string len 16>"'],
  ])('%j → %s', (value, expected) => {
    expect(token(value)).toBe(expected);
  });

  it('keeps structural strings under label, header, products, category, type and action only', () => {
    expect(token('IP address', 'label')).toBe('"IP address"');
    expect(token('com.google.OPA', 'header')).toBe('"com.google.OPA"');
    expect(token('Ads', 'products')).toBe('"Ads"');
    expect(token('removed', 'category')).toBe('"removed"');
    expect(token('Unsuspend', 'action')).toBe('"Unsuspend"');
    expect(token('IP address', 'value')).toBe('"<string len 10>"');
    expect(token('IP address', 'Label')).toBe('"<string len 10>"');
    // …unless the string looks like data after all.
    expect(token('mara@example.com', 'label')).toBe('"<string len 16>"');
    expect(token('Order 4471123', 'type')).toBe('"<string len 13>"');
    expect(token('https://www.instagram.com/mara/', 'label')).toBe('"<url host=www.instagram.com path-segments=1>"');
    expect(token('x'.repeat(61), 'header')).toBe('"<string len 61>"');
  });
});

describe('numbers', () => {
  it.each([
    [0, '<int>'], [62, '<int>'], [1700000000, '<epoch s>'], [1700000000123, '<epoch ms>'],
    [6800000000000000000, '<int>'], [2.5, '<number>'],
  ])('%d → %s', (n, expected) => {
    expect(classifyNumber(n).token).toBe(expected);
  });
});

describe('keys', () => {
  it.each([
    ['Chat History with mara.lindqvist:', 'Chat History with <name>:'],
    ['7312345678901234567', '<numeric key>'],
    ['42', '<numeric key>'],
    ['mara@example.com', '<email key>'],
    ['https://person.example/', '<url key>'],
    ['www.person.example', '<url key>'],
    ['203.0.113.9', '<ip key>'],
    ['2024-01-02 10:00', '<date key>'],
    ['user_1234567', '<id key>'],
    ['line\nbreak', '<text key>'],
    ['x'.repeat(101), '<long key>'],
    ['Watched "Best of Berlin" 🎬', '<text key>'],
    ['Hello!', '<text key>'],
    ['#berlin', '<text key>'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen', '<text key>'],
    // Structure stays.
    ['Show your username and gift information in features with ranking lists', 'Show your username and gift information in features with ranking lists'],
    ['Follower percentage by town/city', 'Follower percentage by town/city'],
    ['is_geoblocked_for_viewer', 'is_geoblocked_for_viewer'],
    ['Data utworzenia', 'Data utworzenia'],
    ['timestamp_ms', 'timestamp_ms'],
  ])('%j → %s', (key, expected) => {
    expect(reduceKey(key)).toBe(expected);
  });
});

describe('member paths', () => {
  it.each([
    ['TikTok_Data_mara/Activity/Login History.txt', 'TikTok_Data_<name>/Activity/Login History.txt'],
    ['TikTok_Data_<name>/Activity/Login History.txt', 'TikTok_Data_<name>/Activity/Login History.txt'],
    ['your_instagram_activity/messages/inbox/mara_1234/message_1.json', 'your_instagram_activity/messages/inbox/<thread>/message_1.json'],
    ['messages/message_requests/jonas_99/photos/a.jpg', 'messages/message_requests/<thread>/photos/a.jpg'],
    ['facebook-mara1994/messages/inbox/x_1/message_1.json', 'facebook-<name>/messages/inbox/<thread>/message_1.json'],
    ['Takeout/Mail/mara@example.com.mbox', 'Takeout/Mail/<file>.mbox'],
    ['Takeout/Fit/mara@example.com.json', 'Takeout/Fit/<email>'],
    ['Takeout/My Activity/Ads/MyActivity.json', 'Takeout/My Activity/Ads/MyActivity.json'],
    ['data/account.js', 'data/account.js'],
    ['Takeout/Drive/Plans for Anna/budget 2024.xlsx', 'Takeout/Drive/<folder>/<file>.xlsx'],
    ['Takeout/Google Photos/Trip with Jonas/IMG_0001.jpg.json', 'Takeout/Google Photos/<folder>/<file>.json'],
    ['Keep/Call Mara back.json', 'Keep/<file>.json'],
    ['Takeout/YouTube and YouTube Music/playlists/Songs for Anna.csv', 'Takeout/YouTube and YouTube Music/playlists/<file>.csv'],
    ['Takeout/YouTube and YouTube Music/history/watch-history.json', 'Takeout/YouTube and YouTube Music/history/watch-history.json'],
    ['user_data_tiktok.json', 'user_data_tiktok.json'],
  ])('%s → %s', (path, expected) => {
    expect(reducePath(path)).toBe(expected);
  });
});
