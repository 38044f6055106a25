package org.koryu.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a live version contributes to the delivery read model.
 *
 * @param document   the delivery DTO, serialised once at publication
 * @param sortKey    lists are ordered by this key, then by id
 * @param days       the days it takes place on (empty for undated content), for date filters
 * @param facets     filter values by facet name (e.g. {@code municipality → nayoro})
 * @param searchText the text {@code q} searches, before normalisation
 */
public record Publication(Object document, String sortKey, List<LocalDate> days, Map<String, Set<String>> facets,
                          String searchText) {

    public Publication {
        days = List.copyOf(days);
        facets = Map.copyOf(facets);
    }
}
