/**
 * The typed client for the calls the host makes to ClassPass: {@link
 * io.github.aggregatorsdk.classpass.client.ClassPassClient#builder()} is the entry point.
 */
package io.github.aggregatorsdk.classpass.client;
