// Translations for server and client: Swedish (default) and English, one namespace per feature.
import svCommon from './sv/common.json';
import enCommon from './en/common.json';
import svAuth from './sv/auth.json';
import enAuth from './en/auth.json';
import svRecords from './sv/records.json';
import enRecords from './en/records.json';
import svProposals from './sv/proposals.json';
import enProposals from './en/proposals.json';
import svComments from './sv/comments.json';
import enComments from './en/comments.json';
import svArchive from './sv/archive.json';
import enArchive from './en/archive.json';
import svLive from './sv/live.json';
import enLive from './en/live.json';
import svWork from './sv/work.json';
import enWork from './en/work.json';
import svAdmin from './sv/admin.json';
import enAdmin from './en/admin.json';
import svCitizen from './sv/citizen.json';
import enCitizen from './en/citizen.json';
import svSite from './sv/site.json';
import enSite from './en/site.json';
import svReading from './sv/reading.json';
import enReading from './en/reading.json';

export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages';
export const NAMESPACES = [
  'common',
  'auth',
  'records',
  'archive',
  'proposals',
  'comments',
  'live',
  'work',
  'admin',
  'citizen',
  'site',
  'reading',
] as const;

export const resources = {
  sv: {
    common: svCommon,
    auth: svAuth,
    records: svRecords,
    archive: svArchive,
    proposals: svProposals,
    comments: svComments,
    live: svLive,
    work: svWork,
    admin: svAdmin,
    citizen: svCitizen,
    site: svSite,
    reading: svReading,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    records: enRecords,
    archive: enArchive,
    proposals: enProposals,
    comments: enComments,
    live: enLive,
    work: enWork,
    admin: enAdmin,
    citizen: enCitizen,
    site: enSite,
    reading: enReading,
  },
} as const;
