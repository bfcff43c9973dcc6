/**
 * Host records to ClassPass wire records: schedules ({@link
 * io.github.aggregatorsdk.classpass.mapping.ScheduleMapper}), partners and venues ({@link
 * io.github.aggregatorsdk.classpass.mapping.PartnerVenueMapper}), and the pre-flight check that
 * says why a session cannot be published.
 */
package io.github.aggregatorsdk.classpass.mapping;
