package org.koryu.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;

import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentType;
import org.koryu.content.ListFilter;
import org.koryu.content.QueryParameters;

/**
 * Builds delivery answers from the read model: lists of stored documents joined as they are
 * (documents are never parsed again), single documents, and sync batches.
 */
@ApplicationScoped
public class DeliveryService {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DeliveryQueries queries;

    public CachedAnswer list(ContentType<?> type, QueryParameters parameters) {
        ListFilter filter = type.listQuery(parameters);
        int limit = DeliveryResource.limit(parameters, 20, 100);
        Cursor after = parameters.single("cursor").map(Cursor::decode).orElse(null);
        DeliveryQueries.State state = queries.state();
        DeliveryQueries.Page page = queries.list(type.name(), filter, limit, after);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + page.items().size() * 2048);
        out.writeBytes(utf8("{\"items\":["));
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(page.items().get(i).json());
        }
        out.writeBytes(utf8("],\"next\":" + (page.next() == null ? "null" : quote(page.next().encode())) + "}"));
        return CachedAnswer.of(out.toByteArray(), JSON, state.changedAt());
    }

    public CachedAnswer item(ContentType<?> type, String slug) {
        DeliveryQueries.Document doc = queries.item(type.name(), slug).orElseThrow(() ->
                new ContentNotFoundException("No published " + type.name() + " with the slug '" + slug + "'"));
        return CachedAnswer.of(doc.json(), JSON, doc.updatedAt());
    }

    public CachedAnswer sync(QueryParameters parameters) {
        SyncToken token = parameters.single("token").map(SyncToken::decode).orElse(SyncToken.START);
        int limit = DeliveryResource.limit(parameters, 500, 1000);
        DeliveryQueries.SyncBatch batch = queries.changesSince(token, limit);
        Instant lastModified = queries.state().changedAt();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.writeBytes(utf8("{\"items\":["));
        for (int i = 0; i < batch.items().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(batch.items().get(i).json());
        }
        var deleted = Json.createArrayBuilder();
        batch.deleted().forEach(d -> deleted.add(Json.createObjectBuilder()
                .add("type", d.type()).add("id", d.id()).add("slug", d.slug())));
        out.writeBytes(utf8("],\"deleted\":" + deleted.build() + ",\"nextToken\":" + quote(batch.next().encode())
                + ",\"hasMore\":" + batch.hasMore() + "}"));
        return CachedAnswer.of(out.toByteArray(), JSON, lastModified);
    }

    private static String quote(String s) {
        return Json.createValue(s).toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
