package org.koryu.content;

import java.time.LocalDate;
import java.util.Map;

/**
 * The filters of a delivery list, as a type reads them from the query: days (an item matches when
 * any of its days lies in the range), facet values, and text.
 */
public record ListFilter(LocalDate from, LocalDate to, Map<String, String> facets, String text) {

    public static final ListFilter NONE = new ListFilter(null, null, Map.of(), null);

    public ListFilter {
        facets = Map.copyOf(facets);
    }
}
