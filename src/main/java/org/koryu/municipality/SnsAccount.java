package org.koryu.municipality;

import java.io.Serializable;

/** An official SNS account of a municipality. {@code platform} is one of {@link SnsPlatform}'s keys. */
public record SnsAccount(String platform, String url, String handle, String description) implements Serializable {
}
