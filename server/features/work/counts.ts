// The counts of "Mitt arbete": for each of the person's staff roles, what waits in its queues,
// read from the features that own them through their front doors. A role the person does not
// hold adds no queue; a grant for one body counts that body's things only.
import { WORK_QUEUES_BY_ROLE, type WorkCounts, type WorkRole } from '@shared/schemas/work';
import { trusted } from 'mongoose';
import { User } from '../../auth/user-model';
import type { CurrentUser } from '../../auth/current-user';
import { bodiesWithRole, hasRoleSomewhere, isAdmin } from '../../policies/roles';
import { officialBodyIds } from '../bodies';
import { moderationQueueSize, unansweredCount } from '../comments';
import { panelSessionCount, questionsWaitingCount } from '../live';
import { officialMeetingWork, secretaryWork } from '../meetings';
import { proposalsToReviewCount } from '../proposals';

/** The work roles the person holds somewhere (admin only as platform administrator). */
export function workRoles(user: CurrentUser): WorkRole[] {
  return (Object.keys(WORK_QUEUES_BY_ROLE) as WorkRole[]).filter((role) =>
    role === 'admin' ? isAdmin(user) : hasRoleSomewhere(user, role),
  );
}

async function officialCounts(user: CurrentUser): Promise<WorkCounts> {
  const bodies = await officialBodyIds(user);
  const [meetings, commentsUnanswered, panelSessions] = await Promise.all([
    officialMeetingWork(bodies, user.id),
    unansweredCount(user),
    panelSessionCount(user.id),
  ]);
  return { ...meetings, commentsUnanswered, panelSessions };
}

async function moderatorCounts(user: CurrentUser): Promise<WorkCounts> {
  const [reportsOpen, proposalsToReview, questionsWaiting] = await Promise.all([
    moderationQueueSize(user),
    proposalsToReviewCount(user),
    questionsWaitingCount(user),
  ]);
  return { reportsOpen, proposalsToReview, questionsWaiting };
}

/** People who hold a staff role (anything beyond citizen). */
async function staffPeople(): Promise<WorkCounts> {
  const staffPeople = await User.countDocuments({
    erasedAt: null,
    'roles.role': trusted({ $in: ['official', 'secretary', 'moderator', 'admin'] }),
  });
  return { staffPeople };
}

export async function workCounts(user: CurrentUser): Promise<WorkCounts> {
  const parts = await Promise.all(
    workRoles(user).map((role) => {
      if (role === 'official') return officialCounts(user);
      if (role === 'secretary') return secretaryWork(bodiesWithRole(user, 'secretary'));
      if (role === 'moderator') return moderatorCounts(user);
      return staffPeople();
    }),
  );
  return Object.assign({}, ...parts) as WorkCounts;
}
