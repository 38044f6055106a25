package org.koryu.media;

/** Answers whether an address is that of an uploaded file, so content types can refuse images that were never uploaded. */
@FunctionalInterface
public interface MediaCatalog {

    boolean exists(MediaUrl url);
}
