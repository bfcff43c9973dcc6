/**
 * A ClassPass stand-in for running the app with nothing external: a WireMock server on loopback
 * that accepts and records every push, used unless {@code classpass.base-url} or {@code
 * classpass.environment} names a real ClassPass.
 */
package io.github.aggregatorsdk.classpass.example.studio.simulator;
