// Every feature of the app, in mounting order.
import type { Feature } from '../context';
import { authFeature } from '../auth/feature';
import { systemFeature } from './system/feature';

export const features: Feature[] = [systemFeature, authFeature];
