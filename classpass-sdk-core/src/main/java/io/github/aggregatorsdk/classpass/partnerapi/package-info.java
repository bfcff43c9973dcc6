/**
 * The inbound partner API ClassPass calls (list partners, venues, schedules and attendance, book
 * and cancel), framework-neutral: routing, token authentication, validation and JSON in {@link
 * io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler}, served by the JDK's HTTP server
 * through {@link io.github.aggregatorsdk.classpass.partnerapi.PartnerApiServer} or by any web
 * framework that hands the raw request to the handler.
 */
package io.github.aggregatorsdk.classpass.partnerapi;
