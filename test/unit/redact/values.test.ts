import { describe, expect, it } from 'vitest';
import { Labels } from '../../../electron/core/redact/labels';
import {
  baseName, deviceName, fileName, HIDDEN, identifiers, memberPath, pointer, scrubInline, scrubIps, url,
} from '../../../electron/core/redact/values';

describe('presenter labels', () => {
  it('give one value one stable label per kind, numbered in the order first needed', () => {
    const l = new Labels();
    expect(l.ip('84.157.23.41')).toBe('address 1');
    expect(l.ip('2a02:8108:1c0:9e00::1')).toBe('address 2');
    expect(l.ip('84.157.23.41')).toBe('address 1');
    expect(l.person('@Alice')).toBe('person 1');
    expect(l.person('alice')).toBe('person 1');
    expect(l.device("Noah's iPhone")).toBe('device 1');
  });
});

describe('presenter value rules', () => {
  it('replace IPv4 and IPv6 addresses in text, and only them', () => {
    const l = new Labels();
    expect(scrubIps('Connexion · 176.31.2.3 (Roubaix, FR)', l)).toBe('Connexion · address 1 (Roubaix, FR)');
    expect(scrubIps('Sign-in from 2a02:8108:1c0:9e00:7d3a:41f2:b09c:5e21 (DE)', l)).toBe('Sign-in from address 2 (DE)');
    expect(scrubIps('from 176.31.2.3:443 and ::ffff:10.1.2.3', l)).toBe('from address 1:443 and ::ffff:address 3');
    // Times, versions and user agents are not addresses.
    const kept = 'at 10:20:30 on 2024-03-01T10:20:30Z, Firefox/121.0, iOS 17.5.1, AS16509';
    expect(scrubIps(kept, l)).toBe(kept);
  });

  it('replace TikTok chat keys, Meta thread folders and e-mail addresses inside our texts', () => {
    const l = new Labels();
    expect(scrubInline('/Direct Message/Direct Messages/ChatHistory/Chat History with alice.b:/0', l))
      .toBe('/Direct Message/Direct Messages/ChatHistory/Chat History with person 1:/0');
    expect(scrubInline('messages/inbox/linnea_lund_123/message_1.json could not be read', l)).toBe('messages/inbox/thread 1/message_1.json could not be read');
    expect(scrubInline('From: mara.l@example.com', l)).toBe('From: person 2');
  });

  it('keep the structure of member paths and pointers, replacing the data segments', () => {
    const l = new Labels();
    expect(memberPath('your_instagram_activity/messages/inbox/asa_lindqvist_4711/message_1.json', l)).toBe('your_instagram_activity/messages/inbox/thread 1/message_1.json');
    expect(memberPath('Activity/Login History.txt', l)).toBe('Activity/Login History.txt');
    expect(pointer('/Direct Message/Direct Messages/ChatHistory/Chat History with noah.b:/3', l)).toBe('/Direct Message/Direct Messages/ChatHistory/Chat History with person 1:/3');
    expect(pointer('/Activity/Login History/LoginHistoryList/3', l)).toBe('/Activity/Login History/LoginHistoryList/3');
    expect(pointer('line:12', l)).toBe('line:12');
  });

  it('name an export by platform and number, keeping its extension, never its account', () => {
    const l = new Labels();
    expect(fileName('instagram-asa.lindqvist-2025-09-16-h7Q2xKpL.zip', 'instagram', l)).toBe('instagram file 1.zip');
    expect(fileName('facebook-zoelefevre42-2024-12-11-Qm4vT9sA.zip', 'facebook', l)).toBe('facebook file 2.zip');
    expect(fileName('instagram-asa.lindqvist-2025-09-16-h7Q2xKpL.zip', 'instagram', l)).toBe('instagram file 1.zip');
    expect(baseName('/home/zoe/.local/share/whereabouts/profiles/p1/whereabouts.db')).toBe('whereabouts.db');
  });

  it('keep model and system names, hide names a person gave a device', () => {
    const l = new Labels();
    expect(deviceName('iPhone14,2', l)).toBe('iPhone14,2');
    expect(deviceName('Pixel 7', l)).toBe('Pixel 7');
    expect(deviceName("Noah's iPhone", l)).toBe('device 1');
    expect(deviceName('Zoé’s MacBook', l)).toBe('device 2');
    expect(deviceName('iPhone von Mara', l)).toBe('device 3');
  });

  it('keep a link\'s host, drop its path; hide identifier values, keep their names', () => {
    expect(url('https://www.tiktok.com/@noah.b/video/7281', 'www.tiktok.com')).toBe('https://www.tiktok.com/…');
    expect(identifiers({ IDFA: 'A-B', 'Phone number': '+49555014237' })).toEqual({ IDFA: HIDDEN, 'Phone number': HIDDEN });
  });
});
