package org.koryu.workflow;

/**
 * Runs one schedule that has fallen due, in a transaction of its own. The content core implements
 * it; the scheduler only knows when.
 */
public interface DueTransitions {

    void runDue(long scheduleId);
}
