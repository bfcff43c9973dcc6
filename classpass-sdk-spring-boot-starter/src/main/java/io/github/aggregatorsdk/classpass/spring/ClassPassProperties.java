package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.Environment;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the ClassPass integration, bound from {@code classpass.*}. {@link #toString()}
 * never prints the tokens. Checked when bound: a value outside its rule fails the startup with
 * the property's name, the value and the rule (Spring Boot reports the {@link Validator}'s
 * errors).
 */
@ConfigurationProperties("classpass")
public class ClassPassProperties implements Validator {

  /** ClassPass environment the client talks to: sandbox or production. */
  private Environment environment = Environment.SANDBOX;

  /** Base URL of the ClassPass Inventory API, overriding the environment's (https, or http on loopback only). */
  private URI baseUrl;

  /** Token for the calls to ClassPass (sent as "Authorization: Token ..."); required. */
  private String accessToken;

  /** Time to wait for a connection to ClassPass. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** Time to wait for ClassPass to answer a request. */
  private Duration readTimeout = Duration.ofSeconds(10);

  private final Retry retry = new Retry();

  private final Sync sync = new Sync();

  private final Outbox outbox = new Outbox();

  private final PartnerApi partnerApi = new PartnerApi();

  private final Matching matching = new Matching();

  private final Health health = new Health();

  @Override
  public boolean supports(Class<?> type) {
    return ClassPassProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    ClassPassProperties p = (ClassPassProperties) target;
    positive(errors, "connectTimeout", p.connectTimeout);
    positive(errors, "readTimeout", p.readTimeout);
    atLeast(errors, "retry.maxAttempts", p.retry.maxAttempts, 1, 20);
    positive(errors, "retry.initialBackoff", p.retry.initialBackoff);
    positive(errors, "retry.maxBackoff", p.retry.maxBackoff);
    if (p.retry.initialBackoff != null && p.retry.maxBackoff != null
        && p.retry.maxBackoff.compareTo(p.retry.initialBackoff) < 0) {
      errors.rejectValue("retry.maxBackoff", "classpass.range",
          "must be at least retry.initial-backoff (" + p.retry.initialBackoff + ")");
    }
    atLeast(errors, "sync.batchSize", p.sync.batchSize, 1, 1000);
    atLeast(errors, "sync.maxBatchesInFlight", p.sync.maxBatchesInFlight, 1, 64);
    positive(errors, "sync.dispatchInterval", p.sync.dispatchInterval);
    atLeast(errors, "sync.maxAttempts", p.sync.maxAttempts, 1, 1000);
    positive(errors, "sync.deadLetterAge", p.sync.deadLetterAge);
    notNegative(errors, "sync.fullResyncInterval", p.sync.fullResyncInterval,
        "; 0 turns the periodic full resync off");
    if (p.sync.lease != null && p.sync.lease.compareTo(Duration.ofSeconds(5)) < 0) {
      errors.rejectValue("sync.lease", "classpass.range",
          "must be at least 5s: a call to ClassPass must fit in it");
    }
    positive(errors, "sync.shutdownTimeout", p.sync.shutdownTimeout);
    positive(errors, "sync.initialBackoff", p.sync.initialBackoff);
    positive(errors, "sync.maxBackoff", p.sync.maxBackoff);
    if (p.sync.initialBackoff != null && p.sync.maxBackoff != null
        && p.sync.maxBackoff.compareTo(p.sync.initialBackoff) < 0) {
      errors.rejectValue("sync.maxBackoff", "classpass.range",
          "must be at least sync.initial-backoff (" + p.sync.initialBackoff + ")");
    }
    notNegative(errors, "sync.horizon", p.sync.horizon, "");
    positive(errors, "outbox.deadLetterRetention", p.outbox.deadLetterRetention);
    String base = p.partnerApi.basePath;
    if (base == null || !(base.isEmpty() || base.startsWith("/"))) {
      errors.rejectValue("partnerApi.basePath", "classpass.format",
          "must start with '/' (or be empty to serve at the root)");
    }
  }

