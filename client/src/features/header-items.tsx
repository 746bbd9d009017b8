// Extra items in the header's tool area contributed by features (e.g. the notification bell).
// They load only for signed-in people: a first visit carries neither them nor the socket.
import { Suspense, type ComponentType } from 'react';
import { lazyPage } from '../lazyPage';
import { useSession } from '../session';

const Bell = lazyPage(() => import('./notifications/Bell'), 'NotificationBell');
const Work = lazyPage(() => import('./work/WorkBadge'), 'WorkBadge');

function NotificationBell() {
  const { me } = useSession();
  if (!me) return null;
  return (
    <Suspense fallback={null}>
      <Bell />
    </Suspense>
  );
}

/** "Mitt arbete" with its live count, for staff (the badge hides itself for citizens). */
function WorkBadge() {
  const { me } = useSession();
  if (!me || me.roles.every((grant) => grant.role === 'citizen')) return null;
  return (
    <Suspense fallback={null}>
      <Work />
    </Suspense>
  );
}

export const headerItems: ComponentType[] = [WorkBadge, NotificationBell];
