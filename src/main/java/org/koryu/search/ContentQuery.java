package org.koryu.search;

import java.time.LocalDate;
import java.util.Map;

/**
 * One page of an editor list: the type, filters (state, facet values such as municipality and
 * kind, a day range any of whose days matches, text anywhere, text in the title), the sort and the page.
 */
public record ContentQuery(String type, String state, Map<String, String> facets, LocalDate from, LocalDate to,
                           String text, String title, Sort sort, boolean ascending, int first, int pageSize) {

    /** What a list can be sorted by. */
    public enum Sort { UPDATED, TITLE, STATE, FIRST_DAY }

    public ContentQuery {
        facets = Map.copyOf(facets);
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page size must be 1 to 500");
        }
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
    }
}
