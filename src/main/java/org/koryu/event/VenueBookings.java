package org.koryu.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.Violations;
import org.koryu.event.schedule.Occurrence;
import org.koryu.event.schedule.Overlaps;
import org.koryu.search.ContentQuery;
import org.koryu.search.ContentRow;
import org.koryu.search.ContentSearch;

/**
 * Which other events hold the same venue at overlapping times. A reviewer is warned, not stopped:
 * two partners sometimes share a stand on purpose, so this is for a person to judge.
 */
@ApplicationScoped
public class VenueBookings {

    private static final int CANDIDATES = 200;
    private static final Set<String> HOLDING = Set.of("in_review", "published");

    @Inject
    ContentService contents;

    @Inject
    ContentSearch search;

    /** One other event at the same venue, and the days on which the two meet. */
    public record Clash(long id, String title, String state, String venue, List<LocalDate> days) implements Serializable {
    }

    public List<Clash> clashesWith(long itemId, EventContent event) {
        List<Occurrence> mine = EventSchedule.read(event.occurrences(), new Violations());
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate from = mine.stream().map(Occurrence::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = mine.stream().map(Occurrence::date).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> venues = new LinkedHashSet<>(event.additionalVenues());
        venues.add(event.venue());
        List<Clash> clashes = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (String venue : venues) {
            if (venue == null) {
                continue;
            }
            for (ContentRow row : search.find(new ContentQuery(EventType.NAME, null, Map.of("venue", venue), from, to, null, null,
                    ContentQuery.Sort.FIRST_DAY, true, 0, CANDIDATES)).rows()) {
                if (row.id() == itemId || !HOLDING.contains(row.state()) || !seen.add(row.id())) {
                    continue;
                }
                ContentItem other = contents.item(row.id());
                EventContent theirs = (EventContent) contents.content(other, other.currentRevision());
                List<LocalDate> days = Overlaps.between(mine, EventSchedule.read(theirs.occurrences(), new Violations()));
                if (!days.isEmpty()) {
                    clashes.add(new Clash(row.id(), row.title(), row.state(), venueName(venue), days));
                }
            }
        }
        return clashes;
    }

    private String venueName(String slug) {
        try {
            return contents.item(org.koryu.venue.VenueType.NAME, slug).title();
        } catch (org.koryu.content.ContentNotFoundException gone) {
            return slug;
        }
    }
}
