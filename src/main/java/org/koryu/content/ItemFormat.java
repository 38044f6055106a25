package org.koryu.content;

import java.net.URI;

/**
 * Another representation of a delivered item than its JSON document, chosen by the client's
 * {@code Accept} header (e.g. schema.org JSON-LD of an event). A type offers its formats through
 * {@link ContentType#itemFormats()}; the delivery API negotiates and caches them.
 */
public interface ItemFormat {

    /** The media type clients ask for, e.g. {@code application/ld+json}. */
    String mediaType();

    /**
     * Renders an item from its published delivery document (the JSON bytes stored at publication).
     *
     * @param apiBase the absolute address of {@code /api/v1/}, for links the format needs
     */
    byte[] render(byte[] document, URI apiBase);
}
