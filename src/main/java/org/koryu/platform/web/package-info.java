/**
 * What the web tier does for every answer and request before any feature sees it: security headers,
 * refusing cross-site form posts, and which proxies are trusted to say how the browser connected.
 */
package org.koryu.platform.web;
