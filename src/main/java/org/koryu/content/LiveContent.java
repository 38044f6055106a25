package org.koryu.content;

import java.util.Optional;

/**
 * The published versions of other items, for a type that shows them (an event shows its
 * municipality and venue): never a draft.
 */
@FunctionalInterface
public interface LiveContent {

    <T> Optional<LiveVersion<T>> find(ContentType<T> type, String slug);
}
