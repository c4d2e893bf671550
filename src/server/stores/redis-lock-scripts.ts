/**
 * The Lua scripts of {@link redisCustomerLock}: a ticket queue with fencing tokens, each step
 * one EVAL so the store needs no other command (and no step can half-happen).
 *
 * Keys (one hash tag, so they share a Redis Cluster slot): `holder` = `"<token>:<waiter id>"`
 * with the lease as its expiry; `queue` = waiter ids scored by ticket (arrival order);
 * `alive` = instances (store objects) scored by when they stop counting as alive unless heard
 * from again; `fence` = the last ticket or token handed out; `lease` = each waiter's lease.
 * A waiter id is `"<instance id>/<n>"`, so a grant can tell whose waiter heads the queue.
 */

import { redisScript } from './redis-scripts';

/** holder, queue, alive, fence, lease. */
export type LockKeys = [string, string, string, string, string];

/** The lock's keys for `key` under `prefix`, in the order the scripts take them. */
export function lockKeys(prefix: string, key: string): LockKeys {
  const holder = `${prefix}{${key}}`;
  return [holder, `${holder}:queue`, `${holder}:alive`, `${holder}:fence`, `${holder}:lease`];
}

// Tickets and tokens come from one counter that never goes below Redis's clock in
// microseconds: INCR alone would start again at 1 after a restart without persistence.
// string.format('%.0f'): Lua's tostring would print 1.7e+15 and lose the digits.
//
// grantHead hands a free lock to the head of the queue, but only to a waiter of `instance`:
// that instance is the one running the script, so it learns of the grant from the reply at
// once. Another instance's waiter takes the lock itself when it polls. Heads whose instance
// has not been heard from within its waiter time, or with no lease on record, left without
// a word (their process died): they are dropped.
const COMMON = `
local time = redis.call('TIME')
local nowUs = tonumber(time[1]) * 1000000 + tonumber(time[2])
local nowMs = math.floor(nowUs / 1000)
local function fmt(n) return string.format('%.0f', n) end
local function nextFence()
  local last = tonumber(redis.call('GET', KEYS[4]) or '0')
  if last < nowUs then redis.call('SET', KEYS[4], fmt(nowUs)) end
  return redis.call('INCR', KEYS[4])
end
local function instanceOf(id) return string.match(id, '^[^/]*') end
local function heardFrom(instance, waiterMs)
  if waiterMs > 0 then redis.call('ZADD', KEYS[3], fmt(nowMs + waiterMs), instance) end
end
local function grantHead(instance, waiterMs)
  if redis.call('EXISTS', KEYS[1]) == 1 then return {'', ''} end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', nowMs)
  while true do
    local head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
    if not head then
      redis.call('DEL', KEYS[3], KEYS[5])
      return {'', ''}
    end
    local owner = instanceOf(head)
    local leaseMs = redis.call('HGET', KEYS[5], head)
    if leaseMs and redis.call('ZSCORE', KEYS[3], owner) then
      if owner ~= instance then return {'', ''} end
      local token = fmt(nextFence())
      redis.call('SET', KEYS[1], token .. ':' .. head, 'PX', leaseMs)
      redis.call('ZREM', KEYS[2], head)
      redis.call('HDEL', KEYS[5], head)
      if redis.call('EXISTS', KEYS[2]) == 0 then redis.call('DEL', KEYS[3]) end
      redis.call('PEXPIRE', KEYS[4], tonumber(leaseMs) + waiterMs)
      return {head, token}
    end
    redis.call('ZREM', KEYS[2], head)
    redis.call('HDEL', KEYS[5], head)
  end
end
`;

/**
 * KEYS holder, queue, alive, fence, lease; ARGV waiter id, ticket ('' to join), lease ms,
 * waiter ms. Joins the queue (again, with the same ticket, if a restart emptied it), marks
 * the waiter's instance alive, and grants a free lock to the head of the queue if it is a
 * waiter of the same instance. Replies `{ticket, grantee, token, position, rejoined}`:
 * grantee and token are '' unless a grant was made (or this waiter already holds the lock);
 * rejoined is 1 when the waiter had to be queued again under its old ticket.
 */
