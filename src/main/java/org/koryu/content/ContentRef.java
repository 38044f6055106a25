package org.koryu.content;

/** A reference from one item to another by type and slug (slugs never change once given). */
public record ContentRef(String type, String slug) {

    @Override
    public String toString() {
        return type + " '" + slug + "'";
    }
}
