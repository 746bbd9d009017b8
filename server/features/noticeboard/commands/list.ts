// Reading the notice board: current notices (appeal period running) or the archive; anyone may.
import { NoticeListQuerySchema } from '@shared/schemas/noticeboard';
import { defineCommand } from '../../../commands/define';
import { listNotices } from '../service';

export const listNoticeBoard = defineCommand({
  name: 'notice.list',
  input: NoticeListQuerySchema,
  policy: 'public',
  work: ({ input }) => listNotices(input.status, input.page, input.pageSize),
});
