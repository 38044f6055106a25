/**
 * The content core: items with revisions and a workflow state, the content-type SPI through which
 * the core knows every type, and the services that save revisions and fire transitions.
 */
package org.koryu.content;
