package org.koryu.event.delivery;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.content.ListFilter;
import org.koryu.content.QueryParameters;
import org.koryu.delivery.CachedAnswer;
import org.koryu.delivery.DeliveryJson;
import org.koryu.delivery.DeliveryService;
import org.koryu.delivery.HttpCaching;
import org.koryu.event.EventDocument;
import org.koryu.event.EventType;

/** {@code GET /api/v1/events.ics}: the published events of the list's filters as one iCalendar feed, unpaged. */
@Path("/v1/events.ics")
@Tag(name = "delivery")
public class EventCalendarResource {

    public static final String MEDIA_TYPE = "text/calendar";
    /** A feed is fetched whole by calendar apps; beyond this many events a narrower filter is needed. */
    static final int MAX_EVENTS = 2_000;

    @Inject
    EventType events;

    @Inject
    DeliveryService delivery;

    @Inject
    HttpCaching caching;

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "Published events as iCalendar (RFC 5545)")
    public Response feed(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListFilter filter = DeliveryService.checked(events.listQuery(new QueryParameters(uri.getQueryParameters())));
        URI apiBase = uri.getBaseUriBuilder().path("v1/").build();
        CachedAnswer answer = delivery.feed("ics|" + filter + "|" + apiBase, () -> {
            List<EventDocument> documents = delivery.all(events, filter, MAX_EVENTS).stream()
                    .map(d -> DeliveryJson.read(d.json(), EventDocument.class)).toList();
            return CachedAnswer.of(EventCalendar.render(documents, apiBase, "Koryu イベント"),
                    MEDIA_TYPE + ";charset=UTF-8", delivery.changedAt());
        });
        return caching.answer(answer, headers, null);
    }
}
