package io.github.aggregatorsdk.classpass.partnerapi;

import java.time.Duration;
import java.util.concurrent.Executor;

/** The settings of a {@link PartnerApiServer}, checked by its builder; executor null for own. */
record ServerSettings(
    int threads,
    int queueSize,
    Duration maxQueueWait,
    Duration requestHeadersTimeout,
    Duration requestBodyTimeout,
    Duration responseTimeout,
    Executor executor) {}
