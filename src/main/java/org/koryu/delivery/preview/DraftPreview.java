package org.koryu.delivery.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentService;
import org.koryu.content.ContentType;
import org.koryu.delivery.DeliveryJson;
import org.koryu.delivery.Publications;

/**
 * The latest revision of an item, draft or not, rendered exactly as delivery would publish it, for
 * holders of a valid preview token. Rendered per request: previews are rare and must be current.
 */
@ApplicationScoped
public class DraftPreview {

    @Inject
    PreviewTokens tokens;

    @Inject
    ContentService contents;

    @Inject
    Publications publications;

    /** A rendered revision with the state it is in. */
    public record Preview(byte[] document, String state, int revision) {
    }

    public Preview latest(ContentType<?> type, long id, String secret) {
        tokens.check(secret);
        ContentItem item = contents.item(id);
        if (!item.type().equals(type.name())) {
            throw new ContentNotFoundException("Item " + id + " is a " + item.type() + ", not a " + type.name());
        }
        Object document = publications.render(item, item.currentRevision(), item.updatedAt()).document();
        return new Preview(DeliveryJson.bytes(document), item.state(), item.currentRevision());
    }
}
