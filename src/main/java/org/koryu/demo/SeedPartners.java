package org.koryu.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the partners' SNS section of the seed page: a line "prefecture + municipality" (北海道名寄市),
 * the platform on the next line, then the account's description after blank lines.
 */
final class SeedPartners {

    /** One partner as the page prints it. */
    record Partner(String prefecture, String name, String platform, String description) {
    }

    private static final Pattern HEAD = Pattern.compile("^(北海道|東京都|京都府|大阪府|.{2,3}県)(.+?[市町村])\\s*$");

    private SeedPartners() {
    }

    static List<Partner> read(List<String> lines) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            Matcher m = HEAD.matcher(lines.get(i).strip());
            String platform = lines.get(i + 1).strip();
            if (m.matches() && !platform.isEmpty() && platform.matches("[A-Za-z /()]+")) {
                int j = i + 2;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
                partners.add(new Partner(m.group(1), m.group(2), platform, j < lines.size() ? lines.get(j).strip() : null));
            }
        }
        return partners;
    }
}
