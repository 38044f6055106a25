package org.koryu.editor;

import java.io.Serializable;

/** One image of a form: the address of its uploaded file, its alt text and caption as being edited. */
public class ImageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String alt;
    private String caption;

    public ImageRow() {
    }

    ImageRow(String url, String alt, String caption) {
        this.url = url;
        this.alt = alt;
        this.caption = caption;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }
}
