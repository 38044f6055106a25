package org.koryu.content;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * The one JSON-B configuration for revision content: how it is stored and how the management API
 * reads and writes it, so that what is read back is exactly what was stored.
 */
public final class ContentJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.ANY));

    private ContentJson() {
    }

    public static String write(Object content) {
        return JSONB.toJson(content);
    }

    public static <C> C read(String json, Class<C> type) {
        try {
            C value = JSONB.fromJson(json, type);
            if (value == null) {
                throw ValidationException.of("(body)", ContentCode.JSON_OBJECT_REQUIRED);
            }
            return value;
        } catch (JsonbException e) {
            throw ValidationException.of("(body)", ContentCode.NOT_READABLE, type.getSimpleName(), rootMessage(e));
        }
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
