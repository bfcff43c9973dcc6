/**
 * Matching a ClassPass user to a host customer: the matching and personal-data policies, manual
 * linking of a ClassPass id, and the report of likely duplicate customers.
 */
package io.github.aggregatorsdk.classpass.customer;
