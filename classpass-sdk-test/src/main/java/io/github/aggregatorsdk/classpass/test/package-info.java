/**
 * What a host tests its ClassPass integration with: {@link
 * io.github.aggregatorsdk.classpass.test.FakeClassPass}, an in-process ClassPass Inventory API that
 * records pushes, keeps the latest state and injects faults, and its JUnit 5 extension.
 */
package io.github.aggregatorsdk.classpass.test;
