// The users collection: who may sign in, with which role, for which county and township.
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';
import { type FindUser, ROLES, type User } from '../../auth/authorize';
import { userDoc } from './paths';

const userSchema = z.object({
  role: z.enum(ROLES as [User['role'], ...User['role'][]]),
  county: z.string().min(1),
  township: z.string().min(1).nullish(),
});

export const firestoreFindUser =
  (db: Firestore): FindUser =>
  async (email) => {
    const snap = await userDoc(db, email).get();
    if (!snap.exists) return null;
    const parsed = userSchema.safeParse(snap.data());
    if (!parsed.success) return null;
    return {
      email: email.toLowerCase(),
      role: parsed.data.role,
      county: parsed.data.county,
      township: parsed.data.township ?? null,
    };
  };

/** Creates or replaces a user (operator commands, local mode, tests). */
export async function saveUser(db: Firestore, user: User): Promise<void> {
  await userDoc(db, user.email).set({ role: user.role, county: user.county, township: user.township });
}
