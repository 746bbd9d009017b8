// The frame of the live views shown on a big screen in the meeting room: no site header, footer
// or person menu (nobody's name on the wall), only the main landmark and the page.
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../../layout/PageLoading';

export function BareFrame() {
  return (
    <main id="main" tabIndex={-1} className="live-bare">
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
