package org.koryu.municipality;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The partner municipality type. */
@ApplicationScoped
public class MunicipalityType implements ContentType<MunicipalityContent> {

    public static final String NAME = "municipality";
    /** The kinds of municipality, in the order forms offer them. */
    public static final List<String> KINDS = List.of("city", "town", "village", "ward");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String collection() {
        return "municipalities";
    }

    @Override
    public Class<MunicipalityContent> contentClass() {
        return MunicipalityContent.class;
    }

    @Override
    public String title(MunicipalityContent content) {
        return content.name() == null ? "" : content.name();
    }

    @Override
    public String slugBase(MunicipalityContent content) {
        return content.nameEn();
    }

    @Override
    public MunicipalityContent clean(MunicipalityContent c) {
        List<SnsAccount> accounts = Texts.orEmpty(c.snsAccounts()).stream()
                .map(a -> new SnsAccount(Texts.clean(a.platform()), Texts.clean(a.url()), Texts.clean(a.handle()),
                        Texts.clean(a.description())))
                .toList();
        return new MunicipalityContent(Texts.clean(c.name()), Texts.clean(c.nameEn()), Texts.clean(c.prefecture()),
                Texts.clean(c.kind()), Texts.cleanList(c.aliases()), Texts.cleanList(c.agreements()), Texts.clean(c.pitch()),
                accounts, c.sortOrder() == null ? 100 : c.sortOrder());
    }

    @Override
    public void validate(MunicipalityContent c, Violations v, References references) {
        if (v.check(c.name() != null, "name", ContentCode.NAME_REQUIRED, "名寄市")) {
            v.check(c.name().length() <= 100, "name", ContentCode.TOO_LONG, 100);
        }
        v.check(c.prefecture() != null && Prefectures.ALL.contains(c.prefecture()), "prefecture",
                MunicipalityCode.PREFECTURE_UNKNOWN);
        v.check(c.kind() != null && KINDS.contains(c.kind()), "kind", MunicipalityCode.KIND_UNKNOWN);
        v.check(c.sortOrder() >= 0 && c.sortOrder() <= 9999, "sortOrder", ContentCode.OUT_OF_RANGE, 0, 9999);
        for (int i = 0; i < c.aliases().size(); i++) {
            v.check(c.aliases().get(i).length() >= 2, "aliases[" + i + "]", MunicipalityCode.ALIAS_TOO_SHORT, 2);
        }
        for (int i = 0; i < c.snsAccounts().size(); i++) {
            validateAccount(c.snsAccounts().get(i), "snsAccounts[" + i + "]", v);
        }
    }

    private static void validateAccount(SnsAccount a, String field, Violations v) {
        Optional<SnsPlatform> platform = a.platform() == null ? Optional.empty() : SnsPlatform.byKey(a.platform());
        v.check(platform.isPresent(), field + ".platform", ContentCode.ONE_OF,
                "instagram, x, youtube, facebook, line, tiktok, other");
        if (a.url() != null) {
            try {
                URI uri = new URI(a.url());
                boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
                if (v.check(web, field + ".url", MunicipalityCode.NOT_A_WEB_ADDRESS, a.url())) {
                    platform.filter(p -> !p.hosts(uri.getHost().toLowerCase(java.util.Locale.ROOT)))
                            .ifPresent(p -> wrongHost(p, uri.getHost(), field + ".url", v));
                }
            } catch (URISyntaxException e) {
                v.add(field + ".url", MunicipalityCode.URL_UNREADABLE, a.url(), e.getReason());
            }
        }
        if (a.handle() != null) {
            v.check(a.handle().matches("@?[\\p{L}\\p{N}._-]{1,100}"), field + ".handle", MunicipalityCode.HANDLE_INVALID);
        }
        v.check(a.description() == null || a.description().length() <= 500, field + ".description", ContentCode.TOO_LONG, 500);
    }

    /** The texts name the platform's first two hosts, all that any platform has. */
    private static void wrongHost(SnsPlatform platform, String host, String field, Violations v) {
        List<String> hosts = platform.knownHosts();
        v.add(field, MunicipalityCode.WRONG_HOST, platform.label(), host, hosts.size(), hosts.get(0),
                hosts.size() > 1 ? hosts.get(1) : null);
    }

    @Override
    public Set<ContentRef> references(MunicipalityContent content) {
        return Set.of();
    }

    @Override
    public Publication publication(LiveVersion<MunicipalityContent> version, LiveContent live) {
        MunicipalityContent c = version.content();
        MunicipalityDocument doc = new MunicipalityDocument(NAME, version.id(), version.slug(), c.name(), c.nameEn(),
                c.prefecture(), c.kind(), c.aliases(), c.agreements(), c.pitch(), c.snsAccounts(),
                TimeZones.tokyo(version.publishedAt()),
                TimeZones.tokyo(version.updatedAt()));
        String sortKey = String.format("%04d-%s", c.sortOrder(), version.slug());
        return new Publication(doc, sortKey, List.of(), Map.of("prefecture", Set.of(c.prefecture())),
                String.join(" ", c.name(), String.valueOf(c.nameEn()), c.prefecture(), String.join(" ", c.aliases()),
                        String.valueOf(c.pitch())));
    }

    @Override
    public ListFilter listQuery(QueryParameters parameters) {
        return new ListFilter(null, null,
                parameters.single("prefecture").map(p -> Map.of("prefecture", p)).orElse(Map.of()),
                parameters.single("q").orElse(null));
    }
}
