package org.koryu.content;

/**
 * A save based on an older revision than the current one: someone saved in between. Nothing was
 * overwritten; the person must look at the newer revision first.
 */
public class StaleRevisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int currentRevision;

    public StaleRevisionException(long itemId, int basedOn, int currentRevision, String lastAuthor) {
        super("Item " + itemId + " was saved by " + lastAuthor + " as revision " + currentRevision
                + " after revision " + basedOn + ", on which this change is based; nothing was overwritten");
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
