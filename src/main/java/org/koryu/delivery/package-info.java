/**
 * The public delivery API: a read model of published content written when a version goes live or
 * offline, queried (never by walking revisions) for lists, items and the sync feed, and served
 * with HTTP caching.
 */
package org.koryu.delivery;
