import { benchValidateScale } from './scripts/bench/validate-scale';
import { printEntry } from './scripts/bench/results';
for (const e of await benchValidateScale()) printEntry(e);
