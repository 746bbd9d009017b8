// Lint rule: feature rooms meet only through their front doors. A file of server/features/<a>/
// may import another feature only through its index (server/features/<b>/index.ts); the server's
// infrastructure (everything in server/ outside features/) imports no feature at all, except the
// entry points that assemble the app (the list of features and the start-up files).
import path from 'node:path';

const ASSEMBLY = new Set(['server/app.ts', 'server/server.ts', 'server/main.ts', 'server/cli.ts']);

function featureOf(relative) {
  const match = /^server\/features\/([^/]+)\//.exec(relative);
  return match ? match[1] : undefined;
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'features import each other only through index.ts; infrastructure imports no feature',
    },
    schema: [],
    messages: {
      backDoor:
        "Import '{{feature}}' through its front door (server/features/{{feature}}/index.ts), not '{{target}}'.",
      infrastructure:
        "Infrastructure ({{file}}) imports no feature ('{{target}}'); let the feature register with it instead.",
    },
  },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    if (!file.startsWith('server/') || file.endsWith('.test.ts')) return {};
    // The list of features is held to the front doors as a feature is.
    const from = file === 'server/features/index.ts' ? 'index' : featureOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), source))
        .split(path.sep)
        .join('/');
      if (!target.startsWith('server/features/')) return;
      const to = featureOf(`${target}/`);
      if (from === undefined) {
        // The list of features (server/features/index.ts) is what assembly files import.
        if (ASSEMBLY.has(file) || file.startsWith('server/seed/')) return;
        context.report({ node, messageId: 'infrastructure', data: { file, target } });
        return;
      }
      if (to === undefined || to === from) return;
      if (target === `server/features/${to}` || target === `server/features/${to}/index`) return;
      context.report({ node, messageId: 'backDoor', data: { feature: to, target } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
