/**
 * Wire records of the ClassPass Inventory API, both directions: the only package that knows JSON
 * field names and formats, so the contract can be realigned in one place.
 */
package io.github.aggregatorsdk.classpass.model;
