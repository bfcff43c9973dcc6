-- Outbox of the ClassPass SDK for H2 2.x. ${table} is the configured table name
-- (default classpass_outbox). JdbcOutboxStore.createTablesIfMissing() runs this file.

-- Pending updates: at most one row per coalescing key, the newest version.
CREATE TABLE IF NOT EXISTS ${table} (
  coalescing_key  VARCHAR(200)                NOT NULL,
  event_id        VARCHAR(100)                NOT NULL,
  event_type      VARCHAR(20)                 NOT NULL,
  last_updated    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  payload         CHARACTER LARGE OBJECT      NOT NULL,
  created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  attempts        INTEGER                     DEFAULT 0 NOT NULL,
  next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_error      VARCHAR(500),
  lease_owner     VARCHAR(200),
  lease_until     TIMESTAMP(6) WITH TIME ZONE,
  CONSTRAINT ${table}_pk PRIMARY KEY (coalescing_key)
);

CREATE INDEX IF NOT EXISTS ${table}_due ON ${table} (next_attempt_at, created_at);

-- Updates given up on, kept for inspection and requeueing.
CREATE TABLE IF NOT EXISTS ${table}_dead (
  coalescing_key   VARCHAR(200)                NOT NULL,
  event_id         VARCHAR(100)                NOT NULL,
  event_type       VARCHAR(20)                 NOT NULL,
  last_updated     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  payload          CHARACTER LARGE OBJECT      NOT NULL,
  created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  attempts         INTEGER                     NOT NULL,
  next_attempt_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_error       VARCHAR(500),
  reason           VARCHAR(500)                NOT NULL,
  dead_lettered_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT ${table}_dead_pk PRIMARY KEY (event_id)
);

CREATE INDEX IF NOT EXISTS ${table}_dead_at ON ${table}_dead (dead_lettered_at);

-- Cluster-wide jobs (the periodic full resync): one row per job, held by one instance at a time,
-- with the last run kept for status pages.
CREATE TABLE IF NOT EXISTS ${table}_job (
  job_name         VARCHAR(100)                NOT NULL,
  lock_owner       VARCHAR(200),
  locked_until     TIMESTAMP(6) WITH TIME ZONE,
  last_started_at  TIMESTAMP(6) WITH TIME ZONE,
  last_finished_at TIMESTAMP(6) WITH TIME ZONE,
  last_outcome     VARCHAR(500),
  CONSTRAINT ${table}_job_pk PRIMARY KEY (job_name)
);
