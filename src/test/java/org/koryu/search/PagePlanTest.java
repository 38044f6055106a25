package org.koryu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;

/** How a list page is read (ContentSearch's plan and its Derby index overrides). */
class PagePlanTest {

    /** Reading the plan's rows from a list in its order, or in the opposite one, gives exactly the page asked for. */
    @Property
    void thePlanReadsExactlyThePage(@ForAll @LongRange(max = 300) long total, @ForAll @IntRange(min = 1, max = 100) int pageSize,
                                    @ForAll @LongRange(max = 320) long first) {
        List<Long> list = LongStream.range(0, total).boxed().toList();
        ContentSearch.PagePlan plan = ContentSearch.PagePlan.of(first, pageSize, total);

        List<Long> inReadingOrder = new ArrayList<>(list);
        if (plan.reversed()) {
            Collections.reverse(inReadingOrder);
        }
        List<Long> read = new ArrayList<>(inReadingOrder.subList((int) Math.min(plan.skip(), total),
                (int) Math.min(plan.skip() + plan.take(), total)));
        if (plan.reversed()) {
            Collections.reverse(read);
        }
        assertThat(read).isEqualTo(list.subList((int) Math.min(first, total), (int) Math.min(first + pageSize, total)));
        if (plan.take() > 0) {
            assertThat(plan.skip()).as("never more than half the list skipped").isLessThanOrEqualTo(total / 2);
        }
    }

    @Test
    void everyOrderNamesAnIndexTheMigrationsCreate() throws Exception {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V9__editor_list_order.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        }
        for (ContentQuery.Sort sort : ContentQuery.Sort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                String hint = ContentSearch.orderIndexHint(sort, ascending);
                String index = hint.substring(hint.indexOf("index=") + 6).strip();
                assertThat(migration).as(hint).contains("CREATE INDEX " + index + " ON CONTENT_ITEM (CONTENT_TYPE, ");
                assertThat(hint).as("the override must end its line").endsWith("\n");
            }
        }
    }

    @Test
    void theLastPageOfAHundredThousandIsReadFromTheEnd() {
        assertThat(ContentSearch.PagePlan.of(99_975, 25, 100_000)).isEqualTo(new ContentSearch.PagePlan(true, 0, 25));
        assertThat(ContentSearch.PagePlan.of(100_000, 25, 100_001)).isEqualTo(new ContentSearch.PagePlan(true, 0, 1));
        assertThat(ContentSearch.PagePlan.of(0, 25, 100_000)).isEqualTo(new ContentSearch.PagePlan(false, 0, 25));
    }
}
