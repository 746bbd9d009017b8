// Extra items in the header's tool area contributed by features (e.g. the notification bell).
import type { ComponentType } from 'react';
import { NotificationBell } from './notifications/Bell';

export const headerItems: ComponentType[] = [NotificationBell];
