/**
 * The Lua scripts of {@link redisCustomerLock}: a ticket queue with fencing tokens, each step
 * one EVAL so the store needs no other command (and no step can half-happen).
 *
 * Keys (one hash tag, so they share a Redis Cluster slot): `holder` = `"<token>:<waiter id>"`
 * with the lease as its expiry; `queue` = waiter ids scored by ticket (arrival order);
 * `alive` = waiter ids scored by when they stop counting as waiting unless they poll again;
 * `fence` = the last ticket or token handed out.
 */

/** The lock's keys for `key` under `prefix`, in the order the scripts take them. */
export function lockKeys(prefix: string, key: string): [string, string, string, string] {
  const holder = `${prefix}{${key}}`;
  return [holder, `${holder}:queue`, `${holder}:alive`, `${holder}:fence`];
}

// Tickets and tokens come from one counter that never goes below Redis's clock in
// microseconds: INCR alone would start again at 1 after a restart without persistence.
// string.format('%.0f'): Lua's tostring would print 1.7e+15 and lose the digits.
const NEXT_FENCE = `
local time = redis.call('TIME')
local nowUs = tonumber(time[1]) * 1000000 + tonumber(time[2])
local function nextFence()
  local last = tonumber(redis.call('GET', KEYS[4]) or '0')
  if last < nowUs then redis.call('SET', KEYS[4], string.format('%.0f', nowUs)) end
  return redis.call('INCR', KEYS[4])
end
`;

/**
 * KEYS holder, queue, alive, fence; ARGV waiter id, ticket ('' for a first poll), lease ms,
 * waiter ms. Joins the queue (again, with the same ticket, if a restart emptied it), drops
 * waiters that stopped polling, and grants the lock to the head of the queue when free.
 * Replies `{ticket, token, position}`; token is '' until granted.
 */
export const POLL_SCRIPT = `
if redis.replicate_commands then redis.replicate_commands() end
${NEXT_FENCE}
local id, leaseMs, waiterMs = ARGV[1], tonumber(ARGV[3]), tonumber(ARGV[4])
local nowMs = math.floor(nowUs / 1000)
local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', nowMs)
for _, waiter in ipairs(gone) do redis.call('ZREM', KEYS[2], waiter) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', nowMs)
local ticket = tonumber(ARGV[2])
if ticket == nil then ticket = nextFence() end
ticket = string.format('%.0f', ticket)
redis.call('ZADD', KEYS[2], 'NX', ticket, id)
redis.call('ZADD', KEYS[3], string.format('%.0f', nowMs + waiterMs), id)
local keep = leaseMs + waiterMs
if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('ZRANGE', KEYS[2], 0, 0)[1] == id then
  local token = string.format('%.0f', nextFence())
  redis.call('SET', KEYS[1], token .. ':' .. id, 'PX', leaseMs)
  redis.call('ZREM', KEYS[2], id)
  redis.call('ZREM', KEYS[3], id)
  redis.call('PEXPIRE', KEYS[4], keep)
  return {ticket, token, 0}
end
redis.call('PEXPIRE', KEYS[2], keep)
redis.call('PEXPIRE', KEYS[3], keep)
redis.call('PEXPIRE', KEYS[4], keep)
return {ticket, '', redis.call('ZRANK', KEYS[2], id)}
`;

/** KEYS holder; ARGV holder value. 1 while the key still holds this grant. */
export const HOLDS_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
return 0
`;

/** KEYS holder; ARGV holder value, lease ms. Extends only this grant's lease. */
export const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/** KEYS holder; ARGV holder value. Deletes only this grant: after a lapse it may be another's. */
export const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * KEYS holder, queue, alive; ARGV waiter id. A waiter that gave up, or whose poll got no
 * answer, leaves the queue, and frees the lock if that poll was granted it after all.
 */
export const LEAVE_SCRIPT = `
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
local suffix = ':' .. ARGV[1]
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, -#suffix) == suffix then return redis.call('DEL', KEYS[1]) end
return 0
`;
