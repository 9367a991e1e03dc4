// Preload (`node --require test/offline/block-network.cjs …`) that makes every outbound
// network attempt throw and records it: net/tls/http/https/http2 connections, DNS look-ups,
// UDP sockets and fetch. Only local transports stay open: stdio and IPC are not sockets
// that connect, and a Unix socket or named pipe (`--pipe`/`--socket` LSP transports) is allowed.
// Attempts are appended as JSON lines to $ODMSG_NETWORK_LOG (and to stderr).
'use strict';
const fs = require('node:fs');

const logFile = process.env.ODMSG_NETWORK_LOG;
// Proof the guard was loaded into a process: its pid, appended to $ODMSG_NETWORK_GUARDED.
if (process.env.ODMSG_NETWORK_GUARDED) fs.appendFileSync(process.env.ODMSG_NETWORK_GUARDED, `${process.pid}\n`);

function blocked(api, detail) {
  const entry = { api, detail: safe(detail), pid: process.pid, argv: process.argv.slice(1, 3), stack: new Error().stack.split('\n').slice(2, 8).join('\n') };
  if (logFile) fs.appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
  process.stderr.write(`odmsg offline guard: blocked ${api} ${JSON.stringify(entry.detail)}\n`);
  const error = new Error(`network access is blocked in this test (${api})`);
  error.code = 'ENETUNREACH';
  return error;
}

function safe(value) {
  try {
    return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'function' ? undefined : v)));
  } catch {
    return String(value);
  }
}

/** A local endpoint: a path (Unix socket or Windows pipe), not a host and port. */
function isLocalPath(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string' && Number.isNaN(Number(first))) return true;
  return typeof first === 'object' && first !== null && typeof first.path === 'string';
}

const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  if (isLocalPath(args)) return originalConnect.apply(this, args);
  throw blocked('net.Socket.connect', args[0]);
};
for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = function (...args) {
    if (isLocalPath(args)) return original.apply(this, args);
    throw blocked(`net.${name}`, args[0]);
  };
}

const tls = require('node:tls');
tls.connect = (...args) => {
  throw blocked('tls.connect', args[0]);
};

for (const id of ['node:http', 'node:https']) {
  const mod = require(id);
  for (const name of ['request', 'get']) {
    mod[name] = (...args) => {
      throw blocked(`${id.slice(5)}.${name}`, typeof args[0] === 'object' && !(args[0] instanceof URL) ? { host: args[0].host, hostname: args[0].hostname, path: args[0].path } : String(args[0]));
    };
  }
}

const http2 = require('node:http2');
http2.connect = (...args) => {
  throw blocked('http2.connect', String(args[0]));
};

const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  if (typeof dns[name] === 'function') {
    dns[name] = (...args) => {
      throw blocked(`dns.${name}`, args[0]);
    };
  }
  if (dns.promises && typeof dns.promises[name] === 'function') {
    dns.promises[name] = async (...args) => {
      throw blocked(`dns.promises.${name}`, args[0]);
    };
  }
}

const dgram = require('node:dgram');
dgram.createSocket = (...args) => {
  throw blocked('dgram.createSocket', args[0]);
};

if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (input) => {
    throw blocked('fetch', String(input && input.url ? input.url : input));
  };
}
