package org.koryu.venue;

import java.io.Serializable;

/** A revision of a venue: 区役所2階区民ギャラリー, 小千谷学生寮駐車場 (井草4-16-23), with notes for visitors. */
public record VenueContent(String name, String nameEn, String address, String notes) implements Serializable {
}
