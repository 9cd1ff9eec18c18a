package io.liaisoninsight.ui.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a search asks for, as the search page's URL carries it (so it can be bookmarked, shared,
 * saved and exported): the search box text, the chosen facet values, the overdue and collective flags,
 * the date range, the order, and whether near-duplicates are folded. Parsing from the URL is lenient:
 * unknown or malformed parameters are ignored, never an error.
 *
 * @param text           search box text as typed (may be empty)
 * @param filters        chosen values per field; values of one field are alternatives (OR), fields combine (AND)
 * @param overdue        only petitions with a reply deadline passed without the reply
 * @param collective     only collective petitions (headcount at least the configured threshold)
 * @param dates          the time window on {@code occurredAt}
 * @param sort           relevance or time
 * @param foldDuplicates show one record per near-duplicate group
 */
record SearchCriteria(String text, Map<SearchField, Set<String>> filters, boolean overdue, boolean collective,
                      DateRange dates, Sort sort, boolean foldDuplicates) {

    /** Most values per field and longest value read from a URL: bounds what a crafted link can ask for. */
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 100;
    static final int MAX_TEXT_IN_URL = 2000;

    enum Sort {
        RELEVANCE("relevance"), NEWEST("newest"), OLDEST("oldest");

        final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }
    }

    SearchCriteria {
        text = text == null ? "" : text;
        EnumMap<SearchField, Set<String>> copy = new EnumMap<>(SearchField.class);
        if (filters != null) {
            filters.forEach((field, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(field, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
        dates = dates == null ? DateRange.ANY : dates;
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    static SearchCriteria empty() {
        return new SearchCriteria("", Map.of(), false, false, DateRange.ANY, Sort.RELEVANCE, true);
    }

    static SearchCriteria ofText(String text) {
        return empty().withText(text);
    }

    Set<String> values(SearchField field) {
        return filters.getOrDefault(field, Set.of());
    }

    boolean hasFilters() {
        return !filters.isEmpty() || overdue || collective;
    }

    SearchCriteria withText(String newText) {
        return new SearchCriteria(newText, filters, overdue, collective, dates, sort, foldDuplicates);
    }

    /** Adds the value if absent, removes it if present (a facet checkbox). */
    SearchCriteria toggle(SearchField field, String value) {
        Map<SearchField, Set<String>> copy = mutableFilters();
        Set<String> values = new LinkedHashSet<>(copy.getOrDefault(field, Set.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        copy.put(field, values);
        return new SearchCriteria(text, copy, overdue, collective, dates, sort, foldDuplicates);
    }

    SearchCriteria without(SearchField field, String value) {
        return values(field).contains(value) ? toggle(field, value) : this;
    }

    SearchCriteria withOverdue(boolean on) {
        return new SearchCriteria(text, filters, on, collective, dates, sort, foldDuplicates);
    }

    SearchCriteria withCollective(boolean on) {
        return new SearchCriteria(text, filters, overdue, on, dates, sort, foldDuplicates);
    }

    SearchCriteria withDates(DateRange range) {
        return new SearchCriteria(text, filters, overdue, collective, range, sort, foldDuplicates);
    }

    SearchCriteria withSort(Sort order) {
        return new SearchCriteria(text, filters, overdue, collective, dates, order, foldDuplicates);
    }

    SearchCriteria withFoldDuplicates(boolean fold) {
        return new SearchCriteria(text, filters, overdue, collective, dates, sort, fold);
    }

    private Map<SearchField, Set<String>> mutableFilters() {
        Map<SearchField, Set<String>> copy = new EnumMap<>(SearchField.class);
        copy.putAll(filters);
        return copy;
    }

    /** URL query parameters, defaults left out: {@code q=拆迁&district=西固区&date=30d&sort=newest}. */
    Map<String, List<String>> toParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!text.isBlank()) {
            params.put("q", List.of(text));
        }
        filters.forEach((field, values) -> params.put(field.parameter(), List.copyOf(values)));
        if (overdue) {
            params.put("overdue", List.of("1"));
        }
        if (collective) {
            params.put("collective", List.of("1"));
        }
        if (dates.preset() != DateRange.Preset.ANY) {
            params.put("date", List.of(dates.preset().parameter));
            if (dates.preset() == DateRange.Preset.CUSTOM) {
                if (dates.from() != null) {
                    params.put("from", List.of(dates.from().toString()));
                }
                if (dates.to() != null) {
                    params.put("to", List.of(dates.to().toString()));
                }
            }
        }
        if (sort != Sort.RELEVANCE) {
            params.put("sort", List.of(sort.parameter));
        }
        if (!foldDuplicates) {
            params.put("duplicates", List.of("all"));
        }
        return params;
    }

    /** Reads {@link #toParameters()} back; anything unknown or malformed is ignored. */
    static SearchCriteria fromParameters(Map<String, List<String>> params) {
        String text = first(params, "q");
        if (text != null && text.length() > MAX_TEXT_IN_URL) {
            text = text.substring(0, MAX_TEXT_IN_URL);
        }
        Map<SearchField, Set<String>> filters = new EnumMap<>(SearchField.class);
        for (SearchField field : SearchField.values()) {
            List<String> values = params.getOrDefault(field.parameter(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (value != null && !value.isBlank() && value.length() <= MAX_VALUE_LENGTH && kept.size() < MAX_VALUES) {
                    kept.add(value.strip());
                }
            }
            if (!kept.isEmpty()) {
                filters.put(field, kept);
            }
        }
        DateRange.Preset preset = DateRange.Preset.byParameter(first(params, "date"));
        DateRange dates = preset == DateRange.Preset.CUSTOM
                ? DateRange.custom(date(first(params, "from")), date(first(params, "to")))
                : new DateRange(preset, null, null);
        Sort sort = Sort.RELEVANCE;
        for (Sort s : Sort.values()) {
            if (s.parameter.equals(first(params, "sort"))) {
                sort = s;
            }
        }
        return new SearchCriteria(text, filters, "1".equals(first(params, "overdue")),
                "1".equals(first(params, "collective")), dates, sort, !"all".equals(first(params, "duplicates")));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The time window. Presets are relative to the moment of the search (so a bookmarked "last 7 days"
     * stays the last 7 days); custom ranges are whole local days, both ends included.
     */
    record DateRange(Preset preset, LocalDate from, LocalDate to) {

        static final DateRange ANY = new DateRange(Preset.ANY, null, null);

        enum Preset {
            ANY(""), LAST_7_DAYS("7d"), LAST_30_DAYS("30d"), THIS_MONTH("month"), LAST_YEAR("year"), CUSTOM("custom");

            final String parameter;

            Preset(String parameter) {
                this.parameter = parameter;
            }

            static Preset byParameter(String parameter) {
                for (Preset p : values()) {
                    if (p.parameter.equals(parameter) && p != ANY) {
                        return p;
                    }
                }
                return ANY;
            }
        }

        DateRange {
            preset = preset == null ? Preset.ANY : preset;
            if (preset != Preset.CUSTOM) {
                from = null;
                to = null;
            }
        }

        /** A custom range; the ends are swapped if given the wrong way round. */
        static DateRange custom(LocalDate from, LocalDate to) {
            if (from == null && to == null) {
                return ANY;
            }
            if (from != null && to != null && to.isBefore(from)) {
                return new DateRange(Preset.CUSTOM, to, from);
            }
            return new DateRange(Preset.CUSTOM, from, to);
        }

        static DateRange of(Preset preset) {
            return new DateRange(preset, null, null);
        }

        /** [start, end) at {@code now}; either end null = open. Null for {@link Preset#ANY}. */
        Instant[] resolve(Instant now, ZoneId zone) {
            LocalDate today = now.atZone(zone).toLocalDate();
            return switch (preset) {
                case ANY -> null;
                // "Last 7 days" includes today: the 6 days before and today, from local midnight.
                case LAST_7_DAYS -> new Instant[]{startOf(today.minusDays(6), zone), null};
                case LAST_30_DAYS -> new Instant[]{startOf(today.minusDays(29), zone), null};
                case THIS_MONTH -> new Instant[]{startOf(today.withDayOfMonth(1), zone), null};
                case LAST_YEAR -> new Instant[]{startOf(today.minusYears(1).plusDays(1), zone), null};
                case CUSTOM -> new Instant[]{from == null ? null : startOf(from, zone),
                        to == null ? null : startOf(to.plusDays(1), zone)};
            };
        }

        private static Instant startOf(LocalDate day, ZoneId zone) {
            return day.atStartOfDay(zone).toInstant();
        }
    }

    /** Every selected value as {@code field → values}, for the audit entry. */
    Map<String, Object> describe() {
        Map<String, Object> details = new LinkedHashMap<>();
        filters.forEach((field, values) -> details.put(field.parameter(), new ArrayList<>(values)));
        if (overdue) {
            details.put("overdue", true);
        }
        if (collective) {
            details.put("collective", true);
        }
        if (dates.preset() != DateRange.Preset.ANY) {
            details.put("date", dates.preset() == DateRange.Preset.CUSTOM
                    ? dates.from() + ".." + dates.to() : dates.preset().parameter);
        }
        return details;
    }
}
