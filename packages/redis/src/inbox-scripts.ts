/**
 * The Redis inbox's Lua scripts. Every change that touches more than one key or command is one script, so a
 * crash or a lost connection between two steps can never leave an entry both acknowledged and lost, or in two
 * places at once.
 *
 * Keys (all under one hash tag, `{<name>}`, so that one script's keys would share a Cluster slot):
 *   KEYS[1] stream    entries not finished yet: waiting, leased (in the group's pending list), or waiting for a
 *                     retry (acknowledged in the group, still in the stream, listed in `due`)
 *   KEYS[2] due       sorted set: entry id → when its retry is due (epoch ms)
 *   KEYS[3] retrying  hash: entry id → the attempts it will carry when it is due
 *   KEYS[4] dead      the dead-letter stream, capped at `maxDeadLetters`
 *   KEYS[5] cursor    where the next `XAUTOCLAIM` scan of the pending list starts
 *
 * Stream entry fields: type, body, key (when the delivery has one), receivedAt, attempts (made before this
 * entry was added). Dead letters add errorName, errorMessage, deadAt.
 */
import { redisScript } from "./connection";

/** The keys every script gets, in this order. */
export const INBOX_KEY_NAMES = ["stream", "due", "retrying", "dead", "cursor"] as const;

/** Shared Lua helpers. */
const HELPERS = `
local stream, due, retrying, dead, cursorKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
-- Redis's clock, not the callers': replicas whose clocks differ still agree when a retry is due.
local function nowMs()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function withAttempts(fields, attempts)
  local out = {}
  for i = 1, #fields, 2 do
    if fields[i] ~= 'attempts' then
      out[#out + 1] = fields[i]
      out[#out + 1] = fields[i + 1]
    end
  end
  out[#out + 1] = 'attempts'
  out[#out + 1] = tostring(attempts)
  return out
end
local function field(fields, name)
  for i = 1, #fields, 2 do
    if fields[i] == name then return fields[i + 1] end
  end
  return nil
end
local function ownedBy(group, id, consumer)
  local pending = redis.call('XPENDING', stream, group, id, id, 1, consumer)
  return pending[1] ~= nil
end
local function bury(fields, attempts, errorName, errorMessage, maxDead)
  local row = withAttempts(fields, attempts)
  row[#row + 1] = 'errorName'
  row[#row + 1] = errorName
  row[#row + 1] = 'errorMessage'
  row[#row + 1] = errorMessage
  row[#row + 1] = 'deadAt'
  row[#row + 1] = tostring(nowMs())
  redis.call('XADD', dead, 'MAXLEN', maxDead, '*', unpack(row))
end
`;

/**
 * ARGV: maxLength, then the entry's field/value pairs. Adds the entry unless the inbox already holds
 * `maxLength` unfinished entries (0: no limit). Returns the id, or an error reply `INBOXFULL`.
 */
export const PUT = redisScript(`${HELPERS}
local maxLength = tonumber(ARGV[1])
if maxLength > 0 and redis.call('XLEN', stream) >= maxLength then
  return redis.error_reply('INBOXFULL the inbox holds ' .. maxLength .. ' unfinished entries')
end
return redis.call('XADD', stream, '*', unpack(ARGV, 2))
`);

/**
 * ARGV: group, consumer, max, leaseMs, maxAttempts, maxDeadLetters, leaseErrorMessage.
 *
 * 1. Due retries go back into the stream as new entries (carrying their attempts), their old entries deleted.
 * 2. `XAUTOCLAIM` takes over entries leased longer than `leaseMs` (their worker died or overran); their
 *    attempts add the deliveries the pending list counted, so an event that crashes every worker taking it
 *    reaches `maxAttempts` and is dead-lettered here instead of being handed out for ever.
 * 3. `XREADGROUP` reads new entries to fill up to `max`.
 *
 * Returns a flat list: id, attempts, fields (a list), per entry.
 */
