/**
 * Several replicas of a contactkit bot or receiver behind a load balancer, sharing state on Redis: the mluvii
 * chatbot's response correlator (a `…Response` landing on any replica reaches the one awaiting it) and core's
 * webhook dedupe store (a delivery retried to another replica is processed once), and the durable inbox on
 * Redis Streams (an acknowledged event survives a crash of the replica that acknowledged it).
 *
 * @packageDocumentation
 */
export {
  createRedisConnection,
  type RedisConnection,
  type RedisConnectionOptions,
  type RedisConnectionStatus,
} from "./connection";
export {
  createRedisCorrelator,
  type RedisCorrelator,
  type RedisCorrelatorOptions,
  type RedisCorrelatorStats,
} from "./correlator";
export { createRedisDedupeStore, type RedisDedupeStore, type RedisDedupeStoreOptions } from "./dedupe";
export { type RedisOperation, RedisUnavailableError } from "./errors";
export { createRedisInbox, type RedisInbox, type RedisInboxOptions } from "./inbox";
