package org.koryu.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SPI of a content type. A type is one package holding a CDI bean implementing this, the
 * record stored as each revision's content, its validation, delivery documents and queries and
 * its editor form. The core knows types only through this interface.
 *
 * @param <C> the revision content: a record, stored as JSON and accepted as the management API's body
 */
public interface ContentType<C> {

    /** The stored type name, e.g. {@code event}. */
    String name();

    /** The path segment of the API, e.g. {@code events} in {@code /api/v1/events}. */
    String collection();

    Class<C> contentClass();

    /** The workflow this type follows unless configuration names another. */
    default String workflow() {
        return "editorial";
    }

    /** A one-line title for lists, dashboards and the audit. */
    String title(C content);

    /** The start of a derived slug (lower-case ASCII); the core makes it unique. */
    String slugBase(C content);

    /** Normalises content before it is validated and stored: trims text, cleans HTML, derives fields. */
    C clean(C content);

    /** Adds every fault of the content to {@code violations}, each naming its field. */
    void validate(C content, Violations violations, References references);

    /** Items this content shows: their published version must exist before it is published. */
    Set<ContentRef> references(C content);

    /** The delivery document and index entries of a live version. */
    Publication publication(LiveVersion<C> version, LiveContent live);

    /** Reads the delivery list filters of this type from query parameters. */
    ListFilter listQuery(QueryParameters parameters);

    /** Representations of a delivered item besides its JSON document, e.g. JSON-LD; none by default. */
    default List<ItemFormat> itemFormats() {
        return List.of();
    }

    /**
     * The revision as an editor reads it, field by field: what the review, the history and the
     * forms show. A type whose stored fields do not read well as they are spells them out itself.
     */
    default List<ReadableField> readable(C content, ReadableNames names) {
        return ReadableFields.of(this, content, names);
    }

    /** How a person names the field a fault names by its path ({@code title.ja}, {@code occurrences[1].end}). */
    default FieldName fieldName(String path) {
        return FieldName.of(name() + "." + path.replaceAll("\\[\\d+]", ""));
    }

    /** Values derived from the content that the management API shows beside it (e.g. an event's printed schedule). */
    default Map<String, Object> derived(C content) {
        return Map.of();
    }
}
