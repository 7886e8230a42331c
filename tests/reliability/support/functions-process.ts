// The functions in a process of their own (as `shuangpei serve` runs them), so a test can read every line
// they print. Prints `READY <url>`; stops when its stdin closes.
import { startFunctionsHost } from '../../../functions/src/local/stack/functions-host';

const host = await startFunctionsHost(0);
process.stdout.write(`READY ${host.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void host.close().then(() => process.exit(0));
});
