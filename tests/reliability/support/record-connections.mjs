// Preloaded into a command under test (`node --import`): appends every TCP/UDP destination and DNS name it
// tries to the file in SHUANGPEI_RECORD_CONNECTIONS, one per line.

import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const file = process.env.SHUANGPEI_RECORD_CONNECTIONS;
const note = (what) => file && appendFileSync(file, `${what}\n`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options =
    typeof args[0] === 'object' && args[0] !== null
      ? Array.isArray(args[0])
        ? args[0][0]
        : args[0]
      : { port: args[0], host: args[1] };
  if (options?.path === undefined) note(`tcp ${options?.host ?? 'localhost'}:${options?.port}`);
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  note(`dns ${hostname}`);
  return lookup.call(this, hostname, ...rest);
};
const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function (...args) {
  note(`udp ${args.at(-2)}:${args.at(-3)}`);
  return send.apply(this, args);
};
