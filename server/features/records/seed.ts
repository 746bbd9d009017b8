// placeholder replaced below
import type { AppContext } from '../../context';
export async function seedRecords(_ctx: AppContext): Promise<void> {}
