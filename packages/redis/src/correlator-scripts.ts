/**
 * The correlator's state in Redis and the scripts that change it, each atomic, with times from Redis's own clock
 * (replicas' clocks may differ).
 *
 * A lane (`<prefix>corr:lane:<sessionId>:<activity>`) is a list of the admitted requests whose answer is still
 * owed, oldest first, one entry each: `deadline|owedUntil|state|replica|waiter|query`. `state` is `w` while the
 * request waits (until `deadline`) and `s` once another read's answer served it; either way its own answer is owed
 * until `owedUntil` (its deadline plus the late-response window), after which the entry is pruned. The lane's set
 * `<prefix>corr:wait:…` names the replicas that have a request waiting to be admitted, to be told when it empties.
 * `<prefix>corr:epoch` (a hash, no TTL) names the current generation of this state; when Redis loses it (a restart
 * without persistence, a flush), the next generation holds every kind but parameterless reads for a while
 * (`hold:<activity>`), so an answer to a request made before the loss cannot be taken for a newer request's.
 *
 * ACQUIRE and DELIVER take a deadline on Redis's clock and do nothing when they run after it: a stalled Redis
 * (paused, swapping) works off its backlog when it resumes, and a delivery or admission whose caller has already
 * given up and reported failure must not take effect then. Every script returns Redis's time last, from which the
 * replica keeps a lower bound of the offset between Redis's clock and its own.
 */
import { redisScript } from "./connection";

