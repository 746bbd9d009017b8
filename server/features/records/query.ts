// Query operators we write ourselves, marked as trusted: the connection sanitises filters
// (sanitizeFilter against operator injection), which would turn `{ $in: [...] }` into a literal.
import mongoose from 'mongoose';

export const op = <T extends object>(operator: T): T => mongoose.trusted<T>(operator);
