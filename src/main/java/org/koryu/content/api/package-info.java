/** The management API of content (any type): create, read, update with If-Match, transitions, revisions, diff, history. */
package org.koryu.content.api;
