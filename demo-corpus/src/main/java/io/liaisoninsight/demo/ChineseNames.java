package io.liaisoninsight.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plausible Chinese personal names: surnames drawn by frequency, one- or two-character given names by gender,
 * and the variants under which the same person shows up on different records (a mistyped character, the
 * traditional form, a space after the surname).
 */
final class ChineseNames {

    static final String RESOURCE = "demo/names.json";

    enum Variant { HOMOPHONE, TRADITIONAL, SPACED }

    private record Weighted(String s, int w) {
    }

    private record Data(List<Weighted> surnames, String maleChars, String femaleChars,
                        List<String> maleGivenNames, List<String> femaleGivenNames, Map<String, String> homophones,
                        Map<String, String> traditional) {
    }

    private final String[] surnames;
    private final double[] surnameWeights;
    private final String maleChars;
    private final String femaleChars;
    private final List<String> maleGiven;
    private final List<String> femaleGiven;
    private final Map<String, String> homophones;
    private final Map<String, String> traditional;

    private ChineseNames(Data data) {
        this.surnames = data.surnames().stream().map(Weighted::s).toArray(String[]::new);
        this.surnameWeights = Dice.cumulative(data.surnames().stream().mapToDouble(Weighted::w).toArray());
        this.maleChars = data.maleChars();
        this.femaleChars = data.femaleChars();
        this.maleGiven = List.copyOf(data.maleGivenNames());
        this.femaleGiven = List.copyOf(data.femaleGivenNames());
        this.homophones = Map.copyOf(data.homophones());
        this.traditional = Map.copyOf(data.traditional());
    }

    static ChineseNames load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ChineseNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new ChineseNames(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    String surname(Dice dice) {
        return surnames[dice.weighted(surnameWeights)];
    }

    /** A full name; most are three characters, which smartcn splits into single characters. */
    String fullName(Dice dice, boolean male) {
        return surname(dice) + givenName(dice, male);
    }

    private String givenName(Dice dice, boolean male) {
        String chars = male ? maleChars : femaleChars;
        double roll = dice.unit();
        if (roll < 0.28) {
            // One-character given names (王伟, 李娜) make the common namesakes of real registers.
            return String.valueOf(chars.charAt(dice.below(chars.length())));
        }
        if (roll < 0.6) {
            return dice.pick(male ? maleGiven : femaleGiven);
        }
        char first = chars.charAt(dice.below(chars.length()));
        char second = chars.charAt(dice.below(chars.length()));
        return second == first ? String.valueOf(first) + first : String.valueOf(first) + second;
    }

    /** e.g. 某 after the surname: how reports and media refer to officials and parties. */
    String anonymised(Dice dice) {
        return surname(dice) + "某";
    }

    /** The surname part of a full name (compound surnames such as 欧阳 included). */
    String surnameOf(String name) {
        for (String s : surnames) {
            if (s.length() == 2 && name.startsWith(s)) {
                return s;
            }
        }
        return name.substring(0, 1);
    }

    /** The name as someone else wrote it down; never equal to {@code name}. */
    String variant(Dice dice, String name, Variant kind) {
        String surname = surnameOf(name);
        String given = name.substring(surname.length());
        return switch (kind) {
            case SPACED -> surname + (dice.chance(0.5) ? " " : "\u3000") + given;
            case TRADITIONAL -> {
                String converted = convert(name, traditional);
                yield converted.equals(name) ? variant(dice, name, Variant.HOMOPHONE) : converted;
            }
            case HOMOPHONE -> surname + mistype(dice, given);
        };
    }

    private String mistype(Dice dice, String given) {
        List<Integer> replaceable = new ArrayList<>();
        for (int i = 0; i < given.length(); i++) {
            if (homophones.containsKey(given.substring(i, i + 1))) {
                replaceable.add(i);
            }
        }
        StringBuilder b = new StringBuilder(given);
        if (!replaceable.isEmpty()) {
            int i = dice.pick(replaceable);
            b.replace(i, i + 1, homophones.get(given.substring(i, i + 1)));
            return b.toString();
        }
        // No known homophone: a neighbouring character of the same pool, as a clerk's slip would give.
        int last = given.length() - 1;
        String pool = maleChars + femaleChars;
        char original = given.charAt(last);
        char replacement = pool.charAt(dice.below(pool.length()));
        if (replacement == original) {
            replacement = pool.charAt((pool.indexOf(original) + 1) % pool.length());
        }
        b.setCharAt(last, replacement);
        return b.toString();
    }

    private static String convert(String text, Map<String, String> table) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            b.append(table.getOrDefault(c, c));
        }
        return b.toString();
    }
}
