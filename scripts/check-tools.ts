// `npm test`'s first step (`pretest`): every outside tool the suite needs is there, or one line
// per missing tool says which and how to get it, and the run stops before it starts.
import { toolProblems } from './tools';

const problems = await toolProblems();
for (const problem of problems) console.error(`npm test: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
