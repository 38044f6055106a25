/**
 * Uploaded images (event images, report photos): checked by their bytes, kept in the data folder,
 * served publicly at {@code /media/{id}/{fileName}} with long-lived cache headers.
 */
package org.koryu.media;
