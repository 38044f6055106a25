package org.koryu.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The query parameters of a delivery request, read with checks that name the parameter at fault. */
public final class QueryParameters {

    private final Map<String, List<String>> values;

    public QueryParameters(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> single(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        if (list.size() > 1) {
            throw new BadParameterException(name, "is given " + list.size() + " times; give it once");
        }
        String value = list.get(0).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Optional<LocalDate> date(String name) {
        return single(name).map(value -> {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 1 || date.getYear() > 9999) {
                    // Databases keep years 1 to 9999 only.
                    throw new BadParameterException(name, "'" + value + "' lies outside the years 1 to 9999");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new BadParameterException(name, "'" + value + "' is not a date (YYYY-MM-DD, e.g. 2023-09-19)");
            }
        });
    }

    public Optional<String> oneOf(String name, Set<String> allowed) {
        return single(name).map(value -> {
            if (!allowed.contains(value)) {
                throw new BadParameterException(name, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            return value;
        });
    }
}
