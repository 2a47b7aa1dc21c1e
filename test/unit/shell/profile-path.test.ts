import { describe, expect, it } from 'vitest';
import { appDataDir, defaultDbPath, profileDir } from '../../../electron/core/profile-path';

describe('profile path', () => {
  it('Linux: XDG_DATA_HOME, else ~/.local/share; relative XDG ignored', () => {
    expect(defaultDbPath({ platform: 'linux', env: {}, homedir: '/home/ana' })).toBe('/home/ana/.local/share/Whereabouts/profiles/default/whereabouts.db');
    expect(defaultDbPath({ platform: 'linux', env: { XDG_DATA_HOME: '/data/x' }, homedir: '/home/ana' })).toBe('/data/x/Whereabouts/profiles/default/whereabouts.db');
    expect(appDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'rel/path' }, homedir: '/home/ana' })).toBe('/home/ana/.local/share/Whereabouts');
    expect(appDataDir({ platform: 'freebsd', env: {}, homedir: '/home/b' })).toBe('/home/b/.local/share/Whereabouts');
  });

  it('macOS: ~/Library/Application Support', () => {
    expect(defaultDbPath({ platform: 'darwin', env: { XDG_DATA_HOME: '/ignored' }, homedir: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Whereabouts/profiles/default/whereabouts.db');
  });

  it('Windows: %APPDATA%, else <home>\\AppData\\Roaming', () => {
    expect(defaultDbPath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, homedir: 'C:\\Users\\Ana' })).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Whereabouts\\profiles\\default\\whereabouts.db');
    expect(appDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\Ana' })).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Whereabouts');
  });

  it('names other profiles', () => {
    expect(profileDir({ platform: 'linux', env: {}, homedir: '/h' }, 'work')).toBe('/h/.local/share/Whereabouts/profiles/work');
  });
});
