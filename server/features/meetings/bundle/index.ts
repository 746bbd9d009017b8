// The whole meeting as one PDF (issue 17): its route for the meetings' router, and the builder
// the benchmark measures.
export { bundleRoutes } from './routes';
export { buildBundle, type BundleInput, type BundleSource } from './build';
