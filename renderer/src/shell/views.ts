/** The navigation: label, shortcut digit and view id, in the order shown. */
import type { ViewId } from '../stores/nav';

export interface NavItem {
  id: ViewId;
  label: string;
  key: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'overview', label: 'Overview', key: '1' },
  { id: 'timeline', label: 'Timeline', key: '2' },
  { id: 'who', label: 'Who', key: '3' },
  { id: 'where', label: 'Where', key: '4' },
  { id: 'sources', label: 'Sources', key: '5' },
  { id: 'settings', label: 'Your data', key: '6' },
  { id: 'about', label: 'About', key: '7' },
  { id: 'claims', label: 'Claims', key: '8' },
  { id: 'group', label: 'Group', key: '9' },
];
