package org.koryu.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.content.ScheduledItem;
import org.koryu.content.SentBack;
import org.koryu.platform.TimeZones;
import org.koryu.search.ContentQuery;
import org.koryu.search.ContentRow;
import org.koryu.search.ContentSearch;

/** The start page: what the signed-in person has to do next, and what is coming. */
@Named
@RequestScoped
public class DashboardBean {

    private static final int LIMIT = 50;
    private static final int NEXT_EVENTS = 8;

    @Inject
    EditorialQueries queries;

    @Inject
    ContentSearch search;

    @Inject
    CurrentActor current;

    @Inject
    Clock clock;

    private List<ItemSummary> myDrafts;
    private List<SentBack> sentBack;
    private List<ItemSummary> awaitingReview;
    private List<ScheduledItem> scheduled;
    private List<ContentRow> nextEvents;

    @PostConstruct
    void load() {
        String me = current.actor().name();
        myDrafts = queries.draftsOf(me, LIMIT);
        sentBack = queries.withRejection(queries.sentBackTo(me, LIMIT));
        awaitingReview = isReviewer() ? queries.awaitingReviewBy(me, LIMIT) : List.of();
        scheduled = queries.scheduled(LIMIT);
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.TOKYO));
        nextEvents = search.find(new ContentQuery("event", null, Map.of(), today, null, null, null,
                ContentQuery.Sort.FIRST_DAY, true, 0, NEXT_EVENTS)).rows();
    }

    public boolean isReviewer() {
        return current.hasRole(Role.SUPERVISOR) || current.hasRole(Role.ADMIN);
    }

    public List<ItemSummary> getMyDrafts() {
        return myDrafts;
    }

    public List<SentBack> getSentBack() {
        return sentBack;
    }

    public List<ItemSummary> getAwaitingReview() {
        return awaitingReview;
    }

    public List<ScheduledItem> getScheduled() {
        return scheduled;
    }

    public List<ContentRow> getNextEvents() {
        return nextEvents;
    }
}