export const TAKE = redisScript(`${HELPERS}
local group, consumer, max = ARGV[1], ARGV[2], tonumber(ARGV[3])
local leaseMs, maxAttempts, maxDead, leaseError = ARGV[4], tonumber(ARGV[5]), ARGV[6], ARGV[7]

local ready = redis.call('ZRANGEBYSCORE', due, '-inf', nowMs(), 'LIMIT', 0, max)
for _, id in ipairs(ready) do
  local rows = redis.call('XRANGE', stream, id, id)
  local attempts = redis.call('HGET', retrying, id)
  if rows[1] and attempts then
    redis.call('XADD', stream, '*', unpack(withAttempts(rows[1][2], attempts)))
  end
  redis.call('XDEL', stream, id)
  redis.call('ZREM', due, id)
  redis.call('HDEL', retrying, id)
end

local out = {}
local cursor = redis.call('GET', cursorKey) or '0-0'
local claimed = redis.pcall('XAUTOCLAIM', stream, group, consumer, leaseMs, cursor, 'COUNT', max)
if type(claimed) == 'table' and claimed.err then
  if not string.find(claimed.err, 'NOGROUP', 1, true) then return redis.error_reply(claimed.err) end
  -- A new inbox, or Redis lost its data: the group starts at the beginning, so nothing added is skipped.
  redis.call('XGROUP', 'CREATE', stream, group, '0', 'MKSTREAM')
  claimed = { '0-0', {} }
end
redis.call('SET', cursorKey, claimed[1])
for _, entry in ipairs(claimed[2]) do
  local id, fields = entry[1], entry[2]
  if fields then
    local pending = redis.call('XPENDING', stream, group, id, id, 1)
    local deliveries = pending[1] and tonumber(pending[1][4]) or 1
    local attempts = tonumber(field(fields, 'attempts') or '0') + deliveries - 1
    if attempts >= maxAttempts then
      bury(fields, attempts, 'InboxLeaseExpired', leaseError, maxDead)
      redis.call('XACK', stream, group, id)
      redis.call('XDEL', stream, id)
    else
      out[#out + 1] = id
      out[#out + 1] = attempts
      out[#out + 1] = fields
    end
  end
end

local room = max - #out / 3
if room > 0 then
  local read = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', room, 'STREAMS', stream, '>')
  if read and read[1] then
    for _, entry in ipairs(read[1][2]) do
      out[#out + 1] = entry[1]
      out[#out + 1] = tonumber(field(entry[2], 'attempts') or '0')
      out[#out + 1] = entry[2]
    end
  end
end
return out
`);

/** ARGV: group, id. Done: acknowledged and deleted, whoever holds the lease now (the work is done). */
export const ACK = redisScript(`${HELPERS}
local acked = redis.call('XACK', stream, ARGV[1], ARGV[2])
redis.call('XDEL', stream, ARGV[2])
return acked
`);

/**
 * ARGV: group, consumer, id, delayMs, attempts. Only the lease holder schedules a retry (a worker whose lease
 * lapsed and was taken over leaves the entry to the new holder). Returns 1 when scheduled, 0 when not held.
 */
export const RETRY = redisScript(`${HELPERS}
local group, consumer, id = ARGV[1], ARGV[2], ARGV[3]
if not ownedBy(group, id, consumer) then return 0 end
redis.call('XACK', stream, group, id)
redis.call('ZADD', due, nowMs() + tonumber(ARGV[4]), id)
redis.call('HSET', retrying, id, ARGV[5])
return 1
`);

/**
 * ARGV: group, consumer, id, attempts, errorName, errorMessage, maxDeadLetters. Moves the held entry to
 * the dead letters with its error. Returns 1 when moved, 0 when not held.
 */
export const DEAD_LETTER = redisScript(`${HELPERS}
local group, consumer, id = ARGV[1], ARGV[2], ARGV[3]
if not ownedBy(group, id, consumer) then return 0 end
local rows = redis.call('XRANGE', stream, id, id)
if rows[1] then bury(rows[1][2], ARGV[4], ARGV[5], ARGV[6], ARGV[7]) end
redis.call('XACK', stream, group, id)
redis.call('XDEL', stream, id)
return 1
`);

/** ARGV: dead-letter id. Puts it back as a new entry with attempts 0. Returns 1, or 0 when absent. */
export const REPLAY = redisScript(`${HELPERS}
local rows = redis.call('XRANGE', dead, ARGV[1], ARGV[1])
if not rows[1] then return 0 end
local fields, row = rows[1][2], {}
for _, name in ipairs({ 'type', 'body', 'key', 'receivedAt' }) do
  local value = field(fields, name)
  if value then
    row[#row + 1] = name
    row[#row + 1] = value
  end
end
row[#row + 1] = 'attempts'
row[#row + 1] = '0'
redis.call('XADD', stream, '*', unpack(row))
redis.call('XDEL', dead, ARGV[1])
return 1
`);

/** ARGV: empty for all, or one dead-letter id. Returns how many were removed. */
export const PURGE = redisScript(`${HELPERS}
if ARGV[1] then return redis.call('XDEL', dead, ARGV[1]) end
local count = redis.call('XLEN', dead)
redis.call('DEL', dead)
return count
`);

/** Unfinished entries and dead letters, read together. */
export const STATS = redisScript(`${HELPERS}
return { redis.call('XLEN', stream), redis.call('XLEN', dead) }
`);

/** ARGV: group, consumer. Removes the consumer from the group when it holds no lease (a clean shutdown). */
export const LEAVE = redisScript(`${HELPERS}
local ok, pending = pcall(redis.call, 'XPENDING', stream, ARGV[1], '-', '+', 1, ARGV[2])
if ok and pending[1] == nil then redis.pcall('XGROUP', 'DELCONSUMER', stream, ARGV[1], ARGV[2]) end
return 1
`);
