package org.koryu.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Serialises delivery documents once, when they are published; requests then send the stored bytes. */
public final class DeliveryJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.ANY));

    private DeliveryJson() {
    }

    /** Reads a stored document back into its record, for formats derived from it (JSON-LD, iCalendar). */
    public static <T> T read(byte[] json, Class<T> type) {
        return JSONB.fromJson(new String(json, StandardCharsets.UTF_8), type);
    }

    public static byte[] bytes(Object document) {
        return JSONB.toJson(document).getBytes(StandardCharsets.UTF_8);
    }
}
