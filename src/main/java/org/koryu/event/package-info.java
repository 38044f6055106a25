/**
 * The event content type: what partners hold in the ward, with real-world schedules stored as
 * occurrences (Asia/Tokyo) and printed back the way the ward prints them.
 */
package org.koryu.event;
