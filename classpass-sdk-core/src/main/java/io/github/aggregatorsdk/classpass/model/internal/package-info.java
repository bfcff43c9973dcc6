/**
 * The partner API's own wire records: what ClassPass sends to the SDK's endpoints (reservations,
 * cancellations) and what the SDK answers (lists, pages, errors). They sit beside {@code model}
 * so that every JSON field name stays in one package tree, and are public only so that {@code
 * partnerapi} can bind them: not part of the SDK's API, left out of its Javadoc, and never used
 * from another artifact (an architecture test keeps it so). A host meets the partner API through
 * {@code PartnerApiHandler}'s framework-neutral requests and responses instead.
 */
package io.github.aggregatorsdk.classpass.model.internal;
