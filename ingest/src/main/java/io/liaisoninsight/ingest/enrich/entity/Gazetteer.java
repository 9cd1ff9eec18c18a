package io.liaisoninsight.ingest.enrich.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.enrich.text.WordKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Known place names of the procuratorate's area: Lanzhou's districts and counties, their townships
 * and streets, and their villages and communities, read from the shared reference file
 * {@code reference/lanzhou-districts.json} (module index-templates) so demo data, ingest and UI name
 * places alike. Known names are recognised exactly; unknown ones by suffix ({@link PlaceFinder}).
 */
public final class Gazetteer {

    public static final String REFERENCE_RESOURCE = "/reference/lanzhou-districts.json";

    /** Used when the reference file is missing: the city and its eight districts/counties (seed 002). */
    private static final List<String> FALLBACK = List.of("甘肃省", "兰州市", "城关区", "七里河区", "西固区", "安宁区",
            "红古区", "永登县", "榆中县", "皋兰县");

    /** Short forms that cannot be mistaken for ordinary words (not 安宁 "peaceful", not 城关 of 城关镇). */
    private static final Map<String, String> SHORT_FORMS = Map.of("七里河区", "七里河", "西固区", "西固", "红古区", "红古",
            "永登县", "永登", "榆中县", "榆中", "皋兰县", "皋兰");

    private final Set<String> places;

    public Gazetteer(Set<String> places) {
        this.places = Set.copyOf(places);
    }

    /** The reference file if it is on the class path, else the fallback list. */
    public static Gazetteer lanzhou() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(REFERENCE_RESOURCE)) {
            return in == null ? new Gazetteer(withShortForms(FALLBACK)) : new Gazetteer(parse(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REFERENCE_RESOURCE, e);
        }
    }

    static Set<String> parse(JsonNode root) {
        Set<String> names = new LinkedHashSet<>(FALLBACK);
        addText(names, root.path("city"));
        for (JsonNode district : root.path("districts")) {
            addText(names, district.path("name"));
            for (JsonNode township : district.path("townships")) {
                addText(names, township.path("name"));
                for (JsonNode village : township.path("villages")) {
                    addText(names, village);
                }
            }
        }
        return withShortForms(names);
    }

    private static void addText(Set<String> names, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            names.add(node.asText().strip());
        }
    }

    private static Set<String> withShortForms(Iterable<String> names) {
        Set<String> all = new LinkedHashSet<>();
        names.forEach(all::add);
        SHORT_FORMS.forEach((full, shortForm) -> {
            if (all.contains(full)) {
                all.add(shortForm);
            }
        });
        return all;
    }

    public boolean contains(String name) {
        return places.contains(name);
    }

    public Set<String> places() {
        return places;
    }

    /** The names as words the segmenter must keep whole. */
    public Map<String, WordKind> segmentationWords() {
        return places.stream().collect(Collectors.toMap(Function.identity(), name -> WordKind.PLACE));
    }
}
