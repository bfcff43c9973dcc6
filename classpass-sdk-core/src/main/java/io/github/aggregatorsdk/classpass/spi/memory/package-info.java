/**
 * Thread-safe in-memory implementations of the host SPI, wired together by {@link
 * io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio}, for tests, examples and quick starts.
 */
package io.github.aggregatorsdk.classpass.spi.memory;
