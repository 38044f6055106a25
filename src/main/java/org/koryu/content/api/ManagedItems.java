package org.koryu.content.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.ContentTypes;
import org.koryu.content.TransitionService;
import org.koryu.workflow.Schedules;

/** Assembles the management representation of an item for the person asking (their transitions differ). */
@RequestScoped
public class ManagedItems {

    @Inject
    ContentTypes types;

    @Inject
    ContentService contents;

    @Inject
    TransitionService transitions;

    @Inject
    Schedules schedules;

    @Inject
    CurrentActor current;

    JsonObject represent(ContentItem item) {
        return ManagedItemJson.of(item, types.byName(item.type()), contents.content(item, item.currentRevision()),
                schedules.pendingFor(item.id()), transitions.available(item.id(), current.actor()));
    }
}
