/**
 * Spring Boot 4 auto-configuration of the ClassPass SDK: bind {@code classpass.*} properties,
 * declare beans for the SDK's repository interfaces, and the client, booking and sync services,
 * partner API endpoints, outbox, health and metrics are wired.
 */
package io.github.aggregatorsdk.classpass.spring;
