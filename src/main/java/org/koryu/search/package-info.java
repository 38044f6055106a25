/**
 * The editors' search: an index of every item's current revision (drafts included), written on
 * each save through the content-type SPI, and the paged, filtered, sorted queries of the editor lists.
 */
package org.koryu.search;
