/**
 * The front door: {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} wires the whole
 * ClassPass integration from the host's repositories.
 */
package io.github.aggregatorsdk.classpass;
