/**
 * The report content type: forum and project reports (held on, place, theme, moderator and
 * participants, body, photos, related partners, the next meeting), with dates in the 令和 era too.
 */
package org.koryu.report;
