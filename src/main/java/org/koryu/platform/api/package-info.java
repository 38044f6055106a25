/** The JAX-RS application of the API and the one mapping of errors to problem+json (RFC 9457). */
package org.koryu.platform.api;
