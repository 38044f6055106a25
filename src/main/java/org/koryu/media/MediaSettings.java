package org.koryu.media;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koryu.platform.DatabaseSettings;

/**
 * Where uploaded files live ({@code media/} in the data folder) and how large one may be
 * ({@code KORYU_MEDIA_MAX_BYTES}, default 5 MB: a photo for the web, not a print original).
 */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "koryu.media.max-bytes", defaultValue = "5242880")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public Path folder() {
        return DatabaseSettings.current().dataDir().resolve("media");
    }
}
