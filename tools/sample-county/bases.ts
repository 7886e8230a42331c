// 示范基地: bases run by wealth-leading members and top talents, each leading some twenty-five households.
import { apportion, dayBetween } from './calendar';
import type { GenerationContext } from './context';
import type { Base, TownshipModel } from './model';
import { BASE_KINDS } from './vocabulary';

const ORDINALS = '二三四五六七八九';

/** Unique names county-wide: `白马村柑橘示范基地`, then `白马村柑橘二号示范基地`. */
function baseName(village: string, product: string, names: Set<string>): string {
  let name = `${village}${product}示范基地`;
  for (let n = 0; names.has(name); n++) name = `${village}${product}${ORDINALS[n] ?? n + 2}号示范基地`;
  names.add(name);
  return name;
}

/** `counts[i]` bases for township i, leading `households` households in all. */
export function generateBases(
  ctx: GenerationContext,
  townships: TownshipModel[],
  counts: readonly number[],
  households: number,
) {
  const { random } = ctx;
  const names = new Set<string>();
  const total = counts.reduce((a, b) => a + b, 0);
  const led = apportion(
    households,
    Array.from({ length: total }, () => random.int(5, 45)),
  );
  let next = 0;
  townships.forEach((township, t) => {
    const leaders = random.shuffle([
      ...township.members.filter((m) => m.wealthLeader),
      ...township.talents.filter((talent) => talent.isTop && !talent.path.probationaryOn),
    ]);
    for (let i = 0; i < Math.min(counts[t]!, leaders.length); i++) {
      const leader = leaders[i]!;
      const kind = random.pick(BASE_KINDS);
      const base: Base = {
        name: baseName(leader.village, kind.product, names),
        leaderId: leader.idNumber,
        industry: kind.industry,
        foundedOn: dayBetween(random, '2012-01-01', ctx.asOf),
        scale: `${random.int(kind.size[0], kind.size[1])}${kind.unit}`,
        householdsLed: led[next++]!,
        annualOutputWan: Math.round(random.int(50, 3000)) / 10,
      };
      township.bases.push(base);
    }
  });
}
