package io.liaisoninsight.ui.security;

import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which records a user may see: every record (the whole city, including records whose place is
 * unknown), or those of some whole districts plus some single townships. A township is always named
 * with its district because township names repeat (城关镇 is in both 永登县 and 榆中县).
 * <p>
 * {@link ScopeFilter#toQuery(Scope)} turns this into the Elasticsearch filter; {@link #permits} is the
 * same rule for one document. Records without a district are visible only with {@link #all()}.
 * <p>
 * A liaison officer's scope also carries their office: visit notes ({@link Source#VISIT_NOTE}) are then
 * visible only when their {@link Fields.VisitNote#OFFICE} equals it (and their place is in scope), other
 * sources by place alone; an officer without an office sees no visit notes.
 *
 * @param allDistricts      every record, with or without a district
 * @param districts         whole districts, e.g. {@code 城关区}
 * @param townships         single townships of a district
 * @param ownOfficeNotesOnly visit notes only of {@code office}
 * @param office            the office whose visit notes are visible when {@code ownOfficeNotesOnly}; null
 *                          (no office) then means no visit notes at all
 */
public record Scope(boolean allDistricts, Set<String> districts, Set<Township> townships, boolean ownOfficeNotesOnly,
                    String office) implements Serializable {

    /** Written in configuration and claims as a district, means every district. */
    public static final String ALL = "*";

    /** @param district e.g. {@code 榆中县}; @param name e.g. {@code 城关镇} */
    public record Township(String district, String name) implements Serializable {
        public Township {
            if (district == null || district.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("a township needs a district and a name");
            }
            district = district.strip();
            name = name.strip();
        }

        /** Parses {@code 榆中县/城关镇}. */
        public static Township parse(String text) {
            int slash = text == null ? -1 : text.indexOf('/');
            if (slash <= 0 || slash == text.length() - 1) {
                throw new IllegalArgumentException("a township is written as <district>/<township>, not: " + text);
            }
            return new Township(text.substring(0, slash), text.substring(slash + 1));
        }

        @Override
        public String toString() {
            return district + "/" + name;
        }
    }

    public Scope {
        districts = allDistricts ? Set.of() : Set.copyOf(districts);
        townships = allDistricts ? Set.of() : Set.copyOf(townships);
        office = !ownOfficeNotesOnly || office == null || office.isBlank() ? null : office.strip();
    }

    /** By place alone, as for every reader but a liaison officer. */
    public Scope(boolean allDistricts, Set<String> districts, Set<Township> townships) {
        this(allDistricts, districts, townships, false, null);
    }

    public static Scope all() {
        return new Scope(true, Set.of(), Set.of());
    }

    /** Sees nothing: users without a record-reading role, or readers not yet given a scope. */
    public static Scope none() {
        return new Scope(false, Set.of(), Set.of());
    }

    /** Whole districts and single townships; {@value #ALL} among the districts means {@link #all()}. */
    public static Scope of(Collection<String> districts, Collection<Township> townships) {
        if (districts.stream().anyMatch(d -> ALL.equals(d.strip()))) {
            return all();
        }
        return new Scope(false, Set.copyOf(districts.stream().map(String::strip).filter(d -> !d.isEmpty()).toList()),
                Set.copyOf(townships));
    }

    /**
     * The same places, but visit notes only of this office (a liaison officer's scope); a blank or null
     * office means no visit notes at all.
     */
    public Scope onlyOwnOfficeNotes(String office) {
        return new Scope(allDistricts, districts, townships, true, office);
    }

    /** Whether no record at all can be seen (by place); an office rule only narrows further. */
    public boolean isEmpty() {
        return !allDistricts && districts.isEmpty() && townships.isEmpty();
    }

    /**
     * The one-document form of {@link ScopeFilter#toQuery(Scope)}: may this record be shown?
     *
     * @param source the record's {@link Fields#SOURCE} (e.g. {@code VISIT_NOTE}), null if it has none
     * @param office the record's {@link Fields.VisitNote#OFFICE}, null if it has none
     */
    public boolean permits(String source, String district, String township, String office) {
        if (ownOfficeNotesOnly && Source.VISIT_NOTE.name().equals(source)
                && (this.office == null || !this.office.equals(office))) {
            return false;
        }
        return permits(district, township);
    }

    /**
     * The place part of {@link #permits(String, String, String, String)}: the whole rule for records that are
     * not visit notes (petitions, media reports). Use the four-argument form for any record that may be a
     * visit note.
     */
    public boolean permits(String district, String township) {
        if (allDistricts) {
            return true;
        }
        if (district == null || district.isBlank()) {
            return false;
        }
        if (districts.contains(district)) {
            return true;
        }
        return township != null && !township.isBlank() && townships.contains(new Township(district, township));
    }

    /** Sorted labels for the audit trail and the UI: {@code [*]} or e.g. {@code [城关区, 榆中县/城关镇]}. */
    public List<String> labels() {
        if (allDistricts) {
            return List.of(ALL);
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(districts));
        townships.stream().map(Township::toString).sorted().forEach(labels::add);
        return List.copyOf(labels);
    }
}
