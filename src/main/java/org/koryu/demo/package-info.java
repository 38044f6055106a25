/** Demo content: the seed page of the ward's exchange desk, loaded through the same services as real content. */
package org.koryu.demo;
