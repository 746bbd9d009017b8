// The start page: a search box, then what is live now, coming meetings, popular proposals (filled
// by the features).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../usePageTitle';
import { homeSections } from '../features/home-sections';

function HomeSearch() {
  const { t } = useTranslation('site');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const words = q.trim();
    void navigate(words ? `/sok?q=${encodeURIComponent(words)}` : '/sok');
  }
  return (
    <form role="search" className="home-search" action="/sok" method="get" onSubmit={submit}>
      <label htmlFor="home-search-q">{t('homeSearch.title')}</label>
      <div className="home-search__row">
        <input
          id="home-search-q"
          type="search"
          name="q"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit" className="button">
          {t('homeSearch.button')}
        </button>
      </div>
    </form>
  );
}

export function Home() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <HomeSearch />
      {homeSections.map((Section, index) => (
        <Section key={index} />
      ))}
    </div>
  );
}