  private static void positive(Errors errors, String field, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      errors.rejectValue(field, "classpass.range", "must be a positive duration");
    }
  }

  private static void notNegative(Errors errors, String field, Duration value, String hint) {
    if (value == null || value.isNegative()) {
      errors.rejectValue(field, "classpass.range", "must be zero or positive" + hint);
    }
  }

  private static void atLeast(Errors errors, String field, int value, int min, int max) {
    if (value < min || value > max) {
      errors.rejectValue(field, "classpass.range",
          "must be between " + min + " and " + max);
    }
  }

  public Environment getEnvironment() {
    return environment;
  }

  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  public URI getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Retry getRetry() {
    return retry;
  }

  public Sync getSync() {
    return sync;
  }

  public Outbox getOutbox() {
    return outbox;
  }

  public PartnerApi getPartnerApi() {
    return partnerApi;
  }

  public Matching getMatching() {
    return matching;
  }

  public Health getHealth() {
    return health;
  }

  /** The {@code classpass} health indicator. */
  public static class Health {

    /**
     * Whether a ClassPass outage (delivery failing for 15 minutes) turns the host's health DOWN;
     * by default it only shows in the details.
     */
    private boolean downOnOutage = false;

    public boolean isDownOnOutage() {
      return downOnOutage;
    }

    public void setDownOnOutage(boolean downOnOutage) {
      this.downOnOutage = downOnOutage;
    }
  }

  @Override
  public String toString() {
    return "ClassPassProperties[environment=" + environment
        + ", baseUrl=" + baseUrl
        + ", accessToken=" + Secrets.mask(accessToken)
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", partnerApi.enabled=" + partnerApi.enabled
        + ", partnerApi.basePath=" + partnerApi.basePath
        + ", partnerApi.token=" + Secrets.mask(partnerApi.token)
        + ", partnerApi.previousTokens=(" + partnerApi.previousTokens.size() + " masked)"
        + ", matching.policy=" + matching.policy
        + ", matching.personalData=" + matching.personalData + "]";
  }

  /** Retries of calls to ClassPass. */
  public static class Retry {

    /** Attempts per call, the first included; 1 disables retries. */
    private int maxAttempts = 4;

    /** Wait before the first retry; doubles on each further one, with jitter. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** Longest wait between two attempts, also for a longer Retry-After. */
    private Duration maxBackoff = Duration.ofSeconds(30);

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }
  }

  /** Pushing schedules, availability and reservation statuses to ClassPass. */
  public static class Sync {

    /** Whether this instance delivers queued updates to ClassPass and runs periodic resyncs. */
    private boolean enabled = true;

    /** Events per batch-updates call to ClassPass. */
    private int batchSize = 100;

    /**
     * How many batches one instance keeps at ClassPass at once while a backlog drains; 1 sends a
     * batch only after the previous one was answered. Falls back to 1 while ClassPass is down.
     */
    private int maxBatchesInFlight = 4;

    /** How often the outbox is drained; it also wakes when an event is queued. */
    private Duration dispatchInterval = Duration.ofSeconds(1);

    /** Attempts after which an undeliverable update becomes a dead letter. */
    private int maxAttempts = 10;

    /** Age after which an undeliverable update becomes a dead letter. */
    private Duration deadLetterAge = Duration.ofHours(24);

    /**
     * How often every venue's schedule is pushed in full, healing whatever was missed; the first
     * run comes shortly after start; one instance at a time across the cluster; 0 turns it off.
     */
    private Duration fullResyncInterval = Duration.ofHours(6);

    /**
     * Whether every partner and venue is registered (updated) with ClassPass at start, through
     * the outbox.
     */
    private boolean registerOnStartup = true;

    /**
     * How long a dispatcher's claim on updates holds: after a crash, another instance sends them
     * once it ends.
     */
    private Duration lease = Duration.ofSeconds(45);

    /** How long the dispatcher waits for a batch in flight when the application stops. */
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    /**
     * How long the dispatcher waits before it sends a failed update again the first time; the
     * wait doubles (with jitter) after each failure.
     */
    private Duration initialBackoff = Duration.ofSeconds(30);

    /** The longest the dispatcher waits between two attempts at one update. */
    private Duration maxBackoff = Duration.ofHours(1);

    /** How far ahead a full resync reaches. */
    private Duration horizon = Duration.ofDays(28);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public int getMaxBatchesInFlight() {
      return maxBatchesInFlight;
    }

    public void setMaxBatchesInFlight(int maxBatchesInFlight) {
      this.maxBatchesInFlight = maxBatchesInFlight;
    }

    public Duration getDispatchInterval() {
      return dispatchInterval;
    }

    public void setDispatchInterval(Duration dispatchInterval) {
      this.dispatchInterval = dispatchInterval;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getDeadLetterAge() {
      return deadLetterAge;
    }

    public void setDeadLetterAge(Duration deadLetterAge) {
      this.deadLetterAge = deadLetterAge;
    }

    public Duration getFullResyncInterval() {
      return fullResyncInterval;
    }

    public void setFullResyncInterval(Duration fullResyncInterval) {
      this.fullResyncInterval = fullResyncInterval;
    }

    public Duration getHorizon() {
      return horizon;
    }

    public boolean isRegisterOnStartup() {
      return registerOnStartup;
    }

    public void setRegisterOnStartup(boolean registerOnStartup) {
      this.registerOnStartup = registerOnStartup;
    }

    public Duration getLease() {
      return lease;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public void setLease(Duration lease) {
      this.lease = lease;
    }

    public Duration getShutdownTimeout() {
      return shutdownTimeout;
    }

    public void setShutdownTimeout(Duration shutdownTimeout) {
      this.shutdownTimeout = shutdownTimeout;
    }

    public void setHorizon(Duration horizon) {
      this.horizon = horizon;
    }
  }

  /** The durable store of pending outbound updates. */
  public static class Outbox {

    /** Table of the JDBC outbox (its dead letters go to the same name with "_dead"). */
    private String tableName = "classpass_outbox";

    /** Whether the JDBC outbox's tables are created at startup when missing. */
    private boolean createTables = true;

    /** How long dead letters are kept before they are purged. */
    private Duration deadLetterRetention = Duration.ofDays(30);

    public Duration getDeadLetterRetention() {
      return deadLetterRetention;
    }

    public void setDeadLetterRetention(Duration deadLetterRetention) {
      this.deadLetterRetention = deadLetterRetention;
    }

    public String getTableName() {
      return tableName;
    }

    public void setTableName(String tableName) {
      this.tableName = tableName;
    }

    public boolean isCreateTables() {
      return createTables;
    }

    public void setCreateTables(boolean createTables) {
      this.createTables = createTables;
    }
  }

  /** The endpoints ClassPass calls (reservations, cancellations, schedules, attendance). */
  public static class PartnerApi {

    /** Whether the partner API endpoints are served. */
    private boolean enabled = true;

    /** Path under which the partner API endpoints are served. */
    private String basePath = "/classpass";

    /** Token ClassPass must send ("Authorization: Bearer ..." or "Token ..."); required when enabled. */
    private String token;

    /** Tokens accepted besides the token while ClassPass's token is rotated; none by default. */
    private List<String> previousTokens = new ArrayList<>();

    public List<String> getPreviousTokens() {
      return previousTokens;
    }

    public void setPreviousTokens(List<String> previousTokens) {
      this.previousTokens = previousTokens;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getBasePath() {
      return basePath;
    }

    public void setBasePath(String basePath) {
      this.basePath = basePath;
    }

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }
  }

  /** How ClassPass users are matched to the host's customers. */
  public static class Matching {

    /** Matching policy: classpass-id, or classpass-id-then-email to also link by e-mail. */
    private MatchingPolicy policy = MatchingPolicy.CLASSPASS_ID;

    /** Personal data a customer created from ClassPass receives: all, contact or name-only. */
    private PersonalDataPolicy personalData = PersonalDataPolicy.ALL;

    public MatchingPolicy getPolicy() {
      return policy;
    }

    public void setPolicy(MatchingPolicy policy) {
      this.policy = policy;
    }

    public PersonalDataPolicy getPersonalData() {
      return personalData;
    }

    public void setPersonalData(PersonalDataPolicy personalData) {
      this.personalData = personalData;
    }
  }
}
