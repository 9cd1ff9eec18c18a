package io.liaisoninsight.demo.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The eight districts/counties of Lanzhou and their 56 liaison offices, read from the shared reference file
 * {@value #RESOURCE} (module index-templates).
 */
public record LanzhouDistricts(String city, String cityCode, List<District> districts) {

    public static final String RESOURCE = "reference/lanzhou-districts.json";

    public LanzhouDistricts {
        districts = List.copyOf(districts);
    }

    public static LanzhouDistricts load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = LanzhouDistricts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (module index-templates)");
            }
            return mapper.readValue(in, LanzhouDistricts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public District district(String name) {
        return districts.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no district " + name));
    }

    public int officeCount() {
        return districts.stream().mapToInt(d -> d.townships().size()).sum();
    }
}
