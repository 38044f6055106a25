package org.koryu.event.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.koryu.delivery.DeliveryJson;

class EventLinkedDataTest {

    private static final URI API = URI.create("https://koryu.example/api/v1/");

    @Test
    void aSingleDayIsOneEventWithPlaceAddressAndOrganizer() {
        JsonObject ld = render(Events.event(7, "market", List.of(Events.day("2023-07-20", "10:00", "14:00"))));

        assertThat(ld.getString("@context")).isEqualTo("https://schema.org/");
        assertThat(ld.getString("@type")).isEqualTo("Event");
        assertThat(ld.getString("name")).isEqualTo("吾妻の朝市");
        assertThat(ld.getString("startDate")).isEqualTo("2023-07-20T10:00:00+09:00");
        assertThat(ld.getString("endDate")).isEqualTo("2023-07-20T14:00:00+09:00");
        assertThat(ld.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
        assertThat(ld.getString("eventAttendanceMode")).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        JsonObject place = ld.getJsonObject("location");
        assertThat(place.getString("@type")).isEqualTo("Place");
        assertThat(place.getString("name")).isEqualTo("区役所中杉通り側入口前");
        assertThat(place.getJsonObject("address").getString("@type")).isEqualTo("PostalAddress");
        assertThat(place.getJsonObject("address").getString("streetAddress")).isEqualTo("阿佐谷南1-15-1");
        assertThat(ld.getJsonObject("organizer").getString("name")).isEqualTo("東吾妻町");
        assertThat(ld.getString("description")).contains("新鮮な野菜").doesNotContain("<p>");
        assertThat(ld.getJsonArray("image").getString(0)).isEqualTo("https://koryu.example/media/market.jpg");
        assertThat(ld.containsKey("subEvent")).isFalse();
        assertThat(ld.containsKey("previousStartDate")).as("nulls are left out").isFalse();
    }

    @Test
    void severalDaysAreASeriesWithCancelledAndRescheduledSubEvents() {
        JsonObject ld = render(Events.event(8, "fair", List.of(Events.day("2023-09-19", "10:00", "17:00"),
                Events.occurrence("2023-09-20", "10:00", "17:00", "cancelled", null),
                Events.occurrence("2023-09-27", "10:00", "15:00", "moved", "2023-09-21"))));

        assertThat(ld.getString("@type")).isEqualTo("EventSeries");
        assertThat(ld.getString("startDate")).isEqualTo("2023-09-19T10:00:00+09:00");
        assertThat(ld.getString("endDate")).isEqualTo("2023-09-27T15:00:00+09:00");
        var sub = ld.getJsonArray("subEvent");
        assertThat(sub).hasSize(3);
        assertThat(sub.getJsonObject(1).getString("eventStatus")).isEqualTo("https://schema.org/EventCancelled");
        assertThat(sub.getJsonObject(2).getString("eventStatus")).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(sub.getJsonObject(2).getString("previousStartDate")).isEqualTo("2023-09-21");
        assertThat(sub.getJsonObject(2).getJsonObject("location").getString("name")).isEqualTo("区役所中杉通り側入口前");
    }

    private static JsonObject render(org.koryu.event.EventDocument event) {
        byte[] json = new EventLinkedData().render(DeliveryJson.bytes(event), API);
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
    }
}