export const POLL_SCRIPT = redisScript(`
if redis.replicate_commands then redis.replicate_commands() end
${COMMON}
local id, waiterMs = ARGV[1], tonumber(ARGV[4])
local holder = redis.call('GET', KEYS[1])
local suffix = ':' .. id
if holder and string.sub(holder, -#suffix) == suffix then
  return {ARGV[2], id, string.sub(holder, 1, #holder - #suffix), 0, 0}
end
local ticket = tonumber(ARGV[2])
if ticket == nil then ticket = nextFence() end
ticket = fmt(ticket)
local rejoined = 0
if redis.call('ZADD', KEYS[2], 'NX', ticket, id) == 1 and ARGV[2] ~= '' then rejoined = 1 end
redis.call('HSET', KEYS[5], id, ARGV[3])
local instance = instanceOf(id)
heardFrom(instance, waiterMs)
local granted = grantHead(instance, waiterMs)
local keep = tonumber(ARGV[3]) + waiterMs
for i = 2, 5 do redis.call('PEXPIRE', KEYS[i], keep) end
local position = redis.call('ZRANK', KEYS[2], id) or 0
return {ticket, granted[1], granted[2], position, rejoined}
`);

/**
 * KEYS holder, queue; ARGV holder value, instance id. The fencing check: `{1, next}` while the
 * key still holds this grant, else `{0, ''}`. `next` is the head of the queue (the next ticket)
 * when it is a waiter of the same instance, else '': when this turn ends, the instance hands
 * the lock to that waiter itself, and the waiter's first check (TAKE_SCRIPT) moves the key.
 */
export const CHECK_SCRIPT = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {0, ''} end
local head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
if head and string.match(head, '^[^/]*') == ARGV[2] then return {1, head} end
return {1, ''}
`);

/**
 * KEYS holder, queue, alive, fence, lease; ARGV previous holder value, waiter id, its holder
 * value, its token, lease ms, waiter ms, 1 when its instance has waiters. The first check of a
 * grant its instance handed on (its token is the previous one's plus one): the waiter leaves
 * the queue, and the key moves to it only if it still holds the previous grant and the waiter
 * heads the queue, so no waiter of another instance is overtaken; the token counter is raised
 * to its token, so every later grant's is larger. Otherwise the previous grant (or one made to
 * this waiter meanwhile) is freed and the lock handed on as a release does. Replies `{1, next}`
 * as CHECK_SCRIPT when the key moved, else `{0, grantee, token}` as RELEASE_SCRIPT.
 */
export const TAKE_SCRIPT = redisScript(`
if redis.replicate_commands then redis.replicate_commands() end
${COMMON}
local id, waiterMs = ARGV[2], tonumber(ARGV[6])
local instance = instanceOf(id)
local holder = redis.call('GET', KEYS[1])
local first = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[5], id)
if ARGV[7] == '1' then heardFrom(instance, waiterMs) end
if holder == ARGV[1] and first == id then
  redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[5])
  if tonumber(redis.call('GET', KEYS[4]) or '0') < tonumber(ARGV[4]) then
    redis.call('SET', KEYS[4], ARGV[4])
  end
  redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[5]) + waiterMs)
  local head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if not head then
    redis.call('DEL', KEYS[3], KEYS[5])
    return {1, ''}
  end
  if instanceOf(head) == instance then return {1, head} end
  return {1, ''}
end
local suffix = ':' .. id
if holder and (holder == ARGV[1] or string.sub(holder, -#suffix) == suffix) then
  redis.call('DEL', KEYS[1])
end
local granted = grantHead(instance, waiterMs)
return {0, granted[1], granted[2]}
`);

/** KEYS holder; ARGV holder value, lease ms. Extends only this grant's lease. */
export const RENEW_SCRIPT = redisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

/**
 * KEYS holder, queue, alive, fence, lease; ARGV holder value, instance id, waiter ms, 1 when
 * the instance has waiters. Deletes only this grant (after a lapse the lock may be another's),
 * then hands a free lock to the head of the queue if it waits on the same instance: the next
 * turn starts without waiting for a poll. Replies `{grantee, token}`, both '' when no grant.
 */
export const RELEASE_SCRIPT = redisScript(`
if redis.replicate_commands then redis.replicate_commands() end
${COMMON}
local waiterMs = tonumber(ARGV[3])
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
if ARGV[4] == '1' then heardFrom(ARGV[2], waiterMs) end
return grantHead(ARGV[2], waiterMs)
`);

/**
 * KEYS holder, queue, alive, fence, lease; ARGV waiter id, waiter ms, 1 when its instance
 * still has waiters. A waiter that gave up, or whose poll got no answer, leaves the queue,
 * and frees the lock if that poll was granted it after all; then hands over like a release.
 */
export const LEAVE_SCRIPT = redisScript(`
if redis.replicate_commands then redis.replicate_commands() end
${COMMON}
local id, waiterMs = ARGV[1], tonumber(ARGV[2])
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[5], id)
local suffix = ':' .. id
local holder = redis.call('GET', KEYS[1])
if holder and string.sub(holder, -#suffix) == suffix then redis.call('DEL', KEYS[1]) end
local instance = instanceOf(id)
if ARGV[3] == '1' then heardFrom(instance, waiterMs) end
return grantHead(instance, waiterMs)
`);
