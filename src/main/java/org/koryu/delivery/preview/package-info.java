/**
 * Draft preview: admins issue expiring preview tokens; with one, a downstream site reads the latest
 * revision of an item under {@code /api/v1/preview/...}. The public endpoints never show drafts.
 */
package org.koryu.delivery.preview;