/** Shared Lua: the clock, entry parsing, pruning, rewriting and telling waiting replicas that a lane emptied. */
const PRELUDE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function late(deadline) return deadline ~= '' and now > tonumber(deadline) end
local function format(x) return string.format('%d|%d|%s|%s|%s|%s', x.d, x.o, x.s, x.r, x.w, x.q) end
local function live(key)
  local all = redis.call('LRANGE', key, 0, -1)
  local out = {}
  for _, e in ipairs(all) do
    local d, o, s, r, w, q = string.match(e, '^(%d+)|(%d+)|(%a)|([^|]*)|([^|]*)|(.*)$')
    if d and tonumber(o) >= now then
      out[#out + 1] = { d = tonumber(d), o = tonumber(o), s = s, r = r, w = w, q = q }
    end
  end
  return out, #out ~= #all
end
local function store(key, entries)
  redis.call('DEL', key)
  local last = 0
  for _, x in ipairs(entries) do
    redis.call('RPUSH', key, format(x))
    if x.o > last then last = x.o end
  end
  if last > 0 then redis.call('PEXPIRE', key, last - now + 1000) end
end
local function notify(waitKey, channelPrefix, lane)
  local waiting = redis.call('SMEMBERS', waitKey)
  for _, replica in ipairs(waiting) do
    redis.call('PUBLISH', channelPrefix .. replica, 'f\\n' .. lane)
  end
  if #waiting > 0 then redis.call('DEL', waitKey) end
end
`;

/**
 * Admits a request to its lane, or says why not. KEYS: lane, wait set, epoch. ARGV: wait ms (timeout plus slack),
 * late window ms, replica, waiter, mode (`shared`/`serial`), query, known epoch, response activity, `1` when the
 * kind is a read without parameters (exempt from the hold after a loss: any answer of it fits), `1` when this
 * request was told `busy` before (so the replica may be in the wait set), deadline (Redis ms, or empty).
 * Returns `{'ok', '', now}`, `{'busy', retryInMs, now}` (the replica is in the wait set), `{'epoch', current, now}`
 * (the caller's epoch is not Redis's: synchronise first) or `{'expired', '', now}` (nothing done).
 */
export const ACQUIRE = redisScript(`${PRELUDE}
local epoch = redis.call('HGET', KEYS[3], 'id')
if late(ARGV[11]) then return {'expired', '', tostring(now)} end
if not epoch or epoch ~= ARGV[7] then return {'epoch', epoch or '', tostring(now)} end
local function wait(ms)
  redis.call('SADD', KEYS[2], ARGV[3])
  if redis.call('PTTL', KEYS[2]) < ms + 1000 then redis.call('PEXPIRE', KEYS[2], ms + 1000) end
  return {'busy', tostring(ms), tostring(now)}
end
if ARGV[9] ~= '1' then
  local hold = tonumber(redis.call('HGET', KEYS[3], 'hold:' .. ARGV[8]) or '0')
  if hold > now then return wait(hold - now) end
end
local entries, pruned = live(KEYS[1])
local admit = #entries == 0
if not admit and ARGV[5] == 'shared' and entries[1].q == ARGV[6] then
  -- Join the reads of this query, unless another replica waits for the lane (it would never get in).
  admit = true
  for _, replica in ipairs(redis.call('SMEMBERS', KEYS[2])) do
    if replica ~= ARGV[3] then admit = false end
  end
end
if not admit then
  if pruned then store(KEYS[1], entries) end
  local soonest = entries[1].o
  for _, x in ipairs(entries) do if x.o < soonest then soonest = x.o end end
  return wait(soonest - now + 1)
end
if ARGV[10] == '1' then redis.call('SREM', KEYS[2], ARGV[3]) end
local d = now + tonumber(ARGV[1])
local x = { d = d, o = d + tonumber(ARGV[2]), s = 'w', r = ARGV[3], w = ARGV[4], q = ARGV[6] }
if pruned then
  entries[#entries + 1] = x
  store(KEYS[1], entries)
else
  redis.call('RPUSH', KEYS[1], format(x))
  -- A lane that was empty was just created: it has no TTL yet to compare with.
  if #entries == 0 or redis.call('PTTL', KEYS[1]) < x.o - now + 1000 then
    redis.call('PEXPIRE', KEYS[1], x.o - now + 1000)
  end
end
return {'ok', '', tostring(now)}`);

/**
 * Hands an answer to its lane: it settles the oldest entry still owed one, and every waiting entry takes it (a
 * serial lane has one, a shared lane only reads of one query); the others are marked served. Waiters of other
 * replicas get it on their channel (`r\\n<waiter ids>\\n<payload>`). KEYS: lane, wait set. ARGV: channel prefix,
 * this replica, payload, deadline (Redis ms, or empty). Returns `{outcome, local waiter ids, forwarded count, gone
 * count, now}`, outcome `delivered`, `late`, `unmatched` or `expired` (nothing done).
 */
export const DELIVER = redisScript(`${PRELUDE}
if late(ARGV[4]) then return {'expired', '', '0', '0', tostring(now)} end
local entries = live(KEYS[1])
if #entries == 0 then
  redis.call('DEL', KEYS[1])
  return {'unmatched', '', '0', '0', tostring(now)}
end
local first = table.remove(entries, 1)
local order, targets = {}, {}
local function take(x)
  if x.s ~= 'w' or x.d < now then return false end
  if not targets[x.r] then
    targets[x.r] = {}
    order[#order + 1] = x.r
  end
  table.insert(targets[x.r], x.w)
  return true
end
local taken = take(first)
for _, x in ipairs(entries) do
  if take(x) then
    x.s = 's'
    taken = true
  end
end
store(KEYS[1], entries)
local own, forwarded, gone = '', 0, 0
for _, replica in ipairs(order) do
  local ids = table.concat(targets[replica], ',')
  if replica == ARGV[2] then
    own = ids
  elseif redis.call('PUBLISH', ARGV[1] .. replica, 'r\\n' .. ids .. '\\n' .. ARGV[3]) > 0 then
    forwarded = forwarded + #targets[replica]
  else
    gone = gone + #targets[replica]
  end
end
if #entries == 0 then notify(KEYS[2], ARGV[1], KEYS[1]) end
local outcome = 'late'
if taken or first.s == 's' then outcome = 'delivered' end
return {outcome, own, tostring(forwarded), tostring(gone), tostring(now)}`);

/**
 * Withdraws a request: `remove` takes its entry out (it was never sent), `owe` stops it waiting but keeps its
 * answer owed for the late window. Found by replica and waiter, since a served entry's text has changed. KEYS:
 * lane, wait set. ARGV: replica, waiter, mode, late window ms, channel prefix. Returns 1 when found.
 */
export const WITHDRAW = redisScript(`${PRELUDE}
local entries, pruned = live(KEYS[1])
local found = 0
for i, x in ipairs(entries) do
  if x.r == ARGV[1] and x.w == ARGV[2] then
    found = 1
    if ARGV[3] == 'remove' then
      table.remove(entries, i)
    else
      x.d = 0
      x.o = now + tonumber(ARGV[4])
    end
    break
  end
end
if found == 1 or pruned then store(KEYS[1], entries) end
if #entries == 0 then notify(KEYS[2], ARGV[5], KEYS[1]) end
return found`);

/**
 * Agrees on the epoch. When Redis has none (first use, or it lost its data) the caller's candidate becomes it.
 * When the caller knew another one, Redis lost its data since: every kind is held for at least the grace (other
 * replicas may still owe answers and need that long to reconnect and say so), and each kind for as long as this
 * replica knows an answer may still come. KEYS: epoch. ARGV: known epoch, candidate, grace ms, then pairs of
 * response activity and ms. Returns `{epoch, now}`.
 */
export const SYNC_EPOCH = redisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local epoch = redis.call('HGET', KEYS[1], 'id')
local lost = ARGV[1] ~= '' and ARGV[1] ~= epoch
if not epoch then
  epoch = ARGV[2]
  redis.call('HSET', KEYS[1], 'id', epoch)
end
if lost then
  for i = 4, #ARGV, 2 do
    local until_ = now + math.max(tonumber(ARGV[i + 1]), tonumber(ARGV[3]))
    local field = 'hold:' .. ARGV[i]
    if tonumber(redis.call('HGET', KEYS[1], field) or '0') < until_ then redis.call('HSET', KEYS[1], field, until_) end
  end
end
return {epoch, tostring(now)}`);
