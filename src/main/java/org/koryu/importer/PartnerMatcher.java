package org.koryu.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the partner an imported title is about: the one whose name or alias occurs in it,
 * preferring the longest match (南相馬市 over a shorter alias of another partner). When two partners
 * match equally long, it answers nothing rather than guess; the caller reports it.
 */
public final class PartnerMatcher {

    private final List<Partner> partners;

    public PartnerMatcher(List<Partner> partners) {
        this.partners = List.copyOf(partners);
        Set<String> slugs = new HashSet<>();
        for (Partner partner : this.partners) {
            if (!slugs.add(partner.slug())) {
                throw new IllegalArgumentException("partner slug '" + partner.slug() + "' is listed twice");
            }
        }
    }

    /** Whether a slug is one of the partners', e.g. one a person chose for an entry. */
    public boolean knows(String slug) {
        return partners.stream().anyMatch(p -> p.slug().equals(slug));
    }

    public Optional<Partner> match(String title) {
        Partner best = null;
        int bestLength = 0;
        boolean ambiguous = false;
        for (Partner partner : partners) {
            int length = partner.longestNameIn(title);
            if (length > bestLength) {
                best = partner;
                bestLength = length;
                ambiguous = false;
            } else if (length > 0 && length == bestLength) {
                ambiguous = true;
            }
        }
        return ambiguous ? Optional.empty() : Optional.ofNullable(best);
    }
}
