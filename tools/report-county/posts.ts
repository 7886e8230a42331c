// 村级职务 and 是否致富能手: every village has its 书记 and 主任 (or one 书记兼主任) and 委员; exactly the planned
// 致富能手 among the heads and among the 委员, posts held by members who are not 致富能手, 致富能手 without posts.
import type { Random } from '../sample-county/random';
import type { Member, VillagePost } from './model';
import type { TownshipPlan } from './plan';

interface Slot {
  village: string;
  post: VillagePost;
}

function slotsOf(random: Random, villages: readonly string[]): Slot[] {
  return villages.flatMap((village) => {
    const heads: VillagePost[] = random.chance(0.4) ? ['书记兼主任'] : ['书记', '主任'];
    const committee: VillagePost[] = Array.from({ length: random.int(2, 3) }, () => '委员');
    return [...heads, ...committee].map((post) => ({ village, post }));
  });
}

export function assignPosts(
  random: Random,
  plan: TownshipPlan,
  villages: readonly string[],
  members: Member[],
) {
  const slots = random.shuffle(slotsOf(random, villages));
  const heads = slots.filter((s) => s.post !== '委员');
  const committee = slots.filter((s) => s.post === '委员');
  const leaders = new Set([...heads.slice(0, plan.heads), ...committee.slice(0, plan.committee)]);
  const free = random.shuffle(members.filter((m) => m.category === '正式党员'));
  for (const slot of slots) {
    const index = free.findIndex((m) => m.village === slot.village);
    const holder = free.splice(Math.max(index, 0), 1)[0]!;
    holder.post = slot.post;
    // A post holder who is not a 致富能手: 否, or the column left blank.
    holder.wealthLeader = leaders.has(slot) ? true : random.chance(0.6) ? false : null;
  }
  for (const m of members) {
    if (m.post === '无' || m.post === null)
      m.wealthLeader = random.weighted([
        [true, 6],
        [false, 44],
        [null, 50],
      ]);
  }
}
