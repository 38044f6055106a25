package org.koryu.event;

import java.io.Serializable;

/** An image of an event: where it is served ({@code /media/…}), its alt text (required) and an optional caption. */
public record ImageContent(String url, String alt, String caption) implements Serializable {
}
