package org.koryu.municipality;

import java.io.Serializable;
import java.util.List;

/**
 * A revision of a partner municipality: its name (名寄市), prefecture (北海道), kind (city, town,
 * village), the agreements that bind it to the ward, its pitch (イチオシ), its official SNS
 * accounts, the other names pages use for it (吾妻 for 東吾妻町) and its place in lists.
 */
public record MunicipalityContent(
        String name,
        String nameEn,
        String prefecture,
        String kind,
        List<String> aliases,
        List<String> agreements,
        String pitch,
        List<SnsAccount> snsAccounts,
        Integer sortOrder) implements Serializable {
}
