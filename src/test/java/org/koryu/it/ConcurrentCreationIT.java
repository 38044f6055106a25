package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Editors creating at the same moment: items whose slug is derived from the same title all get
 * one of their own; of several asking for the same slug, one gets it and the others are told it
 * is taken. Never a 500.
 */
class ConcurrentCreationIT extends KoryuIT {

    private static final int EDITORS = 8;

    private List<Api.Answer> createAtOnce(int each, Callable<Api.Answer> creation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < EDITORS * each; i++) {
                answers.add(pool.submit(creation));
            }
            List<Api.Answer> done = new ArrayList<>();
            for (Future<Api.Answer> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void itemsWithTheSameTitleCreatedAtOnceEachGetASlug() throws Exception {
        String json = Publishing.event(null, "concurrent fair", "products_fair", "ome", "ward-office-gallery", "2043-05-05");

        List<Api.Answer> answers = createAtOnce(4, () -> api().as("editor").post("/api/v1/manage/events", json));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.json().getString("slug")).distinct()).hasSize(answers.size());
    }

    @Test
    void ofThoseAskingForTheSameSlugAtOnceOneGetsItTheOthersAreToldItIsTaken() throws Exception {
        String json = Publishing.event("concurrent-asked", "concurrent asked", "products_fair", "ome", "ward-office-gallery",
                "2043-05-06");

        List<Api.Answer> answers = createAtOnce(1, () -> api().as("editor").post("/api/v1/manage/events", json));

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isBetween(400, 499);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.body()).contains("slug");
        });
    }
}
