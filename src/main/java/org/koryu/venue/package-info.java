/** The venue content type: where events take place in the ward (name, address, notes). */
package org.koryu.venue;
