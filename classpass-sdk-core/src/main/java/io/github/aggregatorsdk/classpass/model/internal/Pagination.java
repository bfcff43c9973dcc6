package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The paging part of every list answer of the partner API: {@code {"page", "page_size",
 * "total_pages"}}.
 *
 * @param page the 1-based page answered
 * @param pageSize the page size asked for (the last page may hold fewer items)
 * @param totalPages how many pages of this size the whole listing has; at least 1, also for an
 *     empty listing
 */
public record Pagination(
    @JsonProperty("page") int page,
    @JsonProperty("page_size") int pageSize,
    @JsonProperty("total_pages") int totalPages) {}
