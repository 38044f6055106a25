package org.koryu.notice;

import org.koryu.content.LocalizedText;

/**
 * A revision of a calendar notice: its text without the ※ mark (Japanese required, English
 * optional) and its place among the notices.
 */
public record NoticeContent(LocalizedText text, Integer sortOrder) {
}
