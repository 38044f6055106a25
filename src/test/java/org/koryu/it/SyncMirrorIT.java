package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * A downstream site mirroring Koryu through the sync feed alone: after random publications,
 * revisions and unpublications, its copy equals what the lists serve, item for item.
 */
class SyncMirrorIT extends KoryuIT {

    /** The mirror: documents by type and id, kept only from sync answers. */
    private final Map<String, JsonObject> mirror = new TreeMap<>();
    private String token;

    private void sync() {
        boolean more;
        do {
            Api.Answer answer = api().get("/api/v1/sync?limit=7" + (token == null ? "" : "&token=" + token));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonObject batch = answer.json();
            for (JsonValue item : batch.getJsonArray("items")) {
                JsonObject doc = item.asJsonObject();
                mirror.put(doc.getString("contentType") + ":" + doc.getJsonNumber("id").longValue(), doc);
            }
            for (JsonValue gone : batch.getJsonArray("deleted")) {
                JsonObject ref = gone.asJsonObject();
                mirror.remove(ref.getString("type") + ":" + ref.getJsonNumber("id").longValue());
            }
            token = batch.getString("nextToken");
            more = batch.getBoolean("hasMore");
        } while (more);
    }

    private Map<String, JsonObject> served(String collection, String query) {
        Map<String, JsonObject> items = new TreeMap<>();
        String next = null;
        do {
            JsonObject page = api().get("/api/v1/" + collection + "?limit=100" + query + (next == null ? "" : "&cursor=" + next)).json();
            for (JsonValue item : page.getJsonArray("items")) {
                JsonObject doc = item.asJsonObject();
                items.put(doc.getString("contentType") + ":" + doc.getJsonNumber("id").longValue(), doc);
            }
            next = page.isNull("next") ? null : page.getString("next");
        } while (next != null);
        return items;
    }

    @Test
    void aMirrorFedOnlyBySyncEqualsTheLists() {
        sync();
        Publishing p = new Publishing(api());
        Random random = new Random(20431129L);
        List<Long> live = new ArrayList<>();
        List<Long> offline = new ArrayList<>();
        for (int step = 0; step < 24; step++) {
            int action = random.nextInt(10);
            if (live.isEmpty() || action < 4) {
                String day = "2043-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
                live.add(p.publish(Publishing.event("sync-" + step, "同期テスト " + step, "other", "musashino",
                        "ward-office-gallery", day)));
            } else if (action < 7) {
                long id = live.remove(random.nextInt(live.size()));
                p.unpublish(id);
                offline.add(id);
            } else {
                long id = live.get(random.nextInt(live.size()));
                p.revise(id, Publishing.event(null, "改訂 " + step, "other", "musashino",
                        "ward-office-gallery", "2043-12-" + (10 + step % 18)));
            }
            if (random.nextInt(3) == 0) {
                sync();
            }
        }
        sync();

        Map<String, JsonObject> lists = new TreeMap<>();
        lists.putAll(served("events", "&from=1900-01-01"));
        lists.putAll(served("municipalities", ""));
        lists.putAll(served("venues", ""));
        Map<String, JsonObject> mirrored = new TreeMap<>(mirror);
        mirrored.keySet().removeIf(key -> !(key.startsWith("event:") || key.startsWith("municipality:") || key.startsWith("venue:")));
        assertThat(mirrored.keySet()).isEqualTo(lists.keySet());
        assertThat(mirrored).isEqualTo(lists);
        assertThat(offline).allSatisfy(id -> assertThat(mirror).doesNotContainKey("event:" + id));
        assertThat(live).allSatisfy(id -> assertThat(mirror).containsKey("event:" + id));

        String before = token;
        sync();
        assertThat(token).as("nothing changed: the token stays").isEqualTo(before);
    }
}
