// The console's writes: every action of the sitting is a POST or PUT of JSON to the API.
import { apiData } from '../../../api';

export const post = <T = unknown>(path: string, json: unknown = {}) =>
  apiData<T>(path, { method: 'POST', json });
export const put = (path: string, json: unknown) => apiData(path, { method: 'PUT', json });
