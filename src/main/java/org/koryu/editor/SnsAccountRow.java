package org.koryu.editor;

import java.io.Serializable;

import org.koryu.municipality.SnsAccount;
import org.koryu.municipality.SnsPlatform;

/** One editable row of a municipality's SNS accounts. */
public class SnsAccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String platform = SnsPlatform.INSTAGRAM.key();
    private String url;
    private String handle;
    private String description;

    public SnsAccountRow() {
    }

    SnsAccountRow(SnsAccount account) {
        platform = account.platform();
        url = account.url();
        handle = account.handle();
        description = account.description();
    }

    SnsAccount account() {
        return new SnsAccount(platform, url, handle, description);
    }

    /** A row the person added but left without a URL, handle or description says nothing. */
    boolean blank() {
        return isBlank(url) && isBlank(handle) && isBlank(description);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
