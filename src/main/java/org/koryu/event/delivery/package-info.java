/**
 * How published events leave Koryu besides their JSON document: schema.org JSON-LD of one event
 * and the iCalendar feed, both derived from the stored delivery documents.
 */
package org.koryu.event.delivery;
