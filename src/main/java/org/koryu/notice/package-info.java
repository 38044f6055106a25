/**
 * The calendar notice content type: page-wide notes printed above the event calendar
 * (※お越しの際は、マイバッグをお持ちください), not tied to one event.
 */
package org.koryu.notice;
