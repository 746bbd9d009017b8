// The frame of every page: skip link, header with navigation and language switch, main, footer.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { setLanguage } from '../i18n/setup';
import { PageLoading } from './PageLoading';
import { UserMenu } from './UserMenu';
import { headerItems } from '../features/header-items';

export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After client-side navigation (not on first load), move focus to the new page so screen
  // readers announce it.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    mainRef.current?.focus();
  }, [location.pathname]);

  const otherLanguage = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-name">
            {t('siteName')}
          </Link>
          <nav aria-label={t('mainNav')}>
            <ul className="main-nav">
              <li>
                <NavLink to="/moten">{t('nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/forslag">{t('nav.proposals')}</NavLink>
              </li>
              <li>
                <NavLink to="/sok">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/anslagstavla">{t('nav.noticeBoard')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="header-tools">
            {/* The accessible name starts with the visible text (WCAG 2.5.3, label in name). */}
            <button
              type="button"
              className="link-button"
              onClick={() => setLanguage(otherLanguage)}
            >
              <span lang={otherLanguage}>{t('switchLanguage')}</span>
              <span className="visually-hidden"> – {t('switchLanguageLabel')}</span>
            </button>
            {headerItems.map((Item, index) => (
              <Item key={index} />
            ))}
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
        <ul>
          <li>
            <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/oppna-data">{t('footer.openData')}</Link>
          </li>
        </ul>
      </footer>
    </>
  );
}
