// The front door of the municipality's profile: what other features (e-mail, feeds, OParl, PDFs,
// record requests) use to show the municipality's name, colour, logo and registry contact.
export { municipalityFeature } from './feature';
export { municipalityProfile, municipalityLogo } from './profile';
export { registryContact } from './registry';
