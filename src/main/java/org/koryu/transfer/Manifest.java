package org.koryu.transfer;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * What an archive holds: its format version, the schema migrations of the database it came from,
 * and each entry (a table's rows or a media file) with its size and SHA-256. Written last, so that
 * an archive cut short has none and is refused whole.
 */
public record Manifest(int formatVersion, Instant createdAt, List<String> schema, List<Entry> tables, List<Entry> media) {

    public static final String ENTRY = "manifest.json";
    static final String FORMAT = "koryu-archive";
    static final int FORMAT_VERSION = 1;
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One file of the archive: a table ({@code name} the table, {@code count} its rows) or a media file ({@code name} its id, {@code count} its bytes). */
    public record Entry(String name, String path, long count, String sha256) {
    }

    static String tablePath(String table) {
        return "tables/" + table + ".jsonl";
    }

    static String mediaPath(long id) {
        return "media/" + id;
    }

    String json() {
        return JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add("formatVersion", formatVersion)
                .add("createdAt", createdAt.toString())
                .add("schema", JSON.createArrayBuilder(schema))
                .add("tables", entries(tables, "rows"))
                .add("media", entries(media, "bytes"))
                .build().toString();
    }

    private static JsonArrayBuilder entries(List<Entry> entries, String count) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        entries.forEach(e -> array.add(JSON.createObjectBuilder().add("name", e.name()).add("path", e.path())
                .add(count, e.count()).add("sha256", e.sha256())));
        return array;
    }

    static Manifest parse(String text) {
        JsonObject o;
        try {
            o = JSON.createReader(new StringReader(text)).readObject();
        } catch (JsonException e) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The archive's manifest.json is not JSON: " + e.getMessage());
        }
        if (!FORMAT.equals(o.getString("format", null))) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "This is not a Koryu archive (manifest.json has no format \"koryu-archive\")");
        }
        int version = o.getInt("formatVersion", -1);
        if (version != FORMAT_VERSION) {
            throw new ArchiveException(ArchiveException.Reason.UNSUPPORTED_VERSION, "The archive has format version " + version
                    + "; this Koryu reads version " + FORMAT_VERSION + " only");
        }
        try {
            return new Manifest(version, Instant.parse(o.getString("createdAt")),
                    o.getJsonArray("schema").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    entries(o, "tables", "rows"), entries(o, "media", "bytes"));
        } catch (RuntimeException e) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The archive's manifest.json is incomplete: " + e.getMessage());
        }
    }

    private static List<Entry> entries(JsonObject manifest, String key, String count) {
        List<Entry> entries = new ArrayList<>();
        for (JsonObject e : manifest.getJsonArray(key).getValuesAs(JsonObject.class)) {
            entries.add(new Entry(e.getString("name"), e.getString("path"), e.getJsonNumber(count).longValueExact(), e.getString("sha256")));
        }
        return entries;
    }
}
