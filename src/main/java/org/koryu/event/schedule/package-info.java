/**
 * Event schedules as dated occurrences: reading the 日時 line of a ward calendar and printing it
 * back the way the ward prints it, weekday included. Plain Java, testable without a container.
 */
package org.koryu.event.schedule;
