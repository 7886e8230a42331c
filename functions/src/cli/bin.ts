// Runs the command with this process's arguments (the built bin/shuangpei.js does the same with dist/cli.js).
import { main } from './main';

process.exitCode = await main(process.argv);
