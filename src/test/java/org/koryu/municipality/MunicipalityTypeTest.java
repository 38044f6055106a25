package org.koryu.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.Violation;
import org.koryu.content.Violations;

class MunicipalityTypeTest {

    private final MunicipalityType type = new MunicipalityType();

    private List<Violation> faults(SnsAccount account) {
        Violations v = new Violations();
        type.validate(type.clean(new MunicipalityContent("試験町", null, "群馬県", "town", List.of(), List.of(), null,
                List.of(account), 10)), v, ref -> true);
        return v.list();
    }

    @Test
    void anAccountOnAnotherPlatformsHostNamesTheHostsItBelongsOn() {
        Violation fault = faults(new SnsAccount("x", "https://www.youtube.com/@shiken_town", null, null)).get(0);
        assertThat(fault).isEqualTo(new Violation("snsAccounts[0].url", MunicipalityCode.WRONG_HOST,
                Arrays.asList("X (Twitter)", "www.youtube.com", 2, "x.com", "twitter.com")));
    }

    @Test
    void everyPlatformNamesAllItsHostsInEnglish() {
        for (SnsPlatform platform : SnsPlatform.values()) {
            if (platform.knownHosts().isEmpty()) {
                continue;
            }
            Violation fault = faults(new SnsAccount(platform.key(), "https://example.org/a", null, null)).get(0);
            assertThat(fault.message()).isEqualTo("a " + platform.label() + " account lives on "
                    + String.join(" or ", platform.knownHosts()) + ", not example.org");
        }
    }
}
