package org.koryu.editor;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;

/** The start page: what the signed-in person has to do next. */
@Named
@RequestScoped
public class DashboardBean {

    private static final int LIMIT = 50;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentActor current;

    private List<ItemSummary> myDrafts;
    private List<ItemSummary> sentBack;
    private List<ItemSummary> awaitingReview;

    @PostConstruct
    void load() {
        String me = current.actor().name();
        myDrafts = queries.draftsOf(me, LIMIT);
        sentBack = queries.sentBackTo(me, LIMIT);
        awaitingReview = isReviewer() ? queries.awaitingReviewBy(me, LIMIT) : List.of();
    }

    public boolean isReviewer() {
        return current.hasRole(Role.SUPERVISOR) || current.hasRole(Role.ADMIN);
    }

    public List<ItemSummary> getMyDrafts() {
        return myDrafts;
    }

    public List<ItemSummary> getSentBack() {
        return sentBack;
    }

    public List<ItemSummary> getAwaitingReview() {
        return awaitingReview;
    }
}
