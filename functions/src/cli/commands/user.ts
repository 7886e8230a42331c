// `shuangpei user add|list|remove`: who may push ledgers (clerks), tabs and reassessments (leaders), or all (admins).
// Works on the Firestore of GOOGLE_CLOUD_PROJECT with Application Default Credentials, or on the emulator
// named by FIRESTORE_EMULATOR_HOST.
import { ROLES, type Role } from '../../auth/authorize';
import { placeNameProblem } from '../../core/names/place-name';
import { userDoc } from '../../store/firestore/paths';
import { saveUser } from '../../store/firestore/users';
import { CliError, EXIT } from '../exit-codes';
import type { Output } from '../output';

export interface UserOptions {
  project?: string;
  role?: string;
  county?: string;
  township?: string;
}

async function database(project?: string) {
  if (project) process.env.GOOGLE_CLOUD_PROJECT = project;
  if (!process.env.GOOGLE_CLOUD_PROJECT && !process.env.GCLOUD_PROJECT) {
    throw new CliError('请用 --project 指定 Google Cloud 项目（或设置 GOOGLE_CLOUD_PROJECT）', EXIT.usage);
  }
  const { firestore } = await import('../../runtime');
  return firestore();
}

export async function userAddCommand(email: string, options: UserOptions, output: Output): Promise<number> {
  const role = options.role as Role;
  if (!ROLES.includes(role)) throw new CliError(`--role 应为 ${ROLES.join(' / ')}`, EXIT.usage);
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new CliError(`「${email}」不是邮箱地址`, EXIT.usage);
  if (!options.county) throw new CliError('请用 --county 指定县名', EXIT.usage);
  if (role === 'clerk' && !options.township)
    throw new CliError('乡镇组织委员须用 --township 指定乡镇', EXIT.usage);
  for (const [flag, name] of [
    ['--county', options.county],
    ['--township', options.township],
  ] as const)
    if (name && placeNameProblem(name))
      throw new CliError(`${flag}「${name}」${placeNameProblem(name)}`, EXIT.usage);
  const db = await database(options.project);
  const user = {
    email: email.toLowerCase(),
    role,
    county: options.county,
    township: role === 'clerk' ? options.township! : null,
  };
  await saveUser(db, user);
  if (output.json) output.document(user);
  else output.say(`已登记：${user.email}（${user.role}，${user.county}${user.township ?? ''}）`);
  return EXIT.ok;
}

export async function userListCommand(options: UserOptions, output: Output): Promise<number> {
  const db = await database(options.project);
  const snap = await db.collection('users').get();
  const users = snap.docs.map((d) => ({
    email: d.id,
    ...(d.data() as { role: string; county: string; township: string | null }),
  }));
  if (output.json) output.document(users);
  else
    output.table(
      ['邮箱', '角色', '县', '乡镇'],
      users.map((u) => [u.email, u.role, u.county, u.township]),
    );
  return EXIT.ok;
}

export async function userRemoveCommand(
  email: string,
  options: UserOptions,
  output: Output,
): Promise<number> {
  const db = await database(options.project);
  await userDoc(db, email).delete();
  output.say(`已删除：${email.toLowerCase()}`);
  return EXIT.ok;
}
