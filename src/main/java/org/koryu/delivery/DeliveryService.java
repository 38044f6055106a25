package org.koryu.delivery;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;

import org.koryu.content.BadParameterException;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentType;
import org.koryu.content.ItemFormat;
import org.koryu.content.ListFilter;
import org.koryu.content.QueryParameters;

/**
 * Builds delivery answers from the read model: lists of stored documents joined as they are
 * (documents are never parsed again), single documents in JSON or a type's other formats, and
 * sync batches. Answers are cached per normalised request until the read model changes.
 */
@ApplicationScoped
public class DeliveryService {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    static final int MAX_FACET_VALUE = 120;
    static final int MAX_TEXT = 200;

    @Inject
    DeliveryQueries queries;

    @Inject
    AnswerCache cache;

    @Inject
    ReadModelVersion version;

    public CachedAnswer list(ContentType<?> type, QueryParameters parameters) {
        ListFilter filter = checked(type.listQuery(parameters));
        int limit = limit(parameters, DEFAULT_LIMIT, MAX_LIMIT);
        Cursor after = parameters.single("cursor").map(Cursor::decode).orElse(null);
        String key = "list|" + type.name() + "|" + filter + "|" + limit + "|" + after;
        return cache.get(key, () -> {
            DeliveryQueries.State state = version.current();
            DeliveryQueries.Page page = queries.list(type.name(), filter, limit, after);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + page.items().size() * 2048);
            out.writeBytes(utf8("{\"items\":["));
            joinDocuments(out, page.items());
            out.writeBytes(utf8("],\"next\":" + (page.next() == null ? "null" : quote(page.next().encode())) + "}"));
            return CachedAnswer.of(out.toByteArray(), JSON, state.changedAt());
        });
    }

    /**
     * A type's filter within what the read model can hold: longer values could match nothing, and
     * some databases refuse parameters longer than their column.
     */
    public static ListFilter checked(ListFilter filter) {
        filter.facets().forEach((facet, value) -> {
            if (value.length() > MAX_FACET_VALUE) {
                throw new BadParameterException(facet, "is longer than any " + facet + " (" + MAX_FACET_VALUE + " characters)");
            }
        });
        if (filter.text() != null && filter.text().length() > MAX_TEXT) {
            throw new BadParameterException("q", "is longer than " + MAX_TEXT + " characters; search for a shorter phrase");
        }
        return filter;
    }

    /** Every published document of a list's filters, in list order, up to {@code max}: for feeds that are not paged. */
    public List<DeliveryQueries.Document> all(ContentType<?> type, ListFilter filter, int max) {
        List<DeliveryQueries.Document> documents = new ArrayList<>();
        Cursor after = null;
        do {
            DeliveryQueries.Page page = queries.list(type.name(), filter, Math.min(500, max - documents.size()), after);
            documents.addAll(page.items());
            after = page.next();
        } while (after != null && documents.size() < max);
        return documents;
    }

    /** The item in JSON, or in {@code format} when given (one of the type's {@link ContentType#itemFormats()}). */
    public CachedAnswer item(ContentType<?> type, String slug, ItemFormat format, URI apiBase) {
        String key = "item|" + type.name() + "|" + slug + "|" + (format == null ? "json" : format.mediaType() + "|" + apiBase);
        return cache.get(key, () -> {
            DeliveryQueries.Document doc = queries.item(type.name(), slug).orElseThrow(() ->
                    new ContentNotFoundException("No published " + type.name() + " with the slug '" + slug + "'"));
            return format == null
                    ? CachedAnswer.of(doc.json(), JSON, doc.updatedAt())
                    : CachedAnswer.of(format.render(doc.json(), apiBase), format.mediaType() + ";charset=UTF-8", doc.updatedAt());
        });
    }

    /** When the read model last changed: the Last-Modified of answers made of many items. */
    public Instant changedAt() {
        return version.current().changedAt();
    }

    /** Cached and tagged like any answer; {@code key} must name everything {@code render} depends on. */
    public CachedAnswer feed(String key, Supplier<CachedAnswer> render) {
        return cache.get("feed|" + key, render);
    }

    public CachedAnswer sync(QueryParameters parameters) {
        SyncToken token = parameters.single("token").map(SyncToken::decode).orElse(SyncToken.START);
        int limit = limit(parameters, 500, 1000);
        return cache.get("sync|" + token + "|" + limit, () -> {
            DeliveryQueries.State state = version.current();
            DeliveryQueries.SyncBatch batch = queries.changesSince(token, limit);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            out.writeBytes(utf8("{\"items\":["));
            joinDocuments(out, batch.items());
            var deleted = Json.createArrayBuilder();
            batch.deleted().forEach(d -> deleted.add(Json.createObjectBuilder()
                    .add("type", d.type()).add("id", d.id()).add("slug", d.slug())));
            out.writeBytes(utf8("],\"deleted\":" + deleted.build() + ",\"nextToken\":" + quote(batch.next().encode())
                    + ",\"hasMore\":" + batch.hasMore() + "}"));
            return CachedAnswer.of(out.toByteArray(), JSON, state.changedAt());
        });
    }

    /** The {@code limit} parameter: a whole number from 1 to {@code max}, {@code defaultLimit} when absent. */
    public static int limit(QueryParameters parameters, int defaultLimit, int max) {
        return parameters.single("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= max) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new BadParameterException("limit", "'" + value + "' is not a whole number from 1 to " + max);
        }).orElse(defaultLimit);
    }

    private static void joinDocuments(ByteArrayOutputStream out, List<DeliveryQueries.Document> documents) {
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(documents.get(i).json());
        }
    }

    private static String quote(String s) {
        return Json.createValue(s).toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
