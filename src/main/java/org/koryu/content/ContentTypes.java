package org.koryu.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every content type deployed: each is a CDI bean implementing {@link ContentType}, found here without a list to edit. */
@ApplicationScoped
public class ContentTypes {

    @Inject
    @Any
    Instance<ContentType<?>> beans;

    private final Map<String, ContentType<?>> byName = new LinkedHashMap<>();
    private final Map<String, ContentType<?>> byCollection = new LinkedHashMap<>();

    @PostConstruct
    void collect() {
        beans.stream()
                .sorted(java.util.Comparator.comparing(ContentType::name))
                .forEach(type -> {
                    if (byName.put(type.name(), type) != null || byCollection.put(type.collection(), type) != null) {
                        throw new IllegalStateException("Two content types claim the name " + type.name()
                                + " or the collection " + type.collection());
                    }
                });
    }

    public ContentType<?> byName(String name) {
        ContentType<?> type = byName.get(name);
        if (type == null) {
            throw new ContentNotFoundException("No content type '" + name + "'");
        }
        return type;
    }

    public Optional<ContentType<?>> byCollection(String collection) {
        return Optional.ofNullable(byCollection.get(collection));
    }

    public Collection<ContentType<?>> all() {
        return byName.values();
    }
}
