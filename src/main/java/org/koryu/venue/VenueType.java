package org.koryu.venue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koryu.content.ContentCode;
import org.koryu.content.ContentRef;
import org.koryu.content.ContentType;
import org.koryu.content.ListFilter;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.Publication;
import org.koryu.content.QueryParameters;
import org.koryu.content.References;
import org.koryu.content.Texts;
import org.koryu.content.Violations;
import org.koryu.platform.TimeZones;

/** The venue type. */
@ApplicationScoped
public class VenueType implements ContentType<VenueContent> {

    public static final String NAME = "venue";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String collection() {
        return "venues";
    }

    @Override
    public Class<VenueContent> contentClass() {
        return VenueContent.class;
    }

    @Override
    public String title(VenueContent content) {
        return content.name() == null ? "" : content.name();
    }

    @Override
    public String slugBase(VenueContent content) {
        return content.nameEn();
    }

    @Override
    public VenueContent clean(VenueContent c) {
        return new VenueContent(Texts.clean(c.name()), Texts.clean(c.nameEn()), Texts.clean(c.address()), Texts.clean(c.notes()));
    }

    @Override
    public void validate(VenueContent c, Violations v, References references) {
        if (v.check(c.name() != null, "name", ContentCode.NAME_REQUIRED, "区役所2階区民ギャラリー")) {
            v.check(c.name().length() <= 120, "name", ContentCode.TOO_LONG, 120);
        }
        v.check(c.address() == null || c.address().length() <= 200, "address", ContentCode.TOO_LONG, 200);
        v.check(c.notes() == null || c.notes().length() <= 2000, "notes", ContentCode.TOO_LONG, 2000);
    }

    @Override
    public Set<ContentRef> references(VenueContent content) {
        return Set.of();
    }

    @Override
    public Publication publication(LiveVersion<VenueContent> version, LiveContent live) {
        VenueContent c = version.content();
        VenueDocument doc = new VenueDocument(NAME, version.id(), version.slug(), c.name(), c.nameEn(), c.address(), c.notes(),
                TimeZones.tokyo(version.publishedAt()),
                TimeZones.tokyo(version.updatedAt()));
        return new Publication(doc, version.slug(), List.of(), Map.of(),
                String.join(" ", c.name(), String.valueOf(c.nameEn()), String.valueOf(c.address())));
    }

    @Override
    public ListFilter listQuery(QueryParameters parameters) {
        return new ListFilter(null, null, Map.of(), parameters.single("q").orElse(null));
    }
}
