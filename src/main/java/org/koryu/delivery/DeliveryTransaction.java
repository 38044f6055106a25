package org.koryu.delivery;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.transaction.TransactionScoped;

/** The read-model version the current transaction writes, raised once per transaction however many items it changes. */
@TransactionScoped
public class DeliveryTransaction implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private final Set<Long> written = new HashSet<>();

    Long version() {
        return version;
    }

    void version(long v) {
        version = v;
    }

    /** True the first time an item is written in this transaction. */
    boolean firstWrite(long itemId) {
        return written.add(itemId);
    }
}
