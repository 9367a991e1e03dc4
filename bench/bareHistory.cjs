#!/usr/bin/env node
// The reference for the doctor figure of `npm run bench`: the least `odmsg doctor` must do
// with the same table. It connects with the same driver and options, streams the same
// columns of every row of smstomobile, counts the rows and their characters, and prints a
// JSON summary. Usage: node bench/bareHistory.cjs <socket> <database>
'use strict';
const mysql = require('mysql2');

const [socketPath, database] = process.argv.slice(2);
const connection = mysql.createConnection({ socketPath, user: 'root', database, charset: 'utf8mb4', supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
let rows = 0;
let characters = 0;
connection
  .query('SELECT MsgType, ClinicNum, SmsStatus, MsgParts, MsgChargeUSD, DateTimeSent, CustErrorText, MsgText FROM smstomobile')
  .stream({ highWaterMark: 1024 })
  .on('data', (row) => {
    rows++;
    characters += row.MsgText.length;
  })
  .on('error', (error) => {
    console.error(error.message);
    process.exitCode = 2;
  })
  .on('end', () => {
    process.stdout.write(`${JSON.stringify({ rows, characters })}\n`);
    connection.end();
  });
