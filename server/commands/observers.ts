// Watching commands from outside: a feature that must react to others' actions without reaching
// into them (e.g. "Mitt arbete" telling staff that a queue changed) registers an observer here.
// The runner calls the observers of a write command after its announcement; an observer's failure
// is logged and never turns the action into an error answer.
import type { AppContext } from '../context';
import type { Actor } from './define';

export interface ObservedCommand {
  app: AppContext;
  /** The command's dotted name, e.g. `comment.report`. */
  name: string;
  actor: Actor;
}

type Observer = (done: ObservedCommand) => Promise<void> | void;
const observers: Observer[] = [];

/** Registers an observer of every write command (those with an audit entry). */
export function observeCommands(observer: Observer): void {
  observers.push(observer);
}

export async function tellObservers(done: ObservedCommand): Promise<void> {
  for (const observer of observers) {
    try {
      await observer(done);
    } catch (error) {
      done.app.logger.error({ err: error, command: done.name }, 'a command observer failed');
    }
  }
}
