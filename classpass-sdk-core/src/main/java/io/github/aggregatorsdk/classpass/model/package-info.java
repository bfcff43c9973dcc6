/**
 * Wire records of the ClassPass Inventory API: with {@code model.internal} (the partner API's own
 * requests, answers and pages), the only package tree that knows JSON field names and formats, so
 * the contract can be realigned in one place. The records here are the ones a host can meet: what
 * the client sends (schedules, partners, venues, update batches) and what its listeners see.
 */
package io.github.aggregatorsdk.classpass.model;
