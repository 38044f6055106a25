package org.koryu.content;

/** No item (or revision) answers to the id, slug or number asked for. */
public class ContentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentNotFoundException(String message) {
        super(message);
    }
}
