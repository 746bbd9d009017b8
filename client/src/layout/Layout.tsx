// The frame of every page: skip link, header with navigation and language switch, main, footer.
// On a narrow screen the navigation folds behind a menu button (aria-expanded; Escape closes and
// gives focus back to the button; following a link closes it).
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { setLanguage } from '../i18n/setup';
import { PageLoading } from './PageLoading';
import { UserMenu } from './UserMenu';
import { headerItems } from '../features/header-items';
import { useMunicipality, useMunicipalityColour } from '../municipality';

const NAV_LINKS = [
  { to: '/moten', label: 'nav.meetings' },
  { to: '/forslag', label: 'nav.proposals' },
  { to: '/direkt', label: 'site:live' },
  { to: '/sok', label: 'nav.search' },
  { to: '/anslagstavla', label: 'nav.noticeBoard' },
] as const;

export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const shownPath = useRef(location.pathname);
  const [menuOpen, setMenuOpen] = useState(false);
  const municipality = useMunicipality();
  useMunicipalityColour(municipality);
  const registry = municipality?.registry;

  // After client-side navigation (not on first load), move focus to the new page so screen
  // readers announce it, and fold the menu away.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    setMenuOpen(false);
    mainRef.current?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const otherLanguage = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-name">
            {municipality?.logoUrl && (
              <img className="site-logo" src={municipality.logoUrl} alt="" />
            )}
            <span className="site-name__text">
              {t('siteName')}
              {municipality && <span className="site-name__municipality">{municipality.name}</span>}
            </span>
          </Link>
          <div className="header-quick">
            {headerItems.map((Item, index) => (
              <Item key={index} />
            ))}
            <button
              type="button"
              ref={menuButtonRef}
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="site-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-button__icon" aria-hidden="true" />
              {t('site:menu')}
            </button>
          </div>
          <div id="site-menu" className={menuOpen ? 'site-menu site-menu--open' : 'site-menu'}>
            <nav aria-label={t('mainNav')}>
              <ul className="main-nav">
                {NAV_LINKS.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to}>{t(link.label)}</NavLink>
                  </li>
                ))}
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
              <UserMenu />
            </div>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {municipality && (
            <div className="site-footer__municipality">
              <p className="site-footer__name">{municipality.name}</p>
              {registry && (registry.email || registry.phone || registry.address) && (
                <address>
                  <span>{registry.name || t('site:registry')}</span>
                  {registry.address && <span>{registry.address}</span>}
                  {registry.phone && (
                    <span>
                      {t('site:phone')}{' '}
                      <a href={`tel:${registry.phone.replace(/[^\d+]/g, '')}`}>{registry.phone}</a>
                    </span>
                  )}
                  {registry.email && (
                    <span>
                      {t('site:email')} <a href={`mailto:${registry.email}`}>{registry.email}</a>
                    </span>
                  )}
                </address>
              )}
            </div>
          )}
          <p>{t('footer.about')}</p>
          <ul>
            <li>
              <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to="/oppna-data">{t('footer.openData')}</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
