package org.koryu.editor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.ContentService;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.municipality.MunicipalityType;
import org.koryu.venue.VenueContent;
import org.koryu.venue.VenueType;

/** The suggestions of the municipality and venue pickers of every form: slugs as values, names as labels. */
@Named
@RequestScoped
public class Pickers {

    private static final int SUGGESTIONS = 20;

    @Inject
    EditorialQueries queries;

    @Inject
    ContentService contents;

    @Inject
    LanguageBean language;

    private Map<String, String> names;

    public List<String> municipalities(String typed) {
        return complete(MunicipalityType.NAME, typed);
    }

    public List<String> venues(String typed) {
        return complete(VenueType.NAME, typed);
    }

    /** The name shown for a municipality or venue slug. */
    public String nameOf(String slug) {
        if (slug == null) {
            return "";
        }
        if (names == null) {
            names = new HashMap<>();
            for (String type : List.of(MunicipalityType.NAME, VenueType.NAME)) {
                queries.ofType(type, 500).forEach(i -> names.put(i.slug(), i.title()));
            }
        }
        return names.getOrDefault(slug, slug);
    }

    /** A venue's name in the page's language: its English name on an English page, where it has one. */
    public String venueName(ItemSummary venue) {
        if ("en".equals(language.getLanguage())
                && contents.content(contents.item(venue.id()), venue.revision()) instanceof VenueContent v
                && v.nameEn() != null && !v.nameEn().isBlank()) {
            return v.nameEn();
        }
        return venue.title();
    }

    private List<String> complete(String type, String typed) {
        String q = typed == null ? "" : typed.strip();
        return queries.ofType(type, 500).stream().filter(i -> i.title().contains(q) || i.slug().contains(q))
                .sorted(Comparator.comparing(ItemSummary::title)).map(ItemSummary::slug).limit(SUGGESTIONS).toList();
    }
}
